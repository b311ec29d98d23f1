/**
 * Letter-spaced text: a PDF copy that puts a space between every character of a heading, a label or
 * a figure, cut like the wraps of a PDF copy (reflow.ts) so the readers see whole words:
 *
 *     "问 题 一 ：常委会委员何雨晴：…"            → "问题一：常委会委员何雨晴：…"
 *     "县 水 利 局 局 长 　 蒋 德 胜 ：谢谢。"     → "县水利局局长　蒋德胜：谢谢。"
 *     "完成改造 3 1 处，新 建 管 网 4 2 . 5 公 里" → "完成改造31处，新建管网42.5公里"
 *
 * A gap is ONE space (ASCII, no-break or a thin typographic one; not U+3000) between two characters
 * of a line. A chain is a run of gaps whose tokens between them are single characters — a Han character, a digit, a punctuation mark, a symbol or the
 * full-width space (a spacing unit, not a gap: between a spaced title and a spaced name it stays, the
 * separator it is). Letters are no units: spaces between Latin words are words' spaces.
 * A chain of three units or more, two of them Han, is letter-spacing whatever the document
 * ("问 题 一", "询 问 一"); a chain of two units ("3 1 处", "王 伟") only in a document whose strong
 * chains hold at least LETTER_SPACED_UNITS units, since elsewhere two single characters apart are a
 * name padded to three ("主任 王 伟 县财政局局长") or a date written with spaces ("2024 年 3 月").
 * A single unit between two spaces ("2024 年", "第 1 名", "委员 王 伟：") is never a chain's.
 *
 * Cuts are [start, end), 0-based, end-exclusive UTF-16 offsets, one per gap, ascending.
 */
import type { Span } from '../model/span.js';

/**
 * One character that letter-spacing sets apart: Han, digit, the punctuation and symbols of Chinese text
 * (full-width, or the ASCII . % : , ; ? ! ( ) they are folded to), □, the full-width space. Not the ASCII
 * marks of markup ("| 是 | 否 |", "- [ ]"), whose spaces are the markup's.
 */
const UNIT = /^(?:[\p{sc=Han}\p{Nd}\u3000]|(?![\u0000-\u007f])[\p{P}\p{S}]|[.%:,;?!()])$/u;
/** A Han character (the full-width space and punctuation are units but no evidence). */
const HAN = /^\p{sc=Han}$/u;
/** A Latin letter (or any letter of an alphabet) touching a gap: that gap stays. */
const LETTER = /(?!\p{sc=Han})\p{L}/u;
/** The spaces `isSpace` accepts, to find them fast. */
const SPACE = /[ \u00a0\u2002-\u200a\u202f]/g;
/** Units the strong chains of a document hold before its two-unit chains count as letter-spacing too. */
const LETTER_SPACED_UNITS = 6;

interface Chain {
  /** Offsets of the chain's gaps (each one space). */
  gaps: number[];
  units: number;
  han: number;
}

/** The letter-spacing cuts of `text` (ascending, disjoint). Empty for a text with no spaced line. */
export function findLetterSpacing(text: string): Span[] {
  SPACE.lastIndex = 0;
  if (!SPACE.test(text)) return [];
  const chains = findChains(text);
  if (!chains.length) return [];
  let strongUnits = 0;
  for (const c of chains) if (strong(c)) strongUnits += c.units;
  const weakToo = strongUnits >= LETTER_SPACED_UNITS;
  const cuts: Span[] = [];
  for (const c of chains) {
    if (!(strong(c) || (weakToo && c.units >= 2))) continue;
    for (const g of c.gaps) {
      if (LETTER.test(text[g - 1]) || LETTER.test(text[g + 1])) continue;
      cuts.push([g, g + 1]);
    }
  }
  return cuts;
}

function strong(c: Chain): boolean {
  return c.units >= 3 && c.han >= 2;
}

/** A gap: one space with a character other than white space on both sides. */
function isGap(text: string, i: number): boolean {
  return isSpace(text.charCodeAt(i)) && i > 0 && i + 1 < text.length && !isBlank(text.charCodeAt(i - 1)) && !isBlank(text.charCodeAt(i + 1));
}

/** White space that bounds a token: ASCII space, tab, line breaks (the full-width space is a unit). */
function isBlank(c: number): boolean {
  return isSpace(c) || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** A space a PDF copy spaces letters with: ASCII, no-break, or a typographic space (en, thin, hair: U+2002–U+200A, U+202F). */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || (c >= 0x2002 && c <= 0x200a) || c === 0x202f;
}

/**
 * Every chain of `text`: gaps in a row along a line whose tokens between are single units. One pass
 * over the spaces of the text; a token is read only between two gaps or at a chain's ends.
 */
function findChains(text: string): Chain[] {
  const chains: Chain[] = [];
  let cur: Chain | null = null;
  let lastGap = -1;
  SPACE.lastIndex = 0;
  for (let m = SPACE.exec(text); m; m = SPACE.exec(text)) {
    const i = m.index;
    if (!isGap(text, i)) continue;
    const between = lastGap >= 0 && i - lastGap <= 3 ? text.slice(lastGap + 1, i) : null; // a unit is one code point: 1–2 code units
    const unit = between !== null && isUnit(between);
    if (cur && unit) {
      cur.gaps.push(i);
      cur.units++;
      if (HAN.test(between!)) cur.han++;
    } else {
      if (cur) close(text, cur, chains);
      cur = { gaps: [i], units: 0, han: 0 };
      const head = tokenBefore(text, i);
      if (isUnit(head)) {
        cur.units++;
        if (HAN.test(head)) cur.han++;
      }
    }
    lastGap = i;
  }
  if (cur) close(text, cur, chains);
  return chains;
}

/** The chain ends at its last gap: its last token counted when it is one unit; kept when it holds two units at least. */
function close(text: string, c: Chain, out: Chain[]): void {
  const tail = tokenAfter(text, c.gaps[c.gaps.length - 1]);
  if (isUnit(tail)) {
    c.units++;
    if (HAN.test(tail)) c.han++;
  }
  if (c.units >= 2) out.push(c);
}

/**
 * The token ending right before offset `i` (back to white space or the line's start), at most 3 code
 * units read: a longer token is no unit either.
 */
function tokenBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && i - s < 3 && !isBlank(text.charCodeAt(s - 1))) s--;
  return text.slice(s, i);
}

/** The token starting right after offset `i`, read as `tokenBefore`. */
function tokenAfter(text: string, i: number): string {
  let e = i + 1;
  while (e < text.length && e - i - 1 < 3 && !isBlank(text.charCodeAt(e))) e++;
  return text.slice(i + 1, e);
}

function isUnit(token: string): boolean {
  return token.length <= 2 && UNIT.test(token);
}
