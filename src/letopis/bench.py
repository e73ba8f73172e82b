"""`letopis bench`: end-to-end and per-stage throughput, scaling 1->N workers, memory, vs bare natasha.

Texts are NEREL v1.1 (all splits) from ../shared, repeated to n_docs; each
repetition gets one extra prose sentence so its doc id differs (the cleaner
drops non-prose marker lines, so the marker has to be a sentence).
"""
from __future__ import annotations

import json
import multiprocessing
import os
import platform
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

NEREL = Path("corpora") / "nerel" / "NEREL-v1.1"
SPLITS = ("train", "dev", "test")
DOCS_PER_FILE = 1000  # JSONL files stay far below ingest's max_bytes
STAGES = ("ingest", "clean", "nlp", "entities", "quotes", "events", "facts", "store")
TARGETS = {"per_core_vs_natasha": 0.6, "scaling_2_vs_1": 1.7, "peak_rss_mb_per_worker": 800}


def load_texts(shared_dir: str | Path) -> list[Path]:
    """NEREL text files of every split, in a fixed order."""
    root = Path(shared_dir) / NEREL
    files = [f for split in SPLITS for f in sorted((root / split).glob("*.txt"))]
    if not files:
        raise FileNotFoundError(f"no NEREL texts under {root}")
    return files


def iter_bench_texts(files: list[Path], n_docs: int) -> Iterator[str]:
    """n_docs texts: the corpus repeated, repetition r > 0 marked by one extra sentence."""
    for i in range(n_docs):
        rep, index = divmod(i, len(files))
        text = files[index].read_text("utf-8")
        if rep:
            text = text.rstrip() + f"\n\nЭто сообщение вошло в обзор новостей номер {rep} за неделю.\n"
        yield text


def write_inputs(files: list[Path], n_docs: int, folder: Path) -> list[str]:
    """The bench texts as JSONL files of DOCS_PER_FILE records."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[str] = []
    handle = None
    for i, text in enumerate(iter_bench_texts(files, n_docs)):
        if i % DOCS_PER_FILE == 0:
            if handle:
                handle.close()
            paths.append(str(folder / f"bench-{i // DOCS_PER_FILE:04d}.jsonl"))
            handle = open(paths[-1], "w", encoding="utf-8")
        handle.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    return paths


def natasha_reference(shared_dir: str, n_docs: int) -> dict[str, Any]:
    """The bare natasha pipeline (segment, morph, syntax, NER) over the same texts, one core."""
    import resource

    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    embedding = NewsEmbedding()
    segmenter, morph = Segmenter(), NewsMorphTagger(embedding)
    syntax, ner = NewsSyntaxParser(embedding), NewsNERTagger(embedding)
    one_thread_per_process()
    files = load_texts(shared_dir)
    tokens = docs = 0
    spent = 0.0
    for text in iter_bench_texts(files, n_docs):
        started = time.perf_counter()
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        spent += time.perf_counter() - started
        tokens += len(doc.tokens)
        docs += 1
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"docs": docs, "tokens": tokens, "seconds": spent, "docs_per_s": docs / spent,
            "tokens_per_s": tokens / spent, "peak_rss_mb": round(peak, 1)}


def one_thread_per_process() -> None:
    """Per-core figures need one BLAS thread per process: numpy would otherwise spread a
    single natasha process over every core (children inherit the environment)."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"


def run_in_fresh_process(func, *args) -> Any:
    """Run func in a new process, so its memory and imports do not mix with the next measurement."""
    # not a multiprocessing.Pool: its daemonic workers could not start the ingest pool
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(func, *args).result()


def measure_ingest(paths: list[str], workers: int, db_path: str) -> dict[str, Any]:
    """One ingest run into a fresh DB (run in its own process)."""
    from .run import ingest

    report = ingest(paths, db_path, workers=workers, progress=False)
    docs, wall = report.written, report.wall_s
    per_stage = {s: {"seconds": round(report.timings[s], 3), "docs_per_s": docs / report.timings[s]}
                 for s in STAGES if report.timings.get(s)}
    return {
        "workers": workers, "docs": docs, "failed": report.failed, "tokens": report.tokens,
        "wall_s": round(wall, 3), "docs_per_s": docs / wall, "tokens_per_s": report.tokens / wall,
        "docs_per_s_per_core": docs / wall / workers, "tokens_per_s_per_core": report.tokens / wall / workers,
        "stages": per_stage, "peak_rss_mb": report.peak_rss_mb,
        "failures": [f"{f.path}#{f.record}: {f.error}: {f.message}" for f in report.failures[:20]],
    }


def run_bench(shared_dir: str | Path, n_docs: int = 10000, workers: tuple[int, ...] = (1, 2),
              out_dir: str | Path = "benchmarks/results") -> dict[str, Any]:
    """Measure, write bench-n<N>.json and bench-n<N>.png to out_dir, return the results."""
    one_thread_per_process()
    files = load_texts(shared_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "n_docs": n_docs, "corpus": f"NEREL v1.1 {'+'.join(SPLITS)}, {len(files)} texts, repeated",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "loadavg_at_start": os.getloadavg()},  # other load on the machine skews every figure
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"), "runs": [],
    }
    with tempfile.TemporaryDirectory(prefix="letopis-bench-") as tmp:
        paths = write_inputs(files, n_docs, Path(tmp) / "in")
        results["natasha"] = run_in_fresh_process(natasha_reference, str(shared_dir), n_docs)
        for count in workers:
            db = str(Path(tmp) / f"bench-{count}.duckdb")
            results["runs"].append(run_in_fresh_process(measure_ingest, paths, count, db))
    results["machine"]["loadavg_at_end"] = os.getloadavg()
    results["targets"] = check_targets(results)
    stem = out / f"bench-n{n_docs}"
    Path(f"{stem}.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), "utf-8")
    plot(results, Path(f"{stem}.png"))
    return results


def check_targets(results: dict[str, Any]) -> dict[str, Any]:
    """The issue's targets against what was measured."""
    runs = {r["workers"]: r for r in results["runs"]}
    checks: dict[str, Any] = {}
    if 1 in runs:
        ratio = runs[1]["docs_per_s_per_core"] / results["natasha"]["docs_per_s"]
        checks["per_core_vs_natasha"] = {"value": round(ratio, 3), "target": TARGETS["per_core_vs_natasha"],
                                         "met": ratio >= TARGETS["per_core_vs_natasha"]}
    if 1 in runs and 2 in runs:
        scale = runs[2]["docs_per_s"] / runs[1]["docs_per_s"]
        checks["scaling_2_vs_1"] = {"value": round(scale, 3), "target": TARGETS["scaling_2_vs_1"],
                                    "met": scale >= TARGETS["scaling_2_vs_1"]}
    peak = max((mb for r in runs.values() for mb in r["peak_rss_mb"].values()), default=0.0)
    checks["peak_rss_mb_per_worker"] = {"value": peak, "target": TARGETS["peak_rss_mb_per_worker"],
                                        "met": peak < TARGETS["peak_rss_mb_per_worker"]}
    return checks


def plot(results: dict[str, Any], path: Path) -> None:
    """Left: docs/s per core of each stage, end to end and bare natasha. Right: docs/s by workers."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    one = next((r for r in results["runs"] if r["workers"] == 1), results["runs"][0])
    names = [s for s in STAGES if s in one["stages"]] + ["end to end", "natasha (bare)"]
    values = [one["stages"][s]["docs_per_s"] for s in STAGES if s in one["stages"]]
    values += [one["docs_per_s_per_core"], results["natasha"]["docs_per_s"]]
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.5))
    left.barh(names, values, color=["#4c72b0"] * (len(names) - 2) + ["#dd8452", "#55a868"])
    left.set_xscale("log")
    left.set_xlabel("documents / s per core (log)")
    left.set_title(f"Per stage, {one['workers']} worker, n={results['n_docs']}")
    left.invert_yaxis()
    workers = [r["workers"] for r in results["runs"]]
    rates = [r["docs_per_s"] for r in results["runs"]]
    right.plot(workers, rates, "o-", label="measured")
    right.plot(workers, [rates[0] * w / workers[0] for w in workers], "--", color="grey", label="linear")
    right.set_xticks(workers)
    right.set_xlabel("workers")
    right.set_ylabel("documents / s, end to end")
    right.set_title("Scaling")
    right.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
