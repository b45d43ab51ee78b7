"""Whether a question is about what the measures govern, decided by its subject, not its words.

The measures govern the recognition and management of Beijing's basic- and advanced-level smart
factories (art_2). A question shares many words with them and still asks about something else:
"申报高新技术企业需要什么条件" names conditions and applying, but of the high-tech enterprise scheme;
"How do I register a new company in Beijing?" names Beijing and registering, but the procedure is
company registration; "上海市智能工厂认定的申报时间" names the smart-factory scheme, but Shanghai's.

The model reads three things from the graph (``ontology/scope.ttl``, ``queries/ask_scope_roles.rq``):

- *foreign subjects*: other schemes and qualifications, other administrative procedures;
- *generic words*: concepts every scheme shares (conditions, materials, filing, recognition, the
  authorities …), which do not hold a question within the measures against a foreign subject;
- *places outside Beijing*, and the concept that relates an enterprise to a place (registered in,
  moved to).

A question is declined when

1. it names a place outside Beijing as the jurisdiction of a scheme: the place directly qualifies a
   concept of the measures (上海市智能工厂认定, 江苏省先进级, "Jiangsu's advanced level", "the
   deadline in Shanghai"), rather than the asker's enterprise (注册在天津, "registered in Tianjin",
   搬到河北); or
2. its subject is a foreign scheme or procedure (not merely stated about the asker: "我们是高新技术
   企业，能申报吗？" asks about this scheme) and it names nothing specific to the measures (a level,
   an indicator, a KPI, an industry row, a condition, a construction domain, the smart-factory
   scheme itself …) to which it would relate that subject -- a KPI of annex 3 only by the annex's wording
   or its number (``queries/ask_scope_names.rq``): its everyday words ("downtime", 合格率, OEE) are every
   scheme's measures ("How is downtime measured in the green factory scheme?"); nor is a filing that
   holds the enterprise's figures (the annual report) the subject when it is only where the asker's
   figure comes from, applying here ("年报里的主营业务收入能作为申报依据吗", ``scope_source``); or
3. the clause that asks (the last one: "认定为先进级的企业，企业所得税能减免吗" asks of income tax)
   asks of a foreign scheme or procedure and names the measures only as its context: the words that
   merely name this scheme (smart factory, a level) stand beside the foreign subject as whose
   equipment, engineers or company it is ("智能工厂改造购买的设备能享受增值税退税吗", "can engineers
   at a recognised smart factory get a Beijing hukou", "how does a basic-level smart factory apply
   for high-tech status"), not as what is applied for ("高新技术企业可以申报先进级吗": the level
   follows a word of applying, ``scope_applied`` in queries/ask_answers.yaml). Something specific
   of the measures in the asking clause (an indicator, a condition, a revocation cause …) still
   holds it; the national levels keep rule 2 (art_4 says how the measures relate to them).

Two exceptions, read from the graph and the cues of queries/ask_answers.yaml:

- a question about a particular company or asking for news (sfkg:NamedEnterprise: 小米, BOE, 新闻) is
  declined ("enterprise") whatever it shares with the measures, unless the asker speaks of its own
  case (``scope_own``: "我们是小米的供应商，能申报吗");
- what ends the title (sfkg:endsTitle: its revocation, the enterprise's termination, a dissolution or
  bankruptcy procedure) named with the title (``scope_title``: 称号, "the title") holds the question
  against another procedure, as something specific of the measures does ("if our production licence
  is revoked, do we lose the title"), unless another scheme is named, whose title it would be; in the
  asking clause only when the title is named there too ("称号被撤销后，破产程序怎么走" asks of the
  procedure).

Otherwise the engine's thesaurus decides as before (``Thesaurus.in_scope``): a question naming no
concept of the measures at all is not addressed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg_service.graph import KnowledgeGraph
from kg_service.questions.structured import Mention, _norm_zh

# How a question states a scheme or procedure as the asker's own, rather than asking about it:
# "我们是高新技术企业", "作为专精特新企业", "已经注册公司", "做过等保测评", "we are a high-tech enterprise", "as
# a little giant", "we have two patents", "we registered a company", "we did an MLPS assessment".
_STATED_ZH = re.compile(r"(?:是|为|作为|属于|获评|获得|获得了|拥有|有|已|已经|已是|刚|被|遭|受到"
                        r"|做过|做了|完成了|通过了|办了|办过|办理了)"
                        r"(?:一家|一个|一名|国家级|市级|省级|区级|北京市|北京|了)?$")
# A registry's words as a participle ("天津注册的公司", "在北京注册的独立法人公司"), the asker named before them:
# they say where the asker is registered
_REGISTERED_AT_ZH = re.compile(r"(?:注册|登记)的")
_ASKER_ZH = re.compile(r"我们|我司|我公司|本公司|我厂|咱们|本企业")
# How a question asks whether this scheme requires another one ("申报需要ISO9001认证吗", "基础级要求部署工业
# 互联网平台吗", "do we need ISO 9001 to apply"): a prerequisite of applying here, so the subject stays this scheme.
_NEEDED_ZH = re.compile(r"(?:需要|要|必须|得|需|要求|需不需要|要不要|是否需要|是否要|必须要)"
                        r"(?:有|具备|取得|通过|先|先有|先取得|先通过|部署|建设|搭建|配备|采用|使用|用)?$")
_NEEDED_EN = {"need", "needs", "require", "requires", "must", "without", "with"}
_STATED_EN = {"are", "is", "am", "was", "were", "been", "have", "has", "had", "hold", "holds", "got",
              "own", "owns", "became", "received", "obtained", "re", "ve", "did", "passed", "completed", "done",
              "failed", "flunked"}
# a procedure the asker went through, told by its outcome: "fined for a failed fire inspection", "after
# our completed safety review"
_OUTCOME_EN = {"failed", "passed", "completed", "flunked"}
_DETERMINERS_EN = {"a", "an", "the", "our", "its", "their", "this", "last"}
# who a stated verb must be about: the asker ("we are", "our company has", "we're")
_ASKER_EN = {"we", "i", "company", "firm", "plant", "factory", "enterprise", "group", "it", "they", "business"}
# "as" states the asker's kind at the head of a clause ("As a high-tech enterprise, …"), not after
# a verb of becoming ("qualify as", "be recognised as")
_BECOMING_EN = re.compile(r"^(?:qualif|recogni|certif|becom|regist|list|nam|rat|select|approv|design|count|consider"
                          r"|treat|appl|be$|been$|get|got)")
_ARTICLES_EN = {"a", "an", "the", "our", "certified", "recognised", "recognized", "national", "already", "also",
                "two", "several", "some", "many", "few", "one", "registered"}
_PARTICIPLE_PREP_EN = {"to", "with", "under"}
_WORD = re.compile(r"[a-z0-9]+")
_WORD_OR_HAN = re.compile(r"[A-Za-z0-9\u4e00-\u9fff]")
# how far before a word naming this scheme a word of applying may stand: "申报北京市先进级", "apply
# for the national basic level"
_CUE_REACH_ZH, _CUE_REACH_EN = 8, 4
# what a foreign scheme is about, after its name: "the pilot programme for smart manufacturing
# scenarios", "a list of …"; the concept at most this many words after the name
_OF_EN = frozenset({"for", "of", "on", "about", "governing"})
_BEFORE_SUBJECT_EN = frozenset({"a", "an", "the"})
_ABOUT_EN = {"for", "of", "on", "about"}
_ABOUT_REACH_EN = 3
_PUNCT = re.compile(r"[.,;:?!，。；：？！、()（）]")

# What may stand between a place and the concept it qualifies: 上海市的…, 江苏省…, "Jiangsu's",
# "Zhejiang province's".
_PLACE_SUFFIX_ZH = re.compile(r"^(?:省|市|自治区|特别行政区|地区|当地|本地)?(?:的)?")
# A place as the subject of a rule ("四川要求…", "Sichuan requires …"): its scheme's rules.
_RULE_VERB_ZH = re.compile(r"^(?:省|市|自治区)?(?:这边|那边|当地)?(?:是)?(?:怎么|如何)?"
                           r"(?:要求|规定|认定|评定|公布|发布|申报|评选)")
_RULE_VERBS_EN = {"require", "requires", "required", "set", "sets", "ask", "asks", "demand", "demands", "expect",
                  "expects", "recognise", "recognises", "recognize", "recognizes", "publish", "publishes", "define",
                  "defines", "stipulate", "stipulates"}
# verbs of having a scheme: the place's own when a concept of a scheme follows within a few words ("does
# Guangzhou have its own smart-factory recognition", "Shenzhen runs a scheme for smart factories"), not when
# the asker's things do ("Hebei has our plant")
_HAVE_VERBS_EN = {"have", "has", "run", "runs", "offer", "offers"}
# the same in Chinese, right after the place ("深圳有没有智能工厂认定", "天津也有先进级吗"); not after a word
# locating the asker's things there ("我们在天津有智能工厂")
_HAVE_VERB_ZH = re.compile(r"^(?:省|市|自治区)?(?:这边|那边|当地)?(?:有没有|有无|是否有|是不是有|也有|有)"
                           r"(?:自己的|单独的|本地的|专门的|类似的)?")
# what joins a foreign scheme to a concept that is its own: "绿色工厂的评价指标", "绿色工厂要求的能耗指标"
# (a 的 always: "高新技术企业申报先进级" names the applicant, then this scheme's level applied for)
_OWN_GAP_ZH = re.compile(r"(?:要求|规定|评价|认定|考核|评定)?的")
_LOCATING_ZH = re.compile(r"(?:在|到|从|去|于|迁往|搬到|搬去)$")
_PLACE_SUFFIX_EN = {"s", "province", "provincial", "city", "municipal", "municipality", "local"}
_PLACE_PREPOSITIONS_EN = {"in", "of", "for", "from"}
_LOCATING_EN = {"to", "into", "in", "at", "from", "near", "towards", "outside"}


# A scheme named the Chinese way: a name of 3 to 10 characters, what is recognised, then recognising
# or applying; the name must not be (or end in) a word for the asker or a pronoun.
_NAMED_SCHEME = re.compile(r"(?P<name>[\u4e00-\u9fff]{3,10}?)"
                           r"(?P<head>企业|中心|示范企业|示范工厂|示范项目|示范|试点|基地|冠军|标杆|平台)"
                           r"(?:的)?(?:认定|评定|评选|评价|申报|申请|认证|称号|资格)")
_NOT_A_NAME = re.compile(r"(?:我们|我司|本公司|公司|这家|那家|该|本|贵|的|一家|哪些|什么|所有|各类|其他|如何|怎么"
                         r"|可以|能否|是否)|(?:^|.*)(?:做|搞|生产|从事)")


@dataclass(frozen=True)
class OutOfScope:
    """Why a question is outside the measures: ``kind`` "foreign" (another scheme or procedure),
    "jurisdiction" (the scheme of another place) or "enterprise" (a particular company, or news), and
    the mentions naming it."""

    kind: str
    mentions: list[Mention] = field(default_factory=list)


class ScopeModel:
    def __init__(self, kg: KnowledgeGraph, scope_types: set[str], anchor_types: set[str], types: dict[str, set[str]],
                 weak: set[str], labels: dict[str, dict[str, str]], applied: dict[str, dict[str, str]] | None = None,
                 cues: dict[str, dict[str, str]] | None = None):
        self.scope_types = set(scope_types)
        self.anchor_types = set(anchor_types)
        self.types = types
        self.weak = set(weak)
        roles: dict[str, set[str]] = {}
        for r in kg.select("ask_scope_roles"):
            roles.setdefault(str(r["role"]), set()).add(str(r["concept"]))
        self.anchoring = roles.get("anchor", set())
        self.locates = roles.get("locates", set())
        self.foreign = roles.get("foreign", set())
        self.outside = roles.get("outside", set())
        self.elsewhere = roles.get("elsewhere", set())
        # the concepts that merely name this scheme (smart factory, a level): whose, not what, unless applied for
        self.names = roles.get("names", set())
        # what ends the title (its revocation, the enterprise's termination); a named company or news
        self.ends = roles.get("ends", set())
        self.enterprises = roles.get("enterprise", set())
        # a procedure whose filings hold the enterprise's figures (the annual report): named as their source
        self.sources = roles.get("source", set())
        # the measures' own names of a KPI or category (its annex wording, its number): only these tie a
        # question to the measures against another scheme, not the everyday words every scheme measures by
        self.own_names: dict[str, set[str]] = {}
        for r in kg.select("ask_scope_names"):
            label = str(r["label"])
            self.own_names.setdefault(str(r["concept"]), set()).add(
                _norm_zh(label) if r.get("lang") == "zh" else label.lower())
        cues = cues or {}
        self.title = {lang: re.compile(rf"(?:{cue})", re.I) for lang, cue in cues.get("title", {}).items()}
        self.own = {lang: re.compile(rf"(?:{cue})", re.I) for lang, cue in cues.get("own", {}).items()}
        self.source = {lang: re.compile(rf"(?:{cue})", re.I) for lang, cue in cues.get("source", {}).items()}
        self.how = {lang: re.compile(rf"(?:{cue})", re.I) for lang, cue in cues.get("how", {}).items()}
        # what joins another scheme to a concept it holds as its own through containing or using (quest25)
        self.holds = {lang: re.compile(rf"(?:{cue})", re.I) for lang, cue in cues.get("holds", {}).items()}
        applied = applied or {}
        self.applying = {lang: re.compile(rf"(?:{cue})", re.I) for lang, cue in applied.get("applying", {}).items()}
        self.becoming = {lang: re.compile(rf"(?:{cue})", re.I) for lang, cue in applied.get("becoming", {}).items()}
        self.procedures = {c for c, t in types.items() if "OtherProcedure" in t}
        # levels of another scheme that no level of the measures stands for (the national excellent level)
        self.other_levels = {c for c in self.foreign if "RecognitionLevel" in types.get(c, set())}
        # ... and of those, the ones the measures relate their own levels to (art_4: the city recommends
        # advanced-level factories for the national excellent level); the leading level they never name
        self.related_levels = {str(r["next"]) for r in kg.select("ask_level_scope") if r.get("next") is not None}
        self.full_names = {c: {_norm_zh(x) if lang == "zh" else x.lower() for lang, x in names.items()}
                           for c, names in labels.items() if c in self.elsewhere}

    # -- the decision ------------------------------------------------------------------------

    def decline(self, question: str, lang: str, mentions: list[Mention]) -> OutOfScope | None:
        """Why the question is outside the measures, or None when it is not shown to be."""
        places = self.jurisdictions(question, lang, mentions) + self.levels_elsewhere(mentions)
        if places:
            return OutOfScope("jurisdiction", places)
        named = [m for m in mentions if m.concept in self.enterprises]
        if named and not self._cue(self.own, question):
            return OutOfScope("enterprise", named)
        # one concept may be found twice (ISO 9001 by its Chinese and its English name): stated once is stated
        stated = {m.concept for m in mentions if m.concept in self.foreign and self.stated(question, lang, m, mentions)}
        foreign = [m for m in mentions if m.concept in self.foreign and m.concept not in stated]
        if not foreign and lang == "zh":
            foreign = [m for m in self.named_schemes(question, mentions) if not self.stated(question, lang, m)]
        # the words that name the foreign subject do not also hold the question here: "卓越级" names the
        # national excellent level and is a word of the levels' topic too
        ends = self.ending_title(question, mentions, foreign)
        if foreign and not ends and not self.anchors([m for m in mentions if not _overlaps(m, foreign)]):
            # another scheme's level beside a place of Beijing asks how the measures relate to it
            # ("does Beijing grant the excellent level", "北京的卓越级怎么评"): art_4 answers that; of a level
            # the measures never relate to theirs, only whether Beijing grants it ("北京能直接评领航级吗": art_2),
            # not how it is applied for ("北京领航级智能工厂怎么申报": the national scheme's, ``scope_how``)
            related = all(m.concept in self.related_levels for m in foreign)
            if all(m.concept in self.other_levels for m in foreign) and (
                    related or not self._cue(self.how, question)) and any(
                    "Place" in self.types.get(m.concept, {m.type}) and m.concept not in self.outside for m in mentions):
                return None
            return OutOfScope("foreign", foreign)
        asked = self.asked_in_context(question, lang, [m for m in mentions if not _overlaps(m, foreign)], foreign)
        if asked and ends and self._cue(self.title, question[self.asking_clause(question)["raw"]:]):
            begins = self.asking_clause(question)
            if any(m.start >= begins.get(m.space, 0) for m in ends):
                return None  # what becomes of the title is what the asking clause asks
        return OutOfScope("foreign", asked) if asked else None

    def ending_title(self, question: str, mentions: list[Mention], foreign: list[Mention]) -> list[Mention]:
        """The mentions of what ends the title (its revocation, the enterprise's termination, a
        dissolution procedure) when the question names the title and no other scheme whose title it
        would be: "if our production licence is revoked, do we lose the title"."""
        if not self._cue(self.title, question) or any(m.concept not in self.procedures for m in foreign):
            return []
        return [m for m in mentions if m.concept in self.ends]

    @staticmethod
    def _cue(cues: dict[str, re.Pattern[str]], text: str) -> bool:
        return any(c.search(text) for c in cues.values())

    def asked_in_context(self, question: str, lang: str, others: list[Mention],
                         foreign: list[Mention]) -> list[Mention]:
        """The foreign schemes or procedures the asking clause asks of, when the measures are named
        only as their context (rule 3): no anchor in the asking clause but the words that name this
        scheme, and none of those applied for. A concept that only says what the foreign scheme is
        about ("the pilot programme for smart manufacturing scenarios", "生产作业环节的创新应用案例")
        names its subject, not something of the measures asked beside it."""
        begins = self.asking_clause(question)
        subjects = [m for m in foreign if m.concept not in self.other_levels and m.start >= begins.get(m.space, 0)]
        if not subjects:
            return []
        for a in self.anchors(others):
            asking = a.start >= begins.get(a.space, 0)
            owned = self.qualifies(question, a, subjects)
            if asking and a.concept not in self.names and not owned:
                return []  # something specific of the measures is asked beside it
            # (a concept the foreign scheme's own, "绿色工厂要求的能耗指标", is not applied for: quest23)
            if not owned and self.applied_for(question, a, asking):
                return []  # this scheme is what is applied for ("申报先进级时，…")
        return subjects

    def qualifies(self, question: str, a: Mention, foreign: list[Mention]) -> bool:
        """Whether the concept says what a foreign scheme or procedure is about: right after it and a
        word of aboutness ("pilot programme for … scenarios", "a case of …"), or right before it, or
        before it and 的 ("生产作业环节的创新应用案例"), within one clause."""
        for f in foreign:
            if f.space != a.space:
                continue
            if a.space == "token" and f.end <= a.start:
                spans = _raw_words(question)
                gap = [w for w, _, _ in spans[f.end:a.start]]
                if gap and gap[0] in _ABOUT_EN and len(gap) <= _ABOUT_REACH_EN \
                        and not _PUNCT.search(question[spans[f.end - 1][2]:spans[a.start][1]]):
                    return True
                # the scheme as the subject of using or including it ("does the lighthouse network use the defect
                # rate"), quest25
                if gap and "en" in self.holds and self.holds["en"].search(" ".join(gap)) \
                        and not _PUNCT.search(question[spans[f.end - 1][2]:spans[a.start][1]]):
                    return True
            elif a.space == "token" and a.end <= f.start:
                # right before it and a preposition ("the rules for green factory recognition", "the conditions
                # of the green factory"), as 的 joins them in Chinese (questions17)
                spans = _raw_words(question)
                gap = [w.lower() for w, _, _ in spans[a.end:f.start]]
                if gap and gap[0] in _OF_EN and all(w in _BEFORE_SUBJECT_EN for w in gap[1:]) and len(gap) <= 2 \
                        and not _PUNCT.search(question[spans[a.end - 1][2]:spans[f.start][1]]):
                    return True
            elif a.space == "char" and a.end <= f.start and _norm_zh(question)[a.end:f.start] in ("", "的"):
                return True
            elif a.space == "char" and f.end <= a.start and _OWN_GAP_ZH.fullmatch(_norm_zh(question)[f.end:a.start]):
                return True  # the foreign scheme's own ("绿色工厂的评价指标", "绿色工厂要求的能耗指标"), quest23
            elif a.space == "char" and f.end <= a.start and "zh" in self.holds \
                    and self.holds["zh"].search(_norm_zh(question)[f.end:a.start]) \
                    and not _PUNCT.search(_norm_zh(question)[f.end:a.start]):
                return True  # what the scheme's own holds ("灯塔工厂的评选指标包括产品不良率下降"), quest25
        return False

    def asking_clause(self, question: str) -> dict[str, int]:
        """Where the clause that asks begins (the last clause with words), per mention space: a
        character of the normalised text, a token of the English words; and "raw", a character of
        the question as asked."""
        text = _norm_zh(question)
        cut = max((p.end() for p in _PUNCT.finditer(text) if _WORD_OR_HAN.search(text[p.end():])), default=0)
        raw = max((p.end() for p in _PUNCT.finditer(question) if _WORD_OR_HAN.search(question[p.end():])), default=0)
        spans = _raw_words(question)
        token = next((i for i, (_, start, _) in enumerate(spans) if start >= raw), len(spans))
        return {"char": cut, "token": token, "raw": raw}

    def applied_for(self, question: str, m: Mention, asking: bool) -> bool:
        """Whether a concept of the measures is what the question applies for: right after a word of
        applying, or naming applying itself (申报先进级, "apply for the basic level", "required for
        the basic level"), or after a word of becoming in the asking clause (高企能评上先进级吗; not
        "认定为基础级之后，…", which only says whose)."""
        # what stands before it in its clause, and its own name ("申报先进级" names applying itself)
        if m.space == "char":
            before = _norm_zh(question)[max(0, m.start - _CUE_REACH_ZH):m.end]
            before = _PUNCT.split(before)[-1]
        elif m.space == "token":
            spans = _raw_words(question)
            if not 0 <= m.start < len(spans):
                return False
            before = question[spans[max(0, m.start - _CUE_REACH_EN)][1]:spans[min(m.end, len(spans)) - 1][2]]
            before = _PUNCT.split(before)[-1].lower()
        else:
            return False
        cues = [self.applying] + ([self.becoming] if asking else [])
        return any(c.search(before) for kind in cues for c in kind.values())

    def of_measures(self, m: Mention) -> bool:
        """Whether the mention names a concept of the measures (of the scope classes)."""
        return self._of_measures(m)

    def _of_measures(self, m: Mention) -> bool:
        return bool((self.types.get(m.concept, set()) | {m.type}) & self.scope_types) and m.concept not in self.foreign

    def anchors(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions that tie a question to the measures themselves, against another subject:
        concepts of the anchoring classes (a level, an indicator, a KPI …) or topics naming this
        scheme (smart factory, 数字化转型达标); not the words every scheme shares."""
        return [m for m in mentions if self._of_measures(m) and m.concept not in self.elsewhere
                and not self.everyday(m) and (
                    m.concept in self.anchoring or (self.types.get(m.concept, set()) | {m.type}) & self.anchor_types)]

    def everyday(self, m: Mention) -> bool:
        """Whether the mention names a KPI or category of annex 3 only by an everyday word ("downtime",
        合格率, OEE: ``queries/ask_scope_names.rq``), not by the annex's wording or its number: every scheme
        measuring a plant has such a measure, so beside another scheme named as the subject it is that
        scheme's."""
        names = self.own_names.get(m.concept)
        if names is None:
            return False
        return (_norm_zh(m.label) if m.space == "char" else m.label.lower()) not in names

    def named_schemes(self, question: str, mentions: list[Mention]) -> list[Mention]:
        """Schemes the thesaurus does not list, recognised by how Chinese names them: a name, then
        what is recognised (企业, 中心, 示范, 试点 …), then recognising or applying (认定, 评定, 申报 …):
        "知识产权优势企业认定", "设计创新中心申报". Not when the name is, or holds, a concept of the
        measures, a place or an industry ("智能工厂认定", "工业企业申报", "海淀区企业申报"), nor a word
        for the asker ("我们企业", "做锂电池的企业")."""
        text = _norm_zh(question)
        taken = [(m.start, m.end) for m in mentions if m.space == "char" and (
            self.of_measures(m) or m.type in ("Place", "IndustryDivision", "IndustryGroup", "Product"))]
        out = []
        for found in _NAMED_SCHEME.finditer(text):
            name = found.group("name")
            start, end = found.start("name"), found.end("head")
            if any(a < end and start < b for a, b in taken) or _NOT_A_NAME.search(name):
                continue
            out.append(Mention("", "ForeignSubject", start, end, "char", found.group(0)))
        return out

    # -- stated, not asked ---------------------------------------------------------------------

    def stated(self, question: str, lang: str, m: Mention, mentions: list[Mention] | None = None) -> bool:
        """Whether the question states the foreign scheme or procedure about the asker ("我们是高新
        技术企业", "we registered a company"), or asks whether applying here needs it ("申报需要
        ISO9001认证吗"), instead of asking about it. Needing it is a prerequisite of applying here
        only when the question names applying or the measures ("do we need a safety production
        licence to run a line" asks of the licence)."""
        if self.sourced(question, m, mentions):
            return True
        if m.space == "char":
            if _REGISTERED_AT_ZH.match(_norm_zh(question)[m.start:m.end]) and \
                    _ASKER_ZH.search(_norm_zh(question)[:m.start]):
                return True  # "我们是天津注册的公司": where the asker is registered, not how to register one
            before = _norm_zh(question)[:m.start]
            return bool(_STATED_ZH.search(before) or (_NEEDED_ZH.search(before) and self._here(question, mentions)))
        if m.space != "token":
            return False
        words = [w for w, _, _ in _raw_words(question)]
        if m.concept in self.procedures and m.start < len(words) and words[m.start].endswith("ed"):
            return True  # "we registered a company": done, not asked
        i = m.start - 1
        # "we are certified to ISO 27001", "our plant is accredited under …": the participle's preposition too
        while i >= 0 and (words[i] in _ARTICLES_EN or (words[i] in _PARTICIPLE_PREP_EN and i > 0
                                                        and words[i - 1].endswith("ed"))):
            i -= 1
        if i < 0:
            return False
        if words[i] == "as":
            return i == 0 or not _BECOMING_EN.match(words[i - 1])
        if words[i] in _NEEDED_EN or (words[i] == "to" and i > 0 and words[i - 1] in ("have", "has")):
            # "do we need ISO 9001 to apply", "do we have to hold …": a prerequisite asked about
            return self._here(question, mentions)
        if words[i] in _OUTCOME_EN and i > 0 and words[i - 1] in _DETERMINERS_EN:
            return True
        if words[i] == "by" and i > 0 and words[i - 1].endswith("ed") and \
                any(w in ("we", "us", "our") for w in words[max(0, i - 4):i - 1]):
            return True  # "we were fined by the market regulator": the authority acted on the asker
        return words[i] in _STATED_EN and i > 0 and words[i - 1] in _ASKER_EN

    def sourced(self, question: str, m: Mention, mentions: list[Mention] | None) -> bool:
        """Whether a procedure whose filings hold the enterprise's figures is only where the asker's
        figure comes from, in a question about applying here: a concept of the measures right after it
        and a word of place (年报里的主营业务收入能作为申报依据吗), or right before it and a preposition
        ("can the revenue in our annual report be used when we apply"): ``scope_source``."""
        if m.concept not in self.sources or not mentions \
                or not any(c.search(question) or c.search(_norm_zh(question)) for c in self.applying.values()):
            return False
        figures = [x for x in mentions if x.space == m.space and self._of_measures(x) and not _overlaps(x, [m])]
        if m.space == "char" and "zh" in self.source:
            found = self.source["zh"].match(_norm_zh(question)[m.end:])
            return bool(found and found.group(0)) and any(x.start == m.end + found.end() for x in figures)
        if m.space == "token" and "en" in self.source:
            words = [w for w, _, _ in _raw_words(question)]
            found = self.source["en"].search(" ".join(words[:m.start]))
            if not found or not found.group(0).strip():
                return False
            before = m.start - len(found.group(0).split())
            return any(x.end == before for x in figures)
        return False

    def _here(self, question: str, mentions: list[Mention] | None) -> bool:
        """Whether the question names applying or something of the measures (an anchor)."""
        if mentions is None:
            return True
        return bool(self.anchors(mentions)) or any(c.search(_norm_zh(question)) for c in self.applying.values())

    # -- jurisdiction ----------------------------------------------------------------------------

    def jurisdictions(self, question: str, lang: str, mentions: list[Mention]) -> list[Mention]:
        """Places outside Beijing that qualify a concept of the measures (the jurisdiction of a
        scheme), not the asker's enterprise."""
        out = []
        text = _norm_zh(question)
        spans = _raw_words(question)
        words = [w for w, _, _ in spans]

        def joined(a: int, b: int) -> bool:  # no punctuation between token a's end and token b's start
            return a < len(spans) and b < len(spans) and not _PUNCT.search(question[spans[a][2]:spans[b][1]])

        for p in mentions:
            if p.concept not in self.outside:
                continue
            if p.space == "char":
                if _RULE_VERB_ZH.match(text[p.end:]):
                    out.append(p)
                    continue
                have = _HAVE_VERB_ZH.match(text[p.end:])
                if have and not _LOCATING_ZH.search(text[:p.start]) and any(
                        self._qualified(m) and m.space == "char" and m.start == p.end + have.end() for m in mentions):
                    out.append(p)  # "深圳有没有智能工厂认定": whether the place has a scheme of its own (quest23)
                    continue
                gap = _PLACE_SUFFIX_ZH.match(text[p.end:])
                after = p.end + (gap.end() if gap else 0)
                if any(self._qualified(m) and m.space == "char" and m.start == after for m in mentions):
                    out.append(p)
            elif p.space == "token":
                out += [p] if self._qualifies_en(p, words, joined, mentions) else []
        return out

    def _qualifies_en(self, p: Mention, words: list[str], joined, mentions: list[Mention]) -> bool:
        """"Jiangsu advanced level", "Jiangsu's requirements for smart factories", "the deadline in
        Shanghai", "smart factory rules of Zhejiang": the place and a concept of a scheme in one
        phrase; "registered in Tianjin" relates the enterprise to the place instead."""
        token = [m for m in mentions if m.space == "token" and m is not p]
        j = p.end
        possessive = j < len(words) and words[j] == "s"
        while j < len(words) and words[j] in _PLACE_SUFFIX_EN:
            j += 1
        # after the place: its concept directly, or (possessive) within the same clause; not a
        # place of movement or location ("move to Hebei after recognition", "a plant in Tianjin")
        located = p.start > 0 and words[p.start - 1] in _LOCATING_EN
        if not located and j < len(words) and words[j] in _RULE_VERBS_EN and joined(p.end - 1, j):
            return True  # "Sichuan requires …": the place's own rules
        if not located and j < len(words) and words[j] in _HAVE_VERBS_EN and joined(p.end - 1, j):
            near = [m for m in token if j < m.start <= j + 5 and joined(j, m.start)]
            if near and not {"our", "we", "us", "my"} & set(words[j + 1:min(m.start for m in near)]) \
                    and any(self._qualified(m) for m in near):
                return True
        for m in sorted(token, key=lambda m: m.start) if not located or possessive else ():
            if m.start < j or not joined(p.end - 1, m.start):
                continue
            if m.start == j or (possessive and m.start - j <= 3):
                return self._qualified(m)
            break
        # before it: "<concept> [one or two words] in|of|for <place>"
        k = p.start - 1
        if k < 1 or words[k] not in _PLACE_PREPOSITIONS_EN or not joined(k, p.start):
            return False
        for m in sorted(token, key=lambda m: -m.end):
            if m.end <= k and k - m.end <= 2 and joined(m.end - 1, k):
                return self._qualified(m)
            if m.end <= k:
                break
        return False

    def levels_elsewhere(self, mentions: list[Mention]) -> list[Mention]:
        """Another place's level named by its full name (江苏省先进级智能工厂), not by the short name
        it shares with Beijing's (先进级)."""
        return [m for m in mentions if m.concept in self.elsewhere
                and (_norm_zh(m.label) if m.space == "char" else m.label.lower()) in self.full_names.get(m.concept, ())]

    def _qualified(self, m: Mention) -> bool:
        """A concept a place can be the jurisdiction of: one of the measures' (or another scheme),
        except the concept relating an enterprise to a place (registered in, moved to)."""
        kinds = self.types.get(m.concept, set()) | {m.type}
        scheme = m.concept in self.foreign and m.concept not in self.procedures
        return (self._of_measures(m) or scheme or "UnstatedTopic" in kinds) \
            and m.concept not in self.locates and m.type != "Place"


def _overlaps(m: Mention, others: list[Mention]) -> bool:
    """Whether the mention's words are (partly) those of one of the others."""
    return any(o.space == m.space and o.start < m.end and m.start < o.end for o in others)


def _raw_words(question: str) -> list[tuple[str, int, int]]:
    """The question's words (lowercase, unstemmed, with their character span), aligned with the
    token positions of English mentions (``tokenize_en(..., keep_stopwords=True)``: an industry
    code such as C3911 is two tokens)."""
    from kg_service.questions.text import expand_code

    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(question.lower()):
        out += [(m.group(0), m.start(), m.end())] * len(expand_code(m.group(0)))
    return out
