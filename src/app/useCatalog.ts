import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { en } from '../i18n/en';
import type { Messages } from '../i18n/en';
import { DEFAULT_LANG, type Hyphenate, type Lang } from '../i18n/languages';
import { loadBundledHyphenator, loadCatalog, loadHyphenator } from '../i18n/load';
import { i18nFor, type I18n } from '../state/i18n';
import { interfaceFonts } from './fonts';

/**
 * The catalog in use: the chosen language's once it and the language's fonts are in (fonts.ts says why the fonts);
 * until then the previous one. `ready` is false while English stands in at first, for the loading line only: the
 * dashboard waits, so a Ukrainian or Russian page never flashes English, no chart measures its labels in a fallback
 * font, and `data-ready` marks the page as it will stay. The one place that sets `<html lang>`. `bundled`: the dataset
 * is the one the site was built with, whose words the build hyphenated; any other takes the language's patterns.
 */
export function useCatalog(lang: Lang, bundled: boolean): { i18n: I18n; ready: boolean } {
  const [catalog, setCatalog] = useState<{ lang: Lang; m: Messages; hy?: Hyphenate; placeholder: boolean }>({
    lang: DEFAULT_LANG,
    m: en,
    placeholder: true,
  });
  useEffect(() => {
    let live = true;
    // Hyphenation is wanted, not needed: without it the page still reads, as it would with CSS hyphenation alone.
    const hyphenator = (bundled ? loadBundledHyphenator : loadHyphenator)(lang).catch(() => undefined);
    Promise.all([loadCatalog(lang), interfaceFonts(lang), hyphenator]).then(
      ([m, , hy]) => live && setCatalog({ lang, m, hy, placeholder: false }),
      // A failed download falls back to the language in use (English at first): the page stays usable.
      () => live && setCatalog((c) => ({ ...c, placeholder: false })),
    );
    return () => {
      live = false;
    };
  }, [lang, bundled]);
  const i18n = useMemo(() => i18nFor(catalog.lang, catalog.m, catalog.hy), [catalog]);
  // Before paint, in the commit that draws the language (and marks data-ready): never a page in one language that
  // says it is in another, not even for a frame.
  useLayoutEffect(() => {
    document.documentElement.lang = catalog.lang;
  }, [catalog.lang]);
  return { i18n, ready: !catalog.placeholder };
}
