"""Who said it: the cue's subject (or object, or nmod) resolved to a document entity."""
from __future__ import annotations

from dataclasses import dataclass

from ..doc import Doc, Mention
from .actors import PERSONAL_PRONOUNS, ActorResolver
from .quote_cues import Cue, words
from .syntax import Tree

NOMINAL = ("NOUN", "PROPN", "PRON")
SUBJECT_RELS = ("nsubj", "nsubj:pass")
ANTECEDENT_SENTENCES = 6     # how far back a pronoun looks for a subject before any mention will do


@dataclass(slots=True)
class Said:
    """A speaker already attributed: where its cue stood and whom it named."""

    token: int
    name: str
    entity: int


def speaker_token(tree: Tree, cue: Cue, parts: list[tuple[int, int]]) -> int | None:
    """The token that names the speaker, by the role the cue table gives; never one inside the speech."""
    def outside(i: int) -> bool:
        return not any(a <= tree.tokens[i].start < b for a, b in parts)

    if cue.word is None:            # 'Лавров: «...»' and author's words with no cue verb
        nominal = [i for i in words(tree, cue.window) if tree.tokens[i].pos in NOMINAL and outside(i)]
        nom = [i for i in nominal if tree.case(i) == "Nom"]
        return (nom or nominal or [None])[0]
    role = cue.word.speaker
    rels = {"subj": SUBJECT_RELS, "obj": ("obj", "iobj"), "nmod": ("nmod", "appos"), "obl": ("obl",)}.get(role, ())
    kids = [k for k in tree.kids(cue.token, *rels) if outside(k) and tree.tokens[k].pos in NOMINAL]
    if kids and role == "obl":      # 'говорится в заявлении ведомства': whose statement it is
        owner = [g for g in tree.kids(kids[0], "nmod") if tree.case(g) == "Gen" and not tree.preposition(g) and outside(g)]
        return (owner or kids)[0]
    if kids:
        return kids[0]
    if role == "clause":
        return clause_subject(tree, cue, parts[0])
    # the parse missed the relation: the nearest nominal of the expected case in the author's words
    case = {"subj": "Nom", "obj": "Acc", "nmod": "Gen", "obl": "Loc"}.get(role, "Nom")
    pool = [i for i in words(tree, cue.window) if i != cue.token and outside(i) and tree.tokens[i].pos in NOMINAL]
    after = [i for i in pool if i > cue.token and tree.case(i) == case]
    before = [i for i in reversed(pool) if i < cue.token and tree.case(i) == case]
    if cue.rule in ("after", "dash", "inner"):
        return (after or before or [None])[0]
    return (before or after or [None])[0]


def clause_subject(tree: Tree, cue: Cue, inside: tuple[int, int]) -> int | None:
    """'Сообщается, что президент «поздравил ...»': the subject outside the quote of the verb inside it."""
    for i in cue.window:
        tok = tree.tokens[i]
        if tok.rel in SUBJECT_RELS and tok.head >= 0 and inside[0] <= tree.tokens[tok.head].start < inside[1] \
                and not inside[0] <= tok.start < inside[1]:
            return i
    nominal = [i for i in cue.window if i > cue.token and tree.tokens[i].pos in NOMINAL and tree.case(i) == "Nom"
               and tree.tokens[i].stop <= inside[0]]
    return nominal[0] if nominal else None


class SpeakerResolver:
    """Tokens to (name, entity id); pronouns to the nearest preceding subject of their gender."""

    def __init__(self, doc: Doc, tree: Tree, actors: ActorResolver, quoted: list[tuple[int, int]]):
        self.doc = doc
        self.tree = tree
        self.actors = actors
        self.quoted = quoted
        self.said: list[Said] = []

    def in_quote(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quoted)

    def resolve(self, token: int | None) -> tuple[str | None, int]:
        if token is None:
            return None, -1
        tok = self.tree.tokens[token]
        if tok.lemma in PERSONAL_PRONOUNS:
            return self.antecedent(token)
        actor = self.actors.resolve_one(token, as_state=False)
        if actor is not None and actor.entity >= 0:
            return actor.name, actor.entity
        # a bare office noun ('сказал министр') is someone only if the text named its holder
        return self.holder_of(token)

    def named_in(self, cue: Cue, parts: list[tuple[int, int]]) -> tuple[str | None, int]:
        """'сказал директор музея, Александр Кержаев': a person named in the author's words
        when the parse did not tie the name to the cue."""
        spans = [self.tree.tokens[i] for i in cue.window]
        if not spans:
            return None, -1
        lo, hi = spans[0].start, spans[-1].stop
        named = [m for m in self.doc.mentions if m.type == "PER" and m.entity >= 0 and m.kind == "name"
                 and lo <= m.start and m.stop <= hi and not any(a <= m.start < b for a, b in parts)]
        if cue.token >= 0 and cue.rule not in ("after", "dash", "inner"):
            named.reverse()             # before the quote: the name nearest to it
        # a speaker is named in the nominative; a genitive name is someone's ('директор Иванова')
        named = [m for m in named if self.tree.case(self.head_of(m)) == "Nom"] or named
        if not named:
            return None, -1
        entity = self.doc.entities[named[0].entity]
        return entity.name, entity.id

    def sender(self, token: int) -> tuple[str | None, int]:
        """'Токаев направил телеграмму ... «...», — говорится в телеграмме': whoever the text last
        said sent, wrote or published a document of that name."""
        tree = self.tree
        lemma = tree.tokens[token].lemma
        for t in range(token - 1, -1, -1):
            if tree.tokens[t].lemma == lemma and tree.tokens[t].rel == "obj" and not self.in_quote(tree.tokens[t].start):
                for subject in tree.kids(tree.tokens[t].head, *SUBJECT_RELS):
                    name, entity = self.resolve(subject)
                    if name is not None:
                        return name, entity
                return None, -1
        return None, -1

    def holder_of(self, token: int) -> tuple[str | None, int]:
        """'сказал министр' -> the last person named before whose office starts with that noun."""
        lemma = self.tree.tokens[token].lemma.lower()
        if self.tree.tokens[token].pos != "NOUN" or len(lemma) < 4:
            return None, -1
        for t in range(token - 1, -1, -1):
            mention = self.actors.mention_of.get(t)
            if mention is None or mention.type != "PER" or self.in_quote(mention.start):
                continue
            entity = self.doc.entities[mention.entity]
            if any(o.lower().startswith(lemma[:-1]) for o in entity.offices):
                return entity.name, entity.id
        return None, -1

    def gender(self, mention: Mention) -> str | None:
        """A name's grammatical gender; office nouns ('президент') say nothing of it."""
        for t in self.tree.index.covering(mention.start, mention.stop):
            if self.tree.tokens[t].pos == "PROPN" and self.doc.entities[mention.entity].type == "PER" \
                    and mention.kind not in ("title", "office"):
                return self.tree.feats[t].get("Gender")
        return None

    def head_of(self, mention: Mention) -> int:
        span = self.tree.index.covering(mention.start, mention.stop)
        inside = set(span)
        return next((t for t in span if self.tree.tokens[t].head not in inside), span[0])

    def antecedent(self, token: int) -> tuple[str | None, int]:
        """'отметил он' -> the nearest earlier sentence's person in the subject (or already
        quoted) of the pronoun's gender; failing that, the last such person mentioned."""
        gender = PERSONAL_PRONOUNS.get(self.tree.tokens[token].lemma)
        sentence = self.tree.tokens[token].sentence
        fallback: tuple[str | None, int] = (None, -1)
        seen: set[int] = set()
        for s in range(sentence, max(-1, sentence - ANTECEDENT_SENTENCES - 1), -1):
            candidates: list[tuple[int, str, int]] = []
            for said in self.said:
                if self.tree.tokens[said.token].sentence == s and said.token < token and said.entity >= 0:
                    candidates.append((said.token, said.name, said.entity))
            nearest: tuple[str | None, int] = (None, -1)
            for t in self.tree.sentence_range(s):
                mention = self.actors.mention_of.get(t)
                if t >= token or mention is None or mention.type != "PER" or id(mention) in seen \
                        or self.in_quote(mention.start):
                    continue
                seen.add(id(mention))
                if self.gender(mention) not in (None, gender):
                    continue
                entity = self.doc.entities[mention.entity]
                nearest = (entity.name, entity.id)
                head = self.head_of(mention)
                if self.tree.tokens[head].rel in SUBJECT_RELS or self.tree.case(head) == "Nom":
                    candidates.append((head, entity.name, entity.id))
            if fallback[0] is None:
                fallback = nearest
            if candidates:
                _, name, entity_id = max(candidates)
                return name, entity_id
        return fallback
