"""NEREL v1.1 (brat) entity evaluation for PER / ORG / LOC predictions by exact span match.

NEREL has 29 entity types; letopis predicts three. PERSON -> PER, ORGANIZATION -> ORG,
and COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION, DISTRICT -> LOC (places that can
be named; FACILITY and NATIONALITY stay out: slovnet-style taggers do not call them LOC).
Rules are written down in docs/evaluation.md.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rich.progress import Progress

TYPE_MAP = {"PERSON": "PER", "ORGANIZATION": "ORG", "COUNTRY": "LOC", "CITY": "LOC",
            "STATE_OR_PROVINCE": "LOC", "LOCATION": "LOC", "DISTRICT": "LOC"}
EVAL_TYPES = ("PER", "ORG", "LOC")
SPLITS = ("train", "dev", "test")


@dataclass(slots=True)
class NerelEntity:
    id: str
    type: str                         # NEREL type, e.g. CITY
    start: int                        # first character
    stop: int                         # one past the last character
    text: str
    fragments: list[tuple[int, int]] = field(default_factory=list)   # >1 for discontinuous entities


@dataclass(slots=True)
class NerelDoc:
    id: str
    text: str
    entities: list[NerelEntity]


def read_nerel_doc(path_without_ext: str | Path) -> NerelDoc:
    """Load one NEREL document (.txt and the entity lines of its .ann)."""
    base = Path(path_without_ext)
    with open(base.with_name(base.name + ".txt"), encoding="utf-8", newline="") as f:
        text = f.read()
    entities = []
    for line in base.with_name(base.name + ".ann").read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        tid, info, *rest = line.split("\t")
        etype, _, offsets = info.partition(" ")
        frags = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
        entities.append(NerelEntity(tid, etype, frags[0][0], frags[-1][1], rest[0] if rest else "",
                                    [(a, b) for a, b in frags]))
    return NerelDoc(base.name, text, entities)


def list_nerel_docs(split_dir: str | Path) -> list[Path]:
    """Paths (without extension) of the documents of a NEREL split folder."""
    return sorted(p.with_suffix("") for p in Path(split_dir).glob("*.ann"))


def gold_spans(doc: NerelDoc) -> tuple[set[tuple[str, int, int]], set[tuple[str, int, int]]]:
    """Gold (type, start, stop) of the mapped types: all levels, and outermost only.

    Outermost: not strictly inside another mapped-type gold span (of any of the three types);
    two gold spans with equal offsets and different types are both outermost.
    """
    every = {(TYPE_MAP[e.type], e.start, e.stop) for e in doc.entities if e.type in TYPE_MAP}
    outer = {g for g in every
             if not any(o[1] <= g[1] and g[2] <= o[2] and (o[1], o[2]) != (g[1], g[2]) for o in every)}
    return every, outer


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp_g, "n_gold": n_gold, "n_pred": n_pred}


def score_nerel_spans(pairs: list[tuple[NerelDoc, list[tuple[str, int, int]]]]) -> dict:
    """Score predictions (type, start, length) against gold docs; both span-level variants."""
    counts = {v: {t: [0, 0, 0, 0] for t in EVAL_TYPES} for v in ("outermost", "any_level")}
    for doc, preds in pairs:
        every, outer = gold_spans(doc)
        pred = {(t.upper(), s, s + n) for t, s, n in preds if t.upper() in EVAL_TYPES}
        for variant, gold in (("outermost", outer), ("any_level", every)):
            for t in EVAL_TYPES:
                g = {x for x in gold if x[0] == t}
                p = {x for x in pred if x[0] == t}
                # right = same type and offsets as a gold span of the variant's set (outermost or all)
                c = counts[variant][t]
                c[0] += len(p & g)
                c[1] += len(p)
                c[2] += len(p & g)
                c[3] += len(g)
    result: dict = {}
    for variant, by_type in counts.items():
        result[variant] = {t: _prf(*c) for t, c in by_type.items()}
        tot = [sum(c[k] for c in by_type.values()) for k in range(4)]
        result[variant]["micro"] = _prf(*tot)
    return result


def score_nerel(predict: Callable[[str], list[tuple[str, int, int]]], split: str = "test",
                shared_dir: str | Path = "../shared") -> dict:
    """Run a predictor (text -> [(PER|ORG|LOC, start, length)]) over a NEREL split and score it."""
    if split not in SPLITS:
        raise ValueError(f"unknown NEREL split {split!r}: use one of {SPLITS}")
    folder = Path(shared_dir) / "corpora" / "nerel" / "NEREL-v1.1" / split
    paths = list_nerel_docs(folder)
    pairs = []
    with Progress() as progress:
        task = progress.add_task(f"NEREL {split}", total=len(paths))
        for path in paths:
            doc = read_nerel_doc(path)
            pairs.append((doc, predict(doc.text)))
            progress.advance(task)
    result = score_nerel_spans(pairs)
    result["documents"] = len(pairs)
    return result
