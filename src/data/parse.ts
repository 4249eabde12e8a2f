/** Datasets above this size are refused before parsing, so a huge file cannot freeze a reader's phone. */
export const MAX_DATASET_BYTES = 20_000_000;

/** "invalid JSON at line 3, column 14: …" from a JSON.parse error. */
export function describeParseError(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  if (text.trim() === '') return 'the file is empty';
  const m = /position (\d+)/.exec(message);
  if (m?.[1] !== undefined) {
    const pos = Number(m[1]);
    const before = text.slice(0, pos);
    const line = before.split('\n').length;
    const column = pos - before.lastIndexOf('\n');
    return `invalid JSON at line ${line}, column ${column}: ${message}`;
  }
  return `invalid JSON: ${message}`;
}
