"""How a group the text names by what it is gets its name: the state 'страны' refers to
('чиновники страны' -> 'чиновники Катара'), the place it is in ('повстанцы на Филиппинах'),
and not at all inside a quoted title ('«дело крымских террористов»')."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import Tree

if TYPE_CHECKING:
    from .actors import ActorResolver


def in_title(tree: Tree, token: int) -> bool:
    """The word is inside a short quoted title ('по «делу крымских террористов»')."""
    sentence = tree.tokens[token].sentence
    left = right = None
    for t in range(token - 1, max(token - 8, -1), -1):
        if tree.tokens[t].sentence != sentence or tree.tokens[t].text == "»":
            break
        if tree.tokens[t].text == "«":
            left = t
            break
    for t in range(token + 1, min(token + 8, len(tree.tokens))):
        if tree.tokens[t].sentence != sentence or tree.tokens[t].text == "«":
            break
        if tree.tokens[t].text == "»":
            right = t
            break
    return left is not None and right is not None


def where_they_are(resolver: ActorResolver, token: int, name: str) -> str:
    """'повстанцы на Филиппинах': a group with no state is named with its place."""
    tree = resolver.tree
    place = token + 2  # right after it, wherever the parse hangs the phrase
    if place >= len(tree.tokens) or tree.tokens[token + 1].text.lower() not in ("в", "на"):
        return name
    mention = resolver.mention_of.get(place)
    if mention is None or mention.type not in ("GPE", "LOC") or tree.case(place) != "Loc" \
            or mention.start != tree.tokens[place].start:
        return name
    return f"{name} {tree.tokens[token + 1].text.lower()} {mention.text}"


def next_conjunct(tree: Tree, token: int) -> list[int]:
    """'членами семьи и чиновниками': the noun after 'и' in the same case, however the
    parse hangs it."""
    last = next((t for t in range(token + 1, min(token + 6, len(tree.tokens)))
                 if tree.tokens[t].pos not in ("NOUN", "ADJ")), None)
    if last is None or tree.tokens[last].text.lower() != "и":
        return []
    for t in range(last + 1, min(last + 4, len(tree.tokens))):
        if tree.tokens[t].pos == "NOUN":
            return [t] if tree.case(t) == tree.case(token) else []
        if tree.tokens[t].pos != "ADJ":
            return []
    return []


def country_spoken_of(resolver: ActorResolver, token: int) -> str | None:
    """'чиновники страны', 'члены семьи и чиновники страны': the state 'страна' refers
    to, the one named last before it."""
    tree = resolver.tree
    members = tree.conjuncts(token) + next_conjunct(tree, token)
    country_word = next((c for m in members[-1:] + [token] for c in tree.kids(m, "nmod")
                         if tree.tokens[c].lemma == "страна" and tree.case(c) == "Gen"
                         and not tree.preposition(c)), None)
    if country_word is None:
        return None
    before = [m for m in resolver.doc.mentions if m.type == "GPE" and m.entity >= 0
              and m.stop <= tree.tokens[country_word].start]
    for mention in reversed(before):
        country = resolver.entity(mention).country
        if country and not country.startswith(("IGO:", "NSA:")) and country in resolver.gazetteer.countries:
            return country
    return None
