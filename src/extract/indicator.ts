/**
 * The indicator of a quantity: the short noun phrase naming what is measured, read from the
 * segmenter's tagged tokens of the clause around the number.
 *
 * Example: "矛盾纠纷化解率97.78%" → 矛盾纠纷化解率 (the phrase just before a percent);
 * "11台无人机" → 无人机 (the noun after a measure word); "完成生命防护工程591公里" →
 * 生命防护工程 (before a unit, with the leading verb 完成 left out); "安排养老服务专项资金5.8亿元,同比增长
 * 15.2%" → 15.2% measures 养老服务专项资金, the subject of the figure it is compared with. Years and identifiers
 * have none. Offsets are UTF-16 code units, end-exclusive; the phrase is sliced from the
 * decoded text, the tokens are read from the same-length normalized view.
 */
import type { QuantityKind } from '../model/record.js';
import type { Segmenter, Token } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';
import {
  BEING, CHANGE, FOCUS, LIFE_STAGE, LINKING, REACH, REACH_TO, SPEECH_VERBS, MANNER, MEASURE_NOUN, NEGATION, NEVER, PREDICATE_VERBS, RATE_NOUN, isPunct, SCOPE, SHARE, STATE,
  between, endsPredicate, ends, GLUED, isArea, isLocative, isMarker, isNominal, isNumeric, isVerb, taggedNumeral,
} from './indicator-words.js';

/** Where a clause ends: sentence and clause punctuation, brackets, quotes, line breaks (not 、). */
const CLAUSE_END = new Uint8Array(0x10000);
for (const c of ',。;:!?()“”‘’《》\n') CLAUSE_END[c.charCodeAt(0)] = 1;
/** A figure's numeral (and 个) right before a word: that word is the figure's unit (/[\d零〇两三四五六七八九十百千万亿][个名项]?$/). */
const FIGURE_DIGIT = new Uint8Array(0x10000);
for (const c of '0123456789零〇两三四五六七八九十百千万亿') FIGURE_DIGIT[c.charCodeAt(0)] = 1;

/** A numeral, or a numeral and 个/名/项, right before `pos` (read by code unit: this runs for every token walked over). */
function figureBefore(view: string, pos: number): boolean {
  if (pos <= 0) return false;
  const last = view.charCodeAt(pos - 1);
  if (FIGURE_DIGIT[last]) return true;
  return pos >= 2 && (last === 0x4e2a || last === 0x540d || last === 0x9879) && FIGURE_DIGIT[view.charCodeAt(pos - 2)] === 1; // 个 名 项
}
/**
 * What opens a rank after the league counted ("11个设区市中排名第5位", "35个大中城市第8名"): the phrase
 * ends before it. Cut on the characters, not the tokens: taggers glue 市中, 排名第.
 */
const RANK_CUT = /[中内]?(?:排名|排在|排行|位居|位列|名列|跃居|稳居|跻身|进入(?=[^,。;:]{0,10}前[\d一二两三四五六七八九十])|居(?=全|第))|第(?=[\d一二两三四五六七八九十]{1,3}[位名])/u;
/** Longest indicator kept, in code units: a noun phrase, not a clause. */
const MAX_LENGTH = 16;
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

/** An age bound looks after the figure first: 3岁以下婴幼儿. */
const AGE_SIDES: Array<'before' | 'after'> = ['after', 'before'];

/** The digits right before `pos` close a Latin code (PM2.5, PM10, COD): no figure, so the word after is no unit of it. */
function latinCodeBefore(view: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && /[\d.]/.test(view[k])) k--;
  return k >= 0 && k < pos - 1 && /[A-Za-z]/.test(view[k]);
}

/** The word opens with a Latin letter (/^[A-Za-z]/): 5G, PM2.5. */
function latinFirst(word: string): boolean {
  const c = word.charCodeAt(0) | 0x20; // A-Z folded onto a-z; nothing else lands there
  return c >= 0x61 && c <= 0x7a;
}

/** The word is digits only (/^\d+$/). */
function allDigits(word: string): boolean {
  if (!word) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * The indicator for the quantity at [start, end) of `pair` (qualifiers included, UTF-16),
 * or null when no noun phrase stands next to it.
 */
export function findIndicator(pair: TextPair, start: number, end: number, kind: QuantityKind, segmenter: Segmenter): string | null {
  // An age bound (3岁以下, 60周岁以上) qualifies the people written after it: 3岁以下婴幼儿.
  const age = kind === 'quantity' && /岁/u.test(pair.view.slice(start, end));
  const sides = age ? AGE_SIDES : SIDES[kind];
  for (let s = 0; s < sides.length; s++) { // index loops here and below: most of a batch runs this code unoptimized
    const found = sides[s] === 'before' ? before(pair.view, start, segmenter) : after(pair.view, end, segmenter, age);
    const span = found && sides[s] === 'before' ? antecedent(pair.view, found, segmenter) ?? found : found;
    if (span) return pair.text.slice(span[0], span[1]);
  }
  // "增加政务服务大厅面积,从2021年1.5万平方米增至…": a measurement whose own clause holds no noun
  // (only a year, 从, 增至) names its subject at the end of the clause before.
  if (kind === 'quantity' || kind === 'money') {
    let from = start;
    while (from > 0 && !CLAUSE_END[pair.view.charCodeAt(from - 1)]) from--;
    const own = segmenter.tag(pair.view.slice(from, start)).filter((t) => !isNumeric(t) && !isPunct(t.text));
    const span = from > 0 && pair.view[from - 1] === ',' && !own.some((t) => isNominal(t) && t.tag !== undefined) ? before(pair.view, from - 1, segmenter) : null;
    // …压缩至68个工作日,较2022年减少22个工作日: the clause before ends with a figure's unit, not a subject.
    if (span && !/[\d零〇一二两三四五六七八九十百千万亿][个名项]?$/u.test(pair.view.slice(0, span[0]))) return pair.text.slice(span[0], span[1]);
  }
  const compared = comparedSubject(pair.view, start, segmenter, 2);
  return compared ? pair.text.slice(compared[0], compared[1]) : null;
}

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
function antecedent(view: string, span: [number, number], segmenter: Segmenter): [number, number] | null {
  if (span[1] - span[0] > 2 || view[span[0] - 1] === '的') return null;
  const head = view.slice(span[0], span[1]);
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
  if (isVerb(tokens[first]) && !(first + 1 < last && isVerb(tokens[first + 1]))) return null;
  return [full[0] + tokens[first].span[0], end];
}

/** A clause of change with no noun of its own: 同比增长, 较上年增加, 增长 (the change figure follows). */
const CHANGE_CLAUSE = /^(?:(?:同比|环比|较|比)[^,。;:]{0,6}?)?(?:增长|增加|上升|提高|上涨|下降|减少|降低|回落|下跌|增幅为?|降幅为?)(?:了|约|近|达)?$/u;
/** The figure ending a clause (5.8亿元, 120万元, 93%, 百分之八十六): its numeral and a unit of at most four characters. */
const FIGURE_ENDING = /(?:\d+(?:\.\d+)?[万亿]?|(?:[百千万]分之)?[零〇一二两三四五六七八九十百千万亿]+)[^\d零〇一二两三四五六七八九十百千万亿,。;:]{0,6}$/u;

/**
 * "安排养老服务专项资金5.8亿元,同比增长15.2%": a change whose own clause is only the comparison
 * measures the subject of the figure ending the clause before (养老服务专项资金); through one more
 * such clause at most ("…资金520万元,较上年增加120万元,增长30%"). `depth` bounds the walk back.
 */
function comparedSubject(view: string, start: number, segmenter: Segmenter, depth: number): [number, number] | null {
  let from = start;
  while (from > 0 && !CLAUSE_END[view.charCodeAt(from - 1)]) from--;
  if (from === 0 || view[from - 1] !== ',' || !CHANGE_CLAUSE.test(view.slice(from, start).trim())) return null;
  let prev = from - 1;
  while (prev > 0 && !CLAUSE_END[view.charCodeAt(prev - 1)]) prev--;
  const figure = FIGURE_ENDING.exec(view.slice(prev, from - 1));
  if (!figure) return null;
  const at = prev + figure.index;
  return before(view, at, segmenter) ?? (depth > 1 ? comparedSubject(view, at, segmenter, depth - 1) : null);
}

/**
 * A verb opening the phrase that belongs to the predicate (完成|生命防护工程, 组建|医共体), not
 * one that names the process measured (审批时间, 出警时间: a verb right before a noun of measure).
 */
function leadingVerb(kept: Token[]): boolean {
  // 无|责任事故率, 非诉|案件, 未结|案件, 无证|经营户: a negation, or a verb it opens, qualifies the phrase (taggers say v).
  if (NEGATION.has(kept[0].text) || (kept[0].text.length === 2 && NEGATED_VERB.test(kept[0].text))) return false;
  if (PREDICATE_VERBS.has(kept[0].text) && !/^(?:n|nz|vn)$/.test(kept[0].tag ?? 'n')) return true; // 惠及/ns or /x; but 培训/vn names what is counted
  if (!isVerb(kept[0])) return false;
  // 维修|养护|资金, 维修|养护|补助|资金, 劝导|站|补助|资金: verbs in a row (the tagger's) before a noun of funds or
  // measure name what it pays for or measures; the predicate verbs (安排, 落实) have ended the walk before them.
  if (kept.length >= 3 && kept.length <= 4 && MEASURE_NOUN.test(kept[kept.length - 1].text) && verbRun(kept)) return false;
  // The phrase's length without the predicate words left last (接诊|量|日均: 日均 is cut after).
  let length = kept.length;
  while (length > 2 && endsPredicate(kept[length - 1])) length--;
  // 提高|覆盖率: a verb of change before a word that is a rate by itself changes it, it names no process.
  if (CHANGE.has(kept[0].text) && length === 2 && kept[1].text.length > 1 && kept[1].text.endsWith('率')) return true;
  return PREDICATE_VERBS.has(kept[0].text) || length !== 2 || !MEASURE_NOUN.test(kept[1].text);
}

/** All tokens but the last are verbs none of which opens a predicate (维修|养护|补助|资金). */
function verbRun(kept: Token[]): boolean {
  for (let k = 1; k < kept.length - 1; k++) if (!isVerb(kept[k]) || PREDICATE_VERBS.has(kept[k].text)) return false;
  return true;
}

/** The noun phrase ending at `pos`: tokens walked backwards to the clause start, leading verbs and scope words dropped. */
function before(view: string, pos: number, segmenter: Segmenter): [number, number] | null {
  let from = pos;
  // Twice the phrase's length: the predicate skipped first (由2020年的) takes room too.
  while (from > 0 && pos - from < 2 * MAX_LENGTH && !CLAUSE_END[view.charCodeAt(from - 1)] && view.charCodeAt(from - 1) !== 0x3001 /* 、 */) from--;
  // X占比达21.5%: the share of X (taggers cut 占|比达), so the phrase is X and 占比.
  if (from === pos) return null; // nothing before the figure in its clause: no tokens, no phrase
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
  // 已发展|到, 增长|到, 扩大|到: a verb of growth reaching the figure through 到/至 links like 达到.
  for (let n = 0; n < 6 && last >= 0 && (between(tokens[last]) || (REACH.has(tokens[last].text) && last + 1 < tokens.length && REACH_TO.has(tokens[last + 1].text))); n++) last--;
  // 副市长柳德明表示|: a speech clause names who speaks, never what is measured.
  if (last >= 0 && SPEECH_VERBS.has(tokens[last].text)) return null;
  for (let k = last; k >= 0; k--) {
    const t = tokens[k];
    // 老年人|口 (taggers cut 人口 after a word in 人): 口 closes the noun 人口, it is no measure word.
    if (t.text === '口' && k > 0 && tokens[k - 1].text.endsWith('人') && tokens[k - 1].span[1] === t.span[0] && (!kept.length || kept[0].span[0] === t.span[1])) { kept.unshift(t); continue; }
    // 老年/t|助|餐点: a stage of life before a noun qualifies it, it is no time of the sentence.
    if (kept.length && LIFE_STAGE.has(t.text) && t.span[1] === kept[0].span[0]) { kept.unshift(t); continue; }
    if (kept.length && latinFirst(kept[0].text) && allDigits(t.text)) { kept.unshift(t); break; } // 5G基站, 4K
    // PM2|.|5平均浓度: a Latin code with a decimal names what is measured (taggers cut it at the point).
    if (kept.length && allDigits(t.text) && k >= 2 && tokens[k - 1].text === '.' && latinFirst(tokens[k - 2].text)) { kept.unshift(tokens[k - 2], tokens[k - 1], t); k -= 2; continue; }
    // 不|合格率, 按时|办结率: a prefix the tagger cut off the phrase is part of it; the walk goes on (食品抽检不合格率).
    if (kept.length && prefixOf(view, from, t, kept)) { kept.unshift(t); continue; }
    if (isPunct(t.text) || isNumeric(t) || (ends(t.tag) && !taggedNumeral(t)) || NEVER.has(t.text)) break;
    if (kept.length && PREDICATE_VERBS.has(t.text)) break;
    // The scope and time of the sentence stand before the phrase (今年以来|全市|矛盾纠纷化解率): walking back, they end it.
    if (kept.length && (isArea(t.text) || t.text.endsWith('以来'))) break;
    // 600|元至|1200元, 由20个|工作日|压缩至5个工作日: the unit of the figure before, not a phrase.
    if (!latinFirst(t.text) && figureBefore(view, from + t.span[0]) && !latinCodeBefore(view, from + t.span[0])) break;
    kept.unshift(t);
  }
  return withCondition(view, nounPhrase(view, from, kept));
}

/**
 * An age bound or range written right before the phrase (60周岁以上|老年人口, 0至3岁|婴幼儿) is a condition of what is
 * counted, part of the indicator: the figure counts 60周岁以上老年人口, not 老年人口.
 */
const AGE_CONDITION = /(?:(?:\d+|[零一二两三四五六七八九十百]+)(?:周岁|岁)?(?:至|到|-|~|—|－))?(?:\d+|[一二两三四五六七八九十百]+)(?:周岁|岁)(?:及以上|及以下|以上|以下|以内)?(?:的)?$/u;
function withCondition(view: string, span: [number, number] | null): [number, number] | null {
  if (!span) return span;
  const m = AGE_CONDITION.exec(view.slice(Math.max(0, span[0] - 12), span[0]));
  if (!m || span[1] - span[0] + m[0].length > MAX_LENGTH) return span;
  return [span[0] - m[0].length, span[1]];
}

/** A two-character verb opened by a negating prefix that names a kind of case or holder (非诉, 未结, 无证, 非法), not a predicate (无法 is one). */
const NEGATED_VERB = /^[非未无](?![法需须能可])/u;

/** After a negation these open a predicate, no phrase: 不|超过每生每学期300元, 未|达到, 不|是, 无|法. */
const NEGATED_PREDICATE = /^(?:超过|超|低于|高于|少于|多于|大于|小于|足|到|及|达|达到|是|在|再|会|能|得|要|应|可|必|断|仅|但|法)$/u;

/**
 * `t`, right before the phrase `kept` (no gap), opens it: a negating prefix (不|合格率, 无|责任事故率, 零|就业家庭;
 * 零 after a numeral is a digit: 三年零|二个月), or a word of manner before a rate (按时|办结率, 一次性|通过率).
 */
function prefixOf(view: string, from: number, t: Token, kept: Token[]): boolean {
  if (t.span[1] !== kept[0].span[0]) return false;
  if (NEGATION.has(t.text)) return !(t.text === '零' && figureBefore(view, from + t.span[0])) && !NEGATED_PREDICATE.test(kept[0].text);
  if (!MANNER.has(t.text)) return false;
  return RATE_NOUN.test(view.slice(from + kept[0].span[0], from + kept[kept.length - 1].span[1]));
}

/**
 * The noun phrase of the tokens walked over before a figure (`kept`, offsets from `from`):
 * leading verbs, scope and area words, markers and locatives dropped, linking words and a
 * predicate word last dropped, at most MAX_LENGTH long. (Apart from before(): run once per
 * figure, it need not be compiled with before's token walk.)
 */
function nounPhrase(view: string, from: number, kept: Token[]): [number, number] | null {
  while (kept.length && (leadingVerb(kept) || SCOPE.has(kept[0].text) || isArea(kept[0].text) || (kept[0].tag === 'a' && !(kept[1] && isVerb(kept[1]))) || isMarker(kept[0].text) || isLocative(kept[0].text))) kept.shift();
  while (kept.length && (LINKING.has(kept[kept.length - 1].text) || between(kept[kept.length - 1]))) kept.pop();
  // A noun phrase ends with its noun: a verb, adverb or adjective last is the predicate (商家|共有, 设施|建成, 亩产|平均).
  while (kept.length > 1 && endsPredicate(kept[kept.length - 1])) kept.pop();
  if (kept.length === 1 && endsPredicate(kept[0])) return null; // 全部|实行24小时
  while (kept.length && kept[kept.length - 1].span[1] - kept[0].span[0] > MAX_LENGTH) kept.shift(); // a noun phrase, not a clause
  const span = kept.some(isNominal) ? toSpan(kept, from) : null;
  // 全|年发电量, 当|日办结率: the tagger glued the time word's last character to the phrase; the time word is the
  // scope, the phrase starts after it (never in the middle of 全年).
  if (span && span[1] - span[0] > 2 && span[0] > from && SPLIT_TIME.test(view.slice(span[0] - 1, span[0] + 2))) span[0]++;
  return span ? trimTail(view, span) : null;
}
/** A time word (全年, 今年, 当日, 每月 …) whose last character opens the phrase, not as a word of its own (年度, 月份, 日均 stay). */
const SPLIT_TIME = /^(?:[全今去明当每上本同历往常]年|[全本上当每]月|[今当每全]日|[当每全]天)(?![度份初底末内中间均])/u;

/** The noun phrase starting at `pos`: tokens walked forwards until a verb, a number or the clause end. */
/**
 * A noun after a measure word: nominal, or one character the tagger leaves as a bare morpheme (zg: 个|村, 个|县,
 * 辆|车, 3个非建制|村) unless it is a function word of that tag (很, 此, 较, 每, 今, 仍, 往 …).
 */
const nounAfter = (t: Token) => isNominal(t) || (t.tag === 'zg' && t.text.length === 1 && !ZG_FUNCTION.has(t.text));
const ZG_FUNCTION = new Set([...'很此较每今仍往您虽反甚且稍够止啊哦唉曰']);

/** Words of piloting that close a clause as its predicate after the noun counted (20个村试点). */
const PILOT = new Set(['试点', '示范', '先行', '先试', '推开', '推广']);

function after(view: string, pos: number, segmenter: Segmenter, population = false): [number, number] | null {
  let to = pos;
  while (to < view.length && to - pos < MAX_LENGTH && !CLAUSE_END[view.charCodeAt(to)]) to++;
  const rank = RANK_CUT.exec(view.slice(pos, to));
  if (rank) to = pos + rank.index;
  if (to === pos) return null; // the clause ends right after the figure: no tokens, no phrase
  const tokens = segmenter.tag(view.slice(pos, to));
  const kept: Token[] = [];
  // Whether kept holds a nominal token, and one that is neither 、 nor a verb: kept only grows in the loop.
  let nominal = false;
  let nonVerb = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!kept.length && isLocative(t.text)) return null; // 两到三年|内, 6月底|前: a time frame, not a measure of anything
    if ((t.text === '、' && kept.length) || (!kept.length && (STATE.has(t.text) || NEGATION.has(t.text)))) { // 已实施事项, 未纳入窗口, 不达标企业
      kept.push(t);
      nominal ||= nounAfter(t);
      nonVerb ||= t.text !== '、' && !isVerb(t);
      continue;
    }
    if (isPunct(t.text) || isNumeric(t) || (ends(t.tag) && !taggedNumeral(t)) || between(t)) break; // 托位数|仅为
    // A verb of being right after the figure opens the predicate (目标4.5个|还有差距); after an
    // age the population it bounds is the first noun (3岁以下婴幼儿|托位数, 60岁以上老年人|口达).
    if ((!kept.length && BEING.test(t.text)) || (population && nominal)) break;
    if (t.tag?.startsWith('a') && nominal) break; // 警务室|全覆盖
    // 选择20个村|试点, 在3个县|先行: a word of piloting closing the clause after the noun counted is its predicate
    // (pilot in 20 villages); before a noun it qualifies it (3个试点县).
    if (nominal && PILOT.has(t.text) && (k === tokens.length - 1 || isPunct(tokens[k + 1].text))) break;
    // A verb inside the phrase is kept only when a noun follows it (公益诉讼指挥中心); else it starts the predicate.
    const next = tokens[k + 1];
    if (isVerb(t) && nonVerb && !(next && nounAfter(next) && next.tag !== undefined)) break;
    if (nominal && (PREDICATE_VERBS.has(t.text) || FOCUS.has(t.text))) break; // 组成人员|聚焦科技成果, 时间|实现
    kept.push(t);
    // 80周岁以上|高龄|老人: a stage of life only qualifies the population the bound counts, it is not that noun.
    nominal ||= nounAfter(t) && !(population && LIFE_STAGE.has(t.text));
    nonVerb ||= t.text !== '、' && !isVerb(t);
  }
  while (kept.length && (kept[kept.length - 1].text === '、' || kept[kept.length - 1].tag === 'a' || isVerb(kept[kept.length - 1]))) kept.pop();
  return kept.some(nounAfter) ? toSpan(kept, pos) : null;
}

/** The phrase without the linking words the tagger glued to its end (分担率为 → 分担率). */
function trimTail(view: string, span: [number, number]): [number, number] | null {
  let end = span[1];
  for (let m = GLUED.exec(view.slice(span[0], end)); m && m.index > 0; m = GLUED.exec(view.slice(span[0], end))) end = span[0] + m.index;
  return [span[0], end];
}

function toSpan(kept: Token[], base: number): [number, number] | null {
  if (!kept.length) return null;
  return [base + kept[0].span[0], base + kept[kept.length - 1].span[1]];
}
