import { heightMessages, parseParentMessage } from '../lib/embedMessages';

/**
 * Tells the parent page the content height whenever it changes, in the formats newsroom pages
 * already understand, so the iframe grows with the content and never scrolls inside.
 */
export function startHeightReporting(childId: string | null): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  const send = (force = false) => {
    const height = measure();
    if (!force && height === last) return;
    last = height;
    for (const message of heightMessages(height, childId)) window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(document.documentElement);
  observer.observe(document.body);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    if (parseParentMessage(event.data, childId) !== null) send(true);
  };
  window.addEventListener('message', onMessage);
  send(true);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
