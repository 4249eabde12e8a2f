"""Build the final positions from A, B and the resolutions; print the tally per source; write merged.json."""
import json, sys, os
from collections import defaultdict, OrderedDict
sys.path.insert(0, '/work/coding')
from compare import compare, norm
BATCHES = [b for b in sys.argv[1:]]
SUB = ('stance', 'kind', 'basis')
out_sources, out_actors, out_positions, tally, pending = [], OrderedDict(), [], [], []
for batch in BATCHES:
    da, db, rows = compare(batch)
    rpath = f'/work/coding/R/{batch}.json'
    res = {tuple(d['key']) + (d.get('n', 0),): d for d in json.load(open(rpath))['decisions']} if os.path.exists(rpath) else {}
    seen = defaultdict(int)
    per = defaultdict(lambda: dict(agreed=0, resolved=0, changed=0, final=0))
    for s in da['sources']: per[s['id']]
    for r in rows:
        k = r['key']; n = seen[k]; seen[k] += 1
        src = k[0]
        d0 = res.get(k + (n,))
        if not r['diffs']:
            per[src]['agreed'] += 1; final = r['a']
            if d0 and d0.get('patch'): final = {**final, **d0['patch']}
            if d0 and d0.get('choice') == 'none': final = None  # the same statement is coded from another report
        else:
            d = res.get(k + (n,))
            if d is None:
                pending.append((batch, k, n, r)); final = r['a']
            else:
                c = d['choice']
                final = {'A': r['a'], 'B': r['b'], 'none': None, 'edit': d.get('position')}[c]
                if c == 'B' and final is not None: final = {**final, 'translations': None}
                a = r['a']
                same = (final is None and a is None) or (final is not None and a is not None and all(final[f] == a[f] for f in SUB) and final['issue'] == a['issue'])
                per[src]['resolved' if (same or d.get('dup')) else 'changed'] += 1
                if final is not None and a is not None and final is not a and not same: final = {**final, 'id': final.get('id') or a['id']}
                if final is not None and d.get('patch'): final = {**final, **d['patch']}
                if final is not None and d.get('patch', {}).get('summary') and not d['patch'].get('translations'): final = {**final, 'translations': None}
        if final is not None:
            out_positions.append({**final, '_batch': batch}); per[src]['final'] += 1
    for s in da['sources']: out_sources.append(s)
    for a in da.get('actors', []) + db.get('actors', []):
        out_actors.setdefault(a['id'], a)
    for s, t in per.items(): tally.append(dict(batch=batch, source=s, **t))
json.dump(dict(sources=out_sources, actors=list(out_actors.values()), positions=out_positions, tally=tally), open('/work/coding/merged.json', 'w'), ensure_ascii=False, indent=1)
tot = defaultdict(int)
for t in tally:
    for f in ('agreed', 'resolved', 'changed', 'final'): tot[f] += t[f]
print(dict(tot), 'pending', len(pending))
for p in pending: print('PENDING', p[0], p[1], p[2])
