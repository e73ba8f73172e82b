"""Run the letopis benchmark: python benchmarks/run_bench.py [--n 10000] [--workers 1 2] [--shared ../shared]."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from letopis.bench import run_bench

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10000, help="documents (NEREL repeated)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--shared", default=str((ROOT / ".." / "shared").resolve()))
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    args = parser.parse_args()
    results = run_bench(args.shared, n_docs=args.n, workers=tuple(args.workers), out_dir=args.out)
    print(json.dumps({"natasha": results["natasha"], "targets": results["targets"],
                      "runs": [{k: r[k] for k in ("workers", "docs", "wall_s", "docs_per_s", "docs_per_s_per_core",
                                                   "peak_rss_mb")} for r in results["runs"]]}, indent=2))
