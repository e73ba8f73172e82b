"""factRuEval-2016 track 3 (facts): response files and scoring after the organisers' rules.

Rules (dialent.task3 of dialogue-evaluation/factRuEval-2016; restated in
docs/evaluation.md): a response fact may join a gold fact of the same type when
one non-position argument matches; argument values match when their Levenshtein
distance is within a length-dependent threshold of any accepted gold value (the
entity's names, its mentions, name+descriptor variants, name combinations for
people; for positions the span and its nominative form). Per document and type
the assignment with the best F1 is searched; a cluster (gold fact + its response
facts) scores the weighted argument overlap n/(n+fp+fn) (position weighs 0.5).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from letopis.doc import Fact
from letopis.eval.factrueval_read import (FactRuEvalDoc, FrFact, fr_normalise, fr_normalise_joined,
                                          list_doc_ids, read_factrueval_doc)
from letopis.eval.factrueval_score import prf

FACT_TYPES = ("ownership", "occupation", "meeting", "deal")
ARG_WEIGHTS = {"position": 0.5, "фаза": 0.5}
EASY_ONLY_MODALITY = ("возможность", "будущее", "отрицание")   # dropped from gold in hard mode
SEARCH_LIMIT = 50_000     # assignments tried exhaustively per document and type; greedy beyond


# ---------------------------------------------------------------- string comparison

def _threshold(n: int) -> int:
    return 0 if n < 2 else 1 if n < 9 else 2


@lru_cache(maxsize=200_000)
def _levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_value(a: str, b: str) -> bool:
    """Equal up to a typo: distance 0 below 2 characters, 1 below 9, else 2."""
    limit = _threshold(max(len(a), len(b)))
    return abs(len(a) - len(b)) <= limit and _levenshtein(a, b) <= limit


def _final(v: str) -> str:
    return v.lower().strip(" \n\r\t").replace("ё", "е")


# ---------------------------------------------------------------- position normal form


def nominative_head(phrase: str) -> str:
    """'генерального директора' -> 'генеральный директор': words up to the first noun put in nominative singular.

    Stands in for the organisers' hand-made position table (jobs_processed.txt).
    """
    from ..nlp.models import load_morph_vocab  # pymorphy2 with natasha's fixes; grams are UD names

    morph = load_morph_vocab()
    out, head_done = [], False
    for word in phrase.split():
        if head_done or not re.search(r"[а-яё]", word):
            out.append(word)
            continue
        parse = morph.parse(word)[0]
        form = parse.inflect({"Nom", "Sing"}) or parse.inflect({"Nom"})
        out.append(form.word if form else word)
        head_done = parse.pos == "NOUN"
    return " ".join(out)


# ---------------------------------------------------------------- gold values

@dataclass(eq=False)
class Arg:
    name: str
    values: list[str]               # accepted normalised values
    owner: int = -1                 # index of the response fact it came from (response args)


@dataclass(eq=False)
class ScoredFact:
    type: str
    args: list[Arg] = field(default_factory=list)
    ignored: bool = False           # gold fact left out of the counts (easy mode: 'сложность повышенная')


def _entity_tables(doc: FactRuEvalDoc):
    """Per coref entity: its tag and its accepted names (the official expansion rules)."""
    mention_by_id = {m.id: m for m in doc.mentions}
    tokens = {t.id: t for t in doc.tokens}
    order = {t.id: i for i, t in enumerate(doc.tokens)}
    norm_text = fr_normalise(doc.text)
    tags, names, mention_texts = {}, {}, {}
    for e in doc.entities:
        members = [mention_by_id[i] for i in e.member_ids if i in mention_by_id]
        mtags = {m.tag for m in members}
        tag = "loc" if (len(mtags) > 1 and mtags & {"loc", "locorg"}) else (mtags.pop() if len(mtags) == 1 else "")
        tags[e.id] = "loc" if tag == "locorg" else tag
        texts = set()
        for m in members:
            # a token set, as the official Mention.setText builds it: overlapping spans (name + descriptor)
            # must not repeat their shared tokens ('конституционного суда суда')
            ids = {t for s in m.span_ids if s in doc.spans for t in doc.spans[s].token_ids if t in tokens}
            toks = sorted((tokens[t] for t in ids), key=lambda t: t.start)
            if toks:
                texts.add(" ".join(t.norm for t in toks))
                texts.add(fr_normalise_joined(" ".join(t.text for t in toks)))
                texts.add(_interval_text(doc, toks, order))
        mention_texts[e.id] = texts
        attrs: dict[str, set[str]] = {}
        descrs: set[str] = set()
        for key, value in e.attrs:
            value = fr_normalise_joined(value)
            if key.endswith("descr") or key.endswith("descriptor"):
                descrs.add(value)
            elif key != "wikidata":
                attrs.setdefault(key.strip("0123456789"), set()).add(value)
        if tags[e.id] != "per" and "name" in attrs:
            # a name written in quotes in the text is accepted with its quotes
            attrs["name"] |= {f'"{v}"' for v in attrs["name"] if f'"{v}"' in norm_text}
        for key, vals in attrs.items():
            extra = set()
            for x in vals:
                for y in descrs:
                    if f" {y} " not in f" {x} ":
                        extra |= {f"{x} {y}", f"{y} {x}"}
            vals |= extra
        names[e.id] = attrs
    return tags, names, mention_texts


def _interval_text(doc: FactRuEvalDoc, toks, order: dict[str, int]) -> str:
    """The official Mention.interval_text: the text from the first to the last token, widened over
    adjacent '"' tokens, sliced as the organisers slice it (their inclusive end drops the last character)."""
    first, last = order[toks[0].id], order[toks[-1].id]
    while first > 0 and doc.tokens[first - 1].norm == '"':
        first -= 1
    while last + 1 < len(doc.tokens) and doc.tokens[last + 1].norm == '"':
        last += 1
    return fr_normalise(doc.text[doc.tokens[first].start:doc.tokens[last].end])


def _person_names(attrs: dict[str, set[str]]) -> set[str]:
    parts = {"f": attrs.get("firstname", set()), "l": attrs.get("lastname", set()),
             "p": attrs.get("patronymic", set()), "n": attrs.get("nickname", set())}
    out = set()
    for combo in ("lfp", "fpl", "fp", "fl", "lf", "n", "f", "p", "l", "fn"):
        for words in itertools.product(*(sorted(parts[c]) for c in combo)):
            out.add(" ".join(w for w in words if w))
    return out


def gold_facts(doc: FactRuEvalDoc, hard_mode: bool = False) -> list[ScoredFact]:
    """The document's gold facts with every accepted value of every argument."""
    tags, names, mention_texts = _entity_tables(doc)
    part_of: dict[str, set[str]] = {}
    for f in doc.facts:
        if f.type == "ispartof":
            ents = [a.ref for a in f.args if a.kind == "obj"]
            for a in ents:
                part_of.setdefault(a, set()).update(x for x in ents if x != a)
    out = []
    for f in doc.facts:
        if f.type not in FACT_TYPES:
            continue
        sf = _gold_fact(f, doc, tags, names, mention_texts, part_of)
        modality = [v.lower() for a in f.args if a.name == "модальность" for v in a.values]
        difficult = any(a.name == "сложность" and any(v.lower() == "повышенная" for v in a.values)
                        for a in f.args)
        if hard_mode:
            if any(m in EASY_ONLY_MODALITY for m in modality):
                continue
        else:
            sf.ignored = difficult
            sf.args = [a for a in sf.args if a.name != "фаза"]
        out.append(sf)
    return out


def _gold_fact(f: FrFact, doc, tags, names, mention_texts, part_of) -> ScoredFact:
    sf = ScoredFact(f.type)
    for a in f.args:
        if a.name in ("модальность", "сложность"):
            continue
        values: set[str] = set()
        if a.kind == "obj":
            values.add(a.values[0].lower().strip())
            values |= mention_texts.get(a.ref, set())
            attrs = names.get(a.ref, {})
            if tags.get(a.ref) == "per":
                values |= _person_names(attrs)
            elif tags.get(a.ref) in ("org", "loc"):
                values |= attrs.get("name", set())
            if f.type == "occupation" and a.name == "where":
                for other in part_of.get(a.ref, ()):
                    values |= names.get(other, {}).get("name", set())
        elif a.kind == "span":
            for sid in a.ref.split(","):
                span = doc.spans.get(sid)
                text = span.text if span else ""
                values.add(text)
                if a.name == "position" and text:
                    values.add(nominative_head(text))
        else:
            values |= {fr_normalise_joined(v) for v in a.values}
        sf.args.append(Arg(a.name, sorted({_final(v) for v in values if v})))
    return sf


# ---------------------------------------------------------------- response files

def write_task3(out_dir: str | Path, doc_id: str, facts: Iterable[Fact]) -> Path:
    """Write one `book_N.task3` response: per fact its type line, then `role:value` lines; blank line between facts."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    blocks = []
    for fact in facts:
        lines = [fact.type.strip()]
        for role, text, _start, _stop in fact.args:
            value = " ".join(str(text).replace(":", " ").split())
            lines.append(f"{role.strip().lower()}:{value}")
        blocks.append("\n".join(lines) + "\n")
    path = out / f"{doc_id}.task3"
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


def read_task3(path: str | Path) -> list[ScoredFact]:
    """Facts of a `.task3` response file (values normalised as the organisers do)."""
    facts: list[ScoredFact] = []
    block: list[str] = []
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines() + [""]
    for raw in lines:
        line = fr_normalise_joined(raw)
        if line:
            block.append(line)
            continue
        if block:
            fact = ScoredFact(block[0].strip(" :\t").lower())
            for arg_line in block[1:]:
                name, sep, value = arg_line.partition(":")
                if not sep:
                    raise ValueError(f"{path}: argument line without ':': {arg_line!r}")
                name = name.strip().lower()
                fact.args.append(Arg("position" if name == "job" else name, [value.strip()]))
            facts.append(fact)
            block = []
    return facts


# ---------------------------------------------------------------- matching

def _arg_match(s: Arg, t: Arg) -> bool:
    return s.name == t.name and any(same_value(v, t.values[0]) for v in s.values)


def can_match(s: ScoredFact, t: ScoredFact) -> bool:
    """Same type and one argument other than position in common."""
    return s.type == t.type and any(a.name != "position" and _arg_match(a, b) for a in s.args for b in t.args)


def cluster_quality(s: ScoredFact, tests: list[ScoredFact]) -> float:
    """Credit of a gold fact and the response facts assigned to it."""
    if not tests or s.ignored:
        return 0.0
    matched_s: dict[int, set[int]] = {}
    unmatched_t = 0.0
    for k, t in enumerate(tests):
        for b in t.args:
            for i, a in enumerate(s.args):
                if _arg_match(a, b):
                    matched_s.setdefault(i, set()).add(k)
                    break
            else:
                unmatched_t += ARG_WEIGHTS.get(b.name, 1.0)
    n = sum(ARG_WEIGHTS.get(s.args[i].name, 1.0) for i in matched_s)
    fn = sum(ARG_WEIGHTS.get(a.name, 1.0) for i, a in enumerate(s.args) if i not in matched_s)
    arg_q = n / (n + unmatched_t + fn) if n + unmatched_t + fn else 0.0
    if len(tests) == 1:
        id_q = 1.0
    else:
        # share of pairs of matched gold arguments that one response fact holds together
        keys = sorted(matched_s)
        pairs = [(x, y) for i, x in enumerate(keys) for y in keys[i + 1:]]
        id_q = 1.0 if not pairs else sum(bool(matched_s[x] & matched_s[y]) for x, y in pairs) / len(pairs)
    return (arg_q + id_q * arg_q) / 2.0


def _counts(std, test, assign) -> tuple[float, float, float, float]:
    groups: dict[int, list[int]] = {}
    for j, i in enumerate(assign):
        if i >= 0:
            groups.setdefault(i, []).append(j)
    tp_std = tp_test = 0.0
    n_std = n_test = 0
    for i, s in enumerate(std):
        members = groups.get(i, [])
        q = cluster_quality(s, [test[j] for j in members])
        tp_std += q
        tp_test += q * len(members)
        if not s.ignored:
            n_std += 1
            n_test += len(members)
    n_test += sum(1 for i in assign if i < 0)
    return tp_std, tp_test, n_std, n_test


def _f1(c) -> float:
    return prf(*c)["f1"]


def match_facts(std: list[ScoredFact], test: list[ScoredFact]) -> tuple[float, float, float, float]:
    """Best (by F1) assignment of response facts to gold facts of one type: (tp_std, tp_test, n_std, n_test)."""
    options = [[i for i, s in enumerate(std) if can_match(s, t)] for t in test]
    n_assign = 1
    for o in options:
        n_assign *= len(o) + 1
    if n_assign <= SEARCH_LIMIT:
        best = None
        for assign in itertools.product(*[o + [-1] for o in options]):
            c = _counts(std, test, list(assign))
            if best is None or _f1(c) > _f1(best):
                best = c
        return best if best is not None else _counts(std, test, [])
    # greedy, two passes: each response fact takes the choice that most improves F1,
    # ties broken towards fewer counted responses (a response on an ignored gold fact costs nothing)
    def key(c):
        return (_f1(c), -c[3])
    assign = [-1] * len(test)
    for _ in range(2):
        for j, opts in enumerate(options):
            best_i, best_k = assign[j], key(_counts(std, test, assign))
            for i in [-1, *opts]:
                assign[j] = i
                k = key(_counts(std, test, assign))
                if k > best_k:
                    best_i, best_k = i, k
            assign[j] = best_i
    return _counts(std, test, assign)


def score_facts_document(doc: FactRuEvalDoc, response: list[ScoredFact],
                         hard_mode: bool = False) -> dict[str, tuple[float, float, float, float]]:
    """(tp_std, tp_test, n_std, n_test) per fact type for one document."""
    std = gold_facts(doc, hard_mode)
    return {ft: match_facts([s for s in std if s.type == ft], [t for t in response if t.type == ft])
            for ft in FACT_TYPES}


def score_track3(gold_dir: str | Path, response_dir: str | Path, hard_mode: bool = False) -> dict:
    """Score a folder of `.task3` responses: P/R/F1 per fact type, 'overall' (all four official types)
    and 'overall_mo' (Meeting + Occupation, comparable with earlier runs). A missing response file counts as empty."""
    sums = {ft: [0.0, 0.0, 0.0, 0.0] for ft in FACT_TYPES}
    ids = []
    for doc_id in list_doc_ids(gold_dir):
        doc = read_factrueval_doc(Path(gold_dir) / doc_id)
        if not doc.has_facts:
            continue
        ids.append(doc_id)
        path = Path(response_dir) / f"{doc_id}.task3"
        response = read_task3(path) if path.exists() else []
        for ft, c in score_facts_document(doc, response, hard_mode).items():
            sums[ft] = [a + b for a, b in zip(sums[ft], c)]
    result: dict = {"documents": len(ids), "mode": "hard" if hard_mode else "easy"}
    for ft in FACT_TYPES:
        result[ft] = prf(*sums[ft])
    for key, types in (("overall", FACT_TYPES), ("overall_mo", ("meeting", "occupation"))):
        tot = [sum(sums[ft][k] for ft in types) for k in range(4)]
        result[key] = prf(*tot)
    return result
