/**
 * `load`, called once per key: every caller gets the same promise, which React's `use` needs to see again on each render
 * it retries. A failed load is forgotten, so the next call (a Try again, the error boundary's retry) asks anew.
 */
export function onceEach<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const pending = new Map<K, Promise<V>>();
  return (key) => {
    let promise = pending.get(key);
    if (promise === undefined) {
      promise = load(key).catch((error: unknown) => {
        pending.delete(key);
        throw error;
      });
      pending.set(key, promise);
    }
    return promise;
  };
}
