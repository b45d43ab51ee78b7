"""The case reader's cue words (``queries/read_case.yaml``), compiled once.

Every pattern of the file is a regular expression per language; ``Cues.get("change", "down")``
answers the compiled pattern of the reader's language. Nothing here knows a field of the profile
or a rule of the measures: the file names how people write.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

LANGS = ("zh", "en")


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def _is_lang_node(node: Any) -> bool:
    return isinstance(node, dict) and bool(node) and set(node) <= set(LANGS) and all(
        isinstance(v, str) for v in node.values())


@dataclass
class Cues:
    data: dict[str, Any]
    _patterns: dict[tuple[str, ...], dict[str, re.Pattern[str]]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Cues:
        cues = cls(yaml.safe_load(path.read_text(encoding="utf-8")))
        cues._walk(cues.data, ())
        return cues

    def _walk(self, node: Any, path: tuple[str, ...]) -> None:
        if _is_lang_node(node):
            self._patterns[path] = {lang: _compile(p) for lang, p in node.items() if p}
        elif isinstance(node, dict):
            for k, v in node.items():
                self._walk(v, (*path, str(k)))

    def get(self, *path: str, lang: str) -> re.Pattern[str] | None:
        return self._patterns.get(tuple(path), {}).get(lang)

    def search(self, text: str, *path: str, lang: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        p = self.get(*path, lang=lang)
        if p is None:
            return None
        return p.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, *path: str, lang: str, pos: int = 0) -> re.Match[str] | None:
        """The cue at ``pos`` exactly (what follows a word: "北京" + "市产业政策")."""
        p = self.get(*path, lang=lang)
        return None if p is None else p.match(text, pos)

    def finditer(self, text: str, *path: str, lang: str, pos: int = 0, endpos: int | None = None):
        p = self.get(*path, lang=lang)
        if p is None:
            return iter(())
        return p.finditer(text, pos, len(text) if endpos is None else endpos)

    def compiled_list(self, name: str, lang: str) -> list[tuple[dict[str, Any], re.Pattern[str]]]:
        """A list of entries (``statements``, ``years_ago`` …): each entry with its pattern of ``lang``."""
        key = ("__list__", name, lang)
        if key not in self._patterns:
            out = [(entry, _compile(entry[lang])) for entry in self.data.get(name) or [] if entry.get(lang)]
            self._patterns[key] = out  # type: ignore[assignment]
        return self._patterns[key]  # type: ignore[return-value]

    def __getitem__(self, name: str) -> Any:
        return self.data[name]
