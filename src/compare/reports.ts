/**
 * Reports of work done: an official's sentences saying that something was carried out, where a
 * follow-up session answers last session's promises.
 *
 * Example: "去年承诺的城东、城西两个片区管网改造已全部完工。下一步，我们将…" gives the report
 * "去年承诺的城东、城西两个片区管网改造已全部完工" (the commitment after it is a promise, not a report);
 * "2024年已全面取消灵活就业人员在就业地参保的户籍限制，全年新增…" and "十二个街道全部设立了“办不成事”反映窗口"
 * are reports too. A sentence part (between 。；) is one when it says completion (已, 完成, 完工, 建成, 实现,
 * 设立了, 配齐, 全部…了) and commits to nothing; list items are promises and are left out.
 */
import type { InquiryRecord } from '../model/record.js';
import type { Span } from '../model/span.js';
import { commitments } from './prose-promises.js';

export interface Report {
  /** The question whose answer holds it (the one a batch's answer answers). */
  question: number;
  text: string;
  span: Span;
}

/** Sentence parts; a ：-part stands apart from its label (答：…, 龚德胜（市人社局局长）：…). */
const PART = /[^。！？!?；;：:\n]+/gu;
/** Words that say a thing was done: 已 (not 已将, which moves an object), 完成, 完工, 建成, 实现, a verb with 了, 配齐, 到位. */
const DONE = /已(?!将)|完成(?!率)|完工|建成|实现|落实|配齐|到位|上线|投用|投入使用|(?:设立|建立|取消|出台|开通|开展|推行|覆盖)了/u;
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
        if (text.length < MIN_REPORT || !DONE.test(text) || NOT_DONE.test(text)) continue;
        if (promised.some(([s, e]) => s < end && e > start)) continue;
        const span: Span = [turn.span[0] + start, turn.span[0] + end];
        if (lists.some(([s, e]) => s < span[1] && e > span[0])) continue;
        out.push({ question: turn.answerTo ?? q.index, text, span });
      }
    }
  }
  return out;
}
