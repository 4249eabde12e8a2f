import { LANGUAGES, type Lang } from '../i18n/languages';

/** The interface's font: Inter, self-hosted (main.tsx imports its faces). */
const FAMILY = 'Inter';

/**
 * Longest wait for the fonts before the dashboard is drawn with the fallback anyway: on a connection where they take
 * this long, a first view now is worth more than a settled one later.
 */
const FONT_WAIT_MS = 3000;

const pending = new Map<Lang, Promise<void>>();

/**
 * Loads the faces the interface draws text with in `lang`: regular and bold, Latin, and Cyrillic for uk and ru. The
 * dashboard waits for them before drawing. Charts measure each label once to wrap it, so a label measured in the
 * fallback font stays wrapped, or cut short with an ellipsis, for that font after Inter arrives; in an embed, the swap
 * would also move the content by a pixel or two after the host had sized the frame. Resolves, never rejects: a font
 * that fails to load leaves the fallback.
 */
export function interfaceFonts(lang: Lang): Promise<void> {
  const known = pending.get(lang);
  if (known !== undefined) return known;
  // jsdom (component tests) has no FontFaceSet.
  const fonts = (document as Partial<Document>).fonts;
  const loaded =
    fonts === undefined
      ? Promise.resolve()
      : Promise.race([
          Promise.all(
            ['400', '700'].map((weight) => fonts.load(`${weight} 16px ${FAMILY}`, LANGUAGES[lang].fontSample)),
          ).then(
            () => undefined,
            () => undefined,
          ),
          new Promise<void>((done) => setTimeout(done, FONT_WAIT_MS)),
        ]);
  pending.set(lang, loaded);
  return loaded;
}
