"""Where one NER span holds two names: split it where the text shows the boundary.

slovnet runs a span over two adjacent names, and types the whole by one of them:
'оператор Аль-Джазиры Сами аль-Хадж' (an organisation in the genitive, then a person),
'капитан клуба Манчестер Сити Джон Смит' (an organisation's name, then a person),
'Иван Петров (ООО)' (a person with a bracketed affiliation), 'Иванов, Петров' (a list);
a person's original spelling in brackets ('Иван Петров (Ivan Petrov)') is cut off.
The evidence is the text and its analysis: brackets and commas, a change of case between
two word groups joined as apposition, pymorphy2's organisation (Orgn) and first name/surname
(Name/Surn) readings, and the parser's 'flat:name' chains that hold one person's name together.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, Mention
from .gazetteer import load_morph
from .inflect import token_case
from .persons import PATRONYMIC, name_stem
from .spans import TokenIndex

BRACKETED = re.compile(r"^(?P<a>[^()]*\S)\s*\((?P<b>[^()]*[^()\s])\)?$")
ACRONYM = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ0-9\-]+(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ0-9\-]+)*$")
LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=50_000)
def _grammemes(word: str) -> frozenset[str]:
    """Every pymorphy2 grammeme any reading of the word carries."""
    out: set[str] = set()
    for parse in load_morph().parse(word):
        out |= set(parse.tag.grammemes)
    return frozenset(out)


@lru_cache(maxsize=50_000)
def _top_grammemes(word: str) -> frozenset[str]:
    """Grammemes of pymorphy2's most likely reading."""
    parses = load_morph().parse(word)
    return frozenset(parses[0].tag.grammemes) if parses else frozenset()


def _is_org_word(word: str) -> bool:
    """An organisation's name by its most likely reading, and never a person's name part."""
    return "Orgn" in _top_grammemes(word) and not _grammemes(word) & {"Name", "Surn", "Patr"}


def _is_name_part(word: str) -> bool:
    """A word pymorphy2 can read as a first name or a surname."""
    return bool(_grammemes(word) & {"Name", "Surn"})


def _piece(doc: Doc, start: int, stop: int, mention_type: str, kind: str) -> Mention | None:
    """A mention over doc.text[start:stop], blanks and commas trimmed; None if nothing is left."""
    text = doc.text
    while start < stop and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ",;"):
        stop -= 1
    if stop <= start:
        return None
    return Mention(start, stop, text[start:stop], mention_type, kind=kind)


def _split_brackets(doc: Doc, m: Mention) -> list[Mention] | None:
    """'Имя Фамилия (Name Surname)', 'Имя Фамилия (РПЦ)', 'Союз ... (СКС)' -> two mentions."""
    match = BRACKETED.match(m.text)
    if not match:
        return None
    a, b = match.group("a"), match.group("b")
    if not b[:1].isupper() or not a[:1].isupper():
        return None
    a_type = b_type = m.type
    if ACRONYM.match(b):
        b_type = "ORG"
        words = a.split()
        # an organisation span that starts with a first name and ends in an acronym is a
        # person with the body they belong to: 'архиепископ Лонгин Клинский (РПЦ)'
        if m.type == "ORG" and len(words) >= 2 and "Name" in _top_grammemes(words[0]) and "Orgn" not in _grammemes(words[0]):
            a_type = "PER"
    elif m.type == "PER" and LATIN.search(b):
        # a person's original spelling is the same person, not a second actor: left out
        return [p for p in (_piece(doc, m.start, m.start + match.end("a"), m.type, m.kind),) if p] or None
    elif m.type == "PER" and len(b.split()) > 3:
        return None
    first = _piece(doc, m.start, m.start + match.end("a"), a_type, m.kind)
    second = _piece(doc, m.start + match.start("b"), m.start + match.end("b"), b_type, m.kind)
    return [p for p in (first, second) if p is not None] or None


def _split_commas(doc: Doc, m: Mention) -> list[Mention] | None:
    """A person's name holds no comma: 'Иванов, Петров' is a list of two."""
    if m.type != "PER" or "," not in m.text:
        return None
    pieces, offset = [], m.start
    for part in m.text.split(","):
        piece = _piece(doc, offset, offset + len(part), m.type, m.kind)
        offset += len(part) + 1
        if piece is not None:
            if not piece.text[:1].isupper():
                return None
            pieces.append(piece)
    return pieces if len(pieces) > 1 else None


def _words(doc: Doc, index: TokenIndex, m: Mention) -> list[int]:
    """Indices of the mention's word tokens (punctuation left out)."""
    return [i for i in index.covering(m.start, m.stop) if doc.tokens[i].pos != "PUNCT"]


def _split_per(doc: Doc, index: TokenIndex, m: Mention) -> list[Mention] | None:
    """A person span that starts with another name: 'Аль-Джазиры Сами аль-Хадж' (an organisation in
    the genitive), or two persons in different cases joined as apposition."""
    words = _words(doc, index, m)
    if len(words) < 2:
        return None
    tokens = doc.tokens
    for k in range(1, len(words)):
        tail = tokens[words[k]]
        head_part, tail_part = words[:k], words[k:]
        if not tail.text[:1].isupper():
            continue
        orgs = all(_is_org_word(tokens[i].text) for i in head_part)
        # a name's words hang together by flat:name; a new group starts with its own relation
        new_group = tail.rel != "flat:name" or not (head_part[0] <= tail.head <= head_part[-1])
        case_change = (token_case(tokens[head_part[-1]]) and token_case(tokens[tail_part[-1]])
                       and token_case(tokens[head_part[-1]]) != token_case(tokens[tail_part[-1]]))
        # the organisation stands in the genitive (or its case shows against the name's): 'Челси
        # Мэннинг' is a woman called Chelsea, not the club and a person
        if orgs and any(_is_name_part(tokens[i].text) for i in tail_part) \
                and (token_case(tokens[head_part[-1]]) == "Gen" or case_change):
            head_type = "ORG"
        elif new_group and case_change and tail.rel == "appos" and len(tail_part) >= 2 and len(head_part) >= 2:
            head_type = "PER"
        else:
            continue
        first = _piece(doc, m.start, tokens[head_part[-1]].stop, head_type, m.kind)
        second = _piece(doc, tail.start, m.stop, "PER", m.kind)
        if first and second:
            return [first, second]
    return None


def _split_org(doc: Doc, index: TokenIndex, m: Mention) -> list[Mention] | None:
    """An organisation span that ends in a person's name: 'клуба Манчестер Сити Джон Смит'; the
    name starts an apposition whose other words the parser joins by flat:name, and one of them
    reads as a first name or surname."""
    words = _words(doc, index, m)
    if len(words) < 3:
        return None
    tokens = doc.tokens
    for k in range(1, len(words) - 1):
        tail = tokens[words[k]]
        tail_part = words[k:]
        if tail.rel != "appos":
            continue
        if not all(tokens[i].text[:1].isupper() for i in tail_part):
            continue
        # (the parser's heads over foreign words are unreliable; the relations still hold)
        if not all(tokens[i].rel == "flat:name" for i in tail_part[1:]):
            continue
        if token_case(tail) not in ("", "Nom") or not any(_is_name_part(tokens[i].text) for i in tail_part):
            continue
        first = _piece(doc, m.start, tokens[words[k - 1]].stop, "ORG", m.kind)
        second = _piece(doc, tail.start, m.stop, "PER", m.kind)
        if first and second:
            return [first, second]
    return None


def split_boundaries(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """PER and ORG mentions split where one span holds two names (see the module docstring);
    other mentions as they are. Needs doc.tokens."""
    index = TokenIndex(doc.tokens)
    out: list[Mention] = []
    for m in mentions:
        if m.type not in ("PER", "ORG") or m.kind != "name":
            out.append(m)
            continue
        out.extend(_with_first_name(doc, index, piece) for piece in _split(doc, index, m))
    return _split_known_pairs(doc, index, _close_quotes(doc, out))


def _with_first_name(doc: Doc, index: TokenIndex, m: Mention) -> Mention:
    """'Айдар Наилевич Губайдулин' that slovnet began at the patronymic: the first name right
    before it joins the span."""
    words = _words(doc, index, m)
    if m.type != "PER" or len(words) < 2 or words[0] == 0 or not PATRONYMIC.search(doc.tokens[words[0]].text.lower()):
        return m
    before = doc.tokens[words[0] - 1]
    if before.sentence != doc.tokens[words[0]].sentence or not before.text[:1].isupper() \
            or not doc.text[before.stop:m.start].isspace() or "Name" not in _grammemes(before.text):
        return m
    return Mention(before.start, m.stop, doc.text[before.start:m.stop], m.type, kind=m.kind)


OPENING, CLOSING = "«\"„“", "»\"“”"


def _close_quotes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """slovnet stops an organisation's span at its quotes: 'партии «' + 'Единая Россия', or
    'Партия "Народ свободы' without its closing quote. The span is made whole."""
    text, out = doc.text, []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type != "ORG":
            out.append(m)
            continue
        previous = out[-1] if out else None
        if previous is not None and previous.type == "ORG" and previous.text[-1:] in OPENING \
                and 0 <= m.start - previous.stop <= 1:
            out[-1] = previous = Mention(previous.start, m.stop, text[previous.start:m.stop], "ORG", kind=previous.kind)
            m = previous
        else:
            out.append(m)
        if _unclosed(m.text) and m.stop < len(text) and text[m.stop] in CLOSING:
            out[-1] = Mention(m.start, m.stop + 1, text[m.start:m.stop + 1], "ORG", kind=m.kind)
    return out


def _unclosed(text: str) -> bool:
    """An opening quote without its closing one: 'Партия "Народ свободы', 'партии «Единая Россия'."""
    return text.count('"') % 2 == 1 or text.count("«") > text.count("»") or text.count("„") > text.count("“")


def _split_known_pairs(doc: Doc, index: TokenIndex, mentions: list[Mention]) -> list[Mention]:
    """'Рафаэль Корреа Эдвард Сноуден' (a photo caption run into one span): a person span of
    two words and two more, where each half ends in the surname of a person the text names
    on their own elsewhere."""
    surnames: dict[str, int] = {}
    for m in mentions:
        if m.type == "PER":
            words = _words(doc, index, m)
            if 1 <= len(words) <= 3:
                stem = name_stem(doc.tokens[words[-1]].text)
                surnames[stem] = surnames.get(stem, 0) + 1
    out: list[Mention] = []
    for m in mentions:
        words = _words(doc, index, m) if m.type == "PER" else []
        halves = None
        for k in range(2, len(words) - 1):
            head, tail = doc.tokens[words[k - 1]], doc.tokens[words[-1]]
            if surnames.get(name_stem(head.text)) and surnames.get(name_stem(tail.text)) \
                    and name_stem(head.text) != name_stem(tail.text):
                halves = (_piece(doc, m.start, head.stop, "PER", m.kind),
                          _piece(doc, doc.tokens[words[k]].start, m.stop, "PER", m.kind))
                break
        out.extend(halves if halves and all(halves) else [m])
    return out


AGE = re.compile(r"^\d+-(летн|лет)", re.I)
NAME_GRAMMEMES = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init"}


def _descriptor(doc: Doc, token: int) -> bool:
    """A word that describes a person, not a part of a name: '69-летний', 'израильтянка' or
    'Израильтянка' at the start of a sentence (a dictionary noun or adjective with no name
    reading; a capitalised one elsewhere may be a surname: 'Сокол', 'Ткач')."""
    word = doc.tokens[token].text
    if AGE.match(word):
        return True
    if word[:1].isupper() and not _sentence_start(doc.text, doc.tokens[token].start):
        return False
    parses = load_morph().parse(word)
    return len(word) >= 4 and bool(parses) and all(p.is_known for p in parses) \
        and not _grammemes(word) & NAME_GRAMMEMES and parses[0].tag.POS in ("NOUN", "ADJF")


def _named_elsewhere(doc: Doc, token: int) -> bool:
    """The word stands capitalised inside a sentence elsewhere in the text: a surname ('Ковач'),
    not a common noun that opens a sentence."""
    stem = name_stem(doc.tokens[token].text)
    return any(t.text[:1].isupper() and name_stem(t.text) == stem and not _sentence_start(doc.text, t.start)
               for t in doc.tokens if t is not doc.tokens[token])


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in "\n.!?"


def _trim_descriptors(doc: Doc, index: TokenIndex, m: Mention) -> Mention:
    """A person span without the words before the name that describe the person."""
    words = _words(doc, index, m)
    cut = 0
    while len(words) - cut >= 2 and _descriptor(doc, words[cut]):
        cut += 1
    if not cut:
        return m
    return _piece(doc, doc.tokens[words[cut]].start, m.stop, m.type, m.kind) or m


def _split(doc: Doc, index: TokenIndex, m: Mention) -> list[Mention]:
    """One mention, split as often as the evidence says."""
    if m.type == "PER":
        m = _trim_descriptors(doc, index, m)
        words = _words(doc, index, m)
        if len(words) == 1 and _descriptor(doc, words[0]) and not _named_elsewhere(doc, words[0]):
            return []  # 'Внук бывшего президента ...' at a sentence start is no one's name
    for rule in (_split_brackets, _split_commas):
        pieces = rule(doc, m)
        if pieces:
            return [p for piece in pieces for p in _split(doc, index, piece)]
    pieces = _split_per(doc, index, m) if m.type == "PER" else _split_org(doc, index, m)
    if pieces:
        return [p for piece in pieces for p in _split(doc, index, piece)]
    return [m]
