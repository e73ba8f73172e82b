"""CAMEO table (cameo.tsv), its loader, and the Russian predicate lexicon (predicates.tsv)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from letopis.events.cameo import (CAMEO_TSV, PREDICATES_TSV, CameoCode, LexiconError,
                                  describe, load_cameo, load_predicates, predicates_by_lemma,
                                  quad_class, validate)

ROOT = Path(__file__).resolve().parents[1]


# --- cameo.tsv -------------------------------------------------------------------------

def test_every_root_present_with_its_codes():
    table = load_cameo()
    roots = [f"{i:02d}" for i in range(1, 21)]
    for root in roots:
        assert root in table
        assert table.children(root), f"root {root} has no 3-digit codes"
    assert len(table) == 311  # 20 roots + 3- and 4-digit codes of GDELT's table


@pytest.mark.parametrize("code,name,goldstein", [
    # values read from GDELT's CAMEO.goldsteinscale.txt (mpiccirilli/UNDP-BCPR-Project)
    ("042", "Make a visit", 1.9),
    ("043", "Host a visit", 2.8),
    ("190", "Use conventional military force, not specified below", -10.0),
    ("016", "Deny responsibility", -2.0),  # pinned: other copies say 3.4
    ("022", "Appeal for diplomatic cooperation, such as policy support", 3.2),
    ("051", "Praise or endorse", 3.4),
    ("111", "Criticize or denounce", -2.0),
    ("0874", "Retreat or surrender militarily", 10.0),
    ("130", "Threaten, not specified below", -4.4),
    ("163", "Impose embargo, boycott, or sanctions", -8.0),
    ("1823", "Kill by physical assault", -10.0),
])
def test_values_match_source(code, name, goldstein):
    c = load_cameo().get(code)
    assert (c.name, c.goldstein, c.goldstein_from) == (name, goldstein, "own")


def test_source_defects_repaired():
    table = load_cameo()
    assert table.get("106").name == "Demand withdrawal"  # joined onto 1056's line in the source
    assert table.get("1056").name == "Demand de-escalation of military engagement"
    assert table.get("044").name == "Meet at a 'third' location"


def test_quad_class_follows_gdelt_grouping():
    table = load_cameo()
    for c in table:
        r = int(c.root)
        want = 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4
        assert c.quad_class == want == quad_class(c.code), c.code
    assert [quad_class(x) for x in ("042", "0841", "112", "173")] == [1, 2, 3, 4]


@pytest.mark.parametrize("code,plover,mode", [
    ("041", "CONSULT", "phone"),
    ("042", "CONSULT", "visit"),
    ("057", "SUPPORT", ""),
    ("0841", "RETREAT", "release"),
    ("100", "REQUEST", ""),
    ("163", "COERCE", "restrict"),  # PLOVER moves sanctions out of SANCTION
    ("173", "COERCE", "arrest"),
    ("192", "COERCE", "seize"),
    ("195", "ASSAULT", "heavy-weapons"),
])
def test_plover_mapping(code, plover, mode):
    c = load_cameo().get(code)
    assert (c.plover, c.plover_mode) == (plover, mode)


def test_roots_01_02_have_no_plover():
    for c in load_cameo():
        if c.root in ("01", "02"):
            assert (c.plover, c.plover_from) == ("", "none"), c.code
        else:
            assert c.plover and c.plover_from in ("own", "parent"), c.code


def test_four_digit_codes_belong_to_their_parent():
    table = load_cameo()
    fours = [c for c in table if len(c.code) == 4]
    assert len(fours) > 100
    for c in fours:
        parent = table.get(c.code[:3])
        assert c.root == parent.root == c.code[:2]
        assert c.quad_class == parent.quad_class
        assert table.root(c.code) == c.code[:2]


def _build_module():
    spec = importlib.util.spec_from_file_location("build_cameo_table",
                                                  ROOT / "scripts" / "build_cameo_table.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_build_inherits_missing_values_from_parent(tmp_path):
    """The table builder fills a code missing from the Goldstein or PLOVER table from its parent."""
    (tmp_path / "CAMEO.eventcodes.txt").write_text(
        "CAMEOEVENTCODE\tEVENTDESCRIPTION\n1\tVerbal Cooperation\n01\tSTATEMENT\n"
        "010\tMake statement\n3\tVerbal Conflict\n12\tREJECT\n121\tReject material cooperation\n"
        "1211\tReject economic cooperation\n", encoding="utf-8")
    (tmp_path / "CAMEO.goldsteinscale.txt").write_text(
        "CAMEOEVENTCODE\tGOLDSTEINSCALE\n01\t0.0\n010\t0.0\n12\t-4.0\n121\t-4.5\n", encoding="utf-8")
    (tmp_path / "CAMEO2PLOVER-2021.txt").write_text(
        "12: REJECT\n121: REJECT, assist,   # Reject material cooperation\n", encoding="utf-8")
    rows = {r["code"]: r for r in _build_module().build(tmp_path)}
    assert (rows["1211"]["goldstein"], rows["1211"]["goldstein_from"]) == ("-4.5", "parent")
    assert (rows["1211"]["plover_mode"], rows["1211"]["plover_from"]) == ("assist", "parent")
    assert rows["121"]["goldstein_from"] == rows["121"]["plover_from"] == "own"
    assert rows["010"]["plover_from"] == "none"
    assert rows["1211"]["quad_class"] == "3"


def test_table_header_cites_sources():
    head = "".join(ln for ln in CAMEO_TSV.read_text(encoding="utf-8").splitlines(True)
                   if ln.startswith("#"))
    for source in ("AlifCor/media-focus", "mpiccirilli/UNDP-BCPR-Project",
                   "openeventdata/PLOVER", "CC BY-SA 4.0"):
        assert source in head


def test_get_validate_describe():
    table = load_cameo()
    assert isinstance(table.get(" 042 "), CameoCode)
    with pytest.raises(KeyError, match="0430"):
        table.get("0430")
    assert validate("0841") and validate("19")
    assert not any(validate(x) for x in ("42", "0430", "", "04a", 42, None))
    text = describe("042")
    assert text.startswith("042 Make a visit") and "+1.9" in text and "CONSULT" in text


# --- predicates.tsv ----------------------------------------------------------------------

def test_lexicon_size_and_coverage():
    preds = load_predicates()
    assert len(preds) >= 250
    assert {p.cameo[:2] for p in preds} == {f"{i:02d}" for i in range(1, 21)}


def test_every_row_has_a_valid_code():
    table = load_cameo()
    for p in load_predicates():
        assert len(p.cameo) in (3, 4) and validate(p.cameo), p
        assert table.get(p.cameo).root == p.cameo[:2]


def test_gold_conventions():
    by = predicates_by_lemma()
    first = {lemma: next(p.cameo for p in rows if not p.object)  # the row without an object
             for lemma, rows in by.items() if any(not p.object for p in rows)}
    assert first["посетить"] == "042" and first["визит"] == "042"
    assert first["пригласить"] == "036" and first["поздравить"] == "051"
    assert first["помиловать"] == "0841" and first["приговорить"] == "173"
    assert {p.cameo for p in by["выслать"] if "дипломат" in p.object} == {"161"}
    assert {p.cameo for p in by["ввести"] if "санкция" in p.object} == {"163"}


def test_object_rows_come_first():
    for lemma, rows in predicates_by_lemma().items():
        flags = [bool(p.object) for p in rows]
        assert flags == sorted(flags, reverse=True), lemma


def test_lemmas_are_natasha_normal_forms():
    """Each lemma (and object) is what natasha's lemmatizer gives: a pymorphy2 normal form, ё -> е."""
    natasha = pytest.importorskip("natasha")
    vocab = natasha.MorphVocab()
    pos_ok = {"VERB": {"VERB"}, "NOUN": {"NOUN"}, "ADJ": {"ADJ"}}

    def normals(word, pos=None):
        return {f.normal.replace("ё", "е") for f in vocab.parse(word)
                if pos is None or f.pos in pos_ok[pos]}

    bad = [(p.line, p.lemma) for p in load_predicates() if p.lemma not in normals(p.lemma, p.pos)]
    assert bad == []
    objects = {o for p in load_predicates() for o in p.object}
    bad = sorted(o for o in objects
                 if o not in normals(o)
                 and all(vocab.lemmatize(o, pos, {}) != o for pos in ("NOUN", "ADJ", "VERB")))
    assert bad == []


def _lexicon(tmp_path, row):
    path = tmp_path / "predicates.tsv"
    path.write_text("# comment\nlemma\tobject\tcameo\tpos\ttarget\tsource\tnote\n"
                    "посетить\t\t042\tVERB\tobj\tnsubj\tvisit\n" + row + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("row,message", [
    ("осудить\t\t1111\tVERB\tobj\tnsubj\tx", "not a 3- or 4-digit CAMEO code"),
    ("осудить\t\t11\tVERB\tobj\tnsubj\tx", "not a 3- or 4-digit CAMEO code"),
    ("осудить\t\t111\tVRB\tobj\tnsubj\tx", "pos must be"),
    ("осудить\t\t111\tVERB\tвдоль+gen\tnsubj\tx", "unknown target cue"),
    ("Осудить\t\t111\tVERB\tobj\tnsubj\tx", "lemma must be"),
    ("посетить\t\t043\tVERB\tobj\tnsubj\tdup", "duplicates line 3"),
])
def test_bad_row_names_its_line(tmp_path, row, message):
    path = _lexicon(tmp_path, row)
    with pytest.raises(LexiconError, match=rf"predicates\.tsv:4: .*{message}"):
        load_predicates(path)


def test_loader_parses_tuples(tmp_path):
    path = _lexicon(tmp_path, "подписать\tсоглашение | договор\t057\tVERB\tс+ins, obj\t\tsign")
    p = load_predicates(path)[1]
    assert (p.object, p.target, p.source, p.line) == (("соглашение", "договор"), ("с+ins", "obj"),
                                                       "nsubj", 4)
    assert load_predicates(PREDICATES_TSV)  # the shipped file still loads after a bad one


def test_when_column_marks_a_sense_that_needs_a_negation(tmp_path):
    path = tmp_path / "predicates.tsv"
    header = "lemma\tobject\tcameo\tpos\ttarget\tsource\tnote\texcept\twhen\n"
    path.write_text(header + "стать\tкомментировать\t011\tVERB\tobj\tnsubj\tdecline\t\tnegated\n"
                    "осудить\t\t111\tVERB\tobj\tnsubj\tcondemn\t\t\n", encoding="utf-8")
    rows = {p.lemma: p for p in load_predicates(path)}
    assert rows["стать"].negated and not rows["осудить"].negated
    bad = tmp_path / "bad" / "predicates.tsv"  # (a new path: the loader caches by path)
    bad.parent.mkdir()
    bad.write_text(header + "стать\tкомментировать\t011\tVERB\tobj\tnsubj\tdecline\t\tsometimes\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"predicates\.tsv:2: when must be"):
        load_predicates(bad)
