/**
 * Speaker labels that put the name first and the title after it, the label filling its line:
 *   "公孙丽　县人大常委会委员⏎去年宇文副县长承诺…"   name, a space, the title to the end of the line (a colon may close it)
 *   "买买提·吐尔逊（种粮大户、镇人大代表）⏎我想问…"   name, then a bracket whose 、-list holds the title among occupations
 * The line is the label's frame, as a colon is: its name needs no listed surname (a transliterated name, dotted or not,
 * reads as well as 公孙丽), and an occupation beside the title in the bracket (种粮大户, 农民, 教师) does not
 * undo the label — one member of the list that the lexicon reads as a title is enough.
 * Offsets are UTF-16 offsets into the view, ranges half-open `[start, end)`.
 */
import type { Lexicon } from './lexicon.js';
import { readName } from './names.js';
import { dottedNameEndingAt } from './dotted-names.js';
import { mayBeLabelName } from './unlisted-names.js';
import { spacesBefore } from './chain-labels.js';
import { STAMP } from './stamps.js';
import { lineEnd } from './speech.js';

/** What may open the line before the name: spaces, a clock time, a bullet, Markdown bold. */
const LINE_LEAD = new RegExp(String.raw`^[ \t]*(?:${STAMP}[ \t]*)?(?:[■●◆▲★☆□◇○•▶►][ \t]*)?(?:\*\*|__)?[ \t]*$`, 'u');
/** What may close the line after the title (or the bracket): closing bold, a label's colon, spaces. */
const LINE_CLOSE = /^[ \t]*(?:\*\*|__)?[ \t]*(?::[ \t]*)?(?:\*\*|__)?[ \t]*(?:\n|$)/u;
/** One member of a bracket's 、-list beside the title: a short run with no sentence punctuation ("种粮大户", "县第一中学教师"). */
const MEMBER = /^[^\s()【】[\]、,。;:?!“”]{1,20}$/u;
/** The longest bracket read as a list of a speaker's titles and occupations. */
const BRACKET_MAX = 60;

/** A name read before a label's title: where it starts and ends. */
export interface NameFirst {
  start: number;
  end: number;
}

/**
 * The name opening the line of the title chain `[chainStart, chainEnd)` when the title fills the rest of the line,
 * spaces between ("公孙丽　县人大常委会委员", "钟离强 县住建局党组书记、局长:"), maybe with occupations listed beside
 * it ("呼延志刚　县人大代表、县第一中学教师"): the name and the title's `[titleStart, titleEnd)`; else null.
 */
export function nameBeforeLineTitle(lex: Lexicon, view: string, chainStart: number, chainEnd: number, from: number, known: readonly string[]): (NameFirst & { titleStart: number; titleEnd: number }) | null {
  const lineStart = Math.max(from, view.lastIndexOf('\n', chainStart - 1) + 1);
  let titleStart = chainStart; // back over the occupations listed before the chain ("种粮大户、")
  while (titleStart > lineStart && view[titleStart - 1] !== ' ' && view[titleStart - 1] !== '\t') titleStart--;
  const eol = lineEnd(view, chainEnd);
  let titleEnd = chainEnd; // on over those listed after it ("、县第一中学教师")
  while (titleEnd < eol && !/[ \t:*_]/u.test(view[titleEnd])) titleEnd++;
  const nameEnd = spacesBefore(view, titleStart, lineStart);
  if (nameEnd === titleStart || !LINE_CLOSE.test(view.slice(titleEnd, titleEnd + 8))) return null;
  if (!listAround(view.slice(titleStart, chainStart), view.slice(chainEnd, titleEnd))) return null;
  const name = labelNameEndingAt(lex, view, nameEnd, from, known);
  return name && { ...name, titleStart, titleEnd };
}

/**
 * The bracket around the title chain `[chainStart, chainEnd)` that follows a label's name and closes its line
 * ("买买提·吐尔逊(种粮大户、镇人大代表)", "李某(镇人大代表、农民):"), the chain one member of its 、-list and the
 * other members short words: the name, and the bracket's `open` and `close` offsets; else null.
 */
export function nameBeforeTitleBracket(lex: Lexicon, view: string, chainStart: number, chainEnd: number, from: number, to: number, known: readonly string[]): (NameFirst & { open: number; close: number }) | null {
  const lineStart = Math.max(from, view.lastIndexOf('\n', chainStart - 1) + 1);
  const open = view.lastIndexOf('(', chainStart - 1);
  if (open < lineStart || chainStart - open > BRACKET_MAX) return null;
  const eol = view.indexOf('\n', chainEnd);
  const close = view.indexOf(')', chainEnd);
  if (close < 0 || close >= to || (eol >= 0 && close > eol) || close - open > BRACKET_MAX) return null;
  if (!listAround(view.slice(open + 1, chainStart), view.slice(chainEnd, close))) return null;
  if (!LINE_CLOSE.test(view.slice(close + 1, close + 9))) return null;
  const name = labelNameEndingAt(lex, view, open, from, known);
  return name && { ...name, open, close };
}

/** True when what stands before and after the chain inside the bracket are whole members of a 、-list ("种粮大户、", "、农民"). */
function listAround(before: string, after: string): boolean {
  if (before && (!before.endsWith('、') || !before.slice(0, -1).split('、').every((w) => MEMBER.test(w)))) return false;
  if (after && (!after.startsWith('、') || !after.slice(1).split('、').every((w) => MEMBER.test(w)))) return false;
  return true;
}

/**
 * The name ending at `end` that opens its line (after a lead at most): a dotted name (买买提·吐尔逊), a name the usual
 * way (公孙丽, 欧阳建华), or two to six characters that may be a label's name (买买提, 格桑卓玛).
 */
function labelNameEndingAt(lex: Lexicon, view: string, end: number, from: number, known: readonly string[]): NameFirst | null {
  const lineStart = Math.max(from, view.lastIndexOf('\n', end - 1) + 1);
  const opens = (s: number): boolean => s >= lineStart && LINE_LEAD.test(view.slice(lineStart, s));
  const dotted = dottedNameEndingAt(lex, view, end, lineStart);
  if (dotted >= 0) return opens(dotted) ? { start: dotted, end } : null;
  for (const len of [4, 3, 2]) {
    const s = end - len;
    if (!opens(s)) continue;
    const r = readName(lex, view, s, end, known);
    if (r && r.end === end) return { start: s, end };
  }
  for (let len = 2; len <= 6; len++) {
    const s = end - len;
    if (opens(s) && mayBeLabelName(lex, view, s, end, end)) return { start: s, end };
  }
  return null;
}
