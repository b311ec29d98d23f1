/**
 * Batches: several members ask one after another, then the officials answer each question in turn
 * (集中提问、逐一回答).
 *
 * Example: "…额尔敦巴雅尔首先提问:…?\n…其木格接着提问:…?\n…宝音达来提问:…?\n针对第一个问题,盟林业和草原局
 * 局长孟和回答说,…\n关于补奖资金发放问题,盟财政局局长刘海燕表示,…\n盟生态环境局局长阿拉坦仓回应,…" reads
 * as three questions, the answers all in the third one's section. The turns stay where they stand
 * (the sections tile the text), but each answer is linked to its question (batch-match.ts):
 * `answerTo` marks a turn that answers another question of the batch, that question lists its
 * speaker as responder, and the question whose section holds it does not. The opening words of an
 * answer ("针对第一个问题,") belong to it, not to the turn before. A batch is two or more
 * consecutive questions by different members, none a 追问, before anyone answers; an ordinary
 * ask-and-answer transcript is left as it is. An answer that says it answers them together ("X集中回答了以上三位…的提问",
 * "X一并作了回答") is read by joint-answers.ts: its 关于… parts in order, else the whole answer for the group.
 * Spans are [start, end): UTF-16 offsets into the text.
 */
import type { Person, Turn } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { QuestionFrame, TextPair } from './types.js';
import { sentenceEnd, sentenceStart, trim } from './blocks.js';
import { speakersOf } from './turns.js';
import { matchAnswers, referenceIn, type AnswerUnit, type BatchQuestion } from './batch-match.js';
import { answeredGroup, jointAnswer, partsByTopic, partsInOrder, topicAnswer } from './joint-answers.js';
import { lineStartAt } from '../source/line-bounds.js';
import { append } from '../model/append.js';
import { announcedLists, type AnnouncedList } from './announced.js';
import type { SpeakerMention } from './mentions.js';

/** Words of a question that asks something (the askers' turns of a batch each ask). */
const ASKS = /[?]|请问|如何|怎样|怎么|什么|哪些|多少|是否|能否|有没有|吗/u;
/** Opening words of an answer left at the end of the turn before: "针对第一个问题,", "对此,", "随后,". */
const LEAD_IN = /^[^。?!;\n]{1,30}[,:]\s*$/u;
/** A sentence inside a paragraph opening on the topic it answers: "。关于旺季分流,…" (its 关于…). */
const TOPIC_SENTENCE = /[。;!?](关于|针对)/gu;
/** How far past its start an answer's first sentence is read for a reference (UTF-16 units). */
const LEAD_REACH = 80;
/** A first sentence this short (speaker and title included) is a courtesy; the reference follows it. */
const COURTESY = 30;

/** One answer of a batch: a stretch of the last question's turns spoken by one responder. */
export interface Unit {
  start: number; end: number; speaker: string | null; leadStart: number;
  /** Where the words naming its question start, when not at `start` (a courtesy before them, see answerUnits). */
  refAt?: number;
  /** Cut at a sentence inside a responder's words (关于…), not at a turn. */
  sentence?: boolean;
}

/**
 * Link the answers of every batch to their questions (frames are changed in place). Returns the
 * indexes (1-based) of the questions that were given answers standing in another's section.
 */
export function linkBatches(pair: TextPair, questions: QuestionFrame[], persons: Person[], mentions: readonly SpeakerMention[]): number[] {
  const out: number[] = [];
  const names = new Map(persons.map((p) => [p.id, p.name]));
  const lists = askedInTurn(pair.view, mentions);
  const answering = answeredRespectively(pair.view, mentions);
  for (let i = 0; i < questions.length;) {
    const end = batchEnd(pair.view, questions, i, names, lists);
    if (end === null) { i++; continue; }
    append(out, linkBatch(pair, questions, i, end, persons, answering));
    i = end + 1;
  }
  return out;
}

/** The position of the batch's last question (the first with an answer) when a batch opens at `i`, else null. */
function batchEnd(view: string, questions: QuestionFrame[], i: number, names: ReadonlyMap<string, string | null>, lists: readonly AnnouncedList[]): number | null {
  // (Who a sentence before announces as asking in turn asks, whatever their words: "雷振华、杨丽娟先后就…发问。⏎雷振华说,…".)
  const announced = (q: QuestionFrame) => announcedAsking(view, lists, questions.slice(i, questions.indexOf(q) + 1), q.askers.map((a) => names.get(a) ?? ''));
  if (!(asks(view, questions[i]) || announced(questions[i])) || answered(questions[i])) return null;
  const askers = new Set(questions[i].askers);
  for (let j = i + 1; j < questions.length; j++) {
    const q = questions[j];
    if (!(asks(view, q) || announced(q)) || q.askers.some((a) => askers.has(a))) return null;
    if (answered(q)) return j;
    for (const a of q.askers) askers.add(a);
  }
  return null;
}

/** A question of its own (no 追问) whose named asker asks something. */
function asks(view: string, q: QuestionFrame): boolean {
  return q.followUpOf === null && q.askers.length > 0 && q.turns.some((t) => t.role === 'asker') && ASKS.test(view.slice(q.span[0], q.span[1]));
}

/**
 * The announcements of askers who ask one after another, the clause ending on the verb ("…雷振华、杨丽娟先后就…等问题发问。"):
 * the ordered lists of askers announced.ts reads.
 */
function askedInTurn(view: string, mentions: readonly SpeakerMention[]): AnnouncedList[] {
  return announcedLists(view, mentions).filter((l) => l.role === 'asker' && l.ordered && /^了?(?:[。;\n]|$)/u.test(view.slice(l.span[1], l.span[1] + 2)));
}

/**
 * True when a narration turn of `run` (the batch so far, up to the question) holds an announcement (`lists`) naming its
 * askers as asking in turn: the question counts as asked though its words state a concern ("雷振华说,…积极性不高。").
 */
function announcedAsking(view: string, lists: readonly AnnouncedList[], run: QuestionFrame[], names: string[]): boolean {
  if (!lists.length || !names.length || names.some((n) => !n)) return false;
  return run.some((q) => q.followUpOf === null && q.turns.some((t) => t.role === 'narration'
    && lists.some((l) => l.span[0] >= t.span[0] && l.span[1] <= t.span[1] && names.every((n) => view.slice(l.span[0], l.span[1]).includes(n)))));
}

/**
 * The announcements of responders who answer respectively, one question each in the order asked ("县文化和旅游局局长梁永胜
 * 和县自然资源局局长马俊杰分别作了回答", "…分别就上述问题作了答复"): 分别 before the verb, every one named (no 等).
 * (先后/依次 tell the order they spoke in, not which question each took.)
 */
function answeredRespectively(view: string, mentions: readonly SpeakerMention[]): AnnouncedList[] {
  return announcedLists(view, mentions).filter((l) => l.role === 'responder' && l.complete && l.members.length > 1
    && view.slice(l.members[l.members.length - 1].span[1], l.span[1]).includes('分别'));
}

/**
 * The names a respectively-announcement (`lists`) gives in the holder's section, between its askers' last words and the
 * second answer (`units`), when it names one responder per question of the batch (`count`); else null.
 */
function respectiveNames(turns: Turn[], units: Unit[], lists: readonly AnnouncedList[], count: number): string[] | null {
  let from = turns[0].span[0];
  for (const t of turns) if (t.role === 'asker' && t.span[0] < units[0].start) from = t.span[1];
  const to = units.length > 1 ? units[1].leadStart : turns[turns.length - 1].span[1];
  const list = lists.find((l) => l.span[0] >= from && l.span[1] <= to && l.members.length === count);
  return list ? list.members.map((m) => m.name!) : null;
}

function answered(q: QuestionFrame): boolean {
  return q.turns.some((t) => t.role === 'responder');
}

/** Link the answers of questions[first..last], standing in the last one's section; the questions given answers. */
function linkBatch(pair: TextPair, questions: QuestionFrame[], first: number, last: number, persons: Person[], answering: readonly AnnouncedList[]): number[] {
  const { view } = pair;
  const batch = questions.slice(first, last + 1);
  const byId = new Map(persons.map((p) => [p.id, p]));
  const asked: BatchQuestion[] = batch.map((q) => ({
    askers: q.askers.flatMap((id) => { const n = byId.get(id)?.name; return n ? [n] : []; }),
    text: view.slice(q.span[0], q.span[1]),
    addressees: q.addressees,
  }));
  const holder = questions[last];
  let units: Unit[];
  let targets: (number | null)[];
  // "谭志强集中回答了以上三位委员和代表的提问。他说:⏎关于…⏎关于…": one answer for the group (joint-answers.ts).
  // (Unsaid, one official's words divided into a 关于… part per question answer them all the same: topicAnswer.)
  const joint = jointAnswer(view, holder.turns) ?? topicAnswer(view, holder.turns, batch.length);
  if (joint) {
    const from = first + answeredGroup(joint, batch.map((q) => q.askers.length));
    const group = asked.slice(from - first);
    const parts = partsInOrder(view, joint, group);
    // (Fewer parts than questions: each to the question its topic names, the rest to the group's first.)
    const pieces = parts ? { starts: parts, questions: parts.map((_, k) => k) } : partsByTopic(view, joint, group);
    if (!pieces) return answerGroup(questions, from, last, joint.speaker);
    const { starts } = pieces;
    units = starts.map((at, k) => ({ start: at, end: k + 1 < starts.length ? starts[k + 1] : joint.span[1], speaker: joint.speaker, leadStart: at }));
    targets = pieces.questions.map((q) => (from + q === last ? null : from + q + 1));
  } else {
    units = answerUnits(view, holder.turns, asked);
    if (!units.length) return [];
    const matches = matchAnswers(asked, units.map((u): AnswerUnit => ({
      lead: u.refAt === undefined ? view.slice(u.leadStart, leadEnd(view, u.start, u.end)) : view.slice(u.refAt, leadEnd(view, u.refAt, u.end)),
      organization: u.speaker ? byId.get(u.speaker)?.organization ?? null : null,
      name: u.speaker ? byId.get(u.speaker)?.name ?? null : null,
    })), respectiveNames(holder.turns, units, answering, batch.length));
    targets = matches.map((m) => (m.question === null || first + m.question === last ? null : first + m.question + 1));
  }
  if (targets.every((t) => t === null)) return [];

  holder.turns = relinkTurns(pair.text, holder.turns, units, targets);
  // The holder's question ends with its askers' words ("…有什么修复计划?", not "…? 针对第一个问题,").
  let askerEnd = holder.span[0];
  for (const t of holder.turns) if (t.role === 'asker') askerEnd = Math.max(askerEnd, t.span[1]);
  if (holder.span[1] > askerEnd && askerEnd > holder.span[0]) {
    holder.span = trim(view, holder.span[0], askerEnd);
    holder.text = pair.text.slice(holder.span[0], holder.span[1]);
  }
  holder.responders = speakersOf(holder.turns.filter((t) => t.answerTo === null), 'responder');
  const given: number[] = [];
  for (const index of new Set(targets)) {
    if (index === null) continue;
    const q = questions[index - 1];
    const lent = holder.turns.filter((t) => t.answerTo === index);
    q.responders = [...q.responders, ...speakersOf(lent, 'responder').filter((id) => !q.responders.includes(id))];
    given.push(index);
  }
  return given.sort((a, b) => a - b);
}

/**
 * A joint answer not divided by question: it stays in the holder's section, and each question of the group from
 * position `from` lists the official among its responders. The questions given the responder (1-based).
 */
function answerGroup(questions: QuestionFrame[], from: number, last: number, speaker: string): number[] {
  const given: number[] = [];
  for (let k = from; k < last; k++) {
    const q = questions[k];
    if (!q.responders.includes(speaker)) q.responders = [...q.responders, speaker];
    given.push(k + 1);
  }
  return given;
}

/**
 * The answers in the holder's turns: from its first responder turn to the next asker turn, a new
 * answer at each change of responder and at each paragraph of one responder that opens with an
 * explicit reference ("关于第二个问题,…"). Narration goes with the answer before it.
 */
function answerUnits(view: string, turns: Turn[], asked: BatchQuestion[]): Unit[] {
  const firstAnswer = turns.findIndex((t) => t.role === 'responder');
  if (firstAnswer < 0) return [];
  const units: Unit[] = [];
  let stop = turns[turns.length - 1].span[1];
  for (let k = firstAnswer; k < turns.length; k++) {
    const t = turns[k];
    if (t.role === 'asker') { stop = t.span[0]; break; }
    const current = units[units.length - 1];
    // (A new label of the same responder taking up another question, "局长某:关于刘委员提出的问题,…", is a new answer too.)
    const refers = () => referenceIn(view.slice(t.span[0], leadEnd(view, t.span[0], t.span[1])), asked) !== null;
    if (t.role === 'responder' && (!current || current.speaker !== t.speaker || refers())) units.push(unitAt(view, t.span[0], t.speaker, k > 0 ? turns[k - 1].span[0] : t.span[0]));
    if (t.role !== 'responder') continue;
    // Paragraphs of one responder that name the question they take up.
    for (let nl = view.indexOf('\n', t.span[0]); nl >= 0 && nl < t.span[1]; nl = view.indexOf('\n', nl + 1)) {
      const at = trim(view, nl + 1, t.span[1])[0];
      if (at >= t.span[1] || view.slice(nl + 1, at).includes('\n')) continue;
      const lead = view.slice(at, leadEnd(view, at, t.span[1]));
      if (referenceIn(lead, asked)) units.push({ start: at, end: at, speaker: t.speaker, leadStart: at });
    }
    // Sentences of one paragraph that take up the questions in turn: "两个问题我一并回答。关于市场秩序,…。关于旺季分流,…".
    for (const m of view.slice(t.span[0], t.span[1]).matchAll(TOPIC_SENTENCE)) {
      const at = t.span[0] + m.index + m[0].length - m[1].length;
      const lead = view.slice(at, leadEnd(view, at, t.span[1]));
      if (referenceIn(lead, asked)) units.push({ start: at, end: at, speaker: t.speaker, leadStart: at, sentence: true });
    }
  }
  // (The paragraphs' and the sentences' answers found apart: in reading order, one per place.)
  units.sort((a, b) => a.start - b.start);
  for (let k = units.length - 1; k > 0; k--) if (units[k].start === units[k - 1].start) units.splice(k, 1);
  // Words naming no question before the first sentence that names one ("感谢两位委员。两个问题我一并回答。关于X,…",
  // "谢谢委员。关于第二个问题,…") open that answer: one unit, its question read where the reference stands; a sentence
  // naming the question its answer already named goes on that answer.
  for (let k = units.length - 2; k >= 0; k--) {
    const [u, next] = [units[k], units[k + 1]];
    if (!next.sentence || next.speaker !== u.speaker || u.refAt !== undefined) continue;
    const own = referenceIn(view.slice(u.leadStart, leadEnd(view, u.start, next.start)), asked);
    if (own && own.question !== referenceIn(view.slice(next.start, leadEnd(view, next.start, next.end === next.start ? view.length : next.end)), asked)?.question) continue;
    units.splice(k + 1, 1);
    if (!own) u.refAt = next.start;
  }
  units.forEach((u, k) => { u.end = k + 1 < units.length ? units[k + 1].leadStart : stop; });
  return units;
}

/**
 * Where an answer's opening words end: after its first sentence, or after the second when the first
 * is only a courtesy ("市水利局局长　某:谢谢几位委员。关于某委员提出的问题,…").
 */
function leadEnd(view: string, start: number, end: number): number {
  const ceil = Math.min(end, start + LEAD_REACH);
  const first = sentenceEnd(view, start, ceil);
  return first - start <= COURTESY && first < ceil ? sentenceEnd(view, first, ceil) : first;
}

/** An answer starting at a turn's start; its opening words may stand at the end of the turn before (from `floor`). */
export function unitAt(view: string, start: number, speaker: string | null, floor: number): Unit {
  const from = sentenceStart(view, start, Math.max(floor, lineStartAt(view, start)));
  const leadStart = from < start && LEAD_IN.test(view.slice(from, start)) ? from : start;
  return { start, end: start, speaker, leadStart };
}

/**
 * The holder's turns cut at the answers' starts (their opening words included), each piece marked
 * with the question it answers (`targets`, null for the holder's own), neighbours of one speaker,
 * role and question joined again. The pieces still tile the section.
 */
export function relinkTurns(text: string, turns: Turn[], units: Unit[], targets: (number | null)[]): Turn[] {
  const end = turns[turns.length - 1].span[1];
  const offsets = [...new Set([...turns.map((t) => t.span[0]), ...units.map((u) => u.leadStart)])].sort((a, b) => a - b);
  const out: Turn[] = [];
  offsets.forEach((a, k) => {
    const b = k + 1 < offsets.length ? offsets[k + 1] : end;
    let u = -1;
    for (let n = units.length - 1; n >= 0 && u < 0; n--) if (units[n].leadStart <= a && a < units[n].end) u = n;
    const own = turns.find((t) => t.span[0] <= a && a < t.span[1])!;
    // The answer's opening words ("针对第一个问题,") are spoken by its responder.
    const lead = u >= 0 && a < units[u].start;
    const speaker = lead ? units[u].speaker : own.speaker;
    const role = lead ? 'responder' : own.role;
    const answerTo = u >= 0 ? targets[u] : null;
    const prev = out[out.length - 1];
    if (prev && prev.speaker === speaker && prev.role === role && prev.answerTo === answerTo) {
      prev.span = [prev.span[0], b];
      prev.text = text.slice(prev.span[0], b);
      return;
    }
    out.push({ speaker, role, text: text.slice(a, b), span: [a, b] as Span, answerTo });
  });
  return out;
}

/**
 * The runs of turns each question borrows from the sections of others (turns marked `answerTo` it, consecutive in
 * one section), by question index, in reading order: read once for the document, not once per question (which
 * made a compilation of thousands of questions quadratic).
 */
export function borrowedRuns(questions: QuestionFrame[]): Map<number, Turn[][]> {
  const out = new Map<number, Turn[][]>();
  for (const other of questions) {
    let run: Turn[] | null = null;
    for (const t of other.turns) {
      // (A turn answering its own section's question is no loan; any other target breaks the run.)
      if (t.answerTo === null || t.answerTo === other.index) { run = null; continue; }
      if (!run || run[0].answerTo !== t.answerTo) {
        let runs = out.get(t.answerTo);
        if (!runs) out.set(t.answerTo, (runs = []));
        runs.push((run = []));
      }
      run.push(t);
    }
  }
  return out;
}

/**
 * Where question `q` is read from when a batch links answers across sections: its own section less
 * the turns it lends (`answerTo` another question), and the runs of turns of other sections that
 * answer it, in reading order; null when it neither lends nor borrows (read the section as it is).
 * `runs` is `borrowedRuns(questions)`, read once for all the questions.
 */
export function questionPieces(q: QuestionFrame, questions: QuestionFrame[], runs: Map<number, Turn[][]> = borrowedRuns(questions)): { own: Span[]; borrowed: Turn[][] } | null {
  const lends = q.turns.some((t) => t.answerTo !== null);
  const borrowed = runs.get(q.index) ?? [];
  if (!lends && !borrowed.length) return null;
  const own: Span[] = [];
  let from = q.sectionSpan[0];
  for (const t of q.turns) {
    if (t.answerTo === null) continue;
    if (t.span[0] > from) own.push([from, t.span[0]]);
    from = t.span[1];
  }
  if (q.sectionSpan[1] > from) own.push([from, q.sectionSpan[1]]);
  return { own, borrowed };
}
