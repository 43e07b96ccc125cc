#!/usr/bin/env python3
"""Shows why gold events were missed: for each gold event with no extracted event of the
same type whose evidence overlaps the gold evidence, prints the gold evidence and every
claim `./claimgraph extract` made from text overlapping it. A development aid beside
the shared scorer (which says what was missed, not what was made instead).

Usage: tools/eval/misses.py ARTICLES_DIR GOLD_DIR [--all] [--aliases FILE]
  --all      also list extracted events whose type and place fit no gold or optional event
  --aliases  the aliases.json that names places (default: GOLD_DIR/../aliases.json)
"""
import json, pathlib, re, subprocess, sys, unicodedata

def main():
    argv = sys.argv[1:]
    aliases_file = None
    if "--aliases" in argv:
        i = argv.index("--aliases")
        aliases_file = argv[i + 1]
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith("--")]
    show_all = "--all" in argv
    articles, gold_dir = pathlib.Path(args[0]), pathlib.Path(args[1])
    out = subprocess.run(["./claimgraph", "extract", "--format", "json", str(articles)],
                         capture_output=True, text=True, check=True).stdout
    by_source = {a["source"]: a for a in json.loads(out)["articles"]}
    aliases_path = pathlib.Path(aliases_file) if aliases_file else gold_dir.parent / "aliases.json"
    if not aliases_path.exists():
        aliases_path = pathlib.Path(__file__).resolve().parents[3] / "shared/eval/aliases.json"
    names = place_names(aliases_path)
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        art = by_source.get(gold["article"])
        if art is None:
            print(f"== {gold['article']}: not extracted"); continue
        text = (articles / gold["article"]).read_text(encoding="utf-8")
        events = [c for c in art["claims"] if c["kind"] == "event"]
        for c in events:
            # the extractor's offsets count from the article body (headers dropped); place each evidence in the file
            at = text.find(c["evidence"]["text"])
            if at >= 0:
                c["evidence"]["start"], c["evidence"]["end"] = at, at + len(c["evidence"]["text"])
        def span(ev):
            i = text.find(ev)
            return (i, i + len(ev))
        def overlapping(s):
            return [c for c in events if c["evidence"]["start"] < s[1] and c["evidence"]["end"] > s[0]]
        lines = []
        for g in gold["events"]:
            s = span(g["evidence"])
            near = overlapping(s)
            types = {g["type"], *g.get("alt", [])}
            if any(c["type"] in types for c in near):
                continue
            lines.append(f"  MISS {g['type']} @{g['place']} agent={g.get('agent')} :: {g['evidence']}")
            for c in near:
                lines.append("       got " + describe(c))
        if show_all:
            known = {(t, norm(g["place"])) for k in ("events", "optional_events") for g in gold.get(k, [])
                     for t in [g["type"], *g.get("alt", [])]}
            for c in events:
                if c["modality"] in ("Hypothetical", "Negated"):
                    continue
                place = c.get("roles", {}).get("place", {}).get("label", "")
                if (c["type"], names.get(norm(place), norm(place))) not in known:
                    lines.append("  EXTRA " + describe(c) + " :: " + c["evidence"]["text"][:200])
        if lines:
            print(f"== {gold['article']}")
            print("\n".join(lines))

def norm(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[\u2018\u2019'`]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"^(the|al|ar|as|ash|ad|ath|an|el) ", "", s)

def place_names(path):
    """Every spelling of aliases.json's places, normalised, to its normalised canonical name."""
    out = {}
    if path.exists():
        for canon, spellings in json.loads(path.read_text(encoding="utf-8")).get("places", {}).items():
            for s in [canon, *spellings]:
                out[norm(s)] = norm(canon)
    return out

def describe(c):
    r = c.get("roles", {})
    lab = lambda k: r[k]["label"] if k in r else "-"
    return f"{c['type']} @{lab('place')} agent={lab('agent')} target={lab('target')} mod={c['modality']}"

if __name__ == "__main__":
    main()
