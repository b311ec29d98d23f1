/**
 * A numeral with its unit: "网上巡查收集500余条民情" → 500余条 (count), "2.3亿元" → 230000000 元,
 * "2024年上半年" → a year, "30%—40%" → a range, "每人每月600元" → 元/人/月, "增长-3.1%" → -3.1; and the
 * numeral + unit that are words, not figures: 二次供水, 二期工程, 两票制, 两部制, 建一亩、成一亩, 学前三年 (a stage of
 * schooling), “15分钟养老服务圈” (a name), 半年一述职 and 一年停七八次 (how often, no span).
 * Offsets: UTF-16, 0-based, end-exclusive ([start, end)).
 */
import type { QuantityKind } from '../model/record.js';
import { readNumeral, roundFloat, type NumeralMatch } from './numerals.js';
import { matchUnit, spokenMoneyAt, unitAroundInner, FIGURE_ONLY, DURATION_UNITS, type UnitMatch } from './units.js';
import { isAnnouncement, countsQuestions, plusSignAt, refersToAskers } from './quantity-guards.js';
import { finish, isDuration, qualifierAt, ONE_AFTER, type Reading } from './quantity-reading.js';
import { rateBefore, meteredOverTime, distributiveOne, periodOverMoney, periodOverTimes, type RateBefore } from './rate-before.js';
import { ratePrefix } from './rate-prefix.js';
import { compoundDuration, dayAt, halfAfter, halfOrMore, rhythmAfter } from './durations.js';
import { scoreEnd } from './scores.js';
import { sharesYear, upperYear } from './years.js';
import { isCategoryName } from './category-names.js';
import { namesAgeGroup } from './age-groups.js';
import { isTimePoint } from './time-points.js';
import { bodiesReferenceAt } from './reference-numerals.js';

/** What may follow 年 in a year: "2024年上半年", "2024年底", "2024年度", "2023年12月" (a full date is dropped). */
const YEAR_TAIL = /^(?:上半年|下半年|年初|年中|年底|年末|底|末|初(?!步)|度|第?[一二三四1-4]季度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|底|初|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?)/;
/** A year, or a span of years (2021-2025年, 2021至2025年). */
const YEAR_ARABIC = /^(?:19|20)\d\d(?:[-~—–至到](?:19|20)\d\d)?$/;
/**
 * What after N年 makes it part of a name, not a span of time: a school type or system (九年一贯制学校, 十二年制, 九年义务教育,
 * 十五年免费教育), a programme (三年行动计划, 五年规划) or a return period (50年一遇: a design standard). 制定/制订 after
 * 年 are a verb (近三年制定办法12件). Durations keep their contexts: 用三年时间, 三年内, 超过三年.
 */
const YEAR_NAME = /^(?:一贯制|制(?![定订作止约])|义务教育|免费教育|行动|规划|一遇)/;
/**
 * 大 between a numeral and a noun of classes or sectors is an intensifier (5大类, 3大行业, 12大产业, 四大板块, 两大领域,
 * 三大片区): the figure counts that noun, which is its unit. Other heads after N大 name a formulation (十大工程,
 * 三大保卫战: formulations.ts).
 */
const BIG_CLASS = /^大(类|行业|产业|板块|领域|片区)/;
/** 制 after a count unit: a rule named by its parts (两票制, 两部制水价, 三班制); not 制度, 制定, 制订, 制作, 制止, 制约, 制品, 制造. */
const RULE_AFTER = /^制(?![度定订作止约品造图衡])/u;
/**
 * A noun closed by 圈 after a time or distance, a name (15分钟养老服务圈, 30分钟急救圈, 1小时经济圈): the radius a service
 * reaches, no figure. Not across 内, 以, 左右 (15分钟内到达: a figure) or punctuation.
 */
const RADIUS_NAME = /^(?![内以左])[\u4e00-\u9fff]{1,7}?圈/u;
/** After 二次: a Han character opening a word (供水, 污染), not one that qualifies the count (以上, 左右, 余). */
const SECONDARY_NOUN = /^(?![以左上下余多共])\p{sc=Han}$/u;

/** Numeral (+ 余/多) + unit: counts, measurements, money, percents, years. */
export function measured(view: string, n: NumeralMatch, written: string): Reading | null {
  // 500余条, 两千多名, 二十来个 (来 only after a round figure); 数百余人 keeps 数, the word inside.
  const after = view[n.end] === '余' || view[n.end] === '多' || (view[n.end] === '来' && isRound(n)) ? view[n.end] : null;
  let inner = n.indefinite ?? after;
  // "2022、2023年": a bare year in a series shares the 年 that closes it (years.ts).
  if (n.arabic && !n.range && !after && sharesYear(view, n.end, written)) return finish(view, n.start, n.end, [n.start, n.end], n.value, '年', 'year', null, null, false);
  // "4分30秒", "1小时30分钟": one duration in its smallest unit (durations.ts).
  const compound = n.range || after ? null : compoundDuration(view, n.end, n.value);
  if (compound) return finish(view, n.start, compound.end, [n.start, compound.numeralEnd], compound.value, compound.unit, 'quantity', n.indefinite ?? null, null);
  // "测评得分85.5分", "提高到15分": 分 in a clause of scoring (scores.ts).
  const score = after ? 0 : scoreEnd(view, n, written);
  if (score) return finish(view, n.start, score, [n.start, n.end], n.value, '分', 'quantity', n.indefinite ?? null, n.range);
  let unit = matchUnit(view, n.end + (after ? 1 : 0));
  const big = after || n.range ? null : BIG_CLASS.exec(view.slice(n.end, n.end + 3));
  if (big) unit = { unit: big[1], kind: 'count', end: n.end + big[0].length, multiplier: 1 };
  // "3个多月", "两个多小时", "三个半小时": 多 or 半 stands inside the unit 个月, 个小时 (durations.ts).
  // "两个多百分点", "一个半百分点": the same inside any unit written with 个 (units.ts).
  const split = inner ? null : halfOrMore(view, n.end) ?? unitAroundInner(view, n.end);
  let half = 0;
  if (split) { inner = split.inner; half = split.half; unit = { unit: split.unit, kind: 'kind' in split ? (split.kind as QuantityKind) : 'quantity', end: split.end, multiplier: 1 }; }
  // "一块五毛钱": yuan and tenths, one amount of 1.5 元 (units.ts); the tenths are added as a half is.
  const spoken = after || n.range ? null : spokenMoneyAt(view, n.end);
  if (spoken) { half = spoken.tenths; unit = { unit: '元', kind: 'money', end: spoken.end, multiplier: 1 }; }
  // "在3日内答复", "用时3日": 日 as a span of days, not a date (durations.ts).
  const day = unit || after || n.range ? 0 : dayAt(view, n.start, n.end);
  if (day) unit = { unit: '日', kind: 'quantity', end: day, multiplier: 1 };
  if (!unit) return null;
  // "一年半", "两天半": 半 after the unit adds a half (no year 2024年半, no range, no 多 before it).
  if (!split && !inner && !n.range && n.value < 1000 && halfAfter(view, unit.unit, unit.end)) { half = 0.5; unit = { ...unit, end: unit.end + 1 }; }
  if (isAnnouncement(view, n.end, n.value) || countsQuestions(view, n.start, n.end, n.value)) return null;
  if (unit.unit === '位' && refersToAskers(view, n.start, n.end, n.value)) return null; // 对两位的提问: the askers answered, no figure
  if (unit.unit === '个' && unit.end === n.end + 1 && bodiesReferenceAt(view, n.value, unit.end)) return null; // 两个委员会: the two just listed (reference-numerals.ts)
  // 一个/一项/一人: an article or "single", never a counted fact (一个百分点, 一年 are measures).
  if (written === '一' && (unit.kind === 'count' || view[unit.end] === '一' || ONE_AFTER.test(view[n.start - 1] ?? ''))) return null; // 一周一次: distributive; 下一年度: next
  if (written === '一' && !spoken && distributiveOne(view, n.start)) return null;
  if (written === '一' && unit.multiplier === 0.01) return null; // 每一分钱, 不花一分钱, 一分钱也不能: "every cent", an idiom (units.ts) // 每放电一千瓦时: the unit of a rate (rate-before.ts)
  if (written === '一' && periodOverMoney(view, n.start, unit.end)) return null; // 一年约3000万元: per year (rate-before.ts)
  if (written === '一' && periodOverTimes(view, n.start, unit.end)) return null; // 一年停七八次: per year (rate-before.ts)
  if (DURATION_UNITS.has(unit.unit) && !inner && rhythmAfter(view, unit.end)) return null; // 三年一评估: how often (durations.ts)
  // 两部制水价, 三班制: a count unit before 制 names a rule (as 两票制), no count; not 两项制度, 三个制定.
  if (unit.kind === 'count' && RULE_AFTER.test(view.slice(unit.end, unit.end + 2))) return null;
  // 学前三年毛入园率: 学前 + N年 names the stage of schooling the rate measures, part of its name, no span.
  if (unit.unit === '年' && view.slice(n.start - 2, n.start) === '学前') return null;
  // “15分钟养老服务圈”, 一刻钟便民生活圈: a time or a distance before a noun closed by 圈 names the service radius, no figure.
  if (unit.kind === 'quantity' && RADIUS_NAME.test(view.slice(unit.end, unit.end + 9))) return null;
  // 一个小时, 一个星期: 一个 as in 一个问题, kept no figure as before 个小时 was a unit (一个半小时 is 1.5 小时).
  if (written === '一' && !half && view[n.end] === '个' && (unit.unit === '小时' || unit.unit === '周')) return null;
  if (unit.unit === '位' && view[unit.end] === '数') return null; // 两位数增长: "double-digit", no count of people
  // 二次供水, 二次污染, 二次消费: a bare 二 before 次 and a word is "secondary", a term; twice is written 两次
  // (or 2次, 二次以上 when counted).
  if (written === '二' && unit.unit === '次' && SECONDARY_NOUN.test(view[unit.end] ?? '')) return null;
  if (unit.unit === '期' && isPhase(view, n, written, unit.end)) return null; // 二期工程, 绿道三期: a phase
  if (unit.unit === '类' && !n.range && isCategoryName(view, n.start, written, unit.end)) return null; // 一类、二类企业: class names
  // 期间 is the word "during" (双11期间, 618期间, 2025期间): the numeral names a day or a period, it counts no sessions.
  if (unit.unit === '期' && unit.end === n.end + 1 && view[unit.end] === '间') return null;
  // 两头, 两眼, 两节: a word; 生猪1200头, 三十口水窖 count.
  if (FIGURE_ONLY.has(unit.unit) && unit.end === n.end + 1 + (after ? 1 : 0) && !n.arabic && /^[一二两]$/.test(written)) return null;
  if (written === '一' && inSlogan(view, n.start, unit.end)) return null; // 建一亩、成一亩、管好一亩
  // 65岁及以上老年人, 0-3岁婴幼儿: an age naming a group of people, part of the noun (age-groups.ts).
  if (!inner && namesAgeGroup(view, unit.unit, upperAgeEnd(view, unit), n.range !== null || upperAgeEnd(view, unit) !== unit.end || AGE_RANGE_OPEN.test(view.slice(Math.max(0, n.start - 4), n.start)))) return null;
  const mult = (x: number) => roundFloat((x + half) * unit.multiplier);
  const isYear = unit.unit === '年' && !inner && (n.arabic ? YEAR_ARABIC.test(written) : /^[零〇○一二三四五六七八九]{4}$/.test(written));
  if (!isYear && unit.unit === '年' && !inner && YEAR_NAME.test(view.slice(unit.end, unit.end + 4))) return null;
  if (!isYear && isTimePoint(view, n.start, unit.unit, unit.end)) return null; // 五年前, 今年前10个月 (time-points.ts)
  if (isYear) {
    // "2021年至2023年": the range of 2021至2023年, its first 年 written too (years.ts).
    let upper = n.range || !n.arabic ? null : upperYear(view, unit.end, n.value);
    // 2021年至2023年6月30日: a span of dates, not of years; the first year stays a year of its own.
    if (upper && /^[日号]$/.test(YEAR_TAIL.exec(view.slice(upper.end, upper.end + 12))?.[0].slice(-1) ?? '')) upper = null;
    const yearEnd = upper ? upper.end : unit.end;
    const tail = YEAR_TAIL.exec(view.slice(yearEnd, yearEnd + 12));
    if (tail && /[日号]$/.test(tail[0])) return null; // 2024年6月27日 is a calendar date (the session's date), not a figure
    const numeralEnd = upper ? yearEnd - 1 : n.end;
    return finish(view, n.start, yearEnd + (tail ? tail[0].length : 0), [n.start, numeralEnd], n.value, '年', 'year', inner, upper ? [n.value, upper.value] : n.range, false);
  }
  // "30%—40%", "400元至800元": a range whose unit is written after both bounds.
  const upper = n.range || inner ? null : upperBound(view, unit.end, n, unit);
  const end = upper ? upper.end : unit.end;
  const numeral: [number, number] = [n.start, upper ? upper.numeralEnd : n.end];
  const range: [number, number] | null = upper ? [mult(n.value), upper.value] : n.range ? [mult(n.range[0]), mult(n.range[1])] : null;
  const per = rated(view, n.start, unit);
  // 形成4个方面的审议意见: the aspects of a noun, counted in 方面 (no unit of the table: a bare 三个方面 announces a list,
  // announce.ts), and what they are aspects of, after 的, is what the figure measures.
  if (!per && !upper && unit.unit === '个' && view.startsWith('方面的', end)) return { ...finish(view, n.start, end + 2, numeral, mult(n.value), '方面', 'count', inner, range), afterAt: end + 3 };
  if (!per) return finish(view, n.start, end, numeral, mult(n.value), unit.unit, unit.kind, upper ? null : inner, range);
  const rateUnit = `${unit.unit}/${per.denominator}`;
  // "每立方米34微克", "每亩500元", "每吨2600元至2800元": the denominator written right before the numeral is in the
  // figure's text (and a qualifier before 每 too, as before any figure).
  if (!per.between && !per.qualified) {
    const r = finish(view, per.start, end, numeral, mult(n.value), rateUnit, unit.kind, upper ? null : inner, range);
    // A rate per time alone (给予每月800元租房补贴) looks for its indicator from the figure, as a total would: 每月 names no thing.
    return per.perTime ? { ...r, indicatorAt: n.start } : r;
  }
  // "每吨不低于15元", "每户补助一千五百元", "每放电一千瓦时可获补贴0.2元": a qualifier or words of paying between, the text
  // is the figure's own (不低于15元, 一千五百元); what is paid (补助) is what it measures, else the phrase before 每.
  const r = finish(view, n.start, end, numeral, mult(n.value), rateUnit, unit.kind, upper ? null : inner, range);
  return per.paid ? { ...r, subject: per.paid } : per.perTime || per.clause ? r : { ...r, indicatorAt: per.start };
}

/**
 * The denominator written before the figure at `start` (rate-before.ts), before the qualifier if one stands between
 * (`qualified`), or null: none for a percent or a unit with its denominator written (0.56元/千瓦时), nor for a duration
 * after 每 + a measure word (每期5天 is how long each lasts). A prefix opening the clause (户均补助, 每千名老年人拥有:
 * rate-prefix.ts) is the denominator of a figure with no 每X of its own, or the first of one whose 每X is a time
 * (人均每年 → 人/年); the words after the prefix stand between, so the text is the figure's own.
 */
function rated(view: string, start: number, unit: UnitMatch): (RateBefore & { qualified: boolean }) | null {
  if (unit.kind === 'percent' || unit.unit.includes('/')) return null;
  const before = qualifierAt(view, start); // 每吨不低于15元, and 不低于 closing the line before the figure
  const pre = before?.qualifier;
  const at = before?.from ?? start;
  const per = rateBefore(view, at, unit.kind === 'money', unit.kind === 'quantity' && meteredOverTime(unit.unit));
  // 每期5天 is how long each lasts; with the clause's words between, 每人培训10小时 is hours per person.
  if (per && per.perCount && isDuration(unit.unit) && !per.clause) return null;
  const prefix = per && !per.perTime ? null : ratePrefix(view, per ? per.start : at, unit.unit, unit.kind);
  if (prefix && per) return { ...per, denominator: `${prefix.denominator}/${per.denominator}`, qualified: pre !== undefined };
  if (prefix) return { start: at, denominator: prefix.time ? `${prefix.denominator}/${prefix.time}` : prefix.denominator, perTime: false, perCount: true, between: [prefix.end, at], paid: null, qualified: pre !== undefined };
  return per && { ...per, qualified: pre !== undefined };
}
/** A round figure, before which 来 means "about" (二十来个, 三百来人, 10来天): a multiple of ten, not 一来/二来 (firstly). */
function isRound(n: NumeralMatch): boolean {
  return n.range === null && n.value >= 10 && n.value % 10 === 0;
}

/** Where the age at `unit` ends, over the upper bound of a range written with its unit again (60岁至69岁老年人). */
/** The lower bound of a range of ages and its dash right before a numeral (2至|3岁, 2岁至|3岁): the numeral is the range's upper bound. */
const AGE_RANGE_OPEN = /[\d一二三四五六七八九十](?:周?岁)?[至到\-—~～]$/u;

function upperAgeEnd(view: string, unit: UnitMatch): number {
  const m = /^[至到\-—~～](\d{1,3}|[一二三四五六七八九十]{1,3})(?:岁|周岁)/u.exec(view.slice(unit.end, unit.end + 6));
  return m ? unit.end + m[0].length : unit.end;
}

/** Words of works that a phase ordinal names (二期工程, 三期扩建). */
const PHASE_WORK = /^(?:工程|项目|建设|改造|扩建|续建|新建|提标|提升)/;
/** Verbs, particles and adverbs before a count of sessions (分三期, 举办了三期, 共五期): a count, not a phase. */
const COUNTING_BEFORE = /[分共了办开设做计达有近约逾超每再各等这那前后头首连续累期第和及、,。;:!?\s]/u;

/**
 * A Chinese numeral + 期 naming a phase of a project, not a count of sessions: before a word of works
 * (二期工程), written 二 (a count of two is 两期), or inside a name (滨江绿道三期全长: a noun before, a word after).
 */
function isPhase(view: string, n: NumeralMatch, written: string, end: number): boolean {
  if (n.arabic || n.range || view[n.end] !== '期') return false;
  if (PHASE_WORK.test(view.slice(end, end + 2)) || written === '二') return true;
  const before = view[n.start - 1] ?? '';
  return written.length === 1 && /\p{sc=Han}/u.test(before) && !COUNTING_BEFORE.test(before)
    && /^\p{sc=Han}/u.test(view[end] ?? '') && !/^(?:以上|以下|左右|余|多)/.test(view.slice(end, end + 2));
}

/** A clause of a 、 or , series: what ends with the same 一 + unit in it is a slogan (建一亩、成一亩、管好一亩, 种一棵、活一棵). */
const SERIES_SEP = /[、,;]/u;
/** Longest clause of a slogan series, in code units. */
const SLOGAN_CLAUSE = 6;

/** The 一 + unit at [start, end) ends a short clause of a series whose clause before or after ends with it too. */
function inSlogan(view: string, start: number, end: number): boolean {
  const key = view.slice(start, end);
  const endsClause = (at: number) => at >= view.length || SERIES_SEP.test(view[at]) || view[at] === '。' || view[at] === '\n';
  if (!endsClause(end)) return false;
  // The clause before: from the separator before ours back to the one before it.
  let k = start - 1;
  while (k >= 0 && start - k <= SLOGAN_CLAUSE && !SERIES_SEP.test(view[k]) && view[k] !== '。' && view[k] !== '\n') k--;
  // The clause before may carry the sentence's lead (确保高标准农田建一亩、成一亩): either clause short is enough.
  if (k >= 0 && SERIES_SEP.test(view[k]) && view.startsWith(key, k - key.length) && (clauseLength(view, k - key.length) <= SLOGAN_CLAUSE || start - k - 1 <= SLOGAN_CLAUSE)) return true;
  // The clause after.
  if (end >= view.length || !SERIES_SEP.test(view[end])) return false;
  let j = end + 1;
  while (j < view.length && j - end <= SLOGAN_CLAUSE + 1 && !endsClause(j)) j++;
  return j - end <= SLOGAN_CLAUSE + 1 && view.startsWith(key, j - key.length) && j - key.length > end;
}

/** Length of the clause ending at `end` (back to a separator, 。 or a line break). */
function clauseLength(view: string, end: number): number {
  let k = end - 1;
  while (k >= 0 && end - k <= SLOGAN_CLAUSE + 1 && !SERIES_SEP.test(view[k]) && view[k] !== '。' && view[k] !== '\n') k--;
  return end - k - 1;
}

/** After "30%" at `end`: "—40%" / "至40%" / "到40%", the same unit again and a larger value; else null. */
function upperBound(view: string, end: number, n: NumeralMatch, unit: { unit: string; kind: QuantityKind; multiplier: number }): { end: number; numeralEnd: number; value: number } | null {
  const link = RANGE_LINK.exec(view.slice(end, end + 2));
  if (!link) return null;
  const m = readNumeral(view, end + link[0].length);
  if (!m || m.range || m.arabic !== n.arabic) return null;
  const second = matchUnit(view, m.end);
  if (!second || second.unit !== unit.unit || second.kind !== unit.kind) return null;
  const value = roundFloat(m.value * second.multiplier);
  return value > roundFloat(n.value * unit.multiplier) ? { end: second.end, numeralEnd: m.end, value } : null;
}
/** What joins the bounds of a range: 到, 至, a dash, a tilde. */
const RANGE_LINK = /^(?:到|至|——|—|–|-|～|~)/u;

const NEGATIVE_WORD = /(?:^|[为是达至到在:,;、(\s]|增长|增速)负$/u;
/** A minus sign: ASCII - (the view folds －), or U+2212. */
const MINUS = /^[-−]$/;
/** A numeral character that may end the first bound of a range ("3-5个", "三-五年"). */
const BOUND_END = /[\d零〇一二两三四五六七八九十百千万亿]/;

/**
 * The figure negated when a minus sign stands right before it ("增长6.7%、-3.1%", "全市经济增长-3.1%",
 * "自然增长率为-1.2‰"), unless the dash joins two figures (5%-8%, 2020年-2025年, 3-5个: a figure, with
 * or without its unit, ends right before it), follows a letter (编号A-3) or opens its line (a list dash).
 * A plus sign is a sign alike ("增幅为+3.1%", "(+1.9个百分点)", "＋1200人", folded to +): the value stays
 * positive, the text keeps the sign (quantity-guards.ts lets such a numeral through, `plusSignAt`).
 */
export function negative(view: string, r: Reading): Reading {
  if (r.span[0] !== r.numeral[0] || r.kind === 'year' || r.value === null) return r;
  const at = r.span[0] - 1;
  const sign = view[at] ?? '';
  if (sign === '+') return plusSignAt(view, at) ? { ...r, span: [at, r.span[1]] } : r;
  const minus = MINUS.test(sign) ? !rangeOrListDash(view, at) : sign === '负' && NEGATIVE_WORD.test(view.slice(Math.max(0, at - 2), at + 1));
  if (!minus) return r;
  const range: [number, number] | null = r.range ? [-r.range[1], -r.range[0]] : null;
  return { ...r, value: -r.value, range, span: [at, r.span[1]] };
}

/** The dash at `at` joins two figures, follows a letter or a digit, or opens its line. */
function rangeOrListDash(view: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (view[k] === ' ' || view[k] === '\t')) k--;
  if (k < 0 || view[k] === '\n') return true; // a list dash opening the line
  if (/[A-Za-z\d]/.test(view[k])) return true;
  // A figure with its unit right before (5%-8%, 2020年-2025年, 3万元-5万元): the unit ends at the dash.
  for (let p = k; p >= Math.max(0, at - 6); p--) {
    if (!BOUND_END.test(view[p])) continue;
    const unit = matchUnit(view, p + 1);
    if ((unit && unit.end === at) || /^[年月日号]$/.test(view.slice(p + 1, at))) return true;
    if (/\d/.test(view[p])) break; // the nearest digit decides
  }
  return false;
}
