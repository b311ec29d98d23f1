/**
 * The full phrase a bare generic head before a figure takes up: "落实县级农村供水工程维修养护资金,今年安排资金300万元" →
 * 县级农村供水工程维修养护资金 for 300万元 (资金 alone says too little; the sentence named it in full before). Offsets are
 * UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { isNominal, isVerb, CLAUSE_END, MAX_LENGTH, MEASURE_NOUN, PREDICATE_VERBS } from './indicator-words.js';
import { before } from './indicator-before.js';
import { nounAfter } from './indicator-after.js';
import { AGENT_SUFFIX } from './leading-verbs.js';

/** Where a sentence ends, for the look back of an anaphoric head: 。;!? and line breaks (not the comma). */
const SENTENCE_END = new Uint8Array(0x10000);
for (const c of '。;!?\n') SENTENCE_END[c.charCodeAt(0)] = 1;
/** How far back (code units) an anaphoric head looks for its full phrase. */
const ANTECEDENT_REACH = 60;

/** A figure in a clause (digits, or a Chinese numeral and a measure word): the phrase before has a figure of its own. */
const CLAUSE_FIGURE = /\d|[一二两三四五六七八九十百千万亿][个家名项件元人次所座条户处]/u;

/**
 * "落实县级农村供水工程维修养护资金,今年安排资金300万元": a bare generic head of one or two characters (资金,
 * 经费, 案件) before a figure takes up the full noun phrase ending in the same head earlier in the sentence,
 * which names what is measured. Only a phrase that ends there (the head is its last word: 资金|投入 may
 * follow, not 资金投入 nor 问题|专项排查) and has no figure of its own in its clause (全市A级旅游景区达到57家,
 * 其中5A级景区2家: two counts); never for a head modified in place (无证经营的|商家87家). In the phrase
 * found, a verb opening its object ends the modifiers before it (…纳入|老旧小区 → 老旧小区), and a phrase
 * still opened by a verb is no noun phrase (加大|资金). `span` is the head found before the figure.
 */
export function antecedent(view: string, span: [number, number], segmenter: Segmenter): [number, number] | null {
  if (span[1] - span[0] > 2 || view[span[0] - 1] === '的') return null;
  const head = view.slice(span[0], span[1]);
  // 今年计划招聘|教师800名: a verb of the figure's own clause right before the head, not one of its predicate verbs
  // (安排|资金, 投入|资金 arrange what the sentence named before), names what is counted there: the own clause first.
  const own = span[0] >= 2 ? segmenter.tag(view.slice(span[0] - 2, span[1]))[0] : undefined;
  if (own && own.text.length === 2 && isVerb(own) && !PREDICATE_VERBS.has(own.text) && !MEASURE_NOUN.test(head)) return null;
  let from = span[0];
  while (from > 0 && span[0] - from < ANTECEDENT_REACH && !SENTENCE_END[view.charCodeAt(from - 1)]) from--;
  const at = view.lastIndexOf(head, span[0] - 1);
  const end = at + head.length;
  if (at <= from || end > span[0]) return null;
  let clauseEnd = end;
  while (clauseEnd < span[0] && !CLAUSE_END[view.charCodeAt(clauseEnd)]) clauseEnd++;
  if (CLAUSE_FIGURE.test(view.slice(end, clauseEnd))) return null;
  const full = before(view, end, segmenter);
  // 城关、|石桥两镇老旧管网: a phrase cut at a list's 、 is one member of the list, not what is measured.
  if (!full || full[1] !== end || full[1] - full[0] <= head.length || view[full[0] - 1] === '、') return null;
  // Tagged from the clause start (taggers cut a phrase alone otherwise): the head must end the last word, whole
  // (专项资金 holds 资金; in 入|职奖|补 no word holds 奖补).
  let base = full[0];
  while (base > 0 && full[0] - base < MAX_LENGTH && !CLAUSE_END[view.charCodeAt(base - 1)]) base--;
  const all = segmenter.tag(view.slice(base, Math.min(clauseEnd, end + 6)));
  const at0 = all.findIndex((t) => base + t.span[0] === full[0]);
  const tokens = at0 < 0 ? [] : all.slice(at0).map((t) => ({ ...t, span: [t.span[0] + base - full[0], t.span[1] + base - full[0]] as [number, number] }));
  const last = tokens.findIndex((t) => full[0] + t.span[1] === end);
  if (last < 0 || full[0] + tokens[last].span[0] > at || (tokens[last + 1] && nounAfter(tokens[last + 1]))) return null;
  // …设施|纳入|老旧小区: the object of a verb after a noun or verb (a clause: subject, verb, object), the verb neither
  // in a run of verbs nor right before the head; after a distinguishing word it is a modifier (县级|互助|幸福院).
  let first = 0;
  for (let k = 1; k < last - 1; k++) if (isVerb(tokens[k]) && !isVerb(tokens[k + 1]) && /^[nv]/.test(tokens[k - 1].tag ?? '')) first = k + 1;
  // (保育|师|职业技能培训: a verb glued to a suffix of agents is a trade's noun, not a verb opening a clause: leading-verbs.ts.)
  if (isVerb(tokens[first]) && !(first + 1 < last && isVerb(tokens[first + 1])) && !(first + 1 < last && AGENT_SUFFIX.test(tokens[first + 1].text) && tokens[first].span[1] === tokens[first + 1].span[0])) return null;
  // 按照省定标准|补充|教师, …今年计划招聘教师800名: a noun, a verb, then a head that is no noun of measure or funds is a
  // clause (subject, verb, object), not a noun phrase; the figure's own clause names what it counts (招聘教师 → 教师).
  // (维修|养护|资金, 劝导站|补助|资金: verbs before a noun of funds name what it pays for, a phrase.)
  if (last >= 2 && isVerb(tokens[last - 1]) && !isVerb(tokens[last - 2]) && isNominal(tokens[last - 2]) && !MEASURE_NOUN.test(head)) return null;
  return [full[0] + tokens[first].span[0], end];
}
