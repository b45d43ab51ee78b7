"""The interview's words: each field's question and the reason given with it, from a template file
(queries/interview.yaml), filled with the ontology's labels and what the shapes require."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kg_service.interview.fields import Field

Text = dict[str, str]
LANGS = ("zh", "en")
JOIN = {"zh": "、", "en": ", "}


@dataclass(frozen=True)
class Wording:
    kinds: dict[str, Text]
    fields: dict[str, Text]
    why: Text
    threshold: Text

    @classmethod
    def load(cls, path: Path) -> Wording:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return cls(kinds=data.get("kinds") or {}, fields=data.get("fields") or {}, why=data["why"],
                   threshold=data.get("threshold") or {})

    def question(self, f: Field) -> Text:
        own = self.fields.get(f.path)
        if own:
            return {lang: own[lang] for lang in LANGS}
        template = self.kinds.get(f.kind) or self.kinds["text"]
        return {lang: template[lang].format(label=f.label.get(lang, f.path), unit=f.unit or "") for lang in LANGS}

    def reason(self, condition: Text, articles: list[str], required: Text, threshold: Any = None,
               minimum: int | None = None) -> Text:
        out = {}
        for lang in LANGS:
            said = required.get(lang) or ""
            if threshold is not None and self.threshold:
                extra = self.threshold[lang].format(threshold=_num(threshold), minimum=minimum or "")
                said = f"{said}{'；' if lang == 'zh' else '; '}{extra}" if said else extra
            out[lang] = self.why[lang].format(condition=condition.get(lang, ""), articles=JOIN[lang].join(articles),
                                              required=said.rstrip("。.") if said else "")
        return out


def _num(v: Any) -> str:
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)
