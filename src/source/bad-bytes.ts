/**
 * Where bytes stop being valid in an encoding, and the warning for a text read with its bad
 * bytes replaced.
 *
 * Example: a UTF-8 page saved with one stray byte, "…二是严格执法。" + FF + " 完", has its
 * first bad byte at the offset of FF (0-based, in bytes of the file); read with
 * `--encoding utf-8` it becomes "…二是严格执法。\uFFFD 完" and the record carries a
 * `replaced-bytes` warning whose span (UTF-16 code units, [start, end)) covers that first U+FFFD.
 */
import { warning, type Warning } from '../model/diagnostics.js';

/** Bytes decoded at a time while looking for the first bad one: one pass over the file, byte by byte only inside the bad chunk. */
const CHUNK = 1 << 16;

/**
 * Offset (0-based, in bytes) of the first byte of `bytes` that is not valid in `label`
 * (a WHATWG encoding label), or -1 when all are. A sequence cut short (a lead byte followed
 * by one that cannot follow it) is placed at its lead byte.
 */
export function firstBadByte(bytes: Uint8Array, label: string): number {
  const found = firstRefused(bytes, label);
  if (label !== 'big5') return found;
  const stray = strayBig5Byte(bytes);
  return found < 0 ? stray : stray < 0 ? found : Math.min(found, stray);
}

/**
 * Node's Big5 decoder (ICU) lets two bytes through that Big5 does not hold, neither as a lead
 * nor as a second byte: 80 (read as U+0080) and FF (read as U+F8F8). Their first offset, or -1.
 */
export function strayBig5Byte(bytes: Uint8Array): number {
  const a = bytes.indexOf(0x80);
  const b = bytes.indexOf(0xff);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

function firstRefused(bytes: Uint8Array, label: string): number {
  let decoder = new TextDecoder(label, { fatal: true });
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    try {
      decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length });
      continue;
    } catch { /* the first bad byte is in this chunk (or ends a sequence begun just before it) */ }
    decoder = new TextDecoder(label, { fatal: true });
    if (start > 0) decoder.decode(bytes.subarray(0, start), { stream: true });
    for (let i = start; i < end; i++) {
      try {
        decoder.decode(bytes.subarray(i, i + 1), { stream: i + 1 < bytes.length });
      } catch {
        return sequenceStart(bytes, i, label);
      }
    }
    return end - 1;
  }
  return -1;
}

/**
 * The decoder notices a cut-short sequence at the byte after it: step back to the sequence's
 * lead byte, the end of the longest prefix that decodes whole (sequences are at most 4 bytes).
 */
function sequenceStart(bytes: Uint8Array, at: number, label: string): number {
  for (let start = at; start > at - 4 && start > 0; start--) {
    try {
      new TextDecoder(label, { fatal: true }).decode(bytes.subarray(0, start));
      return start;
    } catch { /* the prefix ends inside a sequence */ }
  }
  return Math.max(0, at - 3);
}

/** What a lossy decode replaced: how many U+FFFD it put in, and the first bad byte's offset. */
export interface Replaced {
  count: number;
  /** Offset of the first bad byte in the file, 0-based, in bytes. */
  offset: number;
}

/** The warning for a text decoded with replacement characters; `text` is the text parsed (its first U+FFFD is the span). */
export function replacedWarning(replaced: Replaced, encoding: string, text: string): Warning {
  const at = text.indexOf('\uFFFD');
  const what = replaced.count === 1 ? 'a byte sequence' : `${replaced.count} byte sequences`;
  return warning('replaced-bytes',
    `${what} not valid ${encoding} replaced by U+FFFD (the first at byte offset ${replaced.offset} of the file)${at >= 0 ? '; the first here' : ''}`,
    at >= 0 ? [at, at + 1] : null);
}
