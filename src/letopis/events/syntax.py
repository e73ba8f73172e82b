"""A sentence's dependency tree as small lookups over the Doc's flat token list."""
from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from ..doc import Doc, Token
from ..entities.inflect import parse_feats
from ..entities.spans import TokenIndex

CLAUSE_RELS = {"conj", "cc", "punct", "acl", "acl:relcl", "advcl", "parataxis", "ccomp", "csubj",
               "xcomp", "discourse", "vocative", "dep", "list", "orphan"}


class Tree:
    """Heads, children, cases and prepositions for the tokens of one document."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.tokens: list[Token] = doc.tokens
        self.index = TokenIndex(doc.tokens)
        self.children: dict[int, list[int]] = defaultdict(list)
        self.sentence_tokens: dict[int, list[int]] = defaultdict(list)
        for i, token in enumerate(self.tokens):
            if token.head >= 0:
                self.children[token.head].append(i)
            self.sentence_tokens[token.sentence].append(i)

    @cached_property
    def feats(self) -> list[dict[str, str]]:
        return [parse_feats(t.feats) for t in self.tokens]

    def kids(self, i: int, *rels: str) -> list[int]:
        return [c for c in self.children.get(i, []) if not rels or self.tokens[c].rel in rels]

    def case(self, i: int) -> str:
        return self.feats[i].get("Case", "")

    def preposition(self, i: int) -> str:
        """The preposition governing token i ('с' in 'с министром'), lowercased, or ''."""
        for child in self.kids(i, "case"):
            # compound prepositions come as 'в' + fixed 'связи', 'с'
            words = [child] + self.kids(child, "fixed")
            return " ".join(self.tokens[w].text.lower() for w in sorted(words))
        return ""

    def subtree(self, i: int, stop_rels: set[str] = CLAUSE_RELS) -> list[int]:
        """Token i and its dependents, not entering coordinated or embedded clauses."""
        seen, stack = {i}, [i]
        while stack:
            node = stack.pop()
            for child in self.children.get(node, []):
                # slovnet's trees can hold a cycle; a token is visited once
                if child not in seen and self.tokens[child].rel not in stop_rels:
                    seen.add(child)
                    stack.append(child)
        return sorted(seen)

    def conjuncts(self, i: int) -> list[int]:
        """Token i and the tokens coordinated with it ('A и B', 'A, B и C')."""
        out = [i]
        stack = [i]
        while stack:
            node = stack.pop()
            for child in self.kids(node, "conj"):
                if (prep := self.preposition(child)) and prep != self.preposition(node):
                    continue  # 'между хути и силами Салеха ... и на его племянника': a phrase of its own
                if self.tokens[child].pos in ("NOUN", "PROPN", "PRON", "ADJ") and child not in out:
                    out.append(child)
                    stack.append(child)
        return out

    def is_negated(self, i: int) -> bool:
        return any(self.tokens[c].lemma in ("не", "нет", "ни") for c in self.kids(i, "advmod", "neg", "discourse", "dep"))

    def sentence_range(self, s: int) -> range:
        indices = self.sentence_tokens.get(s, [])
        return range(indices[0], indices[-1] + 1) if indices else range(0)
