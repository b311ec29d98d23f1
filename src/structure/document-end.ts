/**
 * The end of the meeting in the document's layout: trailing back matter moved into the page frame, the
 * chair's closing after written answers moved back out of it, the closing narration cut off the last
 * question, and the page's tail ("责任编辑:…", "上一篇:…") cut off the last section.
 *
 * Examples: a 注释, 附件 or 往期回顾 list after the last answer is page frame, no speech in it; written answers
 * set before the chair's closing ("附:书面答复…" then "林某在总结时说,…") leave the closing the meeting's;
 * "责任编辑:…" after the last answer ends the last section. All spans are [start, end): 0-based UTF-16 offsets into
 * `pair.text` (the same offsets in `pair.view`, which matching runs on).
 */
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import { trim, type Line } from './blocks.js';
import { frameKind } from './frame.js';
import type { SpeechEvent } from './attribution.js';
import type { Section } from './sections.js';
import { isClosingNarration, isTrailer } from './closing-narration.js';
import { closesInquiry, closingSentence, findClosers, CONTINUES } from './closers.js';
import type { SpeakerMention } from './mentions.js';
import { findBackMatter, isEncounter } from './back-matter.js';
import { isNotesHeading, withoutNotesLead } from './reporter-notes.js';
import { markupStart } from '../source/markdown.js';
import { outsideSpans } from './outside.js';
import { append, replaceAll } from '../model/append.js';

/**
 * The closing narration: what `withoutClosing` took off the last section, `[from, to)`, up to the
 * first page-frame line after it ("责任编辑:…" is no part of the meeting), without the lines at
 * either end that hold no words of it (a Markdown rule "---", "*本文来源:…*", a clock time alone);
 * null when nothing is left.
 */
export function closingSpan(pair: TextPair, body: Line[], frameLines: Line[], from: number, to: number): Span | null {
  const view = pair.view;
  const tail = frameLines.find((l) => l.span[0] >= from && l.span[0] < to);
  const end = tail ? tail.span[0] : to;
  const lines = body.filter((l) => l.content[1] > from && l.content[0] < end && !isTrailer(view.slice(l.content[0], l.content[1])));
  if (!lines.length) return null;
  const span = trim(view, Math.max(from, lines[0].content[0]), Math.min(end, lines[lines.length - 1].content[1]));
  if (span[1] <= span[0]) return null;
  // ("**主任 某:**今天的询问…": the closing opens at its label's markup, blank in a Markdown document's view.)
  return [Math.max(from, markupStart(pair.text, view, span[0])), span[1]];
}

/** Verbs of saying in a label: "冼某说:". */
const SAYS = /说|讲|表示|称|介绍|强调|指出|坦言|谈到/u;

/**
 * A label that reports speech in a reporter's notes, not a turn of the exchanges' own labels (问(某):, 某某委员:):
 * its verb says (冼某说:“…”) or its words are a quotation (一位旁听的村民问:“…?”).
 */
function reportsSaying(view: string, e: SpeechEvent): boolean {
  if (e.wordsStart === null) return false;
  if (e.mention && SAYS.test(view.slice(e.mention.span[1], e.wordsStart))) return true;
  return /^\s*“/u.test(view.slice(e.wordsStart, e.wordsStart + 4));
}

/**
 * The document's trailing back matter (back-matter.ts) moved from `body` into `frameLines` (both kept in
 * reading order); where it starts, and where written answers start in it (or null), or null when there is none.
 * `mentions` (sorted by start) show the lines on which a named member asks in a report's words ("区人大常委会委员某某
 * 关注违停治理:“…?”"), when the events give none there: a 问/答 appendix makes the report's reported questions give way.
 */
export function moveBackMatter(view: string, content: Line[], frameLines: Line[], body: Line[], events: readonly SpeechEvent[], mentions: readonly SpeakerMention[] = []): { from: number; written: number | null } | null {
  const framed = new Set(frameLines);
  const spoken = new Set<number>(); // content lines (by index) on which a speaker's turn starts
  const labelled = new Set<number>(); // …a labelled one
  const asks = new Set<number>(); // …a congress member's question
  let k = 0;
  for (const e of events) {
    if (e.role === 'narration') continue;
    while (k < content.length && content[k].content[1] < e.start) k++;
    if (k < content.length && content[k].content[0] <= e.start) {
      spoken.add(k);
      if (((e.kind === 'qa-label' || e.kind === 'label') && !reportsSaying(view, e)) || e.announces) labelled.add(k); // (a person field too, "询问人:委员 某")
      if (e.role === 'asker' && e.mention?.congress) asks.add(k);
    }
  }
  const reported = new Set<number>(); // content lines opening on a named member who asks there
  k = 0;
  for (const m of mentions) {
    if (!m.name || !m.congress) continue;
    while (k < content.length && content[k].content[1] < m.span[0]) k++;
    if (k < content.length && m.span[0] <= content[k].content[0] + 1 && /[?]/u.test(view.slice(m.span[1], content[k].content[1]))) reported.add(k);
  }
  // ("## 附件" in a Markdown document: the heading's mark is no word of it.)
  const found = findBackMatter(content.map((l, i) => ({ text: view.slice(l.content[0], l.content[1]).replace(HEADING_MARK, ''), frame: framed.has(l), spoken: spoken.has(i), labelled: labelled.has(i), asks: asks.has(i), reported: reported.has(i) })));
  if (!found) return null;
  // (A reporter's notes opening on the inquiry's closing: the heading and the closing's lines stay the meeting's.)
  const start = found.kind === 'reporter' ? notesAfterClosing(view, content, found.start, framed, events, mentions) : found.start;
  if (start >= content.length) return null;
  const from = content[start].content[0];
  const keep = body.filter((l) => l.content[0] < from);
  const moved = body.filter((l) => l.content[0] >= from);
  if (!moved.length) return null;
  replaceAll(body, keep);
  const all = [...frameLines, ...moved].sort((a, b) => a.span[0] - b.span[0]);
  replaceAll(frameLines, all);
  return { from, written: found.written === undefined ? null : content[found.written].content[0] };
}

/**
 * Where a reporter's notes, headed at `content[start]`, go on after the inquiry's closing they hold: "记者手记:询问现场,
 * 副省长某表态说,…" (the heading's own line), "记者手记:" alone then "询问现场气氛热烈。副省长某表态说,…" (the next line),
 * or after narration of the meeting first, "记者手记:⏎询问会上,委员们问得直接,部门答得坦诚。会后,常务副市长某表态说,…" (a
 * sentence of the line, closers.ts closingSentence), and the lines going on with it ("他强调,…"). The government head's 表态
 * or the chair summing up after the last exchange is the meeting's closing whatever heads it (closers.ts): the genre's label
 * only heads it (reporter-notes.ts). So is the meeting's closing narration told there ("询问结束后,与会人员进行了满意度测评。",
 * "询问会上,委员们问得直接,部门答得坦诚。": closing-narration.ts) when they open on it, as it is with no heading over it. The notes are read up to
 * the first line on which someone else speaks (an encounter after the session, "冼某说:“…”"): the closing is told before
 * it. The index of the first content line after the last closing line; `start` when the notes hold no closing (they are back
 * matter whole: the reporter's own commentary, "农村供水关系千家万户。", is no part of the meeting).
 */
function notesAfterClosing(view: string, content: Line[], start: number, framed: ReadonlySet<Line>, events: readonly SpeechEvent[], mentions: readonly SpeakerMention[]): number {
  const at = content[start].content[0];
  const next = (k: number) => { let j = k + 1; while (j < content.length && framed.has(content[j])) j++; return j; };
  // (Whoever closes speaks after the last answer before the notes: the closers as they stand there.)
  const closers = findClosers(view, mentions as SpeakerMention[], events as SpeechEvent[], [0, at]);
  const closes = (l: Line) => closesInquiry(view, l.content, closers) || closingSentence(view, l.content[0], l.content[1], closers) !== null;
  // (The meeting's closing narration counts while the notes open on it, line after line: "对于委员们提出的问题,相关部门要拿出时间
  // 表。" after the reporter's own words is their commentary, not the meeting's.)
  let opening = true;
  // (Someone other than a closer speaks on the line, or it reports an encounter after the session: the closing is told before it.)
  const closer = (e: SpeechEvent) => e.mention !== null && [...closers.heads, ...closers.chairs].some((m) => m[0] === e.mention!.span[0]);
  const other = (l: Line) => isEncounter(withoutNotesLead(view.slice(l.content[0], l.content[1])).trim())
    || events.some((e) => e.role !== 'narration' && e.start >= l.content[0] && e.start < l.content[1] && !closer(e));
  let last = -1;
  for (let k = start; k < content.length; k = next(k)) {
    if (framed.has(content[k])) continue;
    if (other(content[k])) break;
    const words = view.slice(content[k].content[0], content[k].content[1]);
    if (closes(content[k]) || (opening && isClosingNarration(words))) last = k;
    else if (!(k === start && isNotesHeading(words))) opening = false;
  }
  if (last < 0) return start;
  while (next(last) < content.length && CONTINUES.test(view.slice(content[next(last)].content[0], content[next(last)].content[1]))) last = next(last);
  return next(last);
}

/**
 * The chair's closing words ending the oral part though no heading opens the written answers after them: "彭某在总结讲话中
 * 强调,一要…;二要…" or "韩某:好,今天的询问就到这里。我提三点要求:一要…", then "区人大常委会委员某某询问:…?⏎答复:区城管局
 * 局长某⏎…" with no "书面答复" over it. The chair closes the inquiry there (closers.ts: the chair's name opening the line, in
 * words that end it or sum it up, ENDS), an answer came before and a member asks after, and the chair never speaks again (a
 * second part's chair would): from the first asker's line after it, the questions are answered in writing. Moved from `body`
 * into `frameLines` as back matter is (moveBackMatter); where they start (`from` = `written`), or null.
 */
export function writtenAfterClosing(view: string, body: Line[], frameLines: Line[], events: readonly SpeechEvent[], mentions: SpeakerMention[]): { from: number; written: number } | null {
  const firstAnswer = events.find((e) => e.role === 'responder')?.start;
  const lastAsker = events.reduce((at, e) => (e.role === 'asker' ? Math.max(at, e.start) : at), -1);
  if (firstAnswer === undefined || lastAsker < firstAnswer) return null;
  // (Cheap first: a line with the words that end or sum up an inquiry, between the first answer and the last asker.)
  const lines = body.filter((l) => l.content[0] > firstAnswer && l.content[1] < lastAsker && ENDS.test(view.slice(l.content[0], l.content[1])));
  if (!lines.length) return null;
  const closers = findClosers(view, mentions, events as SpeechEvent[], null);
  const opensOnChair = (l: Line) => closers.chairs.some((c) => c[0] >= l.content[0] && c[0] <= l.content[0] + 1);
  const closing = lines.find((l) => closesInquiry(view, l.content, closers) || opensOnChair(l));
  if (!closing) return null;
  const asker = events.find((e) => e.start >= closing.content[1] && e.role === 'asker');
  if (!asker) return null;
  // (Nobody answers between the chair's words and that question: its answer would be the meeting's.)
  if (events.some((e) => e.start >= closing.content[1] && e.start < asker.start && e.role === 'responder')) return null;
  // (The chair speaking again, or a host: a second part of the meeting, not answers in writing.)
  if (closers.chairs.some((c) => c[0] >= asker.start) || events.some((e) => e.start >= asker.start && e.moderator)) return null;
  const first = body.find((l) => l.content[1] > asker.start);
  if (!first) return null;
  const from = first.content[0];
  const moved = body.filter((l) => l.content[0] >= from);
  replaceAll(body, body.filter((l) => l.content[0] < from));
  replaceAll(frameLines, [...frameLines, ...moved].sort((a, b) => a.span[0] - b.span[0]));
  return { from, written: from };
}

/** Words that end an inquiry or sum it up: "今天的询问到此结束", "询问就到这里", "作总结讲话", "在总结时", "一要…;二要…". */
const ENDS = /(?:询问|会议)(?:环节|活动)?(?:到此|就此)(?:结束|为止)|(?:询问|会议)(?:环节|活动)?就?到这里|总结(?:讲话|发言)|作(?:了)?总结|在总结时|一要[^。?]{1,120}?二要/u;

/** A Markdown heading's mark opening a line: "## ". */
const HEADING_MARK = /^#{1,6}\s+/u;

/**
 * Where the chair closes the inquiry after the written answers (`written`: where they start), the lines from there on
 * moved back from `frameLines` into `body` (page-frame lines stay frame); null when no line of theirs closes.
 */
export function closingAfterWritten(view: string, written: number, mentions: SpeakerMention[], events: SpeechEvent[], frameLines: Line[], body: Line[]): number | null {
  const closers = findClosers(view, mentions, events, null); // (chairs only: a head's closing words need the last answer)
  // The chair closing in words ("林某在总结时说,…"), or under their own label ("【林某主任】今天的询问到此结束。"): no chair speaks in an office's answer.
  const labelled = (l: Line) => closers.chairs.some((c) => c[0] >= l.content[0] && c[0] <= l.content[0] + 1 && CHAIR_LABEL_END.test(view.slice(c[1], c[1] + 3)));
  // (…or the report's closing paragraph, "询问结束前,韦某代表市政府作表态发言,…", "会议最后,…": opening on the inquiry's end, told
  // in the third person — not an office telling what it did ("询问结束后,我局…", "群众满意率达96%"), nor the heading "附:会后答复".)
  const told = (l: Line) => { const s = view.slice(l.content[0], l.content[1]); return END_MOMENT.test(s) && !FIRST_PERSON.test(s) && isClosingNarration(s); };
  const at = frameLines.find((l) => l.content[0] > written && (closesInquiry(view, l.content, closers) || labelled(l) || told(l)));
  if (!at) return null;
  const back = frameLines.filter((l) => l.content[0] >= at.content[0] && frameKind(view.slice(l.content[0], l.content[1])) === null);
  replaceAll(frameLines, frameLines.filter((l) => !back.includes(l)));
  append(body, back);
  return at.content[0];
}

/** A line opening on the inquiry's end: "询问结束前,", "会议最后,", "专题询问结束时,", "最后,". */
const END_MOMENT = /^(?:(?:专题)?询问|会议)(?:结束(?:前|时|后)|最后)|^最后\s*,/u;
/** The first sentence in the first person ("询问结束后,我局立即…"): an office's own account, no closing. */
const FIRST_PERSON = /^[^。]*?(?:我们|我局|我委|我厅|我办|我市|我县|我区|我单位)/u;

/** After the chair's name (and title) in their label: its colon or closing bracket. */
const CHAIR_LABEL_END = /^\s*(?:[】\]]|:)/u;

/** The last section ends at the last body line before the first frame line after its start. */
export function cutAtTail(body: Line[], frameLines: Line[], lastSection: Section): void {
  const from = lastSection.span[0];
  const tail = frameLines.find((l) => l.span[0] > from);
  if (!tail) return;
  let end: number | undefined;
  for (let k = body.length - 1; k >= 0; k--) {
    const l = body[k];
    if (l.content[1] <= tail.span[0] && l.content[0] >= from) { end = l.content[1]; break; }
  }
  if (end !== undefined && end > from) lastSection.span = [from, Math.min(lastSection.span[1], end)];
}

/**
 * The moderator's own turns (主持人:…, the chair's bare-name lines): from each such line to the next event. The brackets
 * naming the chair after the words ("询问到此结束。(区人大常委会副主任 某)", trailing-attribution.ts) are the turn's own.
 */
export function moderatorTurns(events: SpeechEvent[], contentEnd: number): Span[] {
  const out: Span[] = [];
  for (let k = 0; k < events.length; k++) {
    if (!events[k].moderator) continue;
    let j = k + 1;
    while (j < events.length && events[j].attribution) j++;
    out.push([events[k].start, j < events.length ? events[j].start : contentEnd]);
  }
  return out;
}

/** Markdown marks alone: a heading's "##", a rule, emphasis marks. */
const MARKUP_ONLY = /^[#*_>\-=\s]+$/u;

/**
 * Text after the last question (`from`: where its section ends) that neither a question's section nor the closing
 * (`covered`) holds, up to the page's tail (the first frame line after `from`: "责任编辑:…" and what follows are the
 * page's): it would be dropped from the record. A clock time alone, a source line or markup hold no words of the
 * meeting (closingSpan leaves them out too). Each stretch's span, line by line.
 */
export function droppedAfter(view: string, body: Line[], frameLines: Line[], from: number, covered: Span[]): Span[] {
  const tail = frameLines.find((l) => l.span[0] >= from)?.span[0] ?? Infinity;
  const after = body.filter((l) => l.content[0] >= from && l.content[0] < tail);
  // (Line by line: a clock time alone on its line next to a rule is two lines of no words, not one stretch of words.)
  return after.flatMap((l) => outsideSpans(view, [l], covered)).filter((s) => !MARKUP_ONLY.test(view.slice(s[0], s[1])) && !isTrailer(view.slice(s[0], s[1])));
}
