#!/usr/bin/env python3
"""Builds regions/<slug>/local-authorities.csv for the four founding SMPs from the
ONS files in ../shared/data (or its copy in Sources/PublishedStatistics/Resources/data).

Region membership: ONS LAD18 -> RGN18 lookup. Populations: ONS mid-2019 estimates
(April 2019 codes), districts from the ltla19 file, counties from the utla19 file.
LAs created since April 2019 get the sum of their 2019 predecessors; the successor
table is the one in Sources/PartnershipCore/Geography/BoundaryChanges.swift, and
the test `BoundaryChangeTests` re-checks every figure this script writes.

County -> district parents are the statutory two-tier structure; the tests prove
each county's districts sum to the county's ONS population.

Dispersal participation is only marked where a seed document names the LA.
Run: python3 scripts/build_local_authorities.py ../shared/data regions
"""
import csv, sys, os

data, out = sys.argv[1], sys.argv[2]

# successor code -> (name, effective date, predecessor 2019 district codes)
SUCCESSORS = {
    "E06000060": ("Buckinghamshire", "2020-04-01", ["E07000004", "E07000005", "E07000006", "E07000007"]),
    "E06000061": ("North Northamptonshire", "2021-04-01", ["E07000150", "E07000152", "E07000153", "E07000156"]),
    "E06000062": ("West Northamptonshire", "2021-04-01", ["E07000151", "E07000154", "E07000155"]),
    "E06000063": ("Cumberland", "2023-04-01", ["E07000026", "E07000028", "E07000029"]),
    "E06000064": ("Westmorland and Furness", "2023-04-01", ["E07000027", "E07000030", "E07000031"]),
    "E06000065": ("North Yorkshire", "2023-04-01", ["E07000163", "E07000164", "E07000165", "E07000166", "E07000167", "E07000168", "E07000169"]),
    "E06000066": ("Somerset", "2023-04-01", ["E07000187", "E07000188", "E07000189", "E07000246"]),
}
# 2019 codes absent from the Dec 2018 region lookup -> a predecessor that is in it
APRIL_2019 = {"E06000058": "E06000028", "E06000059": "E07000049", "E07000246": "E07000190",
              "E07000244": "E07000205", "E07000245": "E07000201"}
ABOLISHED_COUNTIES = {"E10000002", "E10000021", "E10000027", "E10000023", "E10000006", "E10000009"}

COUNTIES = {
    "E10000008": ["E07000040", "E07000041", "E07000042", "E07000043", "E07000044", "E07000045", "E07000046", "E07000047"],
    "E10000013": ["E07000078", "E07000079", "E07000080", "E07000081", "E07000082", "E07000083"],
    "E10000011": ["E07000061", "E07000062", "E07000063", "E07000064", "E07000065"],
    "E10000014": ["E07000084", "E07000085", "E07000086", "E07000087", "E07000088", "E07000089", "E07000090", "E07000091", "E07000092", "E07000093", "E07000094"],
    "E10000016": ["E07000105", "E07000106", "E07000107", "E07000108", "E07000109", "E07000110", "E07000111", "E07000112", "E07000113", "E07000114", "E07000115", "E07000116"],
    "E10000025": ["E07000177", "E07000178", "E07000179", "E07000180", "E07000181"],
    "E10000030": ["E07000207", "E07000208", "E07000209", "E07000210", "E07000211", "E07000212", "E07000213", "E07000214", "E07000215", "E07000216", "E07000217"],
    "E10000032": ["E07000223", "E07000224", "E07000225", "E07000226", "E07000227", "E07000228", "E07000229"],
    "E10000007": ["E07000032", "E07000033", "E07000034", "E07000035", "E07000036", "E07000037", "E07000038", "E07000039"],
    "E10000018": ["E07000129", "E07000130", "E07000131", "E07000132", "E07000133", "E07000134", "E07000135"],
    "E10000019": ["E07000136", "E07000137", "E07000138", "E07000139", "E07000140", "E07000141", "E07000142"],
    "E10000024": ["E07000170", "E07000171", "E07000172", "E07000173", "E07000174", "E07000175", "E07000176"],
}
PARENT = {d: c for c, ds in COUNTIES.items() for d in ds}

SEED_004 = "seed 004_43e99c5dbd3a43a6.txt (EMSMP Business Plan 2018/19, 30 Apr 2018)"
SEED_003 = "seed 003_c2f45e3247c2ab33.txt (NEMP overview, 10 Apr 2017)"
DISPERSAL = {
    # EM 2018/19 plan s2.3: main cluster areas Derby, Leicester, Nottingham; new areas Broxtowe, Gedling, Oadby and Wigston
    "E06000015": SEED_004, "E06000016": SEED_004, "E06000018": SEED_004,
    "E07000172": SEED_004, "E07000173": SEED_004, "E07000135": SEED_004,
    # NEMP 2017: Middlesbrough and Stockton (existing clusters), Northumberland and Darlington (started taking asylum numbers)
    "E06000002": SEED_003, "E06000004": SEED_003, "E06000057": SEED_003, "E06000005": SEED_003,
}
REGIONS = {"E12000001": "north-east", "E12000004": "east-midlands", "E12000008": "south-east", "E12000009": "south-west"}

def read_mye(path, code_col, name_col):
    rows = {}
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            rows[r[code_col]] = (r[name_col], int(r["total_population"]), sum(int(r[str(a)]) for a in range(18)))
    return rows

ltla = read_mye(os.path.join(data, "ons-mye2019-persons-single-year-of-age-ltla19.csv"), "ltla19_code", "ltla19_name")
utla = read_mye(os.path.join(data, "ons-mye2019-persons-single-year-of-age-utla19.csv"), "utla19_code", "utla19_name")
region_of = {}
with open(os.path.join(data, "ons-lad18-rgn18-lookup-england.csv"), newline="") as f:
    for r in csv.DictReader(f):
        region_of[r["LAD18CD"]] = r["RGN18CD"]
for new, old in APRIL_2019.items():
    region_of[new] = region_of[old]

replaced = {p for _, _, ps in SUCCESSORS.values() for p in ps}
VINTAGE_2019 = "ONS MYE 2019"
VINTAGE_AGG = "ONS MYE 2019, aggregated to 2023 boundaries"
SOURCE = "ONS mid-2019 population estimates (MYE2 persons), April 2019 codes; Sources/PublishedStatistics/Resources/data/ons-mye2019-persons-single-year-of-age-ltla19.csv"
SOURCE_UTLA = "ONS mid-2019 population estimates (MYE2 persons), April 2019 codes; Sources/PublishedStatistics/Resources/data/ons-mye2019-persons-single-year-of-age-utla19.csv"

def tier(code):
    return {"E06": "unitary", "E07": "district", "E08": "metropolitan", "E09": "london", "E10": "county"}[code[:3]]

by_region = {slug: [] for slug in REGIONS.values()}
for code, (name, pop, kids) in ltla.items():
    if not code.startswith("E") or code in replaced:
        continue
    slug = REGIONS.get(region_of.get(code))
    if slug:
        by_region[slug].append((code, name, tier(code), PARENT.get(code, ""), pop, kids, VINTAGE_2019, SOURCE))
for code, (name, date, preds) in SUCCESSORS.items():
    slug = REGIONS.get(region_of.get(preds[0]) if preds[0] in region_of else region_of.get(APRIL_2019.get(preds[-1], preds[-1])))
    if preds[-1] == "E07000246":
        slug = "south-west"
    if slug:
        pop = sum(ltla[p][1] for p in preds); kids = sum(ltla[p][2] for p in preds)
        by_region[slug].append((code, name, "unitary", "", pop, kids, VINTAGE_AGG, SOURCE + f"; sum of {' + '.join(preds)} (successor from {date})"))
for code, (name, pop, kids) in utla.items():
    if code.startswith("E10") and code not in ABOLISHED_COUNTIES:
        slug = REGIONS.get(region_of.get(COUNTIES[code][0])) if code in COUNTIES else None
        if slug:
            by_region[slug].append((code, name, "county", "", pop, kids, VINTAGE_2019, SOURCE_UTLA))

HEADER = ["ons_code", "name", "tier", "parent_code", "sub_region", "population", "child_population",
          "population_vintage", "population_source", "dispersal", "dispersal_source"]
for slug, rows in by_region.items():
    rows.sort(key=lambda r: ({"county": 0, "unitary": 1, "metropolitan": 1, "london": 1, "district": 2}[r[2]], r[3], r[1]))
    os.makedirs(os.path.join(out, slug), exist_ok=True)
    with open(os.path.join(out, slug, "local-authorities.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for code, name, t, parent, pop, kids, vintage, source in rows:
            if t == "county":
                dispersal, dsource = "n/a", ""
            elif code in DISPERSAL:
                dispersal, dsource = "participating", DISPERSAL[code]
            else:
                dispersal, dsource = "unknown", ""
            w.writerow([code, name, t, parent, "", pop, kids, vintage, source, dispersal, dsource])
    print(slug, len(rows), "LAs,", sum(r[4] for r in rows if r[2] != "county"), "residents")
