/**
 * How the formatters show what a later session reports of an earlier promise: "（正在推进）正在推进的是县级统管机制…",
 * "（尚未完成）尚未完成的是季节性缺水整治…"; a done report carries no mark, as before, and the section is
 * "已报告完成的措施" while every report says done, else "已报告进展的措施".
 */
import type { DonePromise, RestDeadline } from '../compare/types.js';

export const STATUS_MARK: Readonly<Record<DonePromise['status'], string>> = {
  done: '', 'in-progress': '（正在推进）', unmet: '（尚未完成）', 'partly-done': '（部分完成）', postponed: '（推迟）', cancelled: '（取消）', changed: '（目标调整）',
};

/**
 * The mark with what the report says of how far: "（部分完成 67%: 8000亩/1.2万亩，期限 2024-12 → 2026-06）", "（部分完成 60%）", "（推迟至2026年）",
 * "（目标调整 5000万元以上 → 3000万元以上）", "（逾期完成 88%: 132部/150部，期限 2022-12 → 2023-06）", "（提前完成）".
 */
export function statusMark(d: DonePromise): string {
  const p = d.progress;
  if (!p) return STATUS_MARK[d.status];
  if (d.status === 'done' && p.early) return '（提前完成）';
  const figures = p.from && p.to ? `${p.from.text} → ${p.to.text}` : '';
  if (d.status === 'partly-done' || (d.status === 'done' && p.late)) {
    const of = p.from && p.to ? `: ${p.to.text}/${p.from.text}` : '';
    const parts = [...(p.share == null ? [] : [`${Math.round(p.share * 100)}%${of}`]), ...(p.deadline ? [slip(p.deadline)] : []), ...(p.until ? [`推迟至${p.until}`] : [])];
    // Done late: what was left, given a new date, is done since ("（逾期完成 88%: 132部/150部，期限 2022-12 → 2023-06）").
    if (d.status === 'done') return `（逾期完成${parts.length ? ` ${parts.join('，')}` : ''}）`;
    return parts.length ? `（部分完成 ${parts.join('，')}）` : STATUS_MARK[d.status];
  }
  if (d.status === 'postponed' && p.until) return `（推迟至${p.until}）`;
  if (d.status === 'changed' && figures) return `（目标调整 ${figures}${p.now ? `，现状 ${p.now.text}` : ''}）`;
  return STATUS_MARK[d.status];
}

/**
 * The rest's deadline against the promise's: "期限 2024-12 → 2026-06" as the months they mean, else as written; "剩余期限
 * 明年6月底前" when the promise names none or both mean one month (no slip to show).
 */
function slip(d: RestDeadline): string {
  const [from, to] = d.resolved ? [d.resolved.from, d.resolved.to] : [d.from?.text, d.to.text];
  return from && from !== to ? `期限 ${from} → ${to}` : `剩余期限 ${to}`;
}

/** Where the report stands: 问题N, or 结语 (question 0: the closing's 表态). */
export function reportPlace(question: number): string {
  return question === 0 ? '结语' : `问题${question}`;
}

export function doneTitle(done: readonly DonePromise[]): string {
  return done.every((d) => d.status === 'done') ? '已报告完成的措施' : '已报告进展的措施';
}
