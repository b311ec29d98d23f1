/**
 * The comparison of two inquiry records: what `compare(a, b)` returns and every
 * compare formatter prints.
 *
 * Example: the figure "矛盾纠纷化解率97.78%" of A and "矛盾纠纷化解率98.60%" of B give one
 * `FigurePair` whose change reads "+0.82 个百分点". Every item points back to both
 * sources: spans are [start, end), 0-based, end-exclusive UTF-16 offsets into the
 * decoded text of the side named (`a` or `b`). The shape is symmetric: swapping
 * every `a` and `b` (see mirror.ts) gives compare(b, a).
 */
import type { Span } from '../model/span.js';
import type { Mention, QuantityKind } from '../model/record.js';

export const COMPARISON_VERSION = 'inquiry-comparison/1' as const;

/** One value per session. */
export interface Sides<T> { a: T; b: T }

export interface SourceRef {
  name: string | null;
  sha256: string;
}

export interface SessionsSection {
  /** `chair`: the chair's name with the first title ("孟庆林（市人大常委会副主任）"), or null. */
  fields: Record<'title' | 'body' | 'meeting' | 'format' | 'topic' | 'date' | 'chair', Sides<string | null>>;
  counts: Record<'questions' | 'askers' | 'responders' | 'measures' | 'quantities', Sides<number>>;
}

/** An organization as matched across the sessions (names folded by `orgKey`). */
export interface OrganizationRow {
  /** The folded name both sides were matched on. */
  key: string;
  /** The name as written on each side (first spelling seen), null on the side it is missing from. */
  name: Sides<string | null>;
  /** Indexes (1-based) of the questions put to or answered by the organization. */
  questions: Sides<number[]>;
  /**
   * Present when a session says the two names are one office: renamed ("区数据资源和政务服务局（原区行政审批局）") or
   * its duties moved to the other ("职责已由市住房和城乡建设局划转至我局"); the evidence on the side that says so.
   */
  link?: OfficeLinkRef;
}

/** Two names of one office, as a session states it (see office-links.ts). */
export interface OfficeLinkRef {
  how: 'renamed' | 'duties';
  /** The former office (区行政审批局) and the present one (区数据资源和政务服务局), as the stating session writes them. */
  old: string;
  now: string;
  evidence: Sides<Mention | null>;
}

export interface OrganizationsSection {
  both: OrganizationRow[];
  onlyA: OrganizationRow[];
  onlyB: OrganizationRow[];
}

export interface PersonSide {
  id: string;
  titles: string[];
  roles: ('asker' | 'responder')[];
}

export interface PersonRow {
  name: string;
  /** The office; of two spellings matched across the sessions (县卫健局 / 县卫生健康局), the fuller. */
  organization: string | null;
  person: Sides<PersonSide | null>;
  /**
   * Both sides present and their title sets differ (after folding), the office taken off the front of
   * each title: 县卫健局局长 / 县卫生健康局局长 is one post (局长), 县政府副县长 / 副县长 too.
   */
  titleChanged: boolean;
  /**
   * Both sides present at two different offices: one official of one place's body moved between the sessions
   * (市应急管理局局长 → 市水务局局长); `organization` is then null and the titles say where. See people.ts.
   */
  officeChanged: boolean;
  /** Both sides present at two names of one office, as a session states (renamed, duties moved): no move, one office. */
  officeLink?: OfficeLinkRef;
}

/**
 * The next holder of a head post: A's 市水利局局长彭国华 and B's 市水利局局长唐建军, each the only holder of the post on
 * its side and neither in both sessions. A deputy's post (副局长: an office has several) is no succession.
 */
export interface SuccessorRow {
  /** The office (fuller spelling, or the present name of a linked office) and the post without it (局长). */
  organization: string;
  post: string;
  /**
   * The office as each side held it, when a session links the two under another name (市水务局 / 市水利局, renamed): A's
   * holder held A's post (市水务局局长), not the present one. Absent when both name one office.
   */
  offices?: Sides<string>;
  /** The holder in each session. */
  name: Sides<string>;
  person: Sides<PersonSide>;
}

/**
 * The chair of both sessions, when the same person presides twice (same name; offices alike or
 * one not given). The chair is no person of the record (session.chair), so not in `both`; a
 * change of title ("市人大常委会副主任" → "市人大常委会主任") still counts as one.
 */
export interface ChairRow {
  name: string;
  organization: string | null;
  titles: Sides<string[]>;
  /** The titles differ, the office taken off their front (see PersonRow.titleChanged). */
  titleChanged: boolean;
}

export interface PeopleSection {
  both: PersonRow[];
  onlyA: PersonRow[];
  onlyB: PersonRow[];
  /** The chair when the same person chairs both sessions, else null (also when either session names no chair). */
  chair: ChairRow | null;
  /** Head posts held by one person in A and another in B (see SuccessorRow); the holders stay in onlyA/onlyB too. */
  successors: SuccessorRow[];
}

/** A term shared by two texts and its part of their cosine similarity (the parts sum to the score). */
export interface SharedTerm {
  /** The term as both texts write it, or (promises) the stem both reduce to when they write it differently. */
  term: string;
  weight: number;
  /** Promises: the forms as each side writes them, when they differ (城关镇 / 城关, 专业化 / 专业). */
  forms?: Sides<string>;
}

export interface QuestionRef {
  index: number;
  label: string | null;
  text: string;
  span: Span;
  /** A follow-up (追问) of another question: that question's index and label, so that one without a label of its own is shown "问题三·追问"; else null. */
  followUpOf: { index: number; label: string | null } | null;
}

export interface TopicPair {
  a: QuestionRef;
  b: QuestionRef;
  /** TF-IDF cosine of question + answers, 0…1. */
  score: number;
  terms: SharedTerm[];
}

export interface TopicsSection {
  pairs: TopicPair[];
  onlyA: QuestionRef[];
  onlyB: QuestionRef[];
}

export interface MeasureRef {
  /** Index of the question the measure answers; null for a pledge of a government head's 表态 in the closing (closing.ts). */
  question: number | null;
  /**
   * Position in the question: answer, measure, inner item, 1-based ("1.2" = second measure of the first list, "1.2.3" = its
   * third item); a promise said in prose in an answer with no list (prose-promises.ts) is "p1", "p2" … in the question.
   */
  path: string;
  marker: string | null;
  text: string;
  span: Span;
  /** Name of the responder who gave it, or null. */
  responder: string | null;
}

export interface PromisePair {
  a: MeasureRef;
  b: MeasureRef;
  /**
   * "repeated": the same words (punctuation and width folded); "same-headline": the same first
   * sentence, elaborated differently; "shared-clause": one clause of each is nearly the same
   * (see `clause`); "similar": TF-IDF cosine of the texts or headlines above the threshold.
   */
  kind: 'repeated' | 'same-headline' | 'shared-clause' | 'similar';
  /** 1 for "repeated" and "same-headline"; else the best TF-IDF cosine of the whole texts, headlines or clauses. */
  score: number;
  terms: SharedTerm[];
  /** For "shared-clause": the two clauses, with spans into their own sessions; else null. */
  clause: Sides<{ text: string; span: Span }> | null;
  /**
   * When the texts the pair rests on both name places and none in common (城东片区 / 河西片区):
   * the place names of each side (stems: 城东, 河西); such a pair is a promise for another place,
   * at most "similar", and is matched only after the pairs without. Else null.
   */
  places: Sides<string[]> | null;
  /**
   * Present when the two wordings state a different target value or deadline (95% → 96%; 2024年底前 → 2026年6月底前):
   * the promise restated, with what changed (see restated.ts). Each side's text and span into its own session.
   */
  restated?: Restatement;
}

/** What changed between two wordings of a promise; null for what did not (or is stated on one side only). */
export interface Restatement {
  value: Sides<{ text: string; span: Span }> | null;
  /** `resolved`: the month each deadline means in its session ("2022-12" / "2024-12"), when both can be told (deadline.ts). */
  deadline: (Sides<{ text: string; span: Span }> & { resolved?: Sides<string> }) | null;
}

/**
 * A measure and another that stops, suspends or withdraws it (新增移动排涝泵车12台 / 不再新增移动排涝泵车):
 * their words are alike but the promise is reversed. `halt` is the halt word on the side that says it,
 * with its span into that side's session, and the clause it heads (不再新增移动排涝泵车).
 */
export interface ReversedPair extends PromisePair {
  halt: { side: 'a' | 'b'; text: string; span: Span; clause: { text: string; span: Span } };
}

/**
 * A promise of one session that the other, later one reports carried out (A "年底前完成城东、城西两个片区管网改造" /
 * B "…两个片区管网改造已全部完工"): in neither the new nor the dropped list, and no reversal.
 */
export interface DonePromise {
  /** The side whose promise it is: the earlier session (either side when the sessions are not both dated). */
  side: 'a' | 'b';
  promise: MeasureRef;
  /** The other side's report: the sentence part, its span into that side's session, and the question whose answer holds it. */
  report: { question: number; text: string; span: Span };
  /** The clause of the report the promise was found in, when it is not the whole part; else null. */
  clause: { text: string; span: Span } | null;
  /** TF-IDF cosine of the promise and the report (or its clause). */
  score: number;
  terms: SharedTerm[];
  /**
   * What the report says of the promise: 'done' (已完成, 已于…落地, 建成投用), 'in-progress' (正在推进的是X, 推进中: never
   * done), 'unmet' (尚未完成的是X, 没有达到…的目标).
   */
  status: 'done' | 'in-progress' | 'unmet' | 'partly-done' | 'postponed' | 'cancelled' | 'changed';
  /**
   * How far, when the report says more than done: the share done (0.67 of 8000亩 / 1.2万亩, 0.6 of 约六成; null when
   * not stated), the new time of a postponement (2026年), the target before and after a change (5000万元以上 →
   * 3000万元以上).
   */
  progress?: {
    share?: number | null; until?: string; from?: { text: string; span: Span } | null; to?: { text: string; span: Span } | null;
    /** Partly done: the deadline the report gives the rest (剩余4000亩将于明年6月底前完成) against the promise's (slip.ts). */
    deadline?: RestDeadline;
    /**
     * Partly done or postponed, and what was left reported done since ("剩余18部已调整为今年6月底前完成，目前已全部完工"): the
     * promise is done (status 'done'), past its date.
     */
    late?: true;
    /** Changed: what stands against the new target, when the report says (目标已调整为27所，目前已开设25所: 25所). */
    now?: { text: string; span: Span };
    /** Done ahead of the plan, as the report says (比原计划提前两个月, 提前一个月完成). */
    early?: true;
  };
}

/**
 * The deadline of a partly-done promise's rest: `from` the promise's own (年内; null when it names none), `to` the
 * report's for what is left (明年6月底前), each with its span into its own session; `resolved` the months they mean
 * in their sessions ("2024-12" / "2026-06"), when both can be told (deadline.ts).
 */
export interface RestDeadline {
  from: { text: string; span: Span } | null;
  to: { text: string; span: Span };
  resolved?: { from: string; to: string };
}

export interface PromisesSection {
  pairs: PromisePair[];
  /** Measures of B that reverse one of A, or of A reversed in B (a halt word on one side only); in neither list below. */
  reversed: ReversedPair[];
  /** Promises of one side whose state the other reports (done, in progress or unmet: `status`); in neither list below. */
  done: DonePromise[];
  /** Measures of A not seen again in B. */
  onlyA: MeasureRef[];
  /** Measures new in B. */
  onlyB: MeasureRef[];
}

export interface FigureRef {
  text: string;
  value: number | null;
  unit: string | null;
  kind: QuantityKind;
  /** The quantity's indicator; a rate of change has its kind after it: 同比下降2.6% → "PM2.5平均浓度同比降幅". */
  indicator: string;
  /** Index of the question it was read from, or null for the introduction and the closing (see `part`). */
  question: number | null;
  /** The part of the session it was read from: the introduction, a question, or the closing (session.closing). */
  part: 'introduction' | 'question' | 'closing';
  span: Span;
  /**
   * "target" when the figure is promised (inside a measure, or after 计划/力争/确保/将 in its clause), "done"
   * when reported as reached (after 已/累计/截至 …), "cited" when last session's figure is quoted back (去年提出…达到95%:
   * it pairs with nothing), "base" for the whole or earlier level another figure is set against (在全市312个村…, 由原来的
   * 45个工作日压缩至…: it pairs only with a base), else null (a state: 普及率为88%). See figure-context.ts.
   */
  stance: 'target' | 'done' | 'cited' | 'base' | null;
  /**
   * "increment" after 新增/增加/新建/新排查/再…, "level" after 达到/建成/累计/共有/共排查 and a verb with 到/至
   * (增加到, 压缩至), "per-unit" after 每人/一次性/人均, else null:
   * an increment is never set against a level, an amount per head only against another.
   */
  flow: 'increment' | 'level' | 'per-unit' | null;
  /**
   * True for a limit not to be passed (降到/压缩至/控制在/不超过 before the figure, 以内/以下 after it: 压缩至20个工作日,
   * 控制在5.5%以内): a target met at or below it. Absent otherwise.
   */
  ceiling?: true;
  /**
   * True for what was left of a whole (完成剩余68处, 其余…): a target that is a part of a total, so the other session's count
   * of the whole done (216处已全部完成) meets it, but is no percent of it. Absent otherwise.
   */
  remainder?: true;
  /**
   * A target given for each of several places (在5个区县各建设1个以上: count 5, over 区县): the whole target is the value times
   * the count, what the other session's total meets (distributive.ts). Absent otherwise.
   */
  each?: { count: number; over: string };
}

export interface FigureChange {
  /** b − a in plain units of the figures (percentage points for percents; 7e7 for 5.6亿元 → 6.3亿元), rounded to the figures' decimals. */
  difference: number;
  /** "个百分点" for percents, else the unit (or ""). */
  unit: string;
  /** (b − a) / a × 100, one decimal; null for percents, or when a is 0. */
  percent: number | null;
  /** "+0.82 个百分点", "+180 件 (+15%)", "+0.7 亿元 (+12.5%)" (the figures' own multiplier kept), "无变化". */
  text: string;
}

export interface FigurePair {
  indicator: string;
  a: FigureRef;
  b: FigureRef;
  /** Null when either value cannot be read, or when one side is a target and the other not (see `progress`). */
  change: FigureChange | null;
  /**
   * A target on one side set against a figure reported on the other (A 计划改造120公里, B 已完成96公里): no change
   * of one indicator but a promise and what stands — only between sessions of one place's body, the target not
   * dated after the report (otherwise null, and the figures compared as they stand). `percent` is the other side's figure as a percent of the
   * target (80 for 96 of 120), or null when a value cannot be read; else the field is null.
   */
  progress: FigureProgress | null;
}

export interface FigureProgress {
  /** The side whose figure is the target. */
  target: 'a' | 'b';
  /** The other figure as a percent of the target; null for percents and for a ceiling target (see `met`). */
  percent: number | null;
  /**
   * Whether the target is reached: for a ceiling (压缩至20个工作日, 控制在5.5%以内) the other figure is at or below it,
   * for a floor (达到95%, 不低于5%, 改造120公里) at or above it; absent when the two values do not compare (a percent and a count).
   */
  met?: boolean;
  /**
   * True when the target is not met but its deadline (到2025年底) has not passed at the other side's session date (2025-09):
   * progress under way, shown 进行中, not 未达标. Absent otherwise (met, past the deadline, or no dated deadline).
   */
  pending?: true;
  /**
   * True when the other figure reads part of the target's own year (今年1至10月 against a target for this year): an interim
   * reading, shown 进行中, with no `met`. Absent otherwise.
   */
  interim?: true;
  /** True when the target is met and the report says the work came late (推迟到今年6月建成): shown 已达标, 推迟完成. Absent otherwise. */
  late?: true;
  /** "目标 120公里, 实际 96公里 (80%, 未达标)"; "目标 95%, 现状 93.5% (未达标)"; "目标 20个工作日, 现状 15个工作日 (已达标)" for a ceiling. */
  text: string;
}

export interface FiguresSection {
  pairs: FigurePair[];
  onlyA: FigureRef[];
  onlyB: FigureRef[];
  /** Quantities without an indicator, which cannot be matched. */
  unlabeled: Sides<number>;
  /** The sessions are of two places' bodies (桐川市 / 沅平市): the figures differ between places, none is progress. */
  twoBodies: boolean;
}

/** A speaker of a session's closing (session.closing.statements), their stretches together, as compare shows them. */
export interface ClosingSpeakerRef {
  name: string | null;
  titles: string[];
  organization: string | null;
  role: 'chair' | 'government' | 'other';
  /** Each stretch the speaker has there, in reading order, with its span into its own session. */
  statements: { text: string; span: Span }[];
  /** The first stretch's span. */
  span: Span;
}

/**
 * The same speaker in both closings: "same-person" by name, "same-office" when the names differ (or one is not given)
 * but the role and the post are the same — the vice-mayor's 表态 of one year and of the next by another 副市长.
 */
export interface ClosingPair {
  a: ClosingSpeakerRef;
  b: ClosingSpeakerRef;
  match: 'same-person' | 'same-office';
}

/** The closings' speakers side by side; their pledges are compared with the answers' promises (PromisesSection). */
export interface ClosingSection {
  pairs: ClosingPair[];
  onlyA: ClosingSpeakerRef[];
  onlyB: ClosingSpeakerRef[];
}

export interface TermScore {
  term: string;
  /** z-score of the weighted log-odds ratio, positive for the side it is listed under. */
  z: number;
  /** The log-odds ratio itself, same sign convention. */
  delta: number;
  /** z ≥ 1.96: unlikely to be chance at the 5% level (two-sided). */
  significant: boolean;
  count: Sides<number>;
}

export interface TermsSection {
  /** Terms characteristic of A (z > 0 for A), best first; likewise B. */
  a: TermScore[];
  b: TermScore[];
  /** Tokens counted on each side. */
  totals: Sides<number>;
}

/**
 * What the two sessions are to each other: `follow-up` (one body, one topic: B follows A up), `two-bodies` (two places'
 * or bodies' sessions, 柳州市 / 桂林市: promises only alike, never restated, met or dropped) or `two-topics` (one body
 * on two subjects that share no term, 居家社区养老 / 全民健身: likewise). `bodies`: each body without its term
 * (柳州市人大常委会), else its place; `topics`: the subject terms of each session's topic and title.
 */
export interface Framing {
  kind: 'follow-up' | 'two-bodies' | 'two-topics';
  bodies: Sides<string | null>;
  topics: Sides<string[]>;
}

export interface Comparison {
  kind: typeof COMPARISON_VERSION;
  source: Sides<SourceRef>;
  /** Whether B is a follow-up of A at all (see Framing); the promises and closings are read accordingly. */
  framing: Framing;
  sessions: SessionsSection;
  organizations: OrganizationsSection;
  people: PeopleSection;
  topics: TopicsSection;
  promises: PromisesSection;
  /** Who speaks in each closing (the chair, a government head's 表态), paired by person or office; empty for records saved before. */
  closing: ClosingSection;
  figures: FiguresSection;
  terms: TermsSection;
}
