/**
 * The change of one indicator between two figures: in percentage points for percents, else in the figures' unit and as a
 * percent of the first.
 *
 * Example: A "矛盾纠纷化解率97.78%" and B "矛盾纠纷化解率98.60%" → "+0.82 个百分点"; A "办理案件1200件" and B "办理案件1380件"
 * → "+180 件 (+15.0%)"; "98.6亿元" against "1126000万元" → "+14 亿元", in the larger multiplier both carry; "6.8‰" → "5.9‰" is
 * "−0.9 个千分点". A fall written with its direction (下降2.3个百分点) comes here signed (−2.3: figure-reading.ts).
 */
import type { FigureChange, FigureRef } from './types.js';

/**
 * Multipliers written before a unit; when both figures carry one, a change is shown in the larger:
 * "98.6亿元" against "1126000万元" is +14 亿元, not +1400000000 元. A figure in plain units (9000元)
 * keeps the change plain; a unit that begins with one (千米) is no multiplier of its own.
 */
const SCALES: [string, number][] = [['亿', 1e8], ['万', 1e4], ['千', 1e3]];

/**
 * The change from a to b. Percents change in percentage points; other figures also as a
 * percent of a. `difference` is in plain units (7e7 元); the text keeps the figures' own
 * multiplier ("+0.7 亿元 (+12.5%)").
 */
export function change(a: FigureRef, b: FigureRef): FigureChange | null {
  if (a.value === null || b.value === null) return null;
  const points = a.kind === 'percent' || a.kind === 'percentage_point';
  const uses = (f: FigureRef, s: string) => scaled(f.text, s) && !(f.unit ?? '').startsWith(s);
  const both = SCALES.some(([s]) => uses(a, s)) && SCALES.some(([s]) => uses(b, s));
  const [scaleName, factor] = points ? ['', 1]
    : (both ? SCALES.find(([s]) => uses(a, s) || uses(b, s)) : undefined) ?? ['', 1];
  const va = a.value / factor;
  const vb = b.value / factor;
  const digits = Math.max(decimals(va), decimals(vb));
  const shown = Number((vb - va).toFixed(digits)) + 0; // + 0 turns −0 into 0
  const difference = Number((shown * factor).toFixed(Math.max(0, digits - Math.log10(factor)))) + 0;
  const unit = points ? POINTS[a.unit ?? '%'] ?? '个百分点' : (a.unit ?? ''); // 6.8‰ → 5.9‰ is −0.9 个千分点
  const percent = points || a.value === 0 ? null : Number((((b.value - a.value) / a.value) * 100).toFixed(1)) + 0;
  if (shown === 0) return { difference: 0, unit, percent: percent === null ? null : 0, text: '无变化' };
  const signed = (x: number) => (x > 0 ? `+${x}` : `${x}`.replace('-', '−'));
  const amount = `${signed(shown)}${unit || scaleName ? ' ' : ''}${scaleName}${unit}`;
  const text = percent === null ? amount : `${amount} (${signed(percent)}%)`;
  return { difference, unit, percent, text };
}

/** The points a rate changes in, by its unit. */
const POINTS: Readonly<Record<string, string>> = { '%': '个百分点', '‰': '个千分点', '‱': '个万分点' };

/** The multiplier stands right after the digits ("5.6亿元", "1.5万平方米"), not elsewhere in the text. */
function scaled(text: string, scale: string): boolean {
  return new RegExp(`[0-9０-９.．]${scale}`).test(text);
}

/** Decimal places of a number as JavaScript prints it (97.78 → 2, 15000 → 0). */
function decimals(x: number): number {
  const s = String(x);
  if (s.includes('e')) return 0;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(6, s.length - dot - 1);
}
