"""The product words of every GB/T 4754-2017 class (ontology/products-classes.ttl) beside the older list
(ontology/products.ttl): no word names two divisions, save the words products.ttl lists under each on purpose
so that they are asked back; each class's block is its division's; and a sample of the words, stated as a
case ("我们是做X的", "We make X"), reads to the class's division in both languages.
"""
from __future__ import annotations

import random
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import SKOS

from kg_service.questions.text import singular
from tests.conftest import case_reader

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"
CLASSES = ONTOLOGY / "products-classes.ttl"
PRODUCTS = ONTOLOGY / "products.ttl"
# the section of products.ttl whose words name products of two or more divisions, put under each on purpose
ASKED_BACK = "# Words that name a product of two or more divisions, put under each"
PREFIXES = ("@prefix sfid: <https://w3id.org/bjsf/id/> .\n@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            "@prefix sfkg: <https://w3id.org/bjsf/ontology#> .\n")
# the class words' property: a skos:hiddenLabel the reader reads, kept out of the rows' indexed text
PRODUCT_NAME = rdflib.URIRef("https://w3id.org/bjsf/ontology#productName")
_SEP = re.compile(r"[\s\-‐–—_/]+")


def _key(label: rdflib.Literal) -> tuple[str, str]:
    """A label as the matcher compares it: a Chinese word as it is, an English name lower-cased with its
    head noun in the singular ("lithium-ion cells" and "lithium-ion cell" are one name)."""
    lang = "zh" if (label.language or "").startswith("zh") else "en"
    if lang == "zh":
        return str(label), lang
    words = _SEP.split(str(label).lower())
    return " ".join([*words[:-1], singular(words[-1])]), lang


def _divisions(*texts: str) -> dict[tuple[str, str], set[str]]:
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for text in texts:
        g = rdflib.Graph().parse(data=PREFIXES + text, format="turtle")
        for s, p, o in g:
            if p in (SKOS.hiddenLabel, PRODUCT_NAME) and "/gbt4754-" in str(s):
                named[_key(o)].add(str(s).rsplit("-", 1)[-1])
    return named


def _products_parts() -> tuple[str, str]:
    text = PRODUCTS.read_text(encoding="utf-8")
    at = text.index(ASKED_BACK)
    return text[:at], text[at:]


def test_no_word_names_two_divisions():
    bound, asked_back = _products_parts()
    named = _divisions(bound, CLASSES.read_text(encoding="utf-8"))
    two = {k: sorted(v) for k, v in named.items() if len(v) > 1}
    assert not two, two
    # a word asked back is nowhere bound to one division
    assert not set(_divisions(asked_back)) & set(named), set(_divisions(asked_back)) & set(named)


def _blocks() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(class code, its division as the block names it, the block's words and languages)."""
    out = []
    for block in CLASSES.read_text(encoding="utf-8").split("\n\n"):
        head = re.match(r"# ([BCD]\d{4}) \S", block)
        subject = re.search(r"^sfid:gbt4754-([BCD]\d\d) (?:skos:hiddenLabel|sfkg:productName)", block, re.M)
        if head and subject:
            out.append((head.group(1), subject.group(1), re.findall(r'"([^"]+)"@(zh|en)', block)))
    return out


def test_each_class_block_is_its_divisions():
    blocks = _blocks()
    assert len(blocks) > 450  # B, C and D: ~560 classes not named 其他… or …未列明, some wholly in products.ttl
    assert {code[:3] for code, _d, _w in blocks} >= {f"C{n}" for n in range(13, 44)}
    for code, division, words in blocks:
        assert code[:3] == division, code
        assert words, code
        for word, lang in words:
            assert len(word) >= 2, (code, word)
            assert not word.startswith("其他") and "未列明" not in word, (code, word)
            if lang == "en":
                assert word.lower() not in {"parts", "equipment", "machines", "materials", "products"}, (code, word)


def _sample() -> list[tuple[str, str, str]]:
    # not the words that begin with the object of an asked-back making phrase: "We make packaging machines"
    # holds "make packaging" (paper, plastic or metal: asked back), which the matcher finds first
    words = [(w, lang, division) for _c, division, ws in _blocks() for w, lang in ws
             if not w.lower().startswith(("packaging", "包装"))]
    rng = random.Random(4754)
    zh = rng.sample([w for w in words if w[1] == "zh"], 30)
    en = rng.sample([w for w in words if w[1] == "en"], 30)
    return zh + en


@pytest.fixture(scope="module")
def read():
    return case_reader(date(2026, 5, 20))


SAMPLE = _sample()


@pytest.mark.parametrize(("word", "lang", "division"), SAMPLE, ids=[f"{s[2]}-{s[0]}" for s in SAMPLE])
def test_a_class_word_stated_as_a_case_reads_to_its_division(read, word, lang, division):
    q = f"我们是做{word}的，数控化率70%。" if lang == "zh" else f"We make {word}; key process NC rate 70%."
    got = {f.path: f.value for f in read(q).facts}
    assert got.get("industry_code") == division or str(got.get("industry_code")).startswith(str(division)), (q, got)
    assert got.get("indicators.key_process_nc_rate") == 70, (q, got)


QUALIFIES_A_MACHINE = [
    ("We make noodle-making machines; key process NC rate 70%.", "C14"),
    ("We build bottle filling machines for breweries; key process NC rate 70%.", "C15"),
    ("我们是做面条加工设备的，数控化率70%。", "C14"),
    ("我们做锂电池生产设备，数控化率70%。", "C38"),
]


@pytest.mark.parametrize(("q", "not_this"), QUALIFIES_A_MACHINE, ids=[c[0][:30] for c in QUALIFIES_A_MACHINE])
def test_a_product_before_its_making_machines_is_not_the_trade(read, q, not_this):
    """'(-)making/processing/filling machines', '加工/生产设备' after a product's word: the machine is the thing
    made, the product only qualifies it (read_case.yaml industry_modifier.after)."""
    got = {f.path: f.value for f in read(q).facts}
    assert got.get("industry_code") != not_this, (q, got)
    assert got.get("indicators.key_process_nc_rate") == 70, (q, got)
