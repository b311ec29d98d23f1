/**
 * Quantities: a numeral with its unit or measure word, qualifier and kind, read from the
 * normalized view of one range (a question section or the introduction).
 *
 * Example: "网上巡查收集500余条民情" → {text 500余条, value 500, unit 条, kind count,
 * approximate true, qualifier 余, indicator 民情}; "较去年提高8个百分点" → 8个百分点
 * (percentage_point); "从2021年1.5万平方米增至2.74万平方米" → 2021年 (year), 1.5万平方米
 * (15000 平方米), 2.74万平方米; "借12345等平台" → 12345 (other, unit null,
 * identifier: true), "拨打0874-3123456", "急救电话120", "GB 5749-2022", "302室", "7×24小时", "“231”产业体系" → nothing (identifiers.ts); "已整改110" → 110 (other,
 * unit null: a bare figure whose measure word is left out); "上世纪八十年代建的", "80年代末" → nothing (a decade: decades.ts).
 * Numbers that are not facts (ordinals, names, set phrases, list announcements, numbers inside
 * a formulation or an `exclude` span) give nothing. Units of the values: a percent is in percent
 * with unit "%" whatever its spelling (三成 → 30, 五分之一 → 20), a rate per mille in ‰ (6.8‰ → 6.8,
 * 千分之三 → 3) and per ten thousand in ‱, all three of kind percent; money is in 元 (2.3亿元 →
 * 230000000); a range ("两到三年") has `range` [2, 3] and its lower bound as `value`. A rate keeps its
 * denominator (每日5万吨 → 吨/日, 每人每月600元 → 元/人/月, 每户补助一千五百元 → 一千五百元 in 元/户, 户均补助3000元 → 元/户,
 * 每千名老年人拥有床位32张 → 张/千人, 由每人每月80元提高到100元 → both 元/人/月, 每人每月不低于400元、最高1000元 → both 元/人/月,
 * 每月可领取补贴540元 → 元/月, 全市一年约3000万元 → 元/年), a discount is the share paid (九折 → 90 %, 八五折 → 85 %),
 * 一半 is 50 %, 半年 0.5 年, and a coefficient or index with no
 * unit (基尼系数为0.45) is kind other, unit null, with its indicator.
 * This module scans the range and names each figure's indicator; the readings come from measured.ts
 * (numeral + unit, with rate-before.ts for 每亩/每千瓦时 before the figure and rate-prefix.ts for 人均/每千名 opening its
 * clause; rate-carry.ts gives the figure a rate changes to the same unit), shares.ts (百分之, 三成, 1/3) and share-ranges.ts
 * (百分之三十至百分之四十), unitless.ts (系数为0.45, 翻一番, 52万, 110), ranks.ts,
 * and quantity-reading.ts (qualifiers). A ratio (生师比19:1 → 19, 3:2 → 1.5) is kind other in unit 比 (ratios.ts), a return
 * period (50年一遇, 1~2年一遇 → [1, 2], 百年一遇 → 100) kind other in unit 年一遇 (return-periods.ts), a rate per a base
 * (死亡率为8.7/10万 → 8.7) kind other in unit /10万 (per-base.ts): the record has no kind of their own. A status or target
 * figure with its subject left out measures the subject of the figure before it (已建成186张 after 家庭病床500张: status-carry.ts).
 * A change carries its direction from the verb before it (同比下降8.6% → 8.6, direction down; 提高2.3个百分点 → up;
 * 下降到5% → null, a level: change-direction.ts); a rank (排名第5位) carries rank: true, a number to call identifier: true.
 * Offsets: UTF-16, 0-based, end-exclusive.
 */
import type { Quantity } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextPair } from '../structure/types.js';
import { carryDoublings } from './doubling-carry.js';
import { carryPerEach } from './per-each.js';
import { carryTopics } from './topic-carry.js';
import { readNumeral, isDigit, isSaidEstimate } from './numerals.js';
import { readIndefinite } from './indefinite-numerals.js';
import { isBlocked, isFrameLine, dateOrTimeAt } from './quantity-guards.js';
import { identifierAt, inQuotedName, isCalledNumber, lineNameAt, phoneAt, quotedNameAt } from './identifiers.js';
import { villageGroupAt } from './group-names.js';
import { numberedStepAt } from './numbered-steps.js';
import { unitBaseAt } from './unit-base.js';
import { decadeAt } from './decades.js';
import { documentTitleAt } from './document-titles.js';
import { controlSequenceAt, mayHoldControls } from './control-sequences.js';
import { findIndicator } from './indicator.js';
import { inQuotedPromise } from './quoted-promises.js';
import { formulationSpans } from './formulations.js';
import { distributeRespectively } from './respectively.js';
import { shareLastUnits } from './shared-units.js';
import { carrySubjects } from './elided-subject.js';
import { carryRates } from './rate-carry.js';
import { carryStatus } from './status-carry.js';
import { carrySubsets } from './subset-carry.js';
import { carryIndicators, carryLevels } from './change-carry.js';
import { splitCountAttribute } from './count-attribute.js';
import { addTableFigures } from './table-units.js';
import { addHeadedTableFigures } from './headed-tables.js';
import { readRank } from './ranks.js';
import { carryDirections, directionAt } from './change-direction.js';
import { markerBeforeDigit } from './digit-markers.js';
import { finish, qualifierAt, type Reading } from './quantity-reading.js';
import { discount, share, writtenShare } from './shares.js';
import { shareRange } from './share-ranges.js';
import { measured, negative } from './measured.js';
import { halfAlone } from './durations.js';
import { ratioAt } from './ratios.js';
import { perBaseAt } from './per-base.js';
import { returnPeriod, standardOf } from './return-periods.js';
import { spokenMoney } from './spoken-money.js';
import { bareDoubling, bareNumber, dimensionless, doubling, multiplied, unitAfter } from './unitless.js';
import { lineEndAt } from '../source/line-bounds.js';

export interface QuantityOptions {
  segmenter: Segmenter;
  /** Spans that hold no quantity (list announcements such as 五项举措, given by the measures extractor). */
  exclude: Span[];
}

/** Code units a number may start with (0-9, 零〇○一二两…亿), as a table: the scan below tests every position of a section. */
const NUMBER_START = new Uint8Array(0x10000);
for (const c of '0123456789零〇○一二两三四五六七八九十百千万亿第首前后几数半翻') NUMBER_START[c.charCodeAt(0)] = 1; // 第, 首, 前, 后: a rank (排名第5位, 居全市首位, 进入全省前三, 排名后3位); 几, 数: 几十, 数百; 半: 半年; 翻: 翻番
NUMBER_START[0x300a] = 1; // 《: a document's title, whose figures are skipped whole (document-titles.ts)

/** What may stand before a list marker opening a line or a clause (then markerBeforeDigit decides). */
const MAY_OPEN_MARKER = new Uint8Array(0x10000);
for (const c of '\n:;。!? \t\u3000') MAY_OPEN_MARKER[c.charCodeAt(0)] = 1;

export function extractQuantities(pair: TextPair, range: Span, options: QuantityOptions): Quantity[] {
  const { view, text } = pair;
  // Two lists, not one spread together: the spread saw arrays of other element kinds as the
  // lane warmed up and threw this function's optimized code away (twice, ~35 ms of compile each).
  const exclude = options.exclude;
  const formulations = formulationSpans(pair, range);
  const out: Quantity[] = [];
  let i = range[0];
  // Whether the line holding i is the page frame, read once per line: i only moves forward.
  let lineEnd = -1;
  let frame = false;
  const controls = mayHoldControls(view, range[0], range[1]);
  while (i < range[1]) {
    if (!NUMBER_START[view.charCodeAt(i)]) { i++; continue; }
    if (i >= lineEnd) {
      lineEnd = lineEndAt(view, i);
      frame = isFrameLine(view, i);
    }
    if (frame) { i = lineEnd < view.length ? lineEnd + 1 : range[1]; continue; }
    // "\u001b[31m红色": the digits of a terminal control sequence are its parameters, no figure (control-sequences.ts).
    const control = controls ? controlSequenceAt(view, i) : 0;
    if (control) { i += control; continue; }
    // "1億2,000多萬元", "1万2,000元": a thousands group ends a number begun before it, it starts none (000 → 0).
    if (thousandsGroupAt(view, i)) { i += 3; continue; }
    // "1.2025年底前…;\n2.3个月内…": a list marker before a figure, read the figure after it (digit-markers.ts).
    const marker = MAY_OPEN_MARKER[view.charCodeAt(i - 1)] || i === 0 ? markerBeforeDigit(view, i) : 0;
    if (marker) { i += marker; continue; }
    const skip = dateOrTimeAt(view, i);
    if (skip && !/\d/.test(view[i - 1] ?? '') && !ratioAt(view, i)) { i += skip; continue; } // 师生比1:12 is no time (ratios.ts)
    // 《…三年攻坚行动方案（2024—2026年）》: figures inside a document's title are part of its name (document-titles.ts).
    const title = documentTitleAt(view, i);
    if (title) { i += title; continue; }
    if (view.charCodeAt(i) === 0x300a) { i++; continue; }
    // GB 5749-2022, 302室, 7×24小时: an identifier names, it counts nothing (identifiers.ts).
    const id = identifierAt(view, i);
    if (id && !isDigit(view.charCodeAt(i - 1))) { i += id; continue; }
    // 0871-65123456: a phone number names a line to call, it has no value (identifiers.ts).
    const phone = phoneAt(view, i);
    if (phone && !isDigit(view.charCodeAt(i - 1))) { i += phone; continue; }
    // 12345热线, 120急救电话, 急救电话120: the number is part of the line's name, no figure (identifiers.ts).
    const line = lineNameAt(view, i);
    if (line) { i += line; continue; }
    // “231”产业体系, “1+N”政策: digits quoted whole name a system or a policy, as “十四五” names a plan (identifiers.ts).
    const named = quotedNameAt(view, i);
    if (named) { i += named; continue; }
    // 我们村三组、五组: a village's groups named by their number, no count (group-names.ts).
    const group = villageGroupAt(view, i);
    if (group) { i += group; continue; }
    // 一次告知、二次约谈、三次曝光: the numbered steps of a procedure, no count of times (numbered-steps.ts).
    const step = numberedStepAt(view, i);
    if (step) { i += step; continue; }
    // 一亩小麦的纯收益: one unit opening a value per unit is the base of a rate, no figure (unit-base.ts).
    const base = unitBaseAt(view, i);
    if (base) { i += base; continue; }
    // 上世纪八十年代, 80年代末: a decade names a period of the calendar, no span of 80 years (decades.ts).
    const decade = decadeAt(view, i);
    if (decade) { i += decade; continue; }
    const r = read(view, i);
    if (!r) { i++; continue; }
    // 长江“十年禁渔”: the figure opens a name in quotes, it counts nothing (identifiers.ts).
    if (inQuotedName(view, r.span)) { i = r.span[1]; continue; }
    // 承诺“每个改造小区至少聘请3名居民监督员”: an earlier promise quoted back is no figure of this session (quoted-promises.ts).
    if (inQuotedPromise(view, r.span)) { i = r.span[1]; continue; }
    const hit = r.span[0] >= range[0] && r.span[1] <= range[1] && !overlapsAny(exclude, r.numeral) && !overlapsAny(formulations, r.numeral);
    if (hit) {
      // 同比下降8.6%: the verb of change before the figure gives its direction; 负增长1.2% measures the noun before 负增长 (change-direction.ts).
      const moved = r.rank || r.identifier || r.kind === 'year' ? null : directionAt(view, r.span[0]);
      const q = moved?.negativeGrowth && r.indicatorAt === undefined ? { ...r, indicatorAt: moved.verb } : r;
      // A rank names its subject; so does a rate naming what is paid between its denominator and the figure
      // ("每亩补助200元" → 补助, rate-before.ts).
      const indicator = q.subject !== undefined ? (q.subject ? text.slice(q.subject[0], q.subject[1]) : null)
        : q.dimensionless ? findIndicator(pair, q.indicatorAt ?? q.span[0], q.span[1], 'percent', options.segmenter) // 基尼系数为0.45: the 系数 before
        : q.kind === 'year' || q.kind === 'other' || (q.qualifier === null && view[q.span[0]] === '近')
        ? null
        : findIndicator(pair, q.indicatorAt ?? q.span[0], q.afterAt ?? q.span[1], q.kind, options.segmenter); // 130个村左右: the noun after 个
      const quantity: Quantity = { text: text.slice(q.span[0], q.span[1]), value: q.value, unit: q.unit, kind: q.kind, indicator: q.unit === null && q.kind === 'count' ? counted(pair, q.span[1], indicator) : q.unit === '年一遇' && q.subject === undefined ? standard(pair, q.span, indicator, options.segmenter) : indicator, approximate: q.approximate || (q.range !== null && isSaidEstimate(view.slice(q.numeral[0], q.numeral[1]))), qualifier: q.qualifier, range: q.range, direction: moved?.direction ?? null, span: q.span };
      if (q.identifier) quantity.identifier = true; // a number to call (identifiers.ts); figures have no such property
      if (q.rank) quantity.rank = true; // a place in a league (ranks.ts): no amount, compare pairs none
      out.push(quantity);
    }
    i = hit ? r.span[1] : r.numeral[1];
  }
  const declared = addTableFigures(pair, range, exclude, out); // "（单位：亿元）" over a table: its bare cell numbers in 亿元 (table-units.ts)
  addHeadedTableFigures(pair, range, exclude, declared, out); // "类别 问题个数 整改率" over rows: each figure measures its column (headed-tables.ts)
  shareLastUnits(pair, out); // "分别下降1.6个和0.9个百分点": 1.6 百分点 too (shared-units.ts)
  distributeRespectively(pair, range, out); // "A、B分别为X、Y": X measures A, Y measures B
  carrySubjects(pair, out, options.segmenter); // "基金收入1.52亿元、支出1.38亿元": 1.38亿元 measures 基金支出
  carryRates(pair, out, options.segmenter); // "由每人每月80元提高到100元": 100元 is per person and month too
  carryIndicators(pair, out); // "整改率由85.2%提高到96.3%": 96.3% measures 整改率 too
  carryLevels(pair, out); // "执结率同比上升2.3个百分点至96.7%": 96.7% measures 执结率 too
  carryDirections(pair, out); // "分别下降了2.1%、3.4%": 3.4% went down too
  splitCountAttribute(pair, out, options.segmenter); // "14个国考断面水质优良比例为92.9%": 14个 counts 国考断面, 92.9% measures 水质优良比例
  carryStatus(pair, out, options.segmenter); // "计划新建家庭病床500张,截至3月底已建成186张": 186张 measures 家庭病床 too
  carrySubsets(pair, out); // "幸福院共1120个,其中正常运营的860个": 860个 counts 幸福院 too
  carryPerEach(pair, out); // "医师186人,平均每个卫生院16.9人": 16.9人 counts 医师 too
  carryDoublings(pair, out);
  carryTopics(pair, out); // "加装电梯方面,完成132部": 132部 counts 加装电梯 // "托位数达到4.5个,较2020年翻一番": the doubling measures 托位数 too
  return out;
}

/** The people a bare count in 万 counts, ending the noun phrase after it: 180万|农村人口|饮水不够安全, 12万|群众|受益. */
const HEADCOUNT = /^[\u4e00-\u9fff]{0,6}?(?:人口|群众|居民|农户|农民|村民|职工|学生|游客|患者|老人|儿童|党员|家庭)/u;

/** The indicator read after a bare count (180万农村人口饮水 → 农村人口), cut after the people it counts; else as found. */
function counted(pair: TextPair, end: number, indicator: string | null): string | null {
  if (indicator === null || !pair.text.startsWith(indicator, end)) return indicator;
  const m = HEADCOUNT.exec(pair.view.slice(end, end + indicator.length));
  return m ? pair.text.slice(end, end + m[0].length) : indicator;
}

/** True when three digits at `i` follow "digit," and no digit follows them: the thousands group of a number. */
function thousandsGroupAt(view: string, i: number): boolean {
  return view[i - 1] === ',' && isDigit(view.charCodeAt(i - 2)) && isDigit(view.charCodeAt(i)) && isDigit(view.charCodeAt(i + 1))
    && isDigit(view.charCodeAt(i + 2)) && !isDigit(view.charCodeAt(i + 3));
}

/** Some span of `spans` overlaps `numeral`. */
function overlapsAny(spans: Span[], numeral: [number, number]): boolean {
  for (let k = 0; k < spans.length; k++) if (spans[k][0] < numeral[1] && numeral[0] < spans[k][1]) return true;
  return false;
}

/** A bare number (no unit) that is a number to call is marked an identifier: 拨打12345, 12319热线 (identifiers.ts). */
function called(view: string, n: { start: number; end: number; arabic: boolean }, r: Reading | null): Reading | null {
  return r && n.arabic && isCalledNumber(view, n.start, n.end) ? { ...r, identifier: true } : r;
}

/** What may follow a bare 百/千/万 and make it a figure: 百余人, 千多家, 百来人. */
const ROUND_TAIL = /^[余多来]$/u;

/** Read the quantity whose numeral (or 百分之) starts at `i`, or null. */
function read(view: string, i: number): Reading | null {
  const c = view.charCodeAt(i);
  if (c === 0x7b2c || c === 0x9996 || c === 0x524d || c === 0x540e) { // 第 首 前 后: only a rank is read here (排名第5位, 居全市首位, 进入前三, 排名后3位); other ordinals count nothing
    const rank = readRank(view, i);
    return rank && { value: rank.value, unit: rank.unit, kind: 'other', approximate: rank.qualifier !== null, qualifier: rank.qualifier, range: null, span: rank.span, numeral: rank.numeral, subject: rank.subject, rank: true };
  }
  if (c === 0x7ffb) return bareDoubling(view, i); // 翻: 翻番 with no numeral is one doubling (unitless.ts); 翻一番 is read at its 一
  if (c === 0x534a) { // 半: 半年, 半个月 (durations.ts) — 一半 is a share, read from its 一
    const half = halfAlone(view, i);
    return half && finish(view, i, half.end, [i, i + 1], 0.5, half.unit, 'quantity', null, null);
  }
  // 生师比19:1, 按1:1结对: a ratio, a ÷ b in 比 (ratios.ts); before the numeral, which would stop at the colon.
  const ratio = isDigit(c) ? ratioAt(view, i) : null;
  if (ratio) return ratio;
  // 8.7/10万, 3.2/10万人口: a rate per a base, before a fraction would read 1/10万 as 1/10 (per-base.ts).
  const perBase = perBaseAt(view, i);
  if (perBase) return perBase;
  // 百分之二十, 千分之三, 约1/3: a share in words or a digit fraction (shares.ts).
  const shareWords = writtenShare(view, i);
  if (shareWords !== undefined) return shareWords && shareRange(view, shareWords); // 百分之三十至百分之四十: one range (share-ranges.ts)
  const off = discount(view, i); // 九折, 八五折: the share of the price paid (shares.ts)
  if (off) return off;
  // 几十, 数百, 十几, 近万 (indefinite-numerals.ts) before the numerals written in full.
  const n = readIndefinite(view, i) ?? readNumeral(view, i);
  if (!n || isBlocked(view, n.start, n.end, n.arabic)) return null;
  const period = returnPeriod(view, n); // 50年一遇, 百年一遇: a standard in 年一遇, no duration (return-periods.ts)
  if (period) return period;
  const written = view.slice(n.start, n.end);
  // +3.1%, +1200人: a signed figure has its unit; a bare number after + (+86) stays unread.
  if (view.charCodeAt(n.start - 1) === 0x2b) { const m = measured(view, n, written); return m && m.unit !== null ? negative(view, m) : null; }
  const shared = share(view, n);
  if (shared) return shareRange(view, shared); // 三成至四成, 三分之一到二分之一
  // 百姓, 千家万户: idioms, not amounts, unless a qualifier makes it a round figure (逾千名, 不足百人, 千余名, 百来人).
  if (!n.arabic && /^[百千万亿]/.test(written) && !ROUND_TAIL.test(view[n.end] ?? '') && qualifierAt(view, i) === undefined) return null;
  // 一个多亿, 两个亿出头, 经费两千来万: money said without 元 (spoken-money.ts), before 个 is read as a measure word.
  const spoken = spokenMoney(view, n);
  if (spoken) return spoken;
  const doubled = doubling(view, n);
  if (doubled) return doubled;
  const m = measured(view, n, written);
  return m ? negative(view, m) : unitAfter(view, n.end) ? null : multiplied(view, n, written) ?? dimensionless(view, n, written)
    ?? called(view, n, bareNumber(view, n));
}

/** A return period's indicator: the standard it sets (return-periods.ts), as text. */
function standard(pair: TextPair, span: Span, found: string | null, segmenter: Segmenter): string | null {
  const s = standardOf(pair.view, span[0], span[1], found, segmenter);
  return s === null || typeof s === 'string' ? s : pair.text.slice(s[0], s[1]);
}
