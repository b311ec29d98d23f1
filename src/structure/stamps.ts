/**
 * The clock-time stamps of a live text feed (图文直播): "【09:12】", "[09:12]", "(09:12)", "〔9:12〕",
 * "09:12:30", "9时12分" opening a line, alone on it ("【09:14】⏎市某局局长李某:…") or before the
 * entry ("【09:14】市某局局长李某:…", "09:14 韩某委员:…"). A stamp is layout, like a page's frame:
 * it says when the entry was posted, never who speaks or what is asked. It is no question header
 * (it carries no ordinal), no part of a label, and it goes with the entry it stamps. Matching runs
 * on the normalized view (ASCII : ( ) folded); offsets are [start, end) UTF-16 code units.
 */
import { isSpace } from './blocks.js';
import type { SpeechEvent } from './speech.js';
import { lineStartAt } from '../source/line-bounds.js';

/** A clock time: 09:12, 9:12, 09:12:30, 9时12分, 9时12分30秒. */
const CLOCK = String.raw`\d{1,2}\s?:\s?\d{2}(?:\s?:\s?\d{2})?|\d{1,2}\s?时\s?\d{1,2}\s?分(?:\s?\d{1,2}\s?秒)?`;
/**
 * A clock time in brackets: 【09:12】, [09:12], (09:12), 〔09:12〕 — a regex source to embed. One bracket class on
 * either side, not a pair for each kind: this source is embedded in some twenty regexes, and each copy of CLOCK
 * costs compile time in a one-file run (a mismatched pair, "【09:12)", is a stamp too).
 */
export const BRACKETED_STAMP = String.raw`(?:[【\[(〔]\s*(?:${CLOCK})\s*[】\])〕])`;
/**
 * A document's paragraph number at a paragraph's head, as a word processor's export prints it: "2.2.1  ", "2.3  ",
 * "3. " (the dots maybe full-width, folded in the view), then one or more spaces. Like a stamp it is layout before
 * the paragraph's opener ("2.2.1  追问（某）：", "3.1  某主任在小结时要求，…"), never a speaker's words — a bare number
 * ("3  询问会小结") is a heading's, and a decimal runs into its unit ("2.5亿元"), not into a space.
 */
export const PARAGRAPH_NUMBER = String.raw`(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.)(?=[ \t\u3000])`;
/** A stamp: a bracketed clock time, a bare one not running on into more digits, or a paragraph number — a regex source to embed. */
export const STAMP = String.raw`(?:${BRACKETED_STAMP}|(?:${CLOCK})(?![\d:])|${PARAGRAPH_NUMBER})`;
/**
 * What may stand on a line before a speaker's label (a regex source): spaces, a stamp, one bullet, the opening of
 * Markdown bold ("10:32 ▲ **委员某:", "【14:05】 主持人:").
 */
export const LABEL_LEAD = String.raw`[ \t\u3000]*(?:${STAMP}[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t\u3000]*)?(?:\*\*|__)?`;

/** A line that is a stamp and nothing else. */
const STAMP_LINE = new RegExp(String.raw`^\s*${STAMP}\s*$`, 'u');
/**
 * A stamp opening a line, with the spaces after it: bracketed, or bare and followed by a space or the
 * line's end ("09:14 市某局局长李某:"; "9时12分,会议开始" is a sentence's adverbial, not a stamp).
 */
const LEADING = new RegExp(String.raw`^[ \t\u3000]*(?:${BRACKETED_STAMP}[ \t\u3000]*|(?:${CLOCK})(?:[ \t\u3000]+|(?=[\r\n]|$)))`, 'u');

/** What a stamp opens with: a bracket or a digit (most lines open with neither, and are told apart without a regex). */
function mayOpenStamp(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x3010 || c === 0x5b || c === 0x28 || c === 0x3014 || c === 0x20 || c === 0x09 || c === 0x3000; // digit 【 [ ( 〔 or a space
}

/** `line` (a line of the view, maybe untrimmed) is nothing but a stamp: "【09:20】", "09:20", "(9时20分)". */
export function isStampLine(line: string): boolean {
  return line.length > 0 && line.length <= 24 && mayOpenStamp(line.charCodeAt(0)) && STAMP_LINE.test(line);
}

/**
 * The length of the stamp opening the view at `at` (a line start), with the spaces after it; 0 when
 * none: "【09:12】韩某委员:…" → 7, "09:12 韩某委员:…" → 6, "09:12" alone → 5, "9时12分,会议开始" → 0.
 */
export function stampLength(view: string, at: number): number {
  if (at >= view.length || !mayOpenStamp(view.charCodeAt(at))) return 0;
  const m = LEADING.exec(view.slice(at, Math.min(view.length, at + 32)));
  return m ? m[0].length : 0;
}

/**
 * Where the stamp of the line starting at `lineStart` begins when it stands alone on the line above
 * ("【09:20】⏎主持人:…": the entry is stamped from there; a blank line or two may stand between them),
 * not before `floor`; else `lineStart`.
 */
export function stampAbove(view: string, lineStart: number, floor: number): number {
  if (lineStart - 1 <= floor) return lineStart;
  let end = lineStart - 1; // the "\n" ending the line above
  let start = lineStartAt(view, end);
  for (let blank = 0; blank < 2 && start > floor && isBlank(view, start, end); blank++) {
    end = start - 1;
    start = lineStartAt(view, end);
  }
  const from = Math.max(start, floor);
  const line = view.slice(from, end);
  if (!isStampLine(line)) return lineStart;
  return from + (line.length - line.trimStart().length);
}

function isBlank(view: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(view.charCodeAt(i))) return false;
  return true;
}

/**
 * A live feed's stamp goes with the entry it stamps (stamps.ts): a turn opening its line after a stamp
 * ("【14:41】市某局局长李某表示,…") starts at the stamp, and so does one whose stamp stands alone on the line
 * before ("14:41⏎市某局局长李某:…", "【14:41】⏎…"), never the end of the turn before.
 */
export function stampedStart(view: string, from: number, e: SpeechEvent): void {
  const lineStart = lineStartAt(view, e.start);
  let at = e.start;
  const lead = lineStart >= from ? stampLength(view, lineStart) : 0;
  if (lead > 0 && lineStart + lead === e.start) {
    at = lineStart;
    while (at < e.start && /\s/u.test(view[at])) at++;
  } else if (/^\s*$/u.test(view.slice(lineStart, e.start))) {
    const above = stampAbove(view, lineStart, from);
    if (above !== lineStart) at = above;
  }
  if (at === e.start) return;
  if (e.anchor === e.start) e.anchor = at;
  e.start = at;
}
