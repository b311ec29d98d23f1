/**
 * Words attributed after them, in brackets closing the paragraph: "“请问市中级人民法院,下一步有什么
 * 措施?”(市人大常委会委员 张某某)", "“…”(张某某委员)", "请问…有什么措施?(市人大常委会委员 张某某)",
 * or after a dash on the same line: "“…”——市人大常委会委员 张某某".
 * Newspapers and WeChat “金句” layouts print each question so: the person in the brackets said the
 * paragraph, asking when a member of the congress, else answering. A quoted paragraph (or a quoted
 * sentence after narration) is a quote-first turn (its words inside the quotation marks); an
 * unquoted one a label whose words end where the brackets open (the brackets are then narration); a 问:/答: label
 * opening the line ("问:请问…?(县人大常委会委员 张某某)") is then the person's. Only brackets that hold the mention
 * (the dash its line's rest) alone and close the line after a closing quote or a sentence stop attribute: "(2022年)",
 * "(记者 王某)" and brackets mid-sentence do not. The chair's brackets may name the role before the person
 * ("…?(主持人、区人大常委会副主任 端木某)", "(主持人 端木某)"), and the brackets or the dash may stand alone on the line
 * below the paragraph ("请问…?⏎(区人大常委会委员 诸葛某)", "“…?”⏎——区人大常委会委员 林某"): the paragraph above is then the person's. A member's words that
 * announce a follow-up ("我追问一下,…?(…委员 某)") make it one, as after a head label. Offsets are [start, end)
 * UTF-16 offsets into the text. A pull quote under its heading ("💡委员金句⏎“…”——雷晓峰") repeats what was said: narration.
 */
import type { SpeakerMention } from './mentions.js';
import type { SpeechEvent } from './speech.js';
import { asksFollowUp } from './follow-up-cue.js';
import { lineStartAt } from '../source/line-bounds.js';
import { QUALIFIER_BRACKET } from './title-qualifiers.js';

/**
 * The words after a dash: no bracket, but a title's status qualifier in brackets ("——市教育局副局长（主持工作）　龚丽娟",
 * title-qualifiers.ts; the stand-in is the office's responder as a label writes him). A bracket of anything else ends no
 * attribution ("——某某（2022年）").
 */
const DASH_WORDS = String.raw`((?:[^()\n—]|${QUALIFIER_BRACKET}){2,40}?)`;

/** Brackets closing the line (maybe a full stop after them), or a dash and the rest of the line, after a closing quote or a sentence stop. */
const TRAILING = new RegExp(String.raw`([”?!。])[ \t\u3000]*(?:\(([^()\n]{2,40})\)|(?:——|—|--)[ \t\u3000]*${DASH_WORDS})[ \t\u3000]*[。]?[ \t\u3000]*$`, 'gmu');

/**
 * The brackets, or a dash and the rest of the line, alone on their line under a line closing a sentence: "(区人大常委会委员
 * 诸葛某)" under "请问…?", "——区人大常委会委员 林某" under a quoted paragraph (a newspaper's 问答摘登). Web and WeChat
 * copies set a blank line between all paragraphs ("“…报得不多?”⏎⏎(县人大常委会委员 邝某)"): up to three blank lines
 * (spaces only) may stand between, the attribution still the next line with words. Group 1 is the sentence stop above,
 * group 2 the brackets' inside, group 3 the words after the dash.
 */
const OWN_LINE = new RegExp(String.raw`([”?!。])[ \t\u3000]*\n(?:[ \t\u3000]*\n){0,3}[ \t\u3000]*(?:\(([^()\n]{2,40})\)|(?:——|—|--)[ \t\u3000]*${DASH_WORDS})[ \t\u3000]*[。]?[ \t\u3000]*$`, 'gmu');

/** A line opening with a dash: an attribution closing the paragraph above it ("——区城市更新局局长 谢某"). */
const DASH_LINE = /^(?:——|—|--)/u;

/** The chair's role before the person in the brackets: "主持人、区人大常委会副主任 某", "主持人 某", "会议主持人:某". */
const CHAIR_ROLE = /^\s*(?:会议)?主持人\s*[、,:]?\s*$/u;

/** Add the events of trailing bracketed attributions in `[from, to)` to `events` (mutated; the named mention's own events replaced). */
export function addTrailingAttributions(view: string, from: number, to: number, mentions: SpeakerMention[], events: SpeechEvent[]): void {
  const slice = view.slice(from, to);
  if (!slice.includes(')') && !slice.includes('—') && !slice.includes('--')) return;
  for (const m of slice.matchAll(TRAILING)) {
    const stop = from + m.index; // the closing quote or sentence stop before the attribution
    // The attribution [open, close) and the words naming the person in it [inner, close - 1 or close).
    const bracketed = m[2] !== undefined;
    const rest = m[0].slice(1);
    const open = stop + 1 + (rest.length - rest.trimStart().length); // the bracket or the dash
    const named = bracketed ? m[2] : m[3];
    const innerStart = bracketed ? open + 1 : stop + m[0].indexOf(named);
    const innerEnd = innerStart + named.length;
    const lineStart = lineStartAt(view, open);
    const heading = pullQuoteHeading(view, lineStart, from);
    if (heading >= 0) {
      if (!events.some((e) => e.start === heading)) events.push({ mention: null, role: 'narration', start: heading, anchor: heading, wordsStart: lineStart, kind: 'label', followUp: false });
      continue;
    }
    attribute(view, mentions, events, m[1], stop, lineStart, open, innerStart, innerEnd, bracketed ? innerEnd + 1 : innerEnd);
  }
  const own: Array<{ mark: string; stop: number; start: number; open: number; innerStart: number; innerEnd: number; close: number }> = [];
  let above = 0; // members' attributions under a paragraph that asks, and over one that asks
  let below = 0;
  for (const m of slice.matchAll(OWN_LINE)) {
    const stop = from + m.index;
    const lineAt = view.indexOf('\n', stop) + 1;
    const bracketed = m[2] !== undefined;
    const open = bracketed ? view.indexOf('(', lineAt) : nextLine(view, lineAt, to);
    const innerStart = bracketed ? open + 1 : stop + m[0].lastIndexOf(m[3]);
    const innerEnd = innerStart + (bracketed ? m[2] : m[3]).length;
    const close = bracketed ? innerEnd + 1 : innerEnd;
    const start = paragraphStart(view, stop, from);
    own.push({ mark: m[1], stop, start, open, innerStart, innerEnd, close });
    if (!mentions.some((x) => x.congress && x.span[0] >= innerStart && x.span[1] <= innerEnd)) continue;
    if (ASKS.test(view.slice(start, stop + 1))) above++;
    if (ASKS.test(view.slice(close, lineEnd(view, nextLine(view, close, to), to)))) below++;
  }
  // A member's brackets over the question they ask are a head label on its own line ("(县人大常委会委员 某)⏎请问…?"):
  // the paragraph above is the speaker before's. Read as tails only where the members' questions stand above them.
  if (below >= above) return;
  for (const o of own) attribute(view, mentions, events, o.mark, o.stop, o.start, o.open, o.innerStart, o.innerEnd, o.close);
}

/** A post's heading over a pull quote, alone on its line: "💡委员金句", "【金句】", "代表金句摘录". */
const PULL_QUOTE_HEADING = /^[\s\p{Extended_Pictographic}\uFE0F【\[]*(?:委员|代表|嘉宾)?(?:金句|精彩语录|语录)(?:摘录|集锦|速览)?[\s】\]:]*$/u;

/**
 * Where the heading of a pull quote starts when the line at `lineStart` stands right under one (blank lines between at
 * most), else -1: "💡委员金句⏎“养老服务不能只看建了多少…”——雷晓峰" quotes again what was said, the reporter's line, no turn.
 */
function pullQuoteHeading(view: string, lineStart: number, from: number): number {
  let end = lineStart - 1;
  while (end > from) {
    const start = Math.max(from, lineStartAt(view, end));
    const line = view.slice(start, end);
    if (line.trim()) return PULL_QUOTE_HEADING.test(line) ? start + (line.length - line.trimStart().length) : -1;
    end = start - 1;
  }
  return -1;
}

/** Words that ask: a question mark, 请问. */
const ASKS = /[?]|请问/u;

/** The start of the first non-blank line at or after `at` (before `to`). */
function nextLine(view: string, at: number, to: number): number {
  let i = at;
  while (i < to && /\s/u.test(view[i])) i++;
  return i;
}

/** The end of the line holding `at` (before `to`). */
function lineEnd(view: string, at: number, to: number): number {
  const nl = view.indexOf('\n', at);
  return nl < 0 || nl > to ? to : nl;
}

/**
 * The events of one attribution `[open, close)` naming its person in `[innerStart, innerEnd)`, after the words closed by
 * the stop `mark` at `stop`, whose paragraph starts at `lineStart` (pushed to `events`).
 */
function attribute(view: string, mentions: SpeakerMention[], events: SpeechEvent[], mark: string, stop: number, lineStart: number, open: number, innerStart: number, innerEnd: number, close: number): void {
  const inside = mentions.filter((x) => x.span[0] >= innerStart && x.span[1] <= innerEnd);
  if (inside.length !== 1 || !inside[0].name) return;
  const who = inside[0];
  // Nothing but the mention there (spaces aside; the chair's role before it).
  const lead = view.slice(innerStart, who.span[0]);
  if ((lead.trim() && !CHAIR_ROLE.test(lead)) || view.slice(who.span[1], innerEnd).trim()) return;
  let start = lineStart;
  while (start < open && /\s/u.test(view[start])) start++;
  if (start >= open - 1 || start > stop) return;
  // ("问:…?⏎——委员 某": the 问: label opening the paragraph is already the person's, labels.ts's DASH_FIELD.)
  if (events.some((e) => e.mention === who && e.start === start && (e.kind === 'qa-label' || e.kind === 'label'))) return;
  for (let i = events.length - 1; i >= 0; i--) if (events[i].mention === who) events.splice(i, 1);
  // (The chair, whatever the mention reads: "(主持人 端木某)" names no post.)
  const role = who.congress || lead.trim() ? 'asker' : 'responder';
  // The quotation the attribution closes: the paragraph's, or a sentence's after narration
  // ("会上,委员们纷纷发问。“资金从哪里来?”(市人大常委会委员 张某)": the narration is no part of it).
  const quote = mark === '”' ? openingQuote(view, start, stop) : -1;
  if (quote >= 0 && (quote === start || /[。?!;]/u.test(view.slice(start, quote).trimEnd().slice(-1)))) {
    events.push({ mention: who, role, start: quote, anchor: quote, wordsStart: quote + 1, kind: 'quote-first', followUp: role === 'asker' && asksFollowUp(view, quote + 1) });
    return;
  }
  // "问:请问…?(县人大常委会委员 某某)": the line's unnamed 问:/答: label is the person's (its role and words kept).
  const label = events.find((e) => e.mention === null && e.start === start && (e.kind === 'qa-label' || e.kind === 'label') && e.role !== 'narration');
  if (label) {
    label.mention = who;
    label.named = true;
  } else events.push({ mention: who, role, start, anchor: start, wordsStart: start, kind: 'label', followUp: role === 'asker' && asksFollowUp(view, start) });
  // The attribution is nobody's words: the turn ends where it opens.
  events.push({ mention: null, role: 'narration', start: open, anchor: open, wordsStart: close, kind: 'label', followUp: false, attribution: true });
}

/**
 * Where the words that the attribution opening at `open` names the speaker of start (no further back than `from`): its own
 * line's start when words stand before it there ("…落到实处。(县人大常委会副主任 某)"), else the paragraph above it
 * ("请问…?⏎(区人大常委会委员 某)", blank lines between at most) — as the attribution's events are read.
 */
export function attributedFrom(view: string, open: number, from: number): number {
  const lineStart = Math.max(from, lineStartAt(view, open));
  if (view.slice(lineStart, open).trim()) return lineStart;
  // (Blank lines between the paragraph and its attribution at most, a web copy's: "…专题报告。⏎⏎——副省长 某".)
  let gap = lineStart;
  while (gap > from) {
    const above = Math.max(from, lineStartAt(view, gap - 1));
    if (view.slice(above, gap - 1).trim()) break;
    gap = above;
  }
  return gap < lineStart && gap > from ? paragraphStart(view, gap - 1, from) : paragraphStart(view, open, from);
}

/**
 * Where the paragraph holding `at` starts, no further back than `from`: after the last blank line, or after a line
 * closed by an attribution ("…。(某局局长 某)") or made of one ("——某局局长 某") — the speaker before's.
 */
function paragraphStart(view: string, at: number, from: number): number {
  let start = view.lastIndexOf('\n', at) + 1;
  while (start > from) {
    const above = view.lastIndexOf('\n', start - 2) + 1;
    const line = view.slice(Math.max(above, from), start - 1).trim();
    if (!line || line.endsWith(')') || DASH_LINE.test(line)) break;
    start = Math.max(above, from);
  }
  return Math.max(start, from);
}

/** The “ that opens the quotation closed by the ” at `close` (nested quotes counted), no further back than `from`; -1 if none. */
function openingQuote(view: string, from: number, close: number): number {
  let depth = 0;
  for (let j = close; j >= from; j--) {
    if (view[j] === '”') depth++;
    else if (view[j] === '“' && --depth === 0) return j;
  }
  return -1;
}
