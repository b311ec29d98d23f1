/**
 * Figures: quantities whose indicators match across the sessions, and how they moved — the pairing of both sessions' figures
 * (figure-reading.ts reads them, figure-score.ts scores a pair, figure-progress.ts and figure-change.ts say what it shows).
 *
 * Example: A "矛盾纠纷化解率97.78%" and B "矛盾纠纷化解率98.60%" → "+0.82 个百分点"; A "计划改造120公里" and B "已完成改造96公里"
 * → progress, not a change of one indicator — only between sessions of one place's body (桐川市's target is nothing 沅平市
 * completes: two cities' figures stand side by side), and not when the target is dated after the report (已建成280个 in 2024,
 * 力争达到300个 in 2025: the baseline of a later target). Each figure pairs at most once, best match first, then nearest in
 * reading order — but for a figure set against the other session's target, which may also pair with the state that session
 * gave beside it (A 护理型床位占比为48%, 确保达到55%以上; B 56.2%: the target met, and +8.2 个百分点). A target the later
 * session's member asks back (设立比例达到70%了吗？) is the target quoted, no result; a further step (再新增…1万个) beside the
 * other's target is neither its new value nor its result.
 */
import type { InquiryRecord } from '../model/record.js';
import type { FigurePair, FigureRef, FiguresSection } from './types.js';
import { alignGreedy, type Candidate } from './align.js';
import { twoBodies } from './place.js';
import { sessionOrder } from './order.js';
import { figures, related, unlabeledCount, type Figure } from './figure-reading.js';
import { matchScore } from './figure-score.js';
import { figurePair, mixed, type Judgement } from './figure-progress.js';


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

function ref(f: Figure): FigureRef {
  const { purpose: _purpose, key: _key, period: _period, deadline: _deadline, ofNew: _ofNew, region: _region, named: _named, superseded: _superseded, late: _late, partOf: _partOf,
    targetYear: _targetYear, asked: _asked, further: _further, rate: _rate, due: _due, ...rest } = f;
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

/**
 * The target of the pair (one side's) has a deadline (到2025年底, or 明年底 said in 2024: figure-reading.ts) and the other side's
 * session is held before that month is out (2025-09): the target is not yet due, so falling short of it is progress, no
 * failure. False when either date is unknown.
 */
function beforeDeadline(fa: Figure, fb: Figure, a: InquiryRecord, b: InquiryRecord): boolean {
  const [target, otherDate] = fa.stance === 'target' ? [fa, b.session.date] : [fb, a.session.date];
  return !!target.due && !!otherDate && otherDate.slice(0, 7) <= target.due;
}
