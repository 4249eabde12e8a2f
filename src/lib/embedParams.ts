import type { Notice } from './urlState';

const THEME_SETTINGS = ['light', 'dark', 'auto'] as const;
export type ThemeSetting = (typeof THEME_SETTINGS)[number];

/** How the page presents itself, from parameters a newsroom sets once in its embed code. */
export interface Presentation {
  embed: boolean;
  /** Compact filters inside an embed. */
  controls: boolean;
  theme: ThemeSetting;
  transparent: boolean;
  /** pym.js's id for this frame, echoed in its height messages. */
  childId: string | null;
}

export const DEFAULT_PRESENTATION: Presentation = {
  embed: false,
  controls: false,
  theme: 'light',
  transparent: false,
  childId: null,
};

const FLAG_VALUES = ['1', '0', 'true', 'false'];
const CHILD_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Reads the presentation parameters; never throws, and names what it ignored. */
export function parsePresentation(search: string): { presentation: Presentation; notices: Notice[] } {
  const presentation = { ...DEFAULT_PRESENTATION };
  const notices: Notice[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { presentation, notices };
  }
  const flag = (key: 'embed' | 'controls' | 'transparent') => {
    const raw = params.get(key);
    if (raw === null) return;
    if (FLAG_VALUES.includes(raw)) presentation[key] = raw === '1' || raw === 'true';
    else notices.push({ kind: 'notOneOf', param: key, value: raw.slice(0, 40), expected: ['1', '0'] });
  };
  flag('embed');
  flag('controls');
  flag('transparent');
  const theme = params.get('theme');
  if (theme !== null) {
    if ((THEME_SETTINGS as readonly string[]).includes(theme)) presentation.theme = theme as ThemeSetting;
    else notices.push({ kind: 'notOneOf', param: 'theme', value: theme.slice(0, 40), expected: THEME_SETTINGS });
  }
  const childId = params.get('childId');
  if (childId !== null) {
    if (CHILD_ID.test(childId)) presentation.childId = childId;
    else notices.push({ kind: 'notAllowed', param: 'childId', value: childId.slice(0, 40), allowed: 'childId' });
  }
  return { presentation, notices };
}
