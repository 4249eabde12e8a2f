import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has <dialog> without its methods: the detail panel and the share dialogs open with showModal and close with
// close. Esc and the return of focus to the opener are the browser's part, tested end to end (tests/e2e/keyboard.spec.ts).
const dialog = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
if (typeof dialog.showModal !== 'function') {
  dialog.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  dialog.show = dialog.showModal;
  dialog.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
// jsdom lays nothing out and scrolls nothing; the pages call these on navigation.
window.scrollTo = () => undefined;
Element.prototype.scrollIntoView ??= () => undefined;

// Component files share one module graph (vite.config.ts): a test that stubs matchMedia must not leave it to the next.
const matchMedia = Object.getOwnPropertyDescriptor(window, 'matchMedia');

afterEach(() => {
  cleanup();
  if (matchMedia === undefined) Reflect.deleteProperty(window, 'matchMedia');
  else Object.defineProperty(window, 'matchMedia', matchMedia);
});
