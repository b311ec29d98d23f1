/**
 * Who speaks in the closing narration after the last exchange, one stretch per speaker in reading order.
 *
 * Example: "副市长 晏伯钧：我代表市政府表个态，…市政府将逐条研究整改。⏎⏎副主任 郁清和：本次专题询问到此结束。" gives two
 * statements: the vice-mayor's (role government) and the chair's (role chair). So does a report's "会议最后，州人大常委会主任
 * 杨光远作总结讲话。⏎他强调，…": one statement from 会议最后 on, "他强调" going on with it. A speaker is a mention
 * the speaker reader found there (speakers.ts, grouped into people by cast.ts: the same name, titles and organization
 * the exchanges give), opening its sentence after the moment at most ("会议最后,", closers.ts) and speaking right after
 * it (a label's colon, a verb of speaking, a 表态): "主持人:下面请副市长某作表态发言。" names the vice-mayor but he does
 * not speak there. Narration naming no speaker ("询问结束后,与会人员对应询部门进行了满意度测评。") gives no statement,
 * and a line of such narration after a speaker's words (a vote's line) ends that speaker's stretch.
 * Spans are [start, end): UTF-16 offsets into the decoded text; matching runs on the view.
 */
import type { ClosingRole, ClosingStatement } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { TextPair } from './types.js';
import type { Cast } from './cast.js';
import type { SpeakerMention } from './mentions.js';
import type { SpeechEvent } from './speech.js';
import { sentenceEnd, sentenceStart, trim } from './blocks.js';
import { atClosingMoment, speaksAfter, CONTINUES, COURT_HEAD, type Closers } from './closers.js';
import { isClosingNarration, isStatementHeading, isTrailer, opensStatementPart } from './closing-narration.js';
import { meetingPart, partHeading } from './meeting-parts.js';
import { attributedFrom } from './trailing-attribution.js';
import { isLeader } from './chair.js';
import { GOVERNMENT } from './government-statements.js';
import { chainGovernment } from './government-heads.js';
import { lineStartAt } from '../source/line-bounds.js';

/** The statements of the closing `closing`; `chair`: the session chair's name, or null. */
export function closingStatements(pair: TextPair, closing: Span, cast: Cast, events: readonly SpeechEvent[], closers: Closers, chair: string | null): ClosingStatement[] {
  const { view, text } = pair;
  const [c0, c1] = closing;
  // Mentions inside a label the speech reader read there ("【公孙正平主任】…", "主持人（宇文静）：…", a name alone on its line):
  // the moderator's own label is narration to it (no speaker of a question), the name in it still says who speaks.
  const labels: Span[] = [];
  for (const e of events) {
    if (e.start < c0 || e.start >= c1 || !LABEL_KINDS.has(e.kind) || e.announces || e.roster || e.attribution) continue;
    labels.push(e.mention ? e.mention.span : [e.start, e.wordsStart ?? e.start]);
  }
  const labelled = (m: SpeakerMention) => labels.some(([s, e]) => m.span[0] >= s && m.span[1] <= e);
  // The host's own label naming nobody ("主持人:请市人大常委会主任刘宏讲话。" after the vice-mayor's 表态): the chair's call,
  // no words of whoever spoke before it; their stretch ends there. (A label naming its speaker, "市人大常委会主任邬某某:", opens
  // that speaker's own stretch.)
  const calls: number[] = [];
  for (const e of events) {
    if (e.start <= c0 || e.start >= c1 || e.role !== 'narration' || !LABEL_KINDS.has(e.kind) || e.mention?.name) continue;
    const end = e.wordsStart ?? e.start;
    if (!cast.mentions.some((m) => m.name && m.span[0] >= e.start && m.span[0] < end)) calls.push(e.start);
  }
  // Brackets closing a paragraph that name who said it ("…落到实处。(县人大常委会副主任 某)", trailing-attribution.ts): [open, close).
  // (A dash's attribution closes with its mention: "…专题报告。⏎——副省长 某".)
  const attributions: Span[] = [];
  for (const e of events) if (e.attribution && e.start >= c0 && e.start < c1 && e.wordsStart !== null) attributions.push([e.start, e.wordsStart]);
  // `end`: where the stretch ends when its speaker is named after the words (the attribution's close), else null.
  // `words`: where a bare host's words start (on the line under the label at times).
  const starts: { at: number; m: SpeakerMention; id: string; end: number | null; words?: number }[] = [];
  let covered = c0;
  for (const m of cast.mentions) {
    if (m.span[0] < covered || m.span[0] >= c1) continue;
    if (!m.name && !m.title) continue;
    const id = cast.idOf(m);
    const tail = attributions.find(([o, c]) => m.span[0] > o && m.span[1] <= c);
    if (tail) {
      // The words before the brackets are the speaker's: a stretch of its own from where they start, anyone read in them aside.
      const from = Math.max(covered, attributedFrom(view, tail[0], c0));
      while (starts.length && starts[starts.length - 1].at >= from) starts.pop();
      covered = tail[1];
      if (starts.length && starts[starts.length - 1].id === id && starts[starts.length - 1].end === null) starts[starts.length - 1].end = tail[1];
      else starts.push({ at: from, m, id, end: tail[1] });
      continue;
    }
    const s = sentenceStart(view, m.span[0], c0);
    if (!labelled(m) && !headsPart(view, m, c0, c1) && !(atClosingMoment(view.slice(s, m.span[0]).replace(TAG, '')) && speaksAfter(view.slice(m.span[1], sentenceEnd(view, m.span[1], c1))))) continue;
    covered = m.span[1];
    // The same person again (a label after their reported words): one stretch.
    if (starts.length && starts[starts.length - 1].id === id) continue;
    starts.push({ at: s, m, id, end: null });
  }
  // The host's own label naming nobody ("主持人:询问到此结束。希望市政府认真整改。") is the session's chair speaking, when the
  // introduction names the chair ("会议由常委会副主任某某主持", `chair`): the chair's statement from there.
  const host = chair === null ? undefined : cast.mentions.find((m) => m.name === chair);
  if (host) {
    for (const e of events) {
      if (e.start < c0 || e.start >= c1 || e.role !== 'narration' || !LABEL_KINDS.has(e.kind) || e.mention?.name) continue;
      if (!BARE_HOST.test(view.slice(e.start, e.wordsStart ?? e.start)) || starts.some((st) => st.at === e.start)) continue;
      // (A host calling the chair by name, "主持人:请市人大常委会副主任韩某讲话。", is someone else: the chair speaks after.)
      let words = e.wordsStart ?? e.start;
      while (words < c1 && /\s/u.test(view[words])) words++; // ("主持人:⏎今天的专题询问到此结束。": the words on the next line)
      const lineEnd = view.indexOf('\n', words);
      if (view.slice(words, lineEnd < 0 || lineEnd > c1 ? c1 : lineEnd).includes(chair!)) continue;
      starts.push({ at: e.start, m: host, id: cast.idOf(host), end: null, words });
      const at = calls.indexOf(e.start);
      if (at >= 0) calls.splice(at, 1);
    }
    starts.sort((a, b) => a.at - b.at);
    // (The chair again right after the chair: one stretch.)
    for (let k = starts.length - 1; k > 0; k--) if (starts[k].id === starts[k - 1].id && starts[k - 1].end === null && starts[k].end === null) starts.splice(k, 1);
  }
  const out: ClosingStatement[] = [];
  starts.forEach((st, k) => {
    const next = k + 1 < starts.length ? starts[k + 1].at : c1;
    const call = calls.find((at) => at > st.at && at < next);
    // (A line under the speaker's own label goes on with the stretch: the chair's tally after "主持人某某:" again.)
    const own = (label: string) => (st.m.name !== null && label.includes(st.m.name)) || (st.words !== undefined && BARE_HOST.test(label));
    const end = st.end ?? withoutTrailers(view, st.at, narrationAfter(view, Math.max(st.at, st.words ?? st.at), call ?? next, own));
    // (Markup opening the line is the speaker's label's: "**副市长**　某", "**多吉次仁：**".)
    const line = Math.max(c0, lineStartAt(text, st.at));
    const span = trim(text, MARKUP_ONLY.test(text.slice(line, st.at)) ? line : st.at, end);
    if (span[1] <= span[0]) return;
    const person = cast.persons.find((p) => p.id === st.id);
    const titles = person ? [...person.titles] : st.m.title ? [st.m.title] : [];
    // (A bare head post names its government: 副市长 → 市政府, as everywhere: government-heads.ts.)
    // (A concurrent chain speaks from its highest government post: 国务委员、公安部部长 → 国务院; 副省长、省公安厅厅长 → 省政府.)
    const speaker = { name: person?.name ?? st.m.name, titles, organization: chainGovernment(person?.organization ?? st.m.organization ?? null, titles) };
    out.push({ speaker, role: roleOf(st.m, speaker, closers, chair), text: text.slice(span[0], span[1]), span });
  });
  return out;
}

/** A line opening with a speaker's label: a short run with no sentence punctuation, then a colon ("主持人陈立宏:"). */
const LABELLED = /^[\s*_#>]*[^\n。,;!?:“”]{2,24}:/u;
/** A host's label with no name: "主持人:", "会议主持人:", "主持:" (markup and a stamp aside). */
const BARE_HOST = /^[\s*_#>]*(?:会议)?主持(?:人)?[\s*_]*:[\s*_]*$/u;
/** Only markup or spaces: what may stand before a label on its line ("**", "## "). */
const MARKUP_ONLY = /^[\s*_#>]*$/u;
/** The speech events that name a speaker by their label. */
const LABEL_KINDS: ReadonlySet<SpeechEvent['kind']> = new Set(['label', 'qa-label', 'moderator']);
/** A short tag opening the line before the moment or the speaker: "【现场】", "【主持】". */
const TAG = /^\s*[【\[][^】\]\n]{1,4}[】\]]\s*/u;

/**
 * Where a speaker's stretch from `from` ends before `to`: at the first later line that is closing narration by its own words
 * (a vote's line, "询问结束后,与会人员…进行了满意度测评。"), unless it goes on with the speaker's words ("他强调,…") or opens
 * under the speaker's own label (`own`).
 */
function narrationAfter(view: string, from: number, to: number, own: (label: string) => boolean): number {
  let at = view.indexOf('\n', from);
  // A label alone on its line ("省人大常委会副主任 魏国平:⏎专题询问到此结束。"): its first line of words is the speaker's, whatever
  // they say, as a label's words after its colon are.
  // (…so is one in corner brackets: "【主持人 省人大常委会副主任 孟某】⏎同志们,…专题询问到此结束。")
  let owned = at >= 0 && (LABEL_ALONE.test(view.slice(from, at)) || BRACKET_LABEL_ALONE.test(view.slice(lineStartAt(view, from), at)));
  while (at >= 0 && at < to) {
    const next = at + 1;
    const lineEnd = view.indexOf('\n', next);
    const line = view.slice(next, lineEnd < 0 || lineEnd > to ? to : lineEnd);
    if (owned && line.trim()) { owned = false; at = lineEnd; continue; }
    // (A line under the speaker's own label is that speaker's words, a tally in them too: "主持人陈立宏:同志们,今天的专题询问,共有2位
    // 询问人提问,…" goes on with the chair's stretch; "会议要求:…" is the meeting's, no speaker's.)
    const label = LABELLED.exec(line);
    if (line.trim() && isClosingNarration(line.trim()) && !CONTINUES.test(line) && !(label && own(label[0]))) return next;
    at = lineEnd;
  }
  return to;
}

/** A line that is a speaker's label and nothing else: words with no sentence's stop, ending on a colon ("主持人 某某 魏某:"). */
const LABEL_ALONE = /^[^。?!;\n]{1,60}:[\s*_]*$/u;
/** …or in corner brackets, no colon: "【主持人 省人大常委会副主任 孟某】", "【副省长 聂某】". */
const BRACKET_LABEL_ALONE = /^\s*【[^【】。?!;:\n]{2,60}】[\s*_]*$/u;

/**
 * `end` moved back over the lines after `from`'s line that hold only markup, a source line or a clock time ("---", "15:30"),
 * or the heading of the next speaker's part ("## 总结讲话", "【总结】" alone).
 */
function withoutTrailers(view: string, from: number, end: number): number {
  for (;;) {
    const body = view.slice(from, end).trimEnd();
    const nl = body.lastIndexOf('\n');
    if (nl < 0 || !(isTrailer(body.slice(nl + 1).trim()) || namesPart(body.slice(nl + 1)))) return from + body.length;
    end = from + nl;
  }
}

/** Markup around a heading's words: "## ", "**…**". */
const HEADING_MARKUP = /^[\s#*_>]+|[\s*_]+$/gu;

/**
 * `line` (a line of the view) is a heading naming a part of the meeting's closing, alone: "## 表态发言", "【总结】", "表态发言(副县长
 * 某某)" (closing-narration.ts), "四、总结讲话", "会议小结" (meeting-parts.ts).
 */
function namesPart(line: string): boolean {
  const words = line.replace(HEADING_MARKUP, '');
  return isStatementHeading(line) || meetingPart(words) === 'closing' || partHeading(words)?.part === 'closing';
}

/** Only markup or spaces after a speaker's mention on their line, or the bracket closing a heading's note round it. */
const ALONE_AFTER = /^[\s*_]*\)?[\s*_]*$/u;
/** Before the mention on its line, a tag, field or heading naming the part (opensStatementPart) ends on its bracket, colon or note's bracket. */
const PART_BEFORE = /[】\]:(][\s*_]*$/u;

/**
 * The mention `m` in the closing [c0, c1) speaks there as the speaker of a part named by a tag, field or heading, alone on
 * its line, the words on the next line: "【表态】副区长 某⏎区政府将…", "【总结】区人大常委会主任 某⏎希望…", "## 表态发言⏎
 * 副市长 某⏎…", "表态发言(副县长 某某)⏎…". A name alone on its line under no such heading (a byline, a roster) says nothing.
 */
function headsPart(view: string, m: SpeakerMention, c0: number, c1: number): boolean {
  const lineStart = Math.max(c0, lineStartAt(view, m.span[0]));
  let lineEnd = view.indexOf('\n', m.span[1]);
  if (lineEnd < 0 || lineEnd > c1) lineEnd = c1;
  const before = view.slice(lineStart, m.span[0]);
  const after = view.slice(m.span[1], lineEnd);
  if (!ALONE_AFTER.test(after) || after.includes(')') !== /\([\s*_]*$/u.test(before)) return false;
  // The words on the next line, no heading of the next part.
  const next = view.slice(lineEnd, c1).trimStart();
  const nextLine = next.slice(0, next.indexOf('\n') < 0 ? next.length : next.indexOf('\n'));
  if (!nextLine.trim() || namesPart(nextLine)) return false;
  const line = view.slice(lineStart, lineEnd);
  if (MARKUP_ONLY.test(before)) {
    // Alone under the heading on the line above.
    const above = view.slice(0, lineStart).trimEnd();
    return above.length > 0 && namesPart(above.slice(above.lastIndexOf('\n') + 1));
  }
  return PART_BEFORE.test(before) && (opensStatementPart(line) || (after.includes(')') && namesPart(line)));
}

/** A people's government, an administrative office or the State Council as an organization's name. */
const GOVERNMENT_BODY = new RegExp(String.raw`${GOVERNMENT}$`, 'u');

/**
 * chair: the mention is the chair's (closers.ts: the committee's leader, or who presides), the session chair, or a congress
 * leader by title; government: a government head closers.ts reads (副市长, or whoever speaks for the government in its
 * 表态), a court's or procuratorate's head, or a head post of a government by title (市政府副市长); else other.
 */
function roleOf(m: SpeakerMention, speaker: ClosingStatement['speaker'], closers: Closers, chair: string | null): ClosingRole {
  if (closers.chairs.some((c) => c[0] === m.span[0]) || (chair !== null && speaker.name === chair) || speaker.titles.some(isLeader)) return 'chair';
  if (closers.heads.some((h) => h[0] === m.span[0]) || speaker.titles.some((t) => COURT_HEAD.test(t))) return 'government';
  if (speaker.organization && GOVERNMENT_BODY.test(speaker.organization) && speaker.titles.some((t) => t.split(LINKS).some((l) => HEAD_POST.test(l)))) return 'government';
  return 'other';
}

/** A government's head or deputy head at a link's end: 副市长, 常务副县长, 副主席, 副专员, 副总理; a 国务委员 of the State Council. */
const HEAD_POST = /(?:(?:常务|执行)?副?(?:省长|市长|县长|区长|州长|盟长|旗长|主席|专员|总理)|国务委员)$/u;
/** The links of a title chain: 副省长、省公安厅厅长; 副市长兼市公安局局长. */
const LINKS = /[、,，\s]|兼/u;
