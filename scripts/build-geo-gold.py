#!/usr/bin/env python3
"""Derives the geocoding gold set for `kroniek eval geo` from the Bellingcat/CIR incident list.

usage: build-geo-gold.py [EVENTS_CSV] > geo-gold.jsonl
       (default EVENTS_CSV: ../shared/data/bellingcat-cir-events/events.csv, relative to the project root)

One JSON object a line: {"id", "mention", "context", "lat", "lon", "split"}. A case is an incident
whose town/city is named in its own title or description: the mention is that name as written,
the context is the description followed by the province in parentheses when one is given (as a
report would name the region of a village), and lat/lon are the incident's coordinates. Rows
alternate between split "dev" (odd rows, to develop on) and "test" (even rows, held out).
The data are Bellingcat's and CIR's: this script derives the gold set at evaluation time, and
the derived file is not part of the project.
"""
import csv, json, re, sys

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/bellingcat-cir-events/events.csv"
n = 0
with open(path, encoding="utf-8", newline="") as f:
    for i, row in enumerate(csv.DictReader(f)):
        town = (row.get("town/city") or "").strip().strip("'’ ")
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (KeyError, ValueError):
            continue
        if len(town) < 3 or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        desc = (row.get("brief description") or "").strip()
        title = re.sub(r"^\d\d/\d\d/\d{4}\s*", "", (row.get("title") or "").strip())
        text = desc if len(desc) >= len(title) else title
        m = re.search(r"(?<!\w)" + re.escape(town) + r"(?!\w)", text, re.IGNORECASE)
        if not m:
            continue
        province = (row.get("province") or "").strip()
        context = text + (f" ({province})" if province and province.lower() not in text.lower() else "")
        print(json.dumps({"id": row.get("entry") or str(i), "mention": m.group(0), "context": context,
                          "lat": lat, "lon": lon, "split": "dev" if i % 2 else "test"}, ensure_ascii=False))
        n += 1
print(f"{n} cases", file=sys.stderr)
