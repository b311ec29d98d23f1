/**
 * A promise made again with a new target value or a new deadline: what changed between the two wordings.
 *
 * Example: A "力争2024年底前将季节性缺水人口减少到1万人以下", B "力争2026年6月底前将季节性缺水人口减少到5000人以下":
 * the deadline 2024年底前 → 2026年6月底前 and the target 1万人以下 → 5000人以下 (one unit, 人, on both sides). A
 * deadline is a time ending in 前 (2024年底前, 6月底前, 年底前) or a year named as the period (今年, 明年, 2025年内). Only
 * what both wordings state is compared: a deadline or a unit given on one side only is not stated, no change; a
 * figure of a unit the other side lacks is another figure, not the target. Times are no target value (年, 月 are
 * the deadline's). Values are compared as numbers (百分之六十 / 60%, 12000个 / 1.2万个, 90% / 90%以上: one target), and
 * only two targets of one indicator (sameIndicator), never a status (已争取资金12.8亿元); deadlines as the months they
 * mean in their sessions (deadline.ts: 今年年底前 of 2025 is 2025年底前; 年底前 of 2024 and of 2025 are two), else as written.
 */
import type { InquiryRecord, Quantity } from '../model/record.js';
import type { MeasureRef, Restatement } from './types.js';
import { quantitiesIn } from './done.js';
import { isCeiling } from './figure-context.js';
import { meetsTarget } from './target-met.js';
import { findDeadline, resolveDeadline } from './deadline.js';
import { clauses, type Clause } from './clauses.js';
import { PASSED } from './status-words.js';
import { FORESEE, PLAN as PLAN_WORD, PLAN_NOW, RESOLVE, WILL } from './intention-words.js';

/** Units of time: a deadline's, not a target's. */
const TIME = /^(?:年|月|日|天|个月|周|季度|小时|个工作日|工作日)$/u;

function deadline(m: MeasureRef): { text: string; span: [number, number] } | null {
  const hit = findDeadline(m.text);
  return hit ? { text: hit.text, span: [m.span[0] + hit.index, m.span[0] + hit.index + hit.text.length] } : null;
}

/** An indicator that counts time (重污染天数, 平均用时, 审批时限): its days are the target's value, no deadline. */
const DURATION = /(?:天数|用时|时限|时长|时间|周期)$/u;

/** The last figure of each unit in a measure (a target is stated after what it counts). */
function figures(record: InquiryRecord, m: MeasureRef): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  for (const q of [...quantitiesIn(record, m.span)].sort((x, y) => x.span[0] - y.span[0])) {
    if (q.unit && (!TIME.test(q.unit) || DURATION.test(q.indicator ?? '')) && q.kind !== 'year') out.set(q.unit, q);
  }
  return out;
}

/** Fewest characters of an indicator two wordings share for their targets to name one thing (重污染天数; not 问题, 资金). */
const NAMED_INDICATOR = 3;

/**
 * The two wordings set a target for one indicator in one unit (全年重污染天数控制在20天以内 / 同时把重污染天数压减到15天以内),
 * neither a state: one promise, however differently the rest is worded. A generic head (问题, 资金) names no one thing.
 */
export function sharedTarget(a: InquiryRecord, ma: MeasureRef, b: InquiryRecord, mb: MeasureRef): boolean {
  const [fa, fb] = [figures(a, ma), figures(b, mb)];
  for (const [unit, qa] of fa) {
    const qb = fb.get(unit);
    if (!qb || stated(ma, qa) || stated(mb, qb) || !sameIndicator(qa, qb)) continue;
    if (Math.min([...qa.indicator!].length, [...qb.indicator!].length) >= NAMED_INDICATOR) return true;
  }
  return false;
}

/** Where a clause of a measure ends. */
const CLAUSE_END = /[，,；;。：:！!？?\n]/u;

/** The clause of the measure holding the figure: [start, end) in the measure's text. */
function clauseOf(m: MeasureRef, q: Quantity): [number, number] {
  let from = q.span[0] - m.span[0];
  let to = q.span[1] - m.span[0];
  while (from > 0 && !CLAUSE_END.test(m.text[from - 1])) from--;
  while (to < m.text.length && !CLAUSE_END.test(m.text[to])) to++;
  return [from, to];
}

/**
 * The deadline of the clause holding a figure ("计划新建改造雨水管网320公里，到2025年底建成区雨污分流比例达到85%": 2025年底 is
 * 85%'s, not 320公里's), else of the nearest clause before it in the same sentence whose clause names one, when the figure's
 * clause only continues it ("2023年底前新认定帮扶车间8个，总数达到30个": 2023年底前 is 30个's too); or null.
 */
function clauseDeadline(m: MeasureRef, q: Quantity): { text: string; span: [number, number] } | null {
  const [from, to] = clauseOf(m, q);
  const hit = findDeadline(m.text.slice(from, to));
  if (hit) return { text: hit.text, span: [m.span[0] + from + hit.index, m.span[0] + from + hit.index + hit.text.length] };
  // A continuing clause names no subject of its own time: no year, no verb of its own opening it (总数达到, 占比提高到).
  if (!CONTINUING.test(m.text.slice(from, to))) return null;
  let start = from;
  while (start > 0 && !SENTENCE_END.test(m.text[start - 1])) start--;
  let last: { text: string; index: number } | null = null;
  for (let at = start; at < from;) {
    const next = findDeadline(m.text.slice(at, from));
    if (!next) break;
    last = { text: next.text, index: at + next.index };
    at = last.index + next.text.length;
  }
  return last ? { text: last.text, span: [m.span[0] + last.index, m.span[0] + last.index + last.text.length] } : null;
}

/** Where a sentence of a measure ends. */
const SENTENCE_END = /[；;。！!？?\n]/u;
/** A clause that continues the one before with the level it brings a count to: 总数达到30个, 总量突破, 累计达到. */
const CONTINUING = /^(?:总数|总量|累计|合计|总计)/u;

/** Each session's date (ISO), against which a relative deadline (今年年底前, 12月底前) is read. */
type Dates = { a: string | null; b: string | null };
type Dated = { text: string; span: [number, number] };

/**
 * One deadline when both mean one month in their sessions (今年年底前 of 2025, 2025年底前), else when written alike, else when a
 * year named alone on either side is the year the other means (明年 said in 2024, 今年 in 2025: one year, 2025). Two years
 * named alone and told apart are no deadline moved: 今年安排资金 of 2024 and of 2025 is a yearly figure, made again.
 */
function sameDeadline(x: Dated, y: Dated, dates: Dates): boolean {
  const [rx, ry] = [resolveDeadline(x.text, dates.a), resolveDeadline(y.text, dates.b)];
  // (A span of years, 两年内, is as good as its last year: 两年内 said in 2024-10 and 明年底前 in 2025 are one deadline, 2026.)
  if (rx && ry) return rx === ry || ((SPAN_OF_YEARS.test(x.text) || SPAN_OF_YEARS.test(y.text)) && rx.slice(0, 4) === ry.slice(0, 4));
  if (x.text.replace(/前$/u, '') === y.text.replace(/前$/u, '')) return true;
  const [yx, yy] = [yearMeant(x.text, dates.a), yearMeant(y.text, dates.b)];
  return yx !== null && yx === yy && (BARE_YEAR.test(x.text) || BARE_YEAR.test(y.text));
}

/** A year named alone: 今年, 本年, 明年, 后年. */
const BARE_YEAR = /^[今明后本]年$/u;

/** The year a deadline means in its session: its resolved month's, or a year named alone's (明年 of 2024: 2025); else null. */
function yearMeant(text: string, session: string | null): number | null {
  const due = resolveDeadline(text, session);
  if (due) return Number(due.slice(0, 4));
  const own = session && /^\d{4}/u.test(session) ? Number(session.slice(0, 4)) : null;
  if (own === null || !BARE_YEAR.test(text)) return null;
  return own + (text[0] === '明' ? 1 : text[0] === '后' ? 2 : 0);
}

/** A changed deadline, with the months both mean when both can be told (12月底前 → 今年年底前: 2022-12 → 2024-12). */
function changed(x: Dated | null, y: Dated | null, dates: Dates): Restatement['deadline'] {
  if (!x || !y || sameDeadline(x, y, dates)) return null;
  const [rx, ry] = [resolveDeadline(x.text, dates.a), resolveDeadline(y.text, dates.b)];
  return { a: x, b: y, ...(rx && ry ? { resolved: { a: rx, b: ry } } : {}) };
}

/**
 * The changed deadline: of the clauses holding the target figures when a figure's clause names one (each target its own
 * deadline: 2025年底 → 2026年底 of 85%, never 今年 of another clause's 285公里), else of the measure (年底前完成全部改造).
 */
function deadlineChange(ma: MeasureRef, fa: Map<string, Quantity>, mb: MeasureRef, fb: Map<string, Quantity>, dates: Dates): Restatement['deadline'] {
  const dated = [...fa.values()].some((q) => clauseDeadline(ma, q)) || [...fb.values()].some((q) => clauseDeadline(mb, q));
  if (!dated) return changed(deadline(ma), deadline(mb), dates);
  for (const [unit, qa] of fa) {
    const qb = fb.get(unit);
    const [da, db] = qb ? [clauseDeadline(ma, qa), clauseDeadline(mb, qb)] : [null, null];
    const d = changed(da, db, dates);
    if (d) return d;
  }
  // A miss, then a new date for the rest (…为91%，未能按期实现全覆盖，计划今年9月底前实现全覆盖): the deadline moved.
  const moved = postponed(mb);
  if (moved) {
    const d = changed([...fa.values()].map((q) => clauseDeadline(ma, q)).find((x) => x) ?? deadline(ma), moved, dates);
    if (d) return d;
  }
  // One wording states no figure (2025年完成改造120处 / 2026年全面完成剩余改造任务): its deadline is the measure's, the other's its target's.
  if (fa.size && fb.size) return null;
  const side = (m: MeasureRef, f: Map<string, Quantity>) => [...f.values()].map((q) => clauseDeadline(m, q)).find((d) => d) ?? deadline(m);
  return changed(side(ma, fa), side(mb, fb), dates);
}

/** A miss said outright: 未能按期, 还差, 没有完成, 没有达到…. */
const MISS = /未能按期|(?:还|尚)差|(?:没有|没能|未能|未)(?:全部)?(?:完成|达到|实现)/u;
/** A word of intention opening what is to come: 计划, 预计, 力争, 争取, 确保 (intention-words.ts; not 拟, nor the modal 将). */
const PLAN = new RegExp(`${PLAN_WORD}|预计|${RESOLVE}`, 'u');

/**
 * The new deadline a wording gives after it says the promise was missed ("覆盖率目前为91%，未能按期实现全覆盖，计划今年9月底前实现
 * 全覆盖": 今年9月底前), or null: a deadline after a word of intention, after the miss.
 */
function postponed(m: MeasureRef): Dated | null {
  const miss = MISS.exec(m.text);
  if (!miss) return null;
  const from = miss.index + miss[0].length;
  const plan = PLAN.exec(m.text.slice(from));
  if (!plan) return null;
  const at = from + plan.index;
  const hit = findDeadline(m.text.slice(at));
  return hit ? { text: hit.text, span: [m.span[0] + at + hit.index, m.span[0] + at + hit.index + hit.text.length] } : null;
}

/** Words of a state before a figure in its clause (已达到41.2%, 目前…为78%, 截至…): what stands, no target. */
const STATE = /已|目前|截至|截止|现为|现有|累计/u;
/** Ahead of the plan, and by how long: 比原计划提前, 比原定提前; 提前两个月, 提前3天 (MET_SAID and EARLY read both). */
const AHEAD_OF_PLAN = '比原(?:计划|定)提前';
const TIME_EARLY = '提前[\\d０-９一二两三四五六七八九十半]+(?:个)?(?:月|天|周|年|季度)';
/**
 * A report that the target was met, in the later wording: 提前完成目标, 超额完成, 已全部完成, done ahead of the plan (比原计划提前
 * 两个月，于今年4月获批; 提前3个月完成), a target passed (超过300个的目标: status-words.ts PASSED, as reports.ts reads it) — unless a word of intention opens its clause (力争提前完成:
 * a promise).
 */
const MET_SAID = new RegExp(`提前完成|超额完成|已(?:经)?全部完成|${AHEAD_OF_PLAN}|${TIME_EARLY}(?:完成|建成|实现|获批|投用|开放|通过)|${PASSED}`, 'u');
/**
 * Words of intention or a modal before a report of completion: it is a promise (力争提前完成, 将超额完成) — intention-words.ts's,
 * with any 计划 (比原计划提前 is read before its clause's lead) and 努力; not 即将, what is about to be done.
 */
const AHEAD_PLAN = new RegExp(`${RESOLVE}|${PLAN_WORD}|${FORESEE}|(?<!即)${WILL}|努力`, 'u');
/** The clause before, looking ahead: AHEAD_PLAN's words with a plan of now only (比原计划多1800个 quotes the old plan). */
const FORESEEN = new RegExp(`${RESOLVE}|${PLAN_NOW}|${FORESEE}|(?<!即)${WILL}|努力`, 'u');

/**
 * The words that say whether an early or met word at `at` is intended, not reported: its clause's lead, and when the clause
 * opens with it (…，预计今年10月投入使用，比原计划提前), the clause before too — an early word going on from a forecast is the
 * forecast's (the hospital not yet open), as one going on from a report (…划定，比原计划提前一个月) is the report's.
 */
function intendedBefore(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !CLAUSE_END.test(text[from - 1])) from--;
  if (AHEAD_PLAN.test(text.slice(from, at))) return true;
  if (text.slice(from, at).trim() !== '' || from === 0 || !/[，,]/u.test(text[from - 1])) return false;
  let prev = from - 1;
  while (prev > 0 && !CLAUSE_END.test(text[prev - 1])) prev--;
  return FORESEEN.test(text.slice(prev, from - 1));
}

/** The text says the target was met (MET_SAID), in a clause no word of intention opens. */
function metSaid(text: string): boolean {
  const m = MET_SAID.exec(text);
  return !!m && !intendedBefore(text, m.index);
}

/** Done ahead of the plan: 比原计划提前, 提前两个月完成, 提前完成 (not 超额完成 nor a target passed: more, not sooner). */
const EARLY = new RegExp(`${AHEAD_OF_PLAN}|${TIME_EARLY}|提前(?:完成|建成|实现)`, 'u');

/**
 * The report says the work was done ahead of the plan, in a clause no word of intention opens: "专项规划比原计划提前两个月，于今年
 * 4月获批", "去年完成了全部128个水源地保护区划定，比原计划提前一个月" — not "力争提前完成" (a promise).
 */
export function doneEarly(text: string): boolean {
  return earlyClauses(text).length > 0;
}

/**
 * Each clause that says its work was done ahead of the plan, with the words before the early word (its thing: 专项规划 of
 * "专项规划比原计划提前两个月"; '' when the clause goes on from the one before: "…划定，比原计划提前一个月").
 */
export function earlyClauses(text: string): { thing: string; at: number }[] {
  const found: { thing: string; at: number }[] = [];
  for (const m of text.matchAll(new RegExp(EARLY.source, 'gu'))) {
    let from = m.index!;
    while (from > 0 && !CLAUSE_END.test(text[from - 1])) from--;
    const lead = text.slice(from, m.index);
    if (!intendedBefore(text, m.index!)) found.push({ thing: lead, at: from });
  }
  return found;
}

/** The sentence of a measure that holds a part of it. */
function sentenceOf(m: MeasureRef, part: Part): string {
  let from = part.span[0] - m.span[0];
  let to = part.span[1] - m.span[0];
  while (from > 0 && !SENTENCE_END.test(m.text[from - 1])) from--;
  while (to < m.text.length && !SENTENCE_END.test(m.text[to])) to++;
  return m.text.slice(Math.max(0, from), to);
}

/** The figure's clause, before it and after its clause's last earlier figure, states what stands. */
function stated(m: MeasureRef, q: Quantity): boolean {
  const [from] = clauseOf(m, q);
  const lead = m.text.slice(from, q.span[0] - m.span[0]);
  const digits = [...lead.matchAll(/[0-9０-９]/gu)];
  return STATE.test(digits.length ? lead.slice(digits[digits.length - 1].index! + 1) : lead);
}

/**
 * The later wording `mb` reports the earlier promise `ma` done: a state in the unit of each of its targets that meets it
 * (年底前全市回收网点达到600个 / 回收网点已达到620个; 确保…40%以上 / 已达到41.2%), or — no such state — it says the target was
 * met (提前完成目标). A state short of the target (目前…为78%, 力争…达到85%) leaves the promise open: restated. A sentence that
 * says the work was done ahead of plan reports its figures as what stands ("专项规划比原计划提前两个月，于今年4月获批，规划预留
 * 公共停车场用地68处": 68处 against 不少于60处, met; "家庭养老床位今年新增2260张，比原计划提前两个月完成": 2260 against 2000).
 * `within`: the part of `mb` the pair rests on (a clause), when not the whole. The judgement of a figure is meetsTarget's,
 * as in the figures section.
 */
export function fulfilled(a: InquiryRecord, ma: MeasureRef, b: InquiryRecord, mb: MeasureRef, within?: { text: string; span: [number, number] }): boolean {
  const part: MeasureRef = within ? { ...mb, text: within.text, span: within.span } : mb;
  // (Said in the clause itself, it is enough; said in a sibling clause, it only makes the clause's figures what stands.)
  const own = metSaid(part.text);
  const said = own || metSaid(sentenceOf(mb, part));
  const goals = [...figures(a, ma).values()].filter((q) => !stated(ma, q));
  const states = [...quantitiesIn(b, part.span)].filter((q) => q.unit && (said || stated(part, q)));
  let judged = false;
  for (const goal of goals) {
    const got = states.filter((q) => q.unit === goal.unit && q.kind === goal.kind).pop();
    if (!got || got.value === null || goal.value === null) continue;
    const at = goal.span[0] - ma.span[0];
    if (!meetsTarget(goal.value, got.value, isCeiling(ma.text, at, at + goal.text.length))) return false;
    judged = true;
  }
  return judged || own;
}

/** A clause that keeps a named target: 护理型床位占比目标不变, …的目标不变 (group 1 the name before it). */
const KEPT = /([\p{Script=Han}]{3,}?)的?(?:目标|指标)(?:仍然?|依然)?不变/u;

/**
 * The later wording keeps a target the earlier one set, by its indicator's name ("护理型床位占比目标不变" of "力争2026年底全市
 * 养老机构护理型床位占比达到60%以上"): the clause of `mb` that says so and the clause of `ma` holding that target figure (its
 * indicator holds the name, or the name the indicator, at least NAMED_INDICATOR characters), or null.
 */
export function keptTarget(a: InquiryRecord, ma: MeasureRef, b: InquiryRecord, mb: MeasureRef): { a: Clause; b: Clause } | null {
  for (const cb of clauses(mb.text)) {
    const name = KEPT.exec(cb.text)?.[1];
    if (!name) continue;
    for (const q of figures(a, ma).values()) {
      const ind = q.indicator;
      if (!ind || stated(ma, q) || Math.min([...ind].length, [...name].length) < NAMED_INDICATOR || !(ind.includes(name) || name.includes(ind))) continue;
      const at = q.span[0] - ma.span[0];
      const ca = clauses(ma.text).find((c) => c.offset <= at && at < c.offset + c.text.length);
      if (ca) return { a: ca, b: cb };
    }
  }
  return null;
}

/**
 * Two figures measure one thing: both name what they count and one name holds the other (社会化运营率 in
 * 镇街中心社会化运营率). A lead verb the two measures share (推进连锁化运营, 完善运营补助办法) says nothing of it.
 */
export function sameIndicator(x: Quantity, y: Quantity): boolean {
  const [p, q] = [x.indicator, y.indicator];
  if (!p || !q) return false;
  return p.includes(q) || q.includes(p);
}

/** A clause of a measure that a pair rests on: its text and span in the record. */
type Part = { text: string; span: [number, number] };

/** A clause that keeps the promise as it was: …的目标不变, 任务不变, 期限不变. */
const UNCHANGED = /(?:目标|任务|期限|时限|计划)(?:仍然?|依然)?不变/u;

/**
 * The deadline of a clause a pair rests on: its own (力争到2021年底全面解决…: 2021年底; 两年内基本缓解…: 两年内), else one opening
 * its sentence alone (到2025年底，…; 年内，…), which governs the clauses after it; else null — never a sibling clause's
 * (今年底前…将达到95%，确保2021年底前全面解决…: 2021年底前 is the second clause's, 今年底前 the first's).
 */
function partDeadline(m: MeasureRef, part: Part): Dated | null {
  const at = (text: string, base: number): Dated | null => {
    const hit = findDeadline(text);
    const span = hit ?? (() => { const w = SPAN_OF_YEARS.exec(text); return w ? { text: w[0], index: w.index } : null; })();
    return span ? { text: span.text, span: [base + span.index, base + span.index + span.text.length] } : null;
  };
  const own = at(part.text, part.span[0]);
  if (own) return own;
  let start = part.span[0] - m.span[0];
  while (start > 0 && !SENTENCE_END.test(m.text[start - 1])) start--;
  const first = m.text.slice(start).split(CLAUSE_END)[0];
  if (start + first.length >= part.span[0] - m.span[0]) return null;
  const lead = at(first, m.span[0] + start);
  return lead && first.replace(/^(?:到|至|在|于|力争|争取|确保)/u, '').length <= lead.text.length + 1 ? lead : null;
}

/** A span of years counted from the session, as a deadline: 两年内, 三年内, 3年内 (not 近三年内, a period past). */
const SPAN_OF_YEARS = /(?<![近前过去\d])(?:[2-9２-９]|[两三四五六七八九])年内/u;

/**
 * The changed deadline of two clauses a pair rests on: theirs, or a new date after a miss in the later wording (未能按期…，计划
 * 今年9月底前…). A year named alone (分类运输车辆今年新增36辆) is the period of a yearly figure, no deadline to move.
 */
function partsChange(ma: MeasureRef, pa: Part, mb: MeasureRef, pb: Part, dates: Dates): Restatement['deadline'] {
  const [da, db] = [partDeadline(ma, pa), partDeadline(mb, pb)];
  const bare = (d: Dated | null) => !!d && BARE_YEAR.test(d.text);
  const own = bare(da) || bare(db) ? null : changed(da, db, dates);
  if (own) return own;
  const moved = postponed(mb);
  return moved && !bare(da) ? changed(da ?? deadline(ma), moved, dates) : null;
}

/**
 * What changed between two wordings of one promise, or null when neither the target nor the deadline did. `parts`: the
 * clauses of A and B the pair rests on, when it rests on clauses: the deadline is then theirs, and one that says the target
 * stands (…的目标不变) changes nothing.
 */
export function restatement(a: InquiryRecord, ma: MeasureRef, b: InquiryRecord, mb: MeasureRef, parts?: { a: Part; b: Part }): Restatement | null {
  if (parts && (UNCHANGED.test(parts.a.text) || UNCHANGED.test(parts.b.text))) return null;
  const [fa, fb] = [figures(a, ma), figures(b, mb)];
  const dates = { a: a.session.date, b: b.session.date };
  const deadlineChanged = parts ? partsChange(ma, parts.a, mb, parts.b, dates) : deadlineChange(ma, fa, mb, fb, dates);
  let value: Restatement['value'] = null;
  for (const [unit, qa] of fa) {
    const qb = fb.get(unit);
    // The number, not its writing: 百分之六十 and 60%, 12000个 and 1.2万个, 90% and 90%以上 are one target.
    if (!qb || qa.value === null || qb.value === null || qa.value === qb.value) continue;
    // A status (今年已争取资金12.8亿元) is no target; two figures of two indicators (运营率 / 托管率) are no target changed.
    if (stated(ma, qa) || stated(mb, qb) || !sameIndicator(qa, qb)) continue;
    value = { a: { text: qa.text, span: qa.span }, b: { text: qb.text, span: qb.span } };
    break;
  }
  return deadlineChanged || value ? { value, deadline: deadlineChanged } : null;
}
