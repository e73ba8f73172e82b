"""Gazetteer of countries, capitals, seats, IGOs and role words, matched in inflected Russian text.

Knowledge lives in data/countries.tsv, data/igos.tsv and data/roles.tsv (format in data/README.md).
Nothing heavy happens at import: the tables and the pymorphy2 analyser load on first use.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..tsv import read_rows, split_list

DATA = Path(__file__).resolve().parents[1] / "data"

# Endings that may follow an adjective stem ('казахстанск' + 'ой').
ADJ_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему",
               "ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими", "ей")
# Endings that may follow a demonym stem ('казахстанц' + 'ы', 'россиян' + 'ин').
NOUN_ENDINGS = ("", "ы", "и", "а", "у", "е", "ем", "ом", "ой", "ев", "ов", "ам", "ами", "ах",
                "ин", "ина", "ину", "ином", "ине", "ка", "ки", "ке", "ку", "кой", "ок")
# Parse tags that mark a proper name: other parses make a name collide with a common word.
PROPER_TAGS = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"}
WORD_RE = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+\+?")
SENTENCE_END = set(".!?…\n")
SKIP_BACK = set(" \t\"'«»“”„()-—–")
NAME_PRIORITY = {"name": 0, "official": 1, "abbreviation": 2, "capital": 3, "seat": 4}


@dataclass(frozen=True)
class Country:
    """One state or state-like entity as Russian news names it."""

    iso3: str
    short: str
    official: tuple[str, ...]
    abbreviations: tuple[str, ...]
    adjective_stems: tuple[str, ...]
    compound_prefixes: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    capital_aliases: tuple[str, ...]
    seats: tuple[str, ...]
    other_names: tuple[str, ...]


# the main political organs of the UN and the EU: their acts are the organisation's own
ORGANS_OF_PARENT = {"UNSC", "UNGA", "UNHRC", "OHCHR", "UNHCR", "EC", "EP", "EUCO"}


@dataclass(frozen=True)
class Igo:
    """One international organisation or organ."""

    code: str
    ru_acronyms: tuple[str, ...]
    en_acronyms: tuple[str, ...]
    names: tuple[str, ...]
    actor_code: str
    parent: str


@dataclass(frozen=True)
class Role:
    """A role word: the office or institution it names and its CAMEO role."""

    word: str
    role: str
    kind: str
    rank: int
    note: str


@dataclass(frozen=True)
class GazetteerHit:
    """One match in a text: [start, stop) character offsets, the entity type and its code(s)."""

    start: int
    stop: int
    text: str
    entity: str  # 'country' or 'igo'
    kind: str  # name|official|abbreviation|adjective|demonym|capital|seat|compound|igo
    codes: tuple[str, ...]


@dataclass(frozen=True)
class _Tok:
    start: int
    stop: int
    text: str
    hyphen_before: bool  # joined to the previous token by a hyphen


def norm(word: str) -> str:
    """Lower case, 'ё' as 'е', typographic apostrophes as "'"."""
    return word.lower().replace("ё", "е").replace("’", "'")


@cache
def load_morph():
    """One pymorphy2 analyser per process."""
    import yargy.morph  # noqa: F401  (patches pymorphy2 for Python 3.11's removed getargspec)
    import pymorphy2

    return pymorphy2.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def lemma_set(word: str) -> frozenset[str]:
    """The normalised word and every normal form pymorphy2 gives it."""
    w = norm(word)
    if not w.isalpha():
        return frozenset({w})
    return frozenset({w} | {norm(p.normal_form) for p in load_morph().parse(w)})


@lru_cache(maxsize=50_000)
def _entry_lemmas(word: str) -> frozenset[str]:
    """Lemmas a gazetteer word may match: its proper-name readings when it has any ('Того' not 'тот')."""
    w = norm(word)
    if not w.isalpha():
        return frozenset({w})
    proper = {norm(p.normal_form) for p in load_morph().parse(w) if PROPER_TAGS & set(p.tag.grammemes)}
    return frozenset({w} | proper) if proper else lemma_set(w)


@lru_cache(maxsize=4096)
def _has_common_reading(word: str) -> bool:
    """True when any parse of the word is an ordinary word ('воз' is a cart as well as WHO)."""
    return any(not (PROPER_TAGS & set(p.tag.grammemes)) for p in load_morph().parse(norm(word)))


@lru_cache(maxsize=4096)
def _surname(word: str) -> bool:
    """True when pymorphy2 reads the word as a surname ('Чехов')."""
    return any("Surn" in p.tag.grammemes for p in load_morph().parse(norm(word)))


@lru_cache(maxsize=4096)
def _is_common_word(word: str) -> bool:
    """True when most of a name's parses are ordinary words ('Того' = 'тот')."""
    parses = load_morph().parse(norm(word))
    common = sum(p.score for p in parses if not (PROPER_TAGS & set(p.tag.grammemes)))
    return common >= 0.5


def _read_tsv(name: str) -> list[dict[str, str]]:
    return [row for _, row in read_rows(DATA / name)]


def tokenize(text: str) -> list[_Tok]:
    """Word tokens with offsets; hyphenated words come as parts marked hyphen_before."""
    toks: list[_Tok] = []
    for m in WORD_RE.finditer(text):
        joined = bool(toks) and m.start() >= 1 and text[m.start() - 1] == "-" and toks[-1].stop == m.start() - 1
        toks.append(_Tok(m.start(), m.end(), m.group(), joined))
    return toks


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in SKIP_BACK:
        i -= 1
    return i < 0 or text[i] in SENTENCE_END


class Gazetteer:
    """Countries, IGOs and roles with matchers over surface text (see module docstring)."""

    def __init__(self, countries: list[Country], igos: list[Igo], roles: list[Role]):
        self.countries = {c.iso3: c for c in countries}
        self.igos = {i.code: i for i in igos}
        self.roles = roles
        self._abbr: dict[str, str] = {}
        self._adj: dict[str, str] = {}
        self._comp: dict[str, str] = {}
        self._dem: dict[str, str] = {}
        self._acro: dict[str, str] = {}  # upper-cased single-token IGO acronym -> code
        # Sequence index: first-word lemma -> [(lemma sets per word, payload)]
        self._seq: dict[str, list[tuple[tuple[frozenset[str], ...], tuple]]] = {}
        self._role_seq: dict[str, list[tuple[tuple[frozenset[str], ...], Role]]] = {}
        for c in countries:
            self._index_country(c)
        for i in igos:
            self._index_igo(i)
        for r in roles:
            self._add_seq(self._role_seq, r.word, r, strict=False)
        for entries in list(self._seq.values()) + list(self._role_seq.values()):
            entries.sort(key=lambda e: -len(e[0]))

    # -- building -------------------------------------------------------------------
    def _add_seq(self, index: dict, phrase: str, payload, strict: bool = True) -> None:
        words = [t.text for t in tokenize(phrase)]
        if not words:
            return
        key = tuple((_entry_lemmas if strict else lemma_set)(w) for w in words)
        for first in key[0]:
            bucket = index.setdefault(first, [])
            if all(e[0] != key for e in bucket):
                bucket.append((key, payload))

    def _index_country(self, c: Country) -> None:
        for kind, names in (("name", (c.short,) + c.other_names), ("official", c.official),
                            ("capital", (c.capital,) + c.capital_aliases), ("seat", c.seats)):
            for n in names:
                if n.isupper() and " " not in n:
                    continue  # all-caps short names (США, КНДР) are abbreviations
                self._add_seq(self._seq, n, ("country", c.iso3, kind))
        for a in c.abbreviations + ((c.short,) if c.short.isupper() else ()):
            self._abbr.setdefault(a, c.iso3)
        for s in c.adjective_stems:
            self._adj.setdefault(norm(s), c.iso3)
        for p in c.compound_prefixes:
            self._comp.setdefault(norm(p), c.iso3)
        for d in c.demonyms:
            self._dem.setdefault(norm(d), c.iso3)

    def _index_igo(self, i: Igo) -> None:
        for a in i.ru_acronyms + i.en_acronyms:
            if " " not in a and (a.upper() == a or not a.isalpha()):
                self._acro.setdefault(a.upper(), i.code)
            else:
                self._add_seq(self._seq, a, ("igo", i.code, "igo"))
        for n in i.names:
            self._add_seq(self._seq, n, ("igo", i.code, "igo"))

    # -- lookups --------------------------------------------------------------------
    def country(self, iso3: str) -> Country:
        """The Country row for a code (KeyError when unknown)."""
        return self.countries[iso3]

    def igo(self, code: str) -> Igo:
        """The Igo row for a code (KeyError when unknown)."""
        return self.igos[code]

    def igo_country(self, code: str) -> str:
        """The 'country' of an organisation's actors: its own code, or its parent's for the organs
        through which the parent itself acts (the Security Council is the UN, the European Parliament
        and Commission are the EU, as the annotation guide writes them)."""
        igo = self.igos.get(code)
        return f"IGO:{igo.parent}" if igo is not None and code in ORGANS_OF_PARENT else f"IGO:{code}"

    def _adjective(self, word: str) -> str | None:
        w = norm(word)
        for e in ADJ_ENDINGS:
            if w.endswith(e) and w[: -len(e)] in self._adj:
                return self._adj[w[: -len(e)]]
        return None

    def _demonym(self, word: str) -> str | None:
        w = norm(word)
        for e in NOUN_ENDINGS:
            stem = w[: len(w) - len(e)] if e else w
            if w.endswith(e) and stem in self._dem:
                return self._dem[stem]
        # fleeting vowel: казахстанец <- казахстанц, турок <- турк
        if w.endswith("ец") and w[:-2] + "ц" in self._dem:
            return self._dem[w[:-2] + "ц"]
        if w.endswith("ок") and w[:-2] + "к" in self._dem:
            return self._dem[w[:-2] + "к"]
        return None

    def match_compound(self, text: str) -> list[str]:
        """ISO codes of a compound adjective ('азербайджано-казахстанские' -> ['AZE', 'KAZ']), else []."""
        parts = [p for p in re.split(r"[-‑–]", text.strip()) if p]
        if len(parts) < 2:
            return []
        codes = [self._comp.get(norm(p)) for p in parts[:-1]]
        last = self._adjective(parts[-1])
        if last is None or any(c is None for c in codes):
            return []
        return [c for c in codes if c] + [last]

    def _match_seq(self, toks: list[_Tok], i: int, extra: frozenset[str] = frozenset()):
        """Longest sequence entry starting at toks[i]: (n_tokens, payload) or None."""
        first = lemma_set(toks[i].text) | extra
        best = None
        for lem in first:
            for key, payload in self._seq.get(lem, ()):
                n = len(key)
                if i + n > len(toks) or (best and n <= best[0]):
                    continue
                if not key[0] & first:
                    continue
                if all(key[k] & lemma_set(toks[i + k].text) for k in range(1, n)):
                    if best is None or n > best[0] or (
                        n == best[0] and NAME_PRIORITY.get(payload[2], 9) < NAME_PRIORITY.get(best[1][2], 9)
                    ):
                        best = (n, payload)
        return best

    @lru_cache(maxsize=100_000)
    def match_country(self, text: str, lemma: str | None = None) -> tuple[str, str] | None:
        """(iso3, kind) for a token or phrase in any case form, or None.

        kind is name|official|abbreviation|adjective|demonym|capital|seat. Names must be
        capitalised; multi-country compounds return None (use match_compound).
        """
        text = text.strip()
        if not text:
            return None
        if text in self._abbr:
            return self._abbr[text], "abbreviation"
        toks = tokenize(text)
        if not toks:
            return None
        extra = frozenset({norm(lemma)}) if lemma else frozenset()
        hit = self._match_seq(toks, 0, extra)
        if hit and hit[0] == len(toks) and hit[1][0] == "country":
            if any(t.text[0].isupper() for t in toks):
                return hit[1][1], hit[1][2]
        if len(toks) == 1:
            w = toks[0].text
            iso = self._adjective(w) or (self._adjective(lemma) if lemma else None)
            if iso:
                return iso, "adjective"
            iso = self._demonym(w) or (self._demonym(lemma) if lemma else None)
            if iso:
                return iso, "demonym"
        comp = self.match_compound(text)
        if len(comp) == 1:
            return comp[0], "adjective"
        return None

    def _acronym_ok(self, surface: str, exact: bool) -> str | None:
        code = self._acro.get(surface.upper())
        if code is None:
            return None
        if exact or (surface.islower() and _has_common_reading(surface)):
            # in running text, and for words like 'воз', only the stored casing counts
            stored = [a for a in self.igos[code].ru_acronyms + self.igos[code].en_acronyms]
            if surface not in stored:
                return None
        return code

    @lru_cache(maxsize=50_000)
    def match_igo(self, text: str) -> Igo | None:
        """The IGO named by an acronym (case-insensitive unless the acronym is a common word) or a full name in any case form."""
        text = text.strip()
        code = self._acronym_ok(text, exact=False)
        if code:
            return self.igos[code]
        toks = tokenize(text)
        if not toks:
            return None
        hit = self._match_seq(toks, 0)
        if hit and hit[0] == len(toks) and hit[1][0] == "igo":
            return self.igos[hit[1][1]]
        return None

    def match_role(self, lemmas: list[str]) -> Role | None:
        """The longest role phrase that starts at lemmas[0], or None."""
        if not lemmas:
            return None
        # the role index splits hyphenated words ('премьер-министр'); callers pass whole tokens
        parts = [part for lemma in lemmas for part in lemma.split("-") if part]
        if not parts:
            return None
        sets = [lemma_set(x) for x in parts]
        for lem in sets[0]:
            for key, role in self._role_seq.get(lem, ()):  # sorted longest first
                n = len(key)
                if n <= len(sets) and all(key[k] & sets[k] for k in range(n)):
                    return role
        return None

    def find_in_text(self, text: str) -> list[GazetteerHit]:
        """Every country/capital/seat/adjective/demonym/compound/IGO mention, longest match first."""
        toks = tokenize(text)
        hits: list[GazetteerHit] = []
        i = 0
        while i < len(toks):
            n, hit = self._hit_at(text, toks, i)
            if hit:
                hits.append(hit)
            i += max(n, 1)
        return hits

    def _hit_at(self, text: str, toks: list[_Tok], i: int) -> tuple[int, GazetteerHit | None]:
        t = toks[i]
        # hyphenated chunk starting here (not inside one)
        j = i + 1
        while j < len(toks) and toks[j].hyphen_before:
            j += 1
        if t.hyphen_before:
            chunk_end = i + 1
        else:
            chunk_end = j
        if chunk_end - i > 1:
            surface = text[t.start: toks[chunk_end - 1].stop]
            codes = self.match_compound(surface)
            if codes:
                return chunk_end - i, GazetteerHit(t.start, toks[chunk_end - 1].stop, surface, "country",
                                                   "compound", tuple(codes))
        seq = self._match_seq(toks, i)
        if seq:
            n, (entity, code, kind) = seq
            span = toks[i: i + n]
            ok = any(s.text[0].isupper() for s in span)
            if ok and n == 1 and _is_common_word(t.text):
                ok = t.text[0].isupper() and not _sentence_initial(text, t.start)
            if ok:
                return n, GazetteerHit(t.start, span[-1].stop, text[t.start: span[-1].stop], entity, kind, (code,))
        if chunk_end - i == 1 and not t.hyphen_before:
            if t.text in self._abbr:
                return 1, GazetteerHit(t.start, t.stop, t.text, "country", "abbreviation", (self._abbr[t.text],))
            code = self._acronym_ok(t.text, exact=True)
            if code:
                return 1, GazetteerHit(t.start, t.stop, t.text, "igo", "igo", (code,))
            iso = self._adjective(t.text)
            if iso:
                return 1, GazetteerHit(t.start, t.stop, t.text, "country", "adjective", (iso,))
            iso = self._demonym(t.text)
            # a capitalised demonym-like word mid-sentence is a surname ('Чехов'), not people
            if iso and (t.text[0].islower() or (_sentence_initial(text, t.start) and not _surname(t.text))):
                return 1, GazetteerHit(t.start, t.stop, t.text, "country", "demonym", (iso,))
        return 1, None


@cache
def load_gazetteer() -> Gazetteer:
    """Load the gazetteer tables once (the morphology analyser comes up on first use)."""
    countries = [
        Country(r["iso3"], r["short"], split_list(r["official"]), split_list(r["abbreviations"]),
                split_list(r["adjective_stems"]), split_list(r["compound_prefixes"]), split_list(r["demonyms"]),
                r["capital"], split_list(r["capital_aliases"]), split_list(r["seats"]), split_list(r["other_names"]))
        for r in _read_tsv("countries.tsv")
    ]
    igos = [Igo(r["code"], split_list(r["ru_acronyms"]), split_list(r["en_acronyms"]), split_list(r["names"]),
                r["actor_code"], r["parent"]) for r in _read_tsv("igos.tsv")]
    roles = [Role(r["word"], r["role"], r["kind"], int(r["rank"]), r["note"]) for r in _read_tsv("roles.tsv")]
    return Gazetteer(countries, igos, roles)
