/** Runs `task` once the page is idle (at most 2 s later), or soon where the browser cannot say. */
export function whenIdle(task: () => void): void {
  if (typeof window !== 'undefined' && 'requestIdleCallback' in window)
    window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
