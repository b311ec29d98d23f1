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
import { matchUnit } from './units.js';

/** Where a clause ends: sentence and clause punctuation, brackets, quotes, line breaks (not 、). */
const CLAUSE_END = /[,。;:!?()“”‘’《》\n]/;
const PUNCT = /^[\p{P}\p{S}\s]+$/u;
/** Longest indicator kept, in code units: a noun phrase, not a clause. */
const MAX_LENGTH = 16;
/** Scope words that open a phrase without naming what is measured (全市事项平均进驻率 → 事项平均进驻率). */
const SCOPE = new Set(['共', '累计', '已', '已经', '共计']);
/** The whole of an administrative area (全市, 我县, 本区, 全旗): a scope, never what is measured. */
const AREA = /^(?:全|我|本)[国省市县区州镇乡旗盟村]$/u;

/** List markers that may open the clause before a figure (一是新建…中心15个). */
const MARKER = /^(?:[一二三四五六七八九十]是|首先|其次|再次|最后|其一|其二|其三)$/;
/** Verbs linking a phrase to its figure (老年人口达86.5万人, 覆盖率达到100%): not part of the indicator. */
const LINKING = new Set(['达', '达到', '共', '共计', '累计', '为', '是', '占', '约', '有', '超过', '增长', '提高', '提升', '下降', '减少', '增加', '增至', '降至', '至', '到', '突破']);
/** Verbs that open a predicate: walking back from a figure, the noun phrase starts after them (完成|生命防护工程591公里). */
const PREDICATE_VERBS = new Set([
  '完成', '实现', '开展', '推进', '建成', '建立', '构建', '组织', '征集', '解决', '收集', '制定', '办结', '选派',
  '提供', '投入', '新增', '增加', '协调', '覆盖', '发放', '帮扶', '查处', '办理', '受理', '审结', '执结', '整治',
  '建设', '改造', '新建', '培训', '招募', '设立', '设置', '打造', '引进', '培育', '挽回', '追回', '减少', '节约',
  '安排', '下达', '拨付', '筹措', '筹集', '统筹', '整合', '落实', '争取', '拥有', '具有', '配备', '出现', '发现', '排查',
  '惠及', '涉及', '带动', '吸纳', '辐射',
]);
/** Verbs of change between a phrase and its figure (用时已压缩至68个工作日, 入住率提高到70%). */
const CHANGE = new Set(['下降', '上升', '增长', '提高', '提升', '减少', '增加', '压缩', '缩短', '降低', '扩大', '增至', '降至', '提高到', '提升到', '压缩至', '缩短至', '降低到', '达到', '保持', '稳定', '控制']);
/** Adverbs and prepositions written between a phrase and its figure (托位数仅为2.8个, 由2021年的18%). */
const BETWEEN = new Set(['在', '仅为', '仅', '只有', '仅有', '约为', '均为', '分别为', '分别', '已', '已经', '再', '还', '均', '将', '只', '总共', '合计', '至', '到', '由', '从', '为', '的', '比', '较', '同比', '环比', '平均为']);
/**
 * Words that are never (part of) an indicator: comparisons (同比增长15%), intentions (力争两到三年),
 * and time words of the sentence (目前, 今年): the indicator is what is measured, a noun phrase.
 */
const NEVER = new Set(['同比', '环比', '较', '比', '距离', '距', '离', '力争', '争取', '确保', '预计', '计划', '力求', '努力', '目前', '现在', '今年', '去年', '年内', '当前']);
/** Verbs of being and having that open a predicate right after a figure: 4.5个|还有差距, 30个|仍是. */
const BEING = /^[还仍尚也都就]?(?:有|是|差|存在|没有)$/;
/** A share written before its figure: 占比达, 占比为, 占比 (then the figure). */
const SHARE = /占比(?:达到|达|为|约为|只有|仅为|是|超过|不足)?$/u;
/** Locatives that close a time before them (三年内, 年底前): they do not open a noun phrase. */
const LOCATIVE = /^(?:内|前|后|中|底|末|以内|以来|以后|以前|期间)$/;
/** A word between a phrase and its figure: a linking or change verb (再压缩 too), an adverb or preposition listed, a year or time word. */
const between = (t: Token) => LINKING.has(t.text) || CHANGE.has(t.text) || BETWEEN.has(t.text) || NEVER.has(t.text)
  || (/^[再已还均将仅]/.test(t.text) && (CHANGE.has(t.text.slice(1)) || LINKING.has(t.text.slice(1)))) || t.tag === 't' || /^(?:(?:19|20)\d\d)?年$/.test(t.text) || /^(?:19|20)\d\d$/.test(t.text);

/** Verbs of attention that open a predicate after a counted noun: 12名组成人员|聚焦…. */
const FOCUS = new Set(['聚焦', '围绕', '关注', '针对', '就', '对', '实行', '开展', '实施', '推进', '参加', '参与']);

/** Tags that end a noun phrase when walking over it: prepositions, conjunctions, particles, pronouns, adverbs, numerals, measure words, time and place words. */
function ends(tag: string | undefined): boolean {
  return !!tag && /^(?:p|c|u|r|d|m|q|t|f|e|y|o)/.test(tag);
}
/** Adverbs of state that may open a noun phrase after a measure word (48项已实施事项). */
const STATE = new Set(['已', '未', '已经', '尚未', '正在', '新']);
const isVerb = (t: Token) => !!t.tag && /^v(?!n)/.test(t.tag);
/** A noun the tagger calls a numeral although it holds none (积水点: 点/m): a noun here. */
const taggedNumeral = (t: Token) => t.tag === 'm' && !/[\d%零〇○一二两三四五六七八九十百千万亿几数多余半年月日天周]/.test(t.text) && matchUnit(t.text, 0)?.end !== t.text.length; // 元 is a unit
const isNumeric = (t: Token) => /[\d%]/.test(t.text) || (t.tag === 'm' && !taggedNumeral(t));
/** Noun-like: a noun of any kind, an idiom or abbreviation, or a word the tagger does not know (tagless segmenters). */
const isNominal = (t: Token) => !t.tag || /^(?:n|l|j|i|b|s|vn)/.test(t.tag) || (t.tag === 'x' && !PUNCT.test(t.text)) || taggedNumeral(t);

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
  // An age bound (3岁以下, 60周岁以上) qualifies the people written after it: 3岁以下婴幼儿.
  const age = kind === 'quantity' && /岁/u.test(pair.view.slice(start, end));
  for (const side of age ? ['after', 'before'] as const : SIDES[kind]) {
    const span = side === 'before' ? before(pair.view, start, segmenter) : after(pair.view, end, segmenter, age);
    if (span) return pair.text.slice(span[0], span[1]);
  }
  // "增加政务服务大厅面积,从2021年1.5万平方米增至…": a measurement whose own clause holds no noun
  // (only a year, 从, 增至) names its subject at the end of the clause before.
  if (kind === 'quantity' || kind === 'money') {
    let from = start;
    while (from > 0 && !CLAUSE_END.test(pair.view[from - 1])) from--;
    const own = segmenter.tag(pair.view.slice(from, start)).filter((t) => !isNumeric(t) && !PUNCT.test(t.text));
    const span = from > 0 && pair.view[from - 1] === ',' && !own.some((t) => isNominal(t) && t.tag !== undefined) ? before(pair.view, from - 1, segmenter) : null;
    // …压缩至68个工作日,较2022年减少22个工作日: the clause before ends with a figure's unit, not a subject.
    if (span && !/[\d零〇一二两三四五六七八九十百千万亿][个名项]?$/u.test(pair.view.slice(0, span[0]))) return pair.text.slice(span[0], span[1]);
  }
  return null;
}

/** Nouns of measure and funds that a verb before them qualifies: 审批时间, 出警时间, 检查次数, 配套资金. */
const MEASURE_NOUN = /(?:时间|时长|用时|天数|次数|人数|率|比例|比重|资金|经费)$/u;

/**
 * A verb opening the phrase that belongs to the predicate (完成|生命防护工程, 组建|医共体), not
 * one that names the process measured (审批时间, 出警时间: a verb right before a noun of measure).
 */
function leadingVerb(kept: Token[]): boolean {
  if (PREDICATE_VERBS.has(kept[0].text) && !/^(?:n|nz|vn)$/.test(kept[0].tag ?? 'n')) return true; // 惠及/ns or /x; but 培训/vn names what is counted
  if (!isVerb(kept[0])) return false;
  return PREDICATE_VERBS.has(kept[0].text) || kept.length !== 2 || !MEASURE_NOUN.test(kept[1].text);
}

/** The noun phrase ending at `pos`: tokens walked backwards to the clause start, leading verbs and scope words dropped. */
function before(view: string, pos: number, segmenter: Segmenter): [number, number] | null {
  let from = pos;
  // Twice the phrase's length: the predicate skipped first (由2020年的) takes room too.
  while (from > 0 && pos - from < 2 * MAX_LENGTH && !CLAUSE_END.test(view[from - 1]) && view[from - 1] !== '、') from--;
  // X占比达21.5%: the share of X (taggers cut 占|比达), so the phrase is X and 占比.
  const share = SHARE.exec(view.slice(from, pos));
  if (share) {
    const at = pos - share[0].length;
    const x = before(view, at, segmenter);
    return x && x[1] === at ? [x[0], at + 2] : null;
  }
  const tokens = segmenter.tag(view.slice(from, pos));
  const kept: Token[] = [];
  // The predicate between the phrase and the figure is skipped first: 入住率|为, 托位数|仅为,
  // 用时|已压缩至, 治理率|由2021年的 (a few words at most).
  let last = tokens.length - 1;
  for (let n = 0; n < 6 && last >= 0 && between(tokens[last]); n++) last--;
  for (let k = last; k >= 0; k--) {
    const t = tokens[k];
    if (kept.length && /^\d+$/.test(t.text) && /^[A-Za-z]/.test(kept[0].text)) { kept.unshift(t); break; } // 5G基站, 4K
    if (PUNCT.test(t.text) || isNumeric(t) || (ends(t.tag) && !taggedNumeral(t)) || NEVER.has(t.text)) break;
    if (kept.length && PREDICATE_VERBS.has(t.text)) break;
    if (k > 0 && isNumeric(tokens[k - 1]) && /^\d/.test(tokens[k - 1].text) && !/^[A-Za-z]/.test(t.text)) break; // 600|元至|1200元: the unit of the figure before
    kept.unshift(t);
  }
  while (kept.length && (leadingVerb(kept) || SCOPE.has(kept[0].text) || AREA.test(kept[0].text) || (kept[0].tag === 'a' && !(kept[1] && isVerb(kept[1]))) || MARKER.test(kept[0].text) || LOCATIVE.test(kept[0].text))) kept.shift();
  while (kept.length && (LINKING.has(kept[kept.length - 1].text) || between(kept[kept.length - 1]))) kept.pop();
  // A noun phrase ends with its noun: a verb, adverb or adjective last is the predicate (商家|共有, 设施|建成, 亩产|平均).
  while (kept.length > 1 && endsPredicate(kept[kept.length - 1])) kept.pop();
  if (kept.length === 1 && endsPredicate(kept[0])) return null; // 全部|实行24小时
  while (kept.length && kept[kept.length - 1].span[1] - kept[0].span[0] > MAX_LENGTH) kept.shift(); // a noun phrase, not a clause
  const span = kept.some(isNominal) ? toSpan(kept, from) : null;
  return span ? trimTail(view, span) : null;
}

/** The noun phrase starting at `pos`: tokens walked forwards until a verb, a number or the clause end. */
function after(view: string, pos: number, segmenter: Segmenter, population = false): [number, number] | null {
  let to = pos;
  while (to < view.length && to - pos < MAX_LENGTH && !CLAUSE_END.test(view[to])) to++;
  const tokens = segmenter.tag(view.slice(pos, to));
  const kept: Token[] = [];
  for (const [k, t] of tokens.entries()) {
    if (!kept.length && LOCATIVE.test(t.text)) return null; // 两到三年|内, 6月底|前: a time frame, not a measure of anything
    if (t.text === '、' && kept.length) { kept.push(t); continue; }
    if (!kept.length && STATE.has(t.text)) { kept.push(t); continue; } // 已实施事项, 未纳入窗口
    if (PUNCT.test(t.text) || isNumeric(t) || (ends(t.tag) && !taggedNumeral(t)) || between(t)) break; // 托位数|仅为
    // A verb of being right after the figure opens the predicate (目标4.5个|还有差距); after an
    // age the population it bounds is the first noun (3岁以下婴幼儿|托位数, 60岁以上老年人|口达).
    if ((!kept.length && BEING.test(t.text)) || (population && kept.some(isNominal))) break;
    if (t.tag?.startsWith('a') && kept.some(isNominal)) break; // 警务室|全覆盖
    // A verb inside the phrase is kept only when a noun follows it (公益诉讼指挥中心); else it starts the predicate.
    const next = tokens[k + 1];
    if (isVerb(t) && kept.some((x) => x.text !== '、' && !isVerb(x)) && !(next && isNominal(next) && next.tag !== undefined)) break;
    if (kept.some(isNominal) && (PREDICATE_VERBS.has(t.text) || FOCUS.has(t.text))) break; // 组成人员|聚焦科技成果, 时间|实现
    kept.push(t);
  }
  while (kept.length && (kept[kept.length - 1].text === '、' || kept[kept.length - 1].tag === 'a' || isVerb(kept[kept.length - 1]))) kept.pop();
  return kept.some(isNominal) ? toSpan(kept, pos) : null;
}

/**
 * Words that end a predicate, never a noun phrase, when the tagger leaves them last (商家|共有,
 * 设施|建成, 亩产|平均, 奖励|可达). Nominalised verbs (投诉, 支出, 演出, 放映) are left alone: taggers
 * call them verbs too, so only these listed words and adverbs are cut.
 */
const PREDICATE_END = new Set(['可', '共有', '建成', '提供', '获得', '可获得', '可达', '实行', '完成', '组建', '开展', '连续', '平均', '最高', '最低', '最多', '累计', '全部', '均', '满', '从业满', '现有', '已有', '拥有', '达', '达到', '为', '是']);

/** A last token that belongs to the predicate: a listed word or an adverb. */
function endsPredicate(t: Token): boolean {
  return PREDICATE_END.has(t.text) || t.tag === 'd';
}

/** Linking words the tagger glued to the noun (分担率为, 工地有, 天数仍): cut from the end of the phrase. */
const GLUED = /(?:(?<=[率数量比额值])(?:为|达|是)|(?<![国私所公])有|共有|仍有|还有|仍|已)$/u;

function trimTail(view: string, span: [number, number]): [number, number] | null {
  let end = span[1];
  for (let m = GLUED.exec(view.slice(span[0], end)); m && m.index > 0; m = GLUED.exec(view.slice(span[0], end))) end = span[0] + m.index;
  return [span[0], end];
}

function toSpan(kept: Token[], base: number): [number, number] | null {
  if (!kept.length) return null;
  return [base + kept[0].span[0], base + kept[kept.length - 1].span[1]];
}
