/**
 * The thing a report of last session's promise names, and whether a promise holds it.
 *
 * Example: "去年承诺的15个保护区划定已于2024年9月全部完成" names 保护区划定 (the words before the status verb, without
 * the quoting lead 去年承诺的 and the count 15个); "正在推进的是县级统管机制" names 县级统管机制 (after 的是);
 * "“一窗受理、并联审批”已于2024年12月落地" names 一窗受理、并联审批. A promise holds the name when the two share a run
 * of at least four characters and hold two thirds of it: A's "在2024年10月底前完成剩余15个保护区划定" holds
 * 保护区划定, but "改造单村供水工程150处" holds only 供水工程 of 千吨万人供水工程 — too little of it. A first clause
 * that states a figure and a later one that judges it name what the figure is of: "特困人员集中供养率为47%，较2023年下降了
 * 3个百分点，还没有达到50%的目标" names 特困人员集中供养率.
 */

import { COMPLETION_RATE } from './reports.js';

/** A status list's head naming the thing after it: 已完成的是/有, 正在推进的是, 尚未完成的是. */
const LISTED = /(?:完成|推进|实施|落实|实现|达到|达标)的(?:是|有)[：:]?([^，,。；;]+)/u;
/** The first status word of a clause: what stands before it is the thing. */
const STATUS = /(?:已经?|正在|尚未|没有|未能|仍在|全部|基本|全面|顺利)/u;
/** A lead quoting the last session (去年承诺的, 上次提出的, 去年询问时提出的). */
const QUOTING = /^(?:去年|前年|上年|上次|上一次|上回|此前)[^，,。的]{0,8}?(?:承诺|提出|确定|部署|要求)的?/u;
/** A count (15个, 12处, 3项) or a date (2024年) at either end: no part of the name. */
const COUNT = /^(?:20\d\d年(?:\d{1,2}月)?(?:底|末)?|[\d０-９.．一二三四五六七八九十百千万]+(?:个|处|项|条|家|座|台|户|公里|万户|所|件|批))|(?:[\d０-９.．]+(?:个|处|项|条|家|座|台|户|公里|万户|所|件|批))$/u;
/** A clause opened by a time, a contrast or a word of intention names no thing (目前已有4个县…, 确保明年底前全部完成). */
const NO_THING = /^(?:目前|当前|现在|但|但是|其中|确保|力争|将|其余|截至|截止)/u;
/**
 * A first clause stating a figure, judged by a later one ("特困人员集中供养率为47%，…还没有达到50%的目标",
 * "新建社区养老服务中心36个，完成率90%"): group 1, what stands before the figure and its copula, is the thing.
 */
const FIGURE_STATED = /^(.+?)(?:为|是|达到|仅为|只有)?[\d０-９][\d０-９.．,，]*(?:%|％|[万亿千]?[\u4e00-\u9fff]{0,2})$/u;
/** A status opening a clause (已于去年10月正式出台, 已全部推出): the clause before it names the thing. */
const STATUS_FIRST = /^\s*(?:已经?|均已|现已|目前已|全部|基本)/u;
/** The cause after a thing (因征求意见延期, 受疫情影响推迟, 由于…): no part of its name. */
const CAUSED = /(?:因|由于|受)[^，,]*$/u;
/** A target passed (超过3.2万人的目标, 超额完成): a judgement of the figure before it, as 没有达到 is. */
const PASSED = /超过|超额/u;
/** A target or a task a figure is set against (还没有达到50%的目标, 提前完成了全年任务). */
const TARGET = /目标|任务/u;
/** Fewest characters a promise must share with the name. */
const MIN_HELD = 4;

/** The thing a report clause names, or '' when none can be read. */
export function objectOf(report: string): string {
  const listed = LISTED.exec(report);
  let name = listed ? listed[1] : (() => {
    const [clause, ...later] = report.split(/[，,]/u);
    const m = STATUS.exec(clause);
    if (m) return clause.slice(0, m.index);
    // (A subject with its cause, its status opening the next clause: "加装电梯规划审查技术导则因征求意见延期，已于去年10月正式出台".)
    if (later.length && STATUS_FIRST.test(later[0]) && !/[\d０-９]/u.test(clause) && CAUSED.test(clause)) return clause.replace(CAUSED, '');
    // (Only a clause that sets the figure against its target or gives a completion rate judges it; "全县86个村已配齐
    // 医保专干" after "参保率保持100%" says something else was done.)
    if (!later.some((c) => COMPLETION_RATE.test(c) || ((STATUS.test(c) || PASSED.test(c)) && TARGET.test(c)))) return '';
    return FIGURE_STATED.exec(clause)?.[1] ?? '';
  })();
  name = name.replace(QUOTING, '');
  // (Counts cut before the quotes go: 20个“一件事” names 一件事, whose 一件 is no count.)
  for (let before = ''; before !== name;) { before = name; name = name.replace(COUNT, ''); }
  name = name.replace(/[“”"‘’「」]/gu, '').trim();
  return NO_THING.test(name) ? '' : name;
}

/**
 * The share of the thing `report` names that `promise` holds, in runs of two or more read from the left: 0 unless
 * a name of four or more is held to two thirds, with one run of four or more (重点河段视频监控 in "23个重点河段实现视频监控":
 * 1; 千吨万人供水工程 in "对千人以上供水工程实行…": only 供水工程, 0).
 */
export function namedIn(report: string, promise: string): number {
  return heldShare(objectOf(report), promise);
}

/**
 * A short name held because both sides quote it: the report's thing written in quotes ("去年承诺的20个“一件事”已全部推出" names
 * 一件事) that the promise quotes alike ("年内推出20个高频“一件事”集成服务套餐"): quoted, two characters name it, as a run of four
 * does unquoted. 1 when held, else 0; a name the promise does not quote ("一件事" in prose) is not held.
 */
export function quotedHeld(thing: string, report: string, promise: string): number {
  if ([...thing].length < 2) return 0;
  for (const m of report.matchAll(/[“"「]([^”"」]{2,12})[”"」]/gu)) {
    if (m[1] === thing && [`“${thing}”`, `"${thing}"`, `「${thing}」`].some((q) => promise.includes(q))) return 1;
  }
  return 0;
}

/** The share of `thing` (a name objectOf read) that `promise` holds, as namedIn counts it. */
export function heldShare(thing: string, promise: string): number {
  const name = [...thing];
  if (name.length < MIN_HELD) return 0;
  let held = 0;
  let longest = 0;
  // Runs in the name's order in the promise: 县级…水质检测…中心 scattered over "…水质检测经费…检测中心…纳入县级…" is no name.
  let from = 0;
  for (let i = 0; i < name.length;) {
    let j = name.length;
    while (j - i >= 2 && promise.indexOf(name.slice(i, j).join(''), from) < 0) j--;
    if (j - i >= 2) {
      const run = name.slice(i, j).join('');
      from = promise.indexOf(run, from) + run.length;
      held += j - i; longest = Math.max(longest, j - i); i = j;
    } else i++;
  }
  return longest >= MIN_HELD && held * 3 >= name.length * 2 ? held / name.length : 0;
}
