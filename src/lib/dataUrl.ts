/**
 * Decides whether `?data=` may be loaded. Only the page's own origin and origins fixed at build
 * time qualify: a newsroom must never be made to show someone else's quotes under its name.
 */
export type DataUrlCheck = { ok: true; url: string } | { ok: false; message: string };

export function checkDataUrl(raw: string, pageHref: string, allowedOrigins: readonly string[]): DataUrlCheck {
  let url: URL;
  try {
    url = new URL(raw, pageHref);
  } catch {
    return { ok: false, message: `The data address "${raw.slice(0, 80)}" is not a valid URL.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, message: `The data address must use http or https, not "${url.protocol}".` };
  const page = new URL(pageHref);
  if (url.origin === page.origin || allowedOrigins.includes(url.origin)) return { ok: true, url: url.href };
  return {
    ok: false,
    message: `Refused to load data from ${url.origin}: only this site${
      allowedOrigins.length > 0 ? ` and ${allowedOrigins.join(', ')}` : ''
    } may provide datasets for this dashboard.`,
  };
}
