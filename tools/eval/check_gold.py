#!/usr/bin/env python3
"""Checks the gold files of one evaluation set (a folder with articles/, gold/ and
aliases.json): every evidence string occurs verbatim in its article, every event type is
one of the twelve, and every place and actor name is a canonical key of aliases.json.
Run: python3 tools/eval/check_gold.py src/test/resources/heldout4
(The build checks the same of our sets in GoldFilesTest; this is for writing a set.)"""
import json
import pathlib
import sys

TYPES = {"Capture", "Withdrawal", "Airstrike", "Bombing", "Assault", "Siege", "Clash",
         "Killing", "Execution", "Surrender", "Destruction", "Detention"}
MEASURES = {"Fighters", "Deaths", "Troops", "Civilians", "Surrendered", "AreaKm2",
            "Villages", "TerritoryPercent"}
if len(sys.argv) != 2:
    sys.exit("usage: check_gold.py SET_FOLDER (with articles/, gold/ and aliases.json)")
here = pathlib.Path(sys.argv[1])
aliases = json.loads((here / "aliases.json").read_text(encoding="utf-8"))
places, actors = set(aliases["places"]), set(aliases["actors"])
problems = []
for gold_file in sorted((here / "gold").glob("*.json")):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = (here / "articles" / gold["article"]).read_text(encoding="utf-8")
    def need(cond, what):
        if not cond:
            problems.append(f"{gold_file.name}: {what}")
    for key in ("events", "optional_events", "must_not"):
        for e in gold[key]:
            for t in [e["type"]] + e.get("alt", []):
                need(t in TYPES, f"unknown type {t}")
            need(e["place"] in places, f"place not canonical: {e['place']}")
            for role in ("agent", "target"):
                need(e.get(role) in actors or e.get(role) is None, f"{role} not canonical: {e.get(role)}")
            if key != "must_not":
                need(e["evidence"] in text, f"evidence not in article: {e['evidence']!r}")
    for m in gold["measurements"]:
        need(m["measure"] in MEASURES, f"unknown measure {m['measure']}")
        need(m["evidence"] in text, f"evidence not in article: {m['evidence']!r}")
        need(m["subject"] in actors or m["subject"] is None, f"subject not canonical: {m['subject']}")
        need(m["place"] in places or m["place"] is None, f"place not canonical: {m['place']}")
    for s in gold["statements"]:
        need(s["evidence"] in text, f"evidence not in article: {s['evidence']!r}")
print("\n".join(problems) or "all gold files consistent")
sys.exit(1 if problems else 0)
