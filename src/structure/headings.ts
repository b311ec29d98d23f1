/**
 * Numbered question headers at line start: every candidate of a document, in reading order (the
 * choice of the document's header layout among them is header-layout.ts).
 *
 * Examples: "问题一:“一府两院”将采取哪些措施…?", "问题1:…", "【询问一】…", "询问二:…",
 * "第三个问题:…" (explicit: the word says it is a question; white space may stand for the colon,
 * "问题二　常委会委员某:…", and a header glued to its asker's label, "问题二常委会委员某:…", is marked
 * `glued`) and "一、…", "(一)…", "1.…" (generic: the same markers open measure lists inside answers,
 * so every such line is a candidate and header-layout.ts sorts them out). A news report's subheads
 * are bracketed phrases alone on their lines ("【医养结合为何“结”而不“合”】", "「亩均投入够不够?」"),
 * numbered later. Matching runs on the view; spans are [start, end) UTF-16 offsets into the decoded text.
 */
import type { Span } from '../model/span.js';
import { parseNumeral } from '../extract/numerals.js';
import type { Line } from './blocks.js';
import type { TextPair } from './types.js';
import { trim, sentenceEnd, isSpace } from './blocks.js';
import { TAG_WHO } from './speech.js';
import { isStampLine, stampLength } from './stamps.js';
import { isCornerQuote } from '../source/normalize.js';
import { keycapTail } from '../source/keycaps.js';
import { isStageNote } from './stage-notes.js';
import { opensClip } from './clips.js';
import { append } from '../model/append.js';

export interface Header {
  /** The family of the marker: "问题", "询问", "第", "、", "()", ".", BRACKETED — one family per document. */
  family: string;
  /** The number written, or (BRACKETED) the subhead's place among the document's subheads, from 1. */
  number: number;
  /** The label as written, without brackets or punctuation: "问题一", "询问一", "一", "1"; a subhead's whole line "【…】". */
  label: string;
  labelSpan: Span;
  /** The line holding the header (its content span). */
  line: Line;
  /** What follows the label on the line, trimmed (may be empty). */
  rest: Span;
  /** The rest reads as a question (has ? or an interrogative word). */
  questionLike: boolean;
  /** Written right after a speaker label's colon ("…委员欧阳某:问题一:…"), not at the line start. */
  afterLabel?: boolean;
  /**
   * Glued to the words after it, no colon nor space between ("问题一常委会委员某:…"): a header only where
   * an asker starts right after its number (see `chooseHeaders`, header-layout.ts).
   */
  glued?: boolean;
  /** A 追问 note after the number ("询问三（追问）"): the question presses an earlier one (headed-follow-ups.ts). */
  followUp?: boolean;
}

const NUM = '[一二三四五六七八九十百零〇两\\d]+';
/**
 * 问题一: / 问题(一): / 【询问一】 / 提问1、 / 第一个问题: / 【第1问】 — the word before the number names the family.
 * A newspaper's subheads put the numeral first, "一问:…" / "二问:…": 问 names the family; only a colon may follow, since
 * "一问一答" is the format and "三问三答" a headline, no header ("【一问】" alone on its line is a bracketed subhead).
 * A note in brackets after the number may say the question is a 追问 ("询问三（追问）", a record's fields below it).
 * The ordinal may be written with 之 ("询问之一", "问题之二:"): then only a colon, a closing bracket, white space
 * or the line's end may follow, since "问题之一,就是…" / "问题之一是…" open a sentence of an answer.
 */
const EXPLICIT = new RegExp(
  `^[【\\[(]?\\s*(?:(?<word>问题|询问|提问|专题询问|追问)\\s*(?:\\((?<pnum>${NUM})\\)|(?<num>${NUM})|之(?<znum>${NUM})(?=\\s|[:】\\])]|$))|(?<di>第)(?<dnum>${NUM})(?:(?:个)?(?:问题|询问|提问)|问)|(?<qnum>[一二三四五六七八九十]{1,3})(?<ask>问)(?=\\s*:))(?:\\s*\\((?<note>追问|再追问|补充追问)\\))?\\s*[】\\])]?\\s*(?:[:、.．,|丨]|(?=\\s)|$|(?<=[】\\])]))`,
  'u',
);
/**
 * 问题一 / 询问二 / 第三问 glued to what follows ("问题一常委会委员何雨晴:…"): the header's numeral ends where a
 * Han character begins (a numeral after 问题 opens no title).
 */
const GLUED = new RegExp(`^[【\\[(]?\\s*(?:(?<word>问题|询问)(?<num>${NUM})|(?<di>第)(?<dnum>${NUM})个?(?:问题|问))(?=\\p{sc=Han})`, 'u');
/** The generic families and their markers, in the order header-layout.ts tries them. */
export const GENERIC: Array<[string, RegExp]> = [
  ['、', /^([一二三四五六七八九十]+)\s*、/u],
  ['()', /^\(\s*([一二三四五六七八九十]+)\s*\)\s*[、.]?/u],
  ['.', /^(\d{1,2})\s*(?:[、．]|\.(?!\d))/u],
];

/** The family of bracketed subheads ("【医养结合为何“结”而不“合”】"). */
export const BRACKETED = '【】';
/**
 * A line made only of one bracketed phrase of 4–40 characters: 【】, 「」, 『』, 〖〗, 〔〕 or [ ] (the
 * view folds ［］). Brackets inside the phrase are no part of this form.
 */
const SUBHEAD = /^(?:【([^【】\n]{4,40})】|「([^「」\n]{4,40})」|『([^『』\n]{4,40})』|〖([^〖〗\n]{4,40})〗|〔([^〔〕\n]{4,40})〕|\[([^[\]\n]{4,40})\])$/u;
const SUBHEAD_OPENERS = new Set([...'【「『〖〔['].map((c) => c.charCodeAt(0)));
/** A role tag naming the next turn ("【委员提问】", "[部门回答]"): no subhead. */
const ROLE_TAG_ONLY = new RegExp(String.raw`^\s*${TAG_WHO}?(?:询问|提问|追问|应询|答复|回答|问|答)\s*$`, 'u');

/** A post's section mark before a heading: a bar, a square, a star ("▍问题一｜教育", "■ 问题二:…"), then spaces. */
const ORNAMENT = /^[▍▌▎▋▐█■□◆◇●○★☆✦✧❖▶►][ \t]*/u;
const ORNAMENTS = new Set([...'▍▌▎▋▐█■□◆◇●○★☆✦✧❖▶►'].map((c) => c.charCodeAt(0)));

/** What an explicit header can open with (else white space): a bracket, or the first character of its word. */
const EXPLICIT_OPENERS = new Set([...'【[(问询提专追第一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
/** What a generic header opens with: a numeral 一…十, "(", a digit. */
const GENERIC_OPENERS = new Set([...'一二三四五六七八九十(0123456789'].map((c) => c.charCodeAt(0)));

const INTERROGATIVE = /[?]|如何|怎样|怎么|哪些|什么|是否|能否|有无|为何|为什么|多少|何时|请问|询问|提问/u;

/** Every header candidate of `lines` (on the view), in reading order. */
export function findHeaderCandidates(pair: TextPair, lines: Line[]): Header[] {
  const { view } = pair;
  const out: Header[] = [];
  for (const raw of lines) {
    // A Markdown heading's marks ("### 问题一:…") and a post's ornament ("▍问题一｜教育") are no part of the header,
    // …nor is a live feed's stamp opening the line ("【09:02】问题一:…"), though the line, and so the section, starts with it.
    const first = view.charCodeAt(raw.content[0]);
    const mark = first === 0x23 ? /^#{1,6}[ \t]+/u.exec(view.slice(raw.content[0], raw.content[1])) // #
      : ORNAMENTS.has(first) ? ORNAMENT.exec(view.slice(raw.content[0], raw.content[1])) : null;
    const stamp = mark ? 0 : stampLength(view, raw.content[0]);
    const line: Line = mark ? { ...raw, content: [raw.content[0] + mark[0].length, raw.content[1]] } : stamp ? { ...raw, content: [raw.content[0] + stamp, raw.content[1]] } : raw;
    const s = line.content[0];
    const e = line.content[1];
    if (s >= e) continue;
    const text = view.slice(s, e);
    // (Under a Markdown mark a plain ordinal "## 一、家庭医生签约服务" is a subhead unless it asks.)
    const generic = genericHeader(view, line, text);
    const h0 = explicitHeader(view, line, text) ?? (mark && generic && !INTERROGATIVE.test(view.slice(generic.rest[0], generic.rest[1])) ? null : generic) ?? subhead(pair, line, text);
    const h = h0 ?? labelledHeader(pair, line, text);
    const inline = inlineHeaders(pair, line, h ? h.rest[0] : s);
    // A header's words stop where the next header of the same line begins.
    // (The ornament and the stamp are the header line's, in its section; a Markdown mark stays markup outside it.)
    const own = h && (stamp || (mark && first !== 0x23 && h.line === line)) ? { line: raw } : null;
    // (A keycap number is written whole: "问题2️⃣", keycaps.ts.)
    if (h) out.push({ ...h, ...own, label: pair.text.slice(h.labelSpan[0], h.labelSpan[1] + keycapTail(pair.text, h.labelSpan[1])), rest: inline.length ? trim(view, h.rest[0], inline[0].line.span[0]) : h.rest });
    append(out, inline);
  }
  return out;
}

/**
 * What INLINE_HEADER needs before it can match: after a 。?!;” (and white space, a bracket,
 * 专题), the words 问题 or 询问. Most lines have none, and need no scan with the full pattern.
 * (One search of the line: a walk over its code units cost more until it was optimized.)
 */
const INLINE_HEADER_WORDS = /[。?!;”]\s*[【\[]?\s*(?:专题)?(?:询问|问题)/;

/** Whether [from, to) may hold an inline header (see INLINE_HEADER_WORDS). */
function mayHoldInlineHeader(view: string, from: number, to: number): boolean {
  return INLINE_HEADER_WORDS.test(view.slice(from, to));
}
const INLINE_HEADER = /(?<=[。?!;”])\s*(?=[【\[]?\s*(?:问题|询问|专题询问)\s*(?:\([一二三四五六七八九十\d]+\)|之?[一二三四五六七八九十\d]+)\s*[】\]]?\s*[:】\]])/gu;

/**
 * Explicit headers inside a line, after a sentence ends ("…质效。问题二:市政府如何…?"), as in text
 * whose paragraphs were run together. Each gets a line of its own: from its label to the end of
 * its question sentence.
 */
function inlineHeaders(pair: TextPair, line: Line, from: number): Header[] {
  const { view } = pair;
  const out: Header[] = [];
  if (!mayHoldInlineHeader(view, from, line.content[1])) return out;
  const slice = view.slice(from, line.content[1]);
  for (const m of slice.matchAll(INLINE_HEADER)) {
    const at = from + m.index + m[0].length;
    // The header's question: its sentence, and the asking sentences right after it ("…决策?如何实现…?").
    let end = sentenceEnd(view, at, line.content[1]);
    while (end < line.content[1] && /[?]$/u.test(view.slice(at, end).trimEnd())) {
      const next = sentenceEnd(view, end, line.content[1]);
      if (!/[?]\s*$/u.test(view.slice(end, next))) break;
      end = next;
    }
    const pseudo: Line = { index: line.index, span: [at, end], content: [at, end] };
    const h = explicitHeader(view, pseudo, view.slice(at, end));
    if (h) out.push({ ...h, label: pair.text.slice(h.labelSpan[0], h.labelSpan[1]) });
  }
  return out;
}

/**
 * A speaker label, then an explicit header: "全国人大常委会委员欧阳某:问题一:农村学校教师流失问题。" The
 * label is words with no sentence punctuation before the colon.
 */
const LABEL_THEN_HEADER = new RegExp(`^[^\\s,。?!;:“”]{2,40}?:\\s*(?=(?:问题|询问)\\s*(?:\\(${NUM}\\)|之?${NUM})\\s*:)`, 'u');

/**
 * The header written after the speaker label of its line (see LABEL_THEN_HEADER): the header keeps
 * the whole line (the section opens with the label, so the asker stays in it); marked `afterLabel`,
 * it counts only where the same family goes on at line starts (see `chooseHeaders`, header-layout.ts).
 */
function labelledHeader(pair: TextPair, line: Line, text: string): Header | null {
  if (!text.includes('问题') && !text.includes('询问')) return null;
  const m = LABEL_THEN_HEADER.exec(text);
  if (!m) return null;
  const at = line.content[0] + m[0].length;
  const h = explicitHeader(pair.view, { index: line.index, span: [at, line.content[1]], content: [at, line.content[1]] }, pair.view.slice(at, line.content[1]));
  return h ? { ...h, line, afterLabel: true } : null;
}

/** 问题一: / 问题(一): / 【询问一】 / 第三个问题: — the label runs from the word through the number (or 问题). */
function explicitHeader(view: string, line: Line, text: string): Header | null {
  const first = text.charCodeAt(0);
  if (!EXPLICIT_OPENERS.has(first) && !isSpace(first)) return null; // (most lines: no need to run the pattern)
  const full = EXPLICIT.exec(text);
  const m = full ?? GLUED.exec(text);
  const g = m?.groups;
  if (!m || !g) return null;
  if (g.qnum) return numeralFirstHeader(view, line, m, g.qnum);
  const word = g.word ?? g.di;
  const numText = g.pnum ?? g.num ?? g.znum ?? g.dnum;
  const number = parseNumeral(numText);
  if (number === null || number < 1) return null;
  const labelStart = line.content[0] + m[0].indexOf(word);
  const numEnd = m[0].indexOf(numText, m[0].indexOf(word) + word.length) + numText.length;
  const suffix = g.pnum ? 1 : g.di ? (/^(?:(?:个)?(?:问题|询问|提问)|问)/u.exec(m[0].slice(numEnd))?.[0].length ?? 0) : 0;
  const labelEnd = line.content[0] + numEnd + suffix;
  const rest = trim(view, line.content[0] + m[0].length, line.content[1]);
  return {
    family: word === '追问' ? '追问' : word, number, label: view.slice(labelStart, labelEnd),
    labelSpan: [labelStart, labelEnd], line, rest, questionLike: INTERROGATIVE.test(view.slice(rest[0], rest[1])),
    ...(full ? null : { glued: true }),
    ...(g.note ? { followUp: true } : null),
  };
}

/** 一问: / 【二问】: the numeral, then 问; the label is both ("二问"), the family 问. */
function numeralFirstHeader(view: string, line: Line, m: RegExpExecArray, numText: string): Header | null {
  const number = parseNumeral(numText);
  if (number === null || number < 1) return null;
  const labelStart = line.content[0] + m[0].indexOf(numText);
  const labelEnd = labelStart + numText.length + 1;
  const rest = trim(view, line.content[0] + m[0].length, line.content[1]);
  return { family: '问', number, label: view.slice(labelStart, labelEnd), labelSpan: [labelStart, labelEnd], line, rest, questionLike: INTERROGATIVE.test(view.slice(rest[0], rest[1])) };
}

/** "【农村养老服务“最后一公里”如何打通】" alone on its line: a subhead candidate (numbered later, by `chooseHeaders` of header-layout.ts). */
function subhead(pair: TextPair, line: Line, text: string): Header | null {
  const { view } = pair;
  // (The view reads corner brackets as quotation marks: here they are the text's brackets.)
  const [s, e] = line.content;
  if (isCornerQuote(pair.text, s) && isCornerQuote(pair.text, e - 1)) text = pair.text[s] + text.slice(1, -1) + pair.text[e - 1];
  if (!SUBHEAD_OPENERS.has(text.charCodeAt(0))) return null;
  const m = SUBHEAD.exec(text);
  if (!m) return null;
  const phrase = m.slice(1).find((g) => g !== undefined)!;
  // (A quotation alone on its line, "「我们将新建停车位3000个。」", is a sentence, not a subhead.)
  // (Nor is a live feed's time stamp, "【09:20】": it carries no ordinal, it is layout — stamps.ts.)
  if (ROLE_TAG_ONLY.test(phrase) || phrase.includes('。') || isStampLine(text)) return null;
  // (Nor is a live transcript's stage note, "[视频画面再次出现]", "[视频播放:暗访…]", "【掌声】": nobody's words, no question's
  // head — stage-notes.ts, clips.ts; "【暗访视频揭示的问题如何解决】" asks, and is one.)
  if ((isStageNote(text) || opensClip(text)) && !INTERROGATIVE.test(phrase)) return null;
  const rest = trim(view, line.content[0] + 1, line.content[1] - 1);
  return {
    family: BRACKETED, number: 0, label: text, labelSpan: line.content, line, rest,
    questionLike: INTERROGATIVE.test(phrase),
  };
}

function genericHeader(view: string, line: Line, text: string): Header | null {
  if (!GENERIC_OPENERS.has(text.charCodeAt(0))) return null;
  for (const [family, re] of GENERIC) {
    const m = re.exec(text);
    if (!m) continue;
    const number = parseNumeral(m[1]);
    if (number === null || number < 1) continue;
    const labelStart = line.content[0] + m[0].indexOf(m[1]);
    const rest = trim(view, line.content[0] + m[0].length, line.content[1]);
    return {
      family, number, label: m[1], labelSpan: [labelStart, labelStart + m[1].length], line, rest,
      questionLike: INTERROGATIVE.test(view.slice(rest[0], rest[1])),
    };
  }
  return null;
}
