import type { Agreement } from './overlap';
import { formatDate, plural } from './format';

/** One generated sentence per party pair, e.g. "As of 14 June 2024, Ukraine and Russia conflict on 6 of the 7 issues both addressed." */
export function agreementSentence(ag: Agreement, nameA: string, nameB: string, asOf: string): string {
  const when = `As of ${formatDate(asOf)}`;
  if (ag.comparable === 0) return `${when}, ${nameA} and ${nameB} have not both stated a position on any of these issues.`;
  const of = `of the ${plural(ag.comparable, 'issue')} both addressed`;
  const parts: string[] = [];
  if (ag.overlap > 0) parts.push(`agree on ${ag.overlap}`);
  if (ag.partial > 0) parts.push(`partly agree on ${ag.partial}`);
  if (ag.conflict > 0) parts.push(`conflict on ${ag.conflict}`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : (parts[0] ?? '');
  return `${when}, ${nameA} and ${nameB} ${list} ${of}.`;
}
