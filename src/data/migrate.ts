import type { Dataset, DatasetV1 } from './schema';

/**
 * Reads a version 1 dataset as version 2. Version 1 had no kinds, bases, related issues, staleness window or
 * corrections log; each of its positions is what version 2 calls the default, a stated demand, so nothing but the
 * version number changes (OWID's grapher migrates old configs the same way: on read, step by step).
 */
export function migrateV1(v1: DatasetV1): Dataset {
  return { ...v1, schemaVersion: 2 };
}
