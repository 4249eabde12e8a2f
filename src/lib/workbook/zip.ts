import { Inflate } from 'fflate';

/**
 * Reading a zip (a workbook, or a folder of CSVs zipped) as hostile input. Nothing is trusted before it is counted:
 * the central directory is read for names and offsets, and each wanted entry is inflated in small slices with its
 * output counted, so a compressed bomb, or an entry whose header understates its size, is stopped at the limit
 * rather than unpacked whole.
 */
export interface ZipLimits {
  fileBytes: number;
  unpackedBytes: number;
  entries: number;
}
export const ZIP_LIMITS: ZipLimits = {
  /** The file as given. */
  fileBytes: 50_000_000,
  /** Everything read out of it, counted as it is inflated (a workbook's XML is several times its dataset's JSON). */
  unpackedBytes: 250_000_000,
  entries: 2_000,
};

export type ZipResult = { ok: true; files: Map<string, Uint8Array> } | { ok: false; message: string };

const SLICE = 16_384;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const mb = (n: number) => `${Math.round(n / 1_000_000)} MB`;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  offset: number;
}

/** True for the bytes of a zip file (a workbook is one). */
export const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === LOCAL;

function entriesOf(bytes: Uint8Array, most: number): Entry[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes, before a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  if (end < 0) return 'it is not a complete zip file (no central directory): it may be cut short';
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  if (count === 0xffff || start === 0xffffffff) return 'it is a ZIP64 file, larger than any dataset workbook';
  if (count > most) return `it holds ${count} files; the limit is ${most}`;
  const entries: Entry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return 'its central directory is broken';
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * The entries `want` asks for, inflated; the whole read stops at the first limit passed, with a message naming it.
 * `name` is the file's name as the reader knows it, for messages.
 */
export function readZip(
  bytes: Uint8Array,
  name: string,
  want: (entry: string) => boolean,
  limits: ZipLimits = ZIP_LIMITS,
): ZipResult {
  if (bytes.length > limits.fileBytes)
    return { ok: false, message: `${name} is ${mb(bytes.length)}; the limit is ${mb(limits.fileBytes)}` };
  const entries = entriesOf(bytes, limits.entries);
  if (typeof entries === 'string') return { ok: false, message: `${name} cannot be read: ${entries}` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Map<string, Uint8Array>();
  let unpacked = 0;
  for (const entry of entries) {
    if (!want(entry.name)) continue;
    const local = entry.offset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
      return { ok: false, message: `${name} cannot be read: ${entry.name} is not where its directory says` };
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(dataStart, dataStart + entry.compressed);
    if (entry.method === 0) {
      unpacked += data.length;
      if (unpacked > limits.unpackedBytes) return tooBig(name, limits);
      files.set(entry.name, data);
      continue;
    }
    if (entry.method !== 8)
      return {
        ok: false,
        message: `${name} cannot be read: ${entry.name} is compressed by a method other than deflate`,
      };
    const chunks: Uint8Array[] = [];
    let over = false;
    let broken = false;
    const inflate = new Inflate((chunk) => {
      unpacked += chunk.length;
      if (unpacked > limits.unpackedBytes) over = true;
      else chunks.push(chunk);
    });
    try {
      for (let i = 0; i < data.length && !over; i += SLICE)
        inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    } catch {
      broken = true;
    }
    if (over) return tooBig(name, limits);
    if (broken) return { ok: false, message: `${name} cannot be read: ${entry.name} is damaged` };
    files.set(entry.name, concat(chunks));
  }
  return { ok: true, files };
}

const tooBig = (name: string, limits: ZipLimits): ZipResult => ({
  ok: false,
  message: `${name} unpacks to more than ${mb(limits.unpackedBytes)}, the limit; reading stopped there (a compressed “bomb”, or far more than a dataset)`,
});

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
