/**
 * Figures: quantities whose indicators match across the sessions, and how they moved.
 *
 * Example: A "矛盾纠纷化解率97.78%" and B "矛盾纠纷化解率98.60%" → "+0.82 个百分点";
 * A "办理案件1200件" and B "办理案件1380件" → "+180 件 (+15.0%)". Indicators are matched on
 * their folded name, with the same kind and unit: the same name first, then a name
 * that holds the other whole ("今年以来全市矛盾纠纷化解率" holds "矛盾纠纷化解率"; the shorter
 * must have at least four characters, so 积案 alone does not reach into every 积案 phrase).
 * A generic head of one or two characters (资金, 金额, 案件) names nothing by itself: it meets the
 * same head, or a longer name ending in it (资金 / 维修养护资金), only inside aligned questions and
 * when the funds are not written as for different uses (用于管网维修 / 用于应急送水).
 * An age bound (60周岁以上) is a condition of what is counted, no figure: it is left out.
 * A target (inside a measure: 计划改造120公里) set against a figure reported (已完成96公里) is shown as
 * progress, not as a change of one indicator — only between sessions of one place's body (桐川市's target is
 * nothing 沅平市 completes: two cities' figures stand side by side), and not when the target is dated after
 * the report (已建成280个 in 2024, 力争达到300个 in 2025: the baseline of a later target). An increment
 * (新增60个) never meets a level (达到300个): one is no measure of the other; beside an unmarked figure it
 * pairs last and shows no change. A rate of change (同比下降2.6%) is an indicator of its own, the level's name with
 * 同比降幅 (同比增幅, 环比…) after it: it meets only the same rate (降幅 2.6% → 13.2%: +10.6 个百分点). An amount per head (每人补贴3000元, 一次性补贴3000元) meets only another.
 * A short indicator continued from the clause before ("…装备配套，配套率达到95%") is matched by the whole
 * ("…装备配套率达到97%" the next year: the target and its result).
 * Each figure pairs at most once, best match first, then nearest in reading order — but for a figure set against the
 * other session's target, which may also pair with the state that session gave beside it (A 护理型床位占比为48%, 确保达到
 * 55%以上; B 56.2%: the target met, and +8.2 个百分点).
 * A change written with its direction (下降2.3个百分点 / 提高2.3个百分点) is compared by its signed value (−2.3 → +2.3 is
 * +4.6 个百分点, never 无变化). A rank (在全省排第十位, rank: true) measures no amount: it is neither paired nor counted.
 * Quantities without an indicator cannot be matched and are only counted.
 */
import type { InquiryRecord, Quantity, Question } from '../model/record.js';
import type { FigureChange, FigurePair, FigureProgress, FigureRef, FiguresSection } from './types.js';
import { nameKey } from './fold.js';
import { alignGreedy, type Candidate } from './align.js';
import { figureContext, type Rate } from './figure-context.js';
import { bodyKey, sessionPlace } from './place.js';
import { meetsTarget } from './target-met.js';
import { distribution } from './distributive.js';
import { resolveDeadline } from './deadline.js';
import { reportVerdict, saidLate, verdictRegion, type Verdict } from './verdict.js';
import { partYear, targetYear } from './interim.js';
import { indicatorHead } from './indicator-head.js';
import { doublingGrowth } from './doublings.js';
import { REST, SHARE_OF_GOAL } from './status-words.js';
import { sessionOrder } from './order.js';
import { FURTHER as FURTHER_STEP, RESOLVE } from './intention-words.js';

/** Shortest indicator (in code points) that may match inside a longer one. */
const MIN_CONTAINED = 4;
/** Longest indicator (in code points) that is a generic head (资金, 案件, 村): it matches only within aligned questions. */
const GENERIC_MAX = 2;

/**
 * A figure and what compare reads around it: the purpose of a fund, and the name it is matched by — its
 * indicator, or a short one (配套率) continued from the clause before when that clause ends in its head
 * (see `continued`).
 */
interface Figure extends FigureRef {
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
}

/**
 * What the report side says beside its figure, for judging a target (see progressOf): the words a verdict may stand in
 * (read against the target, a ceiling or a floor: 超出目标3天 misses a ceiling), or the verdict itself when already read.
 */
export interface Judgement { region?: string; verdict?: Verdict | null; named: readonly number[]; late: boolean; interim: boolean }

/**
 * What a count covers: 'cumulative' after 累计 (全区累计完成老旧小区改造97个), 'part' of a year after 上半年, 1至7月,
 * 今年以来 (今年上半年全市城镇新增就业1.2万人), 'year' after a year or 今年/去年/全年 (2023年全区完成老旧小区改造38个).
 * Counts over different periods measure different things: a year's count never pairs with a running total or half a year's.
 */
type Period = 'cumulative' | 'part' | 'year';
const CUMULATIVE = /累计|总计|共计|历年/u;
const PART_YEAR = /(?:[上下]半年|季度|[1-9１-９一二三四五六七八九十]{1,2}(?:至|到|-|－|—)[1-9１-９一二三四五六七八九十]{1,2}月|年(?:初)?以来)/u;
const ONE_YEAR = /(?:(?<![到至])20\d\d年(?![底末])|今年|去年|上年|全年|当年|本年度?|(?<![去上前]年?)年内)/u;

/**
 * The unit a figure is compared in: a sum of money over one year (今年安排0.65亿元, period 'year') is per year (元/年); an
 * amount per head (今年起…一次性补贴3500元) stays per head.
 */
const yearly = (f: Figure): string => (f.kind === 'money' && f.period === 'year' && f.flow !== 'per-unit' && f.unit === '元' ? '元/年' : f.unit ?? '');

function periodOf(lead: string): Period | null {
  return CUMULATIVE.test(lead) ? 'cumulative' : PART_YEAR.test(lead) ? 'part' : ONE_YEAR.test(lead) ? 'year' : null;
}

/** Fewest characters of a short indicator's head the clause before must end in (配套 of 配套率). */
const MIN_OVERLAP = 2;

/**
 * A short indicator opening the figure's clause, written as the tail of the clause before it, read whole:
 * "推进规模养殖场粪污处理设施装备配套，配套率达到95%" → "推进规模养殖场粪污处理设施装备配套率", which holds
 * the other session's "规模养殖场粪污处理设施装备配套率". Not "建设污水管网，覆盖率达到90%": 覆盖 does not end 管网.
 */
export function continued(indicator: string, lead: string, previous: string): string {
  const chars = [...indicator];
  if (chars.length >= MIN_CONTAINED || !lead.startsWith(indicator) || previous === '') return indicator;
  for (let k = chars.length - 1; k >= MIN_OVERLAP; k--) {
    if (previous.endsWith(chars.slice(0, k).join(''))) return previous + chars.slice(k).join('');
  }
  return indicator;
}

/** The two sessions are of two bodies: two places read, or (no place) two bodies written, that differ. */
export function twoBodies(a: InquiryRecord, b: InquiryRecord): boolean {
  const [pa, pb] = [sessionPlace(a), sessionPlace(b)];
  if (pa && pb) return pa.name !== pb.name;
  const [ba, bb] = [a.session.body, b.session.body].map((x) => (x ? bodyKey(x) : null));
  return !!ba && !!bb && ba !== bb;
}

/** Which session is later by its date (ISO dates compare as strings), null when a date is missing or they are equal. */
export function laterSide(a: InquiryRecord, b: InquiryRecord): 'a' | 'b' | null {
  const [da, db] = [a.session.date, b.session.date];
  return !da || !db || da === db ? null : da > db ? 'a' : 'b';
}

/**
 * `aligned`: the pairs of question indexes the topics section aligned (A's, B's); the introduction and
 * closing (question null) align with each other. Without it a generic head meets the same head anywhere
 * (as by name alone) and no longer name.
 */
export function compareFigures(a: InquiryRecord, b: InquiryRecord, aligned?: ReadonlyArray<readonly [number, number]>, twoTopics = false): FiguresSection {
  // Which session is later: by date, else by which quotes the other's promises back (order.ts: 去年承诺…).
  const later = sessionOrder(a, b).later;
  const figsA = quoting(figures(a), later === 'a' ? figures(b) : []);
  const figsB = quoting(figures(b), later === 'b' ? figsA : []);
  const pairsOfQuestions = aligned ? new Set(aligned.map(([i, j]) => `${i}:${j}`)) : null;
  // Unknown (null) without the alignment: then a generic head still meets the same head anywhere, never a longer name.
  // Two topics of one body (河湖长制 / 排水防涝): no question of one asks of the other's, so a generic head (问题) meets nothing.
  const sameTopic = (fa: Figure, fb: Figure) => (twoTopics ? false : !pairsOfQuestions ? null : fa.question === null || fb.question === null ? fa.question === fb.question
    : pairsOfQuestions.has(`${fa.question}:${fb.question}`));
  const candidates: Candidate<null>[] = [];
  const bodies = twoBodies(a, b);
  // Progress: one body's sessions, the target not dated after the figure set against it.
  const progressive = (fa: Figure, fb: Figure) => !bodies && later !== (fa.stance === 'target' ? 'a' : 'b');
  figsA.forEach((fa, i) => figsB.forEach((fb, j) => {
    // One body's target dated after its own report (81% in 2023, 力争达到96% in 2025): the baseline of a new target,
    // neither a change nor progress — the two are not paired (two bodies' figures still stand side by side).
    if (!bodies && mixed(fa, fb) && !progressive(fa, fb)) return;
    const score = matchScore(fa, fb, sameTopic, progressive(fa, fb), freshTarget(fa, fb, figsA, figsB));
    if (score > 0) candidates.push({ i, j, score, detail: null });
  }));
  const first = alignGreedy(candidates, 0);
  // A figure set against the other session's target may also be the next value of the state that session gave beside
  // its target (A 护理型床位占比为48%…确保达到55%以上, B 56.2%): progress on the target, then a change of the state.
  const onTarget = (side: 'a' | 'b') => new Set(first.filter((m) => progressive(figsA[m.i], figsB[m.j]) && mixed(figsA[m.i], figsB[m.j])
    && (side === 'a' ? figsB[m.j] : figsA[m.i]).stance === 'target').map((m) => (side === 'a' ? m.i : m.j)));
  const [againA, againB] = [onTarget('a'), onTarget('b')];
  const [firstA, firstB] = [new Set(first.map((m) => m.i)), new Set(first.map((m) => m.j))];
  // (Only a pair that shows a change: an increment beside a level, 新增参保6200人 / 约9.3万人, says nothing.)
  const second = alignGreedy(candidates.filter((c) => ((!firstA.has(c.i) && againB.has(c.j)) || (!firstB.has(c.j) && againA.has(c.i)))
    && figurePair(ref(figsA[c.i]), ref(figsB[c.j]), progressive(figsA[c.i], figsB[c.j])).change !== null), 0);
  const matched = [...first, ...second].sort((p, q) => p.i - q.i || p.j - q.j);
  const usedA = new Set(matched.map((m) => m.i));
  const usedB = new Set(matched.map((m) => m.j));
  const pairs: FigurePair[] = matched.map(({ i, j }) => further(figsA[i], figsB[j], figurePair(ref(figsA[i]), ref(figsB[j]), progressive(figsA[i], figsB[j]), beforeDeadline(figsA[i], figsB[j], a, b),
    judgement(figsA[i], figsB[j]))));
  return {
    pairs,
    onlyA: figsA.filter((_, i) => !usedA.has(i)).map(ref),
    onlyB: figsB.filter((_, j) => !usedB.has(j)).map(ref),
    unlabeled: { a: unlabeledCount(a), b: unlabeledCount(b) },
    twoBodies: bodies,
  };
}

/**
 * A further step (今年全市再新增…1万个, 今年计划再整治…20处) is a new target on top of the last: beside the other session's target
 * it is neither that target's new value nor its result — the two stand side by side, no change, no progress.
 */
function further(fa: Figure, fb: Figure, pair: FigurePair): FigurePair {
  return (fa.further || fb.further) && pair.change !== null ? { ...pair, change: null } : pair;
}

/**
 * A figure of the later session's members' questions that repeats a target of the earlier one (A 力争明年底达到70%以上; B's
 * member asks 设立比例达到70%了吗？): the target quoted back, as 去年承诺…达到 is — no result (stance 'cited'). A figure asked that
 * no target of the other holds (据了解目前只有52%) keeps its stance.
 */
function quoting(own: Figure[], earlier: readonly Figure[]): Figure[] {
  return own.map((f) => (f.asked && f.stance !== 'cited' && earlier.some((t) => t.stance === 'target' && t.value === f.value && t.unit === f.unit && related(t.key, f.key))
    ? { ...f, stance: 'cited' as const } : f));
}

/**
 * A target of things to build new (易腐垃圾资源化处理站点新建6座) from a session that states no stock of them, against the
 * other session's level of the same (站点建成5座): from none, the level built is the target's progress, not another
 * indicator. With a stock stated beside the target (现有站点10座) the level may be the stock: no pair.
 */
function freshTarget(fa: Figure, fb: Figure, figsA: readonly Figure[], figsB: readonly Figure[]): boolean {
  if (!mixed(fa, fb)) return false;
  const [target, other, own] = fa.stance === 'target' ? [fa, fb, figsA] : [fb, fa, figsB];
  return target.flow === 'increment' && other.flow === 'level' && !own.some((x) => x !== target && x.key === target.key && x.stance !== 'target');
}

/**
 * The pair of two matched figures: their change, or the progress on a target when one side is one and
 * `progressive` (one body's sessions, the target not the later; see compareFigures). An increment beside
 * a figure not one (新增60个 / 300个) shows no change: a flow is not a level.
 */
export function figurePair(a: FigureRef, b: FigureRef, progressive = true, pending = false, judged?: Judgement): FigurePair {
  const progress = progressive && mixed(a, b) ? progressOf(a, b, pending, judged) : null;
  const unlike = (a.flow === 'increment') !== (b.flow === 'increment');
  // A change pairs two states or two targets: a target against a state is progress, or (two bodies) side by side.
  return { indicator: a.indicator, a, b, change: progress || unlike || mixed(a, b) ? null : change(a, b), progress };
}

/** One figure is a target and the other not (a state, or done). */
function mixed(a: FigureRef, b: FigureRef): boolean {
  return (a.stance === 'target') !== (b.stance === 'target');
}

function ref(f: Figure): FigureRef {
  const { purpose: _purpose, key: _key, period: _period, deadline: _deadline, ofNew: _ofNew, region: _region, named: _named, superseded: _superseded, late: _late, partOf: _partOf,
    targetYear: _targetYear, asked: _asked, further: _further, rate: _rate, ...rest } = f;
  return rest;
}

/**
 * What the report side of a target and a report says beside its figure: its verdict (没有达到六成的目标), whether the work came
 * late, and whether it reads part of the target's year (今年1至10月 against a target for this year: interim).
 */
function judgement(fa: Figure, fb: Figure): Judgement | undefined {
  if (!mixed(fa, fb)) return undefined;
  const [target, report] = fa.stance === 'target' ? [fa, fb] : [fb, fa];
  const interim = report.partOf !== null && report.partOf === target.targetYear;
  return { region: report.region, named: report.named, late: report.late, interim };
}

/** A level stated as it stands (目前12个点位), not a step (比去年增加5个), a gap (还差3个) or a plan (力争…达到30个). */
const STEP = /[增减]|差|新|再|力争|计划|预计|争取|将|目标/u;
function laterState(record: InquiryRecord, question: Question | null, x: Quantity): boolean {
  const c = figureContext(record, question, x.span);
  return c.rate === null && c.stance !== 'target' && c.stance !== 'cited' && !STEP.test(c.lead);
}

/** Two indicators name one thing or one holds the other (车间 / 车间同比增幅, 应用率 / 电子营业执照应用率). */
function related(x: string, y: string): boolean {
  const [p, q] = [nameKey(indicatorHead(x)), nameKey(indicatorHead(y))];
  return p.includes(q) || q.includes(p);
}

type Part = FigureRef['part'];

function allQuantities(record: InquiryRecord): { q: Quantity; question: Question | null }[] {
  return [
    ...record.session.quantities.map((q) => ({ q, question: null })),
    ...record.questions.flatMap((question) => question.quantities.map((q) => ({ q, question }))),
    // The closing's figures (the 满意度测评 rate) compare across sessions too.
    ...(record.session.closing?.quantities ?? []).map((q) => ({ q, question: null })),
  ];
}

/** An age bound or range (60周岁以上, 3岁以下, 0至3岁): who is counted, no measurement. */
function ageCondition(q: Quantity): boolean {
  return (q.unit === '岁' || q.unit === '周岁') && (q.range !== null || /(?:以上|以下|以内)$/u.test(q.text));
}

/**
 * The figure is the whole or the earlier level of the next one in its clause, in the same unit (全市312个村（社区）帮办代办服务点
 * 已建成286个; 由原来的45个工作日压缩至20个工作日): its base, not what was done.
 */
function baseOfNext(record: InquiryRecord, question: Question | null, list: readonly Quantity[], k: number): boolean {
  const q = list[k];
  const next = list[k + 1];
  if (!next || next.unit !== q.unit || q.unit === null || next.span[0] <= q.span[1]) return false;
  // The next figure's clause, up to it, holds this one (and no 、 of a list between them: 分别为38个、45个).
  const lead = figureContext(record, question, next.span).lead;
  const gap = next.span[0] - q.span[1];
  return next.span[0] - lead.length <= q.span[0] && !lead.slice(lead.length - gap).includes('、');
}

/** The figure is written at the head of the next figure's indicator (60周岁以上|老年人口已达38.6万人): a condition of it. */
function opensNextIndicator(list: readonly Quantity[], k: number): boolean {
  const q = list[k];
  const next = list[k + 1];
  return !!next?.indicator && next.indicator.startsWith(q.text) && q.span[0] + next.indicator.length <= next.span[0];
}

/** A clause that counts a part of the clause before's figure, naming no subject of its own: 已完成整治11处, 其中已建成…, 目前已…. */
const PART_OF = /^(?:其中|目前|现已|截至目前)?[，,]?(?:已经?|累计|共)?(?:完成|建成|整治|整改|办结|解决|落实|改造|化解)/u;

/**
 * The figure counts a part of the figure of the clause before it, in its unit, and that one counts what is new (今年汛期新发现
 * 易涝点23处，已完成整治11处: 11 of the 23 new ones). It counts other things than a part of the whole stock (全市排查出易涝点
 * 216处，目前已完成整治148处): the two never pair, though the unit and the verb agree.
 */
function partOfNew(record: InquiryRecord, question: Question | null, list: readonly Quantity[], k: number, lead: string, previous: string): boolean {
  const q = list[k];
  if (k === 0 || previous === '' || !PART_OF.test(lead)) return false;
  const clauseStart = q.span[0] - lead.length;
  const whole = list[k - 1];
  if (whole.unit !== q.unit || whole.span[1] > clauseStart || whole.span[0] < clauseStart - 1 - previous.length) return false;
  return figureContext(record, question, whole.span).flow === 'increment';
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
 * An indicator read as the bare verb of its clause (设置 of "即停即走泊位已设置500个"): what is counted is the subject before 已,
 * 即停即走泊位 — the name the other session gives it (新设即停即走泊位500个). The grammar tells the verb: the indicator stands
 * right after 已 and right before its figure, where no noun stands. Else the indicator as read.
 */
export function subjectNamed(indicator: string, lead: string): string {
  if (indicator === '' || !lead.endsWith(indicator)) return indicator;
  const m = /^([^，,。；;：:\s]{2,}?)(?:已经?|均已|都已)$/u.exec(lead.slice(0, -indicator.length));
  const subject = m ? m[1].replace(/^(?:去年|今年|目前|截至目前|全[省市县区])+/u, '') : '';
  return [...subject].length >= 2 ? subject : indicator;
}

/** A starting level written as the present one: 由目前的, 从现在的, 由当前. */
const PRESENT_BASE = /[由从](?:目前|现在|当前|现有)的?$/u;

function figures(record: InquiryRecord): Figure[] {
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
      if (q.rank || q.indicator === null || q.indicator.trim() === '' || ageCondition(q) || opensNextIndicator(list, k)) return;
      const context = figureContext(record, question, q.span);
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
      const states = later.filter((x) => x.indicator && related(x.indicator, q.indicator!) && x.unit === q.unit && laterState(record, question, x));
      const region = verdictRegion(context.following, later.filter((x) => x.indicator && (!related(x.indicator, q.indicator!) || states.includes(x))).map(after));
      const named = later.filter((x) => after(x) + x.text.length <= region.length && /^的?(?:目标|承诺)/u.test(context.following.slice(after(x) + x.text.length)) && x.value !== null)
        .map((x) => x.value!);
      const date = record.session.date;
      // 翻一番: a growth of +100 % (doublings.ts), a target till it is done, set against the next session's 增长65%.
      const doubled = doublingGrowth(q);
      const indicator = subjectNamed(context.rate ? q.indicator.replace(RATE_BASE, '') : q.indicator, context.lead);
      out.push({
        text: q.text, value: doubled ? doubled.value : signed(q, context.rate), unit: doubled ? '%' : q.unit, kind: doubled ? 'percent' : q.kind, indicator: `${indicator}${context.rate ?? ''}`, question: question?.index ?? null, part, span: q.span,
        stance: doubled?.target ? 'target' : stance, flow: context.flow, ...(context.ceiling ? { ceiling: true as const } : {}), ...(REMAINDER.test(context.lead) ? { remainder: true as const } : {}), ...eachOf(context.stance, context.lead), purpose: context.purpose, period: periodOf(context.lead), deadline: context.deadline,
        key: `${indicatorHead(continued(indicator, context.lead, context.previous))}${context.rate ?? ''}`, ofNew, rate: context.rate,
        region, named, superseded: states.length > 0, late: saidLate(context.opening + context.lead + context.following),
        partOf: partYear(context.opening + context.lead, date), targetYear: targetYear(context.opening + context.lead, context.deadline, date),
        asked: askedIn(question, q.span), further: FURTHER.test(context.lead),
      });
    });
  }
  return out;
}

function unlabeledCount(record: InquiryRecord): number {
  return allQuantities(record).filter(({ q }) => !q.rank && (q.indicator === null || q.indicator.trim() === '')).length;
}

/**
 * The value a change is computed from: a fall (下降2.3个百分点, direction down) is −2.3, so it never meets a rise of 2.3 as
 * equal; a rate of change named with its direction (同比降幅 2.6%, see figure-context.ts) is a size and keeps its value.
 */
function signed(q: Quantity, rate: string | null): number | null {
  return q.value !== null && q.direction === 'down' && rate === null ? -q.value + 0 : q.value; // + 0: no −0
}

/**
 * 1 for the same indicator, 0.5–1 when one holds the other (closer lengths score higher), else 0; a
 * little less when one is a target and the other not (targets pair with targets first).
 */
function matchScore(a: Figure, b: Figure, sameTopic: (a: Figure, b: Figure) => boolean | null, progressive: boolean, fresh = false): number {
  // 今年/年内 + a sum of money is one year's amount: 元 read as 元/年, so it meets 每年…N (元/年).
  if (a.kind !== b.kind || nameKey(yearly(a)) !== nameKey(yearly(b))) return 0;
  // Last session's figure quoted back is no figure of this one; a base (312个村, 由原来的45个) meets only a base.
  if (a.stance === 'cited' || b.stance === 'cited' || (a.stance === 'base') !== (b.stance === 'base')) return 0;
  if (a.period && b.period && a.period !== b.period) return 0;
  // A rate of change meets only the same rate: a contained name (每千人口托位数 in 每千人口托位数同比增幅) is no likeness here.
  if (a.rate !== b.rate) return 0;
  // What a report says is left (剩余18部已调整为…) is the part not done: no state of the target (150部), no level of anything.
  if ((a.remainder && a.stance !== 'target') || (b.remainder && b.stance !== 'target')) return 0;
  // Two targets of two deadlines (1万人以下 by 2024年底, 5000人以下 by 2026年6月底) are two targets, no change of one.
  if (a.stance === 'target' && b.stance === 'target' && a.deadline && b.deadline && a.deadline !== b.deadline) return 0;
  // An increment and a level are two indicators (新增60个 / 达到300个); an increment beside an unmarked figure pairs last.
  if (a.flow && b.flow && a.flow !== b.flow && !fresh) return 0;
  // An amount per head (一次性补贴3000元) is no measure of a total (共发放补贴86万元), marked or not.
  if ((a.flow === 'per-unit') !== (b.flow === 'per-unit')) return 0;
  // A part of what is new (11 of 23 new) meets only another count of the new, never a part of the whole (148 of 216).
  if ((a.ofNew && !b.ofNew && b.flow !== 'increment') || (b.ofNew && !a.ofNew && a.flow !== 'increment')) return 0;
  const flowPenalty = (a.flow === 'increment') !== (b.flow === 'increment') ? 0.005 : 0;
  const ka = nameKey(a.key);
  const kb = nameKey(b.key);
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  const shortLength = [...short].length;
  const generic = shortLength <= GENERIC_MAX;
  // (A short name meets a longer one ending in it, 应用率 / 电子营业执照应用率, only inside aligned questions.)
  const topic = shortLength < MIN_CONTAINED ? sameTopic(a, b) : true;
  if (generic && (topic === false || !samePurpose(a.purpose, b.purpose))) return 0;
  let score: number;
  if (ka === kb) score = 1;
  else if (shortLength >= MIN_CONTAINED ? long.includes(short) : topic === true && long.endsWith(short)) score = 0.5 + 0.49 * (short.length / long.length);
  else return 0;
  // A target set against what the later session reports comes first, whatever the names' likeness: the target is judged by
  // the state reported (目标 六成以上 → 现状 电子营业执照应用率为57%), not by the next target (力争年底应用率达到70%).
  const progress = (a.stance === 'target') !== (b.stance === 'target');
  // (A report superseded by a later state in its sentence, 9个 before 目前12个, comes after that state.)
  const superseded = progress && (a.stance === 'target' ? b : a).superseded ? 0.6 : 0;
  return (!progress ? score : progressive ? score + 1 - superseded : score - 0.01) - flowPenalty;
}

/** Two purposes are the same use unless both are written and share no two characters in a row. */
function samePurpose(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const ka = nameKey(a);
  const kb = nameKey(b);
  for (let k = 0; k + 2 <= ka.length; k++) if (kb.includes(ka.slice(k, k + 2))) return true;
  return false;
}

/**
 * An amount allocated (统筹安排养老服务体系建设资金1.2亿元, 下达资金, 拨付): a sum set for its year, a level like the next
 * year's allocation (9500万元: −2500万元), no target the next is short of. Not a floor (每年安排不少于20亿元, 1亿元以上),
 * nor a sum to win (争取资金).
 */
const ALLOCATED = /(?:安排|下达|拨付|拨付了|列支)[^，,。；;]{0,16}$/u;
const FLOOR = new RegExp(`不少于|不低于|不小于|至少|以上|${RESOLVE}`, 'u');
function allocation(q: Quantity, lead: string): boolean {
  return q.unit === '元' && ALLOCATED.test(lead) && !FLOOR.test(lead) && !FLOOR.test(q.text);
}

/** A target given for each of several places (在5个区县各建设1个以上), read so: see distributive.ts. */
function eachOf(stance: FigureRef['stance'], lead: string): { each?: { count: number; over: string } } {
  const d = stance === 'target' ? distribution(lead) : null;
  return d ? { each: d } : {};
}

/**
 * The target of the pair (one side's) is dated (到2025年底) and the other side's session is held before that month is out
 * (2025-09): the target is not yet due, so falling short of it is progress, no failure. False when either date is unknown.
 */
function beforeDeadline(fa: Figure, fb: Figure, a: InquiryRecord, b: InquiryRecord): boolean {
  const [target, targetDate, otherDate] = fa.stance === 'target' ? [fa, a.session.date, b.session.date] : [fb, b.session.date, a.session.date];
  const due = target.deadline ? resolveDeadline(target.deadline, targetDate) : null;
  return !!due && !!otherDate && otherDate.slice(0, 7) <= due;
}

/**
 * The figure of the other side against the target: "目标 120公里, 实际 96公里 (80%)". `pending`: the target's deadline has
 * not passed at the other side's date (beforeDeadline), so a figure short of it is 进行中, not 未达标.
 */
function progressOf(a: FigureRef, b: FigureRef, pending = false, judged?: Judgement): FigureProgress {
  const target = a.stance === 'target' ? 'a' : 'b';
  const [given, other] = target === 'a' ? [a, b] : [b, a];
  // A target for each of 5 counties is 5 times its figure in all: "目标 5个 (5个区县各1个以上)".
  const goal: FigureRef = given.each && given.value !== null
    ? { ...given, value: given.value * given.each.count, text: `${given.value * given.each.count}${given.unit ?? ''} (${given.each.count}个${given.each.over}各${given.text})` } : given;
  // A ceiling (压缩至20个工作日, 控制在5.5%以内) is met at or below it: 15 of 20 is done, not 75% of it.
  // A floor (达到/提升到/不低于/改造260公里) is met at or above it.
  // The report's own verdict (没有达到六成的目标, 超过3.2万人的目标, 全部投入运行) overrides the arithmetic, when it names no
  // other target than this one; a reading of part of the target's year (今年1至10月) is interim, neither met nor missed.
  const verdict = judged ? judged.verdict ?? (judged.region ? reportVerdict(judged.region, !!goal.ceiling) : null) : null;
  const said = verdict && (judged!.named.length === 0 || judged!.named.includes(given.value ?? NaN)) ? verdict : null;
  const interim = !said && !!judged?.interim;
  const met = said ? said === 'met' : interim ? undefined : goal.value !== null && other.value !== null && comparable(goal, other)
    ? meetsTarget(goal.value, other.value, !!goal.ceiling) : undefined;
  // (What was left of a whole, 剩余68处, is met by the whole done, 216处, but 317.6% of it says nothing.)
  const percent = goal.ceiling || goal.remainder || goal.value === null || other.value === null || goal.value === 0 || (a.kind === 'percent' || a.kind === 'percentage_point')
    ? null : Number(((other.value / goal.value) * 100).toFixed(1)) + 0;
  const shown = target === 'a' ? `目标 ${goal.text}, ${other.stance === 'done' ? '完成' : '现状'} ${other.text}` : `${other.stance === 'done' ? '完成' : '现状'} ${other.text}, 目标 ${goal.text}`;
  // The percent whichever side holds the target: compare(b, a) says what compare(a, b) says.
  // A miss the report itself states (没有实现翻番目标) is 未达标 even before the deadline: its own word, not our arithmetic.
  const due = met === false && pending && !said;
  const late = met === true && !!judged?.late;
  const notes = [...(percent === null ? [] : [`${percent}%`]), ...(interim ? ['进行中, 年内读数'] : met === undefined ? [] : [met ? (late ? '已达标, 推迟完成' : '已达标') : due ? '进行中' : '未达标'])];
  const text = `${shown}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  if (interim) return { target, percent, interim: true, text };
  return met === undefined ? { target, percent, text } : { target, percent, met, ...(due ? { pending: true as const } : {}), ...(late ? { late: true as const } : {}), text };
}

/** Two figures whose values compare as they stand (values are in plain units: 3.5亿元 against 32000万元): both percents or neither. */
function comparable(a: FigureRef, b: FigureRef): boolean {
  const percent = (f: FigureRef) => f.kind === 'percent' || f.kind === 'percentage_point';
  return percent(a) === percent(b);
}

/**
 * Multipliers written before a unit; when both figures carry one, a change is shown in the larger:
 * "98.6亿元" against "1126000万元" is +14 亿元, not +1400000000 元. A figure in plain units (9000元)
 * keeps the change plain; a unit that begins with one (千米) is no multiplier of its own.
 */
const SCALES: [string, number][] = [['亿', 1e8], ['万', 1e4], ['千', 1e3]];

/**
 * The change from a to b. Percents change in percentage points; other figures also as a
 * percent of a. `difference` is in plain units (7e7 元); the text keeps the figures' own
 * multiplier ("+0.7 亿元 (+12.5%)").
 */
export function change(a: FigureRef, b: FigureRef): FigureChange | null {
  if (a.value === null || b.value === null) return null;
  const points = a.kind === 'percent' || a.kind === 'percentage_point';
  const uses = (f: FigureRef, s: string) => scaled(f.text, s) && !(f.unit ?? '').startsWith(s);
  const both = SCALES.some(([s]) => uses(a, s)) && SCALES.some(([s]) => uses(b, s));
  const [scaleName, factor] = points ? ['', 1]
    : (both ? SCALES.find(([s]) => uses(a, s) || uses(b, s)) : undefined) ?? ['', 1];
  const va = a.value / factor;
  const vb = b.value / factor;
  const digits = Math.max(decimals(va), decimals(vb));
  const shown = Number((vb - va).toFixed(digits)) + 0; // + 0 turns −0 into 0
  const difference = Number((shown * factor).toFixed(Math.max(0, digits - Math.log10(factor)))) + 0;
  const unit = points ? POINTS[a.unit ?? '%'] ?? '个百分点' : (a.unit ?? ''); // 6.8‰ → 5.9‰ is −0.9 个千分点
  const percent = points || a.value === 0 ? null : Number((((b.value - a.value) / a.value) * 100).toFixed(1)) + 0;
  if (shown === 0) return { difference: 0, unit, percent: percent === null ? null : 0, text: '无变化' };
  const signed = (x: number) => (x > 0 ? `+${x}` : `${x}`.replace('-', '−'));
  const amount = `${signed(shown)}${unit || scaleName ? ' ' : ''}${scaleName}${unit}`;
  const text = percent === null ? amount : `${amount} (${signed(percent)}%)`;
  return { difference, unit, percent, text };
}

/** The points a rate changes in, by its unit. */
const POINTS: Readonly<Record<string, string>> = { '%': '个百分点', '‰': '个千分点', '‱': '个万分点' };

/** The multiplier stands right after the digits ("5.6亿元", "1.5万平方米"), not elsewhere in the text. */
function scaled(text: string, scale: string): boolean {
  return new RegExp(`[0-9０-９.．]${scale}`).test(text);
}

/** Decimal places of a number as JavaScript prints it (97.78 → 2, 15000 → 0). */
function decimals(x: number): number {
  const s = String(x);
  if (s.includes('e')) return 0;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, s.length - dot - 1);
}
