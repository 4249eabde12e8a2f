const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const LITERALS = ['true', 'false', 'null'];

/** The string starting at `start` (a `"`): where it ends, or where it breaks. */
function scanString(text: string, start: number): { ok: boolean; at: number } {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return { ok: true, at: i + 1 };
    if (c === '\\') {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return { ok: false, at: i };
      i = ESCAPE.lastIndex;
    } else if (text.charCodeAt(i) < 0x20) return { ok: false, at: i };
    else i++;
  }
  return { ok: false, at: text.length };
}

/** The number or literal at `start`: where it ends, or `start` if there is none. */
function scanScalar(text: string, start: number): { ok: boolean; at: number } {
  const literal = LITERALS.find((l) => text.startsWith(l, start));
  if (literal !== undefined) return { ok: true, at: start + literal.length };
  NUMBER.lastIndex = start;
  return NUMBER.test(text) ? { ok: true, at: NUMBER.lastIndex } : { ok: false, at: start };
}

type Expect = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'next';

/**
 * Offset of the first JSON syntax error in `text`, or null if it is valid JSON. Engines do not all say where
 * parsing failed (V8 omits the position for an unexpected token or the end of input; Safari never gives one),
 * so this small scan finds it. Iterative, so deep nesting cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): number | null {
  const closers: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (isSpace(text[i])) i++;
    const c = text[i];
    if (c === undefined) return closers.length === 0 && expect === 'next' ? null : i;
    switch (expect) {
      case 'firstKey':
      case 'key': {
        if (expect === 'firstKey' && c === '}') {
          closers.pop();
          i++;
          expect = 'next';
          break;
        }
        if (c !== '"') return i;
        const key = scanString(text, i);
        if (!key.ok) return key.at;
        i = key.at;
        expect = 'colon';
        break;
      }
      case 'firstValue':
      case 'value': {
        if (expect === 'firstValue' && c === ']') {
          closers.pop();
          i++;
          expect = 'next';
        } else if (c === '{' || c === '[') {
          closers.push(c === '{' ? '}' : ']');
          i++;
          expect = c === '{' ? 'firstKey' : 'firstValue';
        } else {
          const end = c === '"' ? scanString(text, i) : scanScalar(text, i);
          if (!end.ok) return end.at;
          i = end.at;
          expect = 'next';
        }
        break;
      }
      case 'colon':
        if (c !== ':') return i;
        i++;
        expect = 'value';
        break;
      case 'next': {
        const closer = closers.at(-1);
        if (c === ',' && closer !== undefined) expect = closer === '}' ? 'key' : 'value';
        else if (c === closer) closers.pop();
        else return i;
        i++;
        break;
      }
    }
  }
}

/** 1-based line and column of a code-unit offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Where the engine's message says the error is, if it says so in a form we know. */
function locationInMessage(message: string, text: string): { line: number; column: number } | null {
  // Firefox ("at line 2 column 20 of the JSON data") and newer V8 ("(line 2 column 20)").
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc?.[1] !== undefined && lc[2] !== undefined) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos?.[1] !== undefined) return lineAndColumn(text, Number(pos[1]));
  return null;
}

/** "invalid JSON at line 3, column 14: …" from a JSON.parse error, always on one line (it heads a list of problems). */
export function describeParseError(err: unknown, text: string): string {
  if (text.trim() === '') return 'the file is empty';
  // V8 quotes an excerpt of the file, newlines included.
  const message = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
  let at = locationInMessage(message, text);
  if (at === null) {
    const offset = findJsonSyntaxError(text);
    if (offset !== null) at = lineAndColumn(text, offset);
  }
  return at === null ? `invalid JSON: ${message}` : `invalid JSON at line ${at.line}, column ${at.column}: ${message}`;
}
