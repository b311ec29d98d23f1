/**
 * What the clause around a figure says of it, beside its words of stance (figure-context.ts): a condition of what is counted,
 * the base of the next figure, a part of the new, a short indicator continued, the subject of a bare verb, an allocation.
 *
 * Example: "60周岁以上老年人口已达38.6万人" (60周岁以上 a condition, no figure); "全市312个村（社区）帮办代办服务点已建成286个"
 * (312个 the base of 286个); "今年汛期新发现易涝点23处，已完成整治11处" (11 of the 23 new, never of the whole stock);
 * "…装备配套，配套率达到95%" (配套率 read whole: …装备配套率); "即停即走泊位已设置500个" (设置 names 即停即走泊位);
 * "统筹安排养老服务体系建设资金1.2亿元" (a sum set for its year, no target).
 */
import type { InquiryRecord, Quantity, Question } from '../model/record.js';
import { figureContext } from './figure-context.js';
import { MIN_CONTAINED } from './figure-score.js';
import { RESOLVE } from './intention-words.js';

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

/** An age bound or range (60周岁以上, 3岁以下, 0至3岁): who is counted, no measurement. */
export function ageCondition(q: Quantity): boolean {
  return (q.unit === '岁' || q.unit === '周岁') && (q.range !== null || /(?:以上|以下|以内)$/u.test(q.text));
}

/**
 * The figure is the whole or the earlier level of the next one in its clause, in the same unit (全市312个村（社区）帮办代办服务点
 * 已建成286个; 由原来的45个工作日压缩至20个工作日): its base, not what was done.
 */
export function baseOfNext(record: InquiryRecord, question: Question | null, list: readonly Quantity[], k: number): boolean {
  const q = list[k];
  const next = list[k + 1];
  if (!next || next.unit !== q.unit || q.unit === null || next.span[0] <= q.span[1]) return false;
  // The next figure's clause, up to it, holds this one (and no 、 of a list between them: 分别为38个、45个).
  const lead = figureContext(record, question, next.span).lead;
  const gap = next.span[0] - q.span[1];
  return next.span[0] - lead.length <= q.span[0] && !lead.slice(lead.length - gap).includes('、');
}

/** The figure is written at the head of the next figure's indicator (60周岁以上|老年人口已达38.6万人): a condition of it. */
export function opensNextIndicator(list: readonly Quantity[], k: number): boolean {
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
export function partOfNew(record: InquiryRecord, question: Question | null, list: readonly Quantity[], k: number, lead: string, previous: string): boolean {
  const q = list[k];
  if (k === 0 || previous === '' || !PART_OF.test(lead)) return false;
  const clauseStart = q.span[0] - lead.length;
  const whole = list[k - 1];
  if (whole.unit !== q.unit || whole.span[1] > clauseStart || whole.span[0] < clauseStart - 1 - previous.length) return false;
  return figureContext(record, question, whole.span).flow === 'increment';
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

/**
 * An amount allocated (统筹安排养老服务体系建设资金1.2亿元, 下达资金, 拨付): a sum set for its year, a level like the next
 * year's allocation (9500万元: −2500万元), no target the next is short of. Not a floor (每年安排不少于20亿元, 1亿元以上),
 * nor a sum to win (争取资金).
 */
const ALLOCATED = /(?:安排|下达|拨付|拨付了|列支)[^，,。；;]{0,16}$/u;
const FLOOR = new RegExp(`不少于|不低于|不小于|至少|以上|${RESOLVE}`, 'u');
export function allocation(q: Quantity, lead: string): boolean {
  return q.unit === '元' && ALLOCATED.test(lead) && !FLOOR.test(lead) && !FLOOR.test(q.text);
}

/**
 * The thing counted named right after its count, where the parser read no indicator: "年内完成全市128个千吨万人水源地保护区划定"
 * → 千吨万人水源地保护区划定 (a count, then what it counts and the work done on it), which holds the other session's
 * 水源地保护区 (figures meet by a name held whole, figure-score.ts). Four characters at least, up to the clause's end or a word
 * of status; only after a count (个, 处, 项). Not "286个小区全部开工" (小区, too short to name one thing), nor a count ending
 * its clause ("年底前完成改造200个；": nothing after it), nor a cause, a verb, a negation or a bound after it ("2座因征地拆迁滞后",
 * "3所已开设", "3个没有完成", "五百部完成了吗", "60个以上"), nor the target it is ("原定60个的目标已调整为…").
 */
const OBJECT_AFTER = /^的?(?!的|因|由于|受|在|将|已|未|尚|还|仍|正|均|都|比|较|于|为|是|被|从|由|到|至|以|按|共|其中|左右|以上|以下|以内|之|没|不|完成|实现|达到|建成|开工|投用|获批|开放|通过|落地|全部|目标|任务|承诺|计划)((?:(?!全部|已|均已|都已|正在|基本|[了吗呢吧])\p{Script=Han}){4,20}?)(?=全部|已经?|均已|都已|正在|基本|[，,。；;：:、（(！!？?\s]|$)/u;

export function objectAfter(q: Quantity, following: string): string | null {
  return q.kind === 'count' ? OBJECT_AFTER.exec(following)?.[1] ?? null : null;
}

/**
 * The work counted when the parser read no indicator and the count ends its clause right after a verb of work: "年底前完成
 * 改造200个" → 改造 (a generic head: it meets only 改造 in an aligned question, figure-score.ts), so the target meets the later
 * "完成改造212个". Not a verb of reaching or stating (完成200个, 达到, 为), nor a verb that has its object before the count
 * (改造老旧小区200个: the parser's indicator).
 */
const WORK_VERB = /(?:完成|实现)?(改造|整治|新建|建成|划定|加装|安装|开工|治理|修复|培训|排查|化解|办结|销号)$/u;

export function workCounted(q: Quantity, lead: string): string | null {
  return q.kind === 'count' ? WORK_VERB.exec(lead)?.[1] ?? null : null;
}
