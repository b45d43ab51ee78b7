"""Assessment in time: the version of the measures in force on a profile's ``as_of`` (under a reform,
if one is given), an Assessor per version and reform built once and kept, and the answer naming the
version (``measures``), the reform, and — when no version is in force — a ``notice`` saying so.

The verdicts are not touched here: art_14's shape (its dates bound to the parameters) makes them
not_eligible; the notice only says why in words, at the top of the answer.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date

from kg_service.assessment.engine import Assessor
from kg_service.assessment.parameters import ParameterSet
from kg_service.assessment.profile import as_of as profile_as_of
from kg_service.errors import InputError
from kg_service.settings import Settings, get_settings
from kg_service.time.catalog import Version, Versions
from kg_service.time.diff import Side, diff
from kg_service.time.reform import Reform, shipped

MAX_REFORM_ASSESSORS = 16  # reforms come from request bodies: keep the last few, not all


def notice(versions: Versions, version: Version, day: date, params: ParameterSet) -> dict[str, str] | None:
    """What the answer says at its top when ``version`` is not in force on ``day`` (wording:
    corpus/versions.yaml ``notices``)."""
    frm, to = params.in_force
    if frm <= day <= to:
        return None
    template = versions.notices["expired" if day > to else "not_yet"]
    values = {"day": day.isoformat(), "version": version.id, "from": frm.isoformat(), "to": to.isoformat()}
    return {lang: text.format(**values, title=version.title.get(lang, "")) for lang, text in template.items()}


class Timeline:
    def __init__(self, base: Assessor, settings: Settings | None = None):
        self.settings = settings or get_settings()
        self.base = base
        self.versions = Versions(base.compiled, self.settings)
        self.reforms = shipped(self.settings)  # the shipped reforms, read once
        self._assessors: OrderedDict[tuple, Assessor] = OrderedDict()
        self._parameters: OrderedDict[tuple, ParameterSet] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def load(cls, settings: Settings | None = None, kg=None) -> Timeline:
        return cls(Assessor.load(settings, kg), settings)

    def version(self, vid: str | None, where: str = "version") -> Version:
        """The version ``vid`` (the latest if None); an InputError naming ``where`` if there is none."""
        if vid is None:
            return self.versions.latest()
        v = self.versions.get(vid)
        if v is None:
            raise InputError(where, f"no version '{vid}' (versions: {[x.id for x in self.versions.versions]})")
        return v

    def reform(self, rid: str, where: str = "reform") -> Reform:
        """A shipped reform by id; an InputError naming ``where`` if there is none."""
        if rid not in self.reforms:
            raise InputError(where, f"no shipped reform '{rid}' (shipped: {sorted(self.reforms)})")
        return self.reforms[rid]

    def side(self, ref: str, where: str, base: Version | None = None) -> Side:
        """A version id, or a shipped reform id (applied to ``base``, else the latest version)."""
        v = self.versions.get(ref)
        if v is not None:
            return Side(v)
        if ref in self.reforms:
            return Side(base or self.versions.latest(), self.reforms[ref])
        raise InputError(where, f"'{ref}' is neither a version {[x.id for x in self.versions.versions]} "
                                f"nor a shipped reform {sorted(self.reforms)}")

    def diff(self, frm: str, to: str, to_reform: Reform | None = None) -> dict:
        """What differs from version ``frm`` to ``to`` (a version or a shipped reform's id), or to
        ``frm`` under ``to_reform``."""
        a = self.side(frm, "from")
        b = Side(a.version, to_reform) if to_reform is not None else self.side(to, "to", base=a.version)
        if b.reform is not None:
            b.reform.apply(b.version.parameters)  # an invalid reform is an InputError, not a partial diff
        return diff(a, b, self.base.compiled)

    def parameters(self, version: Version, reform: Reform | None = None) -> ParameterSet:
        """The version's parameters under the reform (made once per version and reform's values: a
        population's profiles ask for them day by day)."""
        if reform is None:
            return version.parameters
        key = (version.id, reform.key())
        got = self._parameters.get(key)
        if got is None:
            got = reform.apply(version.parameters)
            with self._lock:
                self._parameters[key] = got
                if len(self._parameters) > 4 * MAX_REFORM_ASSESSORS:
                    self._parameters.popitem(last=False)
        return got

    def assessor(self, version: Version, reform: Reform | None = None,
                 params: ParameterSet | None = None) -> Assessor:
        """The Assessor of a version (under a reform), built once: a dict look-up after the first time."""
        params = params or self.parameters(version, reform)
        key = params.key()
        a = self._assessors.get(key)
        if a is not None:
            return a
        with self._lock:
            a = self._assessors.get(key)
            if a is None:
                a = self.base if key == self.base.parameters.key() else \
                    Assessor(self.base.compiled, self.settings, params)
                self._assessors[key] = a
                if len(self._assessors) > MAX_REFORM_ASSESSORS + len(self.versions.versions):
                    self._assessors.popitem(last=False)
        return a

    def select(self, day: date, reform: Reform | None = None) -> tuple[Version, ParameterSet, dict | None]:
        """The version for ``day`` (in force under the reform if any), its parameters, and a notice if none is."""
        for v in reversed(self.versions.versions):
            params = self.parameters(v, reform)
            if v.in_force_on(day, params):
                return v, params, None
        v = self.versions.nearest(day)
        params = self.parameters(v, reform)
        return v, params, notice(self.versions, v, day, params)

    def assess(self, profile: dict, level: str | None = None, *, explain: bool = True,
               reform: Reform | None = None, version: Version | None = None, engine: str | None = None) -> dict:
        """``Assessor.assess`` under the version in force on the profile's as_of (or the one given);
        ``engine="pyshacl"`` decides with pySHACL, the reference, instead of the compiled shapes."""
        day = profile_as_of(profile)
        if version is None:
            version, params, note = self.select(day, reform)
        else:
            params = self.parameters(version, reform)
            note = notice(self.versions, version, day, params)
        result = self.assessor(version, reform, params).assess(profile, level, explain=explain, engine=engine)
        return self.named(result, version, params, note, reform)

    def statuses(self, profile: dict, level: str, *, reform: Reform | None = None) -> dict[str, str]:
        """``Assessor.statuses`` under the version in force on the profile's as_of (as ``assess`` selects it)."""
        version, params, _note = self.select(profile_as_of(profile), reform)
        return self.assessor(version, reform, params).statuses(profile, level)

    @staticmethod
    def named(result: dict, version: Version, params: ParameterSet, note: dict | None,
              reform: Reform | None) -> dict:
        head = {"profile_id": result["profile_id"], "as_of": result["as_of"]}
        if note:
            head["notice"] = note
        head["measures"] = version.measures(params)
        if reform is not None:
            head["reform"] = reform.named()
        for r in result["results"]:
            for c in r["conditions"]:
                for cited in c.get("citations", ()):
                    cited["iri"] = version.unit_iri(cited["eid"])
        return head | result

