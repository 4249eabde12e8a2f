import { useEffect, useMemo, useState } from 'react';
import { en } from '../i18n/en';
import { DEFAULT_LANG, type Lang } from '../i18n/languages';
import { loadCatalog } from '../i18n/load';
import { i18nFor, type I18n } from '../state/i18n';
import { interfaceFonts } from './fonts';

/**
 * The catalog in use: the chosen language's once it and the language's fonts are in (fonts.ts says why the fonts);
 * until then the previous one. `ready` is false while English stands in at first, for the loading line only: the
 * dashboard waits, so a Ukrainian or Russian page never flashes English, no chart measures its labels in a fallback
 * font, and `data-ready` marks the page as it will stay. The one place that sets `<html lang>`.
 */
export function useCatalog(lang: Lang): { i18n: I18n; ready: boolean } {
  const [catalog, setCatalog] = useState({ lang: DEFAULT_LANG, m: en, placeholder: true });
  useEffect(() => {
    let live = true;
    Promise.all([loadCatalog(lang), interfaceFonts(lang)]).then(
      ([m]) => live && setCatalog({ lang, m, placeholder: false }),
      // A failed download falls back to the language in use (English at first): the page stays usable.
      () => live && setCatalog((c) => ({ ...c, placeholder: false })),
    );
    return () => {
      live = false;
    };
  }, [lang]);
  const i18n = useMemo(() => i18nFor(catalog.lang, catalog.m), [catalog]);
  useEffect(() => {
    document.documentElement.lang = catalog.lang;
  }, [catalog.lang]);
  return { i18n, ready: !catalog.placeholder };
}
