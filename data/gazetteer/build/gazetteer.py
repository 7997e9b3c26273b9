#!/usr/bin/env python3
"""Rebuild newsgraph's gazetteer (data/gazetteer/*.ttl) from the sourced tables and the curated inputs.

Usage: python3 data/gazetteer/build/gazetteer.py SHARED_DATA_DIR [OUT_DIR]

SHARED_DATA_DIR holds countries.tsv and organisations.tsv (see its SOURCES.md); the curated inputs
(aliases.tsv, collective-actors.tsv, titles.tsv, people.tsv, sources.tsv) sit beside this script.
OUT_DIR defaults to the folder above this script. Output is deterministic: subjects, predicates and
objects are written in a fixed, sorted order, so a rebuild from the same inputs is byte-identical.

IRIs are written relative (<id/country/russia>) and the files carry no @base: they resolve against
the deployment's base when parsed. Python 3 standard library only.
"""

import csv
import re
import sys
import unicodedata
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent

PREFIXES = [
    ("schema", "http://schema.org/"),
    ("gp", "https://w3id.org/newsgraph/geopol#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("wd", "http://www.wikidata.org/entity/"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
]

# Predicates in the order a reader expects them; anything else sorts after these.
PREDICATE_ORDER = [
    "a", "schema:name", "skos:prefLabel", "gp:officialName", "gp:shortName", "skos:altLabel",
    "gp:contextualAlias", "gp:demonym", "gp:iso2", "gp:iso3", "gp:cameoActorCode", "gp:subregion", "schema:sameAs",
    "schema:latitude", "schema:longitude", "gp:capital", "schema:containedInPlace", "gp:rank",
    "skos:scopeNote", "gp:holdsPosition", "schema:roleName", "gp:title", "gp:jurisdiction",
    "schema:startDate", "schema:endDate", "gp:current",
]

QID = re.compile(r"^Q[1-9][0-9]*$")
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
RANKS = {"head-of-state", "head-of-government", "minister", "diplomat", "other"}


def slug(name):
    """The same slug as org.newsgraph.vocab.UriSpace.slug (accents folded, non-alphanumerics to one hyphen)."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    for a, b in (("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("đ", "d"), ("ł", "l"), ("Ł", "L")):
        folded = folded.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if len(s) > 80:
        cut = s.rfind("-", 0, 81)
        s = s[:cut] if cut > 40 else s[:80]
    return s or "x"


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def split(cell, sep="|"):
    return [v.strip() for v in cell.split(sep) if v.strip()] if cell else []


def lit(text, lang="en"):
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"')
               .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def plain(text):
    return lit(text, lang=None)


def decimal(text):
    value = str(Decimal(text))
    return value if "." in value else value + ".0"


def typed(text, datatype):
    return f'"{text}"^^{datatype}'


def wd(qid, where):
    if not QID.match(qid):
        raise ValueError(f"{where}: '{qid}' is not a Wikidata item identifier")
    return f"wd:{qid}"


class Graph:
    """Subject -> predicate -> set of objects, written as sorted Turtle."""

    def __init__(self):
        self.subjects = {}

    def add(self, subject, predicate, obj):
        self.subjects.setdefault(subject, {}).setdefault(predicate, set()).add(obj)

    def has(self, subject):
        return subject in self.subjects

    def turtle(self, header):
        out = [f"# {line}".rstrip() for line in header]
        out.append("")
        out.extend(f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES)
        for subject in sorted(self.subjects):
            preds = self.subjects[subject]
            ordered = sorted(preds, key=lambda p: (PREDICATE_ORDER.index(p) if p in PREDICATE_ORDER
                                                   else len(PREDICATE_ORDER), p))
            out.append("")
            lines = [f"    {p} {' , '.join(sorted(preds[p]))}" for p in ordered]
            out.append(subject)
            out.append(" ;\n".join(lines) + " .")
        return "\n".join(out) + "\n"


def iri(kind, s):
    return f"<id/{kind}/{s}>"


def load_aliases():
    aliases = {}
    for row in read_tsv(HERE / "aliases.tsv"):
        if row["property"] not in ("altLabel", "contextualAlias", "demonym"):
            raise ValueError(f"aliases.tsv: unknown property {row['property']}")
        if not row["source"].strip():
            raise ValueError(f"aliases.tsv: '{row['label']}' has no source")
        aliases.setdefault(row["target"], []).append((row["property"], row["label"]))
    return aliases


def countries(data_dir, aliases):
    rows = read_tsv(data_dir / "countries.tsv")
    g = Graph()
    country_slugs = {}
    city_slug_count = {}
    for row in rows:
        if row["capital"]:
            s = slug(row["capital"])
            city_slug_count[s] = city_slug_count.get(s, 0) + 1
    disambiguated = []
    used = set()
    for row in rows:
        name = row["name_common"]
        cs = slug(name)
        if cs in used:
            raise ValueError(f"country slug collision: {cs}")
        used.add(cs)
        country_slugs[row["cca2"]] = cs
        c = iri("country", cs)
        g.add(c, "a", "schema:Country")
        g.add(c, "schema:name", lit(name))
        labels = set(split(row["alt_names"]))
        if row["name_official"]:
            g.add(c, "gp:officialName", lit(row["name_official"]))
            labels.add(row["name_official"])
        for prop, label in aliases.pop(f"country:{row['cca2']}", []):
            if prop == "altLabel":
                labels.add(label)
            elif prop == "contextualAlias":
                g.add(c, "gp:contextualAlias", lit(label))
            else:
                g.add(c, "gp:demonym", lit(label))
        for label in labels - {name}:
            g.add(c, "skos:altLabel", lit(label))
        for demonym in split(row["demonym"], ","):
            g.add(c, "gp:demonym", lit(demonym))
        g.add(c, "gp:iso2", plain(row["cca2"]))
        g.add(c, "gp:iso3", plain(row["cca3"]))
        g.add(c, "gp:cameoActorCode", plain(row["cca3"]))
        if row["subregion"]:
            g.add(c, "gp:subregion", plain(row["subregion"]))
        if row["wikidata_country"]:
            g.add(c, "schema:sameAs", wd(row["wikidata_country"], f"countries.tsv {row['cca2']}"))
        if row["lat"] and row["lon"]:
            g.add(c, "schema:latitude", decimal(row["lat"]))
            g.add(c, "schema:longitude", decimal(row["lon"]))
        if row["capital"]:
            ps = slug(row["capital"])
            if city_slug_count[ps] > 1:
                # Two capitals share a name (Kingston): neither may claim the bare slug.
                ps = f"{ps}-{cs}"
                disambiguated.append(f"{row['capital']} ({name}) -> id/place/{ps}")
            p = iri("place", ps)
            if g.has(p):
                raise ValueError(f"city slug collision: {ps}")
            g.add(c, "gp:capital", p)
            g.add(p, "a", "schema:City")
            g.add(p, "schema:name", lit(row["capital"]))
            g.add(p, "schema:containedInPlace", c)
            for prop, label in aliases.pop(f"capital:{row['cca2']}", []):
                if prop == "demonym":
                    raise ValueError(f"aliases.tsv: a capital takes altLabel or contextualAlias, not {prop} ('{label}')")
                g.add(p, "skos:altLabel" if prop == "altLabel" else "gp:contextualAlias", lit(label))
            if row["wikidata_capital"]:
                g.add(p, "schema:sameAs", wd(row["wikidata_capital"], f"countries.tsv {row['cca2']} capital"))
    return g, country_slugs, sorted(disambiguated)


def organisations(data_dir, aliases):
    g = Graph()
    slugs = set()
    for row in read_tsv(data_dir / "organisations.tsv"):
        s = slug(row["name"])
        o = iri("org", s)
        slugs.add(s)
        g.add(o, "a", "schema:Organization")
        g.add(o, "schema:name", lit(row["name"]))
        if row["acronym"]:
            g.add(o, "skos:altLabel", lit(row["acronym"]))
        if row["wikidata"]:
            g.add(o, "schema:sameAs", wd(row["wikidata"], f"organisations.tsv {row['name']}"))
        for prop, label in aliases.pop(f"org:{s}", []):
            g.add(o, "skos:altLabel" if prop == "altLabel" else f"gp:{prop}", lit(label))
    for row in read_tsv(HERE / "collective-actors.tsv"):
        s = row["slug"]
        o = iri("org", s)
        slugs.add(s)
        g.add(o, "a", "schema:Organization")
        g.add(o, "a", "gp:CollectiveActor")
        g.add(o, "schema:name", lit(row["name"]))
        for label in split(row["alt_labels"]):
            if label.lower() == "west":
                raise ValueError("a bare 'West' label would link 'west coast'")
            g.add(o, "skos:altLabel", lit(label))
        for demonym in split(row["demonyms"]):
            g.add(o, "gp:demonym", lit(demonym))
        g.add(o, "skos:scopeNote", lit(row["note"]))
    return g, slugs


def titles():
    g = Graph()
    slugs = set()
    for row in read_tsv(HERE / "titles.tsv"):
        if row["rank"] not in RANKS:
            raise ValueError(f"titles.tsv: {row['slug']} has rank {row['rank']}")
        t = iri("title", row["slug"])
        slugs.add(row["slug"])
        g.add(t, "a", "skos:Concept")
        g.add(t, "a", "gp:Title")
        g.add(t, "skos:prefLabel", lit(row["label"]))
        for label in split(row["alt_labels"]):
            if label != row["label"]:
                g.add(t, "skos:altLabel", lit(label))
        g.add(t, "gp:rank", plain(row["rank"]))
        if row["note"]:
            g.add(t, "skos:scopeNote", lit(row["note"]))
    return g, slugs


def people(country_slugs, org_slugs, title_slugs, source_keys):
    g = Graph()
    persons = {}
    positions = set()
    dated = {}
    for n, row in enumerate(read_tsv(HERE / "people.tsv"), start=2):
        where = f"people.tsv line {n}"
        keys = split(row["source"], ";")
        unknown = [k for k in keys if k not in source_keys]
        if unknown:
            raise ValueError(f"{where}: unknown source keys {unknown}")
        ps = slug(row["name"])
        identity = (row["short_name"], row["alt_labels"], row["wikidata"])
        if persons.setdefault(ps, identity) != identity:
            raise ValueError(f"{where}: {row['name']} differs from its earlier rows")
        p = iri("person", ps)
        g.add(p, "a", "schema:Person")
        g.add(p, "schema:name", lit(row["name"]))
        for short in split(row["short_name"]):
            g.add(p, "gp:shortName", lit(short))
        for label in split(row["alt_labels"]):
            g.add(p, "skos:altLabel", lit(label))
        if row["wikidata"]:
            if "contract" not in keys:
                raise ValueError(f"{where}: a QID needs a named source")
            g.add(p, "schema:sameAs", wd(row["wikidata"], where))
        if row["title"] not in title_slugs:
            raise ValueError(f"{where}: unknown title {row['title']}")
        role = slug(row["role_name"])
        j = row["jurisdiction"]
        if j.startswith("org:"):
            if j[4:] not in org_slugs:
                raise ValueError(f"{where}: unknown organisation {j}")
            # An organisation's role name already names the body ("President of the European Commission").
            jurisdiction = iri("org", j[4:])
            pos_slug = f"{ps}-{role}"
        else:
            if j not in country_slugs:
                raise ValueError(f"{where}: unknown country {j}")
            jurisdiction = iri("country", country_slugs[j])
            pos_slug = f"{ps}-{role}-of-{country_slugs[j]}"
        if pos_slug in positions:
            raise ValueError(f"{where}: position {pos_slug} twice")
        positions.add(pos_slug)
        pos = iri("position", pos_slug)
        g.add(p, "gp:holdsPosition", pos)
        g.add(pos, "a", "gp:PositionHolding")
        g.add(pos, "schema:roleName", lit(row["role_name"]))
        g.add(pos, "gp:title", iri("title", row["title"]))
        g.add(pos, "gp:jurisdiction", jurisdiction)
        date_keys = [k for k in keys if k not in ("contract", "curated")]
        for column, predicate in (("start_date", "schema:startDate"), ("end_date", "schema:endDate")):
            if row[column]:
                if not DATE.match(row[column]) or not date_keys:
                    raise ValueError(f"{where}: {column} needs an ISO date and a named source")
                g.add(pos, predicate, typed(row[column], "xsd:date"))
        if row["current"] not in ("yes", "no"):
            raise ValueError(f"{where}: current must be yes or no")
        if row["end_date"] and row["current"] == "yes":
            raise ValueError(f"{where}: an ended position cannot be current")
        g.add(pos, "gp:current", "true" if row["current"] == "yes" else "false")
        for k in date_keys:
            dated.setdefault(k, []).append(pos_slug)
    return g, len(persons), len(positions), dated


def wrap(text, width=100, indent=""):
    words, lines, line = text.split(), [], indent
    for w in words:
        if len(line) + len(w) + 1 > width and line.strip():
            lines.append(line.rstrip())
            line = indent + "  "
        line += w + " "
    lines.append(line.rstrip())
    return lines


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write(__doc__)
        return 2
    data_dir = Path(argv[1])
    out_dir = Path(argv[2]) if len(argv) == 3 else HERE.parent
    aliases = load_aliases()
    sources = {r["key"]: r["source"] for r in read_tsv(HERE / "sources.tsv")}

    cg, country_slugs, disambiguated = countries(data_dir, aliases)
    og, org_slugs = organisations(data_dir, aliases)
    if aliases:
        raise ValueError(f"aliases.tsv targets nothing: {sorted(aliases)}")
    tg, title_slugs = titles()
    pg, n_people, n_positions, dated = people(country_slugs, org_slugs, title_slugs, sources)

    regen = "Generated by data/gazetteer/build/gazetteer.py from the inputs named here; edit those, not this file."
    world_countries = [
        "Contains information from world-countries 5.1.0 (npm package world-countries, upstream",
        "mledoze/countries, https://github.com/mledoze/countries), which is made available under the Open",
        "Database License (ODbL) v1.0: http://opendatacommons.org/licenses/odbl/1.0/ (full text in",
        "LICENSE-world-countries-ODbL.txt beside this file). Any rights in individual contents of the",
        "database are licensed under the Database Contents License. This file is a derived database of",
        "world-countries: it is available under the ODbL 1.0 as well (attribution and share-alike apply).",
    ]
    country_header = [
        "newsgraph gazetteer: countries and their capitals (schema:Country, schema:City).",
        regen,
        "",
        "Source: /work/shared/data/countries.tsv (see its SOURCES.md), one schema:Country per row (250).",
        *world_countries,
        "Wikidata identifiers: country QIDs from Our World in Data (owid/owid-grapher CountriesRegions.ts at",
        "commit c7402d12, MIT) and Natural Earth (ne_10m_admin_0_countries WIKIDATAID, public domain, via",
        "Raysphere24/NaturalEarthCsvTsv at 7cc9ef2b); capital QIDs from Natural Earth ne_50m_populated_places.",
        "Wikidata itself is CC0. Identifiers come from 2022 snapshots, not checked against live Wikidata.",
        "Gibraltar, Singapore and Vatican City carry the same QID as country and as capital (SOURCES.md).",
        "",
        "Slugs: UriSpace-style slug of name_common (lower-case ASCII, accents folded, non-alphanumerics to",
        "one hyphen). Capitals that share a name get the country slug appended:",
        *[f"  {d}" for d in disambiguated],
        "schema:latitude/longitude are the country's reference point from world-countries, not the capital's.",
        "",
        "gp:cameoActorCode: CAMEO codes countries by ISO 3166-1 alpha-3 (CAMEO manual 1.1b3; GDELT's",
        "CAMEO.country.txt), so every country carries its iso3 code here. Where CAMEO's country list may",
        "differ from ISO alpha-3 nothing was changed: no source naming such a difference was at hand.",
        "",
        "Aliases added to world-countries' names (data/gazetteer/build/aliases.tsv, each with its basis):",
        "news usage such as U.S., USA, Britain, U.K., PRC, Turkey, Cote d'Ivoire; and the demonym Saudi.",
        "gp:contextualAlias marks a name that news uses but that is ambiguous on its own (\"America\" is",
        "also the continents): a linker must require supporting context (another mention of the country,",
        "an American title) before linking it, and must not treat it as a skos:altLabel.",
        "world-countries' own alt names are kept as given; some are ambiguous in news text (Republic of",
        "the Congo's \"Congo\", North Macedonia's \"Macedonia\"): a linker should prefer longer matches.",
        "They are in several languages (Nippon, Česká republika) yet tagged @en like every label here,",
        "because English text is what the linker reads: the tag means \"usable in English text\".",
    ]
    org_header = [
        "newsgraph gazetteer: international organisations and collective actors.",
        regen,
        "",
        "Organisations: /work/shared/data/organisations.tsv, one schema:Organization per row (19), from",
        "confirmordeny/supraverden data/general_list.yaml at commit 59ab4fa0 (CC BY-SA 4.0: this part",
        "is shared alike under CC BY-SA 4.0); its QIDs are Wikidata's (CC0). G7, G20 and BRICS have no",
        "sourced QID and carry none. The acronym is a skos:altLabel as the source gives it (some are",
        "ambiguous in news text: ICC, AU, WB, COE; a linker should weigh context before linking them).",
        "Added aliases (aliases.tsv): U.N., North Atlantic Treaty Organization, Group of Seven, G-7,",
        "Group of 20/Twenty, G-20, SCO, League of Arab States, Gulf Cooperation Council.",
        "",
        "Collective actors (gp:CollectiveActor, from collective-actors.tsv, hand-written for newsgraph):",
        "\"the West\" and \"the international community\". Their labels keep the article or a plural",
        "(\"Western countries\"); there is deliberately no bare \"West\" label, so that \"west coast\" or",
        "\"West Bank\" are not linked to the West. The demonym \"Western\" is meant capitalised",
        "(\"Western sanctions\").",
    ]
    title_header = [
        "newsgraph gazetteer: titles of office (skos:Concept, gp:Title) for patterns such as",
        "\"Russian President\" or \"Foreign Minister\".",
        regen,
        "",
        "Source: data/gazetteer/build/titles.tsv, hand-written for newsgraph (no third-party source).",
        "gp:rank is one of head-of-state, head-of-government, minister, diplomat, other.",
        "Some labels name different offices in different countries (\"Secretary of State\" is the US",
        "foreign minister but any UK cabinet secretary); skos:scopeNote says where.",
    ]
    date_lines = []
    for key in sorted(dated):
        date_lines += wrap(f"[{key}] {sources[key]}", indent="  ")
        date_lines += wrap("used for: " + ", ".join(sorted(dated[key])), indent="    ")
    people_header = [
        "newsgraph gazetteer: office-holders of the larger powers, the UN, NATO and the EU, and the heads",
        "of state and government (some foreign ministers too) of the G20, the EU member states and other",
        "countries often in geopolitical news, as they stood in 2023-2025 (schema:Person, gp:PositionHolding).",
        regen,
        "",
        "Source: data/gazetteer/build/people.tsv, curated by hand for newsgraph. Basis, honestly: names,",
        "offices and whether an office is still held are the compiler's knowledge of public news coverage",
        "up to about late 2025 (checked on 2026-11-28 against that knowledge only, not against a live",
        "source): offices that changed hands after that are not reflected. Only people and offices the",
        "compiler was confident of are listed; some later ministers (e.g. Japan's after October 2025,",
        "North Korea's defence minister) are left out rather than guessed.",
        "gp:current true|false says whether the holding was current at that check. schema:startDate and",
        "schema:endDate are given ONLY where a named source gave the date; otherwise they are absent",
        "(an absent end date with gp:current false means \"ended, date not sourced\").",
        "Korean and Chinese names are written family name first; gp:shortName is the name news uses",
        "alone (Kim, Xi, Lee); a person may have several (Lukashenko, Lukashenka), and where news uses a",
        "given name alone it is that (Anwar, Prabowo, Abiy). Gulf royals have no gp:shortName: news uses no",
        "single name for them. A short name that is a common word or another person's name is left out.",
        "",
        "Wikidata QIDs: only Vladimir Putin wd:Q7747 and Kim Jong Un wd:Q56226, as given in the contract",
        "and DESIGN.md section 4 (read from their Wikidata entries). No other QID is given: none was",
        "taken from memory.",
        "Positions: <id/position/{person}-{role}-of-{country}>, or <id/position/{person}-{role}> where the",
        "jurisdiction is an organisation whose name the role already carries.",
        "",
        "Sources of dates:",
        *date_lines,
    ]
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, graph, header in (("countries.ttl", cg, country_header),
                                ("organisations.ttl", og, org_header),
                                ("titles.ttl", tg, title_header),
                                ("people.ttl", pg, people_header)):
        (out_dir / name).write_text(graph.turtle(header), encoding="utf-8")
    cities = sum(1 for s in cg.subjects if s.startswith("<id/place/"))
    print(f"countries {len(country_slugs)}, cities {cities}, organisations {len(og.subjects)}, "
          f"titles {len(tg.subjects)}, people {n_people}, positions {n_positions}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
