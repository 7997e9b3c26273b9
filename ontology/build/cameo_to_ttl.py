#!/usr/bin/env python3
"""Generate ontology/cameo.ttl (CAMEO event codes as a SKOS concept scheme) from the TSV files here.

Run from the project directory:

    python3 ontology/build/cameo_to_ttl.py > ontology/cameo.ttl

Inputs (copied from the project's shared data, see the SOURCES notes in the generated header):
  ontology/build/cameo.tsv                       code, label, goldstein, quad_class
  ontology/build/cameo-label-discrepancies.tsv   GDELT labels that differ from the CAMEO 1.1b3 manual

Python 3 standard library only, so that the file can be regenerated anywhere.
"""

import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAMEO = "https://w3id.org/newsgraph/cameo/"
SCHEME = CAMEO + "scheme"

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

# Misspellings in GDELT's list; the repaired label becomes skos:prefLabel, the raw one skos:hiddenLabel
# (SKOS's place for misspellings, so that a search for the raw form still finds the concept).
SPELLING_REPAIRS = {
    "033": ("matyerial", "material"),
}

HEADER = """\
# CAMEO event codes as a SKOS concept scheme (generated: do not edit by hand).
# Regenerate with: python3 ontology/build/cameo_to_ttl.py > ontology/cameo.ttl
#
# Sources (as the shared data notes, SOURCES.md, give them):
# - Codes, labels and Goldstein scores: GDELT's `CAMEO.eventcodes.txt` and `CAMEO.goldsteinscale.txt`,
#   as copied in moxious/gdelt `data/` at commit 44a29095 (byte-identical to RBozydar/py-gdelt's copy).
#   Terms: GDELT's data may be used freely with attribution to "The GDELT Project" (gdeltproject.org).
#   Two repairs: 044 reads "Meet at a 'third' location" (garbled quotes in GDELT's file; wording of the
#   CAMEO manual 1.1b3), and 1056 / 106 were split (run together on one line in GDELT's file;
#   106 "Demand withdrawal", Goldstein -5.0).
# - Quad class from the root code: 01-05 verbal cooperation (1), 06-08 material cooperation (2),
#   09-13 verbal conflict (3), 14-20 material conflict (4); the GDELT Event Codebook 2.0 names the four
#   classes, and the ranges are those of andybega/icews and py-gdelt.
# - cameo-label-discrepancies.tsv: GDELT labels that differ from the CAMEO 1.1b3 manual and the ICEWS
#   list (notably 101-108 and 0863 mean different things there), and CAMEO codes GDELT lacks
#   (155, 176, 1834, 1951, 1952). Prefer the CAMEO manual's meaning where they differ.
#
# How this file uses them:
# - every code of cameo.tsv is a skos:Concept <https://w3id.org/newsgraph/cameo/{code}> with skos:notation,
#   skos:prefLabel, gp:goldsteinScore (xsd:decimal) and gp:quadClass (1-4); skos:broader follows the
#   code prefix (0421 -> 042 -> 04); the 20 two-digit codes are top concepts.
# - where the meaning differs ("meaning" rows), skos:prefLabel is the CAMEO 1.1b3 manual's label and a
#   skos:scopeNote records GDELT's label; the Goldstein score stays the one GDELT gives for the code.
# - where only the wording differs, skos:prefLabel is GDELT's label and the manual's wording is a
#   skos:altLabel; GDELT's misspelling in 033 is repaired, the raw form kept as skos:hiddenLabel.
# - runs of spaces in labels are collapsed to one.
# - the codes GDELT lacks (155, 176, 1834, 1951, 1952, 1213) have no Goldstein score and are left out.
"""


def literal(text):
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"')
               .replace("\n", "\\n").replace("\r", "\\r"))
    return '"' + escaped + '"'


def clean(label):
    return re.sub(r"\s+", " ", label).strip()


def read_tsv(name):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def parent(code):
    if len(code) == 4:
        return code[:3]
    if len(code) == 3:
        return code[:2]
    return None


def main(out):
    rows = read_tsv("cameo.tsv")
    codes = {row["code"] for row in rows}
    discrepancies = {row["code"]: row for row in read_tsv("cameo-label-discrepancies.tsv")
                     if row["kind"] in ("wording", "meaning")}

    for row in rows:
        code = row["code"]
        if not re.fullmatch(r"[0-9]{2,4}", code):
            sys.exit(f"bad CAMEO code {code!r}")
        if parent(code) is not None and parent(code) not in codes:
            sys.exit(f"CAMEO code {code} has no parent {parent(code)} in cameo.tsv")
        quad = int(row["quad_class"])
        if quad not in QUAD_NAMES:
            sys.exit(f"CAMEO code {code} has quad class {quad}, not 1-4")
        float(row["goldstein"])

    roots = [row["code"] for row in rows if len(row["code"]) == 2]

    out.write(HEADER)
    out.write("\n")
    out.write("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n")
    out.write("@prefix dcterms: <http://purl.org/dc/terms/> .\n")
    out.write("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n")
    out.write("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n")
    out.write("@prefix gp: <https://w3id.org/newsgraph/geopol#> .\n")
    out.write(f"@prefix cameo: <{CAMEO}> .\n\n")

    out.write(f"<{SCHEME}> a skos:ConceptScheme ;\n")
    out.write('    dcterms:title "CAMEO event codes"@en ;\n')
    out.write("    rdfs:comment " + literal(
        "The Conflict and Mediation Event Observations (CAMEO) event codes as used by GDELT, with "
        "Goldstein scores and quad classes. Codes, labels and Goldstein scores from GDELT's "
        "CAMEO.eventcodes.txt and CAMEO.goldsteinscale.txt (courtesy of The GDELT Project, "
        "gdeltproject.org); where GDELT's meaning differs from the CAMEO 1.1b3 manual, the manual's is used.")
        + "@en ;\n")
    out.write('    dcterms:source <https://www.gdeltproject.org/> ;\n')
    out.write('    dcterms:rights ' + literal(
        "GDELT's data may be used freely with attribution to \"The GDELT Project\" (gdeltproject.org).")
        + "@en ;\n")
    out.write("    rdfs:isDefinedBy <https://w3id.org/newsgraph/geopol> ;\n")
    out.write("    skos:hasTopConcept " + ", ".join("cameo:" + c for c in roots) + " .\n")

    for row in rows:
        code = row["code"]
        label = clean(row["label"])
        alt_labels = []
        hidden_labels = []
        scope_notes = []
        if code in SPELLING_REPAIRS:
            wrong, right = SPELLING_REPAIRS[code]
            hidden_labels.append(label)
            label = label.replace(wrong, right)
        found = discrepancies.get(code)
        if found is not None:
            manual = clean(found["cameo_manual_1.1b3_label"])
            if found["kind"] == "meaning":
                scope_notes.append(
                    f"GDELT's event code list labels {code} \"{label}\"; the CAMEO 1.1b3 manual and the "
                    f"ICEWS list give \"{manual}\", whose meaning this scheme follows. The Goldstein score "
                    f"is the one GDELT's scale gives for the code.")
                label = manual
            elif manual and manual != label:
                alt_labels.append(manual)
                scope_notes.append(f"The CAMEO 1.1b3 manual words this code \"{manual}\".")
        quad = int(row["quad_class"])

        out.write(f"\ncameo:{code} a skos:Concept ;\n")
        out.write(f"    skos:inScheme <{SCHEME}> ;\n")
        out.write(f"    skos:notation {literal(code)} ;\n")
        out.write(f"    skos:prefLabel {literal(label)}@en ;\n")
        for alt in alt_labels:
            out.write(f"    skos:altLabel {literal(alt)}@en ;\n")
        for hidden in hidden_labels:
            out.write(f"    skos:hiddenLabel {literal(hidden)}@en ;\n")
        for note in scope_notes:
            out.write(f"    skos:scopeNote {literal(note)}@en ;\n")
        if parent(code) is None:
            out.write(f"    skos:topConceptOf <{SCHEME}> ;\n")
        else:
            out.write(f"    skos:broader cameo:{parent(code)} ;\n")
        out.write(f"    gp:goldsteinScore {literal(row['goldstein'])}^^xsd:decimal ;\n")
        out.write(f"    gp:quadClass {quad} .\n")


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    main(sys.stdout)
