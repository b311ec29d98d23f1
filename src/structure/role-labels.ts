/**
 * A post alone as a line's speaker label: "委员：⏎我想问州文化广电和旅游局。…如何延长游客停留时间？" then
 * "局长：⏎谢谢委员的提问。我们将重点做好三件事。…". A verbatim record may name the speaker by the post only
 * (the member, the bureau's head): the label is still a turn, of a person with no name and that post.
 *
 * The grammar: the post (maybe with its body: "州人大常委会委员：", "州交通运输局局长：") opens its line (after
 * a lead: spaces, a clock time, a bullet, Markdown bold), then maybe a bracketed note — how the person attends
 * ("委员（视频连线）：", affiliations.ts) or a note of the turn ("委员（追问）：") — and the colon; the words after
 * it (on its line, or on the next line when the colon ends it) are said: they hold a sentence's stop.
 * Not labels here: a verb before the colon ("委员问：", "局长答：": a 问/答 label, labels.ts), a vocative ("委员们：", "各位委员：": 们 or a determiner stands at the post), a post in running
 * words ("局长，您刚才…": no colon), a roster's field ("委员：王某、李某": the words open with a name that closes
 * an item), a congress leader's post handing over the floor ("主任：下面请委员提问。": the chair presiding), and a
 * post inside a quotation opened on an earlier line and closed after it — dialogue a member quotes, not a turn:
 * "一位居民跟我讲：⏎“居民：局长，一下雨就淹。⏎局长：今年一定解决。”" (「…」 reads as “…” in the view).
 * Offsets are [start, end) UTF-16 code units into the view.
 */
import type { Lexicon } from './lexicon.js';
import { LABEL_LEAD } from './stamps.js';
import { readName } from './names.js';
import { attendanceNote } from './affiliations.js';
import { TURN_NOTE_WORDS } from './speech-patterns.js';
import { lineStartAt } from '../source/line-bounds.js';

/** The lead of a line before its label: spaces, a clock time, a bullet, Markdown bold. */
const LINE_LEAD = new RegExp(String.raw`^${LABEL_LEAD}[ \t\u3000]*$`, 'u');
/** How far a label's lead may run before its post (a clock time, a bullet, bold marks). */
const LEAD_REACH = 24;
/**
 * After the post: a bracketed note (group 1), the end of bold, the colon. Sticky, read in place. (With a verb before
 * the colon, "委员问:", "委员追问:", "局长答:", the label is a 问/答 label, labels.ts, whose speaker an announcement may name.)
 */
const LABEL_REST = /[ \t\u3000]*(?:\(([^()\n:;。?!]{1,12})\)[ \t\u3000]*)?(?:\*\*|__)?[ \t\u3000]*:/uy;
/** Notes of the turn, which the label's reader keeps as such (attribution's LABEL_AFTER): 追问, 插话, 补充 … */
const TURN_NOTE = new RegExp(`^\\s*(?:${TURN_NOTE_WORDS})\\s*$`, 'u');
/** Words that say something: a sentence's stop, a question or an exclamation. */
const SAID = /[。;…?!！]/u;
/** What closes a roster's item after a name: a list's separator, a stop, the line's end. */
const ITEM_END = /^[ \t\u3000]*(?:[、,;。]|\n|$)/u;
/**
 * Posts that the congress's own leaders hold too (a standing committee's 主任, 副主任; a township congress's
 * 主席): named bare they may be the chair presiding, whose words hand over the floor.
 */
const LEADER_POST = /^(?:常务)?副?(?:主任|主席)$/u;
/** A chair's words handing over the floor or closing: 下面请…提问, 请…回答, 现在开始, 询问结束. */
const HANDS_OVER = /^[^。?!\n]{0,6}(?:下面|接下来|现在|首先|最后)|请[^。?!\n]{0,24}?(?:提问|询问|发言|回答|答复|作答|补充)|(?:询问|提问)(?:到此)?结束/u;
/** How far (UTF-16 code units) a quotation around a line is looked for, each way; a blank line ends it sooner. */
const QUOTE_REACH = 400;

/** A post alone opening a line's label: where the label's person ends (after an attendance note) and its words start. */
export interface RoleLabel {
  /** The end of the person's part of the label: the post, or the attendance note's closing bracket after it. */
  end: number;
  /** Where the words after the colon start (the next line's start when the colon ends its line). */
  wordsStart: number;
}

/**
 * The label when the post at `[start, end)` (a title of the lexicon, nothing else before it on its line)
 * opens a line's speaker label as described in the header, else null. `post` is the post as written in the
 * view (委员, 局长, 副主任); `limit` bounds the words read.
 */
export function roleLabelAt(lex: Lexicon, view: string, start: number, end: number, post: string, limit: number): RoleLabel | null {
  const lineStart = lineStartAt(view, start);
  if (start - lineStart > LEAD_REACH || !LINE_LEAD.test(view.slice(lineStart, start))) return null;
  if (withinQuotation(view, lineStart)) return null;
  LABEL_REST.lastIndex = end;
  const rest = LABEL_REST.exec(view);
  if (!rest) return null;
  const note = rest[1];
  if (note !== undefined && !attendanceNote(note) && !TURN_NOTE.test(note)) return null; // "委员(王某):" names someone
  const personEnd = note !== undefined && attendanceNote(note) ? view.indexOf(')', end) + 1 : end;
  const words = wordsAfter(view, LABEL_REST.lastIndex, limit);
  if (words === null) return null;
  const line = view.slice(words, lineEndOf(view, words, limit));
  if (!SAID.test(line)) return null;
  const name = readName(lex, view, words, limit);
  if (name && ITEM_END.test(view.slice(name.end, name.end + 3))) return null; // 委员:王某、李某、赵某
  if (LEADER_POST.test(post) && HANDS_OVER.test(line)) return null;
  return { end: personEnd, wordsStart: words };
}

/**
 * The line at `lineStart` stands inside a quotation: the last quotation mark before it (back to a blank line) opens
 * one (“), and the first after its start (up to a blank line) closes it (”). A stray opener never closed, or one
 * closed before the line, quotes nothing here.
 */
export function withinQuotation(view: string, lineStart: number): boolean {
  let opened = false;
  for (let i = lineStart - 1; i >= 0 && i >= lineStart - QUOTE_REACH; i--) {
    const c = view[i];
    if (c === '”') return false;
    if (c === '“') { opened = true; break; }
    if (c === '\n' && i > 0 && blankBefore(view, i)) return false;
  }
  if (!opened) return false;
  const end = Math.min(view.length, lineStart + QUOTE_REACH);
  for (let i = lineStart; i < end; i++) {
    const c = view[i];
    if (c === '”') return true;
    if (c === '“') return false;
    if (c === '\n' && blankBefore(view, i)) return false;
  }
  return false;
}

/** The line break at `nl` ends a blank line (only spaces since the line break before it). */
function blankBefore(view: string, nl: number): boolean {
  for (let i = nl - 1; i >= 0; i--) {
    const c = view[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u3000' && c !== '\r') return false;
  }
  return false;
}

/** Where the words after a label's colon at `at` start: on its line, or on the next non-blank line; null when none. */
function wordsAfter(view: string, at: number, limit: number): number | null {
  let p = at;
  while (p < limit && (view[p] === ' ' || view[p] === '\t' || view[p] === '\u3000' || view[p] === '*' || view[p] === '_')) p++;
  if (p < limit && view[p] !== '\n' && view[p] !== '\r') return p;
  while (p < limit && /\s/u.test(view[p])) p++;
  return p < limit ? p : null;
}

function lineEndOf(view: string, at: number, limit: number): number {
  const nl = view.indexOf('\n', at);
  return nl < 0 || nl > limit ? limit : nl;
}
