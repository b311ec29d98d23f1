/**
 * The reading of one figure and the qualifiers around it: "测算约为35亿元" → qualifier 约 (the copula 为
 * inside the text), "两年多" → 多, "不少于500人" → 不少于, "翻了两番还多" → 多, "四十岁出头" → 出头,
 * "近五年" → no qualifier (the past five years), "历时近3小时" → 近, "保有量不低于⏎5920万亩" (a hard-wrapped PDF line) → 不低于 as on one line.
 * `finish` builds every reading the other readers return; `bare` one with no unit (已整改110).
 * Offsets: UTF-16, 0-based, end-exclusive ([start, end)).
 */
import type { Quantity, QuantityKind } from '../model/record.js';
import { DURATION_UNITS } from './units.js';

/** A quantity read at one position, before its indicator is looked up. */
export type Reading = Omit<Quantity, 'text' | 'indicator' | 'identifier' | 'rank' | 'direction'> & { identifier?: true; rank?: true; numeral: [number, number]; subject?: [number, number] | null; dimensionless?: true; indicatorAt?: number; afterAt?: number };

/**
 * Qualifiers written before the numeral, longest first. 近 before a duration means "the past", see `finish`.
 * 不下 is "no fewer than" in speech (撮合成功不下200单, 巡查次数不下五百次), as 不少于.
 * The bounds of official prose are among them: comparatives (低于1.5毫克/升, 高于35微克/立方米, 少于10天, 大于100万元) and
 * extremes (最高380元, 最低200元, 最多3次, 最长3个月, 最快3天), as 不少于/不超过/至少 are.
 */
const PREFIXES = ['不少于', '不低于', '不超过', '不多于', '不高于', '不下于', '不下', '将近', '接近', '逼近', '刚刚超过', '刚超过', '超过', '大约', '大概', '大致', '至少', '多达', '不足', '不到',
  // 突破 "broke through" a mark is more than it (余额突破两千亿元, 市值突破五千亿元), as 超过; 刚过 is just over it (刚过一半).
  '突破', '刚刚过', '刚过',
  '低于', '高于', '少于', '多于', '小于', '大于', '最高', '最低', '最多', '最少', '最长', '最短', '最快', '约', '近', '逾', '超'];
/** PREFIXES by their last code unit, the one right before a numeral (in PREFIXES order): `finish` tries only those. */
const PREFIXES_BEFORE = new Map<number, string[]>();
for (const p of PREFIXES) {
  const c = p.charCodeAt(p.length - 1);
  PREFIXES_BEFORE.set(c, [...(PREFIXES_BEFORE.get(c) ?? []), p]);
}
/**
 * An approximating word with a copula or a preposition between it and the figure ("测算约为35亿元",
 * "大约为35亿元", "大概在35亿元", "约有500人"), or 合 of a conversion ("800公顷,约合1.2万亩", "大约合"):
 * the word is the qualifier, the copula is inside the text. (折合约1.2万亩 has 约 right before the figure.)
 */
const APPROX_LINKED = /(?:(?:大约|大概|大致|约)[为是在有合占达]|近占)$/;
/**
 * An extreme with 可达/达/为 before the figure ("每人每年最高可达380元", "最低为200元"): the extreme is the qualifier,
 * the verb is inside the text.
 */
const EXTREME_LINKED = /(?:最高|最低|最多|最少|最长|最短|最快)(?:可达|达|为)$/;
/**
 * A bound word whose figure is the object of the verb after it, reached through a modal ("每户最高可提取8万元", "最多可申请3次",
 * "至多能够报销2万元", "至少要有2名") or a coverb ("至少与1家医院签约": at least one hospital): the bound still scopes over
 * the figure; the modal, verb and coverb are inside the text, as 可达 is. A modal (or a coverb) is needed: after a verb alone
 * the figure is the verb's own ("每户最高补助5000元"), and 最高 of a name is followed by a noun ("最高人民法院2名"). The verb is
 * one or two Han characters, no numeral (its object is the figure).
 */
const BOUND_LINKED = /(?:最高|最低|最多|最少|最长|最短|最快|至少|至多)(?:(?:可以|可|能够|能|将|要|需要|需|应当|应|须)(?:[与和同跟向对给为在]|(?:(?![零〇○一二两三四五六七八九十百千万亿的])[\u4e00-\u9fff]){0,2})|[与和同跟向对给])$/u;
/**
 * 至少 and 至多 are adverbs only, never part of a noun, so they scope over the figure of the verb right after them with no
 * modal too ("每年至少提供4次随访", "至少检查2次" → 至少): the verb is inside the text, and the indicator is read at the
 * figure (what is checked, not the words before the bound).
 */
const ADVERB_BOUND = /(?:至少|至多)(?:(?![零〇○一二两三四五六七八九十百千万亿的])[\u4e00-\u9fff]){1,2}$/u;
/**
 * A hedge before a copula or a share verb whose figure is a part of a named whole ("约为总数的三成", "约占全市的40%",
 * "近占全省的四成"): the hedge qualifies the figure; the whole (no numeral, no punctuation in it) is inside the text.
 */
const HEDGE_ACROSS = /(?:大约|大概|约|近)[占为][^\d零〇○一二两三四五六七八九十百千万亿,.;:!?。、\s“”"()]{1,10}的$/u;
/**
 * A bound before a named whole whose part the percent is ("不高于市场租金的九折", "不低于总投资的10%", "不超过上年的三成"): the
 * bound qualifies the share; the whole (up to 14 characters, no numeral, no punctuation in it) is inside the text. Only before a percent: before
 * other figures the whole is compared with ("高于全省平均水平的1.2倍" reads the multiple as written).
 */
const BOUND_ACROSS = /(?:不低于|不高于|不超过|不少于|不多于|不足|不到|低于|高于|超过)[^\d零〇○一二两三四五六七八九十百千万亿,.;:!?。、\s“”"()]{1,14}的$/u;
/** A verb of lasting or spending before 近 + a duration: 近 is "nearly" (历时近3小时, 用了近三年, 长达近两年), no time frame. */
const LASTING_BEFORE = /(?:历时|用时|耗时|用了|花了|持续|长达|历经|经过|达|需|要|用|花)$/u;
/** Words that end in 约/近/超 without being a qualifier (节约5万元, 最近3年, 靠近/走近万家: near, 赶超). */
const NOT_PREFIX = /(?:[节制签预违履契公特]约|[最附临靠贴亲走邻挨]近|赶超)$/;
/** Before 上 these make a word of place or order (线上, 网上, 以上, 会上, 马上), not 上 "as many as" (上万人). */
const PLACE_UP = /[线网以之马加会晚早路身手面街镇场台]/u;
/**
 * Qualifiers written after the unit. 出头 ("just over": 四十岁出头) and 还多 ("and more": 翻了两番还多, 一倍还多) close
 * their clause (nothing but 的 may follow: 出头露面 and 还多方筹措 are other words); the qualifier of 还多 is its 多, as
 * in 两倍多 (还 is the adverb "still").
 */
/**
 * 强 ("a little over") or 弱 ("a little under") closing a share: 五分之一强, 三分之一弱, 三成强, 1/3强, 百分之三十强, and a
 * percent in digits as well: 92%强, 92.5%弱. Nothing but 的 may follow (强化, 强度, 弱势, 弱项 are other words).
 */
const OVER_UNDER = /^[强弱](?![\u4e00-\u9fff](?<!的))/u;
/** The 强 or 弱 right after a share ending at `end`, its qualifier, or null. */
export function overUnder(view: string, end: number): string | null {
  return OVER_UNDER.exec(view.slice(end, end + 2))?.[0] ?? null;
}
/** 之内 is 以内 in another spelling ("两年之内", "15个工作日之内"): within. 内 alone is one too after a time: see WITHIN. */
const SUFFIX = /^(?:左右|以上|以下|以内|之内|上下|有余|(?:出头|还多)(?![\u4e00-\u9fff](?<!的)))/u;
/**
 * A qualifier after the noun a measure word counts, closing the clause: "每年治理130个村左右" (130个, 左右; 村 is the noun,
 * 左右 never part of it). Only at the clause's end: before a noun the word is part of a name ("12家规模以上企业",
 * "3个县级以上医院"). Groups: 1 the noun (one to four Han characters, no numeral), 2 the qualifier.
 */
const SUFFIX_AFTER_NOUN = /^((?:(?![零〇○一二两三四五六七八九十百千万亿的])[\u4e00-\u9fff]){1,4}?)(左右|上下|以上|以内|之内)(?=[,。;:!?\n]|$)/u;
/**
 * 内 right after a span of time is 以内, an upper bound ("15个工作日内办结", "24小时内响应", "三个月内", "3秒内接听率"); not 内
 * opening a word (三年内容, 两年内部).
 */
const WITHIN = /^内(?![容部涵外地在心科])/u;
/** Before 一 these make a determiner, not a number: 下一年度, 同一天, 每一年, 这一年. */
export const ONE_AFTER = /[下上同每这那任哪另单唯统其之逐划专万]/;

/** A reading with no unit and no qualifier: a bare figure whose measure word is left out (已整改110, kind other), or a number to call. */
export function bare(start: number, end: number, value: number | null = null): Reading {
  return { value, unit: null, kind: 'other', approximate: false, qualifier: null, range: null, span: [start, end], numeral: [start, end] };
}

/**
 * The qualifier before the figure at `start` and where it starts: right before it, or closing the line before when the figure
 * opens its line — a copy of a PDF or a gazette breaks its lines at the page's width, anywhere in a sentence ("确保耕地保有量不低于⏎
 * 5920万亩", "约⏎5920万亩"), and a line never ends on 不低于 or 约 of its own. The text then runs from the qualifier over the
 * break, as it does where the document's wraps are joined (reflow.ts). `from` is a UTF-16 offset into the view.
 */
export function qualifierAt(view: string, start: number): { qualifier: string; from: number } | undefined {
  const pre = qualifierBefore(view, start);
  if (pre !== undefined) return { qualifier: pre, from: start - pre.length };
  const gap = wrapBefore(view, start);
  const wrapped = gap ? qualifierBefore(view, start - gap) : undefined;
  return wrapped === undefined ? undefined : { qualifier: wrapped, from: start - gap - wrapped.length };
}

/** Spaces or tabs closing a line, then its line break (\n or \r\n), right before `start`: their length, else 0. */
function wrapBefore(view: string, start: number): number {
  if (view.charCodeAt(start - 1) !== 0x0a) return 0;
  let k = start - 1;
  while (k > 0 && (view[k - 1] === '\r' || view[k - 1] === ' ' || view[k - 1] === '\t' || view[k - 1] === '\u3000')) k--;
  return start - k;
}

/** The qualifier written right before `start` (the first of PREFIXES that stands there), or 上 of 上百家, 上千人, 上亿元 ("as many as"). */
export function qualifierBefore(view: string, start: number): string | undefined {
  const list = PREFIXES_BEFORE.get(view.charCodeAt(start - 1));
  if (list !== undefined) {
    for (let k = 0; k < list.length; k++) {
      const p = list[k];
      if (start >= p.length && view.startsWith(p, start - p.length) && !NOT_PREFIX.test(view.slice(Math.max(0, start - p.length - 1), start))) return p;
    }
  }
  if (view[start - 1] === '上' && /[百千万亿]/.test(view[start]) && !PLACE_UP.test(view[start - 2] ?? '')) return '上';
  const extreme = EXTREME_LINKED.exec(view.slice(Math.max(0, start - 4), start));
  if (extreme) return extreme[0];
  const bound = BOUND_LINKED.exec(view.slice(Math.max(0, start - 8), start));
  if (bound) return bound[0];
  const adverb = ADVERB_BOUND.exec(view.slice(Math.max(0, start - 4), start));
  if (adverb) return adverb[0];
  const linked = APPROX_LINKED.exec(view.slice(Math.max(0, start - 3), start));
  // 节约为, 制约在: the 约 ends another word (NOT_PREFIX), as before a bare figure.
  if (linked && !NOT_PREFIX.test(view.slice(Math.max(0, start - 1 - linked[0].length), start - 1))) return linked[0];
  return undefined;
}

/** Add the qualifiers around [start, end) and build the reading. `qualifiers` false: none allowed (years). */
export function finish(view: string, start: number, end: number, numeral: [number, number], value: number, unit: string | null, kind: QuantityKind, inner: string | null, range: [number, number] | null, qualifiers = true): Reading {
  let qualifier = inner;
  let from = start;
  let to = end;
  // After a duration or a multiple 多/余 also qualify: 两年多, 十天余, 一倍多.
  const post = qualifiers ? (SUFFIX.exec(view.slice(end, end + 3)) ?? ((isDuration(unit) || unit === '倍') && !inner ? /^[多余]/.exec(view.slice(end, end + 1)) : null)
    ?? (isDuration(unit) || unit === '分钟' || unit === '秒' ? WITHIN.exec(view.slice(end, end + 2)) : null)) : null;
  const noun = qualifiers && !post && kind === 'count' && !inner ? SUFFIX_AFTER_NOUN.exec(view.slice(end, end + 8)) : null;
  if (post) { qualifier ??= post[0] === '还多' ? '多' : post[0]; to = end + post[0].length; }
  else if (noun) qualifier = noun[2]; // 130个村左右: the text runs over the noun, the indicator is read from it (afterAt)
  // 92%强, 3‰弱: as after 成 (shares.ts), 强/弱 closing a percent qualify it.
  else if (qualifiers && inner === null && (unit === '%' || unit === '‰')) {
    const ou = overUnder(view, end);
    if (ou) { qualifier = ou; to = end + 1; }
  }
  const at = qualifiers ? qualifierAt(view, start) : undefined;
  const pre = at?.qualifier;
  if (at && pre) {
    from = at.from;
    // 近五年 is "the past five years": a time frame, not an approximation; after a verb of lasting (历时近3小时, 用了近三年)
    // 近 is "nearly", as before any figure. 约为: the qualifier is 约, the copula is text only.
    if (!(pre === '近' && isDuration(unit) && !LASTING_BEFORE.test(view.slice(Math.max(0, from - 2), from)))) qualifier = linkedQualifier(pre);
  } else if (qualifiers && qualifier === null && view[start - 1] === '的') {
    const across = hedgeAcross(view, start) ?? (kind === 'percent' ? boundAcross(view, start) : null);
    // 约为总数的三成: the indicator is still read from the figure (总数 before 的), not from before the hedge.
    if (across) return { value, unit, kind, approximate: true, qualifier: across.qualifier, range, span: [across.from, to], numeral, indicatorAt: start };
  }
  if (noun) return { value, unit, kind, approximate: true, qualifier, range, span: [from, end + noun[0].length], numeral, afterAt: end };
  // 至少检查2次: the verb inside the text names what is counted, read at the figure.
  if (pre && pre.length > 2 && ADVERB_BOUND.test(pre) && !BOUND_LINKED.test(pre)) return { value, unit, kind, approximate: true, qualifier, range, span: [from, to], numeral, indicatorAt: start };
  return { value, unit, kind, approximate: qualifier !== null, qualifier, range, span: [from, to], numeral };
}

/** The qualifier of a prefix found by qualifierBefore: 约为 → 约, 近占 → 近, 最高可达 → 最高, 至少与 → 至少, others as written. */
function linkedQualifier(pre: string): string {
  if (EXTREME_LINKED.test(pre) || BOUND_LINKED.test(pre) || ADVERB_BOUND.test(pre)) return pre.slice(0, 2);
  return APPROX_LINKED.test(pre) ? pre.slice(0, -1) : pre;
}

/** The bound of "不低于总投资的10%" before the share at `start` (right after 的), with where it starts, or null. */
function boundAcross(view: string, start: number): { qualifier: string; from: number } | null {
  const m = BOUND_ACROSS.exec(view.slice(Math.max(0, start - 18), start));
  if (!m) return null;
  const bound = PREFIXES.find((p) => m[0].startsWith(p))!;
  return { qualifier: bound, from: start - m[0].length };
}

/** The hedge of "约为总数的三成" before the figure at `start` (right after 的), with where it starts, or null. */
function hedgeAcross(view: string, start: number): { qualifier: string; from: number } | null {
  const m = HEDGE_ACROSS.exec(view.slice(Math.max(0, start - 15), start));
  if (!m) return null;
  const from = start - m[0].length;
  if (NOT_PREFIX.test(view.slice(Math.max(0, from - 1), from + 1))) return null; // 节约为, 最近占: the hedge ends another word
  return { qualifier: m[0].slice(0, m[0].length > 1 && /^大/.test(m[0]) ? 2 : 1), from };
}

export const isDuration = (unit: string | null): boolean => unit !== null && DURATION_UNITS.has(unit);
