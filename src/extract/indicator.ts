/**
 * The indicator of a quantity: the short noun phrase naming what is measured, read from the
 * segmenter's tagged tokens of the clause around the number.
 *
 * Example: "矛盾纠纷化解率97.78%" → 矛盾纠纷化解率 (the phrase just before a percent);
 * "11台无人机" → 无人机 (the noun after a measure word); "完成生命防护工程591公里" →
 * 生命防护工程 (before a unit, with the leading verb 完成 left out). Years and identifiers
 * have none. Offsets are UTF-16 code units, end-exclusive; the phrase is sliced from the
 * decoded text, the tokens are read from the same-length normalized view.
 */
import type { QuantityKind } from '../model/record.js';
import type { Segmenter, Token } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';

/** Where a clause ends: sentence and clause punctuation, brackets, quotes, line breaks (not 、). */
const CLAUSE_END = /[,。;:!?()“”‘’《》\n]/;
const PUNCT = /^[\p{P}\p{S}\s]+$/u;
/** Longest indicator kept, in code units: a noun phrase, not a clause. */
const MAX_LENGTH = 16;
/** Scope words that open a phrase without naming what is measured (全市事项平均进驻率 → 事项平均进驻率). */
const SCOPE = new Set(['全市', '全省', '全国', '全县', '全区', '我市', '我省', '本市', '全州', '共', '累计', '已', '已经', '共计']);

/** List markers that may open the clause before a figure (一是新建…中心15个). */
const MARKER = /^(?:[一二三四五六七八九十]是|首先|其次|再次|最后|其一|其二|其三)$/;
/** Verbs linking a phrase to its figure (老年人口达86.5万人, 覆盖率达到100%): not part of the indicator. */
const LINKING = new Set(['达', '达到', '共', '共计', '累计', '为', '是', '占', '约', '有', '超过', '增长', '提高', '提升', '下降', '减少', '增加', '增至', '降至', '至', '到', '突破']);
/** Verbs that open a predicate: walking back from a figure, the noun phrase starts after them (完成|生命防护工程591公里). */
const PREDICATE_VERBS = new Set([
  '完成', '实现', '开展', '推进', '建成', '建立', '构建', '组织', '征集', '解决', '收集', '制定', '办结', '选派',
  '提供', '投入', '新增', '增加', '协调', '覆盖', '发放', '帮扶', '查处', '办理', '受理', '审结', '执结', '整治',
  '建设', '改造', '新建', '培训', '招募', '设立', '设置', '打造', '引进', '培育', '挽回', '追回', '减少', '节约',
]);
/** Tags that end a noun phrase when walking over it: prepositions, conjunctions, particles, pronouns, adverbs, numerals, measure words, time and place words. */
function ends(tag: string | undefined): boolean {
  return !!tag && /^(?:p|c|u|r|d|m|q|t|f|e|y|o)/.test(tag);
}
/** Adverbs of state that may open a noun phrase after a measure word (48项已实施事项). */
const STATE = new Set(['已', '未', '已经', '尚未', '正在', '新']);
const isVerb = (t: Token) => !!t.tag && /^v(?!n)/.test(t.tag);
const isNumeric = (t: Token) => /[\d%]/.test(t.text) || t.tag === 'm';
/** Noun-like: a noun of any kind, an idiom or abbreviation, or a word the tagger does not know (tagless segmenters). */
const isNominal = (t: Token) => !t.tag || /^(?:n|l|j|i|b|s|vn)/.test(t.tag) || (t.tag === 'x' && !PUNCT.test(t.text));

/** Which side to look at first for each kind; years and identifiers get no indicator. */
const SIDES: Record<QuantityKind, Array<'before' | 'after'>> = {
  percent: ['before', 'after'],
  percentage_point: ['before'],
  count: ['after', 'before'],
  quantity: ['before', 'after'],
  money: ['before', 'after'],
  year: [],
  other: [],
};

/**
 * The indicator for the quantity at [start, end) of `pair` (qualifiers included, UTF-16),
 * or null when no noun phrase stands next to it.
 */
export function findIndicator(pair: TextPair, start: number, end: number, kind: QuantityKind, segmenter: Segmenter): string | null {
  for (const side of SIDES[kind]) {
    const span = side === 'before' ? before(pair.view, start, segmenter) : after(pair.view, end, segmenter);
    if (span) return pair.text.slice(span[0], span[1]);
  }
  // "增加政务服务大厅面积,从2021年1.5万平方米增至…": a measurement whose own clause holds no noun
  // (only a year, 从, 增至) names its subject at the end of the clause before.
  if (kind === 'quantity' || kind === 'money') {
    let from = start;
    while (from > 0 && !CLAUSE_END.test(pair.view[from - 1])) from--;
    const own = segmenter.tag(pair.view.slice(from, start)).filter((t) => !isNumeric(t) && !PUNCT.test(t.text));
    const span = from > 0 && pair.view[from - 1] === ',' && !own.some((t) => isNominal(t) && t.tag !== undefined) ? before(pair.view, from - 1, segmenter) : null;
    if (span) return pair.text.slice(span[0], span[1]);
  }
  return null;
}

/** The noun phrase ending at `pos`: tokens walked backwards to the clause start, leading verbs and scope words dropped. */
function before(view: string, pos: number, segmenter: Segmenter): [number, number] | null {
  let from = pos;
  while (from > 0 && pos - from < MAX_LENGTH && !CLAUSE_END.test(view[from - 1]) && view[from - 1] !== '、') from--;
  const tokens = segmenter.tag(view.slice(from, pos));
  const kept: Token[] = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (PUNCT.test(t.text) || isNumeric(t) || ends(t.tag)) break;
    if (kept.length && PREDICATE_VERBS.has(t.text)) break;
    kept.unshift(t);
  }
  while (kept.length && (isVerb(kept[0]) || SCOPE.has(kept[0].text) || kept[0].tag === 'a' || MARKER.test(kept[0].text))) kept.shift();
  while (kept.length && LINKING.has(kept[kept.length - 1].text)) kept.pop();
  return kept.some(isNominal) ? toSpan(kept, from) : null;
}

/** The noun phrase starting at `pos`: tokens walked forwards until a verb, a number or the clause end. */
function after(view: string, pos: number, segmenter: Segmenter): [number, number] | null {
  let to = pos;
  while (to < view.length && to - pos < MAX_LENGTH && !CLAUSE_END.test(view[to])) to++;
  const tokens = segmenter.tag(view.slice(pos, to));
  const kept: Token[] = [];
  for (const [k, t] of tokens.entries()) {
    if (t.text === '、' && kept.length) { kept.push(t); continue; }
    if (!kept.length && STATE.has(t.text)) { kept.push(t); continue; } // 已实施事项, 未纳入窗口
    if (PUNCT.test(t.text) || isNumeric(t) || ends(t.tag)) break;
    if (t.tag?.startsWith('a') && kept.some(isNominal)) break; // 警务室|全覆盖
    // A verb inside the phrase is kept only when a noun follows it (公益诉讼指挥中心); else it starts the predicate.
    const next = tokens[k + 1];
    if (isVerb(t) && kept.some((x) => x.text !== '、' && !isVerb(x)) && !(next && isNominal(next) && next.tag !== undefined)) break;
    kept.push(t);
  }
  while (kept.length && (kept[kept.length - 1].text === '、' || kept[kept.length - 1].tag === 'a' || isVerb(kept[kept.length - 1]))) kept.pop();
  return kept.some(isNominal) ? toSpan(kept, pos) : null;
}

function toSpan(kept: Token[], base: number): [number, number] | null {
  if (!kept.length) return null;
  return [base + kept[0].span[0], base + kept[kept.length - 1].span[1]];
}
