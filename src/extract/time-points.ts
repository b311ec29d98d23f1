/**
 * Points and parts of time written with a numeral, which measure nothing: "比五年前增加了三分之一" (five years ago, a
 * point in time, as 去年 is), "今年前10个月，全市…" and "2024年前两个季度" (the first ten months of a year, a part of the
 * calendar, as 上半年 is). Time adverbials framing what is said are no figures either: "这两年" (these two years),
 * "每两年复评一次" (the period of a rhythm), "两年内，全县…" (a frame opening the sentence; "力争两年内完成" is a
 * deadline, a figure). A span counted back from now stays a duration (近五年, 五年来: the contract's reading, gold), and
 * so does a span that something is early or late by (提前3个月, 超前两年).
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */
import { DURATION_UNITS } from './units.js';

/** What after 前 makes it open a word of its own (前期, 前列, 前景, 前沿, 前端, 前提) or 前后 ("about"). */
const FORE_OPENS_WORD = /[期列景沿端提后置台夕身]/u;
/** 每 and the lower bound of a range before the upper one (每3至5年, 每两到三年): the period of a rhythm as a whole. */
const EVERY_RANGE_BEFORE = /每[\d零一二两三四五六七八九十]+[至到~—–-]$/u;
/** Before the 前 that opens the first N periods: a year (今年, 去年, 2024年) or a year's name (本年度). */
const OF_A_YEAR = /[年度]/u;

/**
 * True when the numeral at [start, …) with the time unit `unit` ending at `end` is a point or a part of the calendar:
 * N + unit + 前 (五年前, 三个月前), or a year + 前 + N + unit (今年前10个月, 2024年前三季度).
 */
export function isTimePoint(view: string, start: number, unit: string, end: number): boolean {
  if (!DURATION_UNITS.has(unit)) return false;
  if (view[end] === '前' && !FORE_OPENS_WORD.test(view[end + 1] ?? '')) return true;
  const before = view[start - 1] ?? '';
  if (before === '这' || before === '那' || before === '每') return true; // 这两年; 每两年复评一次
  if (EVERY_RANGE_BEFORE.test(view.slice(Math.max(0, start - 6), start))) return true; // 每3至5年提升: the upper bound too
  // 两年内，全县…: the frame opens the sentence and a comma closes it.
  if (/^内[,，]/u.test(view.slice(end, end + 2)) && !/[\u4e00-\u9fff]/u.test(before)) return true;
  return view[start - 1] === '前' && OF_A_YEAR.test(view[start - 2] ?? '');
}
