"""Mentions from two sources, merged: slovnet's NER spans and the gazetteer's hits."""
from __future__ import annotations

from typing import Any

from ..doc import Doc, Mention
from .gazetteer import Gazetteer, GazetteerHit

# Gazetteer hit kind -> (mention type, mention kind)
HIT_TYPES = {
    "name": ("GPE", "name"), "official": ("GPE", "name"), "abbreviation": ("GPE", "acronym"),
    "capital": ("GPE", "capital"), "seat": ("ORG", "seat"), "adjective": ("GPE", "adjective"),
    "demonym": ("GPE", "demonym"), "compound": ("GPE", "adjective"), "igo": ("ORG", "igo"),
}


def adapt_hits(hits: list[GazetteerHit]) -> list[tuple[Mention, str]]:
    """Gazetteer hits -> (Mention, code); a compound ('азербайджано-казахстанские')
    gives one mention per country it names."""
    out = []
    for hit in hits:
        mention_type, kind = HIT_TYPES.get(hit.kind, ("GPE", hit.kind))
        for code in hit.codes:
            out.append((Mention(hit.start, hit.stop, hit.text, mention_type, kind=kind), code))
    return out


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.stop and b.start < a.stop


def merge_mentions(doc: Doc, gazetteer: Gazetteer) -> tuple[list[Mention], dict[int, str]]:
    """NER mentions and gazetteer mentions in text order, with the gazetteer code of each
    gazetteer mention (by index in the returned list).

    A gazetteer hit replaces NER spans it covers or equals ('Совбеза' + 'ООН' -> 'Совбеза ООН',
    'Акорду' PER -> seat); a hit inside a longer NER span ('РК' in 'МИД РК') is kept as a
    nested mention, which gives the organisation its country.
    """
    ner = [m for m in doc.mentions]
    persons = [m for m in ner if m.type == "PER" and " " in m.text.strip()]
    # a state named inside a person's name is none ('Сальвадор Альенде', 'Доминик Стросс-Кан')
    hits = [(m, code) for m, code in adapt_hits(gazetteer.find_in_text(doc.text))
            if not (m.type == "GPE" and any(p.start <= m.start and m.stop <= p.stop for p in persons))]
    dropped: set[int] = set()
    for mention, _code in hits:
        if mention.kind in ("adjective", "demonym"):
            # a bare state adjective NER took for a name at a sentence's start ('Таджикские пограничники')
            dropped.update(i for i, other in enumerate(ner) if (other.start, other.stop) == (mention.start, mention.stop))
            continue
        for i, other in enumerate(ner):
            inside_hit = mention.start <= other.start and other.stop <= mention.stop
            # NER often cuts a name short or runs it on by a word: an overlapping hit of
            # a known country/IGO is the better boundary
            if inside_hit or (overlaps(mention, other) and not (other.start <= mention.start and mention.stop <= other.stop)):
                dropped.add(i)
    merged: list[tuple[Mention, str | None]] = [(m, None) for i, m in enumerate(ner) if i not in dropped]
    merged.extend(hits)
    merged.sort(key=lambda pair: (pair[0].start, -(pair[0].stop - pair[0].start)))
    mentions = [m for m, _ in merged]
    codes = {i: code for i, (_, code) in enumerate(merged) if code is not None}
    return mentions, codes


def add_known_surnames(doc: Doc, mentions: list[Mention], known: Any) -> list[Mention]:
    """A well-known surname that NER missed ('Токаев посетит ...' at a sentence start):
    a capitalised proper noun outside every mention whose nominative is a known office
    holder's surname becomes a PER mention."""
    from .inflect import nominative_word, parse_feats

    covered = [(m.start, m.stop) for m in mentions]
    added = []
    for token in doc.tokens:
        if token.pos != "PROPN" or not token.text[:1].isupper() or len(token.text) < 4:
            continue
        if any(start <= token.start < stop for start, stop in covered):
            continue
        feats = parse_feats(token.feats)
        surname = nominative_word(token.text, feats.get("Case", "Nom"), feats.get("Gender", ""))
        if known.lookup(surname) is None:
            continue
        added.append(Mention(token.start, token.stop, token.text, "PER", kind="name"))
    return sorted(mentions + added, key=lambda m: (m.start, -(m.stop - m.start)))
