/**
 * Bytes → text. Detects UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM) and
 * GB18030/GBK, the encoding many Chinese government pages still use.
 *
 * Example: the GBK bytes C4 E3 BA C3 decode to "你好" with encoding "gb18030".
 * Decoding uses the WHATWG `gb18030` label, because Node 20's `gbk` label has
 * known bugs. Newlines are kept exactly as they are (spans count CR and LF).
 * Throws `DecodeError` only when the bytes cannot be text at all: the caller
 * turns that into a one-line message naming the file.
 */

export type EncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
export const ENCODINGS: readonly EncodingName[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'];

export interface Decoded {
  text: string;
  encoding: EncodingName;
  hasBom: boolean;
}

export type DecodeProblem = 'empty' | 'blank' | 'binary' | 'undecodable';

export class DecodeError extends Error {
  constructor(readonly problem: DecodeProblem, message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** Decode `bytes`; `forced` skips detection (from `--encoding`). */
export function decode(bytes: Uint8Array, forced?: EncodingName): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty', 'the file is empty');
  const decoded = forced ? decodeAs(bytes, forced) : detect(bytes);
  if (decoded.text.trim() === '') throw new DecodeError('blank', 'the file holds only white space');
  if (looksBinary(decoded.text)) throw new DecodeError('binary', 'the file is binary, not text');
  return decoded;
}

function detect(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be');
  if (hasMagic(bytes)) throw new DecodeError('binary', 'the file is binary, not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', hasBom: false };
  } catch {
    // Not UTF-8: GB18030 is a superset of GBK and GB2312, the other encoding in use.
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030', hasBom: false };
  } catch {
    throw new DecodeError('undecodable', 'the bytes are neither UTF-8, UTF-16 nor GB18030 (try --encoding)');
  }
}

function decodeAs(bytes: Uint8Array, encoding: EncodingName): Decoded {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  try {
    // TextDecoder strips a BOM that matches its encoding (ignoreBOM: false).
    const text = new TextDecoder(label, { fatal: true }).decode(bytes);
    const hasBom = encoding === 'utf-8-bom' || (encoding.startsWith('utf-16') && bytes.length >= 2 &&
      ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)));
    return { text, encoding, hasBom };
  } catch {
    throw new DecodeError('undecodable', `the bytes are not valid ${encoding}`);
  }
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
    starts([0xd0, 0xcf, 0x11, 0xe0]); // OLE (DOC, XLS)
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
