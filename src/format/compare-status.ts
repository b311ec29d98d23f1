/**
 * How the formatters show what a later session reports of an earlier promise: "（正在推进）正在推进的是县级统管机制…",
 * "（尚未完成）尚未完成的是季节性缺水整治…"; a done report carries no mark, as before, and the section is
 * "已报告完成的措施" while every report says done, else "已报告进展的措施".
 */
import type { DonePromise } from '../compare/types.js';

export const STATUS_MARK: Readonly<Record<DonePromise['status'], string>> = { done: '', 'in-progress': '（正在推进）', unmet: '（尚未完成）' };

export function doneTitle(done: readonly DonePromise[]): string {
  return done.every((d) => d.status === 'done') ? '已报告完成的措施' : '已报告进展的措施';
}
