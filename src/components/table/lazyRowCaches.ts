import type { TableFeature } from '@tanstack/react-table';

/** The per-row caches TanStack makes for every row as it builds the row model (constructRow). */
const CACHES = ['_valuesCache', '_uniqueValuesCache'] as const;

/**
 * A table feature that makes each row's value caches when a row first reads one, not for every row up front. TanStack
 * gives every row two empty null-prototype maps (dictionaries of ~90 bytes each); the table reads its rows' originals,
 * never their cached values, so at 10,000 positions they were 1.8 MB of a 14 MB heap, 20,000 maps that stay empty.
 * The prototype's setter drops the map TanStack assigns; the getter makes a row's own map on its first read.
 */
export const lazyRowCachesFeature: TableFeature = {
  assignRowPrototype: (prototype) => {
    for (const key of CACHES) {
      Object.defineProperty(prototype, key, {
        configurable: true,
        get(this: object) {
          const map: Record<string, unknown> = Object.create(null);
          Object.defineProperty(this, key, { value: map, writable: true, configurable: true, enumerable: true });
          return map;
        },
        set() {
          // The empty map constructRow assigns to every row, left to the garbage collector at once. In TanStack
          // 9.3 constructRow is the only writer of the whole map; getValue, getUniqueValues and the grouped row
          // model read it first (making the row's own) and then write into it (lazyRowCaches.test.tsx).
        },
      });
    }
  },
};
