"""Write data/dataset.json: the existing positions (as recoded), plus the merged, resolved new codings."""
import json, re, sys
from collections import defaultdict
base = json.load(open('/work/coding/base-dataset.json'))  # snapshot of the dataset before the new codings
merged = json.load(open('/work/coding/merged.json'))
extra = json.load(open('/work/coding/extra.json'))  # curator's edits: removals, notes, translations, actors, issues, corrections
tr = json.load(open('/work/coding/translations.json')) if __import__('os').path.exists('/work/coding/translations.json') else {}
d = base
d['sources'] += [s for s in merged['sources'] if s['id'] not in {x['id'] for x in d['sources']}]
known = {a['id'] for a in d['actors']}
for a in merged['actors'] + extra.get('actors', []):
    if a['id'] not in known:
        d['actors'].append(a); known.add(a['id'])
for pid in extra.get('remove', []):
    d['positions'] = [p for p in d['positions'] if p['id'] != pid]
ids = {p['id'] for p in d['positions']}
FIELDS = ['id', 'party', 'actor', 'issue', 'stance', 'conditions', 'kind', 'basis', 'date', 'dateBasis', 'summary', 'quote', 'quoteLanguage', 'attribution', 'source', 'note', 'translations']
dups = []
new = []
for p in merged['positions']:
    p = {k: v for k, v in p.items() if not k.startswith('_')}
    for k in ('kind', 'basis', 'dateBasis'):
        if p.get(k) in (None, {'kind': 'demand', 'basis': 'stated', 'dateBasis': 'statement'}[k]): p.pop(k, None)
    for k in ('conditions', 'note'):
        if p.get(k) == '': p[k] = None
    dk = f"{p['source']}|{p['party']}|{p['issue']}"
    if dk in extra.get('drop', {}):
        dups.append((dk, extra['drop'][dk])); continue
    base_id = p['id']; n = 2
    while p['id'] in ids: p['id'] = f'{base_id}-{n}'; n += 1
    t = tr.get(p['id']) or p.get('translations')
    if t: p['translations'] = t
    else: p.pop('translations', None)
    ids.add(p['id'])
    new.append({k: p[k] for k in FIELDS if k in p})
for p in d['positions']:
    if p['id'] in tr: p['translations'] = {**p.get('translations', {}), **{l: {**p.get('translations', {}).get(l, {}), **v} for l, v in tr[p['id']].items()}}
    if p['id'] in extra.get('notes', {}): p['note'] = extra['notes'][p['id']]
    if p['id'] in extra.get('edit', {}): p.update(extra['edit'][p['id']])
    if p['id'] in extra.get('append', {}): p['note'] = ((p.get('note') or '') + ' ' + extra['append'][p['id']]).strip()
allp = d['positions'] + new
used = {p['source'] for p in allp}
for sid in extra.get('remove_sources', []):
    assert sid not in used, sid
d['sources'] = [s for s in d['sources'] if s['id'] not in extra.get('remove_sources', [])]
order = {id(p): i for i, p in enumerate(allp)}
allp.sort(key=lambda p: (p['date'], order[id(p)]))
d['positions'] = allp
d['corrections'] += extra.get('corrections', [])
m = extra.get('meta', {})
for k, v in m.items():
    if k == 'translations':
        for l, t in v.items(): d['meta'].setdefault('translations', {}).setdefault(l, {}).update(t)
    else: d['meta'][k] = v
OUTLETS = {
 'United Nations General Assembly (General Debate Corpus)': ('UN General Assembly', 'General Debate Corpus text'),
 'Office of the President of Ukraine (president.gov.ua)': ('Office of the President of Ukraine', None),
 'President of Ukraine (president.gov.ua)': ('Office of the President of Ukraine', None),
 'Swiss Federal Department of Foreign Affairs (eda.admin.ch)': ('Swiss Federal Department of Foreign Affairs', None),
 'European Pravda (eurointegration.com.ua)': ('European Pravda', None),
 'Euromaidan Press (empr.media)': ('Euromaidan Press', 'Published on its empr.media site'),
 'RFE/RL (mirror address)': ('RFE/RL', 'Read at a mirror address'),
}
import re as _re
for src in d['sources']:
    o = src['outlet']
    if o in OUTLETS: name, extra_note = OUTLETS[o]
    else:
        m = _re.match(r'^(.*?) \((.*)\)$', o)
        if not m or o.startswith('UK online outlet'): continue
        name, extra_note = m.group(1), m.group(2)
    src['outlet'] = name
    if extra_note and extra_note.lower() not in (src.get('note') or '').lower():
        src['note'] = (extra_note[0].upper() + extra_note[1:] + '. ' + (src.get('note') or '')).strip()
json.dump(d, open('/work/main/data/dataset.json', 'w'), ensure_ascii=False, indent=2)
open('/work/main/data/dataset.json', 'a').write('\n')
print('positions', len(d['positions']), 'sources', len(d['sources']), 'actors', len(d['actors']), 'dropped', len(dups))
