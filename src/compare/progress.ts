/**
 * How far a report says last session's promise got, beyond done / under way / unmet: partly done, postponed,
 * cancelled, or its target changed — each a status of the promise, never a dropped promise plus a new one.
 *
 * Example: "退化湿地修复完成了8000亩，剩余4000亩将于明年6月底前完成" is partly done (8000 of 12000); "“回头看”排查工作已
 * 完成约六成" partly done (60%); "场站综合体开发因规划调整尚未启动，计划推迟到2026年" postponed to 2026年; "公交专用道分时段开放
 * 办法经研究论证，…，暂不出台" cancelled; "将多元经营收入目标调整为每年增加3000万元以上" a target changed to 3000万元以上, but
 * "未达到4.5个的目标，已调整为今年9月底前实现" postponed (a time after 调整为 moves the deadline); "完成132部，…，剩余18部已调整为
 * 今年6月底前完成，目前已全部完工" partly done by the deadline, the rest postponed and finished since.
 * The rules are grammar: a share in 成 after 完成, a remainder (剩余/其余 N) still to do, a postpone verb before its new
 * time, a halt of issuing (暂不/不再 + 出台/实施…), 调整为 after a target. The thing they speak of is the words before the
 * verb, without a time, the speaker and the modal (今年我们将…), nor its cause (…因规划调整, …经研究论证).
 */

import { SHARE_OF_GOAL } from './status-words.js';
import { CHINESE_DIGITS } from '../model/numerals.js';

export type ProgressStatus = 'partly-done' | 'postponed' | 'cancelled' | 'changed';

export interface Progress {
  status: ProgressStatus;
  /** Partly done: the share done (0.6 for 约六成), or null when only the figures can tell it. */
  share?: number | null;
  /** Postponed: the new time as written (2026年, 明年6月底前). */
  until?: string;
  /** Changed: the offset of the new target after 调整为 in the text. */
  to?: number;
  /** Partly done: the offset of 完成 in the text — the figure done comes after it (两个片区…完成农户接管5600户: 5600户). */
  done?: number;
  /** Partly done: the offset of the rest still to do (剩余4000亩将于明年6月底前完成), whose deadline is the rest's; absent when none is named. */
  rest?: number;
  /** Partly done or postponed: what was left is reported done since, past the promised date (…，目前已全部完工). */
  finished?: true;
  /** The thing spoken of, when the words before the verb name it ('' when not read). */
  thing: string;
}

/** 完成(了)约六成 / 完成近七成: a share in tenths. */
const SHARE = /完成(?:了)?(?:约|近|超过|逾)?([一二两三四五六七八九])成/u;
/**
 * 完成了8000亩，剩余4000亩将于…完成 / 已完成大部分，其余… / 已建成…104个，剩下16个站点选址正在协调 / 建成5座，还有1座正在调试:
 * done in part, the rest still to come (剩余, 其余, 剩下; 还有 or 另有 only with a count: "还有差距" is no rest). The rest's plan
 * may come a clause later ("剩下3个受省级系统升级影响，预计今年10月底前完成").
 */
const DONE_VERB = /完成|建成|实现|推出/u;
const REMAINDER = new RegExp(`(?:${DONE_VERB.source})[^。；;]*?[，,]\\s*(?:剩余|其余|剩下|(?:还有|另有)(?=[^，,。；;]*?[\\d０-９一二两三四五六七八九十百]+(?:个|座|家|项|件|处|条|辆|部|名|人|户|所|台|批|公里|亩|万)))[^。；;]*?(?:将|计划|力争|预计|争取|正在|(?:已经?)?调整为)`, 'u');
/** Where the rest starts, in a clause after a share or a figure done: 剩余部分将于…, 其余800户计划今年完成, 还有1座正在调试. */
const REST = /[，,]\s*(?:剩余|其余|剩下|还有|另有)/u;
/** 推迟到2026年 / 延期至明年6月底 / 顺延至…: group 1 the new time. */
const POSTPONE = /(?:推迟|延期|延后|顺延|推后)(?:到|至)((?:\d{4}|[今明后])年(?:\d{1,2}月)?(?:底|末|初|上半年|下半年)?(?:前)?)/u;
/** 暂不出台 / 不再实施 / 取消实施 / 停止推进: the plan given up. */
const CANCEL = /(?:暂不|不再|取消|停止|放弃)(?:出台|实施|推进|开展|建设|制定|推行|启动)/u;
/**
 * 已调整为今年6月底前完成 / 已调整为今年9月底前实现: the deadline moved, not the target — a time, then a verb of completion, after
 * 调整为; group 1 the new time.
 */
const ADJUSTED_TIME = /调整(?:为|到|至)((?:(?:\d{4}|[今明后])年)?(?:\d{1,2}月)?(?:底|末|中旬|上旬|下旬|上半年|下半年)?前?)(?=[^，,。；;\d]{0,6}?(?:完成|实现|建成|到位|开放|投用|开工|通水|交付|完工))/u;
/**
 * 目前已全部完工 / 现已全部完成 after the rest's new date: what was left is done now, late (剩余18部已调整为今年6月底前完成，目前已全部完工).
 */
const FINISHED = /(?:目前|现已|现在|目前均)?已(?:经)?(?:全部|全面)(?:完工|完成|建成|到位|投用|开放|实现)/u;
/** 目标调整为 / 调整为每年增加3000万元: a target changed, the new one after 为. */
const CHANGE = /(?:目标|任务|指标)?(?:调整|调减|调增|下调|上调|修改)为/u;
/** The lead of a clause before its thing: a time, the speaker, the modal. */
const LEAD = /^(?:今年|明年|去年|目前|现在|经研究)?(?:[，,]\s*)?(?:我们|我[市县区局委厅]|[市县区省]政府|本[市县区局])?(?:将|拟|已|决定|研究决定)?/u;
/** The cause or the procedure after the thing: 因规划调整, 经研究论证, 由于…, 受…影响. */
const CAUSE = /(?:因|经|由于|受|鉴于|考虑到).*$/u;

/** The change of plan or the partial progress a report part states, or null. */
export function progressOf(text: string): Progress | null {
  const share = SHARE.exec(text);
  if (share) return { status: 'partly-done', share: CHINESE_DIGITS[share[1]] / 10, ...restOf(text, share.index), thing: doneThing(text) };
  const done = doneAt(text);
  if (REMAINDER.test(text)) return { status: 'partly-done', share: null, done, ...restOf(text, done), ...finished(text, REMAINDER.exec(text)!), thing: doneThing(text) };
  const cancel = CANCEL.exec(text);
  if (cancel) return { status: 'cancelled', thing: thingBefore(text, cancel.index) };
  const postpone = POSTPONE.exec(text) ?? ADJUSTED_TIME.exec(text);
  if (postpone && postpone[1]) return { status: 'postponed', until: postpone[1], ...finished(text, postpone), thing: thingBefore(text, text.search(/尚未|未能|没有|推迟|延期|延后|顺延|推后|调整/u)) };
  const change = CHANGE.exec(text);
  if (change) return { status: 'changed', to: change.index + change[0].length, thing: thingBefore(text, change.index).replace(/(?:目标|任务|指标)$/u, '') };
  return null;
}

/** Done now, after the new date (…已调整为今年6月底前完成，目前已全部完工): `finished`, late. */
function finished(text: string, after: RegExpExecArray): Pick<Progress, 'finished'> {
  return FINISHED.test(text.slice(after.index + after[0].length)) ? { finished: true } : {};
}

/** The share of a target done (完成年度目标的87%: status-words.ts), at the verb. */
const SHARE_OF_GOAL_AT = new RegExp(`^${SHARE_OF_GOAL}`, 'u');

/**
 * Where the figure done is read from: the verb of completion (对接完成了11个), or its clause's start when the figure stands before
 * the verb ("与医保、民政…等6个部门实现数据比对"), or the clause before a share of the target (…87家开放，完成年度目标的87%); -1
 * without a verb.
 */
function doneAt(text: string): number {
  const at = text.search(DONE_VERB);
  // 完成年度目标的87% measures the figure before it (共推动87家开放，完成年度目标的87%): that figure's clause is the part done.
  if (at >= 0 && SHARE_OF_GOAL_AT.test(text.slice(at))) return Math.max(text.lastIndexOf('，', at - 2), text.lastIndexOf(',', at - 2)) + 1;
  if (at < 0 || /^[^，,。；;]*?[\d０-９]/u.test(text.slice(at))) return at;
  return Math.max(text.lastIndexOf('，', at), text.lastIndexOf(',', at)) + 1;
}

/** The offset of the rest (剩余, 其余, 剩下 opening a clause) after `from`, when the text names one. */
function restOf(text: string, from: number): Pick<Progress, 'rest'> {
  const m = REST.exec(text.slice(from));
  return m ? { rest: from + m.index + m[0].length - 2 } : {};
}

/** What was done: the words before 完成, else its object up to the figure (去年完成退化湿地修复8000亩: 退化湿地修复). */
function doneThing(text: string): string {
  const at = text.search(/已?完成/u);
  const before = thingBefore(text, at);
  if (before || at < 0) return before;
  return /^已?完成了?([^，,。；;\d０-９一二三四五六七八九十百千万]+)/u.exec(text.slice(at))?.[1] ?? '';
}

/** The thing named in the first clause before `at`: lead, cause and a place of the report (去年阅海湖、鸣翠湖) kept, time cut. */
function thingBefore(text: string, at: number): string {
  if (at < 0) return '';
  const first = text.split(/[，,]/u)[0];
  const head = (at <= first.length ? text.slice(0, at) : first).replace(/[，,]\s*$/u, '');
  return head.replace(/^(?:去年|今年|上年|前年)/u, '').replace(LEAD, '').replace(CAUSE, '').replace(/已经?$/u, '').trim();
}
