"""Bytes to text: UTF-8 (with or without BOM), cp1251, koi8-r and kin, never mojibake.

Order: BOM; strict UTF-8; the Cyrillic single-byte code pages scored by how
Russian the result looks; charset-normalizer as a last resort. A declared
charset (HTML meta, HTTP header) is a hint that breaks near-ties, never a
verdict: pages often declare windows-1251 and send UTF-8, or the reverse.
"""
from __future__ import annotations

import codecs
import unicodedata

from letopis.errors import EmptyDocumentError, EncodingError

# The Russian code pages we tell apart; the order breaks exact ties.
CYRILLIC_CODEPAGES = ("cp1251", "koi8-r", "mac-cyrillic", "iso8859-5")

# Frequent letter bigrams of Russian prose, written from letter-pair frequency tables
# (about the top 60, not re-measured here); a wrong code page scrambles them.
COMMON_BIGRAMS = frozenset(
    "ст но то на ен ов ни ра во ко ал пр ре ос ли ер по та ан ро ел не ка ть"
    " он ом го ва ет ес од ол ор ит ле де ло ин ас ве ск тр пе ны ак ми ри"
    " ой ия ав да ки ем ам ат ез ил за ся".split()
)

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_TEXT_CONTROLS = set(b"\t\n\r\f\v\x1b")
_SAMPLE = 65536        # bytes scored per candidate: enough to decide, cheap on huge inputs
_MIN_BIGRAM_SHARE = 0.18  # real Russian prose scores 0.35-0.55, random high bytes ~0.05


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to (text, encoding); raise EncodingError for binary or undecodable data."""
    if not data or not data.strip():
        raise EmptyDocumentError("empty input (no bytes or whitespace only)")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name), name
    _reject_binary(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _reject_unprintable(text, "utf-8")
        return text, "utf-8"
    hint = _normalise_codec(declared)
    best = _best_cyrillic(data, hint)
    if best is not None:
        return data.decode(best), best
    return _fallback(data)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise EncodingError(f"byte order mark says {encoding}, but byte {error.start} does not decode") from None


def _reject_binary(data: bytes) -> None:
    """NUL bytes or many control bytes mean a binary file, whatever its name says."""
    head = data[:_SAMPLE]
    if b"\x00" in head:
        offset = head.index(0)
        raise EncodingError(f"binary data: NUL byte at offset {offset}, not a text file")
    controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS)
    if controls > 0.02 * len(head):
        raise EncodingError(f"binary data: {controls} control bytes in the first {len(head)}, not a text file")


def _reject_unprintable(text: str, encoding: str) -> None:
    sample = text[:_SAMPLE]
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cs", "Cn") and ch not in "\t\n\r\f\v")
    if bad > 0.02 * len(sample):
        raise EncodingError(f"decodes as {encoding} but {bad} of {len(sample)} characters are control or unassigned")


def _normalise_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def _is_russian_letter(ch: str) -> bool:
    return "а" <= ch <= "я" or "А" <= ch <= "Я" or ch in "ёЁ"


def score_russian(text: str) -> float:
    """How Russian a decoded sample looks: common-bigram share, lowercase share, few odd symbols."""
    letters = [ch for ch in text if ch.isalpha()]
    russian = [ch for ch in letters if _is_russian_letter(ch)]
    if not russian:
        return 0.0
    lower = sum(1 for ch in russian if ch.islower()) / len(russian)
    folded = text.lower()
    pairs = hits = 0
    for a, b in zip(folded, folded[1:]):
        if "а" <= a <= "я" and "а" <= b <= "я":
            pairs += 1
            hits += a + b in COMMON_BIGRAMS
    bigram = hits / pairs if pairs else 0.0
    # other Cyrillic letters (ѕ, ј, Ђ) and symbols are what a wrong code page makes of Russian
    odd = sum(1 for ch in text if not (_is_russian_letter(ch) or ch.isascii() or ch in "«»—–…“”„№\u00a0")) / len(text)
    return 1.5 * bigram + 0.3 * lower + 0.5 * len(russian) / len(letters) - 2.0 * odd


def _best_cyrillic(data: bytes, hint: str | None) -> str | None:
    """The Cyrillic code page whose decoding looks most Russian, or None if none looks Russian."""
    sample = data[:_SAMPLE]
    scored = []
    for rank, codec in enumerate(CYRILLIC_CODEPAGES):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        score = score_russian(text) + (0.05 if codec == hint else 0.0) - 0.001 * rank
        scored.append((score, codec, text))
    if not scored:
        return None
    score, codec, text = max(scored)
    if _plausible(text):
        return codec
    return None


def _plausible(text: str) -> bool:
    """Prose has words separated by spaces and mostly common bigrams; garbage does not."""
    cyr = sum(1 for ch in text if _is_russian_letter(ch))
    letters = sum(1 for ch in text if ch.isalpha())
    words = text.split()
    if not words or len(text) / len(words) > 25 or cyr < 0.3 * letters:
        return False
    folded = text.lower()
    pairs = [a + b for a, b in zip(folded, folded[1:]) if "а" <= a <= "я" and "а" <= b <= "я"]
    share = sum(p in COMMON_BIGRAMS for p in pairs) / len(pairs) if pairs else 0.0
    if cyr < 40:  # too short to trust the bigrams alone: a lowercase majority also passes
        return share >= _MIN_BIGRAM_SHARE or sum(1 for ch in text if "а" <= ch <= "я") >= 0.5 * cyr
    return share >= _MIN_BIGRAM_SHARE


def _fallback(data: bytes) -> tuple[str, str]:
    """charset-normalizer for what is neither UTF-8 nor Russian; refuse what stays garbage."""
    from charset_normalizer import from_bytes

    match = from_bytes(data[: 4 * _SAMPLE]).best()
    if match is None or match.encoding is None:
        raise EncodingError("no known encoding gives readable text (not UTF-8, cp1251, koi8-r or any charset-normalizer knows)")
    encoding = codecs.lookup(match.encoding).name
    text = data.decode(encoding, errors="strict")
    sample = text[:_SAMPLE]
    words = sample.split()
    letters = sum(1 for ch in sample if ch.isalpha())
    has_cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in sample)
    if not words or len(sample) / len(words) > 25 or letters < 0.5 * len(sample.replace(" ", "")) or (
        has_cyrillic and not _plausible(sample)
    ):
        raise EncodingError(
            f"bytes decode as {encoding} only to garbage (no word structure); unknown encoding or not text"
        )
    return text, encoding
