/**
 * The base a figure is compared with and the reference it is bounded by, which the indicator walk passes over to reach
 * the subject: the words after 比/较/环比 up to the comparison's predicate (比|各项贷款增速|高13.3个百分点), a quoted
 * period as base (比“十二五”时期|增长), and a comparative bound before a base closed by 的 (不高于|同地段市场租金|的九成).
 *
 * Example: "贷款增速比各项贷款增速高13.3个百分点" → the walk starts before 比 (the subject is 贷款增速, not 各项贷款增速);
 * "居民出资比例原则上不低于总投资的10%" → 总投资 is the reference, the subject 居民出资比例. Offsets are UTF-16 code units.
 */
import type { Token } from '../segment/segmenter.js';
import { CLAUSE_END, NEGATION, isPunct, isNumeric } from './indicator-words.js';

/** The prepositions of comparison, 比 and 较, as one-character words. */
export const COMPARE = new Uint8Array(0x10000);
for (const c of '比较') COMPARE[c.charCodeAt(0)] = 1;

/**
 * Comparative verbs before a reference and the figure read against it (不低于总投资的10%, 只有…的二分之一, 高于全区平均水平1.2个
 * 百分点). Not 占: a share of a whole (老年人口已占|总人口的五分之一) measures its holder's share (share-holder.ts).
 */
export const REFERENCE = new Set(['低于', '高于', '少于', '多于', '大于', '小于', '超过', '超出', '不足', '相当于', '只有', '仅为', '仅有']);

/** Coverbs of basis before a comparative bound (租金按不高于…的九成确定): 按, 按照. */
export const BASIS: Record<string, true> = { 按: true, 按照: true };

/**
 * Where the walk back from the figure starts (`last`: the token before the predicate skipped), and the reference a
 * comparative bound before a base closed by 的 reads at once, whatever words the base holds (租金按不高于|同地段同品质市场
 * 租金|的九成: 同/p would end the walk inside it): the walk goes on before the bound, to the subject; then before a comparison
 * word and its base (环比|上季度|下降21%, 比|各项贷款增速|高13.3个百分点: a scope in the base, 各项, would end the walk on it).
 */
export function walkStart(view: string, from: number, pos: number, tokens: Token[], last: number): { k0: number; reference: Token[] | null } {
  let reference: Token[] | null = null;
  let k0 = last;
  if (view[pos - 1] === '的') for (let r = last - 1; r > 0 && !isPunct(tokens[r].text); r--) if (REFERENCE.has(tokens[r].text)) { reference = tokens.slice(r + 1, last + 1); k0 = r - 1; while (k0 > 0 && (tokens[k0].tag === 'd' || NEGATION.has(tokens[k0].text) || BASIS[tokens[k0].text])) k0--; break; }
  return { k0: beforeComparison(view, from, pos, tokens, k0), reference };
}

/** Words that open the base of a comparison (比上年, 较去年, 环比上季度, 相比上年同期); 比/较 alone as one token. */
const COMPARE_WORD = new Set(['比', '较', '环比', '同比', '相比', '相较', '较之', '对比']);

/** A comparison's predicate reaching the figure (高, 低于, 增长了, 下降约): what stands between it and 比/较 is the base. */
const COMPARED_END = /(?:增长|增加|上升|提高|提升|上涨|下降|减少|降低|回落|下跌|缩短|压缩|延长|扩大|缩小|高出|低出|多出|少出|高|低|多|少|快|慢|增|降|减|升)(?:了|约|近|达|超)*$/u;

/**
 * The index to walk back from when the tokens up to `k0` hold a comparison word with its base after it (比|各项贷款增速|高):
 * the token before that word; else `k0`. Only a base of words (no punctuation, no figure: 比|上年|增长 is read the same)
 * closed by a comparison's predicate (大数据|比|对…纳入 compares nothing), and not the 比 of a share (占|比).
 */
function beforeComparison(view: string, from: number, pos: number, tokens: Token[], k0: number): number {
  for (let r = k0 - 1; r >= 0; r--) {
    const t = tokens[r];
    // (比|"|十二五|"|时期|增长: quotation marks inside the base name a period, they end no clause)
    if ((isPunct(t.text) && !QUOTE.test(t.text)) || (isNumeric(t) && !(r > 0 && QUOTE.test(tokens[r - 1].text)))) return k0;
    // (比非/x|项目区|高出: a tagger's unknown word glued to 比 or 较 opens the base as well)
    if (!COMPARE_WORD.has(t.text) && !(t.tag === 'x' && t.text.length === 2 && COMPARE_WORD.has(t.text[0]))) continue;
    if (t.text === '比' && r > 0 && tokens[r - 1].text.endsWith('占') && tokens[r - 1].span[1] === t.span[0]) return k0;
    return COMPARED_END.test(view.slice(from + t.span[1], pos)) ? r - 1 : k0;
  }
  return k0;
}

/** 比 or 较 and a quoted name of a period (比“十二五”, 较“十三五”末) closing at `from`. */
const QUOTED_BASE = /(?:比|较|相比)“[^“”,。;:!?\n]{1,8}”$/u;

/**
 * Where the clause read back from `from` starts, when it stops at the quotation mark closing the base of a comparison
 * (比“十二五”|时期增长): the quoted name is part of the clause; the walk goes on before 比. Else `from`.
 */
export function quotedBase(view: string, from: number): number {
  if (view[from - 1] !== '”') return from;
  const m = QUOTED_BASE.exec(view.slice(Math.max(0, from - 14), from));
  if (!m) return from;
  let at = from - m[0].length;
  while (at > 0 && !CLAUSE_END[view.charCodeAt(at - 1)] && view.charCodeAt(at - 1) !== 0x3001) at--;
  return at;
}

/** Quotation marks (half and full width, as normalized or not). */
const QUOTE = /^["“”'‘’「」『』]$/u;
