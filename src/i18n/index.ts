import type { Lang } from '../lib/lang';
import { en, type Messages } from './en';
import { ru } from './ru';
import { uk } from './uk';

export type { Messages };

/** One typed catalog per interface language. */
export const CATALOGS: Record<Lang, Messages> = { en, uk, ru };
