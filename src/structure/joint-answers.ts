/**
 * One official answering several members at once (集中提问、集中回答), told so in the answer's opening sentence.
 *
 * Example: three members ask one after another, then "县卫生健康局局长谭志强集中回答了以上三位委员和代表的提问。他说:⏎
 * 关于人才问题,…⏎关于专家下沉,…⏎关于村医待遇,…" — the answer stands in the last question's section (a batch, batch.ts)
 * but answers all of them. The reporting grammar says so: 一并/集中/统一 before a verb of answering ("对两位的提问,韩广明一并
 * 作了回答", "X一并作答"), or the verb with 以上/上述 N 位 after it ("回答了以上三位委员的提问"). When the official's words
 * are then divided by as many topic openers (关于…, / 针对…问题) as there are questions, each part answers the question
 * in its place (no explicit reference pointing elsewhere); otherwise the whole answer answers the group: it stays in
 * the section where it stands, and every question of the group lists the official among its responders. Unannounced, one
 * official whose words open on a topic and fall into as many topic parts as questions were asked answers them so too
 * (topicAnswer: "梁永胜回答,关于非遗传承,…;关于传统村落保护,…").
 * Offsets are [start, end) UTF-16 offsets into the view.
 */
import type { Turn } from '../model/record.js';
import type { Span } from '../model/span.js';
import { parseNumeral } from '../extract/numerals.js';
import { sentenceEnd, sentenceStart, trim } from './blocks.js';
import { referenceIn, type BatchQuestion } from './batch-match.js';
import { lineStartAt } from '../source/line-bounds.js';

/**
 * Answering together: 一并/集中/统一/合并 (maybe 作了, 进行了) before the verb ("合并回答了三位委员的问题", "作了合并回答"), the
 * verb before 以上/上述 N 位 (the askers just heard), or 就/对 以上(几个)问题 before it ("就以上问题作了回答").
 */
const TOGETHER = new RegExp('(?:一并|集中|统一|合并)(?:作了?|做了?|进行了?|予以)?(?:回答|作答|答复|回应|解答)'
  + '|(?:回答|答复|回应|解答)了?(?:以上|上述|前面|前述|这)([两二三四五六七八九十\\d]{1,2})?位'
  + '|(?:就|对)(?:以上|上述|前面|前述)(?:[两二三四五六七八九十\\d几]个|几|这些)?(?:问题|提问)(?:一并)?(?:作了?|做了?|进行了?|予以)?(?:回答|作答|答复|回应|解答)', 'u');
/** The askers counted in the sentence: "以上三位", "对两位的提问", "回答了三位委员的问题". */
const COUNTED = /(?:以上|上述|前面|前述|这|对|回答了|答复了)([两二三四五六七八九十\d]{1,2})位/u;
/**
 * A part of the answer opening on its topic: "关于人才问题,", "针对专家下沉的问题,", "对于村医待遇,", "对托育收费问题," (the
 * opener, then a comma). Not 对 pointing back (对此, 对这个问题) or at the askers ("对三位委员的问题,": the whole answer's),
 * nor 对 in a clause with its own subject ("对群众反映的问题我们高度重视,": a sentence, no topic).
 */
const TOPIC_OPENER = /^(?:关于|针对|对于|对(?!此|这|那|其|以上|上述|[^,。;:?!“”\n]{0,12}?(?:委员|代表|同志|大家|各位)们?的|[^,。;:?!“”\n]{0,24}?[我你他她]))[^,。;:?!“”\n]{1,24}?,/u;
/**
 * Where a part may open inside one official's words: a paragraph, a sentence after 。, ; or ! (the view's ！: "谢谢各位委员！
 * 关于…,"), or the words after 他说, or 回答, ("他说,关于种业,…", "梁永胜回答,关于非遗传承,…").
 */
const PART_START = /(?:\n|[。;!]|(?:说|表示|指出|介绍|回答|答复|回应)\s*[,:])\s*(?=关于|针对|对)/gu;

/** A joint answer read in the holder's turns. */
export interface JointAnswer {
  /** The official answering (person id). */
  speaker: string;
  /** The number of askers the sentence counts ("以上三位" → 3), or null. */
  askers: number | null;
  /** The official's words: the run of their responder turns from the one that says so. */
  span: Span;
  /** The parts opening on a topic, in reading order (their starts). */
  parts: number[];
}

/** The first responder turn of `turns` when its opening sentence says the official answers together; else null. */
export function jointAnswer(view: string, turns: Turn[]): JointAnswer | null {
  const k = turns.findIndex((t) => t.role === 'responder');
  if (k < 0) return null;
  const t = turns[k];
  const from = sentenceStart(view, t.span[0], lineStartAt(view, t.span[0]));
  const opening = view.slice(from, sentenceEnd(view, t.span[0], t.span[1]));
  if (t.speaker === null || !TOGETHER.test(opening)) return null;
  const counted = COUNTED.exec(opening);
  return { ...wordsOf(view, turns, k), askers: counted ? parseNumeral(counted[1]) : null };
}

/**
 * The first responder turn of `turns` when, unannounced, the official's words open on a topic and are divided into exactly
 * `n` topic parts, and nobody else answers after them: "侯玉芬问,…?乔志勇问,…?⏎梁永胜回答,关于非遗传承,…;关于传统村落
 * 保护,…" answers both questions asked since the last answer, one part each. Fewer or more parts than questions, a part
 * opening later in the answer ("…。关于资金,…": a matter within one answer), or a second official: null.
 */
export function topicAnswer(view: string, turns: Turn[], n: number): JointAnswer | null {
  const k = turns.findIndex((t) => t.role === 'responder');
  if (k < 0 || n < 2 || turns[k].speaker === null) return null;
  const words = wordsOf(view, turns, k);
  if (turns.some((t) => t.role === 'responder' && t.speaker !== words.speaker)) return null;
  const t = turns[k];
  // (The first part opens the words: nothing but the speaker and his verb before it, no sentence of his own but thanks,
  // "感谢三位委员的提问。关于校园周边食品安全,…".)
  if (words.parts.length !== n) return null;
  const before = view.slice(t.span[0], words.parts[0]);
  if (/[。!?;]/u.test(before) && !THANKS.test(before)) return null;
  return { ...words, askers: null };
}

/** Thanks alone before the first part: "局长 某:感谢三位委员的提问。", "谢谢各位委员!" (one sentence, nothing after it). */
const THANKS = /^[^。!?;]*?[:,]?\s*(?:感谢|谢谢)[^。!?;]{0,16}[。!]\s*$/u;

/**
 * A joint answer divided into fewer topic parts than the questions of its group: "丁元恺一并回答了两位委员的提问。他说,耕地用途
 * 管制要分类施策,…。关于占补平衡,…" — the words before the first part and every part that names none of the group's
 * questions answer the first question (`asked[0]`), a part whose topic shares its words with one question answers that one.
 * The pieces' starts and their questions (positions in `asked`), in reading order; null when no part names a question after
 * the first (the whole answer then answers the group: answerGroup in batch.ts).
 */
export function partsByTopic(view: string, answer: JointAnswer, asked: BatchQuestion[]): { starts: number[]; questions: number[] } | null {
  const { parts } = answer;
  if (!parts.length || parts.length >= asked.length) return null;
  const starts: number[] = [];
  const questions: number[] = [];
  let named = false;
  // (The opening sentence saying he answers together is the first piece's, as the words after it.)
  if (trim(view, answer.span[0], parts[0])[1] > answer.span[0]) { starts.push(answer.span[0]); questions.push(0); }
  for (const at of parts) {
    const ref = referenceIn(view.slice(at, sentenceEnd(view, at, Math.min(answer.span[1], at + 80))), asked);
    if (ref?.question) named = true;
    starts.push(at);
    questions.push(ref?.question ?? 0);
  }
  return named ? { starts, questions } : null;
}

/** The official's words from responder turn `k` (their run of turns) and the topic parts in them. */
function wordsOf(view: string, turns: Turn[], k: number): Omit<JointAnswer, 'askers'> {
  const t = turns[k];
  const speaker = t.speaker!;
  let end = t.span[1];
  for (let j = k + 1; j < turns.length && turns[j].role === 'responder' && turns[j].speaker === speaker; j++) end = turns[j].span[1];
  const parts: number[] = [];
  for (const m of view.slice(t.span[0], end).matchAll(PART_START)) {
    const at = t.span[0] + m.index + m[0].length;
    if (TOPIC_OPENER.test(view.slice(at, at + 30))) parts.push(at);
  }
  return { speaker, span: trim(view, t.span[0], end), parts };
}

/**
 * The questions of the batch the answer is for: those whose askers make up the count it states, counted back from the
 * last ("以上三位" after four questions: the last three), or all of them when it states none or no run of them adds up.
 */
export function answeredGroup(answer: JointAnswer, askerCounts: number[]): number {
  const n = answer.askers;
  if (n === null) return 0;
  let sum = 0;
  for (let k = askerCounts.length - 1; k >= 0; k--) {
    sum += askerCounts[k];
    if (sum === n) return k;
    if (sum > n) break;
  }
  return 0;
}

/**
 * The part of the answer each question of the group gets, when the topic openers are as many as the questions and none
 * refers explicitly to another question than the one in its place: their starts, k-th for the k-th; else null.
 */
export function partsInOrder(view: string, answer: JointAnswer, asked: BatchQuestion[]): number[] | null {
  const { parts } = answer;
  if (parts.length !== asked.length || asked.length < 2) return null;
  for (let k = 0; k < parts.length; k++) {
    const lead = view.slice(parts[k], sentenceEnd(view, parts[k], Math.min(answer.span[1], parts[k] + 80)));
    const ref = referenceIn(lead, asked);
    if (ref && ref.question !== k) return null;
  }
  return parts;
}
