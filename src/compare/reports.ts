/**
 * Reports of work done: an official's sentences saying that something was carried out, where a
 * follow-up session answers last session's promises.
 *
 * Example: "去年承诺的城东、城西两个片区管网改造已全部完工。下一步，我们将…" gives the report
 * "去年承诺的城东、城西两个片区管网改造已全部完工" (the commitment after it is a promise, not a report);
 * "2024年已全面取消灵活就业人员在就业地参保的户籍限制，全年新增…" and "十二个街道全部设立了“办不成事”反映窗口"
 * are reports too. A sentence part (between 。；) is one when it says completion (已, 完成, 完工, 建成, 实现,
 * 设立了, 配齐, 全部…了) and commits to nothing; list items are promises and are left out, unless they report (done-lists.ts:
 * "（一）…已将全省1.2万个项目全部纳入…"). A part saying how far or a change of plan is one though it looks ahead (progress.ts:
 * "…完成了8000亩，剩余4000亩将于明年6月底前完成", "…尚未启动，计划推迟到2026年"), and so is a 《document》 reported issued in the
 * closing's 表态 ("《公交优先发展三年行动方案》已于去年12月印发实施", question 0).
 * A part may also say a thing is under way or not done (status): "正在推进的是县级统管机制，目前已有4个县市区实现…"
 * is in progress, never done, though it holds 已; "尚未完成的是季节性缺水整治", "赋码率…没有达到100%的目标" are unmet; a
 * completion rate says how far: "新建社区养老服务中心36个，完成率90%" is in progress, 完成率100% done.
 */
import type { InquiryRecord } from '../model/record.js';
import type { Span } from '../model/span.js';
import { commitments } from './prose-promises.js';
import { progressOf, type Progress, type ProgressStatus } from './progress.js';
import { reportedItems } from './done-lists.js';
import { GAP, NOT, PASSED, REACH } from './status-words.js';
import { FORESEE, PLAN_NOW, RESOLVE, WILL } from './intention-words.js';

export interface Report {
  /** The question whose answer holds it (the one a batch's answer answers). */
  question: number;
  text: string;
  span: Span;
  /** What the part says of the thing: done (已完成, 已于…落地, 建成投用), in progress (正在推进, 推进中), unmet (尚未完成, 没有达到…目标). */
  status: ReportStatus;
  /** Partly done, postponed, cancelled or a target changed (progress.ts), when the part says so. */
  progress?: Progress;
  /** The thing the report names when its own grammar tells it (progress.ts, a 《document》 issued), for object.ts's test. */
  thing?: string;
  /** A list item that reports (done-lists.ts), no sentence part. */
  item?: boolean;
}

export type ReportStatus = 'done' | 'in-progress' | 'unmet' | ProgressStatus;

/** A document reported issued (《公交优先发展三年行动方案》已于去年12月印发实施): it meets a promise to 拿出/出台/制定 it. */
const ISSUED = /《([^《》]{2,40})》[^，,。；;《]{0,16}?(?:印发|出台|发布|颁布|施行)/u;

/** Under way: 正在推进/正在实施…, 推进中, 仍在, 进行中 — a thing begun, not finished ("正在推进的是X" names X as not done). */
const IN_PROGRESS = /正在(?:推进|实施|建设|开展|进行|办理|整改|落实)|(?:推进|建设|实施|进行|整改)中|仍在推进/u;
/**
 * Not done: 尚未完成, 未能完成, 没有(?:按期)?完成, 未完成, 没有达到/未达到…目标; a gap still left to a target (距离三年内85%以上的目标
 * 还有差距, 离七成的目标还差一点, 距离…1500部的目标还有374部) — not yet reached, whether or not its deadline has come.
 */
const UNMET = new RegExp(`${NOT}${REACH}|${GAP}`, 'u');

/** Sentence parts; a ：-part stands apart from its label (答：…, 龚德胜（市人社局局长）：…). */
const PART = /[^。！？!?；;：:\n]+/gu;
/**
 * Words that say a thing was done: 已 (not 已将, which moves an object), 完成, 完工, 建成, 实现, a verb with 了, 配齐, 到位; a
 * target passed (3.35万人，超过3.2万人的目标).
 */
const DONE = new RegExp(`已(?!将)|完成(?!率)|完工|建成|实现|落实|配齐|到位|上线|投用|投入使用|(?:设立|建立|取消|出台|开通|开展|推行|覆盖)了|${PASSED}`, 'u');
/**
 * A completion rate ("新建社区养老服务中心36个，完成率90%"): the share of a promised amount done, group 1 the percent —
 * 100 or more is done, less is under way.
 */
export const COMPLETION_RATE = /完成率(?:为|达到?|是)?\s*([\d.]+)\s*[%％]/u;
/** A question put back to the member, or a target not yet met, is no report (没有达到, 尚未, 还没有). */
const NOT_DONE = /没有|未能|尚未|还未|还没|[?？]/u;
/** A part this short ("已完成") names nothing. */
const MIN_REPORT = 6;

export function reports(record: InquiryRecord): Report[] {
  const lists = record.questions.flatMap((q) => q.answers.flatMap((a) => a.measures.map((m) => m.span)));
  const out: Report[] = [];
  for (const q of record.questions) {
    for (const turn of q.turns) {
      if (turn.role !== 'responder') continue;
      const promised = commitments(turn.text).map((c) => [c.offset, c.offset + c.text.length]);
      for (const m of turn.text.matchAll(PART)) {
        const lead = m[0].length - m[0].trimStart().length;
        const text = m[0].trim().replace(/^[“"]|[”"]$/gu, '');
        const start = m.index! + lead + (m[0].trimStart().startsWith('“') || m[0].trimStart().startsWith('"') ? 1 : 0);
        const end = start + text.length;
        if (text.length < MIN_REPORT || /[?？]/u.test(text)) continue;
        // A change of plan or a share done is a report though it looks ahead (剩余4000亩将于…完成, 计划推迟到2026年).
        const progress = progressOf(text);
        const status: ReportStatus | null = progress?.status ?? statusOf(text);
        if (status === null) continue;
        if (!progress && promised.some(([s, e]) => s < end && e > start)) continue;
        const span: Span = [turn.span[0] + start, turn.span[0] + end];
        if (lists.some(([s, e]) => s < span[1] && e > span[0])) continue;
        out.push({ question: turn.answerTo ?? q.index, text, span, status, ...named(text, progress) });
      }
    }
  }
  // List items that report (两年来我们重点做了以下工作：（一）…已将…全部纳入): the whole item, its own words saying how far.
  for (const item of reportedItems(record)) {
    const progress = progressOf(item.text);
    const status = progress?.status ?? statusOf(item.text) ?? 'done';
    // (Its first clause names the work, when no figure or status is in it: 全面落实“田长制”，全省4.3万名田长已全部到位.)
    const head = item.text.split(/[，,；;]/u)[0];
    const own = named(item.text, progress);
    const thing = own.thing ?? (head.length >= 4 && !/[\d０-９]/u.test(head) && !/已|正在|尚未|没有/u.test(head) ? head : undefined);
    out.push({ question: item.question, text: item.text, span: item.span, status, item: true, ...own, ...(thing ? { thing } : {}) });
  }
  // The closing's 表态 reporting a document issued (《…行动方案》已于去年12月印发实施).
  for (const s of record.session.closing?.statements ?? []) {
    for (const m of s.text.matchAll(PART)) {
      const text = m[0].trim();
      if (!ISSUED.test(text) || statusOf(text) !== 'done') continue;
      const start = s.span[0] + m.index! + m[0].length - m[0].trimStart().length;
      out.push({ question: 0, text, span: [start, start + text.length], status: 'done', ...named(text, null) });
    }
  }
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

/**
 * The finish still ahead in a clause: a plan, forecast, resolve or 将 (intention-words.ts) before a verb of finishing within the
 * clause — 预计今年10月投入使用, 计划今年底前完成, 力争年底建成 — not 原计划 (the old plan quoted).
 */
const FINISH_AHEAD = new RegExp(`(?:${PLAN_NOW}|${FORESEE}|${WILL}|${RESOLVE})[^，,。；;：:]{0,16}?(?:完成|完工|建成|投入使用|投用|投入运行|开放|开诊|运营|到位)`, 'u');

/**
 * A part whose clause says a step done but whose later clause still looks ahead to the finish: "主体工程已经完工，正在进行内部
 * 装修，预计今年10月投入使用", "目前已在8个乡镇卫生院设立监测哨点，还有5个乡镇卫生院，计划今年底前完成". Done needs the
 * promise's own end done; a step of it with the end still foreseen is under way. `after`: the offset in `text` after the clause
 * read as done, else the part's first word of done — only a finish foreseen after it counts (计划…完成，已于… is a plan met).
 */
export function finishAhead(text: string, after: number | null = null): boolean {
  // (The whole part: after its first word of done.)
  const from = after ?? (() => { const d = DONE.exec(text); return d ? d.index + d[0].length : text.length; })();
  return FINISH_AHEAD.test(text.slice(from));
}

/** What a part says of its thing: under way, unmet, a completion rate's, done, or nothing (null). */
export function statusOf(text: string): 'done' | 'in-progress' | 'unmet' | null {
  const rate = COMPLETION_RATE.exec(text);
  return IN_PROGRESS.test(text) ? 'in-progress' : UNMET.test(text) ? 'unmet'
    : rate ? (Number(rate[1]) >= 100 ? 'done' : 'in-progress')
      : DONE.test(text) && !NOT_DONE.test(text) ? 'done' : null;
}

/** The progress and the thing a report's grammar names: the issued document's title, else progress.ts's thing. */
function named(text: string, progress: Progress | null): Pick<Report, 'progress' | 'thing'> {
  const doc = ISSUED.exec(text);
  const thing = doc ? doc[1] : progress?.thing ?? '';
  return { ...(progress ? { progress } : {}), ...(thing ? { thing } : {}) };
}
