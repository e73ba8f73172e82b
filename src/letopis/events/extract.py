"""Events from the parse: trigger -> arguments -> actors -> CAMEO-coded Event records."""
from __future__ import annotations

from dataclasses import dataclass

from ..doc import Actor, Doc, Event
from ..entities.gazetteer import load_gazetteer
from .actors import PLURAL_PRONOUNS, ActorResolver, same_actor
from .arguments import noun_sources, subjects, targets
from .cameo import load_cameo, predicates_by_lemma
from .context import Context, locate
from .modality import modality_of
from .syntax import Tree
from .triggers import Trigger, find_triggers

SYMMETRIC_ROOTS = {"04", "06"}
LOW_PRIORITY = {"010"}          # 'заявил': only when nothing more specific is said
VISIT = "042"
HOST = "043"
# a trigger inside the content of an appeal or invitation is part of that act
CONTENT_HEADS = {"пригласить", "приглашать", "призвать", "призывать", "попросить", "просить",
                 "предложить", "предлагать", "потребовать", "требовать", "приглашение", "призыв", "просьба"}


@dataclass(slots=True)
class Candidate:
    trigger: Trigger
    sources: list[Actor]
    targets: list[Actor]


def governed_by_content_head(tree: Tree, token: int) -> bool:
    head = tree.tokens[token].head
    rel = tree.tokens[token].rel
    steps = 0
    while head >= 0 and steps < 3 and rel in ("xcomp", "obj", "ccomp", "obl", "nmod", "acl"):
        if tree.tokens[head].lemma in CONTENT_HEADS:
            return True
        rel = tree.tokens[head].rel
        head = tree.tokens[head].head
        steps += 1
    return False


def argument_actors(tree: Tree, resolver: ActorResolver, trigger: Trigger) -> Candidate:
    token = trigger.token
    if trigger.predicate.pos == "NOUN" or trigger.predicate.source == "nmod":
        source_tokens = noun_sources(tree, token)
    else:
        source_tokens = subjects(tree, token)
    sources: list[Actor] = []
    for t in source_tokens:
        sources.extend(resolver.resolve(t))
    found_targets: list[Actor] = []
    for t in targets(tree, trigger):
        found_targets.extend(resolver.resolve(t))
    return Candidate(trigger, sources, found_targets)


def pairs(candidate: Candidate, root: str) -> list[tuple[Actor, Actor | None]]:
    """Source-target pairs; 'A и B провели переговоры' is one symmetric event A-B."""
    sources, targets_ = candidate.sources, candidate.targets
    if not sources:
        return []
    if not targets_ and root in SYMMETRIC_ROOTS and len(sources) >= 2:
        return [(sources[0], other) for other in sources[1:]]
    if not targets_:
        return [(source, None) for source in sources]
    return [(s, t) for s in sources for t in targets_ if not same_actor(s, t)]


def make_event(code: str, source: Actor, target: Actor | None, trigger: Trigger, doc: Doc,
               tree: Tree, context: Context, rule: str) -> Event:
    table = load_cameo()
    entry = table.get(code)
    tok = tree.tokens[trigger.token]
    sentence = doc.sentences[tok.sentence]
    modality = modality_of(tree, trigger.token)
    date, date_end, location = locate(context, tree, trigger.token, modality)
    confidence = 0.5 + (0.15 if source.entity >= 0 else 0) + (0.15 if target is not None and target.entity >= 0 else 0)
    confidence += 0.1 if trigger.predicate.object else 0
    confidence -= 0.2 if code in LOW_PRIORITY else 0
    return Event(
        cameo=code, source=source, target=target, root=entry.root, quad_class=entry.quad_class,
        goldstein=entry.goldstein, plover=entry.plover, plover_mode=entry.plover_mode,
        date=date, date_end=date_end, location=location, modality=modality,
        confidence=round(min(confidence, 0.95), 2), evidence=sentence.text,
        sentence_start=sentence.start, sentence_stop=sentence.stop,
        trigger_start=tok.start, trigger_stop=tok.stop, rule=rule,
    )


def state_of(actor: Actor, resolver: ActorResolver) -> Actor | None:
    """The state a visited place belongs to ('Астану' -> Казахстан)."""
    if actor.entity < 0:
        return actor if actor.country else None
    entity = resolver.doc.entities[actor.entity]
    if entity.type == "GPE" and entity.country and not entity.country.startswith("IGO:"):
        if entity.key == entity.country:
            return actor
        return resolver.actor_from_entity(entity, resolver.tree.index.at(actor.start), as_state=True)
    return None


def find_events(doc: Doc, models: object = None) -> Doc:
    """1. find triggers per sentence; 2. resolve their arguments to actors; 3. apply the
    coding conventions (visits give 042 and 043, 'стороны' are the meeting's sides);
    4. date, place and modality; 5. one event per (source, target, code)."""
    if not doc.tokens:
        doc.events = []
        return doc
    tree = Tree(doc)
    resolver = ActorResolver(doc, tree, load_gazetteer())
    lexicon = predicates_by_lemma()
    context = Context.build(doc, tree)
    events: list[Event] = []
    last_meeting: tuple[Actor, Actor] | None = None
    for s_index in range(len(doc.sentences)):
        tokens = tree.sentence_range(s_index)
        triggers = find_triggers(tree, tokens, lexicon)
        specific = {t.token for t in triggers if t.predicate.cameo not in LOW_PRIORITY}
        for trigger in triggers:
            code = trigger.predicate.cameo
            if code in LOW_PRIORITY and specific:
                continue
            if governed_by_content_head(tree, trigger.token):
                continue
            candidate = argument_actors(tree, resolver, trigger)
            root = code[:2]
            subject_words = {tree.tokens[t].lemma for t in subjects(tree, trigger.token)} if trigger.predicate.pos != "NOUN" else set()
            if subject_words & PLURAL_PRONOUNS and not candidate.sources:
                if root in SYMMETRIC_ROOTS and last_meeting:
                    candidate.sources, candidate.targets = [last_meeting[0]], [last_meeting[1]]
                else:
                    continue
            rule = f"{trigger.predicate.lemma}/{code} (predicates.tsv:{trigger.predicate.line})"
            for source, target in pairs(candidate, root):
                if code in LOW_PRIORITY and target is None:
                    continue
                if code == VISIT:
                    host = state_of(target, resolver) if target else None
                    if host is None or (source.country and host.country == source.country):
                        continue
                    visit = make_event(VISIT, source, host, trigger, doc, tree, context, rule)
                    visit.location = visit.location or (resolver.doc.entities[target.entity].name
                                                        if target and target.entity >= 0 else None)
                    hosted = make_event(HOST, host, source, trigger, doc, tree, context, rule + " +host")
                    hosted.location = visit.location
                    events.extend([visit, hosted])
                    continue
                event = make_event(code, source, target, trigger, doc, tree, context, rule)
                events.append(event)
                if root == "04" and target is not None:
                    last_meeting = (source, target)
            context.remember(events)
    doc.events = deduplicate(events)
    return doc


def event_key(event: Event) -> tuple:
    def side(actor: Actor | None) -> str:
        if actor is None:
            return ""
        return f"e{actor.entity}" if actor.entity >= 0 else f"{actor.name.lower()}|{actor.country}"
    source, target = side(event.source), side(event.target)
    if event.root in SYMMETRIC_ROOTS:
        source, target = sorted((source, target))
    return (source, target, event.cameo, event.modality == "negated")


def deduplicate(events: list[Event]) -> list[Event]:
    """One event per (source, target, code): the first report, with the best confidence."""
    kept: dict[tuple, Event] = {}
    for event in events:
        key = event_key(event)
        if key not in kept:
            kept[key] = event
        else:
            first = kept[key]
            first.confidence = max(first.confidence, event.confidence)
            first.date = first.date or event.date
            first.location = first.location or event.location
    return list(kept.values())
