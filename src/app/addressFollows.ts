import { keptWithLang } from '../lib/address';
import { serializeUrl } from '../lib/urlState';
import type { DashboardStore } from '../state/store';

/**
 * The address follows the state once a burst of changes settles: replaceState costs ~30 ms on a throttled phone, too
 * much to pay inside every click, keystroke or step of the play button.
 */
const URL_SETTLE_MS = 150;

export function addressFollows(store: DashboardStore, kept: Readonly<Record<string, string>>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  store.subscribe((s, prev) => {
    if (s.url === prev.url && s.lang === prev.lang) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { url, lang, langInAddress } = store.getState();
      try {
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${serializeUrl(url, keptWithLang(kept, lang, langInAddress))}${window.location.hash}`,
        );
      } catch {
        // A sandboxed frame (opaque origin) may refuse; the state still works, only the address does not follow.
      }
    }, URL_SETTLE_MS);
  });
}
