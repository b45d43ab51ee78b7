"""API keys: who may record decisions and read them back.

A key reads ``sfkg_<id>_<secret>``: ``id`` (12 hex digits) names the key in clear, so a lookup
is one dictionary access; ``secret`` (43 URL-safe characters, 256 random bits) is never stored:
the file keeps its scrypt hash (N=2^14, r=8, p=1) with a salt of its own per key. A key that
verified once is remembered in memory by the SHA-256 of the whole key, so the ~70 ms of scrypt is
paid once per key per process, not per request.

Roles:

- ``enterprise``: bound to one enterprise by its unified social credit code (GB 32100-2015, the
  key's *scope*). Its records belong to that code; it reads only records that belong to it, and may
  record only profiles that state no other credit code.
- ``reviewer``: reads every record; every assessment a reviewer key asks for is recorded. A record
  made by a reviewer belongs to the profile's credit code, if it states one.
- ``admin``: manages keys (and reads every record).

The keys live in ``$SFKG_DATA_DIR/keys.json`` (mode 0600), written whole to a temporary file and
renamed under a lock, so the command line (``sfkg keys …``) can create and revoke keys while the
service runs: the service notices the file changed (one ``stat`` per authenticated request).
The first admin key can only come from the command line.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from kg_service.assessment.creditcode import credit_code_error
from kg_service.errors import InputError

ROLES = ("enterprise", "reviewer", "admin")
KEYS_FILE = "keys.json"
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_KEY_RE = re.compile(r"^sfkg_([0-9a-f]{12})_([A-Za-z0-9_-]{20,128})$")


class KeyStoreError(InputError):
    """A key that cannot be made as asked (the field is role, scope or label)."""


@dataclass(frozen=True)
class ApiKey:
    key_id: str
    role: str
    scope: str | None = None
    label: str | None = None
    created: str | None = None
    revoked: str | None = None

    @property
    def can_read_all(self) -> bool:
        return self.role in ("reviewer", "admin")

    def may_read(self, owner: str | None) -> bool:
        return self.can_read_all or (self.role == "enterprise" and owner is not None and owner == self.scope)

    def public(self) -> dict:
        return {"id": self.key_id, **{k: v for k, v in asdict(self).items() if k != "key_id"}}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _hash(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, dklen=32)


def check_scope(role: str, scope: str | None) -> str | None:
    if role not in ROLES:
        raise KeyStoreError("role", f"must be one of {', '.join(ROLES)}, not {role!r}")
    if role != "enterprise":
        if scope:
            raise KeyStoreError("scope", f"a {role} key has no scope")
        return None
    if not scope:
        raise KeyStoreError("scope", "an enterprise key needs a scope: the enterprise's unified social credit code")
    code = scope.strip().upper()
    if why := credit_code_error(code):
        raise KeyStoreError("scope", f"not a valid unified social credit code (GB 32100-2015): {why}")
    return code


class KeyStore:
    """The keys in one JSON file; safe to use from several threads and several processes."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._stamp: tuple | None = None
        self._entries: dict[str, dict] = {}
        self._verified: dict[bytes, str] = {}  # sha256(key) → key id, for keys that verified

    # ---- reading ------------------------------------------------------------------------------
    def _file_stamp(self) -> tuple | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _read(self) -> dict[str, dict]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {e["id"]: e for e in data.get("keys", [])}

    def _refresh(self) -> dict[str, dict]:
        stamp = self._file_stamp()
        if stamp != self._stamp:
            with self._lock:
                stamp = self._file_stamp()
                if stamp != self._stamp:
                    self._entries = self._read()
                    self._verified = {}
                    self._stamp = stamp
        return self._entries

    @staticmethod
    def _key(e: dict) -> ApiKey:
        return ApiKey(key_id=e["id"], role=e["role"], scope=e.get("scope"), label=e.get("label"),
                      created=e.get("created"), revoked=e.get("revoked"))

    def list(self, *, include_revoked: bool = True) -> list[ApiKey]:
        keys = [self._key(e) for e in self._refresh().values()]
        return [k for k in keys if include_revoked or not k.revoked]

    def get(self, key_id: str) -> ApiKey | None:
        e = self._refresh().get(key_id)
        return self._key(e) if e else None

    def verify_cached(self, token: str) -> ApiKey | None:
        """The key, if ``token`` verified before in this process (no scrypt); else None."""
        m = _KEY_RE.match(token.strip())
        if not m:
            return None
        e = self._refresh().get(m.group(1))
        if e is None or e.get("revoked"):
            return None
        if self._verified.get(hashlib.sha256(token.strip().encode()).digest()) == e["id"]:
            return self._key(e)
        return None

    def verify(self, token: str) -> ApiKey | None:
        """The key ``token`` is, if it is a valid key that has not been revoked; else None."""
        m = _KEY_RE.match(token.strip())
        if not m:
            return None
        key_id, secret = m.groups()
        entries = self._refresh()
        e = entries.get(key_id)
        if e is None or e.get("revoked"):
            return None
        digest = hashlib.sha256(token.strip().encode()).digest()
        if self._verified.get(digest) == key_id:
            return self._key(e)
        expected = bytes.fromhex(e["hash"])
        actual = _hash(secret, bytes.fromhex(e["salt"]), e["n"], e["r"], e["p"])
        if not hmac.compare_digest(expected, actual):
            return None
        self._verified[digest] = key_id
        return self._key(e)

    # ---- writing ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _write(self, entries: dict[str, dict]) -> None:
        payload = json.dumps({"format": 1, "hash": "scrypt", "keys": list(entries.values())},
                             ensure_ascii=False, indent=1).encode()
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=self.path.name + ".")
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        dir_fd = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    def create(self, role: str, scope: str | None = None, label: str | None = None) -> tuple[ApiKey, str]:
        """A new key: its description, and the key itself (shown this once, stored only hashed)."""
        scope = check_scope(role, scope)
        if label is not None and len(label) > 200:
            raise KeyStoreError("label", "at most 200 characters")
        secret = secrets.token_urlsafe(32)
        salt = secrets.token_bytes(16)
        with self._locked():
            entries = self._read()
            key_id = secrets.token_hex(6)
            while key_id in entries:
                key_id = secrets.token_hex(6)
            entries[key_id] = {"id": key_id, "role": role, "scope": scope, "label": label, "created": _now(),
                               "revoked": None, "salt": salt.hex(), **_SCRYPT,
                               "hash": _hash(secret, salt, **_SCRYPT).hex()}
            self._write(entries)
        return self._key(entries[key_id]), f"sfkg_{key_id}_{secret}"

    def revoke(self, key_id: str) -> bool:
        """Revoke a key (kept in the file, marked revoked); False if there is no such key."""
        with self._locked():
            entries = self._read()
            e = entries.get(key_id)
            if e is None:
                return False
            if not e.get("revoked"):
                e["revoked"] = _now()
                self._write(entries)
        self._refresh()
        return True
