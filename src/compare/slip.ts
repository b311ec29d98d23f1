/**
 * How far the rest of a partly-done promise slipped: the deadline a report gives what is left, against the one the
 * promise gave the whole, each read against its own session's date (deadline.ts).
 *
 * Example: A (2024-08-29) "实施阅海湖、鸣翠湖退化湿地修复工程，年内完成退化湿地修复1.2万亩", B (2025-09-24) "去年…退化湿地修复
 * 完成了8000亩，剩余4000亩将于明年6月底前完成": 年内 → 明年6月底前, 2024-12 → 2026-06. The promise's deadline is the one of
 * the clause holding its figure when that clause names one (a measure may date another clause: 今年启动…，2025年底前完成…),
 * else the measure's first; the rest's is the first after 剩余/其余 — never the report's 去年, which dates the part done.
 */
import type { Quantity } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { MeasureRef, RestDeadline } from './types.js';
import { findDeadline, resolveDeadline } from './deadline.js';

/** A clause of a measure: where its deadline is looked for. */
const CLAUSE = /[^，,；;。]+/gu;

/** The deadline written in `text` (at `offset` into its session) from `from` on, with its span; null when none. */
function located(text: string, offset: number, from = 0): { text: string; span: Span } | null {
  const hit = findDeadline(text.slice(from));
  return hit ? { text: hit.text, span: [offset + from + hit.index, offset + from + hit.index + hit.text.length] } : null;
}

/** The promise's deadline: its figure's clause's, else the measure's first. */
function promised(m: MeasureRef, goal: Quantity | null): { text: string; span: Span } | null {
  if (goal) {
    const at = goal.span[0] - m.span[0];
    for (const c of m.text.matchAll(CLAUSE)) {
      if (at < c.index! || at >= c.index! + c[0].length) continue;
      const own = located(c[0], m.span[0] + c.index!);
      if (own) return own;
    }
  }
  return located(m.text, m.span[0]);
}

/** The end of a year named alone (今年, 明年) in its session: 今年 of 2022-08 is 2022-12; null for anything else or no date. */
function yearEnd(text: string, session: string | null): string | null {
  const m = /^([今本明后])年$/u.exec(text);
  const year = session && /^\d{4}/u.test(session) ? Number(session.slice(0, 4)) : null;
  return m && year !== null ? `${year + (m[1] === '明' ? 1 : m[1] === '后' ? 2 : 0)}-12` : null;
}

/**
 * The deadline of the rest (`rest`: its offset in the report's text) against the promise's; null when the report dates
 * no rest. `resolved` holds the months both mean, when both can be told.
 */
export function restDeadline(
  promise: MeasureRef, goal: Quantity | null, report: { text: string; span: Span }, rest: number | undefined,
  dates: { promise: string | null; report: string | null },
): RestDeadline | null {
  if (rest === undefined) return null;
  const to = located(report.text, report.span[0], rest);
  if (!to) return null;
  const from = promised(promise, goal);
  // (A year named alone, 今年完成加装电梯150部, is the promise's deadline here: its year's end.)
  const [rf, rt] = [from && (resolveDeadline(from.text, dates.promise) ?? yearEnd(from.text, dates.promise)), resolveDeadline(to.text, dates.report)];
  return { from, to, ...(rf && rt ? { resolved: { from: rf, to: rt } } : {}) };
}
