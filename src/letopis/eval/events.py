"""Event scoring as ../shared/spec/events.md defines it, and the dev-set runner.

A predicted event matches a gold event of the same document when their CAMEO roots
are equal and their (source.country, target.country) pairs are equal, unordered for
roots 04 and 06; a side whose country is null in either event is not compared. Each
gold event is matched at most once, greedily, best attribute agreement first.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

SYMMETRIC = {"04", "06"}
ATTRIBUTES = ("cameo", "names", "source_name", "target_name", "date", "location", "modality", "quad_class")


def doc_key(doc: str) -> str:
    """Documents are matched on the last two components of their path ('test/2045')."""
    parts = doc.replace("\\", "/").split("/")
    return "/".join(parts[-2:])


def read_jsonl(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                out[doc_key(record["doc"])] = record.get("events", [])
    return out


def country(actor: dict[str, Any] | None) -> str | None:
    return (actor or {}).get("country") or None


def root(code: str) -> str:
    return str(code)[:2]


def sides_match(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def events_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if root(pred["cameo"]) != root(gold["cameo"]):
        return False
    ps, pt = country(pred.get("source")), country(pred.get("target"))
    gs, gt = country(gold.get("source")), country(gold.get("target"))
    if sides_match(ps, gs) and sides_match(pt, gt):
        return True
    return root(gold["cameo"]) in SYMMETRIC and sides_match(ps, gt) and sides_match(pt, gs)


@lru_cache(maxsize=50_000)
def normal_name(name: str | None) -> str:
    """Case, ё/е and each word's nominative lemma, so 'Х. Халафова' ~ 'х. халафов'."""
    if not name:
        return ""
    from ..entities.gazetteer import load_morph

    words = re.findall(r"[\w-]+", name.lower().replace("ё", "е"))
    morph = load_morph()
    return " ".join(morph.parse(w)[0].normal_form.replace("ё", "е") for w in words)


def quad(code: str) -> int:
    from ..events.cameo import quad_class

    try:
        return quad_class(code)
    except Exception:
        return 0


def agreement(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool]:
    """Which attributes of a matched pair agree (names compared in the gold's direction)."""
    ps, pt = pred.get("source") or {}, pred.get("target") or {}
    gs, gt = gold.get("source") or {}, gold.get("target") or {}
    if root(gold["cameo"]) in SYMMETRIC and not (sides_match(country(ps), country(gs)) and sides_match(country(pt), country(gt))):
        ps, pt = pt, ps
    source_ok = normal_name(ps.get("name")) == normal_name(gs.get("name"))
    target_ok = normal_name(pt.get("name")) == normal_name(gt.get("name"))
    return {
        "cameo": str(pred["cameo"]) == str(gold["cameo"]),
        "names": source_ok and target_ok,
        "source_name": source_ok,
        "target_name": target_ok,
        "date": (pred.get("date") or None) == (gold.get("date") or None),
        "location": normal_name(pred.get("location")) == normal_name(gold.get("location")),
        "modality": pred.get("modality", "asserted") == gold.get("modality", "asserted"),
        "quad_class": quad(str(pred["cameo"])) == quad(str(gold["cameo"])),
    }


def match_document(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, bool]]]:
    """Greedy one-to-one matching, pairs with the most agreeing attributes first."""
    candidates = []
    for p, pe in enumerate(pred):
        for g, ge in enumerate(gold):
            if events_match(pe, ge):
                agree = agreement(pe, ge)
                candidates.append((-sum(agree.values()), p, g, agree))
    candidates.sort(key=lambda c: c[:3])
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, p, g, agree in candidates:
        if p in used_p or g in used_g:
            continue
        used_p.add(p)
        used_g.add(g)
        pairs.append((p, g, agree))
    return pairs


def score_events(pred: dict[str, list[dict[str, Any]]], gold: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Micro P/R/F1 over documents, per-root recall, attribute agreement on matched pairs."""
    tp = n_pred = n_gold = 0
    root_gold: Counter[str] = Counter()
    root_hit: Counter[str] = Counter()
    agree: Counter[str] = Counter()
    dated = dated_ok = 0
    per_doc = {}
    missed: list[dict[str, Any]] = []
    false: list[dict[str, Any]] = []
    for key, gold_events in gold.items():
        pred_events = pred.get(key, [])
        pairs = match_document(pred_events, gold_events)
        tp += len(pairs)
        n_pred += len(pred_events)
        n_gold += len(gold_events)
        matched_gold = {g for _, g, _ in pairs}
        matched_pred = {p for p, _, _ in pairs}
        for g, event in enumerate(gold_events):
            root_gold[root(event["cameo"])] += 1
            if g in matched_gold:
                root_hit[root(event["cameo"])] += 1
            else:
                missed.append({"doc": key, **event})
        false.extend({"doc": key, **e} for p, e in enumerate(pred_events) if p not in matched_pred)
        for p, g, attributes in pairs:
            agree.update(k for k, v in attributes.items() if v)
            if gold_events[g].get("date"):
                dated += 1
                dated_ok += attributes["date"]
        per_doc[key] = {"pred": len(pred_events), "gold": len(gold_events), "matched": len(pairs)}
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision, "recall": recall, "f1": f1,
        "matched": tp, "predicted": n_pred, "gold": n_gold,
        "per_root_recall": {r: {"gold": root_gold[r], "matched": root_hit[r],
                                "recall": root_hit[r] / root_gold[r]} for r in sorted(root_gold)},
        "agreement": {a: (agree[a] / tp if tp else 0.0) for a in ATTRIBUTES},
        "date_where_gold_dated": {"pairs": dated, "right": dated_ok, "share": dated_ok / dated if dated else 0.0},
        "documents": per_doc,
        "missed": missed,
        "false": false,
    }


def gold_text_path(doc: str, gold_file: Path, shared: Path | None = None) -> Path | None:
    """Where a gold document's text lies: shared/<doc>.txt or shared/corpora/<doc>.txt, the
    shared folder being the gold file's grandparent unless given."""
    shared = shared or gold_file.resolve().parent.parent
    for base in (shared, shared / "corpora"):
        candidate = base / f"{doc}.txt"
        if candidate.is_file():
            return candidate
    return None


def predict_gold_documents(gold_file: Path, predict: Callable[[Path], list[dict[str, Any]]],
                           progress: bool = True, shared: Path | None = None) -> dict[str, list[dict[str, Any]]]:
    """Run a predictor over every document the gold file names; a document whose text is
    not found is an error, not an empty prediction."""
    from rich.progress import track

    docs = []
    with open(gold_file, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                docs.append(json.loads(line)["doc"])
    out = {}
    iterator: Iterable[str] = track(docs, description="events") if progress else docs
    for doc in iterator:
        path = gold_text_path(doc, gold_file, shared)
        if path is None:
            raise FileNotFoundError(f"no text for gold document {doc!r} under {shared or gold_file.resolve().parent.parent}")
        out[doc_key(doc)] = predict(path)
    return out
