import { useLayoutEffect, useRef, useState } from 'react';

/** Used where layout is unknown (tests in jsdom, first render): a phone-landscape width. */
const FALLBACK_WIDTH = 640;

/** The width of the element the ref is attached to, following it as the page reflows; `fallback` until measured. */
export function useChartWidth<T extends HTMLElement>(fallback = FALLBACK_WIDTH) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
