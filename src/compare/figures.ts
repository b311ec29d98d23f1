/**
 * Figures: quantities whose indicators match across the sessions, and how they moved.
 *
 * Example: A "矛盾纠纷化解率97.78%" and B "矛盾纠纷化解率98.60%" → "+0.82 个百分点";
 * A "办理案件1200件" and B "办理案件1380件" → "+180 件 (+15.0%)". Indicators are matched on
 * their folded name, with the same kind and unit; when one side names an indicator
 * several times, the figures pair in reading order and the rest stay unmatched.
 * Quantities without an indicator cannot be matched and are only counted.
 */
import type { InquiryRecord, Quantity } from '../model/record.js';
import type { FigureChange, FigurePair, FigureRef, FiguresSection } from './types.js';
import { nameKey } from './fold.js';

export function compareFigures(a: InquiryRecord, b: InquiryRecord): FiguresSection {
  const figsA = figures(a);
  const figsB = figures(b);
  const byKeyB = new Map<string, number[]>();
  figsB.forEach((f, j) => {
    const key = figureKey(f);
    byKeyB.set(key, [...(byKeyB.get(key) ?? []), j]);
  });
  const pairs: FigurePair[] = [];
  const usedB = new Set<number>();
  const usedA = new Set<number>();
  figsA.forEach((f, i) => {
    const queue = byKeyB.get(figureKey(f));
    const j = queue?.shift();
    if (j === undefined) return;
    usedA.add(i);
    usedB.add(j);
    pairs.push({ indicator: f.indicator, a: f, b: figsB[j], change: change(f, figsB[j]) });
  });
  return {
    pairs,
    onlyA: figsA.filter((_, i) => !usedA.has(i)),
    onlyB: figsB.filter((_, j) => !usedB.has(j)),
    unlabeled: { a: unlabeledCount(a), b: unlabeledCount(b) },
  };
}

function allQuantities(record: InquiryRecord): { q: Quantity; question: number | null }[] {
  return [
    ...record.session.quantities.map((q) => ({ q, question: null })),
    ...record.questions.flatMap((question) => question.quantities.map((q) => ({ q, question: question.index }))),
  ];
}

function figures(record: InquiryRecord): FigureRef[] {
  return allQuantities(record)
    .filter(({ q }) => q.indicator !== null && q.indicator.trim() !== '')
    .map(({ q, question }) => ({
      text: q.text, value: q.value, unit: q.unit, kind: q.kind, indicator: q.indicator!, question, span: q.span,
    }));
}

function unlabeledCount(record: InquiryRecord): number {
  return allQuantities(record).filter(({ q }) => q.indicator === null || q.indicator.trim() === '').length;
}

function figureKey(f: FigureRef): string {
  return `${nameKey(f.indicator)}\u0000${f.kind}\u0000${nameKey(f.unit ?? '')}`;
}

/** The change from a to b; percents change in percentage points, other figures also as a percent. */
export function change(a: FigureRef, b: FigureRef): FigureChange | null {
  if (a.value === null || b.value === null) return null;
  const digits = Math.max(decimals(a.value), decimals(b.value));
  const difference = Number((b.value - a.value).toFixed(digits)) + 0; // + 0 turns −0 into 0
  const points = a.kind === 'percent' || a.kind === 'percentage_point';
  const unit = points ? '个百分点' : (a.unit ?? '');
  const percent = points || a.value === 0 ? null : Number(((difference / a.value) * 100).toFixed(1)) + 0;
  if (difference === 0) return { difference, unit, percent: percent === null ? null : 0, text: '无变化' };
  const signed = (x: number) => (x > 0 ? `+${x}` : `${x}`.replace('-', '−'));
  const amount = unit ? `${signed(difference)} ${unit}` : signed(difference);
  const text = percent === null ? amount : `${amount} (${signed(percent)}%)`;
  return { difference, unit, percent, text };
}

/** Decimal places of a number as JavaScript prints it (97.78 → 2, 15000 → 0). */
function decimals(x: number): number {
  const s = String(x);
  if (s.includes('e')) return 0;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, s.length - dot - 1);
}
