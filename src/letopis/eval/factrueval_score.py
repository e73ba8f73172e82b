"""factRuEval-2016 track 1 (named entity mentions): response files and the official scoring rules.

Our own implementation of the rules of the organisers' comparator
(dialogue-evaluation/factRuEval-2016, scripts/t1_eval.py -> dialent.task1.eval);
docs/evaluation.md states them. In short: gold mentions and response mentions
become sets of gold tokens; pairs are scored by weighted token overlap;
per document the one-to-one matching with the best F1 is searched; unnamed,
embedded and duplicate gold mentions are ignored; counts are summed over documents.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from letopis.eval.factrueval_read import FactRuEvalDoc, FrToken, list_doc_ids, read_factrueval_doc

TAGS = ("per", "loc", "org", "locorg")          # matrix order of the official scorer
# span tag -> weight of its tokens, per mention tag (0 for anything not listed: descriptors, jobs, geo_adj)
SPAN_WEIGHTS = {
    "per": {"none": 1, "name": 1, "patronymic": 1, "nickname": 1, "surname": 1},
    "loc": {"none": 1, "org_name": 1, "loc_name": 1},
    "org": {"none": 1, "org_name": 1, "loc_name": 1},
    "locorg": {"none": 1, "org_name": 1, "loc_name": 1},
}
# a mention of tag KEY counts as embedded in (or a duplicate of) mentions of these tags
PARENT_TAGS = {"per": ("loc", "org", "locorg"), "loc": ("loc", "org", "locorg"),
               "org": ("org", "locorg"), "locorg": ("org", "locorg")}


@dataclass(eq=False)
class TokenSet:
    """A mention as the set of gold token indices it covers."""

    tag: str
    tokens: frozenset[int]
    marks: dict[int, float] = field(default_factory=dict)   # gold only: weight of each token
    id: str = ""
    parents: list[TokenSet] = field(default_factory=list)
    siblings: list[TokenSet] = field(default_factory=list)
    ignored_sibling: bool = False

    def mark(self, i: int) -> float:
        return self.marks.get(i, 0)

    def is_unnamed(self) -> bool:
        return not any(v > 0 for v in self.marks.values())


@dataclass(slots=True)
class Counts:
    """Summable evaluation counts: weighted true positives, gold size, response size."""

    tp: float = 0.0
    n_std: float = 0.0
    n_test: float = 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.n_std += other.n_std
        self.n_test += other.n_test

    def as_dict(self) -> dict[str, float]:
        return prf(self.tp, self.tp, self.n_std, self.n_test)


def prf(tp_std: float, tp_test: float, n_std: float, n_test: float) -> dict[str, float]:
    """Precision, recall, F1 as the organisers compute them (an empty side scores 1)."""
    p = tp_test / n_test if n_test else 1.0
    r = tp_std / n_std if n_std else 1.0
    if n_std + n_test == 0:
        f = 1.0
    else:
        f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp_std, "tp_test": tp_test,
            "n_gold": n_std, "n_response": n_test}


# ---------------------------------------------------------------- response files

def write_task1(out_dir: str | Path, doc_id: str, mentions: Iterable[tuple[str, int, int]]) -> Path:
    """Write one `book_N.task1` response: one `tag start length` line per mention."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for tag, start, length in mentions:
        tag = tag.lower()
        if tag not in TAGS:
            raise ValueError(f"track 1 tag must be one of {TAGS}, got {tag!r}")
        lines.append(f"{tag} {int(start)} {int(length)}\n")
    path = out / f"{doc_id}.task1"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def read_task1(path: str | Path) -> list[tuple[str, int, int]]:
    """Mentions of a `.task1` response file."""
    out = []
    with open(path, encoding="utf-8-sig") as f:
        for n, row in enumerate(csv.reader(f, delimiter=" ", quotechar="|"), 1):
            if not row:
                continue
            if len(row) != 3 or row[0].strip().lower() not in TAGS:
                raise ValueError(f"{path}:{n}: expected 'tag start length', got {' '.join(row)!r}")
            out.append((row[0].strip().lower(), int(row[1]), int(row[2])))
    return out


# ---------------------------------------------------------------- token sets

def _is_letter(tok: FrToken) -> bool:
    return len(tok.norm) == 1 and (tok.norm.upper() != tok.norm or tok.norm.lower() != tok.norm)


def _is_punct(tok: FrToken) -> bool:
    return len(tok.norm) == 1 and not _is_letter(tok)


def _ignored_tokens(tokens: list[FrToken]) -> set[int]:
    """One-character non-letters glued to a neighbour: left out of response token sets."""
    out = set()
    for i, t in enumerate(tokens):
        if t.length != 1 or _is_letter(t):
            continue
        glued_left = i > 0 and t.start - tokens[i - 1].end == 1
        glued_right = i + 1 < len(tokens) and tokens[i + 1].start - t.end == 1
        if glued_left or glued_right:
            out.add(i)
    return out


def gold_token_sets(doc: FactRuEvalDoc, locorg: bool = True) -> list[TokenSet]:
    """Gold mentions as weighted token sets, with embedded (parent) and duplicate (sibling) links."""
    if doc.load_error:
        return []
    index = {t.id: i for i, t in enumerate(doc.tokens)}
    out = []
    for m in doc.mentions:
        tag = "loc" if m.tag == "locorg" and not locorg else m.tag
        if tag not in SPAN_WEIGHTS:
            continue
        marks: dict[int, float] = {}
        for sid in m.span_ids:
            span = doc.spans[sid]
            w = SPAN_WEIGHTS[tag].get(span.tag, 0)
            for tid in span.token_ids:
                i = index[tid]
                marks[i] = max(marks.get(i, 0), w)
        out.append(TokenSet(tag, frozenset(marks), marks, m.id))
    for ts in out:
        for other in out:
            if other is ts or other.tag not in PARENT_TAGS[ts.tag]:
                continue
            if ts.tokens < other.tokens:
                ts.parents.append(other)
            elif ts.tokens == other.tokens:
                ts.siblings.append(other)
    return out


def response_token_sets(doc: FactRuEvalDoc, mentions: Iterable[tuple[str, int, int]],
                        locorg: bool = True) -> list[TokenSet]:
    """Response mentions as the gold tokens lying wholly inside them (glued punctuation left out)."""
    ignored = _ignored_tokens(doc.tokens)
    out = []
    for tag, start, length in mentions:
        end = start + length - 1
        toks = frozenset(i for i, t in enumerate(doc.tokens)
                         if t.start >= start and t.end <= end and i not in ignored)
        out.append(TokenSet("loc" if tag == "locorg" and not locorg else tag, toks))
    return out


# ---------------------------------------------------------------- pair scores

def priority(s: TokenSet, t: TokenSet) -> float:
    """Unweighted Jaccard overlap of a gold and a response set of the same tag (0 across tags)."""
    if s.tag != t.tag:
        return 0.0
    inter = len(s.tokens & t.tokens)
    union = len(s.tokens | t.tokens)
    return inter / union if union else 0.0


def quality(s: TokenSet, t: TokenSet, doc_tokens: list[FrToken]) -> float:
    """Credit of a matched pair: weighted tp / (tp + fp + fn), gold tokens weighted by span type."""
    if s.tag != t.tag:
        return 0.0
    tp = sum(s.mark(i) for i in s.tokens & t.tokens)
    fn = sum(s.mark(i) for i in s.tokens - t.tokens if not _is_punct(doc_tokens[i]))
    fp = len(t.tokens - s.tokens)
    total = tp + fp + fn
    return tp / total if total > 0 else priority(s, t)


# ---------------------------------------------------------------- one document

class _DocMatcher:
    """Optimal matching of one document's gold and response sets, searched as the organisers do."""

    def __init__(self, std: list[TokenSet], test: list[TokenSet], tokens: list[FrToken]):
        self.std = [s for tag in TAGS for s in sorted((x for x in std if x.tag == tag), key=lambda x: x.id)]
        self.test = [t for tag in TAGS for t in test if t.tag == tag]
        self.tokens = tokens
        self.m = [[priority(s, t) for t in self.test] for s in self.std]
        self._q: dict[tuple[int, int], float] = {}

    def _quality(self, i: int, j: int) -> float:
        key = (i, j)
        if key not in self._q:
            self._q[key] = quality(self.std[i], self.test[j], self.tokens)
        return self._q[key]

    def _std_ignored(self, s: TokenSet, matched: set[int]) -> bool:
        if s.is_unnamed() or s.parents:
            return True
        for sib in s.siblings[:1]:
            s_in, sib_in = id(s) in matched, id(sib) in matched
            if s_in == sib_in:
                if sib.tag == s.tag:
                    # two identical gold mentions: count one of them, the first one met
                    if s.ignored_sibling:
                        return True
                    sib.ignored_sibling = True
                    return False
                return s.tag != "org"
            return not s_in
        return False

    def evaluate(self, pairs: list[tuple[int, int]], tag: str = "") -> Counts:
        """Counts of a matching, overall or restricted to one gold tag."""
        matched_s = {i for i, _ in pairs}
        matched_t = {j for _, j in pairs}
        subset = [(i, j) for i, j in pairs if not tag or self.std[i].tag == tag]
        unmatched_s = [s for i, s in enumerate(self.std) if i not in matched_s and (not tag or s.tag == tag)]
        unmatched_t = [t for j, t in enumerate(self.test) if j not in matched_t and (not tag or t.tag == tag)]
        in_matching = {id(self.std[i]) for i, _ in subset}
        tp, relevant = 0.0, 0
        for i, j in subset:
            if not self._std_ignored(self.std[i], in_matching):
                tp += self._quality(i, j)
                relevant += 1
        n_std = relevant + sum(1 for s in unmatched_s if not self._std_ignored(s, in_matching))
        return Counts(tp, n_std, relevant + len(unmatched_t))

    def _f1(self, pairs: list[tuple[int, int]]) -> float:
        c = self.evaluate(pairs)
        return prf(c.tp, c.tp, c.n_std, c.n_test)["f1"]

    def search(self, std: list[int], test: list[int], pairs: list[tuple[int, int]]):
        if not std or not test:
            return self._f1(pairs), pairs
        cur, rest = std[0], std[1:]
        perfect = [j for j in test if self.m[cur][j] == 1.0]
        options = perfect or [j for j in test if self.m[cur][j] > 0.0]
        best = None
        n_options, max_alt = 0, 0
        for j in options:
            alt, skip = 0, False
            for k in rest:
                if self.m[k][j] == 1.0 and self.m[cur][j] < 1.0:
                    skip = True   # a response set that is perfect for another gold set goes there
                if self.m[k][j] != 0.0:
                    alt += 1
                max_alt = max(max_alt, alt)
            if skip:
                continue
            n_options += 1
            res = self.search(rest, [x for x in test if x != j], pairs + [(cur, j)])
            if best is None or res[0] > best[0]:
                best = res
        if n_options == 0 or (n_options == 1 and max_alt > 0 and not perfect):
            res = self.search(rest, test, pairs)
            if best is None or res[0] > best[0]:
                best = res
        return best

    def solve(self) -> dict[str, Counts]:
        _, pairs = self.search(list(range(len(self.std))), list(range(len(self.test))), [])
        out = {"overall": self.evaluate(pairs)}
        for tag in TAGS:
            out[tag] = self.evaluate(pairs, tag)
        return out


def score_document(doc: FactRuEvalDoc, mentions: Iterable[tuple[str, int, int]],
                   locorg: bool = True) -> dict[str, Counts]:
    """Counts for one document, per tag and overall."""
    std = gold_token_sets(doc, locorg)
    test = response_token_sets(doc, mentions, locorg)
    return _DocMatcher(std, test, doc.tokens).solve()


def score_track1(gold_dir: str | Path, response_dir: str | Path) -> dict:
    """Score a folder of `.task1` responses: {'standard': {...}, 'locorg_as_loc': {...}}, each per tag and overall.

    Only documents present on both sides are scored (the official comparator warns
    about the others); their names are listed under 'missing'.
    """
    gold_ids = list_doc_ids(gold_dir)
    present = {p.stem for p in Path(response_dir).glob("book_*.task1")}
    ids = [d for d in gold_ids if d in present]
    result: dict = {"documents": len(ids), "missing": sorted(set(gold_ids) ^ present)}
    for mode, locorg in (("standard", True), ("locorg_as_loc", False)):
        total = {k: Counts() for k in ("overall", *TAGS)}
        for doc_id in ids:
            doc = read_factrueval_doc(Path(gold_dir) / doc_id)
            per_doc = score_document(doc, read_task1(Path(response_dir) / f"{doc_id}.task1"), locorg)
            for k, c in per_doc.items():
                total[k].add(c)
        tags = TAGS if locorg else ("per", "loc", "org")
        result[mode] = {k: total[k].as_dict() for k in (*tags, "overall")}
    return result
