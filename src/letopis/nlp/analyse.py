"""Sentences, tokens, lemmas, morphology, syntax and NER spans with natasha."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..doc import Doc, Mention, Sentence, Token
from .models import Models

NER_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def format_feats(feats: dict[str, str] | None) -> str:
    return "|".join(f"{k}={v}" for k, v in sorted((feats or {}).items()))


def adapt_tokens(natasha_doc: Any) -> tuple[list[Sentence], list[Token]]:
    """natasha's nested sentences/tokens -> our flat lists with doc-level head indices."""
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for s_index, sent in enumerate(natasha_doc.sents):
        sentences.append(Sentence(sent.start, sent.stop, sent.text))
        base = len(tokens)
        local = {tok.id: base + i for i, tok in enumerate(sent.tokens)}
        for tok in sent.tokens:
            head = local.get(tok.head_id, -1) if tok.head_id != tok.id else -1
            tokens.append(Token(
                start=tok.start, stop=tok.stop, text=tok.text,
                lemma=(tok.lemma or tok.text).lower(), pos=tok.pos or "",
                feats=format_feats(tok.feats), head=head, rel=tok.rel or "",
                sentence=s_index,
            ))
    return sentences, tokens


def cut_at_stray_brackets(span: str) -> str:
    """The span with each bracket that has no partner inside it turned into a line break."""
    chars, open_at = list(span), []
    for i, c in enumerate(span):
        if c == "(":
            open_at.append(i)
        elif c == ")":
            if open_at:
                open_at.pop()
            else:
                chars[i] = "\n"
    for i in open_at:
        chars[i] = "\n"
    return "".join(chars)


def adapt_spans(natasha_doc: Any, text: str) -> list[Mention]:
    """natasha NER spans -> Mentions (entity resolution fills `entity` later)."""
    mentions = []
    for span in natasha_doc.spans:
        if span.type not in NER_TYPES:
            continue
        # slovnet runs spans across line breaks in headlines and boilerplate, and across a bracket
        # it opened or closed outside the span ('Андижанского (Кемпир-Абадского) водохранилища'): cut them there
        for piece in re.finditer(r"[^\n]+", cut_at_stray_brackets(text[span.start:span.stop])):
            start, stop = span.start + piece.start(), span.start + piece.end()
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            while start < stop and text[start].isspace():
                start += 1
            whole = start == span.start and stop == span.stop
            # (a piece a bracket cut off is a name only if it holds a capital or a digit: '... ) водохранилища')
            if stop > start and (whole or any(c.isupper() or c.isdigit() for c in text[start:stop])):
                mentions.append(Mention(start=start, stop=stop, text=text[start:stop],
                                        type=NER_TYPES[span.type], normal=(span.normal or "") if whole else ""))
    return mentions


# a passive participle used as a noun ('поверенному', 'заключённых'): natasha gives it its verb's lemma
PARTICIPLE_NOUN = re.compile(r"(.+[её]нн)(?:ый|ого|ому|ым|ом|ые|ых|ыми|ая|ой|ую)", re.IGNORECASE)


@lru_cache(maxsize=300_000)
def lemma_of(morph_vocab: Any, word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
    """natasha's lemma for a tagged word; cached far beyond natasha's own 10k-entry cache,
    since news vocabulary over a long run is much larger than that. A participle used as a noun keeps
    its own masculine form ('поверенный', not 'поверить')."""
    lemma = morph_vocab.lemmatize(word, pos, dict(feats))
    participle = PARTICIPLE_NOUN.fullmatch(word) if pos == "NOUN" and lemma.endswith(("ть", "ться", "ти")) else None
    return participle.group(1).lower().replace("ё", "е") + "ый" if participle else lemma  # natasha's 'е' for 'ё'


def analyse(doc: Doc, models: Models) -> Doc:
    """Run natasha over doc.text: fills sentences, tokens and raw NER mentions."""
    from natasha import Doc as NatashaDoc

    nd = NatashaDoc(doc.text)
    nd.segment(models.segmenter)
    nd.tag_morph(models.morph_tagger)
    nd.parse_syntax(models.syntax_parser)
    nd.tag_ner(models.ner_tagger)
    for token in nd.tokens:
        # a capitalised word at a sentence's start is sometimes tagged as punctuation: lemmatise it as a word
        pos = "NOUN" if token.pos == "PUNCT" and token.text.isalpha() else token.pos
        token.lemma = lemma_of(models.morph_vocab, token.text, pos, tuple(sorted((token.feats or {}).items())))
    for span in nd.spans:
        span.normalize(models.morph_vocab)
    doc.sentences, doc.tokens = adapt_tokens(nd)
    from ..entities.boundaries import split_boundaries  # here: entities imports this package

    doc.mentions = split_boundaries(doc, adapt_spans(nd, doc.text))
    retag_opening_nouns(doc)
    drop_opening_plural_nouns(doc)
    return doc


NAME_GRAMMEMES = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"}


def common_noun(word: str) -> bool:
    """The dictionary knows the word and reads it first as a common noun, no name of any kind."""
    from ..entities.gazetteer import load_morph  # here: entities imports this package

    morph = load_morph()
    parse = morph.parse(word.lower())[0]
    return morph.word_is_known(word.lower()) and parse.tag.POS == "NOUN" and not NAME_GRAMMEMES & parse.tag.grammemes


def drop_opening_plural_nouns(doc: Doc) -> None:
    """'Пограничники Таджикистана открыли огонь': slovnet takes a capitalised plural noun that opens a
    sentence for a name; a plural common noun names no one in particular."""
    opening = {}
    for token in doc.tokens:
        opening.setdefault(token.sentence, token)
    plural = {token.start: token for token in opening.values() if "Number=Plur" in token.feats and common_noun(token.text)}
    doc.mentions = [m for m in doc.mentions if not (m.start in plural and m.stop == plural[m.start].stop)]


def covered_starts(doc: Doc) -> set[int]:
    """The start offsets of the tokens a mention covers (one sweep over both, sorted)."""
    spans = sorted((m.start, m.stop) for m in doc.mentions)
    covered, i, reach = set(), 0, -1
    for token in doc.tokens:  # tokens come in text order
        while i < len(spans) and spans[i][0] <= token.start:
            reach = max(reach, spans[i][1])
            i += 1
        if token.start < reach:
            covered.add(token.start)
    return covered


def retag_opening_nouns(doc: Doc) -> None:
    """'Экс-президент находился под арестом': slovnet tags a capitalised office or occupation that
    opens a sentence as a proper name; a word the role table knows, that the dictionary reads
    first as a common noun and that no name span covers, is a noun ('Токаев' stays a name)."""
    from ..entities.gazetteer import load_gazetteer  # here: entities imports this package

    gazetteer = load_gazetteer()
    first = {}
    for i, token in enumerate(doc.tokens):
        first.setdefault(token.sentence, i)
    named = covered_starts(doc)
    for i in first.values():
        token = doc.tokens[i]
        if token.pos != "PROPN" or not token.text[:1].isupper() or "Animacy=Anim" not in token.feats \
                or token.start in named:
            continue
        role = gazetteer.match_role([token.lemma])
        if role is not None and role.kind == "person" and common_noun(token.text):
            token.pos = "NOUN"
