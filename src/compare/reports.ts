/**
 * Reports of work done: an official's sentences saying that something was carried out, where a
 * follow-up session answers last session's promises.
 *
 * Example: "去年承诺的城东、城西两个片区管网改造已全部完工。下一步，我们将…" gives the report
 * "去年承诺的城东、城西两个片区管网改造已全部完工" (the commitment after it is a promise, not a report);
 * "2024年已全面取消灵活就业人员在就业地参保的户籍限制，全年新增…" and "十二个街道全部设立了“办不成事”反映窗口"
 * are reports too. A sentence part (between 。；) is one when it says completion (已, 完成, 完工, 建成, 实现,
 * 设立了, 配齐, 全部…了) and commits to nothing; list items are promises and are left out.
 * A part may also say a thing is under way or not done (status): "正在推进的是县级统管机制，目前已有4个县市区实现…"
 * is in progress, never done, though it holds 已; "尚未完成的是季节性缺水整治", "赋码率…没有达到100%的目标" are unmet; a
 * completion rate says how far: "新建社区养老服务中心36个，完成率90%" is in progress, 完成率100% done.
 */
import type { InquiryRecord } from '../model/record.js';
import type { Span } from '../model/span.js';
import { commitments } from './prose-promises.js';

export interface Report {
  /** The question whose answer holds it (the one a batch's answer answers). */
  question: number;
  text: string;
  span: Span;
  /** What the part says of the thing: done (已完成, 已于…落地, 建成投用), in progress (正在推进, 推进中), unmet (尚未完成, 没有达到…目标). */
  status: ReportStatus;
}

export type ReportStatus = 'done' | 'in-progress' | 'unmet';

/** Under way: 正在推进/正在实施…, 推进中, 仍在, 进行中 — a thing begun, not finished ("正在推进的是X" names X as not done). */
const IN_PROGRESS = /正在(?:推进|实施|建设|开展|进行|办理|整改|落实)|(?:推进|建设|实施|进行|整改)中|仍在推进/u;
/** Not done: 尚未完成, 未能完成, 没有(?:按期)?完成, 未完成, 没有达到/未达到…目标. */
const UNMET = /(?:尚未|未能|没有(?:按期|如期)?|还没有|未)(?:完成|实现|达到|达标)/u;

/** Sentence parts; a ：-part stands apart from its label (答：…, 龚德胜（市人社局局长）：…). */
const PART = /[^。！？!?；;：:\n]+/gu;
/** Words that say a thing was done: 已 (not 已将, which moves an object), 完成, 完工, 建成, 实现, a verb with 了, 配齐, 到位. */
const DONE = /已(?!将)|完成(?!率)|完工|建成|实现|落实|配齐|到位|上线|投用|投入使用|(?:设立|建立|取消|出台|开通|开展|推行|覆盖)了/u;
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
        const rate = COMPLETION_RATE.exec(text);
        const status: ReportStatus | null = IN_PROGRESS.test(text) ? 'in-progress' : UNMET.test(text) ? 'unmet'
          : rate ? (Number(rate[1]) >= 100 ? 'done' : 'in-progress')
            : DONE.test(text) && !NOT_DONE.test(text) ? 'done' : null;
        if (status === null) continue;
        if (promised.some(([s, e]) => s < end && e > start)) continue;
        const span: Span = [turn.span[0] + start, turn.span[0] + end];
        if (lists.some(([s, e]) => s < span[1] && e > span[0])) continue;
        out.push({ question: turn.answerTo ?? q.index, text, span, status });
      }
    }
  }
  return out;
}
