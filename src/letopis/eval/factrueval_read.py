"""Read factRuEval-2016 gold files (.txt .tokens .spans .objects .coref .facts) into plain records.

Layer formats are described in the corpus README; the reading follows the
organisers' loader (dialogue-evaluation/factRuEval-2016, scripts/dialent) in
the details that change scores: later duplicate span ids win, an object of an
unknown type voids the document's gold mentions, token texts are compared
after `fr_normalise`.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

# .objects type -> track 1 tag; anything else (Facility) makes the official loader drop the document's mentions
OBJECT_TAGS = {"Person": "per", "Organization": "org", "Org": "org", "LocOrg": "locorg",
               "Location": "loc", "Project": "project"}
FACT_ID_LINE = re.compile(r"^\d+-\d+\s+\S+\s*$")


def fr_normalise(text: str) -> str:
    """Comparison form used by the official scorer: lowercase, ё->е, one quote and one dash symbol."""
    out = text.lower().strip(" \r\n\t")
    for ch in "«»“”„":
        out = out.replace(ch, '"')
    for ch in "’`":
        out = out.replace(ch, "'")
    out = out.replace("ё", "е")
    for ch in "‐−‒–—―":
        out = out.replace(ch, "-")
    return out


def fr_normalise_joined(text: str) -> str:
    """`fr_normalise` plus removal of the stray spaces that joining tokens puts around punctuation."""
    out = fr_normalise(text)
    for a, b in ((" ,", ","), (" .", "."), (" -", "-"), ("- ", "-"), ("( ", "("), (" )", ")")):
        out = out.replace(a, b)
    return out


@dataclass(slots=True)
class FrToken:
    id: str
    start: int
    length: int
    text: str                 # as in the file
    norm: str = ""            # fr_normalise(text)

    @property
    def end(self) -> int:     # inclusive, as the organisers count
        return self.start + self.length - 1


@dataclass(slots=True)
class FrSpan:
    id: str
    tag: str                  # name, surname, org_name, loc_descr, job, geo_adj ...
    start: int
    length: int
    token_ids: list[str]
    text: str                 # tokens joined by spaces, normalised


@dataclass(slots=True)
class FrMention:
    """One line of .objects: a typed mention built from spans."""

    id: str
    type: str                 # Person | Org | LocOrg | Location | Project | ...
    tag: str                  # per | org | locorg | loc | project | '' (unknown)
    span_ids: list[str]


@dataclass(slots=True)
class FrEntity:
    """One record of .coref: mentions (and bare spans) of one object, with attributes."""

    id: str
    member_ids: list[str]
    attrs: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class FrFactArg:
    name: str                 # who, where, position (job), participant, ... lowercased
    kind: str                 # obj | span | str
    ref: str                  # entity id, span id or '' for strings
    values: list[str]         # descriptions given after the ref (alternatives split on '|')


@dataclass(slots=True)
class FrFact:
    id: str
    type: str                 # occupation, meeting, ownership, deal, ispartof (lowercased)
    args: list[FrFactArg] = field(default_factory=list)


@dataclass(slots=True)
class FactRuEvalDoc:
    id: str                   # book_N
    text: str
    tokens: list[FrToken]
    spans: dict[str, FrSpan]
    mentions: list[FrMention]
    entities: list[FrEntity]
    facts: list[FrFact]
    has_facts: bool = True
    load_error: str = ""      # set when the official loader would have voided the gold mentions


def read_tokens(path: Path) -> list[FrToken]:
    """Tokens of a .tokens file, sorted by offset."""
    tokens = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) < 4 or not line.strip():
            continue
        tid, start, length = parts[0], int(parts[1]), int(parts[2])
        text = " ".join(parts[3:])
        tokens.append(FrToken(tid, start, length, text, fr_normalise(text)))
    return sorted(tokens, key=lambda t: t.start)


def read_spans(path: Path) -> dict[str, FrSpan]:
    """Spans by id; a repeated id keeps its last line, as the official loader does."""
    spans: dict[str, FrSpan] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        left, _, right = line.partition("  # ")
        lp = left.split()
        ntok = int(lp[5])
        rp = right.split()
        spans[lp[0]] = FrSpan(lp[0], lp[1], int(lp[2]), int(lp[3]), rp[:ntok],
                              fr_normalise_joined(" ".join(rp[ntok:])))
    return spans


def read_objects(path: Path) -> list[FrMention]:
    """Mentions of an .objects file (the comment after '#' dropped)."""
    mentions = []
    with path.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter=" ", quotechar="|"):
            if "#" in row:
                row = row[: row.index("#")]
            row = [x for x in row if x]
            if len(row) < 3:
                continue
            mentions.append(FrMention(row[0], row[1], OBJECT_TAGS.get(row[1], ""), row[2:]))
    return mentions


def _blocks(path: Path) -> list[list[str]]:
    """Blank-line separated records of a file."""
    blocks, cur = [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip(" \t\r\n")
        if line:
            cur.append(line)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def read_coref(path: Path) -> list[FrEntity]:
    """Entities of a .coref file."""
    out = []
    for block in _blocks(path):
        ids = block[0].split()
        attrs = []
        for line in block[1:]:
            key, _, value = line.partition(" ")
            attrs.append((key.lower(), value.strip()))
        out.append(FrEntity(ids[0], ids[1:], attrs))
    return out


def parse_fact_arg(line: str) -> FrFactArg:
    """One argument line of a .facts record: `Who obj48 Лужков Юрий`, `Job span1 мэра | span2 ...`."""
    name, _, rest = line.partition(" ")
    name = name.strip().lower()
    if name == "job":
        name = "position"
    rest = rest.strip()
    if rest.startswith("obj"):
        ref, _, descr = rest.partition(" ")
        return FrFactArg(name, "obj", ref[3:], [descr.strip()])
    if rest.startswith("span"):
        refs, values = [], []
        for alt in rest.split("|"):
            parts = alt.split()
            if parts:
                refs.append(parts[0][4:])
                values.append(" ".join(parts[1:]))
        return FrFactArg(name, "span", ",".join(refs), values)
    return FrFactArg(name, "str", "", [v.strip() for v in rest.split("|")])


def read_facts(path: Path) -> list[FrFact]:
    """Facts of a .facts file. A missing blank line between two facts is repaired by splitting on id lines."""
    facts = []
    for block in _blocks(path):
        for line in block:
            if FACT_ID_LINE.match(line):
                fid, ftype = line.split()[:2]
                facts.append(FrFact(fid, ftype.strip(" :").lower()))
            elif facts:
                facts[-1].args.append(parse_fact_arg(line))
    return facts


def read_text(path: Path) -> str:
    """Document text, read with universal newlines as the organisers read it (offsets refer to this)."""
    with path.open(encoding="utf-8") as f:
        return f.read()


def read_factrueval_doc(path_without_ext: str | Path) -> FactRuEvalDoc:
    """Load one factRuEval document (book_N) from its gold files."""
    base = Path(path_without_ext)
    doc_id = base.name
    text = read_text(base.with_name(doc_id + ".txt"))
    tokens = read_tokens(base.with_name(doc_id + ".tokens"))
    spans = read_spans(base.with_name(doc_id + ".spans"))
    mentions = read_objects(base.with_name(doc_id + ".objects"))
    load_error = ""
    unknown = sorted({m.type for m in mentions if not m.tag})
    if unknown:
        load_error = f"unknown object type(s) {unknown}"
    missing = sorted({s for m in mentions for s in m.span_ids if s not in spans})
    if missing:
        load_error = f"objects refer to missing spans {missing[:5]}"
    coref_path = base.with_name(doc_id + ".coref")
    entities = read_coref(coref_path) if coref_path.exists() else []
    facts_path = base.with_name(doc_id + ".facts")
    facts = read_facts(facts_path) if facts_path.exists() else []
    return FactRuEvalDoc(doc_id, text, tokens, spans, mentions, entities, facts,
                         has_facts=facts_path.exists(), load_error=load_error)


def list_doc_ids(split_dir: str | Path) -> list[str]:
    """The book_N names present in a split folder, in numeric order."""
    names = {p.name.split(".")[0] for p in Path(split_dir).glob("book_*.tokens")}
    return sorted((n for n in names if re.fullmatch(r"book_\d+", n)), key=lambda n: int(n[5:]))
