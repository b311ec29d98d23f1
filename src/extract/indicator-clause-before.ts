/**
 * A figure whose own clause holds no noun names its subject in the clause before. Example: "增加政务服务大厅面积,从2021年
 * 1.5万平方米增至2.74万平方米" → 政务服务大厅面积 (only a year, 从, 增至 in the figure's clause); "基层卫生人员占比偏低,
 * 仅为百分之三十八点六" → 基层卫生人员占比 (the clause before judges it); and the work a predicate verb of the clause
 * names ("年内完成退化湿地修复1.2万亩" → 退化湿地修复). Offsets are UTF-16 code units into the normalized view, 0-based,
 * end-exclusive.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { isNominal, isNumeric, isPunct, BETWEEN, LINKING, CLAUSE_END, MAX_LENGTH } from './indicator-words.js';
import { before } from './indicator-before.js';
import { matchUnit } from './units.js';

/** A coverb of joint action opening a phrase (会同州财政局研究, 联合市场监管局开展): an action with a partner, no noun phrase. */
const JOINT_ACTION = /^(?:会同|联合|协同|配合|会商)/u;

/** A numeral, or a numeral and 个/名/项, closing the text before a phrase: the phrase is a figure's unit and words. */
const UNIT_BEFORE = /[\d零〇一二两三四五六七八九十百千万亿][个名项]?$/u;

/** A qualifier written after a figure, read alone as a phrase (1200万元|左右). */
const POST_QUALIFIER = /^(?:左右|上下|以上|以下|以内|之内|有余|多|余)$/u;

/**
 * "增加政务服务大厅面积,从2021年1.5万平方米增至…": a measurement (quantity or money) at `start` whose own clause holds no
 * noun (only a year, 从, 增至) names its subject at the end of the clause before; or the work a predicate verb of its
 * clause names right up to the figure. Else null.
 */
export function clauseBeforeSubject(view: string, start: number, segmenter: Segmenter): [number, number] | null {
  let from = start;
  while (from > 0 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  const own = segmenter.tag(view.slice(from, start)).filter((t) => !isNumeric(t) && !isPunct(t.text));
  // 年内完成|退化湿地修复|1.2万亩: the work a predicate verb of the clause names, right up to the figure, is what is
  // measured, though taggers read it all as verbs and modifiers (退化/v 湿地/z 修复/v).
  const work = workAfterPredicate(view, from, start, segmenter);
  if (work) return work;
  let span = from > 0 && view[from - 1] === ',' && !own.some((t) => isNominal(t) && t.tag !== undefined) ? before(view, from - 1, segmenter) : null;
  // 实施阅海湖、|鸣翠湖…工程: a phrase cut at a list's 、 is one member of the list, not what is measured.
  if (span && view[span[0] - 1] === '、') span = null;
  // 将会同州财政局研究,|争取明年提高到…8000元: a coverb of joint action (会同, 联合, 协同) opens what is done with a partner,
  // an action, no subject the figure measures.
  if (span && JOINT_ACTION.test(view.slice(span[0], span[1]))) span = null;
  // …需要1200万元|左右,目前到位约800万元: a qualifier closing the figure before is that figure's, no subject.
  if (span && POST_QUALIFIER.test(view.slice(span[0], span[1]))) span = null;
  // …压缩至68个工作日,较2022年减少22个工作日: the clause before ends with a figure's unit, not a subject; …一块五毛钱左右测算,
  // 全年需要几百万元: a phrase opening on a numeral and its unit is a figure and its words (五毛钱左右测算), no subject either
  // (二靠县级配套 opens on a list marker: a phrase).
  // (The two code units before the phrase are all the test can match: tested on the whole text before it, it ran over the
  // text from its start once per figure.)
  if (span && !UNIT_BEFORE.test(view.slice(Math.max(0, span[0] - 2), span[0])) && !figureOpens(view, span[0])) return span;
  return null;
}

/** An evaluation closing a clause: the subject is judged low or high, with no figure of its own (占比偏低, 比例较高). */
const JUDGED = /(?:偏低|偏高|较低|较高|过低|过高|不高|不足|很低|很高)$/u;

/** The subject of a judging clause right before the figure's clause, when that clause holds only linking words (,仅为|38.6%). */
export function judgedSubject(view: string, start: number, segmenter: Segmenter): [number, number] | null {
  let from = start;
  while (from > 0 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  if (from === 0 || view[from - 1] !== ',') return null;
  const own = segmenter.tag(view.slice(from, start)).filter((t) => !isPunct(t.text));
  if (!own.length || !own.every((t) => LINKING.has(t.text) || BETWEEN.has(t.text) || /^(?:仅为|只有|仅有|约为|还不到|不到)$/u.test(t.text))) return null;
  const m = JUDGED.exec(view.slice(Math.max(0, from - 3), from - 1));
  if (!m) return null;
  const at = from - 1 - m[0].length;
  const span = before(view, at, segmenter);
  return span && span[1] === at ? span : null;
}

/**
 * The words between a predicate verb of the clause (完成, 实施) and the figure at `start`, when they are two characters or
 * more with no figure or punctuation among them and hold a modifier (湿地/z) or noun, as the verb's object: 年内完成|
 * 退化湿地修复|1.2万亩 → 退化湿地修复. `from` is the clause's start. Else null.
 */
function workAfterPredicate(view: string, from: number, start: number, segmenter: Segmenter): [number, number] | null {
  const tokens = segmenter.tag(view.slice(from, start));
  let k = tokens.length - 1;
  while (k >= 0 && !WORK_VERBS.has(tokens[k].text)) k--;
  if (k < 0 || k === tokens.length - 1) return null;
  const rest = tokens.slice(k + 1);
  // Only words of a noun phrase of work (nouns, verbs, modifiers): a particle, locative, pronoun or adverb (改造|后的小区过,
  // 落实…补助|每月) makes it a clause.
  if (rest.some((t) => !t.tag || !/^(?:n|nz|ns|vn|v|z|b|j)$/.test(t.tag)) || !rest.some((t) => /^[nzb]/.test(t.tag ?? ''))) return null;
  const at = from + rest[0].span[0];
  return start - at >= 2 && start - at <= MAX_LENGTH ? [at, start] : null;
}

/** Verbs of completing work whose object is the work a figure measures (完成|退化湿地修复|1.2万亩). */
const WORK_VERBS = new Set(['完成', '实施', '累计完成', '新完成']);

/** A numeral at `at` with a unit right after it (五毛钱, 3个): a figure opens there. */
function figureOpens(view: string, at: number): boolean {
  const m = /^[\d零〇一二两三四五六七八九十百千万亿.]+/u.exec(view.slice(at, at + 12));
  return m !== null && matchUnit(view, at + m[0].length) !== null;
}
