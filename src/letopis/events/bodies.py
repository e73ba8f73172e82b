"""Unnamed state bodies: 'приговорили' is a court's act, 'задержали' the police's (data/bodies.tsv)."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..entities.cities import city_adjectives
from ..entities.gazetteer import load_morph, norm
from ..entities.inflect import match_case
from ..tsv import read_rows, split_list

BODIES_TSV = Path(__file__).resolve().parents[1] / "data" / "bodies.tsv"
DEFAULT = "власти"
# the press's own state is named by its adjective ('российский суд'), others by the genitive
HOME_STATE = "RUS"
HOME_ADJECTIVE = "российский"


@dataclass(slots=True, frozen=True)
class Body:
    lemma: str
    body: str
    role: str               # CAMEO actor role: JUD, COP; GOV for the authorities at large
    cues: frozenset[str]


@functools.cache
def load_bodies(path: Path = BODIES_TSV) -> dict[str, Body]:
    """Trigger lemma -> the body that performs it."""
    out: dict[str, Body] = {}
    for _, row in read_rows(path):
        out[row["lemma"]] = Body(row["lemma"], row["body"], row["role"], frozenset(split_list(row.get("cue", ""))))
    return out


def body_for(lemma: str, doc_lemmas: set[str]) -> Body:
    """The body that performs a trigger; 'власти' when none is listed or its cue is absent."""
    body = load_bodies().get(lemma)
    if body is None or (body.cues and not body.cues & doc_lemmas):
        return Body(lemma, DEFAULT, "GOV", frozenset())
    return body


def agree_adjective(adjective: str, noun: str) -> str:
    """'российский' agreeing with the phrase's head noun: 'российская полиция', 'российские власти'."""
    morph = load_morph()
    parses = morph.parse(noun.split()[-1])
    parse = next((p for p in parses if "nomn" in p.tag.grammemes), parses[0])
    wanted = {"nomn", "plur"} if parse.tag.number == "plur" else {"nomn", parse.tag.gender or "masc"}
    form = morph.parse(adjective)[0].inflect(wanted)
    return match_case(form.word, adjective) if form else adjective


def name_body(body: str, country: str | None, state_genitive: str | None) -> str:
    """'суд' of RUS -> 'российский суд'; 'полиция' of Argentina ('Аргентины') -> 'полиция Аргентины'."""
    if not country or not state_genitive or country.startswith(("IGO:", "NSA:")):
        return body
    if country == HOME_STATE:
        return f"{agree_adjective(HOME_ADJECTIVE, body)} {body}"
    return f"{body} {state_genitive}"


def state_in(tree, resolver, sentence: int) -> str | None:
    """The state a sentence places things in ('в России') or whose authorities it names ('власти
    Великобритании'); None when it does neither."""
    tokens = tree.tokens
    for t in tree.sentence_range(sentence):
        mention = resolver.mention_of.get(t)
        if mention is None or mention.type != "GPE":
            continue
        head = tokens[t].head
        if mention.kind == "adjective" and tokens[t].rel == "amod" and head >= 0:
            t = head  # 'в британской столице' places things as 'в Великобритании' does
        if (tree.preposition(t) in ("в", "во") and tree.case(t) != "Acc") \
                or (head >= 0 and tokens[head].lemma == "власть") \
                or (head >= 0 and tokens[head].lemma == "территория" and tree.preposition(head) == "на"):
            # 'в России', 'власти России', 'на территории России'; not 'вернулась в Украину'
            return resolver.doc.entities[mention.entity].country
    return None


# what only a state grants, so only that state takes away: 'лишили украинского гражданства'
STATE_GRANTS = {"гражданство", "подданство", "паспорт", "виза"}
ENTRY = {"въезд"}


def granting_state(tree, resolver, token: int) -> str | None:
    """The state whose citizenship, passport or visa the act takes ('лишили украинского
    гражданства', 'американский паспорт аннулирован'), or into which it bars entry ('запрещён
    въезд в США', 'на территорию Молдавии')."""
    for thing in tree.kids(token, "obj", "iobj", "obl", "nsubj:pass", "nsubj", "nmod"):
        lemma = tree.tokens[thing].lemma
        if lemma in STATE_GRANTS:
            owners = tree.kids(thing, "amod", "nmod")
        elif lemma in ENTRY:
            owners = [k for c in tree.kids(thing, "nmod", "obl") if tree.preposition(c) in ("в", "во", "на")
                      for k in ([c] + (tree.kids(c, "nmod") if tree.tokens[c].lemma == "территория" else []))]
            # 'на территорию стран Евросоюза': the union of states bars it
            owners += [k for c in owners if tree.tokens[c].lemma == "страна" for k in tree.kids(c, "nmod")]
        else:
            continue
        for owner in owners:
            mention = resolver.mention_of.get(owner)
            if mention is not None and mention.entity >= 0 and (mention.type == "GPE" or (
                    lemma in ENTRY and (resolver.doc.entities[mention.entity].country or "").startswith("IGO:"))):
                return resolver.doc.entities[mention.entity].country
    return None


def act_state(tree, resolver, token: int) -> str | None:
    """Whose act an agentless arrest, sentence or release is: the state of the place the act is
    told at, else the state that granted what it takes away or whose entry it bars, else the
    state the sentence names, else (for one held: 'X сидит в тюрьме') the held person's, else the
    one the previous sentence names, else the one the headline places the story in, else the
    state the document is mostly about, else the state of the person it happened to (a foreigner
    is charged where the story is: 'студента из Казахстана обвиняют' in a story about the US)."""
    sentence = tree.tokens[token].sentence
    places = [c for c in tree.kids(token, "obl") if tree.preposition(c) in ("в", "во") and tree.case(c) == "Loc"]
    # 'в столице Египта': the place's own words name the state too
    places += [k for c in places for k in tree.kids(c, "amod", "nmod", "flat", "flat:name")]
    if any(tree.tokens[k].lemma == "где" for k in tree.kids(token, "advmod")):
        # 'экстрадирован в США в 2017 году, где ему предъявили обвинения': the place named last before
        places += [t for t in reversed(range(tree.sentence_range(sentence).start, token))
                   if tree.preposition(t) in ("в", "во") and (m := resolver.mention_of.get(t)) is not None
                   and m.type == "GPE"][:1]
    # (a city or region the gazetteer places in a state: 'арестован в Нью-Йорке')
    country = next((resolver.doc.entities[m.entity].country for c in places
                    if (m := resolver.mention_of.get(c)) is not None and m.type in ("GPE", "LOC") and m.entity >= 0
                    and resolver.doc.entities[m.entity].country), None)
    # 'Павия, в тюрьме которого содержится ...': the place the relative pronoun stands for
    country = country or next((actor.country for c in places if tree.tokens[c].lemma == "который"
                               and (actor := resolver.resolve_one(c)) is not None and actor.entity >= 0
                               and resolver.doc.entities[actor.entity].type in ("GPE", "LOC")), None)
    # 'в московском аэропорту': a city's adjective places it too
    country = country or next((city_adjectives()[lemma] for c in places if tree.tokens[c].pos == "ADJ"
                               and (lemma := norm(tree.tokens[c].lemma)) in city_adjectives()), None)
    country = country or granting_state(tree, resolver, token) or state_in(tree, resolver, sentence)
    if country is None:
        # 'Фухимори сидит в тюрьме': one held with no place told is held by his own state
        country = person_state(resolver, tree.kids(token, "nsubj"))
    if country is None and sentence > 0:
        country = state_in(tree, resolver, sentence - 1)
    if country is None and sentence > 1:
        country = state_in(tree, resolver, 0)  # the headline places the story ('... приговорили в США')
    if country is None:
        country = resolver.main_state  # (computed once per document)
    if country is None:
        country = person_state(resolver, tree.kids(token, "nsubj:pass", "nsubj", "obj", "nmod"))
    return country if country and not country.startswith(("IGO:", "NSA:")) else None


def person_state(resolver, tokens: list[int]) -> str | None:
    """The state of the first person among the tokens the text gives a state."""
    for t in tokens:
        actor = resolver.resolve_one(t, as_state=False)
        if actor is not None and actor.entity >= 0 and resolver.doc.entities[actor.entity].type == "PER" \
                and actor.country:
            return actor.country
    return None


# things named by their state, which make it no side and tell nothing of where a story is:
# 'долларов США', 'УК РФ'
STATES_BY_NAME = {"доллар", "евро", "рубль", "фунт", "франк", "юань", "иена", "гривна", "тенге", "манат", "сом",
                  "лари", "драм", "лира", "крона", "рупия", "динар", "риал", "песо", "ук", "упк", "коап", "кодекс"}


def main_state(doc) -> str | None:
    """The state a document names most often (by name, adjective or demonym), when one leads."""
    counts: dict[str, int] = {}
    token_at = {token.start: token for token in doc.tokens}
    for mention in doc.mentions:
        token = token_at.get(mention.start)
        if token is not None and token.head >= 0 and doc.tokens[token.head].lemma in STATES_BY_NAME:
            continue  # 'долларов США'
        if mention.type == "GPE" and mention.entity >= 0 or mention.kind in ("adjective", "demonym"):
            country = doc.entities[mention.entity].country if mention.entity >= 0 else None
            if country and not country.startswith(("IGO:", "NSA:")):
                counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=counts.__getitem__)
