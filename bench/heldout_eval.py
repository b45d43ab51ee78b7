"""Scores a running sfkg service on a held-out set (bench/heldout/ by default, or --dir bench/heldout2; each was
written from the measures, not from the service; see its README.md). Standard library only, so it runs against
any server.

    python3 bench/heldout_eval.py --base http://127.0.0.1:8000 [--dir bench/heldout2]
                                  [--only situations|questions|interview|assess] [--out var/heldout-eval.json]
                                  [--verbose]
    python3 bench/heldout_eval.py --dir bench/heldout2 --check     # no server: the set's files are well formed

--check asks no server: it validates the set's JSON files (field paths against the contract's profile schema, every
eId against the contract's eId list, statuses, verdicts, revocation causes) and prints counts.

- situations: GET /ask on questions that state the asker's case. Wrong values (a value bound at a stated path that
  differs from what the words state, or a planted-ambiguous value bound anywhere), share of stated facts read,
  decided statuses right (for the conditions each case names), revocation verdicts right.
- questions: GET /ask on policy questions of new kinds. Recall@3 (any gold eId in the top 3), answerable questions
  refused, out-of-scope questions declined (addressed false or no citation), the decisive fact in the answer.
- interview: POST /interview driven by answering from each profile (or "we do not know" for a field it lacks):
  ends with the /assess verdict and the independently derived one, never asks a field twice, every question says
  why with an eId, stops at the first condition not met. Skipped with a message when /interview is 404.
- assess: POST /assess of the same profiles against the verdicts and condition statuses derived independently by
  bench/heldout/derive.py.

Prints a table per set and language and writes every miss to the JSON report.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

BENCH = os.path.dirname(os.path.abspath(__file__))
HERE = os.path.join(BENCH, "heldout")  # the set scored; --dir changes it


def request(base: str, method: str, path: str, body=None, params=None):
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    data = json.dumps(body, ensure_ascii=False).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            raw, status = r.read(), r.status
    except urllib.error.HTTPError as e:
        raw, status = e.read(), e.code
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode(errors="replace")


def load(name: str):
    return json.load(open(os.path.join(HERE, name), encoding="utf-8"))


def leaves(d, pre: str = "") -> dict:
    """Dotted paths of a profile's values (as the contract's check reads them: lists of objects by index, other
    lists whole)."""
    out: dict = {}
    if isinstance(d, dict):
        for k, v in d.items():
            out |= leaves(v, f"{pre}{k}.")
    elif isinstance(d, list) and d and all(isinstance(x, dict) for x in d):
        for i, v in enumerate(d):
            out |= leaves(v, f"{pre}{i}.")
    else:
        out[pre[:-1]] = d
    return out


PLACES = {"北京": "beijing", "天津": "tianjin", "河北": "hebei", "上海": "shanghai", "江苏": "jiangsu",
          "浙江": "zhejiang", "山东": "shandong", "广东": "guangdong", "河南": "henan", "湖北": "hubei"}


# Beijing's districts as English writes them: a set may state "Changping" where the service answers 昌平区
DISTRICTS = {"dongcheng": "东城", "xicheng": "西城", "chaoyang": "朝阳", "fengtai": "丰台", "shijingshan": "石景山",
             "haidian": "海淀", "mentougou": "门头沟", "fangshan": "房山", "tongzhou": "通州", "shunyi": "顺义",
             "changping": "昌平", "daxing": "大兴", "huairou": "怀柔", "pinggu": "平谷", "miyun": "密云",
             "yanqing": "延庆"}


def _norm_place(s: str) -> str:
    s = re.sub(r"(区|市|省|\s*district|\s*city|\s*province)$", "", s.strip(), flags=re.I).lower()
    return DISTRICTS.get(s, s)


def same(path: str, want, got) -> bool:
    if path == "registration.province":
        return isinstance(got, str) and (want in got or PLACES.get(want, "?") in got.lower())
    if path.endswith("district"):
        return isinstance(got, str) and _norm_place(got) == _norm_place(want)
    if path == "industry_code":
        return isinstance(got, str) and got.startswith(want)
    if path == "domains":
        return isinstance(got, list) and set(got) == set(want)
    if isinstance(want, list):
        return isinstance(got, list) and got == want
    if isinstance(want, bool) or isinstance(got, bool):
        return got is want
    if isinstance(want, (int, float)):
        return isinstance(got, (int, float)) and abs(got - want) < 1e-9
    return got == want


def _numbers(s: str) -> list[float]:
    return [float(x) for x in re.findall(r"\d+(?:\.\d+)?", s)]


def condition_cites(base: str) -> dict:
    """{level: {condition id: [eIds]}} from an assessment of an almost empty profile."""
    _, a = request(base, "POST", "/assess", body={"id": "probe", "registration": {"province": "北京市"}})
    return {r["level"]: {c["id"]: c.get("articles", []) for c in r["conditions"]}
            for r in (a.get("results", []) if isinstance(a, dict) else [])}


def cond_for(cites: dict, level: str, eid: str):
    return next((k for k, v in cites.get(level, {}).items() if eid in v), None)


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.2f})" if b else "-"


# --- situations ------------------------------------------------------------------------------------------------

def eval_situations(base: str, verbose: bool) -> dict:
    cases = load("situations.json")
    cites = condition_cites(base)
    per: dict = {}
    misses: list = []
    lat: list = []
    for c in cases:
        s = per.setdefault(c["lang"], dict(cases=0, stated=0, read=0, wrong=0, ambiguous_bound=0, extra=0,
                                           statuses=0, statuses_right=0, revocations=0, revocations_right=0,
                                           no_facts=0))
        s["cases"] += 1
        t0 = time.perf_counter()
        _, b = request(base, "GET", "/ask", params={"q": c["q"], "k": 5})
        lat.append((time.perf_counter() - t0) * 1000)
        f = (b.get("facts") if isinstance(b, dict) else None) or {}
        if not f:
            s["no_facts"] += 1
        prof = leaves(f.get("profile") or {})
        spans = f.get("spans") or {}
        case_miss: dict = {"q": c["q"], "lang": c["lang"]}
        for path, want in c["expect"].items():
            s["stated"] += 1
            if path not in prof:
                case_miss.setdefault("unread", []).append(path)
            elif same(path, want, prof[path]):
                s["read"] += 1
            else:
                s["wrong"] += 1
                case_miss.setdefault("wrong", []).append({"path": path, "stated": want, "read": prof[path]})
        extra = {p: v for p, v in prof.items() if p not in c["expect"] and p != "id"}
        s["extra"] += len(extra)
        if extra:
            case_miss["extra"] = extra
        for words in c.get("ambiguous", []):
            nums = _numbers(words)
            hit = [p for p, v in extra.items()
                   if (isinstance(v, (int, float)) and not isinstance(v, bool) and v in nums)
                   or words in str(spans.get(p, ""))]
            if hit:
                s["ambiguous_bound"] += 1
                case_miss.setdefault("ambiguous_bound", []).append({"words": words, "paths": hit})
        if "revoke" in c:
            s["revocations"] += 1
            applies = [x.get("cause") for x in f.get("causes", []) if x.get("status") == "applies"]
            # a case not revoked is retained, or undetermined where the set says so ("verdict")
            expected = c["revoke"] or c.get("verdict", "retain")
            ok = applies == [c["revoke"]] if c["revoke"] else (not applies and f.get("verdict") == expected)
            s["revocations_right"] += ok
            if not ok:
                case_miss["revocation"] = {"mode": f.get("mode"), "verdict": f.get("verdict"), "applies": applies,
                                           "expected": expected}
        decided = {x.get("condition"): x for x in f.get("decided", []) or []}
        for eid, want in c.get("status", {}).items():
            s["statuses"] += 1
            got = (decided.get(cond_for(cites, c["level"], eid)) or {}).get("status")
            if got == want:
                s["statuses_right"] += 1
            else:
                case_miss.setdefault("status", []).append({"eid": eid, "expected": want, "got": got})
        if len(case_miss) > 2:
            misses.append(case_miss)
            if verbose:
                print("  ", json.dumps(case_miss, ensure_ascii=False)[:400])
    tot = {k: sum(p[k] for p in per.values()) for k in next(iter(per.values()))}
    rows = [("situations", lang, s) for lang, s in sorted(per.items())] + [("situations", "all", tot)]
    print(f"\n{'set':<11}{'lang':<5}{'cases':>6}  {'wrong values':>13}  {'ambig. bound':>12}  {'facts read':>16}  "
          f"{'statuses right':>18}  {'revocations right':>18}  {'extra':>5}")
    for name, lang, s in rows:
        wrong = s["wrong"] + s["ambiguous_bound"]
        print(f"{name:<11}{lang:<5}{s['cases']:>6}  {wrong:>13}  {s['ambiguous_bound']:>12}  "
              f"{pct(s['read'], s['stated']):>16}  {pct(s['statuses_right'], s['statuses']):>18}  "
              f"{pct(s['revocations_right'], s['revocations']):>18}  {s['extra']:>5}")
    print(f"           /ask latency on these: median {statistics.median(lat):.0f} ms, "
          f"p95 {sorted(lat)[int(0.95 * (len(lat) - 1))]:.0f} ms (cold questions, client side)")
    return {"by_language": per, "all": tot, "misses": misses,
            "latency_ms": {"median": statistics.median(lat), "p95": sorted(lat)[int(0.95 * (len(lat) - 1))]}}


# --- policy questions ------------------------------------------------------------------------------------------

def eval_questions(base: str, verbose: bool) -> dict:
    qs = load("questions.json")
    per: dict = {}
    kinds: dict = {}
    misses: list = []
    for q in qs:
        s = per.setdefault(q["lang"], dict(answerable=0, hit3=0, refused=0, facts=0, with_facts=0,
                                           out_of_scope=0, declined=0))
        k = kinds.setdefault(q["kind"], dict(n=0, ok=0))
        _, b = request(base, "GET", "/ask", params={"q": q["q"], "k": 5})
        b = b if isinstance(b, dict) else {}
        got = [c.get("eid") for c in b.get("citations", [])]
        answer = str(b.get("answer", ""))
        not_addressed = not got or b.get("addressed") is False
        k["n"] += 1
        if q.get("out_of_scope"):
            s["out_of_scope"] += 1
            s["declined"] += not_addressed
            k["ok"] += not_addressed
            if not not_addressed:
                misses.append({"q": q["q"], "not_declined": got[:3], "answer": answer[:200]})
            continue
        s["answerable"] += 1
        s["refused"] += not_addressed
        hit = any(e in q["gold"] for e in got[:3])
        s["hit3"] += hit
        miss: dict = {"q": q["q"]}
        if not hit:
            miss["top3"], miss["gold"] = got[:3], q["gold"]
        if not_addressed:
            miss["refused"] = True
        if "answer_any" in q or "answer_all" in q:
            s["with_facts"] += 1
            low = answer.lower()
            ok = (not q.get("answer_any") or any(f.lower() in low for f in q["answer_any"])) and \
                 all(f.lower() in low for f in q.get("answer_all", []))
            s["facts"] += ok
            if not ok:
                miss["answer_lacks"] = q.get("answer_any", []) + q.get("answer_all", [])
                miss["answer"] = answer[:200]
        k["ok"] += hit and "answer_lacks" not in miss
        if len(miss) > 1:
            misses.append(miss)
            if verbose:
                print("  ", json.dumps(miss, ensure_ascii=False)[:400])
    tot = {k: sum(p[k] for p in per.values()) for k in next(iter(per.values()))}
    print(f"\n{'set':<11}{'lang':<5}{'answerable':>10}  {'Recall@3':>14}  {'refused':>9}  {'decisive fact':>14}  "
          f"{'out-of-scope declined':>22}")
    for lang, s in [*sorted(per.items()), ("all", tot)]:
        print(f"{'questions':<11}{lang:<5}{s['answerable']:>10}  {pct(s['hit3'], s['answerable']):>14}  "
              f"{s['refused']:>9}  {pct(s['facts'], s['with_facts']):>14}  {pct(s['declined'], s['out_of_scope']):>22}")
    print("           by kind (found in top 3 and fact stated / declined): " +
          ", ".join(f"{k} {v['ok']}/{v['n']}" for k, v in sorted(kinds.items())))
    return {"by_language": per, "all": tot, "by_kind": kinds, "misses": misses}


# --- interview and assessment ----------------------------------------------------------------------------------

_MISSING = object()


def get_path(d, path):
    cur = d
    for k in path.split("."):
        if isinstance(cur, list) and k.isdigit() and int(k) < len(cur):
            cur = cur[int(k)]
        elif isinstance(cur, dict) and k in cur:
            cur = cur[k]
        else:
            return _MISSING
    return cur


def set_path(d, path, value):
    keys = path.split(".")
    cur = d
    for k in keys[:-1]:
        cur = cur.setdefault(k, {})
    cur[keys[-1]] = value


def drive(base: str, profile: dict, level: str, max_steps: int = 60):
    """Answers the interview from a full profile; returns (verdict, asked fields, problem or None, step ms)."""
    facts: dict = {}
    unknown: list = []
    asked: list = []
    steps: list = []
    for _ in range(max_steps):
        body = {"facts": facts, "unknown": unknown, "level": level}
        if profile.get("as_of"):
            body["as_of"] = profile["as_of"]
        t0 = time.perf_counter()
        st, b = request(base, "POST", "/interview", body=body)
        steps.append((time.perf_counter() - t0) * 1000)
        if st == 404 and not asked:
            return None, asked, "404", steps
        if st != 200 or not isinstance(b, dict):
            return None, asked, f"status {st}: {str(b)[:120]}", steps
        if any(d.get("status") == "not_met" for d in b.get("decided") or []) and not b.get("done"):
            return b.get("verdict"), asked, "went on after a condition was not met", steps
        nxt = b.get("next")
        if b.get("done") or not nxt:
            return b.get("verdict"), asked, None, steps
        field = nxt.get("field")
        if not field or field in asked:
            return b.get("verdict"), asked, f"asked {field!r} twice", steps
        if not (nxt.get("why") or {}).get("articles"):
            return b.get("verdict"), asked, f"no eId says why {field} is asked", steps
        asked.append(field)
        v = get_path(profile, field)
        if v is _MISSING:
            unknown.append(field)
        else:
            set_path(facts, field, v)
    return None, asked, f"no end after {max_steps} questions", steps


def assess(base: str, profile: dict) -> dict:
    _, a = request(base, "POST", "/assess", body=profile)
    return {r["level"]: r for r in (a.get("results", []) if isinstance(a, dict) else [])}


def eval_interview(base: str, verbose: bool) -> dict:
    cases = load("interview.json")
    n = ok = asked_total = 0
    problems: list = []
    steps_all: list = []
    for c in cases:
        res = assess(base, c["profile"])
        for level in ("basic", "advanced"):
            verdict, asked, problem, steps = drive(base, c["profile"], level)
            if problem == "404":
                print("\ninterview: POST /interview answers 404 -- not built on this server; skipped")
                return {"skipped": "POST /interview answers 404"}
            n += 1
            asked_total += len(asked)
            steps_all += steps
            want = c["expect"][level]["verdict"]
            got_assess = (res.get(level) or {}).get("verdict")
            if problem or verdict != want or verdict != got_assess:
                problems.append({"profile": c["name"], "level": level, "interview": verdict, "assess": got_assess,
                                 "derived": want, "problem": problem, "asked": asked})
                if verbose:
                    print("  ", json.dumps(problems[-1], ensure_ascii=False)[:400])
            else:
                ok += 1
    med = statistics.median(steps_all) if steps_all else 0
    print(f"\ninterview: {pct(ok, n)} interviews end with the derived and the /assess verdict, no field twice, an eId "
          f"for every question, stop at the first not_met; {asked_total / max(1, n):.1f} questions on average; "
          f"step median {med:.0f} ms (client side)")
    return {"interviews": n, "right": ok, "questions_mean": asked_total / max(1, n), "step_median_ms": med,
            "problems": problems}


def eval_assess(base: str, verbose: bool) -> dict:
    cases = load("interview.json")
    cites = condition_cites(base)
    n = ok = cn = cok = 0
    diffs: list = []
    for c in cases:
        res = assess(base, c["profile"])
        for level in ("basic", "advanced"):
            n += 1
            r = res.get(level) or {}
            got = {x["id"]: x["status"] for x in r.get("conditions", [])}
            want = c["expect"][level]
            cond_diff = []
            for eid, st in want["conditions"].items():
                cn += 1
                g = got.get(cond_for(cites, level, eid))
                cok += g == st
                if g != st:
                    cond_diff.append({"eid": eid, "derived": st, "assess": g})
            if r.get("verdict") == want["verdict"] and not cond_diff:
                ok += 1
            else:
                diffs.append({"profile": c["name"], "level": level, "derived": want["verdict"],
                              "assess": r.get("verdict"), "conditions": cond_diff})
                if verbose:
                    print("  ", json.dumps(diffs[-1], ensure_ascii=False)[:400])
    print(f"\nassess: {pct(ok, n)} profile-levels agree with the independent reading (verdict and every condition); "
          f"conditions {pct(cok, cn)}")
    return {"profile_levels": n, "agree": ok, "conditions": cn, "conditions_agree": cok, "differences": diffs}



# --- offline check of a set's files (no server) ----------------------------------------------------------------

def contract_dir(given: str | None) -> str:
    for d in (given, os.path.join(os.environ["SFKG_SHARED"], "contract") if os.environ.get("SFKG_SHARED") else None,
              os.path.join(BENCH, "..", "..", "shared", "contract"), "/work/shared/contract"):
        if d and os.path.isfile(os.path.join(d, "eids.md")):
            return d
    sys.exit("the contract (eids.md, enterprise-profile.schema.json) was not found: pass --contract DIR")


def contract_eids(cdir: str) -> set:
    """Every eId of the contract's list (eids.md: a table whose first column is the eId; `att_3__kpi_1` …
    `att_3__kpi_20` stands for the twenty)."""
    ids: set = set()
    with open(os.path.join(cdir, "eids.md"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for line in lines:
        if line.startswith("| `"):
            first = line.split("|")[1]
            found = re.findall(r"`([A-Za-z0-9_\-]+)`", first)
            if len(found) == 2 and "…" in first:  # a numbered run
                (stem, a), (_, b) = (re.match(r"(.*_)(\d+)$", x).groups() for x in found)
                ids |= {f"{stem}{i}" for i in range(int(a), int(b) + 1)}
            else:
                ids |= set(found)
    return ids


def schema_paths(schema: dict) -> dict:
    """{dotted path: leaf schema} of the profile schema; list items of objects are addressed by an index (written
    as '#')."""
    out: dict = {}

    def walk(node: dict, pre: str) -> None:
        if node.get("type") == "object" and "properties" in node:
            for k, v in node["properties"].items():
                walk(v, f"{pre}{k}.")
        elif node.get("type") == "array" and node.get("items", {}).get("type") == "object":
            out[pre[:-1]] = node
            walk(node["items"], f"{pre}#.")
        else:
            out[pre[:-1]] = node
    walk(schema, "")
    return out


def _leaf_ok(node: dict, v) -> bool:
    t = node.get("type")
    if "enum" in node:
        return v in node["enum"]
    if t == "boolean":
        return isinstance(v, bool)
    if t == "integer":
        return isinstance(v, int) and not isinstance(v, bool)
    if t == "number":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if t == "string":
        if node.get("format") == "date":
            return isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) is not None
        return isinstance(v, str) and (not node.get("pattern") or re.fullmatch(node["pattern"], v) is not None)
    if t == "array":
        items = node.get("items", {})
        return isinstance(v, list) and all(_leaf_ok(items, x) for x in v)
    return True


def check_set(cdir: str) -> int:
    eids = contract_eids(cdir)
    with open(os.path.join(cdir, "enterprise-profile.schema.json"), encoding="utf-8") as fh:
        schema = json.load(fh)
    paths = schema_paths(schema)
    statuses, verdicts = {"met", "not_met", "unknown"}, {"eligible", "not_eligible", "undetermined"}
    causes = {f"art_12__item_{i}" for i in range(1, 6)}
    errors: list = []

    def path_ok(where: str, path: str, v) -> None:
        generic = re.sub(r"\.\d+(?=\.|$)", ".#", path)
        node = paths.get(generic)
        if node is None:
            errors.append(f"{where}: {path} is not a field of the profile schema")
        elif not _leaf_ok(node, v):
            errors.append(f"{where}: {path} = {v!r} does not fit the schema")

    present = [n for n in ("situations.json", "questions.json", "interview.json")
               if os.path.isfile(os.path.join(HERE, n))]
    if not present:
        sys.exit(f"no situations.json, questions.json or interview.json in {HERE}")
    from collections import Counter
    if "situations.json" in present:
        cases = load("situations.json")
        for i, c in enumerate(cases):
            w = f"situations[{i}]"
            if c.get("lang") not in ("zh", "en") or not isinstance(c.get("q"), str) or not c["q"].strip():
                errors.append(f"{w}: q and lang (zh|en) required")
            if c.get("level") not in ("basic", "advanced"):
                errors.append(f"{w}: level must be basic or advanced")
            for path, v in {**c.get("expect", {}), **c.get("assume", {})}.items():
                path_ok(w, path, v)
            for e, st in c.get("status", {}).items():
                if e not in eids or st not in statuses:
                    errors.append(f"{w}: status {e}={st} (unknown eId or status)")
            if "revoke" in c and not (c["revoke"] is False or c["revoke"] in causes):
                errors.append(f"{w}: revoke {c['revoke']!r}")
            if ("status" in c) == ("revoke" in c):
                errors.append(f"{w}: exactly one of status / revoke")
            if not all(isinstance(x, str) and x for x in c.get("ambiguous", [])):
                errors.append(f"{w}: ambiguous must be words")
            if len({x["q"] for x in cases}) != len(cases):
                errors.append("situations: a question is repeated")
                break
        sits = [c for c in cases if "status" in c]
        print(f"situations: {len(cases)} ({dict(Counter(c['lang'] for c in cases))}); eligibility {len(sits)}, "
              f"revocation {len(cases) - len(sits)} (must revoke {sum(1 for c in cases if c.get('revoke'))}); "
              f"stated facts {sum(len(c['expect']) for c in cases)}; statuses "
              f"{dict(Counter(s for c in sits for s in c['status'].values()))}; planted-ambiguous cases "
              f"{sum(1 for c in cases if c.get('ambiguous'))}")
    if "questions.json" in present:
        qs = load("questions.json")
        for i, x in enumerate(qs):
            w = f"questions[{i}]"
            if x.get("lang") not in ("zh", "en") or not x.get("q") or not x.get("kind"):
                errors.append(f"{w}: q, lang and kind required")
            if x.get("out_of_scope"):
                if x.get("gold"):
                    errors.append(f"{w}: an out-of-scope question has no gold")
            elif not x.get("gold") or any(e not in eids for e in x["gold"]):
                errors.append(f"{w}: gold {x.get('gold')} (empty or an eId not in the contract)")
            for k in ("answer_any", "answer_all"):
                if k in x and not (isinstance(x[k], list) and x[k] and all(isinstance(f, str) and f for f in x[k])):
                    errors.append(f"{w}: {k} must be a non-empty list of words")
        if len({x["q"] for x in qs}) != len(qs):
            errors.append("questions: a question is repeated")
        print(f"questions: {len(qs)}; answerable {dict(Counter(x['lang'] for x in qs if not x.get('out_of_scope')))}, "
              f"out of scope {dict(Counter(x['lang'] for x in qs if x.get('out_of_scope')))}; by kind "
              f"{dict(Counter(x['kind'] for x in qs))}")
    if "interview.json" in present:
        iv = load("interview.json")
        for i, c in enumerate(iv):
            w = f"interview[{i}]"
            prof = c.get("profile", {})
            if not prof.get("id"):
                errors.append(f"{w}: profile without id")
            for path, v in leaves(prof).items():
                path_ok(w, path, v)
            for lvl in ("basic", "advanced"):
                e = (c.get("expect") or {}).get(lvl) or {}
                if e.get("verdict") not in verdicts or not e.get("conditions"):
                    errors.append(f"{w}: expect.{lvl} needs a verdict and conditions")
                for eid, st in (e.get("conditions") or {}).items():
                    if eid not in eids or st not in statuses:
                        errors.append(f"{w}: {lvl} condition {eid}={st}")
        print(f"interview: {len(iv)} profiles; verdicts "
              f"{dict(Counter(c['expect'][lvl]['verdict'] for c in iv for lvl in ('basic', 'advanced')))}")
    for e in errors:
        print("  ERROR", e)
    print(f"check of {os.path.relpath(HERE)} against {os.path.relpath(cdir)} ({len(eids)} eIds): "
          f"{'ok' if not errors else f'{len(errors)} errors'}")
    return 1 if errors else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="http://127.0.0.1:8000")
    ap.add_argument("--only", choices=["situations", "questions", "interview", "assess"])
    ap.add_argument("--out", default=os.path.join("var", "heldout-eval.json"))
    ap.add_argument("--verbose", "-v", action="store_true", help="print every miss as it is found")
    ap.add_argument("--dir", default=os.path.join(BENCH, "heldout"),
                    help="the held-out set to score (default bench/heldout; e.g. bench/heldout2)")
    ap.add_argument("--check", action="store_true",
                    help="ask no server: check that the set's files are well formed (schema paths, eIds, statuses)")
    ap.add_argument("--contract", help="the contract's directory for --check (default: $SFKG_SHARED/contract or "
                                       "../shared/contract)")
    a = ap.parse_args()
    global HERE
    HERE = os.path.abspath(a.dir)
    if a.check:
        sys.exit(check_set(contract_dir(a.contract)))
    st, h = request(a.base, "GET", "/health")
    if st != 200:
        sys.exit(f"{a.base}/health answers {st}: is the service running?")
    runs = {"situations": eval_situations, "questions": eval_questions, "interview": eval_interview,
            "assess": eval_assess}
    report = {"base": a.base, "set": os.path.relpath(HERE), "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
              "service": h if isinstance(h, dict) else None}
    for name, f in runs.items():
        if a.only in (None, name):
            report[name] = f(a.base, a.verbose)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as fh:
        json.dump(report, fh, ensure_ascii=False, indent=1)
    print(f"\nreport: {a.out}")


if __name__ == "__main__":
    main()
