"""natasha's models, loaded lazily once per process and handed to the stages."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(slots=True)
class Models:
    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    syntax_parser: Any
    ner_tagger: Any


@cache
def load_morph_vocab():
    """natasha's MorphVocab (pymorphy2 with UD tags), one per process."""
    from natasha import MorphVocab

    return MorphVocab()


@cache
def load_models() -> Models:
    """Load segmenter, morphology, syntax and NER (navec + slovnet, shipped in the wheels)."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

    from .segment import LineSegmenter

    embedding = NewsEmbedding()
    return Models(
        segmenter=LineSegmenter(),
        morph_vocab=load_morph_vocab(),
        morph_tagger=NewsMorphTagger(embedding),
        syntax_parser=NewsSyntaxParser(embedding),
        ner_tagger=NewsNERTagger(embedding),
    )
