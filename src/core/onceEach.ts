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

/**
 * `make`, worked out once per key and kept: for text a page asks for again on every render (each row's date, each
 * title's soft hyphens), from a set of keys the dataset bounds.
 */
export function oncePer<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key) as V;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}
