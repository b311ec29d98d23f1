/**
 * One unit of area, length, mass or volume opening a possessive phrase that names a value (收益, 产量, 成本 …) is the base
 * that value is given per, no figure of its own: "一亩小麦的纯收益也就两三百元" → 一亩 counts nothing (the net income per
 * mu of wheat is 两三百元). "种了一亩小麦" (no value after 的) and "一万亩小麦的产量" (a total, 一 opening a larger numeral)
 * keep their figures. Offsets are UTF-16 code units into the normalized view.
 */
import { MEASUREMENT_UNITS } from './units.js';
import { gated } from '../source/gated.js';

/** Units of time, age and study are durations, not bases of a yield (一年的收入 is left to the other rules). */
const NOT_A_BASE = /[年月天日时分秒周岁季倍]/u;

/** The units, longest first so that 平方米 wins over 米. */
const BASE_UNITS = [...MEASUREMENT_UNITS].filter((u) => !NOT_A_BASE.test(u)).sort((a, b) => b.length - a.length);

/** Values given per a unit of land, goods or length (纯收益, 平均产量, 种植成本, 收购价格). */
const VALUES = ['收益', '收入', '产量', '产值', '成本', '价格', '价钱', '利润', '租金', '效益', '投入', '补贴', '补助'];
const PER_UNIT_VALUE = `(?:[\\u4e00-\\u9fff]{0,2}?(?:${VALUES.join('|')}))`;

/** (Run only on words holding 的 and a value: most 一 open no base.) */
const BASE = gated([['的'], VALUES], () => new RegExp(`^一(${BASE_UNITS.join('|')})[\\u4e00-\\u9fff]{1,4}?的${PER_UNIT_VALUE}`, 'u'));

/** Characters before 一 that make it part of a larger numeral or a rank (十一, 第一, 每一). */
const BOUND_BEFORE = /[\d零〇○一二两三四五六七八九十百千万亿第每]/u;

/** The length of `一` and its unit at `i` when they are such a base, else 0. */
export function unitBaseAt(view: string, i: number): number {
  if (view.charCodeAt(i) !== 0x4e00 || (i > 0 && BOUND_BEFORE.test(view[i - 1]))) return 0;
  const m = BASE.exec(view.slice(i, i + 24));
  return m ? 1 + m[1].length : 0;
}
