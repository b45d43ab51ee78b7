"""Language detection and the two tokenisers the lexical index and the structured matcher share.

Chinese is segmented with jieba, in an own ``jieba.Tokenizer`` (not the global one, which other
code may use) whose dictionary is extended with the domain's terms: the ontology's Chinese labels
and synonyms and fragments of the units' Chinese titles. Without them jieba splits 数控化率 into
数控/化率 in one place and keeps it whole in another, and a question's term then misses the
text's. English gets a lowercase tokenizer, a stopword list and a light suffix stemmer of our own
(enough to meet "requirements"/"required", "valid"/"validity", "filed"/"filing").
"""
from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z0-9]+")
# GB/T 4754 codes: a class (C3911) or group (C391) also stands for its division (C39), which is
# what the ontology and the threshold table name.
_INDUSTRY_CODE = re.compile(r"^[a-t][0-9]{3,4}$")
_ALNUM = re.compile(r"^([a-z]+)([0-9]+)$")

# Function words only: content words such as 要求 / "requirement" stay, they carry intent.
ZH_STOPWORDS = frozenset([
    "的", "了", "是", "在", "和", "与", "或", "及", "等", "之", "其", "吗", "呢", "吧", "啊", "呀", "么", "着",
    "过", "也", "都", "就", "还", "又", "把", "被", "由", "为", "对", "向", "从", "于", "以", "而", "且", "并",
    "什么", "多少", "哪些", "哪个", "哪", "如何", "怎么", "怎样", "怎么样", "谁", "几", "请问", "一个", "这个",
    "那个", "这些", "那些", "我", "我们", "你", "你们", "他", "她", "它", "他们", "会", "能", "可以", "可",
    "应", "应当", "应该", "需", "需要", "要", "有", "有没有", "是否", "没有", "啥", "咋", "多久", "多长",
    "时候", "什么样", "这", "那", "该", "此", "本", "哪类", "哪一类", "哪种", "哪一种", "哪几", "哪几个",
    "哪一", "一类", "属于", "之前", "之后", "以后", "以前", "怎么办", "为什么", "为何", "方面", "相关", "问题",
    "请", "一下",
])

EN_STOPWORDS = frozenset([
    "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    "as", "into", "onto", "about", "over", "under", "than", "then", "so", "such", "is", "are", "was", "were",
    "be", "been", "being", "am", "do", "does", "did", "doing", "done", "have", "has", "had", "having", "can",
    "could", "may", "might", "must", "shall", "should", "will", "would", "need", "needs", "needed", "what",
    "which", "who", "whom", "whose", "when", "where", "why", "how", "that", "this", "these", "those", "it",
    "its", "they", "them", "their", "there", "here", "i", "me", "my", "we", "our", "you", "your", "he",
    "she", "his", "her", "any", "all", "some", "each", "every", "no", "not", "only", "also", "very", "more",
    "most", "much", "many", "few", "one", "ones", "own", "same", "other", "others", "too", "s", "t", "just",
    "via", "per",
])


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_QUOTED_TERM = 4  # the longest run of Han characters weighed as one quoted Chinese word (detect_language)


@lru_cache(maxsize=1)
def _traditional_table() -> dict[int, str]:
    """The table of queries/zh_traditional.yaml, loaded on first use."""
    import yaml

    from kg_service.settings import get_settings

    data = yaml.safe_load((get_settings().queries_dir / "zh_traditional.yaml").read_text(encoding="utf-8"))
    return str.maketrans(data["traditional"], data["simplified"])


def to_simplified(text: str) -> str:
    """``text`` with its traditional Chinese characters as the simplified ones the measures and the reader's
    words are written in ("聯網率" → "联网率", "營收" → "营收"), one character for one: every offset into the text
    stays the same, so a span read from the simplified text quotes the asker's own words. The table is data
    (queries/zh_traditional.yaml); characters of the simplified standard set are never in it."""
    return text.translate(_traditional_table()) if _CJK.search(text) else text


def _set_apart(text: str, start: int, end: int) -> bool:
    """Nothing of a Latin word or a number glued to ``text[start:end]`` on either side."""
    return not (start and text[start - 1].isascii() and text[start - 1].isalnum()) and \
        not (end < len(text) and text[end].isascii() and text[end].isalnum())


def detect_language(text: str) -> str:
    """'zh' when the text holds Chinese, unless it is English quoting a Chinese term or two: a Chinese
    question may quote codes and English terms ("我们的MES和ERP算哪个环节"), and an English one may gloss
    the measures' words ("a relatively major (较大) accident", "grade 重大"); the one with fewer Chinese words
    (two Han characters each) than English ones, and at least three of those, is English."""
    if not _CJK.search(text):
        return "en"
    # a run of three or four Han characters set apart between English words is one Chinese word quoted, a name ("We
    # have covered 生产作业, 生产管理 and 运营管理", "we cover 生产作业 and 仓储配送"): it weighs as one word, two
    # characters (not a run glued to Latin letters or digits, Chinese around English names: "我们的defect rate降了7%")
    han = sum(min(len(m.group(0)), 2) if len(m.group(0)) <= _QUOTED_TERM and _set_apart(text, m.start(), m.end())
              else len(m.group(0)) for m in _CJK_RUN.finditer(text))
    # a Chinese word is two characters or so: English words are weighed against half the Han characters, so that
    # an English question quoting the measures' Chinese names ("Our 关键工序数控化率 is 72% and 设备联网率 65%, can we
    # apply?") is English; capitalised acronyms (MES, ERP, NC, OEE) are quoted by either language and weigh nothing
    words = len([w for w in _LATIN_WORD.findall(text) if not w.isupper()])
    return "en" if words >= 3 and han < 2 * words else "zh"


def _normalise_code(token: str) -> list[str]:
    if _INDUSTRY_CODE.match(token):
        return [token, token[:3]]
    m = _ALNUM.match(token)
    if m:  # "t39116" (from GB/T39116) reads as "t 39116", as in the English "GB/T 39116"
        return [m.group(1), m.group(2)]
    return [token]


def expand_code(token: str) -> list[str]:
    """The tokens one lowercase word stands for (an industry code C3911 is c3911 and c39)."""
    return _normalise_code(token)


def stem(word: str) -> str:
    """A light suffix stemmer: British/American -ize, then one suffix, then a final e.

    Deliberately conservative: it only has to make the inflections of one word meet, not to be
    linguistically right (the stem is never shown).
    """
    w = word
    if len(w) <= 3 or not w.isalpha():
        return w
    w = re.sub(r"iz(e|es|ed|ing|ation|ations)$", r"is\1", w)
    for _ in range(2):  # twice: "quarterly" -> "quarter" -> "quart" meets "quarter" -> "quart"
        w = _strip_suffix(w)
    if len(w) > 3 and w[-1] in "ey":
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
        w = w[:-1]  # "planned" -> "plann" -> "plan"
    return w


def _strip_suffix(w: str) -> str:
    for suffix, repl in (("ational", "ate"), ("ations", ""), ("ation", ""), ("ities", ""), ("ity", ""),
                         ("ments", ""), ("ment", ""), ("nesses", ""), ("ness", ""), ("ings", ""), ("ing", ""),
                         ("ies", "y"), ("edly", ""), ("ied", "y"), ("ed", ""), ("ers", ""), ("er", ""), ("ly", ""),
                         ("sses", "ss"), ("ss", "ss"), ("us", "us"), ("is", "is"), ("es", ""), ("s", "")):
        if w.endswith(suffix) and _stem_ok(w[: len(w) - len(suffix)] + repl, suffix):
            return w[: len(w) - len(suffix)] + repl
    return w


_VOWELS = set("aeiouy")


def _stem_ok(stem: str, suffix: str) -> bool:
    """Whether stripping leaves a stem: four letters, or three ending consonant-after-vowel
    ("fil" of filed/filing), and for -ly a longer word ("quarterly", not "apply" or "only")."""
    if suffix == "ly":
        return len(stem) >= 5
    if suffix in ("s", "es", "ies", "ied"):
        return len(stem) >= 3
    if len(stem) >= 4:
        return True
    return len(stem) == 3 and stem[-1] not in _VOWELS and stem[-2] in _VOWELS


def word_form(word: str) -> str:
    """A word as written, lowercase, with only British/American -ize/-ise made one: what an exact-form
    name (a product, ``structured.ConceptMatcher``) is compared on, where the stemmer would let
    "flooring" meet "shop-floor", "transformers" "digital transformation" or "copied" "copper"."""
    return re.sub(r"iz(e|es|ed|ing|er|ers|ation|ations)$", r"is\1", word.lower())


# nouns that end in -s in the singular too: "news" is not the plural of "new"
_SAME_IN_BOTH_NUMBERS = frozenset({"news", "series", "species"})


def singular(word: str) -> str:
    """The singular of a plural noun's word form (batteries -> battery, boxes -> box, cars -> car,
    floorings -> flooring); any other word unchanged. Only a name's head noun is compared so: "carries"
    is no "car", "copied" no "copper"."""
    w = word_form(word)
    if len(w) <= 3 or not w.isalpha() or w in _SAME_IN_BOTH_NUMBERS:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def word_forms_en(text: str) -> list[str]:
    """The word forms of ``tokenize_en(text, keep_stopwords=True)``, position for position (unstemmed)."""
    return [word_form(t) for tok in _WORD.findall(text.lower()) for t in _normalise_code(tok)]


def tokenize_en(text: str, *, keep_stopwords: bool = False) -> list[str]:
    out: list[str] = []
    for tok in _WORD.findall(text.lower()):
        if not keep_stopwords and tok in EN_STOPWORDS:
            continue
        for t in _normalise_code(tok):
            out.append(stem(t))
    return out


_HARD_BREAK = re.compile(r"\n|[.;!?。；！？](?:\s|$)")


def token_breaks_en(text: str) -> frozenset[int]:
    """The places in ``tokenize_en(text, keep_stopwords=True)`` where a line or a sentence ends before the token
    ("…medical equipment\nNC rate: 70%", "…electrical equipment. NC rate 70%"): a name of several words is not
    matched across one (not "equipment NC rate")."""
    out: set[int] = set()
    low, n, end = text.lower(), 0, 0
    for m in _WORD.finditer(low):
        if n and _HARD_BREAK.search(low[end:m.start()]):
            out.add(n)
        n += len(_normalise_code(m.group(0)))
        end = m.end()
    return frozenset(out)


class ChineseTokenizer:
    """jieba in search mode, with the domain's terms added and every dictionary word inside a
    long token emitted too, so that 联网率 in a question meets 生产设备联网率 in the text."""

    _MAX_SUBWORD_SCAN = 12  # longer tokens are not scanned for sub-words (quadratic, and rare)

    def __init__(self, terms: Iterable[str] = ()):
        import jieba  # imported here: a second or so to load, needed only when an index is built

        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        self._jieba.initialize()
        self._lock = threading.Lock()  # jieba.Tokenizer mutates caches while cutting
        self.terms: set[str] = set()
        for term in terms:
            self.add_term(term)

    def add_term(self, term: str) -> None:
        term = term.strip()
        if len(term) < 2 or not _CJK.search(term) or term in self.terms:
            return
        self.terms.add(term)
        # a frequency high enough that jieba keeps the term whole rather than splitting it
        self._jieba.add_word(term, freq=max(self._jieba.suggest_freq(term, tune=False), 2000))

    def _known(self, word: str) -> bool:
        return bool(self._jieba.FREQ.get(word))

    def tokenize(self, text: str, *, keep_stopwords: bool = False) -> list[str]:
        with self._lock:
            pieces = list(self._jieba.cut_for_search(text))
        out: list[str] = []
        for piece in pieces:
            piece = piece.strip().lower()
            if not piece:
                continue
            if _CJK.search(piece):
                if not keep_stopwords and piece in ZH_STOPWORDS:
                    continue
                out.append(piece)
                if 3 <= len(piece) <= self._MAX_SUBWORD_SCAN:
                    out.extend(self._subwords(piece))
            elif _WORD.fullmatch(piece):
                if keep_stopwords or piece not in EN_STOPWORDS:
                    out.extend(stem(t) for t in _normalise_code(piece))
            else:
                # mixed runs such as "T39116" or "C39相关": fall back to the English tokenizer
                out.extend(tokenize_en(piece, keep_stopwords=keep_stopwords))
        return out

    def words(self, text: str) -> list[tuple[str, list[str]]]:
        """The question's words as jieba cuts them in plain mode (stopwords and punctuation
        dropped), each with its search-mode tokens: what the on-topic test weighs."""
        with self._lock:
            pieces = list(self._jieba.cut(text))
        out: list[tuple[str, list[str]]] = []
        for piece in pieces:
            piece = piece.strip().lower()
            if not piece or piece in ZH_STOPWORDS:
                continue
            if _CJK.search(piece):
                out.append((piece, self.tokenize(piece)))
            else:
                toks = tokenize_en(piece)
                # an industry code is one word (C3612), whatever tokens it expands to (c3612, c36)
                out.extend([(toks[0], toks)] if toks and _INDUSTRY_CODE.match(toks[0]) else [(t, []) for t in toks])
        return out

    def _subwords(self, piece: str) -> list[str]:
        # jieba's search mode only adds the 2- and 3-character words inside a long word; a domain
        # term such as 生产设备联网率 also contains 4- and 5-character ones (生产设备, 设备联网率).
        found = []
        n = len(piece)
        for size in range(4, n):
            for i in range(n - size + 1):
                sub = piece[i:i + size]
                if self._known(sub) and sub not in ZH_STOPWORDS:
                    found.append(sub)
        return found


def tokenize(text: str, zh: ChineseTokenizer) -> list[str]:
    """Tokens of mixed text: the Chinese tokenizer handles Han and ASCII runs alike."""
    return zh.tokenize(text) if detect_language(text) == "zh" else tokenize_en(text)


def title_fragments(title: str) -> list[str]:
    """Candidate domain terms from a Chinese unit title: the Han runs between punctuation and
    the connectives 与/和/或/及, e.g. 第十二条（一） 提供虚假信息或违法违规 -> 提供虚假信息, 违法违规."""
    out = []
    for run in _CJK_RUN.findall(title):
        for frag in re.split(r"[与和或及的]", run):
            if 2 <= len(frag) <= 8 and not re.match(r"^第[一二三四五六七八九十百]+[条章]$", frag):
                out.append(frag)
    return out


_ABBREVIATION = re.compile(r"以下简称[“\"「]?([\u4e00-\u9fff]{2,10})")


def defined_abbreviations(text: str) -> list[str]:
    """The short forms the measures define, (以下简称区主管部门): terms by the text's own word."""
    return _ABBREVIATION.findall(text)
