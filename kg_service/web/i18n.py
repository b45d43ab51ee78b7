"""The interface's language: Chinese by default, English on request, remembered in a cookie.

``?lang=en`` (or a form field ``lang``) switches and is remembered in the ``sfkg_lang`` cookie;
without either, the cookie decides. The interface's own words are written in the templates as
``t("中文", "English")``; texts from the graph come in both languages and are chosen by ``pick``.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from starlette.datastructures import URL
from starlette.requests import Request

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")
DEFAULT: Lang = "zh"
COOKIE = "sfkg_lang"
COOKIE_MAX_AGE = 365 * 24 * 3600


def _valid(value: str | None) -> Lang | None:
    value = (value or "").strip().lower()
    return value if value in LANGS else None  # type: ignore[return-value]


def requested(request: Request, form_value: str | None = None) -> Lang | None:
    """The language asked for explicitly by this request (query or form), if any."""
    return _valid(request.query_params.get("lang")) or _valid(form_value)


def choose(request: Request, form_value: str | None = None) -> Lang:
    return requested(request, form_value) or _valid(request.cookies.get(COOKIE)) or DEFAULT


def other(lang: Lang) -> Lang:
    return "en" if lang == "zh" else "zh"


def switch_url(url: URL, lang: Lang) -> str:
    """The same page in ``lang``: the query kept, ``lang`` replaced."""
    switched = url.include_query_params(lang=lang)
    return switched.path + (f"?{switched.query}" if switched.query else "")


class Translator:
    """``t("中文", "English")`` and ``pick({"zh": …, "en": …})`` for one language."""

    def __init__(self, lang: Lang):
        self.lang = lang

    def __call__(self, zh: str, en: str) -> str:
        return zh if self.lang == "zh" else en

    def pick(self, text: Mapping[str, str] | object | None, fallback: str = "") -> str:
        """A bilingual text in this language, else in the other one; pydantic models work too."""
        if text is None:
            return fallback
        if not isinstance(text, Mapping):
            text = {k: getattr(text, k, "") for k in LANGS}
        return text.get(self.lang) or text.get(other(self.lang)) or fallback


_ZH_DIGITS = "零一二三四五六七八九十"
_EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number_word(n: int, lang: Lang) -> str:
    """A small count in words, as a sentence writes it (三, three); larger ones in digits."""
    if 0 <= n <= 10:
        return _ZH_DIGITS[n] if lang == "zh" else _EN_WORDS[n]
    return str(n)
