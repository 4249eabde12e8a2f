import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { ThemeSetting } from '../lib/embedParams';
import type { Theme } from '../lib/palette';
import { ThemeContext } from '../state/theme';

const DARK = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const mq = window.matchMedia(DARK);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}
const prefersDark = () => typeof window.matchMedia === 'function' && window.matchMedia(DARK).matches;

/** Resolves theme=auto against the reader's system setting and keeps <html data-theme> in step. */
export function ThemeRoot({ setting, children }: { setting: ThemeSetting; children: ReactNode }) {
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  const theme: Theme = setting === 'auto' ? (dark ? 'dark' : 'light') : setting;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}
