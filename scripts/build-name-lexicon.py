#!/usr/bin/env python3
"""Builds the name-word lexicon for the Dutch NER model: each lower-cased word that occurs in a
name of the knowledge base (kroniek-kb) or the nlp gazetteer gets the set of entity types of
those names as its class (e.g. "LOC", "LOC+PER"), words of kroniek-nlp/training/org-words-nl.txt
get ORGWORD. The file has the cluster-file format (word<TAB>class) and is given to
`train ner --clusters`, which stores it in the model. Run from the project root:

    python3 scripts/build-name-lexicon.py > kroniek-nlp/training/nl-name-words.tsv
"""
import gzip
import re
import sys
from collections import defaultdict

KB = "kroniek-kb/src/main/resources/org/kroniek/kb/"
NLP = "kroniek-nlp/src/main/resources/org/kroniek/nlp/"
MIN_POPULATION = 15000

types = defaultdict(set)


def rows(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def add(name, kind):
    for word in re.findall(r"\w+", name.lower()):
        if len(word) > 1 and not word.isdigit():
            types[word].add(kind)


stop = {r[1].lower() for r in rows(NLP + "stopwords.tsv") if len(r) > 1}
for r in rows(NLP + "gazetteer/nl.tsv"):
    add(r[1], r[0])
for r in rows(KB + "organisations.tsv"):
    for n in [r[0]] + (r[4].split("|") if len(r) > 4 else []):
        add(n, "ORG")
for r in rows(KB + "state-bodies.tsv"):
    if r[0] == "nl":
        add(r[1], "ORG")
for r in rows(KB + "persons.tsv"):
    for n in [r[0]] + (r[3].split("|") if len(r) > 3 else []):
        add(n, "PER")
for r in rows(KB + "place-aliases.tsv"):
    for n in [r[0]] + (r[3].split("|") if len(r) > 3 else []):
        add(n, "LOC")
for r in rows(KB + "country-names.tsv.gz"):
    if "nl" in r[2].split(",") or "en" in r[2].split(","):
        add(r[1], "LOC")
for r in rows(KB + "places.tsv.gz"):
    if r[0] != "geonames" and r[5].isdigit() and int(r[5]) >= MIN_POPULATION:
        add(r[1], "LOC")
for r in rows(KB + "demonyms.tsv"):
    if r[1] in ("nl", "en"):
        for n in r[2].split(",") + (r[3].split(",") if len(r) > 3 else []):
            add(n, "MISC")
with open("kroniek-nlp/training/org-words-nl.txt", encoding="utf-8") as f:
    for line in f:
        w = line.strip()
        if w and not w.startswith("#"):
            types[w].add("ORGWORD")
for word in sorted(types):
    if word in stop:
        continue
    sys.stdout.write(word + "\t" + "+".join(sorted(types[word])) + "\n")
