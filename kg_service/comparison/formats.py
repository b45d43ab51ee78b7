"""The output formats and languages of a comparison (``render``'s), apart from the renderers: naming them
(``sfkg compare``'s choices) imports neither pydantic nor the models."""
from __future__ import annotations

FORMATS = ("table", "markdown", "csv", "json")
LANGS = ("both", "zh", "en")
