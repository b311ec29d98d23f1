/**
 * Modifiers glued before a phrase that the indicator walk keeps or reads as the end of the phrase: a grade's bound
 * (规模|以上|企业), a unit read as a numeral with no numeral before it (秒|批率, 月|平均工资), round magnitudes (千吨|万人
 * 供水工程), a character cut across a word (越|冬候鸟), a word of place in 地 (就|地|转化率), a period noun (报销|周期), a round
 * sum as the base of measure (万元|GDP能耗); and what ends it: the base of a comparison after 比/较 (比|城镇居民|低), the
 * last of coordinated modifiers (国家和|省级|集采药品 → 集采药品).
 *
 * Example: "规模以上企业234家" → 规模以上企业; "万元GDP能耗下降3%" → 万元GDP能耗. One rule a call, in the walk's order, as
 * glued-words.ts answers.
 */
import type { Segmenter, Token } from '../segment/segmenter.js';
import { NONE, STOP } from './glued-words.js';
import { COMPARE } from './comparison-base.js';
import { GRADE } from './phrase-trim.js';
import { ROUND_MAGNITUDE, cutAcross, figureBefore, isHan, periodNoun } from './cut-compounds.js';
import { ends, isNominal, isNumeric, isPunct } from './indicator-words.js';

/** Conjunctions that coordinate modifiers (国家和省级, 市及县级). */
const COORDINATING = new Set(['和', '及', '与', '或', '以及']);

/** Units of time that open a noun of amount per period (月平均工资, 年产值, 日处理量). */
const PERIOD_OF: Record<string, true> = { 年: true, 月: true, 日: true };

/** Characters of numerals and of the time units taggers glue to them (a one-character m token that is none of these is a unit). */
const NUMERAL_CHAR = /[\d%零〇○一二两三四五六七八九十百千万亿几数多余半年月日天周]/u;

/** A round sum as a base of measure (万元GDP, 亿元产值). */
const PER_SUM = /^[万亿]元$/u;

/** The rule reading `tokens[k]` before the phrase `kept` (offsets from `from`), which it may take in or end on. */
export function gluedModifier(view: string, from: number, tokens: Token[], k: number, kept: Token[], segmenter: Segmenter): number {
  const t = tokens[k];

  // 农村居民收入比|城镇居民|低3000元, …,比|去年同期|减少2天: what follows 比/较 is the baseline of a comparison, never
  // what is measured; the walk goes on to the subject before it (none in the clause: the figure's subject is the one
  // before, indicator-compared.ts).
  if (kept.length && COMPARE[t.text.charCodeAt(0)] && t.text.length === 1) { kept.length = 0; return k; }
  // 国三及|以下|排放标准营运柴油货车, 规模|以上|企业: a bound between a grade and the noun grades it, part of its name (as
  // after a figure, indicator-after.ts); after a figure and its unit (10蒸吨|以下) it closes the figure's range instead.
  if (kept.length && GRADE[t.text] && t.span[1] === kept[0].span[0] && k > 0 && tokens[k - 1].span[1] === t.span[0] && !isNumeric(tokens[k - 1]) && !isPunct(tokens[k - 1].text) && !ends(tokens[k - 1].tag) && !figureBefore(view, from + tokens[k - 1].span[0])) { kept.unshift(t); return k; }
  // 秒|批率: a unit the tagger reads as a numeral (秒/m), with no numeral before it, glued to the phrase is the first
  // character of its noun (秒批率, like 月|数), no figure's unit.
  if (kept.length && t.tag === 'm' && t.text.length === 1 && !NUMERAL_CHAR.test(t.text) && t.span[1] === kept[0].span[0] && !figureBefore(view, from + t.span[0])) { kept.unshift({ ...t, tag: 'n' }); return k; }
  // 月|平均工资, 年|产值 opening the clause: a unit of time with no numeral or time word before it makes the noun a monthly
  // or yearly one (月平均工资); after a word glued to it (今|年, 2023|年) it closes a time and ends the walk.
  if (kept.length && t.tag === 'm' && PERIOD_OF[t.text] && (k === 0 || isPunct(tokens[k - 1].text)) && t.span[1] === kept[0].span[0] && isNominal(kept[0])) { kept.unshift({ ...t, tag: 'n' }); return k; }
  // 千吨|万人供水工程: two round magnitudes with their measure words, glued, grade the noun after them (a works of a
  // thousand tonnes a day for ten thousand people): one name, no figure of its own.
  if (kept.length && t.span[1] === kept[0].span[0] && ROUND_MAGNITUDE.test(t.text) && ROUND_MAGNITUDE.test(kept[0].text.slice(0, 2))) {
    kept.unshift({ ...t, tag: 'n' });
    if (k > 0 && !/^[ns]/.test(tokens[k - 1].tag ?? 'n')) return STOP; // 新建改扩建|千吨万人…: the grade opens the name, the verb before is no part of it
    return k;
  }
  if (kept.length && isHan(t.text.charCodeAt(0)) && !isNumeric(t) && cutAcross(segmenter, t, kept[0])) { kept.unshift({ ...t, tag: 'n' }); return k; }
  // 就|地/uv|转化率: 地 is no adverbial particle before a noun; with the character glued before it, it is a word of place
  // (就地, 本地, 异地, 属地) that qualifies the phrase.
  if (kept.length && t.text === '地' && t.tag?.[0] === 'u' && t.span[1] === kept[0].span[0] && isNominal(kept[0]) && k > 0 && tokens[k - 1].text.length === 1 && tokens[k - 1].span[1] === t.span[0] && isHan(tokens[k - 1].text.charCodeAt(0))) {
    kept.unshift({ ...tokens[k - 1], tag: 'b' }, { ...t, tag: 'b' });
    k--;
    return k;
  }
  // 国家和|省级|集采药品: a distinguishing word right after a conjunction is the last of coordinated modifiers, which all
  // qualify the head after it; one of them alone would narrow what is counted, so the phrase is the head (集采药品).
  if (kept.length > 1 && COORDINATING.has(t.text) && kept[0].tag === 'b' && t.span[1] === kept[0].span[0]) { kept.shift(); return STOP; }
  // 报销|周期/t, 建设|工期/t: a word of period glued after the verb of the process it times is a noun (the period of
  // reimbursement), no time of the sentence.
  if (periodNoun(tokens, k) && (!kept.length || kept[0].span[0] === t.span[1])) { kept.unshift({ ...t, tag: 'n' }); return k; }
  // 比|第七次|人口普查时|提高了: the phrase after 比/较 and the numeral opening it is the comparison's base, not measured.
  if (kept.length && isNumeric(t) && k > 0 && COMPARE[tokens[k - 1].text.charCodeAt(0)] && tokens[k - 1].text.length === 1) { kept.length = 0; return STOP; }
  // 万元|GDP能耗, 万元|工业增加值能耗: a round sum with no numeral before it, opening the phrase, is the base the noun is
  // measured per (energy per ten thousand yuan of GDP), no figure's unit.
  if (kept.length && PER_SUM.test(t.text) && t.span[1] === kept[0].span[0] && !figureBefore(view, from + t.span[0]) && (k === 0 || !isNumeric(tokens[k - 1]))) { kept.unshift({ ...t, tag: 'n' }); return STOP; }
  return NONE;
}
