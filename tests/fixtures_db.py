"""A small fixture database for the web/API tests, built from hand-made Doc objects.

The texts are short invented news items written for these tests (no corpus or seed
text). Every offset is computed from the text itself, and `check_offsets` asserts
the data-model invariant `doc.text[r.start:r.stop] == r.text` for all records.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from letopis.doc import Actor, Doc, Entity, Event, Mention, Quote, Sentence, make_doc_id
from letopis.store.db import connect, write_docs

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"

# CAMEO code -> (quad_class, goldstein), the GDELT values in src/letopis/data/cameo.tsv
CODES = {
    "036": (1, 4.0), "040": (1, 1.0), "042": (1, 1.9), "043": (1, 2.8), "051": (1, 3.4),
    "057": (1, 8.0), "061": (2, 6.4), "111": (3, -2.0), "130": (3, -4.4), "190": (4, -10.0),
}


@dataclass
class DocBuilder:
    """Builds one Doc from sentences, finding every span by its surface text."""

    title: str
    published: str
    sentences: list[str]
    outlet: str = "Тестовое агентство"
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = " ".join(self.sentences)
        self.bounds: list[Sentence] = []
        start = 0
        for sentence in self.sentences:
            self.bounds.append(Sentence(start, start + len(sentence), sentence))
            start += len(sentence) + 1

    def find(self, surface: str, after: int = 0) -> tuple[int, int]:
        start = self.text.index(surface, after)
        return start, start + len(surface)

    def entity(self, type_: str, name: str, country: str | None, code: str, key: str,
               surfaces: list[str], offices: list[str] | None = None) -> int:
        """Add an entity and one mention per surface (each at its first occurrence)."""
        index = len(self.entities)
        self.entities.append(Entity(index, type_, name, country, code, offices or [], [], key))
        for surface in surfaces:
            start, stop = self.find(surface)
            self.mentions.append(Mention(start, stop, surface, type_, index, "name", name))
        return index

    def mention(self, entity: int, surface: str, after: str) -> None:
        """One more mention of an entity, found after another piece of text."""
        e = self.entities[entity]
        start, stop = self.find(surface, self.text.index(after))
        self.mentions.append(Mention(start, stop, surface, e.type, entity, "name", e.name))

    def actor(self, entity: int, surface: str) -> Actor:
        e = self.entities[entity]
        start, stop = self.find(surface)
        return Actor(e.name, e.country, e.code, entity, start, stop)

    def event(self, cameo: str, sentence: int, trigger: str, source: Actor, target: Actor,
              modality: str = "asserted", date: str | None = None) -> None:
        bound = self.bounds[sentence]
        start, stop = self.find(trigger, bound.start)
        quad, goldstein = CODES[cameo]
        self.events.append(Event(
            cameo=cameo, source=source, target=target, root=cameo[:2], quad_class=quad,
            goldstein=goldstein, date=date or self.published, modality=modality, confidence=0.8,
            evidence=bound.text, sentence_start=bound.start, sentence_stop=bound.stop,
            trigger_start=start, trigger_stop=stop, rule="fixture",
        ))

    def quote(self, surface: str, speaker: int, cue: str) -> None:
        start, stop = self.find(surface)
        self.quotes.append(Quote(start, stop, surface, self.entities[speaker].name, speaker, cue))

    def build(self) -> Doc:
        return Doc(
            id=make_doc_id(self.text), text=self.text, title=self.title, published=self.published,
            outlet=self.outlet, url="https://example.org/" + make_doc_id(self.text),
            format="text", raw_chars=len(self.text), sentences=self.bounds,
            mentions=sorted(self.mentions, key=lambda m: m.start), entities=self.entities,
            events=self.events, quotes=self.quotes,
        )


TOKAYEV = ("PER", "Касым-Жомарт Токаев", "KAZ", "KAZGOV", "касым-жомарт токаев|KAZ", ["президент"])
ALIYEV = ("PER", "Ильхам Алиев", "AZE", "AZEGOV", "ильхам алиев|AZE", ["президент"])
BAYRAMOV = ("PER", "Джейхун Байрамов", "AZE", "AZEGOV", "джейхун байрамов|AZE", ["министр иностранных дел"])


def _person(b: DocBuilder, person: tuple, surfaces: list[str]) -> int:
    type_, name, country, code, key, offices = person
    return b.entity(type_, name, country, code, key, surfaces, offices)


def talks_march() -> Doc:
    b = DocBuilder("Токаев и Алиев провели переговоры в Астане", "2025-03-12", [
        "Президент Казахстана Касым-Жомарт Токаев провёл переговоры с президентом Азербайджана Ильхамом Алиевым в Астане.",
        "Стороны подписали соглашение о сотрудничестве в энергетике.",
        "«Мы открываем новую страницу отношений», — заявил Токаев журналистам.",
    ])
    tok = _person(b, TOKAYEV, ["Касым-Жомарт Токаев"])
    b.mention(tok, "Токаев", after="заявил")
    ali = _person(b, ALIYEV, ["Ильхамом Алиевым"])
    kaz = b.entity("GPE", "Казахстан", "KAZ", "KAZ", "казахстан|KAZ", ["Казахстана"])
    aze = b.entity("GPE", "Азербайджан", "AZE", "AZE", "азербайджан|AZE", ["Азербайджана"])
    b.entity("GPE", "Астана", "KAZ", "KAZ", "астана|KAZ", ["Астане"])
    b.event("040", 0, "провёл переговоры", b.actor(tok, "Касым-Жомарт Токаев"), b.actor(ali, "Ильхамом Алиевым"))
    b.event("057", 1, "подписали соглашение", b.actor(kaz, "Казахстана"), b.actor(aze, "Азербайджана"))
    b.quote("«Мы открываем новую страницу отношений»", tok, "заявил")
    return b.build()


def visit_april() -> Doc:
    b = DocBuilder("Байрамов посетил Астану", "2025-04-20", [
        "Министр иностранных дел Азербайджана Джейхун Байрамов посетил Астану с рабочим визитом.",
        "Касым-Жомарт Токаев выразил готовность продолжить переговоры с Баку.",
        "Стороны договорились о совместной работе в транспортной сфере.",
    ])
    bay = _person(b, BAYRAMOV, ["Джейхун Байрамов"])
    tok = _person(b, TOKAYEV, ["Касым-Жомарт Токаев"])
    kaz = b.entity("GPE", "Астана", "KAZ", "KAZ", "астана|KAZ", ["Астану"])
    aze = b.entity("GPE", "Баку", "AZE", "AZE", "баку|AZE", ["Баку"])
    b.entity("GPE", "Азербайджан", "AZE", "AZE", "азербайджан|AZE", ["Азербайджана"])
    b.event("042", 0, "посетил", b.actor(bay, "Джейхун Байрамов"), b.actor(kaz, "Астану"))
    b.event("036", 1, "выразил готовность", b.actor(tok, "Касым-Жомарт Токаев"), b.actor(aze, "Баку"))
    b.event("061", 2, "договорились о совместной работе", b.actor(kaz, "Астану"), b.actor(aze, "Баку"),
            modality="future")
    return b.build()


def dispute_march() -> Doc:
    b = DocBuilder("МИД России раскритиковал Киев", "2025-03-30", [
        "МИД России раскритиковал заявления Киева о переговорах.",
        "Украина обвинила Москву в ударах по энергетическим объектам.",
        "Представитель МИД сказал: «Мы не примем ультиматумов».",
    ])
    mid = b.entity("ORG", "МИД России", "RUS", "RUSGOV", "мид россии|RUS", ["МИД России"])
    kyiv = b.entity("GPE", "Украина", "UKR", "UKR", "украина|UKR", ["Киева", "Украина"])
    mos = b.entity("GPE", "Россия", "RUS", "RUS", "россия|RUS", ["Москву"])
    b.event("111", 0, "раскритиковал", b.actor(mid, "МИД России"), b.actor(kyiv, "Киева"))
    b.event("190", 1, "в ударах", b.actor(mos, "Москву"), b.actor(kyiv, "Украина"), modality="alleged")
    b.quote("«Мы не примем ультиматумов»", mid, "сказал")
    return b.build()


def hostile() -> Doc:
    b = DocBuilder(f"{HOSTILE_SCRIPT} Казахстан и Россия {HOSTILE_IMG}", "2025-05-02", [
        f"Казахстан и Россия провели консультации {HOSTILE_SCRIPT} в Москве.",
        f"Вставка {HOSTILE_IMG} не должна исполняться.",
    ])
    kaz = b.entity("GPE", "Казахстан", "KAZ", "KAZ", "казахстан|KAZ", ["Казахстан"])
    rus = b.entity("GPE", "Россия", "RUS", "RUS", "россия|RUS", ["Россия"])
    b.entity("ORG", HOSTILE_IMG, None, "", "", [HOSTILE_IMG])
    b.event("040", 0, "провели консультации", b.actor(kaz, "Казахстан"), b.actor(rus, "Россия"))
    return b.build()


def talks_may() -> Doc:
    b = DocBuilder("Алиев пригласил Токаева в Баку", "2025-05-15", [
        "Ильхам Алиев пригласил Касым-Жомарта Токаева посетить Баку.",
        "Токаев высоко оценил вклад Азербайджана в региональную стабильность.",
    ])
    ali = _person(b, ALIYEV, ["Ильхам Алиев"])
    tok = _person(b, TOKAYEV, ["Касым-Жомарта Токаева"])
    b.entity("GPE", "Баку", "AZE", "AZE", "баку|AZE", ["Баку"])
    aze = b.entity("GPE", "Азербайджан", "AZE", "AZE", "азербайджан|AZE", ["Азербайджана"])
    b.event("036", 0, "пригласил", b.actor(ali, "Ильхам Алиев"), b.actor(tok, "Касым-Жомарта Токаева"))
    b.mention(tok, "Токаев", after="Баку.")
    b.event("051", 1, "высоко оценил", b.actor(tok, "Касым-Жомарта Токаева"), b.actor(aze, "Азербайджана"))
    return b.build()


def fixture_docs() -> list[Doc]:
    """The fixture documents, offsets checked."""
    docs = [talks_march(), visit_april(), dispute_march(), hostile(), talks_may()]
    for doc in docs:
        check_offsets(doc)
    return docs


def check_offsets(doc: Doc) -> None:
    """Every span record points at its own text."""
    for record in [*doc.sentences, *doc.mentions, *doc.quotes]:
        assert doc.text[record.start:record.stop] == record.text, (record, doc.id)
    for event in doc.events:
        assert doc.text[event.sentence_start:event.sentence_stop] == event.evidence
        assert event.trigger_start < event.trigger_stop
        for actor in (event.source, event.target):
            assert doc.text[actor.start:actor.stop], actor


def build_fixture_db(path: str | Path) -> list[Doc]:
    """Write the fixture documents into a fresh DuckDB file; returns the docs."""
    docs = fixture_docs()
    con = connect(path)
    try:
        write_docs(con, docs)
    finally:
        con.close()
    return docs
