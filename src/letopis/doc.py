"""The data model: a Doc is one cleaned text plus flat lists of small records.

Every record with `start`/`stop` points into `Doc.text`, so
`doc.text[r.start:r.stop] == r.text` holds for all of them. Flat lists map
one-to-one onto DuckDB tables and Parquet files and pickle cheaply.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(slots=True)
class RawDoc:
    """One input item before cleaning: decoded text or html, with what the source told us."""

    text: str = ""
    html: str = ""
    path: str = ""          # file the item came from (or "-" for stdin)
    record: str = ""        # position inside a container: JSONL line number, WARC record id
    url: str = ""
    title: str = ""
    published: str = ""     # ISO date if the container gave one
    encoding: str = ""
    format: str = "text"    # text | html | jsonl | warc


@dataclass(slots=True)
class Token:
    start: int
    stop: int
    text: str
    lemma: str = ""
    pos: str = ""
    feats: str = ""         # "Case=Nom|Number=Sing", as UD writes them
    head: int = -1          # doc-level index of the syntactic head, -1 for root
    rel: str = ""
    sentence: int = 0


@dataclass(slots=True)
class Sentence:
    start: int
    stop: int
    text: str


@dataclass(slots=True)
class Mention:
    """A stretch of text that names or refers to an entity."""

    start: int
    stop: int
    text: str
    type: str               # PER | ORG | LOC | GPE (a state or city as actor or place)
    entity: int = -1        # index into Doc.entities
    kind: str = "name"      # name | adjective | acronym | capital | title | pronoun
    normal: str = ""        # nominative form of this mention


@dataclass(slots=True)
class Entity:
    """One real-world actor or place within a document."""

    id: int
    type: str               # PER | ORG | LOC | GPE
    name: str               # canonical nominative name
    country: str | None = None   # ISO3, IGO:<acr>, NSA:<name> or None
    code: str = ""          # CAMEO-style actor code: KAZGOV, AZEDIP, IGOUNO ...
    offices: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    key: str = ""           # cross-document identity: normalised name + country


@dataclass(slots=True)
class Actor:
    """An event participant as the spec prints it."""

    name: str
    country: str | None = None
    code: str = ""
    entity: int = -1
    start: int = -1
    stop: int = -1


@dataclass(slots=True)
class Event:
    cameo: str
    source: Actor | None
    target: Actor | None
    root: str = ""
    quad_class: int = 0
    goldstein: float = 0.0
    plover: str = ""
    plover_mode: str = ""
    date: str | None = None
    date_end: str | None = None
    location: str | None = None
    modality: str = "asserted"
    confidence: float = 0.5
    evidence: str = ""
    sentence_start: int = 0
    sentence_stop: int = 0
    trigger_start: int = 0
    trigger_stop: int = 0
    rule: str = ""
    note: str = ""


@dataclass(slots=True)
class Quote:
    start: int
    stop: int
    text: str
    speaker: str | None = None
    speaker_entity: int = -1
    cue: str = ""


@dataclass(slots=True)
class Fact:
    """A factRuEval-style fact: Meeting(participant*) or Occupation(who, where, job, position)."""

    type: str
    args: list[tuple[str, str, int, int]] = field(default_factory=list)  # (role, text, start, stop)


@dataclass(slots=True)
class Doc:
    id: str
    text: str
    title: str = ""
    author: str = ""
    published: str | None = None
    outlet: str = ""
    url: str = ""
    cited_sources: list[str] = field(default_factory=list)
    photo_credit: str = ""
    path: str = ""
    record: str = ""
    encoding: str = ""
    format: str = "text"
    raw_chars: int = 0
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence that contains a character offset."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.stop:
                return sentence
        return None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Failure:
    """An input that could not be processed, kept with the reason."""

    path: str
    record: str
    stage: str
    error: str
    message: str


RECORD_TYPES = {
    "tokens": Token,
    "sentences": Sentence,
    "mentions": Mention,
    "entities": Entity,
    "events": Event,
    "quotes": Quote,
    "facts": Fact,
}


def record_fields(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]


def normalise_for_id(text: str) -> str:
    """Text as compared for identity: NFC, ё->е, lowercase, collapsed whitespace."""
    text = unicodedata.normalize("NFC", text).replace("ё", "е").replace("Ё", "Е").lower()
    return re.sub(r"\s+", " ", text).strip()


def make_doc_id(text: str) -> str:
    """A stable id from the normalised clean text: the same article is the same doc."""
    return hashlib.sha1(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]
