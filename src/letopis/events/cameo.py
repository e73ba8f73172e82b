"""CAMEO code table and the Russian predicate lexicon, read from src/letopis/data/."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..errors import LetopisError
from ..tsv import TableError, read_rows, split_list

DATA = Path(__file__).resolve().parents[1] / "data"
CAMEO_TSV = DATA / "cameo.tsv"
PREDICATES_TSV = DATA / "predicates.tsv"

POS_VALUES = ("VERB", "NOUN", "ADJ")
TARGET_CUES = ("obj", "iobj", "dat", "nmod:gen", "obl", "с+ins", "в+acc", "в+loc", "к+dat",
               "на+acc", "на+loc", "против+gen", "от+gen", "у+gen", "из+gen", "перед+ins",
               "за+acc", "по+dat", "между+ins", "для+gen", "над+ins", "в отношении+gen", "about", "nsubj")
SOURCE_CUES = ("nsubj", "nmod", "agent", "state", "в+acc")


class LexiconError(LetopisError, ValueError):
    """A data file row that cannot be used: says which file, line and why."""


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code with its Goldstein value, QuadClass and PLOVER mapping."""
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover: str             # PLOVER category, '' where PLOVER maps none (roots 01, 02)
    plover_mode: str
    plover_context: str = ""
    goldstein_from: str = "own"   # own | parent
    plover_from: str = "own"      # own | parent | none


class CameoTable:
    """All CAMEO codes by code string ('042', '0841')."""

    def __init__(self, codes: dict[str, CameoCode]):
        self._codes = codes

    def __len__(self) -> int:
        return len(self._codes)

    def __iter__(self):
        return iter(self._codes.values())

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.strip() in self._codes

    def get(self, code: str) -> CameoCode:
        """The record of `code`; KeyError naming the code when it is not CAMEO."""
        key = code.strip() if isinstance(code, str) else code
        try:
            return self._codes[key]
        except (KeyError, TypeError):
            raise KeyError(f"not a CAMEO 1.1b3 code: {code!r}") from None

    def root(self, code: str) -> str:
        """The two-digit root of a known code ('0841' -> '08')."""
        return self.get(code).root

    def children(self, code: str) -> list[CameoCode]:
        """Codes one level below `code` ('04' -> 040..046)."""
        code = self.get(code).code
        return [c for c in self if len(c.code) == len(code) + 1 and c.code.startswith(code)]


def _read_tsv(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a data table with their line numbers (letopis.tsv), errors as LexiconError."""
    try:
        return read_rows(path)
    except TableError as error:
        raise LexiconError(str(error)) from None


@functools.cache
def load_cameo(path: Path = CAMEO_TSV) -> CameoTable:
    """Read cameo.tsv once."""
    codes = {}
    for lineno, r in _read_tsv(path):
        try:
            codes[r["code"]] = CameoCode(
                code=r["code"], name=r["name"], root=r["root"],
                goldstein=float(r["goldstein"]), quad_class=int(r["quad_class"]),
                plover=r["plover_category"], plover_mode=r["plover_mode"],
                plover_context=r["plover_context"], goldstein_from=r["goldstein_from"],
                plover_from=r["plover_from"])
        except (KeyError, ValueError) as e:
            raise LexiconError(f"{path}:{lineno}: bad row ({e})") from None
    return CameoTable(codes)


def validate(code: object) -> bool:
    """True when `code` is a CAMEO 1.1b3 event code string ('042', '0841', '19')."""
    return isinstance(code, str) and code.isdigit() and code in load_cameo()


def quad_class(code: str) -> int:
    """GDELT QuadClass of `code`: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict."""
    return load_cameo().get(code).quad_class


def describe(code: str) -> str:
    """One line for humans: '042 Make a visit (root 04 CONSULT; Goldstein +1.9; verbal cooperation)'."""
    table = load_cameo()
    c = table.get(code)
    quads = {1: "verbal cooperation", 2: "material cooperation",
             3: "verbal conflict", 4: "material conflict"}
    plover = f"; PLOVER {c.plover}" + (f"/{c.plover_mode}" if c.plover_mode else "") if c.plover else ""
    return (f"{c.code} {c.name} (root {c.root} {table.get(c.root).name}; "
            f"Goldstein {c.goldstein:+.1f}; {quads[c.quad_class]}{plover})")


@dataclass(frozen=True, slots=True)
class Predicate:
    """One lexicon row: a trigger lemma, what it needs, and the CAMEO code it gives."""
    lemma: str
    object: tuple[str, ...]     # alternatives; empty: fires without an object
    cameo: str
    pos: str                    # VERB | NOUN | ADJ
    target: tuple[str, ...]     # dependency cues for the target, in order of preference
    source: str                 # nsubj | nmod | agent | state (the unnamed authorities) | в+acc
    note: str
    line: int = 0               # line in predicates.tsv, for error messages
    unless: tuple[str, ...] = ()  # dependents that block the row ('освободить от должности')
    negated: bool = False       # the row's sense needs a 'не' on the trigger ('не стал комментировать')


def _parse_predicate(path: Path, lineno: int, r: dict[str, str]) -> Predicate:
    where = f"{path}:{lineno}"
    p = Predicate(lemma=r.get("lemma", ""), object=split_list(r.get("object", ""), "|"),
                  cameo=r.get("cameo", ""), pos=r.get("pos", ""),
                  target=split_list(r.get("target", ""), ","),
                  source=r.get("source", "") or "nsubj", note=r.get("note", ""), line=lineno,
                  unless=split_list(r.get("except", ""), "|"), negated=r.get("when") == "negated")
    if not p.lemma or p.lemma != p.lemma.lower() or " " in p.lemma:
        raise LexiconError(f"{where}: lemma must be one lowercase word, got {p.lemma!r}")
    if not validate(p.cameo) or len(p.cameo) < 3:
        raise LexiconError(f"{where}: {p.cameo!r} is not a 3- or 4-digit CAMEO code")
    if p.pos not in POS_VALUES:
        raise LexiconError(f"{where}: pos must be one of {POS_VALUES}, got {p.pos!r}")
    bad = [t for t in p.target if t not in TARGET_CUES]
    if bad:
        raise LexiconError(f"{where}: unknown target cue(s) {bad}; known: {TARGET_CUES}")
    if (r.get("when") or "") not in ("", "negated"):
        raise LexiconError(f"{where}: when must be empty or 'negated', got {r.get('when')!r}")
    if p.source not in SOURCE_CUES:
        raise LexiconError(f"{where}: source must be one of {SOURCE_CUES}, got {p.source!r}")
    return p


@functools.cache
def _load_predicates(path: Path) -> tuple[Predicate, ...]:
    preds = tuple(_parse_predicate(path, n, r) for n, r in _read_tsv(path))
    seen: dict[tuple, int] = {}
    for p in preds:  # the same trigger and frame twice would make the code ambiguous
        key = (p.lemma, p.object, p.pos, p.target)
        if key in seen:
            raise LexiconError(f"{path}:{p.line}: duplicates line {seen[key]} "
                               f"(lemma {p.lemma!r}, object {'|'.join(p.object)!r})")
        seen[key] = p.line
    return preds


def load_predicates(path: Path = PREDICATES_TSV) -> list[Predicate]:
    """The predicate lexicon, every row checked; LexiconError names the bad line."""
    return list(_load_predicates(path))


def predicates_by_lemma(path: Path = PREDICATES_TSV) -> dict[str, list[Predicate]]:
    """Lexicon rows grouped by trigger lemma, rows with an object first."""
    out: dict[str, list[Predicate]] = {}
    for p in _load_predicates(path):
        out.setdefault(p.lemma, []).append(p)
    for rows in out.values():
        rows.sort(key=lambda p: (not p.object, p.line))
    return out
