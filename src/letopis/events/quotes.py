"""Direct quotations with their speakers: quote marks or dialogue dashes, a speech cue, an entity."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..doc import Doc, Quote
from ..entities.gazetteer import load_gazetteer
from ..nlp.models import Models
from .actors import PERSONAL_PRONOUNS, ActorResolver
from .quote_cues import AFTER_REACH, Cue, cue_after, cue_before, cue_word, words
from .quote_marks import Span, continued_quotes, dash_paragraphs, paragraphs, scan_marks, split_author
from .quote_speakers import Said, SpeakerResolver, speaker_token
from .syntax import Tree

MIN_WORDS = 4                # a shorter quoted span is a name or a term unless a cue attaches it
SENTENCE_END = re.compile(r"[.!?…][»“”\"]?\s*$")


@dataclass(slots=True)
class Item:
    """One quotation before its speaker is known: its speech parts and the cue that attaches it."""

    parts: list[tuple[int, int]]
    cue: Cue | None
    region: tuple[int, int]      # the whole quoted stretch, marks or dash included


class Finder:
    """Token lookups by character offset for one document."""

    def __init__(self, doc: Doc, tree: Tree):
        self.doc = doc
        self.tree = tree
        self.starts = [t.start for t in doc.tokens]

    def tokens_in(self, start: int, stop: int) -> list[int]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.starts) and self.doc.tokens[i].stop <= stop:
            out.append(i)
            i += 1
        return out

    def line_end(self, offset: int) -> int:
        end = self.doc.text.find("\n", offset)
        return len(self.doc.text) if end < 0 else end

    def is_author(self, offset: int) -> bool:
        """Do the words after a dash open the author's remark ('— сказал он')?"""
        toks = words(self.tree, self.tokens_in(offset, self.line_end(offset)))[:AFTER_REACH - 1]
        return any(cue_word(self.tree, i) is not None and cue_word(self.tree, i).kind == "verb" for i in toks)

    def author_cue(self, author: tuple[int, int], rule: str) -> Cue | None:
        window = self.tokens_in(*author)
        for i in words(self.tree, window)[:AFTER_REACH]:
            word = cue_word(self.tree, i)
            if word is not None:
                return Cue(i, word, rule, window)
        return None

    def word_count(self, start: int, stop: int) -> int:
        return len(words(self.tree, self.tokens_in(start, stop)))

    def looks_like_speech(self, start: int, stop: int) -> bool:
        """An uncued quoted span counts as a quote only when it reads as a statement of its own:
        MIN_WORDS or more, a capital first letter, and a finite verb or a sentence end."""
        text = self.doc.text[start:stop].lstrip(" „“\"«")
        if self.word_count(start, stop) < MIN_WORDS or not text[:1].isupper():
            return False
        finite = any("VerbForm=Fin" in self.doc.tokens[i].feats for i in self.tokens_in(start, stop))
        return finite or bool(SENTENCE_END.search(self.doc.text[start:stop]))


def mark_item(finder: Finder, span: Span, floor: int) -> Item | None:
    """A quote-marked span with its cue: author's words inside, after or before the marks."""
    text, tree = finder.doc.text, finder.tree
    speech = split_author(text, span.start, span.stop, finder.is_author)
    if speech.author is not None:
        cue = finder.author_cue(speech.author, "inner")
        if cue is not None:
            return Item(speech.parts, cue, (span.open_at, span.close_at))
    part = speech.parts[0] if len(speech.parts) == 1 else (span.start, span.stop)
    line_stop = finder.line_end(span.close_at)
    cue = cue_after(text, tree, finder.tokens_in(span.close_at, line_stop), span.close_at)
    if cue is None:
        open_tok = finder.tokens_in(span.open_at, span.open_at + 1)
        sentence = finder.doc.sentences[finder.doc.tokens[open_tok[0]].sentence].start if open_tok else floor
        window = finder.tokens_in(max(floor, sentence), span.open_at)
        cue = cue_before(text, tree, window, span.open_at, span.close_at)
    if cue is not None and cue.word is None and not named_speaker(finder, cue, span):
        cue = None
    if cue is None and not finder.looks_like_speech(*part):
        return None
    if cue is not None and cue.rule == "that" and finder.word_count(*part) < 2:
        return None
    return Item([part], cue, (span.open_at, span.close_at))


def named_speaker(finder: Finder, cue: Cue, span: Span) -> bool:
    """'Лавров: «...»' counts only when the words before the colon are a named person or body."""
    nominal = [i for i in words(finder.tree, cue.window)]
    if not nominal or len(nominal) > 6:
        return False
    covered = {m.type for m in finder.doc.mentions
               if m.entity >= 0 and m.start < finder.doc.tokens[nominal[-1]].stop and m.stop > finder.doc.tokens[nominal[0]].start}
    return bool(covered & {"PER", "ORG"})


def dash_item(finder: Finder, start: int, stop: int) -> Item | None:
    """A paragraph opening with a dash: speech, then perhaps ', — сказал он', then more speech."""
    speech = split_author(finder.doc.text, start, stop, finder.is_author)
    if speech.author is not None:
        cue = finder.author_cue(speech.author, "dash")
        if cue is not None:
            return Item(speech.parts, cue, (start - 2, stop))
    part = speech.parts[0]
    if not finder.looks_like_speech(*part):
        return None
    return Item([part], None, (start - 2, stop))


def collect(finder: Finder) -> list[Item]:
    """Every quotation candidate in text order: dash paragraphs first claim their lines."""
    text = finder.doc.text
    items: list[Item] = []
    dashes = dash_paragraphs(text)
    for start, stop in dashes:
        item = dash_item(finder, start, stop)
        if item is not None:
            items.append(item)
    runs = continued_quotes(text)
    for run in runs:
        item = mark_item(finder, run.last, run.lines[0])
        if item is not None:  # the cue after the closing paragraph speaks for all of them
            items.append(Item(run.parts[:-1] + item.parts, item.cue, (run.parts[0][0] - 1, item.region[1])))
    for a, b in paragraphs(text):
        if any(s <= a + 3 and b <= e for s, e in dashes):
            continue       # quote marks inside dialogue belong to the speech
        if any(s <= a and b <= e for s, e in (run.lines for run in runs)):
            continue       # a paragraph of a quotation that runs over several
        floor = a
        for span in scan_marks(text[a:b], a):
            if span.stop > span.start:
                item = mark_item(finder, span, floor)
                if item is not None:
                    items.append(item)
            floor = span.close_at
    items.sort(key=lambda item: item.region[0])
    return items


def cue_text(finder: Finder, cue: Cue | None) -> str:
    if cue is None:
        return ""
    if cue.token < 0:
        return ":"
    tok = finder.doc.tokens[cue.token]
    if cue.word is not None and cue.word.kind == "prep" and cue.token > 0:
        return finder.doc.text[finder.doc.tokens[cue.token - 1].start:tok.stop]
    return tok.text


def find_quotes(doc: Doc, models: Models) -> Doc:
    """Fill doc.quotes: each direct quotation's text (no marks), speaker name and entity, and cue."""
    doc.quotes = []
    if not doc.tokens:
        return doc
    tree = Tree(doc)
    finder = Finder(doc, tree)
    items = collect(finder)
    quoted = [part for item in items for part in item.parts] + [item.region for item in items]
    speakers = SpeakerResolver(doc, tree, ActorResolver(doc, tree, load_gazetteer()), quoted)
    for item in items:
        name, entity = None, -1
        if item.cue is not None:
            token = speaker_token(tree, item.cue, item.parts)
            name, entity = None, -1
            if token is not None and item.cue.word is not None and item.cue.word.speaker == "obl":
                name, entity = speakers.sender(token)  # 'говорится в телеграмме': who sent it
            if name is None:
                name, entity = speakers.resolve(token)
            if name is None and (token is None or doc.tokens[token].lemma not in PERSONAL_PRONOUNS):
                name, entity = speakers.named_in(item.cue, item.parts)
            if name is not None and entity >= 0:
                speakers.said.append(Said(item.cue.token if item.cue.token >= 0 else token, name, entity))
        for start, stop in item.parts:
            if stop > start:
                doc.quotes.append(Quote(start, stop, doc.text[start:stop], name, entity, cue_text(finder, item.cue)))
    return doc
