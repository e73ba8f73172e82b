"""When and where: dates and places of events, from the clause, the story and the publication."""
from __future__ import annotations

from collections import Counter

from dataclasses import dataclass, field
from datetime import timedelta

from ..doc import Doc, Event
from .dates import DateMention, find_dates, parse_iso
from .syntax import Tree

# an undated act said to come before the story ('Ранее ...', 'Первоначально ...') keeps no date
EARLIER_WORDS = {"ранее", "первоначально", "изначально", "прежде", "когда-то", "некогда"}
THEN_WORDS = {"тогда", "тогдашний", "затем", "потом", "позже", "позднее", "впоследствии"}
LEDE_SENTENCES = 4
RECENT_DAYS = 14
STORY_YEAR_REACH = 3  # sentences back that a named year still dates a yearless day or month
PLACE_PREPOSITIONS = {"в", "во", "на"}
# a plural subject that names the sides of the occasion told just before
SIDES_WORDS = {"сторона", "лидер", "президент", "министр", "глава", "премьер", "они", "делегация"}


@dataclass
class Context:
    doc: Doc
    tree: Tree
    dates: dict[int, list[tuple[DateMention, int]]]      # sentence -> (date, its first token)
    anchor_date: DateMention | None = None
    anchor_location: str | None = None
    previous_date: str | None = None
    told: list[Event] = field(default_factory=list)     # the events found so far
    locations: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # sentence -> (token, place)

    @classmethod
    def build(cls, doc: Doc, tree: Tree) -> "Context":
        context = cls(doc, tree, {})
        context.read_dates(doc.published)
        context.locations = place_mentions(doc, tree)
        context.find_anchor()
        anchor = context.anchor_date
        if doc.published is None and anchor is not None and anchor.explicit_year and len(anchor.value) == 10:
            # an undated report: 'в январе' is read against the story's own dated day, and
            # 'в минувший четверг' against the last day it reports soon after that one
            context.read_dates(anchor.value)
            now = context.written_by(anchor.value)
            if now != anchor.value:
                context.read_dates(now)
        elif doc.published is None and anchor is None and context.read_story_years():
            context.find_anchor()
        return context

    def find_anchor(self) -> None:
        countries = {e.name for e in self.doc.entities if e.type == "GPE" and e.country and e.key == e.country}
        self.anchor_date = self.anchor_location = None
        for s_index in range(min(LEDE_SENTENCES, len(self.doc.sentences))):
            # the story's own date: a day or a month; a bare year in a lede is usually history
            precise = [d for d, first in self.dates.get(s_index, []) if len(d.value) >= 7 and not self.long_before(d)
                       and not (self.doc.published and describes_a_thing(self.tree, first))
                       and not (s_index >= 2 and self.weeks_before(d))]
            if self.anchor_date is None and precise:
                self.anchor_date = precise[0]
            # the lede's city places the story's occasion; a whole country is no place for it
            cities = [name for _, name in self.locations.get(s_index, []) if name not in countries]
            if self.anchor_location is None and cities:
                self.anchor_location = cities[0]

    def weeks_before(self, found: DateMention) -> bool:
        """Well before a dated report's publication: after a lede that dates nothing (today's news),
        'задержан в декабре прошлого года' is background, not the story's occasion."""
        published, day = parse_iso(self.doc.published), parse_iso(found.end or found.value)
        if published is None or not found.value[:4].isdigit():
            return False
        if day is None:  # a month: all of it before the report's fortnight
            last = found.value + "-31" if len(found.value) == 7 else found.value
            return last < (published - timedelta(days=RECENT_DAYS)).isoformat()
        return (published - day).days > RECENT_DAYS

    def long_before(self, found: DateMention) -> bool:
        """More than a year before a dated report's publication: background recalled in the lede
        ('Напомним, в сентябре 2022 года ...'), not the story's own occasion."""
        published = self.doc.published
        if not published or not found.value[:4].isdigit():
            return False
        return month_number(published) - month_number(found.value) > 12

    def read_story_years(self) -> bool:
        """A text with neither a publication date nor a dated lede: a day or month without a
        year is of the year named with a month just before it ('В апреле 2012 года ... В
        декабре' is December 2012). False if the text names no such year."""
        # (a span's edge is no point of the chronicle: 'находились там с ноября 2020 года')
        told = [(s_index, int(d.value[:4])) for s_index, found in sorted(self.dates.items())
                for d, _ in found if d.explicit_year and len(d.value) >= 7
                and not d.text.lower().startswith(("с ", "со ", "до ", "к "))]
        if not told:
            return False
        for s_index, sentence in enumerate(self.doc.sentences):
            # a chronicle names its years as it goes; a year named far back (a birth) or only
            # later in the text is no safe guess
            near = [year for told_in, year in told if s_index - STORY_YEAR_REACH <= told_in <= s_index]
            if near:
                found = find_dates(sentence.text, None, offset=sentence.start, story_year=near[-1])
                self.dates[s_index] = [(d, self.tree.index.at(d.start)) for d in found]
        return True

    def story_year(self) -> str | None:
        """The year an undated text tells its story in: the one year it names more often than
        any other, and more than once (a text of history, naming many, has none)."""
        # (a span's edge is no point of the story: 'находились там с ноября 2020 года')
        years = Counter(d.value[:4] for found in self.dates.values() for d, _ in found
                        if d.explicit_year and not d.text.lower().startswith(("с ", "со ", "до ", "к ")))
        ranked = years.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None  # a year named once may be anyone's birth or a war long before
        if ranked[0][0] != max(years):
            return None  # a life told up to a later year ('родился в 1923 году ... в 2013 году') is not of its busiest one
        return ranked[0][0]

    def read_dates(self, reference: str | None) -> None:
        """Every sentence's dates, read against `reference` as the day of writing."""
        named_year = None  # the year the text named last: '5 октября того же года'
        for s_index, sentence in enumerate(self.doc.sentences):
            found = find_dates(sentence.text, reference, offset=sentence.start, same_year=named_year)
            self.dates[s_index] = [(d, self.tree.index.at(d.start)) for d in found]
            named_year = next((int(d.value[:4]) for d in reversed(found) if d.explicit_year), named_year)

    def written_by(self, anchor: str) -> str:
        """The latest day an undated text reports within two weeks after its lede's day:
        the text was written no earlier."""
        first = parse_iso(anchor)
        days = [day for found in self.dates.values() for d, _ in found
                if len(d.value) == 10 and not d.weekday and (day := parse_iso(d.value)) is not None]
        recent = [day for day in days if first and 0 <= (day - first).days <= RECENT_DAYS]
        return max(recent).isoformat() if recent else anchor

    def story_date(self, headline: bool = False) -> tuple[str | None, str | None]:
        """The date an undated sentence inherits from the lede. A report published within
        two weeks of its lede date tells one occasion: the day carries over. Otherwise
        (or with no publication date) only the year is safe."""
        anchor = self.anchor_date
        if anchor is None:
            return None, None
        published, day = parse_iso(self.doc.published), parse_iso(anchor.value)
        if published and day and abs((published - day).days) <= RECENT_DAYS:
            return anchor.value, anchor.end
        if published is None and self.single_occasion():
            if headline:  # an undated report's headline tells the occasion its lede dates
                return anchor.value, anchor.end
            return anchor.value[:7], None  # an undated report of one occasion: its month
        return anchor.value[:4], None

    def single_occasion(self) -> bool:
        """The text dates only one month of the story's year: it tells one occasion, not a
        chronicle (a biography's far dates do not count)."""
        year = self.anchor_date.value[:4] if self.anchor_date else ""
        months = {d.value[:7] for found in self.dates.values() for d, _ in found
                  if len(d.value) >= 7 and d.value[:4] == year}
        return len(months) == 1

    def first_dated_sentence(self) -> int:
        """The first sentence after the headline that names a past date (len(sentences) if none):
        a date ahead ('к 2030 году') is a plan, not the background."""
        published = self.doc.published or ""
        return next((i for i in range(1, len(self.doc.sentences))
                     if any(d.value < published[:len(d.value)] and not describes_a_thing(self.tree, first)
                            for d, first in self.dates.get(i, []))),
                    len(self.doc.sentences))

    def then_date(self, sentence: int) -> str | None:
        """What 'тогда' refers to: the date the sentence before names ('В 2022 году произошли
        столкновения. Бишкек тогда обвинил ...'), else the last event's."""
        named = self.dates.get(sentence - 1, [])
        return named[-1][0].value if named else self.previous_date

    def remember(self, events: list[Event]) -> None:
        self.told = events
        for event in reversed(events):
            if event.date:
                self.previous_date = event.date
                return

    def told_date(self, sentence: int) -> tuple[str | None, str | None] | None:
        """The date the first event of a sentence (its main clause's) was given, if it told any; a visit
        is dated by its arrival and lasts on, so what its sides do next is not of that day."""
        start = self.doc.sentences[sentence].start
        dated = sorted((e for e in self.told if e.sentence_start == start and e.date and e.cameo not in ("042", "043")),
                       key=lambda e: e.trigger_start)
        return (dated[0].date, dated[0].date_end) if dated else None


def month_number(value: str) -> int:
    """'2026-06-09' -> months since year 0, to tell how far apart two dates are."""
    return int(value[:4]) * 12 + (int(value[5:7]) if len(value) >= 7 else 1)


def place_mentions(doc: Doc, tree: Tree) -> dict[int, list[tuple[int, str]]]:
    """Places named with a locative preposition ('в Баку', 'на Каспии'), per sentence."""
    out: dict[int, list[tuple[int, str]]] = {}
    for mention in doc.mentions:
        if mention.entity < 0 or mention.type not in ("LOC", "GPE") or mention.kind in ("adjective", "demonym"):
            continue
        entity = doc.entities[mention.entity]
        first = tree.index.at(mention.start)
        if first < 0:
            continue
        head = first
        tokens = list(tree.index.covering(mention.start, mention.stop))
        for t in tokens:  # the mention's syntactic head: the token whose head lies outside it
            if tree.tokens[t].head not in tokens:
                head = t
                break
        if tree.preposition(head) not in PLACE_PREPOSITIONS or tree.case(head) not in ("Loc", "Acc", ""):
            continue
        out.setdefault(tree.tokens[head].sentence, []).append((head, entity.name))
    return out


def clause_verb(tree: Tree, token: int) -> int:
    """The trigger's verb: itself, or the verb above a nominal trigger."""
    verb = token
    steps = 0
    while tree.tokens[verb].pos not in ("VERB", "AUX") and tree.tokens[verb].head >= 0 and steps < 4:
        verb = tree.tokens[verb].head
        steps += 1
    return verb


CLAUSE_STOPS = {"acl", "acl:relcl", "advcl", "parataxis", "conj", "ccomp", "csubj"}


def clause_of(tree: Tree, token: int) -> set[int]:
    """The trigger's clause: its verb (or the verb above a nominal trigger) and dependents."""
    return set(tree.subtree(clause_verb(tree, token), CLAUSE_STOPS))


def own_participles(tree: Tree, token: int) -> set[int]:
    """A nominal trigger's own participle phrase: 'договор, заключённый в июне 2015 года' tells
    when the act the noun names happened."""
    if tree.tokens[token].pos != "NOUN":
        return set()
    # the parse may hang it on a noun inside the phrase ('договоре ... о союзничестве, заключённом'):
    # the participle is the trigger's when it agrees with it
    hosts = [token] + [t for t in tree.subtree(token) if tree.tokens[t].pos == "NOUN" and t != token]
    return {t for host in hosts for participle in tree.kids(host, "acl")
            if tree.feats[participle].get("VerbForm") == "Part"
            and all(tree.feats[participle].get(f) == tree.feats[token].get(f) for f in ("Case", "Gender", "Number"))
            for t in tree.subtree(participle, CLAUSE_STOPS)}


def ahead_in_infinitive(context: Context, tree: Tree, token: int, found: DateMention, first: int) -> bool:
    """A date after publication inside an infinitive the trigger's verb governs is that act's, not the
    trigger's ('пригласил его посетить Ташкент в будущем году': the invitation is of today)."""
    published = context.doc.published
    if not published or found.value[:len(published)] <= published[:len(found.value)]:
        return False
    verb = clause_verb(tree, token)
    return any(first in tree.subtree(x) for x in tree.kids(verb, "xcomp") if x != token)


def describes_a_thing(tree: Tree, first: int) -> bool:
    """The date sits in a participle or relative clause that describes a thing ('текст договора,
    парафированного в марте'): when the thing came about, not when the story happens."""
    if first < 0:
        return False
    verb = clause_verb(tree, first)
    return tree.tokens[verb].rel in ("acl", "acl:relcl", "amod") and tree.feats[verb].get("VerbForm") in ("Part", "Fin")


SPAN_WORDS = {"до", "начиная", "вплоть"}


def span_edge(tree: Tree, first: int) -> bool:
    """'до 2030 года', 'начиная с мая': the far edge of a span, not when an act happened
    ('с 2015 года отбывает срок' does date the sentence: the term began then)."""
    if tree.tokens[first].text.lower() in SPAN_WORDS or (first > 0 and tree.tokens[first - 1].text.lower() in SPAN_WORDS):
        return True
    return period_of_a_thing(tree, first)


def period_of_a_thing(tree: Tree, first: int) -> bool:
    """'соглашение о поставках газа на 2027 год': the period a thing covers, not when the act
    happened."""
    on = tree.tokens[first].text.lower() == "на" or (first > 0 and tree.tokens[first - 1].text.lower() == "на")
    word = first + 1 if tree.tokens[first].text.lower() == "на" else first
    head, steps = tree.tokens[word].head, 0
    while head >= 0 and tree.tokens[head].lemma in ("год", "месяц") and steps < 3:  # up from '2027' to 'год'
        head, steps = tree.tokens[head].head, steps + 1
    return on and head >= 0 and tree.tokens[head].pos in ("NOUN", "PROPN")


def governing_verb(tree: Tree, token: int) -> int | None:
    """The finite verb an infinitive trigger depends on, through a noun at most ('заявили о
    готовности обсуждать' -> 'заявили'); None for a finite trigger."""
    verb = clause_verb(tree, token)
    if tree.feats[verb].get("VerbForm") != "Inf":
        return None
    head, steps = tree.tokens[verb].head, 0
    while head >= 0 and steps < 3:
        if tree.tokens[head].pos in ("VERB", "AUX") and tree.feats[head].get("VerbForm") == "Fin":
            return head
        head, steps = tree.tokens[head].head, steps + 1
    return None


def when_clause_head(tree: Tree, token: int) -> int | None:
    """'договорились в декабре 2008 года, когда Россия согласилась': a 'когда' clause
    happens when the act it hangs on does; that act's verb."""
    verb = clause_verb(tree, token)
    if tree.tokens[verb].rel not in ("advcl", "acl", "acl:relcl") or tree.tokens[verb].head < 0:
        return None
    if not any(tree.tokens[k].lemma == "когда" for k in tree.kids(verb, "mark", "advmod")):
        return None
    return clause_verb(tree, tree.tokens[verb].head)


def before_when(tree: Tree, token: int) -> set[int]:
    """The words just before a 'когда' clause ('в декабре 2008 года в Москве, когда'):
    where the parse hangs the clause elsewhere, they still say when and where."""
    verb = clause_verb(tree, token)
    when = next((k for k in tree.kids(verb, "mark", "advmod") if tree.tokens[k].lemma == "когда"), None)
    if when is None:
        return set()
    start = tree.sentence_range(tree.tokens[token].sentence).start
    return set(range(max(start, when - 8), when))


def restated_date(context: Context, tree: Tree, token: int) -> DateMention | None:
    """'Порошенко подписал закон ... Подписанный ещё 29 апреля закон отменяет ...': the next
    sentences name the same deed by its participle and object, with the day."""
    token = clause_verb(tree, token)  # 'подписал закон о моратории': the deed is the signing
    objects = {tree.tokens[o].lemma for o in tree.kids(token, "obj")}
    if tree.tokens[token].pos != "VERB" or not objects:
        return None
    sentence = tree.tokens[token].sentence
    for later in (sentence + 1, sentence + 2):
        if later >= len(context.doc.sentences):
            break
        words = tree.sentence_range(later)
        for t in words:
            if tree.tokens[t].lemma != tree.tokens[token].lemma or tree.feats[t].get("VerbForm") != "Part":
                continue
            noun = next((n for n in range(t + 1, min(t + 6, words.stop)) if tree.tokens[n].lemma in objects), None)
            if noun is None:
                continue
            dated = [d for d, first in context.dates.get(later, []) if t < first < noun]
            if dated:
                return dated[0]
    return None


def since(tree: Tree, first: int) -> bool:
    """'с ноября 2020 года': when a state began; a one-off act ('заявил') cannot date from it."""
    return tree.tokens[first].text.lower() in ("с", "со") or (first > 0 and tree.tokens[first - 1].text.lower() in ("с", "со"))


def continues_previous(tree: Tree, token: int) -> bool:
    """The clause goes on with the occasion the sentence before told: its subject is the sides of
    that occasion ('Лидеры обсудили', 'Стороны договорились') or it answers it ('Франция в ответ
    объявила')."""
    verb = clause_verb(tree, token)
    while tree.tokens[verb].rel == "conj" and tree.tokens[verb].head >= 0:  # 'поздравили друг друга и обсудили'
        verb = tree.tokens[verb].head
    sides = any(tree.tokens[s].lemma in SIDES_WORDS and tree.feats[s].get("Number") == "Plur"
                for s in tree.kids(verb, "nsubj"))
    answer = any(tree.tokens[o].lemma == "ответ" and tree.preposition(o) == "в" and not tree.kids(o, "nmod")
                 for o in tree.kids(verb, "obl"))
    return sides or answer


def dated_here(context: Context, tree: Tree, token: int) -> bool:
    """The sentence dates the act's own clause or opens with a date; a date deep in a clause about
    something else ('за убийство фотографа, освещавшего войну в 2014 году') does not date the act."""
    sentence = tree.tokens[token].sentence
    clause = clause_of(tree, token)
    start = tree.sentence_range(sentence).start
    return any((first in clause or first - start <= 2 or first < 0) and not span_edge(tree, first)
               and not ahead_in_infinitive(context, tree, token, found, first)  # 'увеличить ... к 2030 году'
               for found, first in context.dates.get(sentence, []))


def locate(context: Context, tree: Tree, token: int, modality: str) -> tuple[str | None, str | None, str | None]:
    """(date, date_end, location) for the event whose trigger is `token`."""
    sentence = tree.tokens[token].sentence
    clause = clause_of(tree, token)
    perfective = tree.feats[clause_verb(tree, token)].get("Aspect") == "Perf"
    in_clause = [d for d, first in context.dates.get(sentence, [])
                 if first in clause and not span_edge(tree, first) and not (perfective and since(tree, first))
                 and not (modality == "asserted" and ahead_in_infinitive(context, tree, token, d, first))]
    outer = governing_verb(tree, token)
    if not in_clause and outer is not None:  # 'заявили о готовности обсуждать': when they said so
        in_clause = [d for d, first in context.dates.get(sentence, [])
                     if first in clause_of(tree, outer) and not span_edge(tree, first)]
    when = when_clause_head(tree, token)
    if not in_clause and when is not None:
        clause = clause_of(tree, when) | before_when(tree, token)
        in_clause = [d for d, first in context.dates.get(sentence, [])
                     if first in clause and not span_edge(tree, first) and not since(tree, first)]
    sentence_words = {tree.tokens[t].lemma for t in tree.sentence_range(sentence)}
    date = end = None
    opening = [d for d, first in context.dates.get(sentence, [])
               if 0 <= first < token and first - tree.sentence_range(sentence).start <= 2]
    before = [d for d in in_clause if d.start < tree.tokens[token].start]
    participle = own_participles(tree, token)
    own = [d for d, first in context.dates.get(sentence, []) if first in participle and not span_edge(tree, first)]
    if own:
        date, end = own[0].value, own[0].end
    elif before or (in_clause and not opening):
        best = min(before or in_clause, key=lambda d: abs(d.start - tree.tokens[token].start))
        future = modality == "planned" or tree.feats[clause_verb(tree, token)].get("Tense") == "Fut"
        date, end = best.ahead(context.doc.published) if future else best.value, best.end
    elif opening:  # 'В январе Обама — тогда президент — сократил ...': it opens the sentence
        date, end = opening[0].value, opening[0].end
    elif (restated := restated_date(context, tree, token)) is not None:
        date, end = restated.value, restated.end
    elif sentence_words & THEN_WORDS and (then := context.then_date(sentence)):
        date = then[:7]  # 'тогда' places it in that month, not on that day
    elif not dated_here(context, tree, token) and continues_previous(tree, token) \
            and sentence > 0 and (told := context.told_date(sentence - 1)):
        date, end = told  # 'Накануне Путин провёл разговор ... Лидеры обсудили': as that call was dated
    elif not dated_here(context, tree, token) and context.anchor_date and modality == "asserted" \
            and not sentence_words & EARLIER_WORDS:
        date, end = context.story_date(headline=sentence == 0)
    elif not dated_here(context, tree, token) and context.anchor_date is None and context.doc.published \
            and modality == "asserted" and not sentence_words & EARLIER_WORDS \
            and (sentence < LEDE_SENTENCES or sentence < context.first_dated_sentence()):
        # a lede that dates nothing reports the day it is published, and so does the rest of the
        # report up to where it first names a date (the background begins there)
        date = context.doc.published
    elif not dated_here(context, tree, token) and context.doc.published is None and modality == "asserted" \
            and not sentence_words & EARLIER_WORDS:
        date = context.story_year()
    places = [place for t, place in context.locations.get(sentence, []) if t in participle] \
        or [place for t, place in context.locations.get(sentence, []) if t in clause]
    location = places[0] if places else None
    if location is None and not context.dates.get(sentence) and modality == "asserted":
        location = context.anchor_location
    return date, end, location
