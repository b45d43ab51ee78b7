"""Exact answers from the graph for the questions it can answer: a threshold of att_2-1, how many
indicators the advanced level needs, the maturity level, the period of validity, the KPI
catalogue, who recognises or files a level, who interprets the measures, the next quarterly
reporting deadline.

Two halves:

- *What the question names* comes from the ontology only: every industry group, GB/T 4754
  division (by name or code: C39, C3911), indicator, KPI, level, authority … is recognised by
  its labels and synonyms (``queries/ask_concepts.rq``). Nothing of the domain is tabled here.
- *What the question asks* (how much, who, when, which category) is read from a few cue
  patterns per language below: they describe question forms, not facts of the measures.

The facts themselves come from ``queries/ask_*.rq`` with the recognised concepts bound. The graph
does not change while the service runs, so each (query, bindings) result is memoised.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import yaml
from rdflib import URIRef

from kg_service.graph import KnowledgeGraph
from kg_service.graph.namespaces import REG_IRI, SFID, SFKG, eid_of
from kg_service.questions.case import numbers
from kg_service.questions.text import EN_STOPWORDS, singular, token_breaks_en, tokenize_en, word_forms_en

# ---------------------------------------------------------------------------------------------
# Question forms. Each intent fires on a pattern of the question's language (zh / en).
# ---------------------------------------------------------------------------------------------

# the thesaurus topic of the recommendation for the next (national) level: asked, that level leads (quest25)
_RECOMMENDATION = str(SFID["topic-recommendation"])


def _cue(zh: str, en: str) -> dict[str, re.Pattern[str]]:
    return {"zh": re.compile(zh, re.I), "en": re.compile(en, re.I)}


CUES = {
    "quarter": _cue(r"季度|每季", r"\bquarter"),
    "when": _cue(r"截止|期限|之前|什么时候|何时|哪天|几号|日期|时间|下一次|下次|最晚",
                 r"deadline|\bwhen\b|\bdue\b|\bdate\b|\bby\b|\bnext\b|\blatest\b"),
    # "how long" alone is not validity: "how long is the public notice", "多久报一次"
    "validity": _cue(r"有效期|有效至|仍然有效|还有效|是否有效|有效吗|到期|过期|失效|施行|执行期|废止|"
                     # the document named, bare ("办法从哪天开始执行"), then when it takes effect: not a title's;
                     # what it replaces: a document, not a machine replacing labour (用机器人替代人工)
                     r"(?:办法|政策|规定)[^，。？?]{0,8}(?:生效|执行|施行)|"
                     r"(?:办法|文件|政策|规定)[^，。？?]{0,4}(?:取代|替代|代替)|(?:取代|替代|代替)[^，。？?]{0,4}(?:办法|文件|政策)|"
                     # whether one can still apply under them, later ("材料明年二月才好，还能按这个办法申请吗")
                     r"(?:还能|还可以|还可|能否|能不能|是否还能)(?:按|依据|根据|适用)(?:这个|本|该|现行)?办法|"
                     r"(?:按|依据|根据)(?:这个|本|该|现行)办法还|"
                     # quest22: what follows their end, a title of before ("2026年以后", "以前认定的还算数吗")
                     r"2026年(?:12月31日|底)?(?:以后|之后|后)|(?:以前|之前|原来|过去|早先)(?:按[^，。？?]{0,20})?(?:认定|评上|获评)的",
                     r"\bvalid|expir|in force|in effect|takes? effect|effective (?:from|date|until)|repeal|"
                     r"until when|stops? applying|no longer appl|ceases? to apply|"
                     r"\bbecome effective|\bbecame effective|\bsupersede|"
                     r"\b(?:measures|rules|policy|these|they) (?:do |did )?replace|"
                     r"\breplaced? (?:the )?(?:old|earlier|former|previous) (?:measures|rules)|"
                     r"\bwhich (?:earlier|old|former|previous) (?:measures|rules)|"
                     r"\bstill (?:apply|be covered|qualify|be eligible) under (?:these|the) (?:measures|rules)\b|"
                     r"\bunder (?:these|the) (?:measures|rules)\b[^?]*\bstill\b|"
                     # quest22: when they end, what follows, a recognition of before still counting
                     r"\b(?:measures|rules|policy|regulations?|they) "
                     r"(?:end|ends|lapse|lapses|run out|runs out|stop|stops)\b|"
                     r"\bafter (?:(?:the )?(?:31 )?December (?:31,? )?2026|2026)\b|"
                     r"\b(?:come|comes|came) into (?:force|effect)\b|\bstart(?:s|ed)? to apply\b|"
                     r"\b(?:granted|awarded|recogni[sz]ed|obtained) "
                     r"(?:in (?:19|20)\d\d|before|earlier|under the (?:old|former|previous))\b[^?]*\bstill\b"),
    # quest22: what becomes of a title when they end, or of one granted before them, asked beside their dates
    "validity_title": _cue(r"称号|已认定|已经认定|认定的|还算|以前|之前|原来|过去",
                           r"\bstill (?:count|valid|recogni|hold|stand)|\bold\b|\bformer\b|\bearlier\b|\btitles?\b|"
                           r"\brecogni[sz](?:ed|ation)s?\b|\bwhat happens\b"),
    # the document coming into being: with the measures named and a "when", their dates
    "enacted": _cue(r"出台|发布|印发|颁布|发文|生效|实施|开始执行|起执行|开始施行",
                    r"\bpublish|\bissued\b|\bcame out\b|\bcome out\b|\btake effect|\btook effect|"
                    r"\bcome into force|\bcame into force|\benact|\bstart(?:ed)? to apply|\bapply from\b|\bfrom when\b|"
                    r"\bappl(?:y|ies|ied) from\b"),
    # the day a report is due asked without naming the quarter ("by what day must the district report to the
    # city", "区里最晚哪天要报到市里"): with the unit that sets the deadline named (the filing of art_6)
    "report_day": _cue(r"哪天|哪一天|几号|最晚|截止|期限",
                       r"\b(?:what|which) (?:day|date)\b|\bby when\b|\bdeadline\b|\blatest\b"),
    "validity_day": _cue(r"当天|当日|之日|哪天|哪一天|那天", r"\bday\b|\bdate\b"),
    "months": _cue(r"几月|哪个月|哪几个月|月份", r"\b(?:which|what) months?\b|\bmonths? of the year\b"),
    "interpret": _cue(r"解释", r"interpret"),
    "issue": _cue(r"印发|颁布|发文|哪个部门发布|谁发布", r"\bissue[sd]?\b|\bissuing\b|promulgat"),
    # to whom the document was issued, not by whom ("Who was the notice sent to?", "通知印发给谁"): the notice says
    "addressee": _cue(r"(?:发|印发|下发|发送)给|发至|下发到|给谁|致谁",
                      r"\bsent to\b|\baddressed to\b|\bto whom\b|\bwho (?:was|is|were) (?:it|the notice) "
                      r"(?:sent|addressed)|\brecipients?\b|\baddressees?\b"),
    "category_of": _cue(r"哪类|哪一类|哪个类别|什么类|属于|类别", r"\bcategor|\bwhat kind|\bwhich kind|\bbelong"),
    "list": _cue(r"哪些|包括|包含|有什么|哪几|都有|列出", r"\bwhich\b|\bwhat\b|\blist|\binclude|\bcontain"),
    "kpi": _cue(r"关键绩效指标|绩效指标|KPI", r"\bkpis?\b|key performance indicator"),
    # a measure of performance asked about in any words ("算哪项指标", "which metric", "is X a KPI")
    "metric": _cue(r"指标|绩效|KPI|考核|衡量|附件3",
                   r"\bkpis?\b|indicator|\bmetrics?\b|\bmeasured?\b|annex 3|catalogue"),
    "categories": _cue(r"类别|分为|几类|哪几类|哪些类|分类|几个类", r"\bcategor|\bkinds?\b|\btypes?\b|\bgroups?\b"),
    # "what is the threshold": strong enough to answer with a whole row or column of att_2-1 ...
    # (指标 of 绩效指标 is annex 3's KPI asked about, not a threshold: "次品率降低算哪项绩效指标")
    "threshold": _cue(r"阈值|门槛|多少|(?<!绩效)指标|百分|%",
                      r"threshold|how much|how high|how far|percent|%|indicator|target"),
    # a threshold asked for, not merely a figure stated ("NC rate 72%: what is the networking threshold?"):
    # beside a stated case, the row or table asked for answers first, the case after it
    "threshold_asked": _cue(r"阈值|门槛|多少才|要多少|需要多少|最低|(?:标准|要求)是多少|(?:标准|要求)多少",
                            r"threshold|how high|minimum|cut-?off|how much (?:do|does|must|should|is)\b"),
    # ... but a trade named with no indicator needs the rule's own words: "水泥的出厂价格是多少" asks a price
    "threshold_named": _cue(r"阈值|门槛|指标|要求|标准|达标", r"threshold|indicator|target|requir|standard|minimum"),
    # ... while "requirement" only asks for a value when an indicator is named
    "requirement": _cue(r"要求|标准|达到|比例", r"requir|minimum|\bvalue|\brate\b|\bmeet|\breach"),
    # which measure it is, not how much of it: "用哪个指标", "算哪项指标", "which KPI", "which indicator"
    "which_metric": _cue(r"(?:哪个|哪项|哪一项|哪一个|哪些)(?:关键)?(?:绩效)?指标|第几项|是哪项",
                         r"\bwhich (?:kpis?|indicators?|metrics?|key performance)\b"),
    # ... asked as a value after all: "哪个指标要达到多少"
    "value": _cue(r"阈值|门槛|多少|百分|%|达到|提升几|降低几",
                  r"threshold|how much|how high|how far|percent|%|target|minimum"),
    "count": _cue(r"(?:几|多少)(?:个|项)[^。？?]*指标|指标[^。？?]*(?:几|多少)(?:个|项)|满足几(?!个?条件)|"
                  r"几项(?!条件)|多少项(?!条件)|"
                  r"(?:五|5)(?:个|项)(?:技术经济)?指标(?:全|都)",
                  r"how many[^?.]*(?:indicator|threshold)|(?:indicator|threshold)s?[^?.]*how many|"
                  r"number of (?:the )?indicators|"
                  # whether every one of the five must be met ("hit all five targets", "五项指标都要达到吗")
                  r"\ball (?:five|5) (?:of (?:the )?)?(?:\w+[- ])?(?:indicators|targets|thresholds)\b"),
    "maturity": _cue(r"成熟度", r"maturity"),
    # the measures' own structure counted ("一共几章几条", "how many chapters and articles"): chapters, or
    # articles of the document named, not the items of a list ("撤销的情形有几条", "申请条件有几条")
    "structure": _cue(r"(?:几|多少)个?章|(?:办法|文件|全文|正文|条文)[^，。？?]{0,8}(?:几|多少)条(?![件款目例])",
                      r"\bhow many (?:chapters|articles)\b|\bnumber of (?:chapters|articles)\b"),
    "structure_not": _cue(r"情形|条件|要求|指标|撤销|事故|章程", r"\bcases?\b|\bconditions?\b|\bindicators?\b"),
    "annex3": _cue(r"附件\s*(?:3|三)", r"\bannex\s*(?:3|three)\b"),
    "conditions": _cue(r"条件", r"\bconditions?\b"),
    # the grades of an accident are not the measures' levels ("事故分几级")
    "accident": _cue(r"事故", r"\baccident"),
    "national_standard": _cue(r"国家标准|国标|GB", r"\bnational standards?\b|\bGB\b"),
    # the national (MIIT) scheme named as such ("国家分几级", "MIIT's levels"), not its standards
    "national_scheme": _cue(r"国家(?!标准)|全国|工信部|工业和信息化部",
                            r"\bnational\b(?! standards?)|\bMIIT\b|\bnationwide\b|\bcountry\b"),
    "own_scheme": _cue(r"北京|本办法|这个办法|本市|市里", r"\bBeijing\b|\bthe measures\b|\bthese measures\b"),
    "how": _cue(r"怎么评|怎么审|怎样评|如何评|如何审|怎么进行|如何进行|流程|程序|步骤|具体怎么|怎么做|方式|方法|形式",
                r"\bhow (?:is|are|does|do|will)\b|\bprocess\b|\bprocedure\b|\bsteps?\b|what happens|\bways?\b|"
                r"\bmeans\b|\bmethods?\b"),
    # which levels the measures recognise ("管哪几级", "which levels")
    "levels": _cue(r"哪几级|哪些级别|几个级别|哪几个级别|几个等级|哪些等级|哪几个等级|分几级|"
                   r"管哪(?!些方面|些事|些内容)|认定哪|哪个级别|"
                   # how many tiers, in the everyday words ("分几个层级", "一共几级", "有几个层次")
                   r"(?:几|多少)个?(?:层级|层次|梯度|档次|档|等次)|哪几个?(?:等次|档|层级|层次)|分(?:为|成)?几(?:个)?(?:级|层|档|等)|(?:一共|总共|共|共有)几(?:个)?级|"
                   # the top of a ladder, asked by its rank ("最高的一级叫什么", "the highest tier")
                   r"最高(?:的)?(?:一)?(?:级|个级别|等级)|最低(?:的)?(?:一)?(?:级|个级别|等级)",
                   r"which (?:of them|of these|levels?|tiers?)|what levels|"
                   r"how many (?:\w+[- ])?(?:levels|tiers|grades)\b|"
                   r"which of the (?:four|4)|"
                   r"\bwhat are the (?:\w+ ){0,2}(?:levels|tiers)\b|\b(?:highest|top|lowest) (?:level|tier)\b|"
                   # whether a national level above Beijing's is within the measures ("does Beijing's scheme cover
                   # the national leading level", "can Beijing recognise a leading-level factory"; the excellent
                   # level is art_4's recommendation)
                   r"\b(?:cover|covers|include|includes|apply to|applies to|grant|grants|award|awards|recogni[sz]es?)"
                   r"\b(?:\s+[\w']+){0,4}?\s+leading[- ](?:level|tier)"),
    # what must come first ("要先是基础级吗", "must we be basic level before applying")
    "first": _cue(r"前提|先是|先要|先成为|先取得|先认定|必须先|需要先|要先|申[请报][^，。？?]{0,8}之前|才能申[请报]|"
                  r"直接[报申][请报]?[^，。？?市区]{0,3}级|跳过",
                  r"\bbefore (?:applying|we apply|you apply|it applies|one applies|an? \w+ (?:can )?appl)|"
                  r"\bbefore going for\b|\bfirst (?:be|become|get|obtain|hold|need|have|apply|file|register)|"
                  r"\b(?:level|basic|filed|recogni[sz]ed) first\b|\bfirst,? (?:as |at )?(?:the )?basic|"
                  r"prerequisite|beforehand|precondition|\bdirectly for\b|"
                  r"\bstraight for\b|\bskip\b"),
    # what comes after a step ("专家评审之后", "after the public notice")
    "after": _cue(r"之后|以后|然后|下一步|接下来|后面|通过后|结束后", r"\bafter\b|\bnext\b|\bthen\b|\bfollows?\b"),
    # the procedure as a whole, in order
    "sequence": _cue(r"流程|程序|步骤|顺序|过程|几步|哪些步|怎么申报|如何申报|怎样申报|怎么认定|如何认定|怎么申请|"
                     r"如何申请|(?:评审|审核|审查|申报|申请|认定)[^，。？?环]{0,6}环节",
                     r"\bsteps?\b|\bprocedure\b|\bprocess\b|\bin order\b|\bsequence\b|\bstages?\b"),
    # which construction domains must be covered
    # ... or the parts of the business as an applicant names them ("which parts of the business", "哪几块业务")
    # (the review's or the application's 环节 are steps of the procedure: 评审环节, 申报环节)
    "domains": _cue(r"(?<!评审|审核|审查|申报|申请|认定|答辩|公示)环节|建设内容|哪[几些]块业务|哪些业务环节",
                    r"\bdomains?\b|\bareas?\b|construction content|\bparts? of (?:the |our )?(?:business|operations?|"
                    r"factory|plant|value chain)\b"),
    # ... the review's or the application's steps asked with words between ("评审有哪些环节", "申报要经过哪几个环节")
    "domains_not": _cue(r"(?:评审|审核|审查|申报|申请|认定|答辩|公示)[^，。？?环]{0,6}环节", r"(?!)"),
    "cover": _cue(r"至少|覆盖|必须|哪几个|哪些|几个", r"\bcover|\bat least\b|\bmust\b|\brequired\b|\bwhich\b"),
    # the least asked, not how many there are ("至少要覆盖几个环节", "must cover at least")
    "minimum": _cue(r"至少|最少|必须|必选|起码",
                    r"\bat least\b|\bminimum\b|\bmust\b|\bmandatory\b|\brequired\b"),
    "total": _cue(r"多少个|多少项|几个|几项|一共|总共|共有|共多少", r"\bhow many\b|\bnumber of\b|\bin total\b"),
    "who": _cue(r"谁|哪个部门|哪个单位|哪个机构|哪家|什么部门|什么机构|哪级|向哪|由哪|哪里",
                r"\bwho\b|\bwhom\b|which (?:authority|authorities|department|body|agency|bureau|office|government)|"
                r"\bwhere\b"),
}

# Which relation of a level an authority verb asks about (sfkg:recognisedBy …).
RELATION_CUES: dict[URIRef, dict[str, re.Pattern[str]]] = {
    SFKG.recognisedBy: _cue(r"认定|评审|审核|审定|评定", r"recogni[sz]|review|approv|certif|accredit"),
    SFKG.filedWith: _cue(r"备案", r"\bfil(?:e|ed|es|ing)\b|regist"),
    SFKG.managedBy: _cue(r"管理", r"manag|administ"),
    SFKG.supervisedBy: _cue(r"监督|指导", r"supervis|guid|overs(?:ee|ight)"),
}

_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Ta-t])(\d{2})(\d{1,2})?(?![0-9])")
_MEASURES = URIRef(REG_IRI)


# Beijing named beside another province's scheme compared with it ("江苏的先进级和北京的有什么不同")
_BEIJING = {"zh": re.compile(r"北京|本市|京"), "en": re.compile(r"\bBeijing\b", re.I)}


def cue(name: str, lang: str, text: str) -> bool:
    return bool(CUES[name][lang].search(text))


# ---------------------------------------------------------------------------------------------
# Concepts named in a question
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    concept: str  # IRI
    type: str  # local name of its sfkg class: IndustryGroup, Indicator, KPI …
    start: int
    end: int
    space: str  # "char" (Chinese labels, codes) or "token" (English labels)
    label: str

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class ConceptMatcher:
    """Finds the ontology's concepts in a question by their names, longest name first."""

    zh: list[tuple[str, str, str]] = field(default_factory=list)  # (label, concept, type)
    en: list[tuple[tuple[str, ...], str, str, str]] = field(default_factory=list)  # (tokens, concept, type, label)
    notations: dict[str, str] = field(default_factory=dict)  # "C39" -> division IRI
    types: dict[str, set[str]] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # concept -> {lang: rdfs:label}
    # names with a gap ("开办…企业", "register ... company"): a verb and its object with a few
    # words between them (一家制造, "a manufacturing"), none of which places or dates the thing
    zh_gapped: list[tuple[re.Pattern[str], str, str, str]] = field(default_factory=list)
    en_gapped: list[tuple[tuple[tuple[str, ...], ...], str, str, str]] = field(default_factory=list)
    # (concept, name as matched) of the hidden labels: matched, never echoed as the concept's name
    hidden: set[tuple[str, str]] = field(default_factory=set)
    # (concept, label) of the names a question asks by only (sfkg:askedName, quest23): no part of ``near``'s names
    asked: set[tuple[str, str]] = field(default_factory=set)
    # (concept, label) -> the name's word forms, for the English names matched on exact word forms (the
    # head noun in singular or plural) rather than stems: the products of the industries' hidden labels
    exact: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    _near_names: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict, repr=False)
    # the English names by the word a match must start with (``_index_en``): a question's words look up the few
    # names that could start at them, instead of every name being tried at every word
    _en_by_first: dict[tuple[str, str], list[tuple[int, tuple[str, ...], str, str, str, tuple[str, ...] | None]]] = \
        field(default_factory=dict, repr=False)

    @classmethod
    def from_graph(cls, kg: KnowledgeGraph) -> ConceptMatcher:
        m = cls()
        hidden_en: set[tuple[str, str]] = set()
        for row in kg.select("ask_hidden_labels"):
            label = str(row["label"])
            m.hidden.add((str(row["concept"]), _norm_zh(label) if row.get("lang") == "zh" else label))
            if row.get("lang") == "en":
                hidden_en.add((str(row["concept"]), label))
        seen_zh: set[tuple[str, str]] = set()
        seen_en: set[tuple[tuple[str, ...], str]] = set()
        rows = kg.select("ask_concepts")
        # (a name asked by that is also a label of the concept's own, "停机时间" of KPI 10, stays a name: echoed)
        named = {(str(r["concept"]), str(r["label"])) for r in rows if r.get("asked") is None}
        for row in rows:
            concept, ctype = str(row["concept"]), str(row["type"]).rsplit("#", 1)[-1]
            label, lang = str(row["label"]), row.get("lang", "")
            m.types.setdefault(concept, set()).add(ctype)
            if row.get("asked") is not None and (concept, label) not in named:  # matched whole, never echoed
                m.asked.add((concept, label))
                m.hidden.add((concept, _norm_zh(label) if lang == "zh" else label))
            if lang == "zh" and _GAP_ZH in label:
                parts = [re.escape(_norm_zh(x)) for x in label.split(_GAP_ZH)]
                m.zh_gapped.append((re.compile(_GAP_ZH_FILL.join(parts)), concept, ctype, label))
            elif lang == "en" and _GAP_EN in label:
                words = tuple(tuple(tokenize_en(x, keep_stopwords=True)) for x in label.split(_GAP_EN))
                if all(words):
                    m.en_gapped.append((words, concept, ctype, label))
            elif lang == "zh":
                key = _norm_zh(label)
                if len(key) >= 2 and (key, concept) not in seen_zh:
                    seen_zh.add((key, concept))
                    m.zh.append((key, concept, ctype))
            elif lang == "en":
                # stopwords kept: "Other manufacturing" (C41) must not match any "manufacturing"
                toks = tuple(tokenize_en(label, keep_stopwords=True))
                # a name that only stemming turns into function words ("canning" -> "can") would be
                # found in every "can we …"; one that is such a word ("why", "other") is meant
                if toks and all(t in EN_STOPWORDS for t in toks) and tokenize_en(label):
                    continue
                forms = tuple(word_forms_en(label))
                if toks and ctype in _EXACT_FORM_TYPES and (concept, label) in hidden_en:
                    # a product's name is a noun phrase of everyday words, matched on its word forms: stemmed,
                    # "flooring" would be the floor of "shop-floor", "transformers" the "digital
                    # transformation", "cars" the verb "carries", "copper" the verb "copied"
                    exact = (*forms[:-1], singular(forms[-1]))
                    if (exact, concept) not in seen_en:
                        seen_en.add((exact, concept))
                        m.exact[(concept, label)] = exact
                        m.en.append((toks, concept, ctype, label))
                elif toks and (toks, concept) not in seen_en:
                    seen_en.add((toks, concept))
                    m.en.append((toks, concept, ctype, label))
            elif ctype == "IndustryDivision":
                m.notations[label.upper()] = concept
        m.zh.sort(key=lambda x: -len(x[0]))
        m.en.sort(key=lambda x: -len(x[0]))
        m._index_en()
        m.labels = kg.labels
        _PROPER_WORDS.update(str(r["label"]).split()[0] for r in kg.select("proper_names") if str(r["label"]).strip())
        return m

    def _index_en(self) -> None:
        """``_en_by_first``: each English name under the word its match starts with: its first token (a name
        matched on tokens), its first word form (one of several words, matched on exact forms), or its head in
        the singular (a one-word name matched on exact forms, in either number)."""
        self._en_by_first = {}
        for order, (toks, concept, ctype, label) in enumerate(self.en):
            exact = self.exact.get((concept, label))
            if not toks or (exact is not None and not exact):
                continue
            key = ("token", toks[0]) if exact is None else ("form", exact[0]) if len(exact) > 1 else ("head", exact[0])
            self._en_by_first.setdefault(key, []).append((order, toks, concept, ctype, label, exact))

    def shown(self, mention: Mention) -> bool:
        """Whether the words a mention was matched by are a name of its concept an answer may repeat
        (a label, a preferred or alternative label), not a hidden label."""
        return (mention.concept, mention.label) not in self.hidden

    def find(self, question: str) -> list[Mention]:
        found: list[Mention] = []
        text = _norm_zh(question)
        for label, concept, ctype in self.zh:
            start = text.find(label)
            while start >= 0:
                # a Latin label (ERP, MES, 5G) is a word: "mes" inside "sometimes" is not MES
                inside = _is_alnum(text, start - 1) or _is_alnum(text, start + len(label))
                # 家 after a numeral or a demonstrative is the measure word of firms: "一家电子厂" holds no 家电
                counted = label[0] == "家" and start > 0 and text[start - 1] in _FIRM_COUNTERS
                if not (inside and _ASCII_WORD.match(label)) and not counted:
                    found.append(Mention(concept, ctype, start, start + len(label), "char", label))
                start = text.find(label, start + 1)
        tokens = tokenize_en(question, keep_stopwords=True)
        forms = word_forms_en(question)
        breaks = token_breaks_en(question)  # a line's or sentence's end: no name is matched across it
        hits: list[tuple[int, int, Mention]] = []  # (the name's place in ``en``, the word it starts at, mention)
        for i, token in enumerate(tokens):
            form = forms[i] if i < len(forms) else None
            keys = [("token", token)] + ([("form", form), ("head", singular(form))] if form is not None else [])
            for key in keys:
                for order, toks, concept, ctype, label, exact in self._en_by_first.get(key, ()):
                    n = len(toks)
                    if i + n > len(tokens) or any(b in breaks for b in range(i + 1, i + n)):
                        continue
                    if (exact is not None and _same_forms(forms[i:i + n], exact)) or \
                            (exact is None and tuple(tokens[i:i + n]) == toks):
                        hits.append((order, i, Mention(concept, ctype, i, i + n, "token", label)))
        found += [m for _order, _i, m in sorted(hits, key=lambda h: (h[0], h[1]))]  # (the order names were tried in)
        for pattern, concept, ctype, _label in self.zh_gapped:
            for g in pattern.finditer(text):
                found.append(Mention(concept, ctype, g.start(), g.end(), "char", g.group(0)))
        for parts, concept, ctype, label in self.en_gapped:
            found += [Mention(concept, ctype, i, j, "token", label) for i, j in _gapped_spans(tokens, parts)
                      if not any(b in breaks for b in range(i + 1, j))]
        for m in _CODE.finditer(question):
            division = self.notations.get((m.group(1) + m.group(2)).upper())
            if division:
                found.append(Mention(division, "IndustryDivision", m.start(), m.end(), "code", m.group(0)))
        return _longest(found)

    def label(self, concept: str, lang: str) -> str:
        return self.labels.get(concept, {}).get(lang) or self.labels.get(concept, {}).get("en") or concept

    def near(self, question: str, lang: str, ctype: str) -> list[tuple[str, float, int, frozenset[str]]]:
        """The concepts of one class that the question names in other words than any of their
        names: for each concept, the best share of one of its names found in the question (Chinese:
        the name's character pairs; English: its stemmed words), counting only what is distinctive
        (a pair or word that the names of at most a quarter of the class's concepts share is; 提升,
        比例, rate are not), each weighed by how few concepts' names hold it: (concept, share, parts
        held, the parts held), best first; ``[]`` when nothing is shared. The parts come back with each
        concept, not kept on the matcher: one matcher answers concurrent questions."""
        names = self._names(lang, ctype)
        if not names:
            return []
        if lang == "zh":
            text = _norm_zh(question)
            have = {text[i:i + 2] for i in range(len(text) - 1)}
        else:
            have = set(tokenize_en(question))
        best: dict[str, tuple[float, int, frozenset[str]]] = {}
        weight = names["weight"]
        for concept, parts in names["names"]:
            parts = [x for x in parts if x in weight]
            if len(parts) < 2:
                continue
            held = [x for x in parts if x in have]
            # a pair or word that few concepts' names hold weighs more (订单 says more than 交付)
            share = sum(weight[x] for x in held) / sum(weight[x] for x in parts)
            if held and share > best.get(concept, (0.0, 0, frozenset()))[0]:
                best[concept] = (share, len(held), frozenset(held))
        return sorted(((c, *v) for c, v in best.items()), key=lambda x: -x[1])

    def _names(self, lang: str, ctype: str) -> dict[str, Any]:
        key = (lang, ctype)
        cached = self._near_names.get(key)
        if cached is None:
            names: list[tuple[str, list[str]]] = []
            if lang == "zh":
                asked = {(c, _norm_zh(x)) for c, x in self.asked}
                for label, concept, t in self.zh:
                    if t == ctype and (concept, label) not in asked:
                        text = re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", label)
                        names.append((concept, list(dict.fromkeys(text[i:i + 2] for i in range(len(text) - 1)))))
            else:
                for _toks, concept, t, label in self.en:
                    if t == ctype and (concept, label) not in self.asked:
                        names.append((concept, list(dict.fromkeys(tokenize_en(label)))))
            # a number is no part of a name: "15%" holds no share of "附件3第15项" (KPI 15 by its number)
            names = [(c, [x for x in parts if not any(ch.isdigit() for ch in x)]) for c, parts in names]
            concepts = {c for c, _ in names}
            holders: dict[str, set[str]] = {}
            for c, parts in names:
                for x in parts:
                    holders.setdefault(x, set()).add(c)
            limit = max(1, len(concepts) // 4)
            cached = {"names": names, "weight": {x: 1.0 / len(cs) for x, cs in holders.items() if len(cs) <= limit}}
            self._near_names[key] = cached
        return cached


# the classes whose English hidden labels (products and trades, ontology/products.ttl; "news", whose stem
# is the stem of "new", ontology/scope.ttl) are matched on their exact word forms, the head noun in
# singular or plural
_EXACT_FORM_TYPES = frozenset({"IndustrySection", "IndustryDivision", "IndustryGroup", "NamedEnterprise"})


def _same_forms(words: list[str], name: tuple[str, ...]) -> bool:
    """Whether a question's words are a name's exact word forms, its last (head) word in either number."""
    return len(words) == len(name) and tuple(words[:-1]) == name[:-1] and singular(words[-1]) == name[-1]


_ASCII_WORD = re.compile(r"^[a-z0-9][a-z0-9/ .\-]*$")


def _is_alnum(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


_GAP_ZH, _GAP_EN = "…", "..."
# what may stand in a Chinese name's gap: up to four characters that neither place, date nor negate
# the thing named (注册地在北京的公司 is a registration place, 成立三年的企业 an age, not a new company);
# a comma may be one of them, where a clause ends and the next names its subject ("以后，企业要做什么"),
# but no full stop, question mark or semicolon: the name stays within one sentence
_GAP_ZH_FILL = r"[^\s\d。？！；、.?!;:：地在于是年月日天时前后满不未已刚多少几]{0,4}?"
# and in an English one's: up to two words, none of them placing the thing ("registered office in")
_GAP_EN_MAX = 2
_GAP_EN_STOP = {"in", "at", "of", "address", "offic", "office", "place", "capit", "capital", "year", "years", "not"}


def _gapped_spans(tokens: list[str], parts: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    """Where the parts of a gapped English name occur in order, each gap of at most _GAP_EN_MAX words
    none of which is in _GAP_EN_STOP: (start, end) token spans."""
    spans = []
    for i in range(len(tokens)):
        pos, ok = i, True
        for n, part in enumerate(parts):
            if n:
                j = next((j for j in range(pos, min(pos + _GAP_EN_MAX, len(tokens)) + 1)
                          if tuple(tokens[j:j + len(part)]) == part), None)
                if j is None or any(t in _GAP_EN_STOP for t in tokens[pos:j]):
                    ok = False
                    break
                pos = j + len(part)
            elif tuple(tokens[i:i + len(part)]) == part:
                pos = i + len(part)
            else:
                ok = False
                break
        if ok:
            spans.append((i, pos))
    return spans


def _norm_zh(text: str) -> str:
    # full-width ASCII to half-width, no spaces, lowercase: 《ＫＰＩ》 and "kpi" read alike
    text = "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)
    return re.sub(r"\s+", "", text).lower()


_FIRM_COUNTERS = frozenset("一两二三四五六七八九十几这那每某多哪另")
# the making words a Chinese name of a trade may start with (ontology/products.ttl: "做包装", "生产机器人")
_MAKING_ZH = ("做", "生产", "制造")


def _longest(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest names: 生产设备联网率 hides the 联网率 and 设备 inside it, and "production
    equipment networking rate" hides the industry synonym "equipment". Two concepts sharing one
    name (产品不良率下降: an indicator and a KPI) are both kept; the intent picks."""
    # Of two English names of industries as long as each other and overlapping, the later is the compound's head
    # ("offset printing presses": the presses, C35, not "offset printing", C23); in Chinese, a product's name is
    # the head after a making phrase ("做包装纸": the paper, C22, not "做包装" of three divisions), while a trade's
    # short noun across two names is not ("叉车企业" holds 车企, "农药企业" 药企: the first name is the thing)
    trades = [m for m in mentions if m.type.startswith("Industry") and
              (m.space == "token" or (m.space == "char" and m.label.startswith(_MAKING_ZH)))]
    heads = [m for m in mentions if m.type.startswith("Industry") and m.space in ("token", "char")]
    later = {id(a) for a in trades for b in heads
             if a.space == b.space and a.length == b.length and a.start < b.start < a.end and a.concept != b.concept}
    mentions = [m for m in mentions if id(m) not in later]
    # two Chinese names of one industry overlapping ("旅行箱" and "箱包" in 旅行箱包) are one name, the whole
    # compound: the second's tail is no other noun heading it
    mentions += [Mention(a.concept, a.type, a.start, b.end, "char", a.label + b.label[a.end - b.start:])
                 for a in heads for b in heads
                 if a.space == b.space == "char" and a.concept == b.concept and a.start < b.start < a.end < b.end]
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-m.length, m.start)):
        clash = any(k.space == m.space and k.start < m.end and m.start < k.end
                    and (k.length > m.length or (k.start, k.end) != (m.start, m.end)) for k in kept)
        if not clash and m not in kept:
            kept.append(m)
    return sorted(kept, key=lambda m: (m.space, m.start))


# ---------------------------------------------------------------------------------------------
# Answers
# ---------------------------------------------------------------------------------------------


@dataclass
class StructuredAnswer:
    intent: str
    answer: str
    units: list[str]  # eIds that state the answer, most specific first
    facts: dict[str, Any]
    # True when ``units`` is a set of equally exact sources (art_4 and art_6 both say who files
    # the basic level): the engine then orders them by how well each matches the question.
    rank_units: bool = False
    # the answer's first sentence, as its teller composed it (the web face sets it apart); empty: the
    # answer is one statement, its own lead
    lead: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"intent": self.intent, "answer": self.answer, "units": self.units, "facts": self.facts}


def _num(v: Any) -> str:
    if isinstance(v, Decimal):
        v = float(v)
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


# the first words of places' English names (queries/proper_names.rq), read with the graph's concepts
_PROPER_WORDS: set[str] = set()


def _lower_first(s: str) -> str:
    """For a label inside a sentence: "Production equipment networking rate" -> "production …";
    acronyms ("NC rate"), proper names with further capitals ("Beijing Municipal Bureau …",
    "Level 2 (Standardised)") and labels opening with a place's name ("Beijing advanced-level smart
    factory") stay as they are."""
    if len(s) < 2 or not s[0].isupper() or s[1].isupper() or any(w[:1].isupper() for w in s.split()[1:]):
        return s
    if re.split(r"[\s'’-]", s, maxsplit=1)[0] in _PROPER_WORDS:
        return s
    return s[0].lower() + s[1:]


# A KPI named in other words (``_kpi_in_other_words``): the share of one of its names the question
# must hold, and by how much more than of any other KPI's names. Set on bench/qa_sets (kpis.json,
# new_kinds.json): below 0.6 a question sharing one distinctive pair (能耗) with a name is taken for it.
# A second KPI with this share of a name makes the reading ambiguous, and nothing is guessed.
NEAR_KPI = {"share": 0.6, "margin": 0.15, "rival": 0.5}

# After a KPI: what annex 3 is for (a reference, not a threshold to reach)
KPI_NOTE = {
    "zh": "。附件3是评估建设成效的参考指标，本身不设达标值；先进级须达到的阈值是附件2—1的5项指标。",
    "en": (". Annex 3 is a reference for judging effectiveness and sets no target values; the thresholds an "
           "advanced-level factory must reach are the 5 indicators of annex 2-1."),
}


def _shared_run(a: list[str], b: list[str]) -> int:
    """The length of the longest run of items (characters, words) that ``a`` and ``b`` share."""
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y and x != "|":
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def _norm_words(s: str) -> str:
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", s.lower())


def _zh_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _en_date(d: date) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


_EN_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth"]
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _eids(units: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for u in units:
        e = eid_of(u) if u is not None else None
        if e and e not in out:
            out.append(e)
    return out


class StructuredAnswerer:
    def __init__(self, kg: KnowledgeGraph, matcher: ConceptMatcher | None = None):
        self.kg = kg
        self.matcher = matcher or ConceptMatcher.from_graph(kg)
        self._memo: dict[tuple, list[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self.own_levels = [str(r["level"]) for r in self.select("ask_levels")]
        # the names of the levels themselves, looked for inside other names (``_own_levels_within``)
        self._level_names_zh = [(label, c) for label, c, _t in self.matcher.zh if c in self.own_levels]
        self._level_names_en = [(name, c) for name, c, _t, _l in self.matcher.en if c in self.own_levels]
        templates = yaml.safe_load((kg.settings.queries_dir / "ask_answers.yaml").read_text(encoding="utf-8"))
        self.step_words: dict[str, dict[str, str]] = templates["step_parts"]
        self.standard_words: dict[str, dict[str, str]] = templates["standards"]
        self.national_words: dict[str, dict[str, str]] = templates["national_levels"]
        comparison = templates["scheme_comparison"]
        self.comparison_words: dict[str, dict[str, str]] = comparison
        self._compare_cues = {k: _cue(comparison[k]["zh"], comparison[k]["en"]) for k in ("compare", "correspond")}
        self._scheme_cues = {k: _cue(v["zh"], v["en"]) for k, v in comparison["schemes"].items()}
        self._dimension_cues = {k: _cue(v["zh"], v["en"]) for k, v in comparison["dimensions"].items()}
        self._concept_units: dict[str, set[str]] = {}  # concept -> the units it points to
        for row in self.select("ask_concept_units"):
            self._concept_units.setdefault(str(row["concept"]), set()).add(str(row["eid"]))
        self._names_of_levels: dict[str, set[str]] = {}
        self._intents: list[Callable[[str, str, list[Mention], date], StructuredAnswer | None]] = [
            self._structure, self._scheme_comparison,
            self._deadline, self._validity, self._document_authority, self._standards, self._kpis,
            self._indicator_count,
            self._threshold, self._maturity, self._levels_recognised, self._prerequisite, self._step,
            self._domains, self._procedure, self._level_authority,
        ]

    def select(self, name: str, **bindings: Any) -> list[dict[str, Any]]:
        key = (name, *sorted((k, str(v)) for k, v in bindings.items()))
        rows = self._memo.get(key)
        if rows is None:
            rows = self.kg.select(name, **bindings)
            with self._lock:
                self._memo[key] = rows
        return rows

    def label(self, concept: Any, lang: str) -> str:
        return self.matcher.label(str(concept), lang)

    def answer(self, question: str, lang: str, as_of: date | None = None,
               mentions: list[Mention] | None = None) -> StructuredAnswer | None:
        mentions = self.matcher.find(question) if mentions is None else mentions
        as_of = as_of or date.today()
        for intent in self._intents:
            result = intent(question, lang, mentions, as_of)
            if result is not None:
                return result
        return None

    # -- helpers ----------------------------------------------------------------------------

    def _units_of(self, concept: str) -> set[str]:
        """The units a concept points to (``ask_concept_units.rq``)."""
        return self._concept_units.get(concept, set())

    def _of(self, mentions: list[Mention], *types: str) -> list[str]:
        """The concepts of these classes the question names, in order (a concept typed twice
        counts under either class)."""
        out: list[str] = []
        for m in mentions:
            if (m.type in types or self.matcher.types.get(m.concept, set()) & set(types)) and m.concept not in out:
                out.append(m.concept)
        return out

    def own_levels_within(self, mentions: list[Mention]) -> list[str]:
        """The measures' own levels a question names, also inside a longer name (see below)."""
        return self._own_levels_within(mentions)

    def _own_levels_within(self, mentions: list[Mention]) -> list[str]:
        """The measures' levels a question names, directly or inside a longer name it holds
        ("申请先进级", "applying for the advanced level" name the advanced level too)."""
        found = [lv for lv in self._levels(mentions) if lv in self.own_levels]
        for m in mentions:
            if m.concept in self.own_levels or m.space == "code":
                continue
            if m.space == "char":
                text = _norm_zh(m.label)
                inner = [c for label, c in self._level_names_zh if label in text]
            else:
                toks = tokenize_en(m.label, keep_stopwords=True)
                inner = [c for name, c in self._level_names_en
                         if any(tuple(toks[i:i + len(name)]) == name for i in range(len(toks) - len(name) + 1))]
            found += [c for c in dict.fromkeys(inner) if c not in found]
        return found

    def levels(self, mentions: list[Mention]) -> list[str]:
        """The measures' levels a question names (see ``_levels``)."""
        return self._levels(mentions)

    def _levels(self, mentions: list[Mention]) -> list[str]:
        """The measures' levels the question names (基础级 is Beijing's, not the national one of
        the same name, whenever both match)."""
        named = self._of(mentions, "RecognitionLevel")
        own = [lv for lv in named if lv in self.own_levels]
        return own or named

    # -- intents ----------------------------------------------------------------------------

    def _deadline(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        quarterly = cue("quarter", lang, q) and cue("when", lang, q)
        if not (quarterly or cue("months", lang, q) or cue("report_day", lang, q)):
            return None
        rows = self.select("ask_deadline")
        if not rows:
            return None
        r = rows[0]
        # "in which months do the districts report the filings": the months of a deadline when the
        # question names something of the unit that sets it (the filing of art_6), not any month
        if not quarterly and eid_of(r["unit"]) not in {e for m in mentions for e in self._units_of(m.concept)}:
            return None
        day, months = int(r["day"]), sorted(int(m) for m in str(r["months"]).split(","))
        # "before the 15th": on the 15th itself that quarter's deadline has passed
        nxt = next(d for y in (as_of.year, as_of.year + 1) for m in months if (d := date(y, m, day)) > as_of)
        performer, recipient, step = r.get("performer"), r.get("recipient"), r.get("step")
        rule = {lg: self.label(r["deadline"], lg) for lg in ("zh", "en")}
        if lang == "zh":
            text = (f"{self.label(step, 'zh')}：" if step else "") + \
                (f"{self.label(performer, 'zh')}须于" if performer else "须于") + rule["zh"] + \
                (f"向{self.label(recipient, 'zh')}报送" if recipient else "报送") + \
                f"（即{'、'.join(f'{m}月' for m in months)}的{day}日前）。" + \
                f"下一个截止日期：{_zh_date(nxt)}前（以{as_of.isoformat()}计）。"
        else:
            month_names = [date(2000, m, 1).strftime("%B") for m in months]
            text = (f"{self.label(step, 'en')}: " if step else "") + \
                (f"the {_lower_first(self.label(performer, 'en'))} report" if performer else "reports are due") + \
                (f" to the {_lower_first(self.label(recipient, 'en'))}" if recipient else "") + \
                f" {_lower_first(rule['en'])} ({', '.join(month_names[:-1])} and {month_names[-1]}). " + \
                f"Next deadline: before {_en_date(nxt)} (as of {as_of.isoformat()})."
        return StructuredAnswer("deadline", text, _eids([r["unit"]]),
                                {"day_of_month": day, "months": months, "next_deadline": nxt.isoformat(),
                                 "as_of": as_of.isoformat()})

    def _validity(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        # "这个政策什么时候出台的", "is it in force from the day it was published": the measures named
        # (not a list or a notice of theirs) and asked when they came into being
        enacted = cue("enacted", lang, q) and (cue("when", lang, q) or cue("validity_day", lang, q)) \
            and bool(self._of(mentions, "Measures")) and not self._of(mentions, "RecognitionLevel")
        if not (cue("validity", lang, q) or enacted):
            return None
        rows = self.select("ask_validity", doc=_MEASURES)
        if not rows:
            return None
        r = rows[0]
        start, until = r["from"], r["until"]
        repealed = r.get("repealed")
        if as_of < start:
            status = {"zh": f"截至{as_of.isoformat()}尚未施行。",
                      "en": f"As of {as_of.isoformat()} they are not yet in force."}
        elif as_of <= until:
            left = (until - as_of).days
            status = {"zh": f"截至{as_of.isoformat()}仍在有效期内（还剩{left}天）。",
                      "en": f"As of {as_of.isoformat()} they are in force ({left} days left)."}
        else:
            status = {"zh": f"截至{as_of.isoformat()}已过有效期。",
                      "en": f"As of {as_of.isoformat()} they have expired."}
        units = _eids(x.get("unit") for x in rows)
        cited = ", ".join(units)
        if lang == "zh":
            text = (f"本办法自发布之日（{_zh_date(start)}）起执行，"
                    f"有效期至{_zh_date(until)}（{until.isoformat()}，{cited}）")
            text += f"，原《{self.label(repealed, 'zh')}》同时废止。" if repealed else "。"
            if cue("validity_title", lang, q):
                text += "本办法未规定有效期届满后已认定称号如何处理，也未规定按原办法认定的称号是否延续。"
            text += status["zh"]
        else:
            text = (f"The measures are in force from their publication on {_en_date(start)} ({start.isoformat()}) "
                    f"until {_en_date(until)} ({until.isoformat()}) inclusive ({cited})")
            text += f"; they repeal the former {self.label(repealed, 'en')}. " if repealed else ". "
            if cue("validity_title", lang, q):
                text += ("They do not say what becomes of a title after they expire, nor whether titles granted under "
                         "the repealed measures carry over. ")
            text += status["en"]
        return StructuredAnswer("validity", text, units,
                                {"in_force_from": start.isoformat(), "in_force_until": until.isoformat(),
                                 "in_force": start <= as_of <= until, "as_of": as_of.isoformat()})

    def _document_authority(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        if cue("interpret", lang, q):
            relation = SFKG.interpretedBy
        elif cue("issue", lang, q) and cue("who", lang, q) and not cue("addressee", lang, q):
            relation = SFKG.issuedBy
        else:
            return None
        rows = [r for r in self.select("ask_document_authority", doc=_MEASURES) if r["relation"] == relation]
        if not rows:
            return None
        authority = rows[0]["authority"]
        name = {"zh": self.label(authority, "zh"), "en": self.label(authority, "en")}
        if relation == SFKG.interpretedBy:
            text = f"本办法由{name['zh']}负责解释。" if lang == "zh" else \
                f"The {name['en']} is responsible for interpreting the measures."
        else:
            text = f"本办法由{name['zh']}印发。" if lang == "zh" else f"The measures were issued by the {name['en']}."
        return StructuredAnswer("document_authority", text, _eids(r.get("unit") for r in rows),
                                {"relation": relation.rsplit("#", 1)[-1], "authority": str(authority)})

    def _standards(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        """A standard the measures cite, named (its title, kind and what the measures use it for), or the
        standards asked about as a whole ("办法引用了哪些国家标准"): those cited by the units of the other
        concepts named ("成熟度按哪个标准" -> GB/T 39116), else all of them (``ask_standards.rq``)."""
        named = self._of(mentions, "Standard")
        asked = any(m.concept.endswith("/topic-standards") for m in mentions)
        if not named and not asked:
            return None
        if not named and self._of(mentions, "Indicator", "KPI", "KPICategory", "IndustryGroup", "IndustryDivision"):
            return None  # "what standard must the defect rate meet": a threshold, not a standard
        rows = self.select("ask_standards")
        national = not named and cue("national_standard", lang, q)
        if national:  # "哪些国家标准": not the group standard
            rows = [r for r in rows if str(r["notation"]).startswith("GB")]
        by_std: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            by_std.setdefault(str(r["standard"]), []).append(r)
        chosen = [s for s in by_std if s in named]
        if not chosen:
            near: set[str] = set()
            for m in mentions:
                if m.concept not in by_std and not m.concept.endswith("/topic-standards"):
                    near |= self._units_of(m.concept)
            chosen = [s for s, rs in by_std.items() if near & {str(r["eid"]) for r in rs}] or list(by_std)
        words = self.standard_words
        parts, units = [], []
        for s in chosen:
            r = by_std[s][0]
            parts.append(words["one"][lang].format(notation=self.label(s, lang), title=r[f"title_{lang}"],
                                                  kind=r[f"kind_{lang}"], use=r[f"use_{lang}"]))
            units += [x["unit"] for x in by_std[s]]
        lead = words["all_national" if national else "all"][lang].format(n=len(chosen))
        text = ("" if named or len(chosen) == 1 else lead) + \
            words["sep"][lang].join(parts) + words["end"][lang]
        return StructuredAnswer("standards", text, _eids(units), {"standards": chosen})

    def _kpi_by_number(self, q: str, lang: str) -> list[str]:
        """The KPI of annex 3 asked about by its number ("附件3第12项指标是什么", "the 12th KPI",
        "KPI number 4"), from the annex's numbering in the graph; none when no number is asked."""
        if not cue("metric", lang, q) or re.search(r"附件\s*2|annex\s*2", q, re.I):
            return []
        n = None
        if lang == "zh":
            m = re.search(r"第\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:项|个)", q)
            if m:
                n = numbers.integer(m.group(1), _ZH_DIGITS, {})  # 12, 十二, 二十
        else:
            m = (re.search(r"\b(\d{1,2})(?:st|nd|rd|th)\b", q, re.I)
                 or re.search(r"\b(?:kpi|indicator|item)s?\s*(?:number|no\.?|#)?\s*(\d{1,2})\b", q, re.I)
                 or re.search(r"\b(?:number|no\.?|#)\s*(\d{1,2})\b", q, re.I))
            if m:
                n = int(m.group(1))
            else:
                m = re.search(r"\b(" + "|".join(_EN_ORDINALS) + r")\b", q, re.I)
                n = _EN_ORDINALS.index(m.group(1).lower()) + 1 if m else None
        if not n:
            return []
        return [str(r["kpi"]) for r in self.select("ask_kpis") if int(r["number"]) == n][:1]

    def _kpis(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        kpis = self._of(mentions, "KPI")
        categories = self._of(mentions, "KPICategory")
        if not kpis and not categories:
            kpis = self._kpi_by_number(q, lang)
        if not kpis and not categories and (cue("kpi", lang, q) or cue("category_of", lang, q)) \
                and not self._of(mentions, "IndustryGroup", "IndustryDivision"):
            # an indicator of annex 2-1 asked about as a KPI: the KPI of annex 3 it is related to
            indicators = self._of(mentions, "Indicator")
            kpis = [str(r["kpi"]) for i in indicators for r in self.select("ask_related_kpi", indicator=URIRef(i))]
            if kpis:
                return self._kpi_entry(list(dict.fromkeys(kpis)), lang, mentions, via=indicators)
        if kpis and cue("category_of", lang, q):
            rows = [r for k in kpis for r in self.select("ask_kpis", kpi=URIRef(k))]
            if not rows:
                return None
            parts, units = [], []
            for r in rows:
                kpi, cat = self.label(r["kpi"], lang), self.label(r["category"], lang)
                notation = r.get("cat_notation", r["cat_order"])
                if lang == "zh":
                    parts.append(f"{kpi}（附件3第{r['number']}项）属于（{notation}）{cat}")
                else:
                    parts.append(f"{kpi} (KPI {r['number']}) is in category ({r['cat_order']}) {_lower_first(cat)}")
                units += [r["kpi_unit"], r["cat_unit"]]
            text = ("；".join(parts) + "。") if lang == "zh" else ("; ".join(parts) + ".")
            return StructuredAnswer("kpi_category", text, _eids(units),
                                    {"kpis": [{"kpi": str(r["kpi"]), "number": int(r["number"]),
                                               "category": str(r["category"])} for r in rows]})
        if categories and not kpis and (cue("list", lang, q) or cue("total", lang, q)) \
                and (cue("metric", lang, q) or cue("categories", lang, q)):
            # which KPIs a category holds, or how many: the count first, then the KPIs by number. Asked
            # of indicators: "节能减排方面有什么要求" names the area, and asks no list of KPIs
            rows = [r for c in categories for r in self.select("ask_kpis", category=URIRef(c))]
            if not rows:
                return None
            cat = rows[0]
            # (Chinese without a space after the number: "1. 关键…" would end the first sentence at "1.")
            items = [f"{r['number']}{'.' if lang == 'zh' else '. '}{self.label(r['kpi'], lang)}" for r in rows]
            if lang == "zh":
                notation = cat.get("cat_notation", cat["cat_order"])
                text = f"（{notation}）{self.label(cat['category'], 'zh')}共{len(rows)}项：" + "；".join(items) + "。"
            else:
                kpis_word = "KPI" if len(rows) == 1 else "KPIs"
                text = f"Category ({cat['cat_order']}) {_lower_first(self.label(cat['category'], 'en'))} holds " \
                    f"{len(rows)} {kpis_word}: " + "; ".join(items) + "."
            return StructuredAnswer("kpi_list", text, _eids([cat["cat_unit"], *(r["kpi_unit"] for r in rows)]),
                                    {"category": str(cat["category"]), "kpis": [int(r["number"]) for r in rows]})
        # (the asker's trade beside "which KPI" is only whose plant it is: "which KPI should a boilers maker
        # look at for energy use per product")
        trades = () if cue("kpi", lang, q) else ("IndustryGroup", "IndustryDivision")
        if not kpis and not categories and cue("metric", lang, q) and not self._of(
                mentions, "Indicator", "KPICategory", *trades):
            kpis = self._kpi_in_other_words(q, lang, mentions)
        # a KPI named in a plant's words beside the asker's trade, asked neither as a KPI nor as a measure
        # ("we make forklifts: what reduction in product defects is expected", "做陶瓷的，次品率要降多少"):
        # the threshold of its row for the indicator of annex 2-1 the KPI is related to (sfkg:relatedKPI)
        # -- unless it asks which measure it is, not how much ("生产锅炉的企业看单位产品能耗用哪个指标")
        if kpis and not categories and not cue("kpi", lang, q) and not self._of(mentions, "Indicator") \
                and not (cue("which_metric", lang, q) and not cue("value", lang, q)) \
                and (cue("threshold", lang, q) or cue("requirement", lang, q) or not cue("metric", lang, q)) \
                and self._of(mentions, "IndustryGroup", "IndustryDivision"):
            related = list(dict.fromkeys(str(r["indicator"]) for k in kpis
                                         for r in self.select("ask_related_kpi", kpi=URIRef(k))))
            if len(related) == 1:
                via = [Mention(related[0], "Indicator", -1, -1, "related", "")]
                found = self._threshold(q, lang, [*mentions, *via], as_of)
                if found is not None:
                    return found
        # a KPI named in any other way ("what is OEE", "which KPI covers on-time delivery"): what
        # and where it is, in the words the question used; an indicator of annex 2-1 named with it
        # (产品不良率下降 is both) asks about a threshold instead (_threshold), unless the question asks
        # which KPI it is and no threshold ("which KPI covers our defect rate")
        if kpis and (not self._indicator_own_word(mentions, kpis)
                     or (cue("kpi", lang, q) and not cue("threshold", lang, q))) \
                and not self._construction_of_level(q, lang, mentions):
            return self._kpi_entry(kpis, lang, mentions)
        # how many KPIs, or in which categories: annex 3 as a whole (a level named asks about its
        # indicators of annex 2-1 instead, "3 of the 5")
        if not kpis and (cue("kpi", lang, q) or cue("annex3", lang, q)) and (cue("categories", lang, q) or (
                cue("total", lang, q) and not self._of(mentions, "RecognitionLevel"))):
            rows = self.select("ask_kpis")
            cats: dict[str, list[dict[str, Any]]] = {}
            for r in rows:
                cats.setdefault(str(r["category"]), []).append(r)
            parts = []
            for members in cats.values():
                c = members[0]
                first, last = members[0]["number"], members[-1]["number"]
                span = first if first == last else f"{first}–{last}"
                if lang == "zh":
                    notation = c.get("cat_notation", c["cat_order"])
                    parts.append(f"（{notation}）{self.label(c['category'], 'zh')}（第{span}项）")
                else:
                    parts.append(f"({c['cat_order']}) {_lower_first(self.label(c['category'], 'en'))} (KPIs {span})")
            if lang == "zh":
                text = f"智能工厂建设关键绩效指标（附件3）共{len(rows)}项，分为{len(cats)}类：" + \
                    "；".join(parts) + "。"
            else:
                text = f"The {len(rows)} reference KPIs of annex 3 fall into {len(cats)} categories: " + \
                    "; ".join(parts) + "."
            units = [rows[0].get("scheme_unit"), *(m[0]["cat_unit"] for m in cats.values())]
            return StructuredAnswer("kpi_categories", text, _eids(units),
                                    {"categories": [{"category": k, "kpis": [int(r["number"]) for r in v]}
                                                    for k, v in cats.items()]})
        return None

    def _indicator_own_word(self, mentions: list[Mention], kpis: list[str]) -> bool:
        """Whether the question asks about an indicator of annex 2-1 rather than the KPIs it names:
        an indicator is named, and not only by words that name a KPI too while that KPI has a word of
        its own. "按全体员工算的人均产出" asks about KPI 15 (人均产出 names it and the labour-productivity
        indicator; 按全体员工算 only the KPI); "人均产出要提升多少" about the indicator."""
        indicators = set(self._of(mentions, "Indicator"))
        if not indicators:
            return False
        span: dict[str, set[tuple[str, int, int]]] = {m.concept: set() for m in mentions}
        for m in mentions:
            span[m.concept].add((m.space, m.start, m.end))
        kpi_spans = set().union(*(span.get(k, set()) for k in kpis))
        ind_spans = set().union(*(span.get(i, set()) for i in indicators))
        return not (ind_spans <= kpi_spans and kpi_spans - ind_spans)

    def _kpi_in_other_words(self, q: str, lang: str, mentions: list[Mention] | None = None) -> list[str]:
        """The one KPI a question asking about a measure names in words none of the KPI's names has
        whole ("单位产品耗能降低是第几项", "how punctually suppliers deliver"): most of one of its names,
        and clearly more of it than of any other KPI's (no other KPI's name half there)."""
        near = self.matcher.near(q, lang, "KPI")
        # one word in common ("water") is no name ("water reuse rate"): two parts at least
        if not near or near[0][1] < NEAR_KPI["share"] or near[0][2] < 2:
            return []
        # a rival whose words the best one holds too is no rival: "product" in "energy use per product" is
        # KPI 16's word, not evidence for KPI 7's "production efficiency"; "water" beside "resource
        # utilisation" is KPI 19's own, and keeps the question unguessed
        # nor are the words of the asker's trade ("a boilers manufacturer": no part of "manufacturing" KPIs)
        top = near[0][3] | self._trade_words(q, lang, mentions or [])
        rivals = [x for x in near[1:] if not x[3] <= top]
        if rivals and (near[0][1] - rivals[0][1] < NEAR_KPI["margin"] or rivals[0][1] >= NEAR_KPI["rival"]):
            return []  # half of another KPI's name is there too ("utilisation of water resources"): not guessed
        return [near[0][0]]

    def _trade_words(self, q: str, lang: str, mentions: list[Mention]) -> frozenset[str]:
        """The parts (``ConceptMatcher.near``'s: Chinese character pairs, English stemmed words) of the
        words by which the question names the asker's trade: an industry group, division or section, or
        the industrial enterprise."""
        trade = {"IndustryGroup", "IndustryDivision", "IndustrySection"}
        spans = [m for m in mentions if (self.matcher.types.get(m.concept, set()) | {m.type}) & trade
                 or m.concept.endswith("/topic-industrial")]
        out: set[str] = set()
        if lang == "zh":
            text = _norm_zh(q)
            for m in spans:
                if m.space == "char":
                    w = text[m.start:m.end]
                    out |= {w[i:i + 2] for i in range(len(w) - 1)}
        else:
            tokens = tokenize_en(q, keep_stopwords=True)
            for m in spans:
                if m.space == "token":
                    out |= set(tokens[m.start:m.end])
        return frozenset(out)

    def _kpi_entry(self, kpis: list[str], lang: str, mentions: list[Mention],
                   via: list[str] | None = None) -> StructuredAnswer | None:
        """What and where the KPIs are; ``via``: the indicators of annex 2-1 the question named,
        which are related to these KPIs but not the same."""
        rows = [r for k in kpis for r in self.select("ask_kpis", kpi=URIRef(k))]
        if not rows:
            return None
        # the question's words are repeated as the KPI's name only when they are one (not a hidden label)
        said = {m.concept: m.label for m in mentions if self.matcher.shown(m)}
        parts, units = [], []
        for r in rows:
            kpi, cat = self.label(r["kpi"], lang), self.label(r["category"], lang)
            words = said.get(str(r["kpi"]), "")
            same = _norm_words(words) == _norm_words(kpi) or _norm_words(words) in _norm_words(kpi)
            measure = str(r.get("measure") or "")
            if lang == "zh":
                lead = "" if same else f"{words.upper() if words.isascii() else words}对应"
                unit = f"（单位：{measure}）" if measure else ""
                parts.append(f"{lead}附件3第{r['number']}项关键绩效指标“{kpi}”{unit}"
                             f"，属于（{r.get('cat_notation', r['cat_order'])}）{cat}")
            else:
                lead = f"KPI {r['number']}" if same else f"{words[:1].upper() + words[1:]} is KPI {r['number']}"
                parts.append(f"{lead} of annex 3, “{kpi}”" + (f" ({measure})" if measure else "") +
                             f", in category ({r['cat_order']}) {_lower_first(cat)}")
            units += [r["kpi_unit"], r["cat_unit"]]
        text = ("；" if lang == "zh" else "; ").join(parts) + KPI_NOTE[lang]
        if via:
            names = [self.label(i, lang) for i in via]
            text = (f"“{'、'.join(names)}”是附件2—1的技术经济指标；附件3中与之相关的是" + text if lang == "zh" else
                    f"“{', '.join(names)}” is an indicator of annex 2-1; the related KPI of annex 3: " + text)
        return StructuredAnswer("kpi", text, _eids(units),
                                {"kpis": [{"kpi": str(r["kpi"]), "number": int(r["number"]),
                                           "category": str(r["category"])} for r in rows]})

    def _groups(self, mentions: list[Mention]) -> tuple[list[str], list[dict[str, Any]]]:
        """Industry groups named directly or through a division (by name or code), and the named
        divisions (with the group they belong to, if any)."""
        groups = self._of(mentions, "IndustryGroup")
        divisions = []
        for d in self._of(mentions, "IndustryDivision"):
            rows = self.select("ask_division", division=URIRef(d))
            if rows:
                divisions.append(rows[0])
                g = rows[0].get("group")
                if g is not None and str(g) not in groups:
                    groups.append(str(g))
        # the asker's trade decides its row: a group named besides it by one common word only ("our
        # production equipment" holds the group's word "equipment", "装备" ...) is no second row asked for
        of_divisions = {str(d["group"]) for d in divisions if d.get("group") is not None}
        if of_divisions:
            short = {m.concept: m.length == 1 if m.space == "token" else m.length <= 2
                     for m in sorted(mentions, key=lambda m: m.length) if m.type == "IndustryGroup"}
            groups = [g for g in groups if g in of_divisions or not short.get(g, False)]
        return groups, divisions

    def _threshold(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        indicators = self._of(mentions, "Indicator")
        groups, divisions = self._groups(mentions)
        asks = cue("threshold", lang, q)
        if not (groups or divisions or asks) and self._construction_of_level(q, lang, mentions):
            return None
        if not ((indicators and (groups or divisions or asks or cue("requirement", lang, q)))
                or ((groups or divisions) and asks and cue("threshold_named", lang, q))):
            return None
        if divisions and not groups:
            # a division att_2-1 gives no row (sections B and D): the measures leave it to experts
            if lang == "zh":
                names = "、".join(f"{d['notation']}（{self.label(d['division'], 'zh')}）" for d in divisions)
            else:
                names = ", ".join(f"{d['notation']} ({self.label(d['division'], 'en')})" for d in divisions)
            text = f"附件2—1未为{names}规定技术经济指标阈值，由专家评审判断。" if lang == "zh" else \
                f"Annex 2-1 sets no thresholds for {names}; the measures leave it to expert review."
            return StructuredAnswer("threshold", text, _eids(d.get("table") for d in divisions),
                                    {"divisions": [d["notation"] for d in divisions], "thresholds": []})
        rows: list[dict[str, Any]] = []
        if groups and indicators:
            rows = [r for g in groups for i in indicators
                    for r in self.select("ask_threshold", group=URIRef(g), indicator=URIRef(i))]
        elif groups:
            rows = [r for g in groups for r in self.select("ask_threshold", group=URIRef(g))]
        elif indicators:
            rows = [r for i in indicators for r in self.select("ask_threshold", indicator=URIRef(i))]
        if not rows:
            return None
        by_group: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            by_group.setdefault(str(r["group"]), []).append(r)
        def cell(c: dict[str, Any]) -> str:
            name = self.label(c["indicator"], lang)
            return f"{name if lang == 'zh' else _lower_first(name)} ≥ {_num(c['value'])}{c.get('unit', '%')}"

        # The values lead: each group's line is one sentence that names the asker's division (when
        # the question named one) and its group, then the thresholds ("家具制造业（C21）属于都市产业，
        # 生产设备联网率 ≥ 55%。"), so that the first sentence answers what was asked.
        named = {str(d["group"]): d for d in divisions if d.get("group") is not None}
        lines = []
        for g, cells in by_group.items():
            d = named.get(g)
            values = ("；" if lang == "zh" else "; ").join(cell(c) for c in cells)
            if not d:
                lines.append(f"{self.label(g, lang)}{'：' if lang == 'zh' else ': '}{values}")
            elif lang == "zh":
                lines.append(f"{self.label(d['division'], 'zh')}（{d['notation']}）属于{self.label(g, 'zh')}，"
                             f"{values}（附件2—1）。")
            else:
                lines.append(f"{self.label(d['division'], 'en')} ({d['notation']}) is in the "
                             f"{_lower_first(self.label(g, 'en'))} row of annex 2-1: {values}.")
        text = "\n".join(lines)
        units = _eids(r["row"] for r in rows)
        if not groups:  # a whole column: the table first, then its rows
            # (units already holds eIds, which _eids would not read as IRIs)
            units = list(dict.fromkeys([*_eids(r.get("table") for r in rows), *units]))
        return StructuredAnswer("threshold", text, units, {"thresholds": [
            {"group": str(r["group"]), "indicator": str(r["indicator"]), "value": float(r["value"]),
             "unit": r.get("unit", "%"), "row": eid_of(r["row"])} for r in rows]})

    def _indicator_count(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        if not cue("count", lang, q) or cue("annex3", lang, q) or (
                cue("conditions", lang, q) and not cue("metric", lang, q)):
            return None  # annex 3's KPIs counted, or the conditions of art_5: not the indicators of annex 2-1
        # no level named: the measures' own levels (the graph also holds other schemes' levels)
        levels = self._levels(mentions) or self.own_levels
        rows = [r for r in self.select("ask_indicator_count") if str(r["level"]) in levels]
        if not rows:
            return None
        r = rows[0]
        level, minimum, count = r["level"], r["minimum"], r.get("count")
        if lang == "zh":
            text = f"{self.label(level, 'zh')}须在{count}个主要技术经济指标中至少满足{minimum}个" \
                   f"（达到本行业在附件2—1中的阈值）。" if count else \
                   f"{self.label(level, 'zh')}须至少满足{minimum}项主要技术经济指标。"
        else:
            text = (f"A {_lower_first(self.label(level, 'en'))} must reach the thresholds of its industry (annex 2-1) "
                    f"in at least {minimum} of the {count} technical-economic indicators.")
        return StructuredAnswer("indicator_count", text, _eids(x.get("unit") for x in rows),
                                {"level": str(level), "minimum": int(minimum), "of": int(count) if count else None},
                                rank_units=True)

    def _maturity(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        if not cue("maturity", lang, q):
            return None
        levels = self._levels(mentions) or self.own_levels
        rows = [r for r in self.select("ask_maturity") if str(r["level"]) in levels]
        if not rows:
            return None
        named = sorted(dict.fromkeys(str(r["level"]) for r in rows),
                       key=lambda lv: self.own_levels.index(lv) if lv in self.own_levels else len(self.own_levels))
        maturity, source = rows[0]["maturity"], str(rows[0].get("source", "GB/T 39116-2020"))
        if lang == "en":  # the standard's number, without its Chinese title
            source = re.sub(r"\s*[\u4e00-\u9fff].*$", "", source)
        if lang == "zh":
            text = f"{'和'.join(self.label(lv, 'zh') for lv in named)}的智能制造能力成熟度须达到{source}" \
                   f"{self.label(maturity, 'zh')}及以上。"
        else:
            text = (f"{' and '.join(self.label(lv, 'en') for lv in named)}: smart-manufacturing capability maturity "
                    f"of {self.label(maturity, 'en')} or above under {source}.")
        return StructuredAnswer("maturity", text, _eids(r.get("unit") for r in rows),
                                {"levels": named, "minimum_maturity": str(maturity), "rank": int(rows[0]["rank"])},
                                rank_units=True)

    def _levels_recognised(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        """Which levels the measures recognise, and the other scheme's level the highest may be
        recommended for ("国家分四级，北京管哪几级"), from ``ask_level_scope``."""
        if not cue("levels", lang, q) or cue("maturity", lang, q) or cue("accident", lang, q) \
                or self._names_construction(mentions):
            return None  # "生产管理上要用信息系统管哪些东西": what a domain item manages, not the levels
        rows = self.select("ask_level_scope")
        if not rows:
            return None
        levels = list(dict.fromkeys(str(r["level"]) for r in rows))
        units = [{str(r["unit"]) for r in rows if str(r["level"]) == lv} for lv in levels]
        common = [u for u in dict.fromkeys(str(r["unit"]) for r in rows) if all(u in x for x in units)]
        nexts = [r for r in rows if r.get("next") is not None]
        names = [self.label(lv, lang) for lv in levels]
        first = _eids(URIRef(u) for u in common[:1])
        if lang == "zh":
            text = f"本办法认定{'和'.join(names)}{len(levels)}个级别（{first[0] if first else ''}）。"
        else:
            listed = " and the ".join(names)
            text = f"The measures recognise {len(levels)} levels: the {listed} ({first[0] if first else ''})."
        units_out = list(first)
        # quest25: the recommendation asked ("先进级可以被推荐到国家哪个级别"): the level recommended for leads
        recommended = any(m.concept == _RECOMMENDATION for m in mentions)
        for r in nexts[:1]:
            unit = eid_of(r["nextUnit"])
            if lang == "zh":
                said = (f"{self.label(r['level'], 'zh')}可被推荐申报{self.label(r['next'], 'zh')}，"
                        f"后者不由本办法认定（{unit}）。")
            else:
                said = (f"A {self.label(r['level'], 'en')} may be recommended for the {self.label(r['next'], 'en')}, "
                        f"which these measures do not grant ({unit}).")
            text = f"{said}{'' if lang == 'zh' else ' '}{text}" if recommended else \
                f"{text}{'' if lang == 'zh' else ' '}{said}"
            units_out = [unit, *units_out] if recommended else [*units_out, unit]
        text = self._national_levels_lead(q, lang) + text
        return StructuredAnswer("levels", text, list(dict.fromkeys(units_out)), {"levels": levels})

    def _structure(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        """How many chapters and articles the measures have ("办法一共几章几条"), counted from the graph's
        units (``ask_structure``): each chapter with its title and the number of its articles."""
        if not cue("structure", lang, q) or cue("structure_not", lang, q):
            return None
        rows = self.select("ask_structure")
        if not rows:
            return None
        total = sum(int(r["articles"]) for r in rows)
        if lang == "zh":
            parts = "、".join(f"{r.get('title_zh') or r['eid']}（{int(r['articles'])}条）" for r in rows)
            text = f"本办法共{len(rows)}章{total}条：{parts}。"
        else:
            parts = "; ".join(f"{r.get('title_en') or r['eid']} ({int(r['articles'])} "
                              f"article{'s' if int(r['articles']) != 1 else ''})" for r in rows)
            text = f"The measures have {len(rows)} chapters and {total} articles: {parts}."
        return StructuredAnswer("structure", text, [str(r["eid"]) for r in rows],
                                {"chapters": len(rows), "articles": total})

    def _scheme_comparison(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        """Beijing's measures beside another scheme on one point ("北京和国家对成熟度的要求一样吗", "is
        Beijing stricter than Jiangsu on accidents"), or the national level a Beijing level corresponds
        to ("北京的基础级对应国家哪一级"): from the schemes' facts (``ask_scheme_facts``), the words of
        ``scheme_comparison`` in queries/ask_answers.yaml. None unless another scheme is named and a
        comparison (with one point) or a correspondence is asked."""
        others = [k for k, c in self._scheme_cues.items() if c[lang].search(q)]
        if not others:
            return None
        rows = self.select("ask_scheme_facts")
        own = self._own_levels_within(mentions)
        words = self.comparison_words
        if self._compare_cues["correspond"][lang].search(q) and own and others[0] == "miit":
            pairs = [(str(r["level"]), str(r["counterpart"])) for r in rows
                     if r.get("counterpart") is not None and str(r["level"]) == own[0]]
            if not pairs:
                return None
            text = words["counterpart"][lang].format(level=self.label(pairs[0][0], lang),
                                                     counterpart=_lower_first(self.label(pairs[0][1], lang)))
            return StructuredAnswer("scheme_counterpart", text, ["art_4", "art_2"],
                                    {"level": pairs[0][0], "counterpart": pairs[0][1]})
        if not self._compare_cues["compare"][lang].search(q):
            return None
        dims = [d for d, c in self._dimension_cues.items() if c[lang].search(q)]
        if not dims and others[0] != "miit" and _BEIJING[lang].search(q):
            return self._compared_whole(lang, rows, others[0], own)
        if len(dims) != 1:
            return None  # several points named: the comparison table's, not one sentence's
        dim = dims[0]
        facts: dict[tuple[str, str], dict[str, Any]] = {}
        for r in rows:
            if str(r["dim"]).rsplit("/", 1)[-1] != dim:
                continue
            f = facts.setdefault((str(r["scheme"]), str(r["level"])), {**r, "units": []})
            if r.get("unit") is not None:
                f["units"].append(eid_of(r["unit"]))
        mine = [k for k in facts if k[0] == "beijing"]
        theirs = [k for k in facts if k[0] == others[0]]
        if not mine or not theirs:
            return None
        named = [lv for lv in self._levels(mentions) if lv not in self.own_levels]
        other = next((k for k in theirs if k[1] in named), None)  # the other scheme's level named
        counter = {str(r["level"]): str(r["counterpart"]) for r in rows if r.get("counterpart") is not None}
        if own:
            base = next((k for k in mine if k[1] == own[0]), mine[-1])
        else:  # the Beijing level of the same name as the other level, else the highest
            base = next((k for k in mine if other and counter.get(k[1]) in (other[1], counter.get(other[1]))),
                        max(mine, key=lambda k: int(facts[k].get("rank") or 0)))
        if other is None:
            other = next((k for k in theirs if counter.get(k[1], k[1]) == counter.get(base[1])), theirs[-1])

        def part(key: tuple[str, str]) -> str:
            f = facts[key]
            value = str(f.get("valueZh" if lang == "zh" else "valueEn") or "").rstrip("。.")
            level = self.label(key[1], lang)
            if key != base:
                name = words["scheme_names"].get(key[0], {}).get(lang, "")
                level = _lower_first(level)
                if name and name.lower() not in level.lower():
                    level = f"{name}{level}" if lang == "zh" else f"{name} {level}"
            said = words["part"][lang].format(level=level, value=value)
            if f["units"]:
                said += words["units"][lang].format(units=", ".join(dict.fromkeys(f["units"])))
            return said

        text = words["lead"][lang].format(beijing=part(base), other=part(other))
        units = list(dict.fromkeys(facts[base]["units"])) or ["art_4"]
        return StructuredAnswer("scheme_comparison", text, units,
                                {"dimension": dim, "beijing": base[1], "other": other[1]}, rank_units=True)

    def _compared_whole(self, lang: str, rows: list[dict[str, Any]], other: str,
                        own: list[str]) -> StructuredAnswer | None:
        """Beijing's level beside another province's as a whole, no point named ("江苏的先进级和北京的有什么
        不同"): each point the other scheme's sources state, Beijing's fact then theirs (questions16)."""
        facts: dict[tuple[str, str, str], dict[str, Any]] = {}
        for r in rows:
            key = (str(r["dim"]), str(r["scheme"]), str(r["level"]))
            f = facts.setdefault(key, {**r, "units": []})
            if r.get("unit") is not None:
                f["units"].append(eid_of(r["unit"]))
        theirs = [(d, f) for (d, sch, _), f in facts.items() if sch == other and str(f.get("stated")) == "True"]
        if not theirs:
            return None
        # Beijing's level named, else the one of the same national counterpart as theirs
        level = own[0] if own else None
        mine = {d: f for (d, sch, lv), f in facts.items() if sch == "beijing" and (
            lv == level if level else str(f.get("counterpart")) == str(theirs[0][1].get("counterpart")))}
        points = [(d, mine[d], f) for d, f in theirs if d in mine]
        if not points:
            return None
        words = self.comparison_words
        name = words["scheme_names"].get(other, {}).get(lang, other)
        base = self.label(points[0][1]["level"], lang)
        level = _lower_first(self.label(points[0][2]["level"], lang))
        if name.lower() not in level.lower():
            level = f"{name}{level}" if lang == "zh" else f"{name} {level}"
        value = "valueZh" if lang == "zh" else "valueEn"
        said = [f"{self.label(d, lang)}：北京{str(b.get(value) or '').rstrip('。.')}，{name}"
                f"{str(t.get(value) or '').rstrip('。.')}" if lang == "zh" else
                f"{self.label(d, lang)}: Beijing {_lower_first(str(b.get(value) or '').rstrip('。.'))}; {name} "
                f"{_lower_first(str(t.get(value) or '').rstrip('。.'))}" for d, b, t in points]
        if lang == "zh":
            text = (f"{base}与{level}在{len(points)}个方面的要求对比如下（{name}的据公开资料，非本办法规定）。"
                    + "；".join(said) + "。")
        else:
            text = (f"{base} beside {level} on {len(points)} points ({name}'s from public sources, not set by the "
                    f"measures). " + ". ".join(said) + ".")
        units = list(dict.fromkeys(u for _, b, _ in points for u in b["units"]))
        return StructuredAnswer("scheme_comparison", text, units or ["art_2"],
                                {"other": other, "dimensions": [d for d, _, _ in points]})

    def _national_levels_lead(self, q: str, lang: str) -> str:
        """The national scheme's levels, said first when the question names that scheme ("国家智能工厂
        有几个等级"), from ``ask_national_levels``; empty otherwise."""
        if not cue("national_scheme", lang, q) or cue("own_scheme", lang, q):
            return ""  # "国家分四级，北京管哪几级": the measures' levels are what is asked
        rows = self.select("ask_national_levels")
        levels = list(dict.fromkeys(str(r["level"]) for r in rows))
        if not levels:
            return ""
        short = {str(r["level"]): str(r["short"]) for r in rows if r.get("short") is not None}
        if lang == "zh":
            names = [short.get(lv) or self.label(lv, lang) for lv in levels]
        else:
            names = [self.label(lv, lang).split("-level")[0].lower() for lv in levels]
        words = self.national_words
        return words["lead"][lang].format(n=len(levels), names=words["sep"][lang].join(names), top=names[-1])

    def _prerequisite(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        """What must come before applying for a level ("要先是基础级吗", "apply for advanced directly"),
        from the level's sfkg:prerequisiteLevel and the condition that requires it."""
        if not cue("first", lang, q):
            return None
        if any(m.concept.endswith(("/topic-mandatory", "/topic-domains")) for m in mentions):
            return None  # a domain that cannot be skipped ("which domain can we not skip") is no prior level
        named = self._own_levels_within(mentions)
        # the level applied for, or the one named as what must come first ("be basic level before …")
        rows = [r for r in self.select("ask_prerequisite") if str(r["level"]) in named] or \
            [r for r in self.select("ask_prerequisite") if str(r["pre"]) in named]
        if not rows:
            return None
        r = rows[0]
        level, pre = self.label(r["level"], lang), self.label(r["pre"], lang)
        units = _eids(x.get("unit") for x in rows)
        cond = self.label(r["condition"], lang) if r.get("condition") is not None else pre
        unit = units[0] if units else ""
        if lang == "zh":
            text = f"申请{level}，须先是{pre}：{cond}（{unit}）。"
        else:
            text = f"To apply for the {level}, an enterprise must first be a {pre}: {_lower_first(cond)} ({unit})."
        return StructuredAnswer("prerequisite", text, units, {"level": str(r["level"]), "prerequisite": str(r["pre"])})

    def _step(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        """Who does a named step of the procedure, or how it is done: from the steps the concept
        is about (sfkg:aboutStep), before the level-wide answer of who recognises or files. The step
        the question names best leads ("由谁进行形式审查": the formal review, not the application);
        asked what comes after it ("专家评审之后", "after the public notice"), the step that follows."""
        if not (cue("who", lang, q) or cue("how", lang, q) or cue("after", lang, q)):
            return None
        rows: list[dict[str, Any]] = []
        for m in mentions:
            for r in self.select("ask_concept_steps", concept=URIRef(m.concept)):
                if all(str(r["step"]) != str(x["step"]) for x in rows):
                    rows.append(r)
        if not rows:
            return None
        rows.sort(key=lambda r: int(r.get("order") or 0))
        named = self._named_step(q, lang, rows)
        if named is not None and cue("after", lang, q) and named.get("next") is not None:
            following = [r for r in self._level_steps(named) if str(r["step"]) == str(named["next"])]
            rows = following + [r for r in rows if str(r["step"]) != str(named["next"])] if following else rows
        elif named is not None:
            rows = [named] + [r for r in rows if r is not named]
        elif not (cue("who", lang, q) or cue("how", lang, q)):
            return None
        text = ("" if lang == "zh" else " ").join(self._step_sentence(r, lang) for r in rows)
        return StructuredAnswer("procedure_step", text, _eids(r["unit"] for r in rows),
                                {"steps": [{"step": str(r["step"]), "unit": eid_of(r["unit"])} for r in rows]})

    def _procedure(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        """The procedure of a level, in order ("先进级的认定流程", "the steps to be recognised at the
        advanced level"), from the graph's steps (``ask_level_steps``)."""
        if not cue("sequence", lang, q) or self._names_construction(mentions):
            # "simulation of process routes", "仿真的过程": a practice of a construction domain, not the procedure
            return None
        levels = self._own_levels_within(mentions)
        if len(levels) != 1:
            return None
        rows: list[dict[str, Any]] = []
        for r in self.select("ask_level_steps", level=URIRef(levels[0])):
            if all(str(r["step"]) != str(x["step"]) for x in rows):
                rows.append(r)
        if not rows:
            return None
        units = _eids(r["unit"] for r in self.select("ask_level_steps", level=URIRef(levels[0])))
        level = self.label(levels[0], lang)
        if lang == "zh":
            steps = "；".join(f"（{n}）{self._step_clause(r, 'zh')}" for n, r in enumerate(rows, 1))
            text = f"{level}的认定程序共{len(rows)}步，依次为：{steps}。"
        else:
            # "1) …; 2) …": a semicolon before "(" would end the first sentence (evaluation.first_sentence)
            steps = "; ".join(f"{n}) {self._step_clause(r, 'en')}" for n, r in enumerate(rows, 1))
            text = f"The procedure for the {level} has {len(rows)} steps, in this order: {steps}."
        return StructuredAnswer("procedure", text, units,
                                {"level": levels[0], "steps": [str(r["step"]) for r in rows]})

    def _level_steps(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        """Every step of the procedures the row's step belongs to (to find the step after it)."""
        out: list[dict[str, Any]] = []
        for lv in self.own_levels:
            out += self.select("ask_level_steps", level=URIRef(lv))
        return out

    def _named_step(self, q: str, lang: str, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The step the question names, when one clearly is: the longest run of words the question
        shares with one of the step's names (its label, how it is done, who does it), the levels'
        own names set aside (they name the procedure, not a step of it)."""
        words = self._without_levels(q, lang)
        scored = []
        for r in rows:
            names = [self.label(r["step"], lang)] + [str(r[k]) for k in (f"how_{lang}",) if r.get(k)]
            if r.get("performer") is not None:
                names.append(self.label(r["performer"], lang))
            scored.append((max(_shared_run(words, self._without_levels(n, lang)) for n in names), r))
        scored.sort(key=lambda x: -x[0])
        if not scored or scored[0][0] < (2 if lang == "zh" else 1) or (
                len(scored) > 1 and scored[1][0] >= scored[0][0]):
            return None
        return scored[0][1]

    def _without_levels(self, text: str, lang: str) -> list[str]:
        """The text's characters (zh) or stemmed words (en), without the names of the measures' levels."""
        if lang == "zh":
            t = _norm_zh(text)
            for name in self._level_names("zh"):
                t = t.replace(name, "|")
            return list(t)
        toks = tokenize_en(text)
        drop = self._level_names("en")
        # the stemmer leaves "evaluate" and "evaluation" apart (evaluat, evalu): words compare by their
        # first five letters
        return [w[:5] for w in toks if w not in drop]

    def _level_names(self, lang: str) -> set[str]:
        names = self._names_of_levels.get(lang)
        if names is None:
            if lang == "zh":
                names = {label for label, concept, _t in self.matcher.zh if concept in self.own_levels}
                names = set(sorted(names, key=len, reverse=True))
            else:
                names = {w for toks, concept, _t, _l in self.matcher.en if concept in self.own_levels for w in toks
                         if w not in tokenize_en("the smart factory", keep_stopwords=True)}
            self._names_of_levels[lang] = names
        return names

    def _step_parts(self, r: dict[str, Any], lang: str) -> list[str]:
        """What the measures say of one step: who carries it out, who organises it, to whom, how (the
        wording: ``ask_answers.yaml``'s ``step_parts``)."""
        parts: list[str] = []
        for role, words in self.step_words.items():
            if r.get(role):  # an actor: its label, as inside a sentence
                parts.append(words[lang].format(value=_lower_first(self.label(r[role], lang))))
            elif r.get(f"{role}_{lang}"):  # the step's own words in the language asked
                parts.append(words[lang].format(value=r[f"{role}_{lang}"]))
        return parts

    def _step_clause(self, r: dict[str, Any], lang: str) -> str:
        """One step within a sequence: "区主管部门初审推荐（由…进行，报送…，art_7）"."""
        name, unit = self.label(r["step"], lang), eid_of(r["unit"])
        if lang == "zh":
            return f"{name}（{'，'.join([*self._step_parts(r, 'zh'), unit])}）"
        return f"{_lower_first(name)} ({', '.join([*self._step_parts(r, 'en'), unit])})"

    def _step_sentence(self, r: dict[str, Any], lang: str) -> str:
        """One step as a sentence: "市经济和信息化局受理并形式审查：由…进行（art_8）。"."""
        name, unit = self.label(r["step"], lang), eid_of(r["unit"])
        if lang == "zh":
            return f"{name}：{'，'.join(self._step_parts(r, 'zh'))}（{unit}）。"
        return f"{name}: {', '.join(self._step_parts(r, 'en'))} ({unit})."

    def _names_construction(self, mentions: list[Mention]) -> bool:
        """Whether the question names a construction domain, or a practice or system that belongs to one
        (仿真, scheduling, ERP): then it asks what a domain item holds, not the domains or the procedure."""
        return any(self.matcher.types.get(m.concept, set()) & {"ConstructionDomain"} or m.type == "ConstructionDomain"
                   for m in mentions) or any(self.select("ask_concept_domain", concept=URIRef(m.concept))
                                             for m in mentions)

    def _construction_of_level(self, q: str, lang: str, mentions: list[Mention]) -> bool:
        """Whether a level's construction is asked of a practice, beside words that also name an indicator or
        a KPI ("先进级对能耗、安全和环保的管理有要求吗", "先进级要做到成本可控、订单按时交货吗"): one of the
        measures' levels and a construction domain, system or practice named, and no indicator or KPI asked
        for as such (指标, KPI, 考核 …). Then the level's construction item answers (retrieval), not the
        threshold table or the KPI entry those words would give."""
        return bool(self._own_levels_within(mentions)) and self._names_construction(mentions) \
            and not cue("metric", lang, q) and not cue("kpi", lang, q)

    def _domains(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        """Which construction domains a level must cover at least ("先进级至少要覆盖哪几个环节"), from
        the conditions that require them; not when the question names a domain or a system (then it
        asks where that one belongs)."""
        if not (cue("domains", lang, q) and cue("cover", lang, q)) or cue("domains_not", lang, q):
            return None
        if self._names_construction(mentions):
            return None
        levels = self._own_levels_within(mentions) or self.own_levels
        by_level: dict[str, dict[str, Any]] = {}
        for r in self.select("ask_level_domains"):
            lv = str(r["level"])
            if lv not in levels:
                continue
            entry = by_level.setdefault(lv, {"domains": [], "units": []})
            if str(r["domain"]) not in entry["domains"]:
                entry["domains"].append(str(r["domain"]))
            entry["units"].append((int(r["citedBy"]), r["unit"]))
        if not by_level:
            return None
        sentences, units = [], []
        for lv, entry in by_level.items():
            names = [self.label(d, lang) for d in entry["domains"]]
            cited = _eids(u for _, u in sorted(entry["units"], key=lambda x: x[0]))
            if lang == "zh":
                sentences.append(f"{self.label(lv, 'zh')}的建设内容至少须覆盖{'、'.join(names)}"
                                 f"{'这' + str(len(names)) + '个环节' if len(names) > 1 else '环节'}（{cited[0]}）。")
            else:
                listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
                sentences.append(f"A {self.label(lv, 'en')} must cover at least "
                                 f"{'the domain' if len(names) == 1 else f'{len(names)} construction domains:'} "
                                 f"{_lower_first(listed) if len(names) == 1 else listed.lower()} ({cited[0]}).")
            units += cited
        if cue("total", lang, q) and not cue("minimum", lang, q):
            # how many domains the content spans as a whole ("建设内容包括几个环节"): all five first, then the minimum
            every = [self.label(r["domain"], lang) for r in self.select("ask_domains_all")]
            if lang == "zh":
                sentences.insert(0, f"建设内容包括{'、'.join(every)}{len(every)}个环节。")
            else:
                sentences.insert(0, f"The construction content spans {len(every)} domains: "
                                    f"{', '.join(every[:-1]).lower()} and {every[-1].lower()}.")
        return StructuredAnswer("domains", ("" if lang == "zh" else " ").join(sentences), list(dict.fromkeys(units)),
                                {"levels": {lv: e["domains"] for lv, e in by_level.items()}})

    def _level_authority(self, q: str, lang: str, mentions: list[Mention], as_of: date) -> StructuredAnswer | None:
        if not cue("who", lang, q):
            return None
        asked = [rel for rel, pats in RELATION_CUES.items() if pats[lang].search(q)]
        levels = self._levels(mentions)
        if not levels:
            if not asked:
                return None
            levels = self.own_levels
        rows = [r for lv in levels for r in self.select("ask_level_authorities", level=URIRef(lv))]
        # per level: the relation asked, else all of that level's (two levels asked "分别由谁认定": the basic
        # level's filing with the district answers beside the advanced level's recognition by the city)
        wanted = [r for lv in levels for r in ([x for x in rows if str(x["level"]) == lv and x["relation"] in asked]
                                               or [x for x in rows if str(x["level"]) == lv])]
        if not wanted:
            return None
        phrases = {
            SFKG.recognisedBy: ("由{a}评审认定", "reviewed and recognised by the {a}"),
            SFKG.filedWith: ("向{a}备案", "filed with the {a}"),
            SFKG.managedBy: ("由{a}管理", "managed by the {a}"),
            SFKG.supervisedBy: ("由{a}指导和监督", "guided and supervised by the {a}"),
        }
        sentences, units, facts = [], [], []
        for lv in levels:
            mine = [r for r in wanted if str(r["level"]) == lv]
            if not mine:
                continue
            # "self-built and self-assessed" answers who recognises or files; not who supervises
            self_assessed = any(r.get("self_assessed") is True for r in rows if str(r["level"]) == lv) and (
                not asked or SFKG.recognisedBy in asked or SFKG.filedWith in asked)
            zh_parts = (["企业自建自评"] if self_assessed else []) + \
                [phrases[r["relation"]][0].format(a=self.label(r["authority"], "zh")) for r in mine]
            en_parts = (["built and self-assessed by the enterprise"] if self_assessed else []) + \
                [phrases[r["relation"]][1].format(a=_lower_first(self.label(r["authority"], "en"))) for r in mine]
            if lang == "zh":
                sentences.append(f"{self.label(lv, 'zh')}：{'，'.join(zh_parts)}。")
            else:
                sentences.append(f"{self.label(lv, 'en')}: {', '.join(en_parts)}.")
            for r in mine:
                units += [x["unit"] for x in self.select("ask_level_authority_units", level=URIRef(lv),
                                                          authority=r["authority"], relation=r["relation"])]
                facts.append({"level": lv, "relation": str(r["relation"]).rsplit("#", 1)[-1],
                              "authority": str(r["authority"])})
        if not sentences:
            return None
        return StructuredAnswer("level_authority", ("" if lang == "zh" else " ").join(sentences), _eids(units),
                                {"relations": facts}, rank_units=True)
