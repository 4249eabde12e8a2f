import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';
import cyrillic400 from '@fontsource/inter/files/inter-cyrillic-400-normal.woff2?url';
import cyrillic700 from '@fontsource/inter/files/inter-cyrillic-700-normal.woff2?url';

/** The family exported images use; embedded, so text never falls back to whatever a viewer has. */
export const EXPORT_FONT = 'Inter';

const FACES = [
  {
    url: latin400,
    weight: 400,
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+2074,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD,U+2190-21FF,U+2500-25FF,U+2700-27BF,U+2260,U+2248',
  },
  {
    url: latin700,
    weight: 700,
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+2074,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD,U+2190-21FF,U+2500-25FF,U+2700-27BF,U+2260,U+2248',
  },
  { url: cyrillic400, weight: 400, range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
  { url: cyrillic700, weight: 700, range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
];

async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(binary)}`;
}

let cached: Promise<string> | null = null;

/** @font-face rules with the fonts inlined as data: URLs, fetched once per page (again after a failure). */
export function embeddedFontCss(): Promise<string> {
  const pending =
    cached ??
    Promise.all(
      FACES.map(
        async (f) =>
          `@font-face{font-family:'${EXPORT_FONT}';font-style:normal;font-weight:${f.weight};src:url(${await dataUrl(f.url)}) format('woff2');unicode-range:${f.range};}`,
      ),
    )
      .then((rules) => rules.join(''))
      .catch((err: unknown) => {
        cached = null;
        throw err;
      });
  cached = pending;
  return pending;
}
