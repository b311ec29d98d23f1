/**
 * Line breaks inside a speaker's label, left by a copy from a two-column PDF or a page laid out in short lines:
 *
 *     "区教育局局长孙\n晓梅：谢谢周主任。…"        (the name broken: 孙|晓梅)
 *     "区教育\n局局长孙晓梅：…"                    (the title broken inside the word 教育局)
 *     "…提高到９００元。区人大常委\n会委员王丽：…"  (a label opening mid-line, broken inside 常委会)
 *     "区人大常委会委员\n杜建华：我想问…"           (the title on a line of its own, the name and colon on the next)
 *     "市住建局局长张\n三明答：…"                   (the label's verb before the colon: 问, 答, 追问, 补充说 …)
 *     "市水务局局长\n郑卫平\n    目前城区…。"        (minutes: the title on its line, the name on the next, the speech below)
 *
 * A single line break (the next line not blank, not indented) is a wrap of the label when the Han words before it on
 * its line (after the line's last punctuation) and the words after it up to the colon join into a label — a title of
 * the lexicon and a personal name after it ("区教育局局长" + "孙晓梅"), or a name and a title ("许文涛委员") — and the
 * break falls inside the name, inside a word of the lexicon (教育|局, 常委|会, 副|主任), or between a title that
 * fills its whole line and the name. Then the break is cut, as the wraps of reflow.ts are, and the label is read whole.
 * A break after words that are no title ("…我们将持续推进\n王丽：") is no wrap. The verb a label may put between the
 * name and its colon (问/答/追问/回答…, the label grammar's LABEL_AFTER, maybe after 补充 adding to an answer) is no
 * part of the name: "欧阳\n建国问：" joins to 欧阳建国 (a compound surname is no name by itself).
 * Minutes (记录稿) set a label as two lines and no colon: the title chain filling its line, the name alone on the next,
 * the speech in the paragraph under it. There the name's line must hold the name only and the next line speak (end a
 * sentence), so a title over a list of names one a line (an attendance list) stays as it is.
 *
 * Cuts are [start, end) UTF-16 offsets into the text, 0-based, end-exclusive: the line's trailing spaces and its
 * newline ("\n" or "\r\n").
 */
import type { Span } from '../model/span.js';
import { normalize } from '../source/normalize.js';
import { isLabelName } from './label-names.js';
import { readOrganization } from './title-orgs.js';
import { findTitles } from './titles.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { LABEL_AFTER } from './speech-patterns.js';
import { lineStartAt } from '../source/line-bounds.js';

/** A line opening on Han words (a name's dot allowed) and a colon, the colon look-alikes too: the head of a broken label. */
const HEAD = /[\p{sc=Han}·]{1,24}(?=[ \t\u3000]*[：:∶︰﹕꞉ː])/uy;
/** The Han words ending a line (trailing spaces and a CR allowed), at most a label's length. */
const TAIL = /[\p{sc=Han}·]{1,30}[ \t\r\u3000]*$/u;
/** What may stand on a line before a title alone on it: indentation, a list bullet or decoration. */
const LINE_OPENING = /^[\s▲▼△◆●■★☆•👉]*$/u;
/** A name is two to four characters (a dotted one longer). */
const NAME_MIN = 2;
const NAME_MAX = 8;

/**
 * A 问/答 label's bracket left open at its line's end (group 1: what it holds there): "问（市人大常委会委员 司马⏎文涛）：".
 * The next line closes it (BRACKET_HEAD, group 1: the words before the close), then the colon or the words go on.
 */
const BRACKET_TAIL = /^[ \t\u3000]*[问答][（(]([^（()）\n]{1,40}?)[ \t\r\u3000]*$/u;
const BRACKET_HEAD = /[ \t\u3000]*([\p{sc=Han}·]{1,8})[）)]/uy;

/** The cuts joining labels broken by a line break in `text`, ascending; none where `taken` (other cuts) already joins. */
export function findLabelWraps(text: string, taken: readonly Span[] = [], lex: Lexicon = lexicon()): Span[] {
  const cuts: Span[] = [];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const inBracket = bracketWrap(lex, text, nl);
    if (inBracket) {
      if (!taken.some(([s, e]) => s < inBracket[1] && e > inBracket[0])) cuts.push(inBracket);
      continue;
    }
    HEAD.lastIndex = nl + 1;
    const head = HEAD.exec(text) ?? nameLine(text, nl + 1);
    if (!head) continue;
    const lineStart = lineStartAt(text, nl);
    const line = text.slice(lineStart, nl);
    const tail = TAIL.exec(line);
    if (!tail) continue;
    const words = tail[0].trimEnd();
    const cut: Span = [lineStart + tail.index + words.length, nl + 1];
    if (taken.some(([s, e]) => s < cut[1] && e > cut[0])) continue;
    const wholeLine = LINE_OPENING.test(line.slice(0, tail.index)) || chainHead(lex, line.slice(0, tail.index));
    const joined = normalize(words + head[0]);
    if (nameEnds(head[0]).some((end) => joinsLabel(lex, joined.slice(0, words.length + end), words.length, wholeLine))) cuts.push(cut);
  }
  return cuts;
}

/**
 * The cut of the break at `nl` inside a 问/答 label's bracket, else null: the bracket opened on the line before and
 * closed on the next, what it holds (spaces dropped) a title and a name broken as joinsLabel reads
 * ("问（市人大常委会委员 司马⏎文涛）：", "答（市卫生健康委副主任 樊⏎晓燕）："). Not: a bracket whose words are no label
 * ("问（这个问题⏎很难）").
 */
function bracketWrap(lex: Lexicon, text: string, nl: number): Span | null {
  const lineStart = lineStartAt(text, nl);
  const line = text.slice(lineStart, nl);
  const tail = BRACKET_TAIL.exec(line);
  if (!tail) return null;
  BRACKET_HEAD.lastIndex = nl + 1;
  const head = BRACKET_HEAD.exec(text);
  if (!head) return null;
  const before = normalize(tail[1]).replace(/\s+/gu, '');
  const joined = before + normalize(head[1]);
  if (!joinsLabel(lex, joined, before.length, false)) return null;
  return [lineStart + line.length - (line.length - line.trimEnd().length), nl + 1];
}

/** A line holding a name only (spaces after it allowed): the name of a label set as two lines. */
const NAME_LINE = /[\p{sc=Han}·]{2,8}(?=[ \t\u3000]*\r?\n)/uy;
/** Where a sentence ends: the line under a name's line speaks. */
const SPEAKS = /[。？！?!；;]/u;

/**
 * The name alone on the line at `at` when the next non-blank line speaks ("郑卫平⏎    目前城区12个湖泊…。"): the match
 * of that name (as HEAD's would be), else null.
 */
function nameLine(text: string, at: number): RegExpExecArray | null {
  NAME_LINE.lastIndex = at;
  const m = NAME_LINE.exec(text);
  if (!m) return null;
  let next = text.indexOf('\n', at) + 1;
  while (next < text.length && /\s/u.test(text[next])) next++;
  const end = text.indexOf('\n', next);
  return next < text.length && SPEAKS.test(text.slice(next, end < 0 ? text.length : end)) ? m : null;
}

/** The longest a label's verb runs before its colon ("补充回答"). */
const VERB_MAX = 4;

/**
 * Where the name may end in `head` (the words after the break up to the colon): its end, and before a label's verb
 * there ("三明答" → 2, "振林补充说" → 2), longest name first.
 */
function nameEnds(head: string): number[] {
  const ends = [head.length];
  for (let j = head.length - 1; j >= Math.max(1, head.length - VERB_MAX); j--) {
    const rest = normalize(head.slice(j));
    const verb = rest.startsWith('补充') ? rest.slice(2) : rest;
    if (LABEL_AFTER.exec(verb + ':')?.[0].length === verb.length + 1) ends.push(j);
  }
  return ends;
}

/**
 * True when `joined` (a view: the words before the break, then those after it, up to the colon) reads as a label
 * broken at `at`: title + name or name + title, the break inside the name, inside a lexicon word, or (the title
 * alone on its line: `wholeLine`) right between title and name.
 */
export function joinsLabel(lex: Lexicon, joined: string, at: number, wholeLine: boolean): boolean {
  const titles = findTitles(lex, joined, 0, joined.length);
  if (!titles.length) return false;
  const last = titles[titles.length - 1];
  // Title, then name: 区教育局局长孙晓梅.
  if (last.end < joined.length) {
    const nameLength = joined.length - last.end;
    if (nameLength < NAME_MIN || nameLength > NAME_MAX || !isLabelName(lex, joined, last.end, joined.length)) return false;
    if (at > last.end) return true;
    if (at === last.end) return wholeLine && titleWords(lex, joined, titles[0].start);
    return spansWord(lex, joined, at);
  }
  // Name, then title: 许文涛委员 (the name opens the words).
  const first = titles[0];
  if (titles.length !== 1 || first.start < NAME_MIN || first.start > NAME_MAX || !isLabelName(lex, joined, 0, first.start)) return false;
  return (at > 0 && at < first.start) || (at > first.start && at < first.end);
}

/** True when the words before the title at `titleStart` are all organization ("区人大常委会" of 区人大常委会委员), not prose ("会议由市…"). */
function titleWords(lex: Lexicon, s: string, titleStart: number): boolean {
  return titleStart === 0 || readOrganization(lex, s, titleStart, 0).start === 0;
}

/** The line before the last title is the chain's earlier links, each a title ending in 、 ("市人大常委会委员、" of "…委员、市人大环资委主任委员"). */
function chainHead(lex: Lexicon, before: string): boolean {
  const links = normalize(before.replace(/^[\s▲▼△◆●■★☆•👉]+/u, '')).split('、');
  if (links.length < 2 || links.pop() !== '') return false;
  return links.every((link) => {
    const titles = findTitles(lex, link, 0, link.length);
    return titles.length > 0 && titles[titles.length - 1].end === link.length && titleWords(lex, link, titles[0].start);
  });
}

/** True when a title or organization word of the lexicon runs across offset `at` of `s` (教育|局, 常委|会, 副|主任). */
function spansWord(lex: Lexicon, s: string, at: number): boolean {
  const max = Math.max(lex.maxRole, lex.maxOrg);
  for (let i = Math.max(0, at - max + 1); i < at; i++) {
    for (let j = at + 1; j <= Math.min(s.length, i + max); j++) {
      const w = s.slice(i, j);
      if (lex.roles.has(w) || lex.orgs.has(w)) return true;
    }
  }
  return false;
}
