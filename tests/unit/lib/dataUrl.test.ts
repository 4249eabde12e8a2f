import { describe, expect, it } from 'vitest';
import { checkDataUrl } from '../../../src/lib/dataUrl';

const page = 'https://news.example.com/graphics/overlap/index.html?view=table';

describe('checkDataUrl', () => {
  it('allows a relative or same-origin dataset', () => {
    expect(checkDataUrl('data/other.json', page, [])).toEqual({
      ok: true,
      url: 'https://news.example.com/graphics/overlap/data/other.json',
    });
    expect(checkDataUrl('https://news.example.com/x.json', page, []).ok).toBe(true);
  });
  it('allows origins listed at build time', () => {
    expect(checkDataUrl('https://cdn.example.net/d.json', page, ['https://cdn.example.net']).ok).toBe(true);
  });
  it('refuses any other origin, naming it', () => {
    const r = checkDataUrl('https://evil.example.org/fake.json', page, ['https://cdn.example.net']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('https://evil.example.org');
  });
  it('refuses non-http schemes', () => {
    expect(checkDataUrl('data:application/json,{}', page, []).ok).toBe(false);
    expect(checkDataUrl('javascript:alert(1)', page, []).ok).toBe(false);
  });
});
