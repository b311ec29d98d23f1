/**
 * Bytes → text. Detects UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM), GB18030/GBK,
 * the encoding many Chinese government pages still use, and Big5, the legacy encoding of
 * Traditional pages (Taiwan, Hong Kong, Macao).
 *
 * Example: the GBK bytes C4 E3 BA C3 decode to "你好" with encoding "gb18030"; the Big5 bytes
 * A5 AB A4 48 A4 6A decode to "市人大" with encoding "big5". Most Big5 files are also valid
 * GB18030 (and most GBK files valid Big5), so bytes both accept are read in the one whose text
 * is made of common characters (see plausible.ts), and bytes neither reads as text are refused.
 * Decoding uses the WHATWG `gb18030` label, because Node 20's `gbk` label has known bugs.
 * Newlines are kept exactly as they are (spans count CR and LF). Throws `DecodeError` only
 * when the bytes cannot be text at all: the caller turns that into a one-line message naming
 * the file. A forced encoding (`--encoding`) reads a few bad bytes as U+FFFD (`replaced`).
 */
import { firstBadByte, strayBig5Byte, type Replaced } from './bad-bytes.js';
import { plausibility, PLAUSIBLE } from './plausible.js';

export type EncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
export const ENCODINGS: readonly EncodingName[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5'];

export interface Decoded {
  text: string;
  encoding: EncodingName;
  hasBom: boolean;
  /** Set when a forced encoding met bytes it does not hold: they were read as U+FFFD. */
  replaced?: Replaced;
}

export type DecodeProblem = 'empty' | 'blank' | 'binary' | 'undecodable';

export class DecodeError extends Error {
  /** For a forced encoding that does not read the bytes: the encoding detection reads them in, if any. */
  detected?: EncodingName;
  constructor(readonly problem: DecodeProblem, message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** What Node's Big5 decoder makes of the stray bytes 80 and FF (see strayBig5Byte). */
const STRAY_BIG5 = /[\u0080\uf8f8]/g;

const UNDECODABLE = 'the bytes are neither UTF-8, UTF-16, GB18030 nor Big5';
const BINARY = 'the file is binary, not text';

/** Decode `bytes`; `forced` skips detection (from `--encoding`). */
export function decode(bytes: Uint8Array, forced?: EncodingName): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty', 'the file is empty');
  if (forced) return checkForced(bytes, forced);
  return checked(detect(bytes));
}

function checked(decoded: Decoded): Decoded {
  if (decoded.text.trim() === '') throw new DecodeError('blank', 'the file holds only white space');
  if (looksBinary(decoded.text)) throw new DecodeError('binary', BINARY);
  return decoded;
}

/**
 * A forced encoding judged as detection judges one: besides its bad bytes, its text must read as
 * text (see plausible.ts), since UTF-8 read as UTF-16, or GB18030 read as Big5, gives valid but
 * meaningless characters ("p02.txt --encoding utf-16le" on a UTF-8 file: Hangul and rare Han, 0
 * questions). UTF-8 needs no such test: a wrong UTF-8 reading is all bad bytes. When the forced
 * encoding fails and detection reads the bytes, the error says so ("it reads as UTF-8: drop
 * --encoding for it"), so the user knows which input needs which.
 */
function checkForced(bytes: Uint8Array, forced: EncodingName): Decoded {
  let problem: DecodeError;
  try {
    const decoded = checked(decodeForced(bytes, forced));
    // Replaced bytes (U+FFFD) have their own limit (fewBad): judged here they would count twice.
    const share = forced === 'utf-8' || forced === 'utf-8-bom' ? 1 : plausibility(decoded.text.replace(/\uFFFD/g, ''));
    if (share >= PLAUSIBLE) return decoded;
    problem = new DecodeError('undecodable', `the bytes do not read as ${forced} (${Math.round(share * 100)}% common characters, under half)`);
  } catch (error) {
    if (!(error instanceof DecodeError) || error.problem === 'empty' || error.problem === 'blank') throw error;
    problem = error;
  }
  let found: Decoded | null = null;
  try {
    found = checked(detect(bytes));
  } catch { /* detection reads them no better: the forced encoding's own problem is the message */ }
  if (found && found.encoding !== forced) {
    throw Object.assign(new DecodeError(problem.problem, `${problem.message}; it reads as ${ENCODING_NAMES[found.encoding]}: drop --encoding for it`), { detected: found.encoding });
  }
  // UTF-16 without a byte-order mark is not detected, but the other byte order is the likely slip.
  const other = forced === 'utf-16le' ? 'utf-16be' : forced === 'utf-16be' ? 'utf-16le' : null;
  const text = other && bytes.length % 2 === 0 ? tryDecode(bytes, other) : null;
  if (text !== null && plausibility(text) >= 0.9) {
    throw new DecodeError(problem.problem, `${problem.message}; it reads as ${ENCODING_NAMES[other!]}: try --encoding ${other}`);
  }
  throw problem;
}

/** Encodings as messages name them. */
export const ENCODING_NAMES: Record<EncodingName, string> = {
  'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (with a byte-order mark)', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030', big5: 'Big5',
};

function detect(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be');
  if (hasMagic(bytes)) throw new DecodeError('binary', BINARY);
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', hasBom: false };
  // Not UTF-8: GB18030 (a superset of GBK and GB2312) or Big5, whichever reads as text.
  const gb = tryDecode(bytes, 'gb18030');
  const big5 = tryDecode(bytes, 'big5');
  const gbScore = gb === null ? -1 : plausibility(gb);
  const big5Score = big5 === null ? -1 : plausibility(big5);
  if (Math.max(gbScore, big5Score) >= PLAUSIBLE) {
    return big5Score > gbScore ? { text: big5!, encoding: 'big5', hasBom: false } : { text: gb!, encoding: 'gb18030', hasBom: false };
  }
  throw undecodable(bytes);
}

/** Bytes in no encoding read as text: binary, UTF-16 without its BOM, or text with a bad byte (said where). */
function undecodable(bytes: Uint8Array): DecodeError {
  for (const label of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(bytes, label);
    if (text !== null && bytes.length % 2 === 0 && plausibility(text) >= 0.9) {
      return new DecodeError('undecodable', `${UNDECODABLE}; it reads as ${label.toUpperCase()} without a byte-order mark (try --encoding ${label})`);
    }
  }
  if (controlBytes(bytes)) return new DecodeError('binary', BINARY);
  const bad = firstBadByte(bytes, 'utf-8');
  // The offset helps when the file is UTF-8 up to a stray byte: say it when UTF-8 text precedes it.
  if (bad > 0 && hasUtf8Text(bytes, bad)) {
    return new DecodeError('undecodable', `${UNDECODABLE} (the first byte that is not UTF-8 is at offset ${bad}; try --encoding utf-8 to read it as U+FFFD)`);
  }
  // …or GB18030 or Big5 text with a few bad bytes.
  for (const encoding of ['gb18030', 'big5'] as const) {
    const lossy = readLossy(bytes, encoding);
    if (lossy.count <= fewBad(lossy.text) && plausibility(lossy.text) >= 0.9) {
      return new DecodeError('undecodable', `${UNDECODABLE} (it reads as ${encoding === 'big5' ? 'Big5' : 'GB18030'} but for the byte at offset ${firstBadByte(bytes, encoding)}; try --encoding ${encoding} to read it as U+FFFD)`);
    }
  }
  return new DecodeError('undecodable', `${UNDECODABLE} (try --encoding)`);
}

/** Bad bytes a forced encoding reads as U+FFFD rather than refuse the file: at most 1% of the text, or 3. */
function fewBad(text: string): number {
  return Math.max(3, text.length * 0.01);
}

/** `bytes` decoded with U+FFFD for what `encoding` does not hold, and how many there are. */
function readLossy(bytes: Uint8Array, encoding: EncodingName): { text: string; count: number } {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  let text = new TextDecoder(label).decode(bytes);
  if (encoding === 'big5') text = text.replace(STRAY_BIG5, '\uFFFD');
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return { text, count };
}

/**
 * Whether the valid UTF-8 before `end` holds multi-byte characters (then the file is UTF-8 gone
 * bad, not another encoding): two at least, since one GBK pair in twelve is also a UTF-8 pair.
 */
function hasUtf8Text(bytes: Uint8Array, end: number): boolean {
  let leads = 0;
  for (let i = 0; i < end && leads < 2; i++) if (bytes[i] >= 0xc2 && bytes[i] <= 0xf4) leads++;
  return leads >= 2;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  if (label === 'big5' && strayBig5Byte(bytes) >= 0) return null;
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A forced encoding: bad bytes are read as U+FFFD when they are few (at most 1% of the text,
 * or 3), and reported on `replaced`; many mean the encoding is wrong, and are refused.
 */
function decodeForced(bytes: Uint8Array, encoding: EncodingName): Decoded {
  try {
    return decodeAs(bytes, encoding);
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
  }
  const { text, count } = readLossy(bytes, encoding);
  const offset = firstBadByte(bytes, encoding === 'utf-8-bom' ? 'utf-8' : encoding);
  if (count > fewBad(text)) {
    if (hasMagic(bytes) || controlBytes(bytes)) throw new DecodeError('binary', BINARY);
    throw new DecodeError('undecodable', `the bytes are not valid ${encoding}: ${count} bad byte sequences, the first at offset ${offset}`);
  }
  return { text, encoding, hasBom: false, replaced: { count, offset } };
}

function decodeAs(bytes: Uint8Array, encoding: EncodingName): Decoded {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  try {
    if (encoding === 'big5' && strayBig5Byte(bytes) >= 0) throw new Error('not Big5');
    // TextDecoder strips a BOM that matches its encoding (ignoreBOM: false).
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    const hasBom = encoding === 'utf-8-bom' || (encoding.startsWith('utf-16') && bytes.length >= 2 &&
      ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)));
    return { text, encoding, hasBom };
  } catch {
    throw new DecodeError('undecodable', `the bytes are not valid ${encoding}`);
  }
}

/**
 * Bytes no text in an ASCII-based encoding holds (C0 controls but tab, newlines, form feed and
 * escape; DEL): more than 1% of the first 64 KB (random or compressed bytes hold ~10%). Only
 * asked of bytes that are not UTF-16, whose ASCII characters hold NULs.
 */
function controlBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1 << 16);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 0x1b) || b === 0x7f) control++;
  }
  return control > Math.max(2, n * 0.01);
}

/** Signatures of common binary formats that happen to be valid UTF-8 or GB18030. */
function hasMagic(bytes: Uint8Array): boolean {
  const head = Array.from(bytes.subarray(0, 8));
  const starts = (sig: number[]) => sig.every((b, i) => head[i] === b);
  return starts([0x89, 0x50, 0x4e, 0x47]) || // PNG
    starts([0x25, 0x50, 0x44, 0x46]) || // %PDF
    starts([0x50, 0x4b, 0x03, 0x04]) || // ZIP, DOCX
    starts([0xff, 0xd8, 0xff]) || // JPEG
    starts([0x47, 0x49, 0x46, 0x38]) || // GIF
    starts([0x7f, 0x45, 0x4c, 0x46]) || // ELF
    starts([0xd0, 0xcf, 0x11, 0xe0]) || // OLE (DOC, XLS)
    starts([0x1f, 0x8b]) || // gzip
    (starts([0x42, 0x5a, 0x68]) && head[3] >= 0x31 && head[3] <= 0x39 && head[4] === 0x31 && head[5] === 0x41) || // bzip2 (BZh9 + block magic)
    starts([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) || // xz
    starts([0x28, 0xb5, 0x2f, 0xfd]) || // zstd
    starts([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) || // 7z
    starts([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]) || // RAR
    starts([0x50, 0x4b, 0x05, 0x06]) || starts([0x50, 0x4b, 0x07, 0x08]); // empty or spanned ZIP
}

/** NUL bytes or a high share of control characters mean the "text" is really binary. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control > Math.max(4, sample.length * 0.02);
}

/** The newline convention of a text: spans always count the characters as they are. */
export function newlineStyle(text: string): 'lf' | 'crlf' | 'cr' | 'mixed' | 'none' {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const cr = (text.match(/\r/g) ?? []).length - crlf;
  const kinds = [crlf > 0, lf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf ? 'crlf' : lf ? 'lf' : 'cr';
}
