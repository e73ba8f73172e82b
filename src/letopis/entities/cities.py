"""Gazetteer of cities, regions, islands and seas, each mapped to the state that governs it.

Knowledge lives in data/cities.tsv (format in its header and in data/README.md). Nothing heavy happens
at import: the table and the pymorphy2 analyser load on first use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice, product
from pathlib import Path

from letopis.entities.gazetteer import load_gazetteer, load_morph, norm
from letopis.tsv import TableError, read_rows, split_list

DATA = Path(__file__).resolve().parents[1] / "data"
KINDS = {"city", "region", "island", "sea"}
WORD_RE = re.compile(r"[0-9A-Za-zА-Яа-яЁё']+(?:-[0-9A-Za-zА-Яа-яЁё']+)*")
# A leading preposition is dropped when the phrase itself is unknown ('в Алматы', 'из Гянджи').
PREPOSITIONS = {"в", "во", "на", "из", "изо", "с", "со", "к", "ко", "у", "от", "до", "под", "над", "по",
                "около", "близ", "возле", "для", "о", "об", "при", "через", "за", "между"}
# Cap on lemma combinations tried per phrase, so long inputs stay cheap.
MAX_KEYS = 256
VOWELS = set("аеёиоуыэюя")


@dataclass(frozen=True)
class Place:
    """One place: its nominative name, other spellings, governing state code, kind and note."""

    name: str
    aliases: tuple[str, ...]
    iso3: str
    kind: str
    note: str


class CitiesError(ValueError):
    """A malformed row in cities.tsv."""


@lru_cache(maxsize=50_000)
def _query_forms(word: str) -> frozenset[str]:
    """The word and every normal form pymorphy2 gives it (any case, any part of speech)."""
    forms = {word}
    if word.replace("-", "").isalpha():
        forms |= {norm(p.normal_form) for p in load_morph().parse(word)}
    if "-" in word:
        forms |= _joined(word, _query_forms)
    return frozenset(forms)


@lru_cache(maxsize=50_000)
def _entry_forms(word: str) -> frozenset[str]:
    """The word and the normal forms of its nominative readings (proper-name readings when any).

    Only nominative readings count because entries are written in the nominative: this keeps
    'Гори' from also standing for every form of 'гореть'.
    """
    forms = {word}
    if word.replace("-", "").isalpha():
        nomn = [p for p in load_morph().parse(word) if p.tag.case == "nomn"]
        proper = [p for p in nomn if "Geox" in p.tag or "Name" in p.tag or "Surn" in p.tag]
        forms |= {norm(p.normal_form) for p in (proper or nomn)}
    if "-" in word:
        forms |= _joined(word, _entry_forms)
    return frozenset(forms)


def _joined(word: str, forms_of) -> set[str]:
    """Hyphenated words: normal forms part by part, joined again ('Ростова-на-Дону')."""
    parts = [forms_of(p) for p in word.split("-")]
    return {"-".join(c) for c in islice(product(*parts), MAX_KEYS)}


def _words(text: str) -> list[str]:
    """Normalised words of a phrase; spaced dashes and punctuation drop out."""
    return [norm(w) for w in WORD_RE.findall(text)]


class Cities:
    """Lookup from a place name (nominative, alias or inflected) to its governing state."""

    def __init__(self, places: list[Place]):
        self.places = places
        self._surface: dict[tuple[str, ...], Place] = {}
        self._lemma: dict[tuple[str, ...], set[Place]] = {}
        for place in places:
            for name in (place.name, *place.aliases):
                words = tuple(_words(name))
                self._surface.setdefault(words, place)
                for key in islice(product(*map(_entry_forms, words)), MAX_KEYS):
                    self._lemma.setdefault(key, set()).add(place)

    def __len__(self) -> int:
        return len(self.places)

    def find(self, name: str) -> Place | None:
        """The place a name stands for, or None when unknown or ambiguous between states."""
        words = _words(name)
        while words:
            place = self._find_words(tuple(words))
            if place is not None or words[0] not in PREPOSITIONS:
                return place
            words = words[1:]
        return None

    def country_of(self, name: str) -> str | None:
        """ISO3 (or NSA:) code of the state governing the named place, or None."""
        place = self.find(name)
        return place.iso3 if place else None

    def _find_words(self, words: tuple[str, ...]) -> Place | None:
        if words in self._surface:
            return self._surface[words]
        found: set[Place] = set()
        for key in islice(product(*map(_query_forms, words)), MAX_KEYS):
            found |= self._lemma.get(key, set())
        states = {p.iso3 for p in found}
        if len(states) != 1:
            return None
        # Same state either way; prefer a city over a region for a stable answer.
        return min(found, key=lambda p: (p.kind != "city", p.name))


def parse_cities(path: Path) -> list[Place]:
    """Rows of a cities.tsv file; raises CitiesError naming the line of a bad row."""
    places: list[Place] = []
    try:
        rows = read_rows(path)
    except TableError as error:
        raise CitiesError(str(error)) from None
    for lineno, row in rows:
        name, kind, iso3 = row["name"], row["kind"], row["iso3"]
        if not name or not iso3 or kind not in KINDS:
            raise CitiesError(f"{path.name}:{lineno}: bad row {row!r}")
        places.append(Place(name, split_list(row["aliases"]), iso3, kind, row.get("note", "")))
    return places


@cache
def load_cities() -> Cities:
    """The cities gazetteer from data/cities.tsv, parsed once per process."""
    return Cities(parse_cities(DATA / "cities.tsv"))


def adjective_lemmas(name: str) -> set[str]:
    """The adjectives a one-word place name forms, guessed by rule: 'Москва' -> 'московский',
    'Баку' -> 'бакинский', 'Минск' -> 'минский'. Irregular ones ('пражский') are not found;
    a guess no text uses matches nothing."""
    word = norm(name)
    if not word.replace("-", "").isalpha():
        return set()
    base = word[:-1] if word[-1] in "аяоеиуыьй" else word
    stems = {base} if base.endswith("ск") else {base + "ск", base + "инск"}
    if word.endswith("ь"):
        stems.add(word + "ск")  # 'Брюссель' -> 'брюссельский'
    if len(base) > 2 and base[-1] not in VOWELS and base[-2] not in VOWELS:
        stems.add(base[:-1] + "о" + base[-1] + "ск")  # 'москв' -> 'московск'
    return {stem + ending for stem in stems for ending in ("ий", "ой")}


@cache
def city_adjectives() -> dict[str, str]:
    """Adjective lemma -> the state whose capital it names ('московский' -> RUS), from
    countries.tsv; other cities are left out, their adjectives are too often plain words
    ('королевский', 'братский', 'русский' from Русе)."""
    states: dict[str, set[str]] = {}
    for country in load_gazetteer().countries.values():
        for name in filter(None, (country.capital, *country.capital_aliases)):
            for lemma in adjective_lemmas(name):
                states.setdefault(lemma, set()).add(country.iso3)
    return {lemma: next(iter(found)) for lemma, found in states.items() if len(found) == 1}
