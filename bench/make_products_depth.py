"""Writes ontology/products-depth.ttl: the GB/T 4754-2017 groups and classes whose products' words name them alone.

    python bench/make_products_depth.py

ontology/products-classes.ttl gives each four-digit class's products on its division, under a comment naming the
class ("# C3841 锂离子电池制造"). A word given there under one class only, on that class's own division, is that
class's: it is written here as the class's sfkg:subdivisionProduct (the case reader reads the class's code for it,
not the division's). A word under two classes of one group is the group's; of two groups, the division's (not
written). Words that may name products of another class too (刀具: cutting tools or kitchen knives; 轿车: petrol or
electric; "battery packs") stay on the division (``SHALLOW``). The groups and classes of some of
ontology/products.ttl's division words, certain from the standard's own class names (乳制品: C144 乳制品制造), are
written from ``DIVISION_WORDS`` and bench/products_depth_words.yaml (with the groups' own names); the classes' own
names are written as their divisions' product words. Rerun after editing products-classes.ttl or the yaml
(tests/test_depth20.py checks it is current).
"""
from __future__ import annotations

import itertools
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg_service.industry import narrowest_common  # noqa: E402  (the checkout's own)

SOURCE = ROOT / "ontology" / "products-classes.ttl"
TARGET = ROOT / "ontology" / "products-depth.ttl"
# more of products.ttl's division words, each under the group or class it alone names (螺栓: C3482)
MORE_WORDS = ROOT / "bench" / "products_depth_words.yaml"

# words of products-classes.ttl that may name another class's products as well: left at their division
SHALLOW = {
    "电池包", "锂电池包", "电池模组", "battery packs",  # a pack of any cells (lead-acid, NiMH)
    "lithium-ion battery packs", "lithium battery packs",  # assembled packs: kept with the other packs
    "做数控机床", "生产数控机床", "制造数控机床", "数控机床制造", "数控机床厂", "数控机床企业",  # cutting or forming
    "刀具",  # cutting tools (C3321) or kitchen knives (C3324)
    "轿车",  # petrol (C3611) or electric (C3612)
    "tcm", "chemical drugs",  # raw drugs or their preparations
    "功放", "amplifiers",  # professional (C3934) or household audio (C3952)
    "摄像机", "video cameras",  # recorders (C3953) or surveillance cameras (C3939)
    "显示器",  # a computer monitor (C3913) or a display panel (C3974)
    "slaughterhouse", "abattoir",  # livestock (C1351) or poultry (C1352)
    "auto oem", "automotive oem", "api manufacturer", "api manufacturers", "api producer",  # not the class's trade
}

# division words of ontology/products.ttl whose group or class the standard's class names give
DIVISION_WORDS: dict[str, list[str]] = {
    "C144": ["乳制品", "乳品", "dairy", "dairy products"],  # C144 乳制品制造
    "C1441": ["鲜奶", "液态奶", "fresh milk"],  # C1441 液体乳制造
    "C1442": ["婴幼儿配方奶粉", "婴幼儿配方乳粉", "配方奶粉", "baby formula", "milk powder"],  # C1442 乳粉制造
    # C384 电池制造
    "C384": ["锂电池", "电池", "动力电池", "储能电池", "蓄电池", "lithium batteries", "lithium battery", "batteries",
             "battery", "power batteries", "storage batteries", "energy storage batteries"],
    "C3843": ["铅酸电池", "lead-acid batteries"],  # C3843 铅蓄电池制造
}


def class_words(text: str) -> dict[str, dict[str, set[str]]]:
    """division code -> word (as written, with its language tag) -> the classes it is given under."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for block in re.split(r"\n(?=# [A-T]\d{4}\b)", text)[1:]:
        code = re.match(r"# ([A-T]\d{4})", block).group(1)
        for stmt in re.finditer(r"^sfid:gbt4754-([A-T]\d{2})\s+sfkg:productName\s+(.*?)\s\.\s*$", block, re.M | re.S):
            if stmt.group(1) != code[:3]:
                continue  # a word on another division, written under this class's comment
            for word, lang in re.findall(r'"([^"]+)"@(zh|en)', stmt.group(2)):
                out[code[:3]][f'"{word}"@{lang}'].add(code)
    return out


def class_names(text: str) -> dict[str, str]:
    """four-digit class code -> its name in the standard, from products-classes.ttl's comments."""
    return {m.group(1): m.group(2).strip().rstrip(":：") for m in re.finditer(r"^# ([A-T]\d{4}) (\S+)", text, re.M)}


def labels(code: str, names: dict[str, str]) -> str:
    """The node's labels: the standard's level and code (and the class's name where the source gives it)."""
    zh_kind, en_kind = ("小类", "class") if len(code) == 5 else ("中类", "group")
    name = names.get(code)
    zh = f"国民经济行业{zh_kind} {code}" + (f"（{name}）" if name else "")
    return f'rdfs:label "{zh}"@zh , "GB/T 4754-2017 {en_kind} {code}"@en'


def render() -> str:
    by_code: dict[str, list[str]] = defaultdict(list)
    names = class_names(SOURCE.read_text(encoding="utf-8"))
    for division, words in class_words(SOURCE.read_text(encoding="utf-8")).items():
        for word, codes in words.items():
            bare = word.rsplit("@", 1)[0].strip('"').lower()
            code = narrowest_common(sorted(codes))
            if bare in SHALLOW or len(code) <= len(division):
                continue
            by_code[code].append(word)
    more = yaml.safe_load(MORE_WORDS.read_text(encoding="utf-8")) or {}
    group_names: dict[str, str] = more.pop("names", None) or {}
    for code, words in itertools.chain(DIVISION_WORDS.items(), more.items()):
        by_code[code] += [f'"{w}"@{"en" if w.isascii() else "zh"}' for w in words]
    # each class's (and group's) own name, written out ("我司所属行业为计算机整机制造"): a word of its division (what
    # the matchers find) naming the class; not the names of 其他… or …未列明 classes, which name no product
    named: dict[str, list[str]] = defaultdict(list)
    class_names_ = set(names.values())
    for code, name in sorted(itertools.chain(names.items(), ((c, n) for c, n in group_names.items()
                                                            if n not in class_names_))):
        if "其他" not in name and "未列明" not in name:
            by_code[code].append(f'"{name}"@zh')
            named[code[:3]].append(f'"{name}"@zh')
    head = '''# GENERATED by bench/make_products_depth.py from ontology/products-classes.ttl (do not edit by hand).
# The GB/T 4754-2017 groups (中类, three digits) and classes (小类, four digits) whose products' words name them
# alone: a word given under one class only in products-classes.ttl, on that class's division (a word of two classes
# of one group is the group's), and some division words of products.ttl whose group or class the standard's class
# names give (乳制品: C144 乳制品制造). The case reader reads such a word at its group's or class's code (锂离子电池:
# C3841), not at its division's; the division, and so annex 2-1's row, is the same. The words stay the division's
# sfkg:productName / skos:hiddenLabel (what the matchers find); sfkg:subdivisionProduct is no label of anything.
# The classes' own names (计算机整机制造) are written as their divisions' sfkg:productName too, at the end.

@prefix sfid:    <https://w3id.org/bjsf/id/> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix sfkg:    <https://w3id.org/bjsf/ontology#> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .

sfkg:IndustrySubdivision a owl:Class ;
    rdfs:label "国民经济行业中类或小类"@zh , "industry group or class (GB/T 4754)"@en ;
    rdfs:comment "A group (three digits) or class (four digits) of GB/T 4754-2017 within a division (broader)."@en .

sfkg:subdivisionProduct a owl:AnnotationProperty ;
    rdfs:label "中类或小类的产品"@zh , "product of the group or class"@en ;
    rdfs:comment "A product's word of the division that names products of this group or class only."@en .
'''
    body = []
    for code in sorted(by_code):
        words = sorted(dict.fromkeys(by_code[code]))
        body.append(f"\nsfid:gbt4754-{code} a owl:NamedIndividual , sfkg:IndustrySubdivision ;\n"
                    f"    {labels(code, {**names, **group_names})} ;\n    skos:notation \"{code}\" ;\n"
                    f"    skos:broader sfid:gbt4754-{code[:3]} ;\n    sfkg:subdivisionProduct "
                    + " ,\n        ".join(words) + " .\n")
    body.append("\n# the classes' own names, as their divisions' product words\n")
    for division in sorted(named):
        body.append(f"sfid:gbt4754-{division} sfkg:productName " + " ,\n    ".join(named[division]) + " .\n")
    return head + "".join(body)


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(TARGET)
