"""What an ingest run did: counts, failures with reasons, seconds per stage."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..doc import Failure


@dataclass
class IngestReport:
    seen: int = 0               # inputs read (documents and input-level failures)
    written: int = 0            # new documents stored
    skipped_existing: int = 0   # already stored (same input or same text)
    skipped_failed: int = 0     # failed in an earlier run, not retried (no --retry-failed)
    failed: int = 0             # failures recorded by this run
    failures: list[Failure] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, summed over workers
    wall_s: float = 0.0
    mode: str = "local"
    workers: int = 1
    shards: int = 0
    shards_skipped: int = 0     # done in an earlier run (marker present)
    tokens: int = 0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # per worker process

    def add_failure(self, failure: Failure) -> None:
        self.failed += 1
        self.failures.append(failure)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        """One line for the CLI."""
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in sorted(self.timings.items()))
        return (f"{self.mode} x{self.workers}: seen {self.seen}, written {self.written}, "
                f"skipped {self.skipped_existing} existing + {self.skipped_failed} failed before, "
                f"failed {self.failed}; {self.wall_s:.1f}s wall ({stages})")
