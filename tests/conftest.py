"""Shared fixtures: where ../shared is, and models loaded once per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()


def require_shared() -> Path:
    """../shared, or skip (fail under LETOPIS_REQUIRE_SHARED=1, as CI sets it)."""
    if SHARED.is_dir():
        return SHARED
    reason = f"../shared not found at {SHARED}: seeds, gold and corpora live there"
    if os.environ.get("LETOPIS_REQUIRE_SHARED") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return require_shared()
