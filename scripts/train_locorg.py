"""Train the loc/locorg classifier (src/letopis/entities/locorg.py) on the factRuEval DEVSET only.

Every GPE/LOC place mention letopis finds in a devset document is labelled with the tag of
the gold loc/locorg mention sharing its tokens (mentions with no such gold are left out);
an L2-regularised logistic regression (numpy, batch gradient descent) is fitted over the
features of `place_features` and written to src/letopis/data/locorg_model.json.

    .venv/bin/python scripts/train_locorg.py --shared ../shared
"""
from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter
from pathlib import Path

import numpy as np

from letopis.entities.locorg import MODEL_PATH, place_features
from letopis.eval.factrueval import list_doc_ids, read_factrueval_doc, split_dir
from letopis.eval.factrueval_predict import PLACE_KINDS

COMMAND = "python scripts/train_locorg.py --shared ../shared --l2 3 --min-count 2"


def gold_places(fdoc) -> list[tuple[int, int, str]]:
    """(start, stop, tag) character extents of gold loc/locorg mentions."""
    out = []
    for m in fdoc.mentions:
        if m.tag not in ("loc", "locorg"):
            continue
        spans = [fdoc.spans[s] for s in m.span_ids if s in fdoc.spans]
        if spans:
            out.append((min(s.start for s in spans), max(s.start + s.length for s in spans), m.tag))
    return out


def label(m, golds) -> str | None:
    """Tag of the smallest gold place overlapping the mention."""
    hits = [g for g in golds if g[0] < m.stop and m.start < g[1]]
    if not hits:
        return None
    hits.sort(key=lambda g: (abs(g[0] - m.start) + abs(g[1] - m.stop), g[1] - g[0]))
    return hits[0][2]


def collect(shared: Path, cache: Path | None) -> tuple[list[list[str]], list[int]]:
    """Features and labels (1 = locorg) of the devset place mentions."""
    if cache and cache.exists():
        docs = pickle.loads(cache.read_bytes())
    else:
        from letopis.nlp.models import load_models
        from letopis.pipeline import process_text
        models = load_models()
        docs = {i: process_text(read_factrueval_doc(split_dir("dev", shared) / i).text, models=models)
                for i in list_doc_ids(split_dir("dev", shared))}
    X, y = [], []
    gold_dir = split_dir("dev", shared)
    for doc_id, doc in docs.items():
        golds = gold_places(read_factrueval_doc(gold_dir / doc_id))
        for m in doc.mentions:
            if m.type in ("GPE", "LOC") and m.kind in PLACE_KINDS:
                tag = label(m, golds)
                if tag is not None:
                    X.append(place_features(doc, m))
                    y.append(int(tag == "locorg"))
    return X, y


def fit(X: list[list[str]], y: list[int], l2: float, min_count: int, steps: int = 3000, lr: float = 0.5):
    counts = Counter(f for fs in X for f in set(fs))
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    A = np.zeros((len(X), len(vocab)))
    for r, fs in enumerate(X):
        for f in fs:
            if f in index:
                A[r, index[f]] = 1.0
    t = np.array(y, dtype=float)
    w = np.zeros(len(vocab))
    b = 0.0
    n = len(y)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(A @ w + b)))
        g = p - t
        w -= lr * (A.T @ g / n + l2 * w / n)
        b -= lr * g.mean()
    p = 1 / (1 + np.exp(-(A @ w + b)))
    acc = float(((p >= 0.5) == (t == 1)).mean())
    return {f: round(float(w[i]), 4) for i, f in enumerate(vocab) if abs(w[i]) >= 1e-3}, round(float(b), 4), acc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--cache", type=Path, default=None, help="pickled {doc_id: Doc} of the devset, to skip the pipeline")
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args()
    X, y = collect(args.shared, args.cache)
    weights, bias, acc = fit(X, y, args.l2, args.min_count)
    model = {
        "header": {
            "what": "logistic regression P(locorg | place mention) for letopis.entities.locorg.classify_place",
            "trained_on": "factRuEval-2016 devset only (dialogue-evaluation/factRuEval-2016), place mentions "
                          "letopis finds, labelled by the overlapping gold loc/locorg mention",
            "command": f"python scripts/train_locorg.py --shared ../shared --l2 {args.l2} --min-count {args.min_count}"
                       f" --threshold {args.threshold}",
            "examples": len(y), "locorg": int(sum(y)), "train_accuracy": round(acc, 4),
        },
        "threshold": args.threshold, "bias": bias, "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(y)} examples, {sum(y)} locorg, train accuracy {acc:.3f}, {len(weights)} weights -> {args.out}")


if __name__ == "__main__":
    main()
