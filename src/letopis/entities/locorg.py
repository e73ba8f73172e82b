"""Place or body: does a mention of a state or city name a place (loc) or act as a body (locorg)?

'Казахстан подписал', 'Москва заявила', 'мэр Москвы', 'МИД России' -> locorg (factRuEval's LocOrg);
'в России', 'из Москвы' -> loc. A logistic regression over syntactic features of the mention
(case, preposition, dependency relation, governing lemma and its part of speech, whether the
governor is a role word, an organisation word or a verb); weights in data/locorg_model.json,
trained on the factRuEval devset by scripts/train_locorg.py.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from ..doc import Doc, Mention, Token

DATA = Path(__file__).resolve().parents[1] / "data"
MODEL_PATH = DATA / "locorg_model.json"


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Lemmas that start an office or institution in data/roles.tsv (first word of each entry)."""
    words = set()
    lines = (DATA / "roles.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("#") or not line.strip() or line.startswith("word\t"):
            continue
        word = line.split("\t")[0].strip()
        if word:
            words.add(word.split()[0])
    return frozenset(words)


def _feat(token: Token, name: str) -> str | None:
    for part in token.feats.split("|"):
        key, _, value = part.partition("=")
        if key == name:
            return value
    return None


def mention_head(doc: Doc, m: Mention) -> int | None:
    """Index of the mention's syntactic head: its token whose head lies outside the mention."""
    inside = [i for i, t in enumerate(doc.tokens) if t.start >= m.start and t.stop <= m.stop]
    if not inside:
        inside = [i for i, t in enumerate(doc.tokens) if t.start < m.stop and m.start < t.stop]
    if not inside:
        return None
    span = set(inside)
    for i in inside:
        if doc.tokens[i].head not in span:
            return i
    return inside[-1]


def place_features(doc: Doc, m: Mention) -> list[str]:
    """Feature strings of a place mention for the loc/locorg decision."""
    feats = [f"type={m.type}", f"kind={m.kind}", f"words={min(len(m.text.split()), 3)}"]
    h = mention_head(doc, m)
    if h is None:
        return feats
    tok = doc.tokens[h]
    case = _feat(tok, "Case") or "none"
    feats += [f"case={case}", f"rel={tok.rel}", f"pos={tok.pos}", f"lemma={tok.lemma.lower()}"]
    preps = [t.lemma.lower() for t in doc.tokens if t.head == h and t.rel == "case"]
    prep = preps[0] if preps else "none"
    feats += [f"prep={prep}", f"prep_case={prep}|{case}"]
    if 0 <= tok.head < len(doc.tokens):
        gov = doc.tokens[tok.head]
        glemma = gov.lemma.lower()
        feats += [f"gpos={gov.pos}", f"glemma={glemma}", f"rel_gpos={tok.rel}|{gov.pos}",
                  f"rel_case={tok.rel}|{case}"]
        if glemma in _role_words():
            feats += ["gov_role", f"gov_role|{case}"]
        if gov.pos == "VERB":
            feats += [f"verb|{tok.rel}"]
        if gov.pos in ("PROPN",) or (gov.text[:1].isupper() and gov.pos == "NOUN" and tok.head < h):
            feats += [f"gov_cap|{case}"]
        # the governor itself inside an organisation mention ('МИД России', 'Совет Федерации')
        if any(o.type == "ORG" and o.start <= gov.start and gov.stop <= o.stop for o in doc.mentions):
            feats += ["gov_in_org"]
        if any(o.kind == "office" and o.start <= gov.start and gov.stop <= o.stop for o in doc.mentions):
            feats += ["gov_in_office"]
    else:
        feats += ["root"]
    # a place inside an ORG mention ('МИД России') or an office phrase ('мэр Москвы')
    if any(o is not m and o.type == "ORG" and o.start <= m.start and m.stop <= o.stop and o.stop - o.start > m.stop - m.start
           for o in doc.mentions):
        feats.append("inside_org")
    if any(o.kind == "office" and o.start <= m.start and m.stop <= o.stop for o in doc.mentions):
        feats.append("inside_office")
    left = [t for t in doc.tokens if t.stop <= m.start][-1:]
    if left:
        feats.append(f"left={left[0].lemma.lower()}")
    return feats


@lru_cache(maxsize=1)
def _load(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def load_locorg_model(path: str | Path = MODEL_PATH) -> dict:
    """The trained weights (bias, weights, threshold); an empty model says loc for everything."""
    p = Path(path)
    if not p.exists():
        return {}
    return _load(str(p))


def locorg_probability(feats: list[str], model: dict) -> float:
    """P(locorg) under the logistic model."""
    weights = model.get("weights", {})
    z = model.get("bias", -10.0) + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def classify_place(doc: Doc, m: Mention, model: dict | None = None) -> str:
    """'loc' or 'locorg' for a mention of a state, region or city."""
    model = model if model is not None else load_locorg_model()
    p = locorg_probability(place_features(doc, m), model)
    return "locorg" if p >= model.get("threshold", 0.5) else "loc"
