/**
 * Which of two sessions is the later: by their dates, else — one undated (5月30日下午, no year) — by which quotes the other's
 * promises back.
 *
 * Example: A "5月30日下午…" (no year), B 2025-06-24 whose member asks "去年承诺审批时限压缩到10个工作日，现在做到了吗？": B
 * follows A up, so B is the later; a session quoting last session ("去年说全程网办率要提高到七成", "去年询问时，县乡村振兴局承诺…",
 * "对去年询问中政府有关部门作出的承诺进行了逐项核查") while the other quotes nothing is the later one. When both or neither
 * quote, the order cannot be told (null), and the caller says so.
 */
import type { InquiryRecord } from '../model/record.js';

export interface SessionOrder {
  /** The later session, or null when it cannot be told. */
  later: 'a' | 'b' | null;
  /** What tells it: both dates, or the quoting of the other's promises; null when nothing does. */
  by: 'dates' | 'quotes' | null;
  /** The sessions with no full date (session.date null). */
  undated: ('a' | 'b')[];
}

/** A past session's promise quoted back: 去年承诺, 去年说…要, 上次提出的, 前年表态, 去年询问时…承诺, 去年询问中…作出的承诺. */
const QUOTES = /(?:去年|前年|上年|上一年|上次|上回|上一次|上届)[^，,。；;：:！？?\n]{0,12}?(?:承诺|提出|表态|说[过的到要]?|定下)|(?:去年|上次|上一次)[^，,。；;\n]{0,6}?询问(?:时|中)/u;

/** Whether a session quotes a past session's promises: in a question, a turn or its title (跟踪询问 names a follow-up). */
export function quotesPast(r: InquiryRecord): boolean {
  if (r.session.title && /跟踪询问|再次[^，,。]{0,8}询问|回头看/u.test(r.session.title)) return true;
  return r.questions.some((q) => QUOTES.test(q.text) || q.turns.some((t) => QUOTES.test(t.text)));
}

export function sessionOrder(a: InquiryRecord, b: InquiryRecord): SessionOrder {
  const [da, db] = [a.session.date, b.session.date];
  const undated = [...(da ? [] : ['a' as const]), ...(db ? [] : ['b' as const])];
  if (da && db) return { later: da === db ? null : da > db ? 'a' : 'b', by: da === db ? null : 'dates', undated };
  const [qa, qb] = [quotesPast(a), quotesPast(b)];
  if (qa === qb) return { later: null, by: null, undated };
  return { later: qa ? 'a' : 'b', by: 'quotes', undated };
}
