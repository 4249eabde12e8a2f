import { describe, expect, it } from 'vitest';
import { parsePresentation, type Presentation } from '../../../src/lib/embedParams';
import { en } from '../../../src/i18n/en';
import type { Notice } from '../../../src/core/notice';

/** A notice as the English page words it. */
const text = (n: Notice | undefined) => (n === undefined ? '' : en.notices.text(n));

/** The presentation of a plain, non-embedded page, restated here so a changed default fails a test. */
const DEFAULTS: Presentation = { embed: false, controls: false, theme: 'light', transparent: false, childId: null };

describe('parsePresentation', () => {
  it('gives the plain page when no presentation parameter is set', () => {
    expect(parsePresentation('')).toEqual({ presentation: DEFAULTS, notices: [] });
    expect(parsePresentation('?')).toEqual({ presentation: DEFAULTS, notices: [] });
  });

  it('ignores state and unknown parameters without a notice (they are not its business)', () => {
    expect(
      parsePresentation('?view=matrix&parties=ukraine,russia&data=https%3A%2F%2Fx.example%2Fd.json&foo=bar'),
    ).toEqual({
      presentation: DEFAULTS,
      notices: [],
    });
  });

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['false', false],
  ])('reads embed=%s as %s', (raw, expected) => {
    const { presentation, notices } = parsePresentation(`?embed=${raw}`);
    expect(presentation).toEqual({ ...DEFAULTS, embed: expected });
    expect(notices).toEqual([]);
  });

  it('reads controls and transparent the same way as embed', () => {
    expect(parsePresentation('?embed=1&controls=true&transparent=1')).toEqual({
      presentation: { ...DEFAULTS, embed: true, controls: true, transparent: true },
      notices: [],
    });
    expect(parsePresentation('?embed=true&controls=0&transparent=false').presentation).toEqual({
      ...DEFAULTS,
      embed: true,
    });
  });

  it('accepts the parameters with or without the leading "?"', () => {
    expect(parsePresentation('embed=1&theme=dark').presentation).toEqual({ ...DEFAULTS, embed: true, theme: 'dark' });
  });

  it.each(['yes', 'TRUE', '2', '', ' 1', 'on'])(
    'keeps the default for embed=%j and names the parameter in a notice',
    (raw) => {
      const { presentation, notices } = parsePresentation(`?embed=${encodeURIComponent(raw)}`);
      expect(presentation).toEqual(DEFAULTS);
      expect(notices).toHaveLength(1);
      expect(notices[0]?.param).toBe('embed');
      expect(text(notices[0])).toContain('embed');
    },
  );

  it('reports each bad flag separately and still applies the good ones', () => {
    const { presentation, notices } = parsePresentation('?embed=1&controls=maybe&transparent=yes&theme=dark');
    expect(presentation).toEqual({ ...DEFAULTS, embed: true, theme: 'dark' });
    expect(notices.map((n) => n.param)).toEqual(['controls', 'transparent']);
    expect(text(notices[0])).toContain('controls');
    expect(text(notices[1])).toContain('transparent');
  });

  it('keeps a bad value short in its notice', () => {
    const long = 'x'.repeat(1000);
    const { notices } = parsePresentation(`?embed=${long}`);
    expect(notices).toHaveLength(1);
    expect(text(notices[0]).length).toBeLessThan(200);
  });

  it.each(['light', 'dark', 'auto'] as const)('accepts theme=%s', (theme) => {
    expect(parsePresentation(`?theme=${theme}`)).toEqual({ presentation: { ...DEFAULTS, theme }, notices: [] });
  });

  it.each(['blue', 'Dark', 'DARK', '', 'light dark'])(
    'keeps the light theme for theme=%j, with a notice naming theme',
    (raw) => {
      const { presentation, notices } = parsePresentation(`?theme=${encodeURIComponent(raw)}`);
      expect(presentation.theme).toBe('light');
      expect(notices).toHaveLength(1);
      expect(notices[0]?.param).toBe('theme');
      expect(text(notices[0])).toContain('theme');
    },
  );

  it.each(['overlap-1', 'a', 'frame_2', 'ABCxyz-09_', 'x'.repeat(100)])('accepts childId=%s', (id) => {
    expect(parsePresentation(`?childId=${id}`)).toEqual({ presentation: { ...DEFAULTS, childId: id }, notices: [] });
  });

  it.each(['<script>', '"><img src=x>', 'a b', 'a.b', 'a/b', 'id:1', 'é', '', 'x'.repeat(101), 'a\nb'])(
    'refuses childId=%j with a notice naming childId',
    (id) => {
      const { presentation, notices } = parsePresentation(`?childId=${encodeURIComponent(id)}`);
      expect(presentation.childId).toBeNull();
      expect(notices).toHaveLength(1);
      expect(notices[0]?.param).toBe('childId');
    },
  );

  it('does not echo a refused childId into its notice', () => {
    const { notices } = parsePresentation(`?childId=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(text(notices[0])).not.toContain('<script>');
  });

  it('uses the first value when a parameter is repeated', () => {
    expect(parsePresentation('?theme=dark&theme=light&embed=1&embed=0').presentation).toEqual({
      ...DEFAULTS,
      embed: true,
      theme: 'dark',
    });
  });

  it.each([
    '%',
    '%%zz',
    '?embed=%E0%A4%A',
    '?theme=\uD800',
    '?childId=\u0000',
    '&&&===&',
    '?=1',
    `?${'embed=1&'.repeat(5000)}`,
    '#embed=1',
    '?embed=1#theme=dark',
    '?\u202Eembed=1',
  ])('never throws for %j, and always returns a complete presentation', (search) => {
    let result: ReturnType<typeof parsePresentation> | undefined;
    expect(() => {
      result = parsePresentation(search);
    }).not.toThrow();
    expect(Object.keys(result?.presentation ?? {}).sort()).toEqual([
      'childId',
      'controls',
      'embed',
      'theme',
      'transparent',
    ]);
    expect(['light', 'dark', 'auto']).toContain(result?.presentation.theme);
  });

  it('does not let one call leak into the next (the defaults are not mutated)', () => {
    parsePresentation('?embed=1&theme=dark&childId=abc&controls=1&transparent=1');
    expect(parsePresentation('').presentation).toEqual(DEFAULTS);
  });
});
