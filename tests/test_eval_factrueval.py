"""factRuEval-2016 harness: response files, track 1 and track 3 scoring rules."""
from __future__ import annotations


import pytest

from letopis.doc import Fact
from letopis.eval.factrueval import (read_factrueval_doc, read_task1, run_track1, score_track1, split_dir,
                                     write_task1, write_task3)
from letopis.eval.factrueval_facts import (FACT_TYPES, gold_facts, read_task3, same_value, score_track3)
from letopis.eval.factrueval_read import (FactRuEvalDoc, FrMention, FrSpan, FrToken, fr_normalise,
                                          list_doc_ids)
from letopis.eval.factrueval_score import gold_token_sets, score_document


# ---------------------------------------------------------------- synthetic document (invented text)

def _doc() -> FactRuEvalDoc:
    text = "Иван Петров посетил Москву и завод Ромашка ."
    tokens, pos = [], 0
    for n, word in enumerate(text.split(" ")):
        tokens.append(FrToken(str(n), pos, len(word), word, fr_normalise(word)))
        pos += len(word) + 1
    spans = {"s0": FrSpan("s0", "name", 0, 4, ["0"], "иван"),
             "s1": FrSpan("s1", "surname", 5, 6, ["1"], "петров"),
             "s2": FrSpan("s2", "loc_name", 20, 6, ["3"], "москву"),
             "s3": FrSpan("s3", "org_descr", 29, 5, ["5"], "завод"),
             "s4": FrSpan("s4", "org_name", 35, 7, ["6"], "ромашка")}
    mentions = [FrMention("m1", "Person", "per", ["s0", "s1"]),
                FrMention("m2", "LocOrg", "locorg", ["s2"]),
                FrMention("m3", "Org", "org", ["s3", "s4"])]
    return FactRuEvalDoc("book_1", text, tokens, spans, mentions, [], [])


GOLD = [("per", 0, 11), ("locorg", 20, 6), ("org", 29, 13)]


def _f1(counts, key="overall"):
    c = counts[key]
    return c.as_dict()


def test_gold_against_itself_scores_one():
    r = _f1(score_document(_doc(), GOLD))
    assert r["precision"] == r["recall"] == r["f1"] == 1.0


def test_removed_mention_lowers_recall_only():
    r = _f1(score_document(_doc(), GOLD[:2]))
    assert r["precision"] == 1.0
    assert r["recall"] == pytest.approx(2 / 3)


def test_wrong_tag_is_an_error_on_both_sides():
    r = _f1(score_document(_doc(), [("org", 0, 11), *GOLD[1:]]))
    assert r["recall"] == pytest.approx(2 / 3)
    assert r["precision"] == pytest.approx(2 / 3)


def test_locorg_counts_as_loc_in_the_second_mode():
    response = [GOLD[0], ("loc", 20, 6), GOLD[2]]
    assert _f1(score_document(_doc(), response, locorg=True))["f1"] < 1.0
    assert _f1(score_document(_doc(), response, locorg=False))["f1"] == 1.0


def test_partial_span_gets_partial_credit_and_descriptor_tokens_weigh_nothing():
    # the organisation without its descriptor 'завод': the descriptor token has weight 0
    assert _f1(score_document(_doc(), [GOLD[0], GOLD[1], ("org", 35, 7)]))["f1"] == 1.0
    # the person by surname only: half the weighted tokens
    r = _f1(score_document(_doc(), [("per", 5, 6), GOLD[1], GOLD[2]]), "per")
    assert r["tp"] == pytest.approx(0.5)


def test_embedded_gold_mention_is_ignored():
    doc = _doc()
    doc.mentions.append(FrMention("m4", "Org", "org", ["s4"]))      # 'Ромашка' inside 'завод Ромашка'
    assert _f1(score_document(doc, GOLD))["f1"] == 1.0


def test_task1_file_roundtrip_and_validation(tmp_path):
    write_task1(tmp_path, "book_7", [("PER", 3, 5), ("loc", 10, 2)])
    assert read_task1(tmp_path / "book_7.task1") == [("per", 3, 5), ("loc", 10, 2)]
    with pytest.raises(ValueError):
        write_task1(tmp_path, "book_8", [("misc", 0, 1)])


def test_fuzzy_value_threshold():
    assert same_value("путин", "путина")            # one edit under 9 characters
    assert not same_value("путин", "путиным")       # two edits
    assert not same_value("я", "и")                 # no edit allowed on one character


def test_task3_file_roundtrip(tmp_path):
    facts = [Fact("Occupation", [("who", "Иван Петров", 0, 11), ("position", "директор", 0, 0)]),
             Fact("Meeting", [("participant", "А", 0, 1), ("participant", "Б", 2, 3)])]
    read = read_task3(write_task3(tmp_path, "book_3", facts))
    assert [f.type for f in read] == ["occupation", "meeting"]
    assert [(a.name, a.values) for a in read[0].args] == [("who", ["иван петров"]), ("position", ["директор"])]


def test_deal_type_label_is_an_argument_that_scores():
    from letopis.eval.factrueval_facts import Arg, ScoredFact, match_facts

    gold = [ScoredFact("deal", [Arg("participant", ["ромашка"]), Arg("participant", ["василек"]),
                                Arg("type", ["купля/продажа"])])]
    full = ScoredFact("deal", [Arg("participant", ["ромашка"]), Arg("participant", ["василек"]),
                               Arg("type", ["купля/продажа"])])
    wrong_type = ScoredFact("deal", [Arg("participant", ["ромашка"]), Arg("participant", ["василек"]),
                                     Arg("type", ["инвестиции"])])
    tp_std, _tp_test, n_std, _n_test = match_facts(gold, [full])
    assert tp_std == n_std == 1
    tp_wrong = match_facts(gold, [wrong_type])[0]
    assert 0 < tp_wrong < 1


def test_gold_values_of_overlapping_spans_are_a_token_set_and_the_interval():
    from letopis.eval.factrueval_read import FrEntity, FrFact, FrFactArg

    doc = _doc()
    # an org whose descriptor span and name span share the token 'завод' (as in the corpus)
    doc.spans["s5"] = FrSpan("s5", "org_name", 29, 13, ["5", "6"], "завод ромашка")
    doc.mentions[2] = FrMention("m3", "Org", "org", ["s3", "s5"])
    doc.entities = [FrEntity("1", ["m1"], [("firstname", "Иван"), ("lastname", "Петров")]),
                    FrEntity("3", ["m3"], [("name", "Ромашка")])]
    doc.facts = [FrFact("1-0", "occupation", [FrFactArg("who", "obj", "1", ["Петров Иван"]),
                                               FrFactArg("where", "obj", "3", ["Ромашка"])])]
    where = next(a for a in gold_facts(doc)[0].args if a.name == "where")
    assert "завод ромашка" in where.values
    assert not any("завод завод" in v for v in where.values)
    assert "завод ромашк" in where.values       # the organisers' interval text loses its last character


def test_task3_roundtrip_keeps_deal_and_ownership_args(tmp_path):
    facts = [Fact("Deal", [("participant", "Ромашка", 0, 7), ("participant", "Василёк", 9, 16),
                           ("type", "купля/продажа", -1, -1)]),
             Fact("Ownership", [("owner", "Иван Петров", 0, 11), ("property", "Ромашка", 20, 27)])]
    read = read_task3(write_task3(tmp_path, "book_4", facts))
    assert [f.type for f in read] == ["deal", "ownership"]
    assert ("type", ["купля/продажа"]) in [(a.name, a.values) for a in read[0].args]
    assert [(a.name, a.values) for a in read[1].args] == [("owner", ["иван петров"]), ("property", ["ромашка"])]


# ---------------------------------------------------------------- on the corpus

def _gold_mentions(doc):
    idx = {t.id: t for t in doc.tokens}
    out = []
    for m in doc.mentions:
        if m.tag in ("per", "org", "loc", "locorg"):
            toks = [idx[t] for s in m.span_ids for t in doc.spans[s].token_ids]
            start = min(t.start for t in toks)
            out.append((m.tag, start, max(t.start + t.length for t in toks) - start))
    return out


def _contiguous(doc):
    order = {t.id: i for i, t in enumerate(doc.tokens)}
    for m in doc.mentions:
        ix = sorted({order[t] for s in m.span_ids for t in doc.spans[s].token_ids})
        if ix and ix[-1] - ix[0] + 1 != len(ix):
            return False
    return True


def test_corpus_gold_scores_one_and_recall_drops_as_expected(shared_dir):
    gold = split_dir("dev", shared_dir)
    checked = 0
    for doc_id in list_doc_ids(gold)[:40]:
        doc = read_factrueval_doc(gold / doc_id)
        if doc.load_error or not _contiguous(doc):
            continue
        mentions = _gold_mentions(doc)
        full = score_document(doc, mentions)["overall"].as_dict()
        assert full["f1"] == 1.0, doc_id
        # drop two gold mentions that count (top level, named, no duplicate)
        sets = gold_token_sets(doc)
        counted = [m for m, ts in zip([m for m in doc.mentions if m.tag in ("per", "org", "loc", "locorg")], sets)
                   if not ts.parents and not ts.siblings and not ts.is_unnamed()]
        if len(counted) < 3:
            continue
        drop = {counted[0].id, counted[1].id}
        kept = [x for m, x in zip([m for m in doc.mentions if m.tag in ("per", "org", "loc", "locorg")], mentions)
                if m.id not in drop]
        part = score_document(doc, kept)["overall"].as_dict()
        assert part["precision"] == 1.0
        assert part["recall"] == pytest.approx((full["n_gold"] - 2) / full["n_gold"])
        checked += 1
    assert checked >= 5


def test_run_track1_with_gold_predictor(shared_dir, tmp_path):
    gold = split_dir("dev", shared_dir)
    by_text = {}
    for doc_id in list_doc_ids(gold):
        doc = read_factrueval_doc(gold / doc_id)
        by_text[doc.text] = _gold_mentions(doc)
    result = run_track1(lambda text: by_text[text], "dev", tmp_path, shared_dir)
    assert result["documents"] == len(by_text)
    assert result["standard"]["overall"]["f1"] > 0.98
    assert result["locorg_as_loc"]["overall"]["f1"] > 0.98
    empty = tmp_path / "empty"
    for doc_id in list_doc_ids(gold):
        write_task1(empty, doc_id, [])
    nothing = score_track1(gold, empty)["standard"]["overall"]
    assert nothing["recall"] == 0.0 and nothing["n_gold"] > 1000


def _gold_task3(doc):
    return [Fact(f.type.capitalize(), [(a.name, a.values[0], 0, 0) for a in f.args
                                       if a.name not in ("модальность", "сложность", "фаза")])
            for f in doc.facts if f.type in FACT_TYPES]


def test_track3_gold_scores_one_and_perturbations_cost(shared_dir, tmp_path):
    gold = split_dir("dev", shared_dir)
    full, fewer, thinner = tmp_path / "full", tmp_path / "fewer", tmp_path / "thinner"
    for doc_id in list_doc_ids(gold):
        doc = read_factrueval_doc(gold / doc_id)
        facts = _gold_task3(doc)
        write_task3(full, doc_id, facts)
        write_task3(fewer, doc_id, [f for f in facts if f.type != "Occupation"] +
                    [f for f in facts if f.type == "Occupation"][1:])
        # every occupation loses its position argument
        write_task3(thinner, doc_id, [Fact(f.type, [a for a in f.args if a[0] != "position"]) for f in facts])
    r_full = score_track3(gold, full)
    assert r_full["overall"]["f1"] == 1.0
    r_fewer = score_track3(gold, fewer)
    assert r_fewer["occupation"]["precision"] == 1.0
    assert r_fewer["occupation"]["recall"] < 1.0
    r_thin = score_track3(gold, thinner)
    assert 0.5 < r_thin["occupation"]["recall"] < 1.0
    assert r_thin["meeting"]["f1"] == 1.0


def test_gold_facts_accept_inflected_names(shared_dir):
    gold = split_dir("dev", shared_dir)
    for doc_id in list_doc_ids(gold):
        doc = read_factrueval_doc(gold / doc_id)
        for f in gold_facts(doc):
            for a in f.args:
                assert a.values, (doc_id, f.type, a.name)
