#!/usr/bin/env python3
"""Writes a synthetic corpus for ingest benchmarks: the bundled example articles repeated N times as
JSON Lines, each copy under its own URL so that every copy becomes its own article graph.

Usage: generate-corpus.py N OUT.jsonl [--examples DIR]
"""
import argparse, json, os, pathlib


def articles(folder):
    for path in sorted(pathlib.Path(folder).rglob("*")):
        if path.suffix == ".txt":
            meta = path.with_name(path.stem + ".meta.json")
            record = json.loads(meta.read_text()) if meta.exists() else {}
            record["text"] = path.read_text(encoding="utf-8")
            yield path.stem, record
        elif path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    yield f"{path.stem}-{n}", json.loads(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int, help="how many copies of the example corpus")
    ap.add_argument("out")
    ap.add_argument("--examples", default=os.path.join(os.path.dirname(__file__), "..", "examples", "articles"))
    a = ap.parse_args()
    base = list(articles(a.examples))
    with open(a.out, "w", encoding="utf-8") as f:
        for copy in range(a.n):
            for stem, record in base:
                r = dict(record)
                r["url"] = f"https://bench.invalid/{copy}/{stem}"
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{a.n * len(base)} articles in {a.out}")


if __name__ == "__main__":
    main()
