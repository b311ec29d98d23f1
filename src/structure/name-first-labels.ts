/**
 * Speaker labels that put the name first and the title after it, the label filling its line (or closing on a colon):
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

/** What may open the line before the name: spaces, a clock time, a bullet, Markdown bold. */
const LINE_LEAD = new RegExp(String.raw`^[ \t]*(?:${STAMP}[ \t]*)?(?:[■●◆▲★☆□◇○•▶►][ \t]*)?(?:\*\*|__)?[ \t]*$`, 'u');
/**
 * What may follow the title (or the bracket): the line's end (closing bold, a colon, spaces before it), or a label's
 * colon, maybe after its verb, with the words after it on the line ("林海生(养殖大户、乡人大代表)问:…").
 */
const LINE_CLOSE = /^[ \t]*(?:\*\*|__)?[ \t]*(?:(?:追问|提问|问|答)?[ \t]*(?:\*\*|__)?[ \t]*:|(?:\*\*|__)?[ \t]*(?:\r?\n|$))/u;
/** One member of a bracket's 、-list beside the title: a short run with no sentence punctuation ("种粮大户", "县第一中学教师"). */
const MEMBER = /^[^\s()【】[\]、,。;:?!“”]{1,20}$/u;
/** How far before the end of a label's name its line may start: a lead (a clock time, a bullet, bold) and a dotted name. */
const NAME_LINE_REACH = 32;
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
 * (Every scan is bounded: this is tried at every title of the text.)
 */
export function nameBeforeLineTitle(lex: Lexicon, view: string, chainStart: number, chainEnd: number, from: number, known: readonly string[]): (NameFirst & { titleStart: number; titleEnd: number }) | null {
  if (!TITLE_BEFORE.has(view[chainStart - 1]) || (chainEnd < view.length && !TITLE_AFTER.has(view[chainEnd]))) return null;
  let titleStart = chainStart; // back over the occupations listed before the chain ("种粮大户、")
  while (titleStart > from && chainStart - titleStart < LIST_REACH && !LINE_GAP.has(view[titleStart - 1])) titleStart--;
  let titleEnd = chainEnd; // on over those listed after it ("、县第一中学教师")
  while (titleEnd < view.length && titleEnd - chainEnd < LIST_REACH && !LINE_GAP.has(view[titleEnd]) && !LIST_END.has(view[titleEnd])) titleEnd++;
  const nameEnd = spacesBefore(view, titleStart, from);
  if (nameEnd === titleStart || view[nameEnd - 1] === '\n' || !LINE_CLOSE.test(view.slice(titleEnd, titleEnd + 8))) return null;
  if (!listAround(view.slice(titleStart, chainStart), view.slice(chainEnd, titleEnd))) return null;
  const name = labelNameEndingAt(lex, view, nameEnd, from, known);
  return name && { ...name, titleStart, titleEnd };
}

/** Before a line's title: the space after the name, or the 、 after an occupation listed first. */
const TITLE_BEFORE: ReadonlySet<string> = new Set([' ', '\t', '\u00a0', '、']);
/** After it: the line's end, a colon, closing bold, or the 、 before an occupation listed after it. */
const TITLE_AFTER: ReadonlySet<string> = new Set(['\n', '\r', ' ', '\t', ':', '*', '_', '、']);
/** What ends the title on its line: white space (the name's gap before it, the line's end after it). */
const LINE_GAP: ReadonlySet<string> = new Set([' ', '\t', '\u00a0', '\n', '\r']);
/** …and after it, a colon or closing bold. */
const LIST_END: ReadonlySet<string> = new Set([':', '*', '_']);
/** How far occupations listed beside a title may reach (code units). */
const LIST_REACH = 40;

/**
 * The bracket around the title chain `[chainStart, chainEnd)` that follows a label's name and closes its line
 * ("买买提·吐尔逊(种粮大户、镇人大代表)", "李某(镇人大代表、农民):"), the chain one member of its 、-list and the
 * other members short words: the name, and the bracket's `open` and `close` offsets; else null.
 */
export function nameBeforeTitleBracket(lex: Lexicon, view: string, chainStart: number, chainEnd: number, from: number, to: number, known: readonly string[]): (NameFirst & { open: number; close: number }) | null {
  const b = view[chainStart - 1];
  const a = view[chainEnd];
  if ((b !== '(' && b !== '、') || (a !== ')' && a !== '、')) return null;
  let open = chainStart - 1;
  while (open > from && chainStart - open < BRACKET_MAX && view[open] !== '(' && view[open] !== ')' && view[open] !== '\n') open--;
  let close = chainEnd;
  while (close < to && close - chainEnd < BRACKET_MAX && view[close] !== ')' && view[close] !== '(' && view[close] !== '\n') close++;
  if (view[open] !== '(' || open < from || view[close] !== ')' || close >= to) return null;
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
  let lineStart = end; // (no further back than a lead and a name reach)
  while (lineStart > from && end - lineStart < NAME_LINE_REACH && view[lineStart - 1] !== '\n') lineStart--;
  if (lineStart > from && view[lineStart - 1] !== '\n') return null;
  const opens = (s: number): boolean => s >= lineStart && LINE_LEAD.test(view.slice(lineStart, s));
  const dotted = dottedNameEndingAt(lex, view, end, lineStart, true); // (its syllables 阿不都 read as a label's are)
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
