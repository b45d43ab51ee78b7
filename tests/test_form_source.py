"""The self-assessment form is built from the profile schema, the shapes and the ontology's labels:
every field of the schema is in the form exactly once, in the schema's order, labelled as the
ontology labels the property the JSON-LD context maps it to; the form module lists no fields."""
from __future__ import annotations

from pathlib import Path


def _leaves(schema: dict, prefix: str = "") -> list[str]:
    out = []
    for name, spec in schema["properties"].items():
        if spec.get("type") == "object" and "properties" in spec:
            out += _leaves(spec, f"{prefix}{name}.")
        else:
            out.append(prefix + name)
    return out


def test_every_schema_field_once_in_schema_order(app):
    from kg_service.assessment.profile import schema
    from kg_service.web.pages_assess import groups

    names = [f.name for g in groups(app.state.sfkg) for f in g.fields]
    assert sorted(names) == sorted(_leaves(schema())) and len(set(names)) == len(names)
    # groups keep the schema's order of their fields
    for g in groups(app.state.sfkg):
        got = [f.name for f in g.fields]
        assert got == [n for n in _leaves(schema()) if n in got], g.key


def test_labels_and_values_come_from_the_ontology(app):
    from rdflib import URIRef
    from rdflib.namespace import RDFS

    from kg_service.web.pages_assess import choices, groups

    s = app.state.sfkg
    fields = {f.name: f for g in groups(s) for f in g.fields}
    label = {str(o.language): str(o) for o in s.kg.graph.objects(
        URIRef("https://w3id.org/bjsf/ontology#aboveDesignatedSize"), RDFS.label)}
    assert fields["above_designated_size"].label == label
    assert fields["maturity_level"].options == (1, 2, 3, 4, 5)  # the schema's minimum and maximum
    grades = choices(s).INCIDENT_GRADES
    assert list(grades) == ["general", "larger", "major", "extraordinary"]
    assert grades["major"]["zh"] == "重大事故"


def test_each_group_holds_the_fields_its_conditions_read(app):
    from kg_service.web.pages_assess import groups

    rules = app.state.sfkg.assessor.rules
    reads = {c.id: {f for sh in c.shapes for f in sh.fields} for lvl in ("basic", "advanced")
             for c in rules.for_level(lvl)}
    for g in groups(app.state.sfkg):
        read = set().union(*(reads[c] for c in g.conditions))
        assert any(f.name in read or f.name.split(".")[0] in read for f in g.fields), g.key


def test_the_form_module_lists_no_profile_fields():
    text = (Path(__file__).resolve().parent.parent / "kg_service" / "web" / "form.py").read_text(encoding="utf-8")
    for name in ("market_competitive", "talent_team", "key_process_nc_rate", "factory_built", "production_operation"):
        assert name not in text, name


def test_the_rule_words_are_the_parameters_of_the_version_in_force(app):
    """The window and the grade the form words come from art_5__item_3's parameters and the grade's label."""
    s = app.state.sfkg
    words = s.rule_words()
    params = {p["id"]: p["value"] for p in s.parameters()["parameters"]}
    assert words.lookback_years == params["art_5__item_3.lookback_years"] == 3
    assert words.grade == params["art_5__item_3.disqualifying_grade"] == "larger"
    assert words.grade_word == {"zh": "较大", "en": "larger"}  # the grade's shortest skos:altLabel


def test_the_form_words_another_window_and_grade_when_the_parameters_say_so(app):
    """A version looking back five years and disqualifying from 重大 is worded so, with no Python changed."""
    from dataclasses import replace

    from kg_service.web import form
    from kg_service.web.pages_assess import form_source

    base = form_source(app.state.sfkg)
    words = replace(base.words, lookback_years=5, grade="major", grade_word={"zh": "重大", "en": "major"})
    source = replace(base, words=words)
    hints = {f.name: f.help for g in form.groups(source) for f in g.fields}
    assert hints["incidents"]["zh"].startswith("近五年内重大及以上事故")
    assert "grade major or above in the last five years" in hints["incidents"]["en"]
    record = next(g for g in form.groups(source) if g.key == "record")
    assert record.title == {"zh": "近五年记录", "en": "Five-year record"}
    assert form.choices(source).LIST_CHOICES["none"] == {"zh": "近五年没有", "en": "None in the last five years"}
    # the measures' own words are unchanged by the derivation
    assert form.choices(base).LIST_CHOICES["none"] == {"zh": "近三年没有", "en": "None in the last three years"}
