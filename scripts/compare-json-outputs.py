"""Compares two folders written by scripts/json-outputs.sh (before and after a change), cell by
cell, treating a formatted string and the same typed number as equal and "<5"/"off"/"–" as the
new JSON's null with its state. Prints every difference and a count.
Usage: python3 scripts/compare-json-outputs.py OLD_DIR NEW_DIR"""
import json, os, sys
def norm_old(v):
    if isinstance(v, str):
        if v in ("–", ""): return None
        if v == "<5": return "SUPPRESSED"
        if v == "off": return "OFF"
        if v.startswith("1 in "): return float(v[5:].replace(",",""))
        try: return float(v.replace(",", "").replace("£",""))
        except: return v
    if isinstance(v,(int,float)): return float(v)
    return v
def norm_new(v, det):
    if v is None:
        st = (det or {}).get("state")
        return {"suppressed":"SUPPRESSED","off":"OFF"}.get(st, None)
    if isinstance(v,str):
        if v == "": return None
        if v == "off": return "OFF"
        if v.startswith("1 in "): return float(v[5:].replace(",",""))
        try: return float(v.replace(",", ""))
        except: return v
    if isinstance(v,(int,float)): return float(v)
    return v
def rows(obj):
    if "rows" in obj: return obj["rows"]
    return None
total=0; diffs=0
OLD, NEW = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(OLD)):
    if not f.endswith(".json"): continue
    o=json.load(open(os.path.join(OLD, f))); n=json.load(open(os.path.join(NEW, f)))
    ro, rn = rows(o), rows(n)
    if ro is None:
        if o != n: print(f, "payload differs"); diffs+=1
        continue
    if len(ro)!=len(rn): print(f,"row count",len(ro),len(rn)); diffs+=1; continue
    for i,(a,b) in enumerate(zip(ro,rn)):
        det=b.get("details",{})
        for k in a:
            total+=1
            x=norm_old(a[k]); y=norm_new(b.get(k), det.get(k))
            if x!=y:
                diffs+=1
                if diffs<40: print(f, i, k, repr(a[k]), "->", repr(b.get(k)), det.get(k,{}).get("reason","")[:60])
    if o.get("notes") != n.get("notes"):
        on=set(o.get("notes",[])); nn=set(n.get("notes",[]))
        print(f, "notes only old:", [x[:90] for x in on-nn][:3], "only new:", [x[:90] for x in nn-on][:3])
print("cells compared", total, "differences", diffs)
