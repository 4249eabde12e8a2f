"""Compare the blind codings A and B of one batch: match positions by (source, party, issue),
report agreements and every disagreement, for resolution."""
import json, sys
from collections import defaultdict
SUB = ('stance', 'kind', 'basis')
def norm(p):
    return {**p, 'kind': p.get('kind') or 'demand', 'basis': p.get('basis') or 'stated', 'dateBasis': p.get('dateBasis') or 'statement'}
def load(path):
    d = json.load(open(path))
    return d, [norm(p) for p in d['positions']]
def compare(batch):
    da, A = load(f'/work/coding/A/{batch}.json')
    db, B = load(f'/work/coding/B/{batch}.json')
    ga, gb = defaultdict(list), defaultdict(list)
    for p in A: ga[(p['source'], p['party'], p['issue'])].append(p)
    for p in B: gb[(p['source'], p['party'], p['issue'])].append(p)
    rows = []
    for k in sorted(set(ga) | set(gb)):
        a, b = list(ga.get(k, [])), list(gb.get(k, []))
        # pair by closest date
        while a and b:
            pa = a.pop(0)
            pb = min(b, key=lambda x: (x['date'] != pa['date'], x['stance'] != pa['stance']))
            b.remove(pb)
            diffs = [f for f in SUB if pa[f] != pb[f]]
            minor = [f for f in ('date', 'attribution', 'actor', 'dateBasis') if pa.get(f) != pb.get(f)]
            rows.append(dict(key=k, a=pa, b=pb, diffs=diffs, minor=minor))
        for pa in a: rows.append(dict(key=k, a=pa, b=None, diffs=['only A'], minor=[]))
        for pb in b: rows.append(dict(key=k, a=None, b=pb, diffs=['only B'], minor=[]))
    return da, db, rows
if __name__ == '__main__':
    for batch in sys.argv[1:]:
        da, db, rows = compare(batch)
        agree = sum(1 for r in rows if not r['diffs'])
        print(f'== {batch}: A {len(da["positions"])}, B {len(db["positions"])}, matched-agree {agree}, disagreements {len(rows)-agree}')
        for r in rows:
            if not r['diffs'] and not r['minor']: continue
            s, party, issue = r['key']
            tag = ','.join(r['diffs'] + ['~' + m for m in r['minor']])
            print(f'-- {s} {party} {issue} [{tag}]')
            for lab, p in (('A', r['a']), ('B', r['b'])):
                if p: print(f'   {lab}: {p["id"]} {p["stance"]}/{p["kind"]}/{p["basis"]} {p["date"]}({p["dateBasis"]}) {p["attribution"]} actor={p["actor"]} | {p["summary"]} | cond={p.get("conditions")}')
