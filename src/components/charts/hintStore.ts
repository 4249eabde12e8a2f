import { useState, useSyncExternalStore } from 'react';

export interface HintStore<T> {
  get: () => T | null;
  set: (value: T | null) => void;
  subscribe: (listener: () => void) => () => void;
}

/**
 * Hover and focus hints live outside the chart's render: re-rendering a recharts chart on every
 * hover would replace the very mark under the pointer or keyboard focus.
 */
export function useHintStore<T>(): HintStore<T> {
  const [store] = useState<HintStore<T>>(() => {
    let value: T | null = null;
    const listeners = new Set<() => void>();
    return {
      get: () => value,
      set: (next) => {
        if (next === value) return;
        value = next;
        listeners.forEach((l) => l());
      },
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  });
  return store;
}

export function useHint<T>(store: HintStore<T>): T | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
