"""Whitespace and line shape: normalised lines grouped into blocks (paragraphs, headings, labels)."""
from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_SENTENCE_END = re.compile(r"[.!?…][\"'»”“)\]]*$|[»”]$")


# wiki markup a scraper leaves in plain text (Wikinews): '[http://kremlin.ru/... сообщает]', "''Forbes''"
_WIKI_LINK = re.compile(r"\[https?://[^\s\]]+(?:\s+([^\]\n]*))?\]")
_WIKI_EMPHASIS = re.compile(r"'{2,3}")


def strip_wiki_markup(text: str) -> str:
    """External links reduced to their words, italic and bold quotes dropped."""
    return _WIKI_EMPHASIS.sub("", _WIKI_LINK.sub(lambda m: (m.group(1) or "").strip(), text))


# letters Cyrillic and Latin write alike; a scraped word can mix them ('Франcиско' with a Latin 'c')
_LATIN_LOOKALIKES = "aceopxyACEHKMOPTXB"
_CYRILLIC_LOOKALIKES = "асеорхуАСЕНКМОРТХВ"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_SCRIPT_SEAM = re.compile(r"[а-яёА-ЯЁ][a-zA-Z]|[a-zA-Z][а-яёА-ЯЁ]")
_WORD = re.compile(r"\w+")


def _one_script(match: re.Match) -> str:
    """A word of two scripts in the one its unmistakable letters are of, Cyrillic when none tell."""
    word = match.group()
    if not _SCRIPT_SEAM.search(word):
        return word
    cyrillic = any(c not in _CYRILLIC_LOOKALIKES and ("а" <= c.lower() <= "я" or c in "ёЁ") for c in word)
    latin = any(c not in _LATIN_LOOKALIKES and "a" <= c.lower() <= "z" for c in word)
    if cyrillic and latin:
        return word  # 'Fruktы': a word play, left as written
    return word.translate(_TO_LATIN if latin else _TO_CYRILLIC)


def one_script_words(text: str) -> str:
    """Each letter of a mixed-script word in the word's script; the text keeps its length."""
    # (two linear passes: a pattern that finds the mixed word itself backtracks on a huge one)
    return _WORD.sub(_one_script, text) if _SCRIPT_SEAM.search(text) else text


def normalise_line(line: str) -> str:
    """NFC, no-break and odd spaces to one space, invisible characters dropped, one script a word, stripped."""
    line = one_script_words(_INVISIBLE.sub("", unicodedata.normalize("NFC", line)))
    return _SPACES.sub(" ", line).strip()


def split_blocks(text: str, unwrap: bool = True) -> list[str]:
    """Non-empty lines as blocks; with unwrap, hard-wrapped prose lines of a paragraph are joined."""
    blocks: list[str] = []
    group: list[str] = []
    text = one_script_words(_SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", text))))
    for raw in text.splitlines():
        line = raw.strip()
        if line:
            group.append(line)
            continue
        blocks.extend(_unwrap(group) if unwrap else group)
        group = []
    blocks.extend(_unwrap(group) if unwrap else group)
    return blocks


def _unwrap(group: list[str]) -> list[str]:
    """Join lines that continue one paragraph wrapped at a fixed column; keep labels and titles apart.

    A line continues the previous one when the previous is long and the line
    starts in lower case, or when the group is three or more lines of even width.
    """
    if len(group) < 2:
        return group
    widest = max(len(line) for line in group)
    even = len(group) >= 3 and widest <= 100 and all(len(line) >= 0.6 * widest for line in group[:-1])
    joined = [group[0]]
    for line in group[1:]:
        previous = joined[-1].rsplit("\n", 1)[-1]
        if len(previous) >= 40 and (line[:1].islower() or line[:1] in ",;:)»–—" or even):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def word_count(line: str) -> int:
    return len(line.split())


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def is_prose(line: str) -> bool:
    """A paragraph of running text, not a heading or label: a long line, or a shorter one ending a sentence."""
    words = word_count(line)
    return words >= 20 or (words >= 6 and ends_sentence(line))
