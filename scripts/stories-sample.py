#!/usr/bin/env python3
"""Print random merges for a manual check: pairs of articles that `kroniek stories` put in one story.

usage: scripts/stories-sample.py RECORDS.jsonl STORIES.json [N] [SEED]
RECORDS.jsonl from `kroniek extract --format jsonl`, STORIES.json from `kroniek stories --records RECORDS.jsonl --format json`.
"""
import json
import random
import sys

records, stories = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 8)
by_id = {}
with open(records, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        by_id[r["id"]] = r
doc = json.load(open(stories, encoding="utf-8"))
sizes = sorted((len(s["articles"]) for s in doc["stories"]), reverse=True)
print(f"{len(by_id)} records, {len(doc['stories'])} stories, {sum(1 for s in sizes if s > 1)} with more than one article; "
      f"largest: {sizes[:10]}")
events = [e for s in doc["stories"] for e in s["events"]]
print(f"{len(events)} event instances, {sum(1 for e in events if len(e['articles']) > 1)} merged from several articles")


def label(r):
    """The title, or the start of the text when there is none (headline feeds)."""
    t = r.get("title") or r["text"][:160].replace("\n", " ")
    return t


pairs = [(s["id"], a, b) for s in doc["stories"] for i, a in enumerate(s["articles"]) for b in s["articles"][i + 1:]]
for sid, a, b in rng.sample(pairs, min(n, len(pairs))):
    ra, rb = by_id[a], by_id[b]
    shared = sorted({e["id"] for e in ra["entities"]} & {e["id"] for e in rb["entities"]})
    print(f"\n{sid}\n  {ra['published']['value'][:10] if ra.get('published') else '?'} {label(ra)}"
          f"\n  {rb['published']['value'][:10] if rb.get('published') else '?'} {label(rb)}\n  shared: {shared}")
