/**
 * Where a figure stands in its session, for comparing it: a target promised or a state reported,
 * and what a fund is for.
 *
 * Example: "一是今年底前完成城关、石桥两镇老旧管网改造,改造管网120公里" — 120公里 sits inside a measure:
 * a target; "已完成改造管网96公里" in the narrative before the measures: done; "全县农村自来水普及率为88%":
 * a state (null). "今年安排资金300万元用于管网维修" → purpose 管网维修. A deadline governs its clause
 * ("年内完成移交管网150公里": target), and 将 or a deadline opening the sentence governs the clauses after it
 * ("我们将推行一体化运维，年内…", "到2025年底，移交管网150公里"). "新增老年助餐点60个" is an increment,
 * "全市老年助餐点达到300个" a level (flow): one is no measure of the other. A verb of change with 到/至 names the
 * level reached ("护理员增加到265人", "用时压缩至0.8个工作日"), only a bare 增加/新增 an increment; 新 before a verb
 * ("今年新排查问题35个") counts what is new, 共 before it ("全县共排查问题214个") the total. A rate of change
 * ("…38微克/立方米，同比下降2.6%") is its own indicator (rate: 同比降幅), no second value of the level. Read from the record alone
 * (measure spans, the turn holding the figure), so the record needs no field for it. Offsets are
 * UTF-16 code units into the session's text, end-exclusive.
 */
import type { InquiryRecord, Measure, Question } from '../model/record.js';
import type { Span } from '../model/span.js';
import { verbDirection } from '../model/change-verbs.js';
import { commitments } from './prose-promises.js';
import { BY_YEAR, FORESEE, FURTHER, NEXT_STEP, PLAN_NOW, RESOLVE, WILL, WITHIN_YEAR, YEAR_END } from './intention-words.js';
import { GOAL, NOT, REACH } from './status-words.js';

/**
 * 'cited': last session's figure said again (去年提出…达到95%, 没有达到去年提出的30%) — no figure of this session;
 * 'base': the whole or the earlier level another figure is set against (在全市312个村建设…, 由原来的45个工作日压缩至…).
 */
export type Stance = 'target' | 'done' | 'cited' | 'base';

export interface FigureContext {
  /**
   * 'cited' after a past session's promise (去年提出, 上次承诺的, 前年定的); 'base' after 由/从 (原来的) or 在 (全市) opening
   * the figure's clause; else 'target' inside a measure or after a word of intention; 'done' after a word of completion; else null.
   */
  stance: Stance | null;
  /** What a fund is for, written after it (用于管网维修 → 管网维修), or null. */
  purpose: string | null;
  /** 'increment' after 新增/增加/新建/再…, 'level' after 达到/建成/累计/共有, 'per-unit' after 每人/一次性/人均…; else null. */
  flow: Flow | null;
  /** A year-on-year or period-on-period rate of change written before the figure: 同比下降2.6% → "同比降幅"; else null. */
  rate: Rate | null;
  /** A difference from another figure (比原计划多1800个, 较去年同期多完成40个), not a rate of change: no level of its own. */
  difference: boolean;
  /** A limit not to be passed: 降到/压缩至/控制在/不超过… right before the figure, or 以内/以下 right after it. */
  ceiling: boolean;
  /** The words of the figure's clause before it ("配套率达到" of "…配套，配套率达到95%"). */
  lead: string;
  /** The clause before the figure's in its sentence, without its punctuation ("一是推进规模养殖场粪污处理设施装备配套"); '' at a sentence's head. */
  previous: string;
  /**
   * The deadline written before the figure in its sentence: dated (2024年底前 → "2024年底", 2026年6月底前 → "2026年6月底"), or a
   * span of years counted from the session (三年内把…提高到85%以上 → "三年内", see deadline.ts); else null.
   */
  deadline: string | null;
  /** The earlier clauses of the figure's sentence, before `lead` ("今年1至10月，" of "今年1至10月，PM2.5平均浓度为41微克"). */
  opening: string;
  /** The rest of the figure's sentence after it ("，没有达到六成的目标，…" of "应用率为57%，没有达到六成的目标，…。"). */
  following: string;
}

/** A dated deadline: 2024年底前, 2026年6月底前, 到2025年底 (a year with 前 or after 到/至, not 截至). */
const DEADLINE = /(?:(?<!截止?)[到至](20\d\d年(?:\d{1,2}月)?(?:底|末)?)|(20\d\d年(?:\d{1,2}月)?(?:底|末)?)前)/gu;

/** A span of years from the session: 三年内, 两年内, 3年内 (not 近三年内, a period past, nor 年内 alone: this year's). */
const YEARS_WITHIN = /(?<![近前过去])(?:[2-9２-９]|[两三四五六七八九])年内/u;

function deadlineIn(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(DEADLINE)) last = m[1] ?? m[2];
  return last ?? YEARS_WITHIN.exec(text)?.[0] ?? null;
}

export type Rate = '同比增幅' | '同比降幅' | '环比增幅' | '环比降幅';

export type Flow = 'increment' | 'level' | 'per-unit';

/** Where a clause ends: sentence and clause punctuation, line breaks (full or half width). */
const CLAUSE_END = /[,，。;；:：!！?？\n]/u;
/** Where a sentence ends: what 将 or a deadline at its head governs reaches this far. */
const SENTENCE_END = /[。;；!！?？\n]/u;
/**
 * Words of intention before a figure in its clause: what is to be reached (计划改造120公里, 力争达到90%, 明年扩大到60个村, 年内完成150公里).
 * 到/至 a year is a deadline, but 截至/截止到 a year is the date of a report (截至2023年底，…普及率为88.6%: a state), and so is
 * a year-end already past (去年底前已新开…34条: what was done by then). 原计划 is the plan quoted, no intention of now; 再 before a
 * verb of building (今年全市再新增公共停车泊位1万个) is a further step to come, a new target — not after 已/又 (已再新增: done).
 * The lexicon is intention-words.ts's; before a figure it also reads 承诺, 目标 (a target named), 明年, 后年, 未来 (a year ahead).
 */
const INTENTION = new RegExp(`(?:${PLAN_NOW}|${FURTHER}|承诺|${RESOLVE}|${FORESEE}|目标|${WILL}|明年|后年|${NEXT_STEP}|未来|${YEAR_END}|${WITHIN_YEAR}|${BY_YEAR})`, 'u');
/**
 * The running year's outcome estimated (全年再生资源回收量预计增长65%左右, 今年预计完成…): what the year comes to, a state
 * reported, no promise — 预计 alone, with no other word of intention in the clause.
 */
const YEAR_ESTIMATE = /^(?:今年|全年|今年全年)[^,，。;；:：]*预计/u;
/**
 * Words that govern the clauses after them in their sentence: 将 (我们将推行…，年内…), a deadline (到2025年底，…; 年内，…), a plan,
 * 力争 (intention-words.ts) — of the resolves only 力争: 确保/争取 at a sentence's head bind their own clause (确保…，已完成…).
 */
const GOVERNS = new RegExp(`(?:${WILL}|${WITHIN_YEAR}|${YEAR_END}|${BY_YEAR}|${PLAN_NOW}|力争)`, 'u');
/** Weaker words of completion, read after what governs the sentence (将…，完成… is still a target): 去年全市完成改造104公里. */
const DONE_WEAK = /(?:完成(?!率)|去年|上年)/u;
/**
 * The years named before the figure's clause in its sentence (周文彬：去年286个小区全部开工，…): the last one is the year its
 * year-end words mean — not a year a comparison names (较去年同期, 比上年).
 */
const YEAR_NAMED = /(?<![比较])(?:去年|上年|前年|上一年|今年|本年|明年|后年)(?!同期)/gu;
const PAST_YEAR = /^(?:去年|上年|前年|上一年)$/u;
/** This year's end or within it (年底前, 年内): intention-words.ts. */
const YEAR_END_WORDS = new RegExp(`${YEAR_END}|${WITHIN_YEAR}`, 'gu');
/** A year of now or ahead named in the lead (今年年底前, 明年): its own year, whatever opens the sentence. */
const THIS_YEAR = /今年|本年|明年|后年/u;

/**
 * The lead's only word of intention is a year-end (年底前, 年内) and the last year named before it in the sentence is past:
 * that year's end, a report ("去年286个小区全部开工，年底前完成改造212个": done by then) — not "去年…，今年将…" (将 intends), nor 今年年底前
 * (this year's), nor a year-end after a year of now (今年开工…，年底前…) or none ("年底前完成改造200个": a target).
 */
function pastYearEnd(before: string, lead: string): boolean {
  const last = [...before.matchAll(YEAR_NAMED)].pop();
  return !!last && PAST_YEAR.test(last[0]) && !THIS_YEAR.test(lead) && !INTENTION.test(lead.replace(YEAR_END_WORDS, ''));
}

/** A report's date opening the sentence governs it (截至8月底，全市建成…210个): done. */
const REPORTED = /(?:截至|截止)/u;
/** An amount per head or per item before a figure in its clause: 每人补贴3000元, 给予一次性补贴, 人均, 户均. */
const PER_UNIT = /(?:每[人户名家个张床位项次]|人均|户均|一次性|标准为|标准提高到)/u;
/**
 * A verb of change with 到/至 before a figure: the level reached, not the step (增加到68个, 提高到100%, 压缩至0.8个工作日,
 * 降至33微克). Read before INCREMENT: 增加到 holds 增加.
 */
const LEVEL_REACHED = /(?:增加|增长|提高|提升|扩大|扩展|上升|减少|下降|降低|压缩|缩短|缩减|缩小|控制)[到至]|[增升降减]至/u;
/**
 * An increment before a figure in its clause: 新增60个, 增加, 增设, 新建, 新改造, 再整治20处; 新 before a verb of
 * counting what came in (新排查问题35个, 新受理, 新引进): what is new this period, not the stock.
 */
const INCREMENT = /(?:新增|增加|增设|新建|新开|新改|新招|新培|新配|新购|新添|新(?:排查|发现|受理|认定|登记|注册|引进|签约|立案|办理|查处|聘用|安装|铺设)|再(?=[建增改整治新投培招配购添设开完实推]))/u;
/**
 * A level before a figure in its clause: 达到300个, 已建成210个, 累计, 全市共有, 总数; 共 before a verb is a total
 * (全县共排查问题214个), not 共 of 公共, 共同, 共享, 共治, 共建 (共建共享), 中共, 共青团.
 */
const LEVEL = /(?:达到|建成|累计|共有|总数|总量|总计|保有|现有|(?<![公中])共(?![同享治建识商赢产青]))/u;
/** A rate of change ending the words before the figure: 同比下降2.6%, 环比增长, 较上年同期减少; its base and direction. */
const RATE = /(同比|环比|[比较](?:上年|去年|前年|上一年)(?:同期)?)(增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑)了?$/u;
/**
 * A difference from another figure ending the words before it, not read as a rate of change (RATE): 比原计划多1800个,
 * 较去年同期多完成40个, 比原计划提前两个月, 较2020年增加120个 — how far one figure lies from another, no level of its own.
 */
const DIFFERENCE = /(?<![比较])[比较](?![例重率])[^，,。；;：:]{1,12}?(?:多|少|增加|减少|提高|降低|增长|下降|上升|提升|扩大|缩小|提前|推迟|延后)(?:完成|建成|改造|新增|开放)?了?$/u;
/** Today's level right before the figure (我们将把响应时间由目前的40分钟缩短到…): a state, whatever the clause intends. */
const PRESENT = /(?:目前|现在|当前)的?$/u;
/** Words of completion before a figure in its clause: what was reached (已完成96公里, 累计建成, 截至目前). */
const COMPLETION = /(?:已|已经|累计|截至|截止|共完成|完成了|建成了|实现了|达到了|先后|目前|现有)/u;
/**
 * A past session's promise before the figure in its clause: the figure is quoted back (去年提出…参保率达到百分之九十五,
 * 去年局里提出力争…, 前年提出城镇新增就业2.2万人的目标, 去年承诺的二百个, 去年说到…累计完成120个, 去年说全程网办率要提高到七成, 没有达到去年提出的30%),
 * no figure of this session; so is the plan named as the old one in the figure's clause (原计划30所, 原计划改造46条, 原定60个的
 * 目标; not 比原计划多, a difference). Not
 * 去年全区完成…216个 (a report of last year: no verb of promising).
 */
const CITED = /(?:去年|前年|上年|上一年|上次|上回|上届|当时|此前|曾经?)[^，,。；;：:！？?\n]{0,6}?(?:提出|承诺|确定|定下|定的|部署|要求|表态|表示|明确|说(?:[过的到]|(?![明服])))|(?<![比较])(?:原计划|原定|原来(?:计划|确定)的?)[^，,。；;：:！？?\n]{0,16}$/u;
/**
 * A target named in a verdict on another figure: after a verb of reaching denied (没有达到120公里的目标, 未实现…的任务) or a gap
 * to it (距离75%的目标还有差距, 离七成的目标), the figure is the target quoted, never this session's state — the state is the figure
 * the verdict judges (去年完成…103公里，没有达到120公里的目标: 103 against 120). Both words must be there: the lead's denial or
 * 距离, and 的目标 right after the figure (status-words.ts).
 */
const TARGET_DENIED = new RegExp(`(?:${NOT}${REACH}|(?:距离?|离)[^，,。；;：:]{0,12})$`, 'u');
const TARGET_AFTER = new RegExp(`^(?:以上|以下|以内)?的?${GOAL}`, 'u');

/** A clause naming the past session as a time (去年询问时, 上次专题询问中, 去年会议上). */
const PAST_SESSION = /(?:去年|前年|上年|上次|上回|上一次|上届)[^，,。；;：:！？?\n]{0,8}?(?:询问|会议|审议|座谈)(?:时|中|上|期间)?[，,]$/u;
/** A verb of promising, opening what is quoted (承诺2024年底前新建…12处、将…减少到1万人以下). */
const PROMISED = /(?:提出|承诺|确定|定下|部署|表态|表示)/u;

/**
 * The figure's clause holds a verb of promising and the clause before it names the past session: every figure of what
 * is quoted — a list joined by 、, within the clause — is the past session's ("去年询问时，市水利局承诺…12处、将…减少到1万人以下").
 * Not a figure of a later clause ("去年询问时，你们提出…95%，今年全县达到95.6%"), nor a clause after a plain 去年 (去年，全市完成…).
 */
function quotedAfterPastSession(before: string, lead: string): boolean {
  return PROMISED.test(lead) && PAST_SESSION.test(before);
}

/**
 * The figure is the whole or the earlier level that the clause sets another against: 由原来的45个工作日压缩至…, 从120个增加到…,
 * 在全市312个村（社区）建设…: the scope of the work, neither its target nor what was done. Not 在 of a verb holding a level
 * there (控制在5.5%以内, 保持在, 稳定在: the level itself).
 */
const BASE = /(?:(?:^|[^理自经])[由从](?:原来的?|原先的?|过去的?|以前的?|原)?|(?<!控制|保持|稳定|维持|稳|定)在(?:全[省市州县区镇乡]|本[省市县区]|辖区|城区|[省市县区])?(?:范围内)?)$/u;
/**
 * A limit before the figure (降到, 压缩至, 缩短至, 减少到, 控制在, 不超过, 不高于, 低于) or after it (以内, 以下, 之内): the
 * figure is a ceiling, reached from above — 20 reached by 15, not "75%". Not 提高到/增加到 (a level to reach), nor 以上.
 */
const CEILING_BEFORE = /(?:(?:下降|降低|减少|压缩|缩短|缩减|缩小|压减|减|降)[到至]|控制[在到]|不超过|不高于|不多于|低于)$/u;
const CEILING_AFTER = /^(?:以内|以下|之内)/u;
/** The same words read into the figure's own text (不超过30人, 5.5%以内). */
const CEILING_OWN = /^(?:不超过|不高于|不多于|低于)|(?:以内|以下|之内)$/u;

/** Whether the figure at [start, end) of `text` is a ceiling: a limit word before it in its clause, after it, or in its own text. */
export function isCeiling(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !CLAUSE_END.test(text[from - 1])) from--;
  return CEILING_BEFORE.test(text.slice(from, start)) || CEILING_AFTER.test(text.slice(end)) || CEILING_OWN.test(text.slice(start, end));
}

/** A purpose written after a fund (…300万元用于管网维修, 专项用于应急送水). */
const PURPOSE = /^[,，]?(?:全部|主要|专项|专门|重点)?(?:用于|用来|投向|投入到?)([^,，。;；:：!！?？\n]{2,20})/u;

/** The context of the figure at `span` of `question` (null for the introduction and the closing). */
export function figureContext(record: InquiryRecord, question: Question | null, span: Span): FigureContext {
  const text = question ? turnText(question, span) : closingText(record, span);
  if (!text) return { stance: question && insideMeasure(question, span) ? 'target' : null, purpose: null, flow: null, rate: null, difference: false, ceiling: false, lead: '', previous: '', deadline: null, opening: '', following: '' };
  const [base, body] = text;
  let from = span[0] - base;
  while (from > 0 && !CLAUSE_END.test(body[from - 1])) from--;
  const lead = body.slice(from, span[0] - base);
  // The earlier clauses of the sentence (a sentence is at most a few clauses: no scan beyond its end).
  let start = from;
  while (start > 0 && !SENTENCE_END.test(body[start - 1])) start--;
  const before = body.slice(start, from);
  const purpose = PURPOSE.exec(body.slice(span[1] - base))?.[1] ?? null;
  const ceiling = isCeiling(body, span[0] - base, span[1] - base);
  // A quoted promise (去年提出力争…95%，…) governs nothing after it.
  const governed = GOVERNS.test(before) && !CITED.test(before);
  // A figure's role is its own clause's: a state written inside a promise (一是…，目前建成区雨污分流比例为78%，力争…达到85%)
  // is a state, so completion words after the clause's last figure come before the measure holding it.
  const own = ownLead(lead);
  const quotedTarget = TARGET_DENIED.test(lead) && TARGET_AFTER.test(body.slice(span[1] - base, span[1] - base + 6));
  const stance: Stance | null = CITED.test(lead) || quotedAfterPastSession(before, lead) || quotedTarget ? 'cited' : BASE.test(lead) ? 'base'
    : PRESENT.test(lead) ? 'done' : INTENTION.test(lead) && !(YEAR_ESTIMATE.test(lead) && !INTENTION.test(lead.replace('预计', ''))) && !pastYearEnd(before, lead) ? 'target' : COMPLETION.test(own) ? 'done'
    : (question && (insideMeasure(question, span) || insideCommitment(question, span))) ? 'target'
    : COMPLETION.test(lead) ? 'done' : governed ? 'target' : REPORTED.test(before) || DONE_WEAK.test(lead) ? 'done' : null;
  // (The figure itself may say what it is per: 每餐3至5元, 每人每月100元.)
  const flow: Flow | null = PER_UNIT.test(lead) || body.startsWith('每', span[0] - base) ? 'per-unit' : LEVEL_REACHED.test(lead) ? 'level' : INCREMENT.test(lead) ? 'increment'
    : LEVEL.test(lead) ? 'level' : null;
  const r = RATE.exec(lead);
  const rate: Rate | null = r ? `${r[1] === '环比' ? '环比' : '同比'}${verbDirection(r[2]) === 'down' ? '降幅' : '增幅'}` : null;
  let p = from - 1;
  while (p > start && !CLAUSE_END.test(body[p - 1])) p--;
  const previous = from > start ? body.slice(p, from - 1) : '';
  let end = span[1] - base;
  while (end < body.length && !SENTENCE_END.test(body[end])) end++;
  const difference = r === null && DIFFERENCE.test(lead);
  return { stance, purpose, flow, rate, difference, ceiling, lead, previous, deadline: deadlineIn(before + lead), opening: before, following: body.slice(span[1] - base, end) };
}

/** The text of the turn holding `span`, with its start offset. */
function turnText(question: Question, span: Span): [number, string] | null {
  for (const t of question.turns) if (t.span[0] <= span[0] && span[1] <= t.span[1]) return [t.span[0], t.text];
  return null;
}

function closingText(record: InquiryRecord, span: Span): [number, string] | null {
  const c = record.session.closing;
  return c && c.span[0] <= span[0] && span[1] <= c.span[1] ? [c.span[0], c.text] : null;
}

/**
 * The words of a clause's lead after the last figure in it: 由目前的30分钟提升到 → 提升到. 目前 there is the earlier figure's
 * (the state the target is raised from), not the target's.
 */
function ownLead(lead: string): string {
  const digits = [...lead.matchAll(/[0-9０-９]/gu)];
  return digits.length ? lead.slice(digits[digits.length - 1].index! + 1) : lead;
}

/**
 * The figure lies inside a prose promise of its responder turn (an answer without a list: "我们将建设短临预警系统，预警提前量
 * …提升到60分钟以上；同时推动…覆盖率达到95%", prose-promises.ts): a target, as inside a list item.
 */
function insideCommitment(question: Question, span: Span): boolean {
  const turn = question.turns.find((t) => t.role === 'responder' && t.span[0] <= span[0] && span[1] <= t.span[1]);
  if (!turn || question.answers.some((a) => a.span[0] < turn.span[1] && a.span[1] > turn.span[0])) return false;
  const at = span[0] - turn.span[0];
  if (!commitments(turn.text).some((c) => c.offset <= at && span[1] - turn.span[0] <= c.offset + c.text.length)) return false;
  // The commitment comes before the figure in its sentence: "今年安排专项资金8500万元，…并将…纳入预算" reports 8500万元, promises after it.
  let start = at;
  while (start > 0 && !/[。！？!?\n]/u.test(turn.text[start - 1])) start--;
  return commitments(turn.text.slice(start, at)).length > 0;
}

/** The figure lies inside a measure (or an inner item) of its question: a promise, a target. */
function insideMeasure(question: Question, span: Span): boolean {
  const within = (ms: Measure[]): boolean => ms.some((m) => (m.span[0] <= span[0] && span[1] <= m.span[1]) || within(m.items));
  return question.answers.some((a) => within(a.measures));
}
