/**
 * Ranks: a position in a league table, "在全省11个设区市中排名第5位" → 第5位 (value 5, unit 位).
 *
 * A rank is no amount, so it is a quantity of kind `other` (the contract's kinds have no rank; other
 * already holds figures that are not amounts, such as the hotline 12345) with unit 位 or 名 as written
 * (位 for a bare digit: "排名第5,"). It is read only after a verb of ranking, with at most the frame of
 * the league between (排名第5位, 居全省第3位, 位列全国35个大中城市第8名): "第5次会议", "列入第一批" are
 * ordinals, never ranks, and "位居全省第一" in words without 位/名 is a superlative ("the best"), not read. Its indicator is the subject ranked: the noun phrase before the
 * verb in its clause ("全市经济增速居全省第3位" → 经济增速), or, when the clause opens with the frame
 * ("…低0.6个百分点,在全省11个设区市中排名第5位"), the subject of the clause before (增速).
 * Offsets are UTF-16 code units into the view, 0-based, end-exclusive.
 */
import { readNumeral } from './numerals.js';
import { SCOPE_WORDS } from './indicator-words.js';

export interface Rank {
  /** 第 … 位/名 (unit included when written). */
  span: [number, number];
  numeral: [number, number];
  value: number;
  unit: '位' | '名';
  /** The subject ranked, [start, end) of the view, or null. */
  subject: [number, number] | null;
}

/** A verb of ranking and the frame of the league after it (全省, 全国35个大中城市, 全省11个设区市中), up to 第 (not 安排, 编排). */
const RANK_VERB = /(?:排名|排行|排位|排在|(?<![安编彩并撤])排|位居|位列|名列|居(?![民住家所]))[^,。;:!?\n第]{0,14}$/u;
/** Clause punctuation: the subject of a rank stays inside its clause. */
const CLAUSE = /[,。;:!?\n]/;
/** Where the frame of the league starts in the clause: 在全省11个设区市中, 在全国. */
const FRAME_START = /[在于]/u;
/** Scope and time words before a subject: not part of it. */
const SCOPE = new RegExp(`^(?:${SCOPE_WORDS}(?:的)?)+`, 'u');
/** Where the subject of a clause of figures ends: its predicate (增速比…, 增加值达到…, 收入为…, 同比增长…). */
const PREDICATE = /(?:比|较|为|是|达到|达|同比|环比|增长|下降|提高|降低|占|实现|完成|居|排名|排|位居|位列|在)/u;

/** The rank whose 第 is at `at` of the view, or null. */
export function readRank(view: string, at: number): Rank | null {
  if (view[at] !== '第') return null;
  const n = readNumeral(view, at + 1);
  if (!n || n.range || !Number.isInteger(n.value) || n.value < 1) return null;
  const written = view[n.end] === '位' || view[n.end] === '名' ? view[n.end] as '位' | '名' : null;
  // Without its unit a rank is written in digits and ends its phrase (排名第5,): 第5次 is an ordinal, and
  // 全省第一 in words is a superlative ("the best in the province"), no position in a table.
  if (!written && (!n.arabic || /[\u4e00-\u9fff]/u.test(view[n.end] ?? ''))) return null;
  const verb = RANK_VERB.exec(view.slice(Math.max(0, at - 16), at));
  if (!verb) return null;
  const verbStart = at - verb[0].length;
  return { span: [at, n.end + (written ? 1 : 0)], numeral: [n.start, n.end], value: n.value, unit: written ?? '位', subject: subjectOf(view, verbStart) };
}

/** The subject ranked by the verb at `verbStart`: in its own clause, else at the start of the clause before. */
function subjectOf(view: string, verbStart: number): [number, number] | null {
  let from = verbStart;
  while (from > 0 && !CLAUSE.test(view[from - 1])) from--;
  // "增速在全省11个设区市中排名": the frame of the league (在…中) follows the subject.
  const frame = FRAME_START.exec(view.slice(from, verbStart));
  const own = trimmed(view, from, frame ? from + frame.index : verbStart);
  if (own) return own;
  if (from === 0 || view[from - 1] !== ',') return null;
  let prev = from - 1;
  while (prev > 0 && !CLAUSE.test(view[prev - 1])) prev--;
  const predicate = PREDICATE.exec(view.slice(prev, from - 1));
  return predicate ? trimmed(view, prev, prev + predicate.index) : null;
}

/** [from, to) without scope words before it; null when nothing of a noun (Han, 1–10 characters) is left. */
function trimmed(view: string, from: number, to: number): [number, number] | null {
  const scope = SCOPE.exec(view.slice(from, to));
  const start = from + (scope ? scope[0].length : 0);
  return to - start >= 1 && to - start <= 10 && /^[\u4e00-\u9fff]+$/u.test(view.slice(start, to)) ? [start, to] : null;
}
