"""Known people: a dated dictionary of political figures, so 'Путин заявил' gets a country and an office."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..tsv import read_rows, split_list
from .gazetteer import load_gazetteer

PERSONS_TSV = Path(__file__).resolve().parents[1] / "data" / "persons.tsv"

# Arabic articles glued to a surname: 'ас-Сиси' is also found as 'Сиси'.
ARTICLE = re.compile(r"^(?:аль|ал|ас|аш|ат|ад|ар|аз|ан|эль|эс|эш|эт)-(?=\w)")
# Lower-case particles that open a multi-word surname: 'фон дер Ляйен', 'Аль Тани', 'де Киршнер'.
PARTICLES = {"аль", "бен", "бин", "ибн", "фон", "дер", "де", "ди", "да", "дель", "ла", "ле", "ван", "эль"}


@dataclass(slots=True, frozen=True)
class Term:
    country: str        # ISO3, NSA:<name> or IGO:<code>
    role: str           # CAMEO role code
    office: str         # nominative office phrase
    start: int
    end: int | None     # None: in office as of the data's date

    def covers(self, year: int) -> bool:
        return self.start <= year and (self.end is None or year <= self.end)


@dataclass(slots=True)
class KnownPerson:
    name: str
    country: str
    role: str
    office: str
    offices: list[Term] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def normalize(text: str) -> str:
    """Lower case, ё -> е, one space, one kind of apostrophe and hyphen."""
    text = text.lower().replace("ё", "е").replace("’", "'").replace("‑", "-")
    return " ".join(text.split())


def surname_keys(full: str) -> set[str]:
    """Keys a surname query may hit: the last word, its tail after an article, particle-led tails."""
    words = normalize(full).split()
    if not words:
        return set()
    keys = {words[-1]}
    if (bare := ARTICLE.sub("", words[-1])) != words[-1]:
        keys.add(bare)
    for i in range(1, len(words)):
        if words[i] in PARTICLES or ARTICLE.match(words[i]):
            keys.add(" ".join(words[i:]))
    if "-" in words[-1] and words[-1].split("-")[-1] in {"старший", "младший"}:
        keys.add(words[-1].split("-")[0])
    return keys


def first_word(full: str) -> str:
    return normalize(full).split()[0]


class KnownPeople:
    """Index over persons.tsv: by surname (with first name and year to decide) and by full name."""

    def __init__(self, terms: dict[str, list[Term]], aliases: dict[str, list[str]]):
        self.terms = terms
        self.aliases = aliases
        self._by_full: dict[str, set[str]] = {}
        self._by_surname: dict[str, set[str]] = {}
        for name in terms:
            for form in [name, *aliases.get(name, [])]:
                self._by_full.setdefault(normalize(form), set()).add(name)
                for key in surname_keys(form):
                    self._by_surname.setdefault(key, set()).add(name)

    def __len__(self) -> int:
        return len(self.terms)

    def person(self, name: str, year: int | None = None) -> KnownPerson:
        """The record for a canonical name; its office is the one held in `year`, else the latest."""
        terms = self.terms[name]
        current = [t for t in terms if year is not None and t.covers(year)]
        pick = max(current or terms, key=lambda t: (t.end is None, t.end or 0, t.start))
        country = pick.country
        if country.startswith("IGO:"):  # (the President of the Commission acts for the EU)
            country = load_gazetteer().igo_country(country[4:])
        return KnownPerson(name, country, pick.role, pick.office, list(terms), list(self.aliases.get(name, [])))

    def by_name(self, full_name: str, year: int | None = None) -> KnownPerson | None:
        """Exact match on a canonical name or alias (case-insensitive, ё=е); None when absent or ambiguous."""
        names = self._by_full.get(normalize(full_name), set())
        return self._choose(names, year)

    def lookup(self, surname: str, first: str | None = None, year: int | None = None) -> KnownPerson | None:
        """A person by nominative surname (and first name); None when unknown or a guess among equals."""
        key = normalize(surname)
        if not key:
            return None
        names = set(self._by_surname.get(key, set()))
        # one whose own name ends in it before one who bore it once ('Рахмон' is Эмомали Рахмон, not
        # Рустам Эмомали, formerly Рахмон)
        names = {n for n in names if key in surname_keys(n)} or names
        if first:
            full = self._by_full.get(normalize(f"{first} {surname}"), set())
            if full:
                names = full
            else:
                want = normalize(first)
                names = {n for n in names if self._first_names(n) & {want}}
        return self._choose(names, year)

    def _first_names(self, name: str) -> set[str]:
        return {first_word(form) for form in [name, *self.aliases.get(name, [])]}

    def _choose(self, names: set[str], year: int | None) -> KnownPerson | None:
        """One of several candidates: in office in `year`, else the one with most rows, else none."""
        if not names:
            return None
        if len(names) > 1 and year is not None:
            in_office = {n for n in names if any(t.covers(year) for t in self.terms[n])}
            if in_office:
                names = in_office
        if len(names) > 1:
            most = max(len(self.terms[n]) for n in names)
            names = {n for n in names if len(self.terms[n]) == most}
        if len(names) > 1:
            return None
        return self.person(next(iter(names)), year)


def parse_persons(path: Path = PERSONS_TSV) -> KnownPeople:
    """Read persons.tsv into a KnownPeople index."""
    terms: dict[str, list[Term]] = {}
    aliases: dict[str, list[str]] = {}
    for _, row in read_rows(path):
        name, end = row["name"], row["end"]
        terms.setdefault(name, []).append(
            Term(row["country"], row["role"], row["office"], int(row["start"]), int(end) if end else None)
        )
        known = aliases.setdefault(name, [])
        known.extend(a for a in split_list(row["aliases"]) if a not in known)
    return KnownPeople(terms, aliases)


@functools.cache
def load_known_people() -> KnownPeople:
    """The packaged dictionary, parsed once."""
    return parse_persons()
