/**
 * Figures: quantities whose indicators match across the sessions, and how they moved.
 *
 * Example: A "矛盾纠纷化解率97.78%" and B "矛盾纠纷化解率98.60%" → "+0.82 个百分点";
 * A "办理案件1200件" and B "办理案件1380件" → "+180 件 (+15.0%)". Indicators are matched on
 * their folded name, with the same kind and unit: the same name first, then a name
 * that holds the other whole ("今年以来全市矛盾纠纷化解率" holds "矛盾纠纷化解率"; the shorter
 * must have at least four characters, so 积案 alone does not reach into every 积案 phrase).
 * Each figure pairs at most once, best match first, then nearest in reading order.
 * Quantities without an indicator cannot be matched and are only counted.
 */
import type { InquiryRecord, Quantity } from '../model/record.js';
import type { FigureChange, FigurePair, FigureRef, FiguresSection } from './types.js';
import { nameKey } from './fold.js';
import { alignGreedy, type Candidate } from './align.js';

/** Shortest indicator (in code points) that may match inside a longer one. */
const MIN_CONTAINED = 4;

export function compareFigures(a: InquiryRecord, b: InquiryRecord): FiguresSection {
  const figsA = figures(a);
  const figsB = figures(b);
  const candidates: Candidate<null>[] = [];
  figsA.forEach((fa, i) => figsB.forEach((fb, j) => {
    const score = matchScore(fa, fb);
    if (score > 0) candidates.push({ i, j, score, detail: null });
  }));
  const matched = alignGreedy(candidates, 0);
  const usedA = new Set(matched.map((m) => m.i));
  const usedB = new Set(matched.map((m) => m.j));
  const pairs: FigurePair[] = matched.map(({ i, j }) => ({ indicator: figsA[i].indicator, a: figsA[i], b: figsB[j], change: change(figsA[i], figsB[j]) }));
  return {
    pairs,
    onlyA: figsA.filter((_, i) => !usedA.has(i)),
    onlyB: figsB.filter((_, j) => !usedB.has(j)),
    unlabeled: { a: unlabeledCount(a), b: unlabeledCount(b) },
  };
}

type Part = FigureRef['part'];

function allQuantities(record: InquiryRecord): { q: Quantity; question: number | null; part: Part }[] {
  return [
    ...record.session.quantities.map((q) => ({ q, question: null, part: 'introduction' as Part })),
    ...record.questions.flatMap((question) => question.quantities.map((q) => ({ q, question: question.index, part: 'question' as Part }))),
    // The closing's figures (the 满意度测评 rate) compare across sessions too, labelled as the closing's.
    ...(record.session.closing?.quantities ?? []).map((q) => ({ q, question: null, part: 'closing' as Part })),
  ];
}

function figures(record: InquiryRecord): FigureRef[] {
  return allQuantities(record)
    .filter(({ q }) => q.indicator !== null && q.indicator.trim() !== '')
    .map(({ q, question, part }) => ({
      text: q.text, value: q.value, unit: q.unit, kind: q.kind, indicator: q.indicator!, question, part, span: q.span,
    }));
}

function unlabeledCount(record: InquiryRecord): number {
  return allQuantities(record).filter(({ q }) => q.indicator === null || q.indicator.trim() === '').length;
}

/** 1 for the same indicator, 0.5–1 when one holds the other (closer lengths score higher), else 0. */
function matchScore(a: FigureRef, b: FigureRef): number {
  if (a.kind !== b.kind || nameKey(a.unit ?? '') !== nameKey(b.unit ?? '')) return 0;
  const ka = nameKey(a.indicator);
  const kb = nameKey(b.indicator);
  if (ka === kb) return 1;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if ([...short].length < MIN_CONTAINED || !long.includes(short)) return 0;
  return 0.5 + 0.49 * (short.length / long.length);
}

/** Multipliers written before a unit; a change is shown in the one both figures use ("5.6亿元" → 亿). */
const SCALES: [string, number][] = [['亿', 1e8], ['万', 1e4], ['千', 1e3]];

/**
 * The change from a to b. Percents change in percentage points; other figures also as a
 * percent of a. `difference` is in plain units (7e7 元); the text keeps the figures' own
 * multiplier ("+0.7 亿元 (+12.5%)").
 */
export function change(a: FigureRef, b: FigureRef): FigureChange | null {
  if (a.value === null || b.value === null) return null;
  const points = a.kind === 'percent' || a.kind === 'percentage_point';
  const [scaleName, factor] = points ? ['', 1] : SCALES.find(([s]) => scaled(a.text, s) && scaled(b.text, s)) ?? ['', 1];
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
