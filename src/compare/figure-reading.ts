/**
 * Reading a session's figures for comparing: each quantity with an indicator, with what compare reads around it — its stance
 * (target, done, cited, base), flow, period, rate, deadline, purpose, and, as a report, the words a verdict may stand in.
 *
 * Example: "PM2.5平均浓度38微克/立方米，同比下降2.6%" gives 38 (PM2.5平均浓度) and 2.6% (PM2.5平均浓度同比降幅: a rate of change
 * is an indicator of its own); "下降2.3个百分点" is −2.3, so it never meets a rise of 2.3 as equal; "在全省排第十位" (a rank)
 * and "60周岁以上" (an age bound) are no figures; "翻一番" is a growth of +100 %; "全区累计完成老旧小区改造97个" counts a running
 * total (period 'cumulative'), "2023年全区完成…38个" one year's; "今年全市再新增…1万个" is a further step, a new target.
 * Quantities without an indicator cannot be matched and are only counted.
 */
import type { InquiryRecord, Quantity, Question } from '../model/record.js';
import type { FigureRef } from './types.js';
import { nameKey } from './fold.js';
import { figureContext, type Rate } from './figure-context.js';
import { distribution } from './distributive.js';
import { saidLate, verdictRegion } from './verdict.js';
import { partYear, targetYear } from './interim.js';
import { indicatorHead } from './indicator-head.js';
import { doublingGrowth } from './doublings.js';
import { findDeadline, resolveDeadline } from './deadline.js';
import { REST, SHARE_OF_GOAL } from './status-words.js';
import { FURTHER as FURTHER_STEP, WITHIN_YEAR } from './intention-words.js';
import { ageCondition, allocation, baseOfNext, continued, objectAfter, opensNextIndicator, partOfNew, subjectNamed, workCounted } from './figure-clauses.js';

/**
 * A figure and what compare reads around it: the purpose of a fund, and the name it is matched by — its
 * indicator, or a short one (配套率) continued from the clause before when that clause ends in its head
 * (see `continued`).
 */
export interface Figure extends FigureRef {
  purpose: string | null; key: string; period: Period | null; deadline: string | null; ofNew: boolean;
  /** A rate of change (同比增幅 of 较去年提高0.9个): it meets only the same rate, never a level whose name its own holds. */
  rate: Rate | null;
  /**
   * As a report: the words beside it a verdict may stand in (…，没有达到六成的目标; verdict.ts), the values of the targets
   * named there, and whether its sentence says the work came late.
   */
  region: string; named: number[]; late: boolean;
  /** As a report: a later state of the same thing follows in its sentence (9个 of "建成…9个，其余3个推迟…，目前12个点位全部投入运行"). */
  superseded: boolean;
  /** As a report: the year it covers part of (今年1至10月), else null. As a target: the year it is for, else null. */
  partOf: number | null; targetYear: number | null;
  /** Asked in a member's question (设立比例达到70%了吗？): the later session's asker may be quoting the other's target. */
  asked: boolean;
  /** A further step promised (今年全市再新增…1万个): a new target, no restatement of the last one. */
  further: boolean;
  /** As a target: the month its deadline means in its session (到2025年底 → 2025-12; 明年底 said in 2024 → 2025-12), else null. */
  due: string | null;
}

/**
 * What a count covers: 'cumulative' after 累计 (全区累计完成老旧小区改造97个), 'part' of a year after 上半年, 1至7月,
 * 今年以来 (今年上半年全市城镇新增就业1.2万人), 'year' after a year or 今年/去年/全年 (2023年全区完成老旧小区改造38个).
 * Counts over different periods measure different things: a year's count never pairs with a running total or half a year's.
 */
export type Period = 'cumulative' | 'part' | 'year';

const CUMULATIVE = /累计|总计|共计|历年/u;
const PART_YEAR = /(?:[上下]半年|季度|[1-9１-９一二三四五六七八九十]{1,2}(?:至|到|-|－|—)[1-9１-９一二三四五六七八九十]{1,2}月|年(?:初)?以来)/u;
const ONE_YEAR = new RegExp(`(?:(?<![到至])20\\d\\d年(?![底末])|今年|去年|上年|全年|当年|本年度?|${WITHIN_YEAR})`, 'u');

function periodOf(lead: string): Period | null {
  return CUMULATIVE.test(lead) ? 'cumulative' : PART_YEAR.test(lead) ? 'part' : ONE_YEAR.test(lead) ? 'year' : null;
}

/** A level stated as it stands (目前12个点位), not a step (比去年增加5个), a gap (还差3个) or a plan (力争…达到30个). */
const STEP = /[增减]|差|新|再|力争|计划|预计|争取|将|目标/u;
function laterState(record: InquiryRecord, question: Question | null, x: Quantity): boolean {
  const c = figureContext(record, question, x.span);
  return c.rate === null && c.stance !== 'target' && c.stance !== 'cited' && !STEP.test(c.lead);
}

/** Two indicators name one thing or one holds the other (车间 / 车间同比增幅, 应用率 / 电子营业执照应用率). */
export function related(x: string, y: string): boolean {
  const [p, q] = [nameKey(indicatorHead(x)), nameKey(indicatorHead(y))];
  return p.includes(q) || q.includes(p);
}

export type Part = FigureRef['part'];

function allQuantities(record: InquiryRecord): { q: Quantity; question: Question | null }[] {
  return [
    ...record.session.quantities.map((q) => ({ q, question: null })),
    ...record.questions.flatMap((question) => question.quantities.map((q) => ({ q, question }))),
    // The closing's figures (the 满意度测评 rate) compare across sessions too.
    ...(record.session.closing?.quantities ?? []).map((q) => ({ q, question: null })),
  ];
}

/** What is left of a whole, right before the figure in its clause: 完成剩余68处, 其余的, 余下 (status-words.ts). */
const REMAINDER = new RegExp(`${REST}的?$`, 'u');

/** The share of a target done right before the figure (完成年度目标的87%): status-words.ts. */
const SHARE_OF_GOAL_BEFORE = new RegExp(`${SHARE_OF_GOAL}$`, 'u');

/** A further step to come (再新增, 再改造) before the figure in its clause: intention-words.ts. */
const FURTHER = new RegExp(FURTHER_STEP, 'u');

/** A comparison's base written into an indicator read before a rate (违停较前年 of 违停较前年下降26%): not part of the name. */
const RATE_BASE = /[比较](?:上年|去年|前年|上一年)(?:同期)?$/u;

/** The figure lies in a member's turn (an asker's): what a question names. */
function askedIn(question: Question | null, span: readonly [number, number]): boolean {
  return !!question?.turns.some((t) => t.role === 'asker' && t.span[0] <= span[0] && span[1] <= t.span[1]);
}

/**
 * The month a figure's deadline means in its session: a dated one as written (到2025年底 → 2025-12), else a year-end or a
 * year counted from the session before the figure in its sentence (力争明年底达到70%以上 said in 2024-10 → 2025-12, 今年底前,
 * 年内; deadline.ts) — a relative year is as good a deadline as a dated one. Not a year named alone (明年达到: a period), nor
 * a date of something else (2000年底前建成的小区).
 */
function dueMonth(dated: string | null, before: string, date: string | null): string | null {
  if (dated) return resolveDeadline(dated, date);
  const relative = findDeadline(before);
  return relative ? resolveDeadline(relative.text, date) : null;
}

/** A starting level written as the present one: 由目前的, 从现在的, 由当前. */
const PRESENT_BASE = /[由从](?:目前|现在|当前|现有)的?$/u;
export function figures(record: InquiryRecord): Figure[] {
  const out: Figure[] = [];
  // (The closing's figures, the 满意度测评 rate, labelled as the closing's.)
  const lists: [Quantity[], Question | null, Part][] = [
    [record.session.quantities, null, 'introduction'],
    ...record.questions.map((question): [Quantity[], Question, Part] => [question.quantities, question, 'question']),
    [record.session.closing?.quantities ?? [], null, 'closing'],
  ];
  for (const [list, question, part] of lists) {
    list.forEach((q, k) => {
      // A rank (在全省排第十位) is a place in a league, no amount of its subject: it pairs with nothing.
      if (q.rank || ageCondition(q) || opensNextIndicator(list, k)) return;
      const context = figureContext(record, question, q.span);
      // Without an indicator, the thing named after the count (128个千吨万人水源地保护区划定), else the work counted (完成改造200个),
      // else the figure is only counted.
      const name = q.indicator !== null && q.indicator.trim() !== '' ? q.indicator : objectAfter(q, context.following) ?? workCounted(q, context.lead);
      if (name === null) return;
      // A difference (比原计划多1800个) or the share of a target done (完成年度目标的87%) measures another figure: no amount of its own.
      if (context.difference || SHARE_OF_GOAL_BEFORE.test(context.lead)) return;
      // The level a change starts from is its base (由原来的45个工作日压缩至20个), but one written as today's (由目前的30分钟提升到60分钟)
      // is also the session's state: it meets the other session's state (30分钟 → 45分钟).
      const stance = context.stance !== 'cited' && !PRESENT_BASE.test(context.lead) && baseOfNext(record, question, list, k) ? 'base'
        : context.stance === 'target' && allocation(q, context.lead) ? null : context.stance;
      // A rate of change (同比下降2.6%) is its own indicator, "PM2.5平均浓度同比降幅", never the level's second value.
      const ofNew = partOfNew(record, question, list, k, context.lead, context.previous);
      // The report's own words after the figure (没有达到…目标, 还差3个, 全部投入运行), read up to another indicator's figure.
      const after = (x: Quantity) => x.span[0] - q.span[1];
      const later = list.filter((x) => after(x) >= 0 && after(x) < context.following.length && x !== q);
      // A later state of the same thing in the same unit (目前12个点位, after 建成…9个) is the latest: the verdict after it is its.
      const states = later.filter((x) => x.indicator && related(x.indicator, name) && x.unit === q.unit && laterState(record, question, x));
      const region = verdictRegion(context.following, later.filter((x) => x.indicator && (!related(x.indicator, name) || states.includes(x))).map(after));
      const named = later.filter((x) => after(x) + x.text.length <= region.length && /^的?(?:目标|承诺)/u.test(context.following.slice(after(x) + x.text.length)) && x.value !== null)
        .map((x) => x.value!);
      const date = record.session.date;
      // 翻一番: a growth of +100 % (doublings.ts), a target till it is done, set against the next session's 增长65%.
      const doubled = doublingGrowth(q);
      const indicator = subjectNamed(context.rate ? name.replace(RATE_BASE, '') : name, context.lead);
      out.push({
        text: q.text, value: doubled ? doubled.value : signed(q, context.rate), unit: doubled ? '%' : q.unit, kind: doubled ? 'percent' : q.kind, indicator: `${indicator}${context.rate ?? ''}`, question: question?.index ?? null, part, span: q.span,
        stance: doubled?.target ? 'target' : stance, flow: context.flow, ...(context.ceiling ? { ceiling: true as const } : {}), ...(REMAINDER.test(context.lead) ? { remainder: true as const } : {}), ...eachOf(context.stance, context.lead), purpose: context.purpose, period: periodOf(context.lead), deadline: context.deadline,
        key: `${indicatorHead(continued(indicator, context.lead, context.previous))}${context.rate ?? ''}`, ofNew, rate: context.rate,
        region, named, superseded: states.length > 0, late: saidLate(context.opening + context.lead + context.following),
        partOf: partYear(context.opening + context.lead, date), targetYear: targetYear(context.opening + context.lead, context.deadline, date),
        asked: askedIn(question, q.span), further: FURTHER.test(context.lead), due: dueMonth(context.deadline, context.opening + context.lead, date),
      });
    });
  }
  return out;
}

export function unlabeledCount(record: InquiryRecord): number {
  return allQuantities(record).filter(({ q }) => !q.rank && (q.indicator === null || q.indicator.trim() === '')).length;
}

/**
 * The value a change is computed from: a fall (下降2.3个百分点, direction down) is −2.3, so it never meets a rise of 2.3 as
 * equal; a rate of change named with its direction (同比降幅 2.6%, see figure-context.ts) is a size and keeps its value.
 */
function signed(q: Quantity, rate: string | null): number | null {
  return q.value !== null && q.direction === 'down' && rate === null ? -q.value + 0 : q.value; // + 0: no −0
}

/** A target given for each of several places (在5个区县各建设1个以上), read so: see distributive.ts. */
function eachOf(stance: FigureRef['stance'], lead: string): { each?: { count: number; over: string } } {
  const d = stance === 'target' ? distribution(lead) : null;
  return d ? { each: d } : {};
}
