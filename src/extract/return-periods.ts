/**
 * Return periods of a design standard: "行洪标准达到50年一遇" → 50, "由1~2年一遇提高到3~5年一遇" → [1, 2] and [3, 5],
 * "防洪标准全部达到百年一遇" → 100, "五十年一遇的洪水" → 50. N年一遇 ("once in N years") is a standard, no span of time:
 * it is kind other, unit 年一遇, value N (a range's lower bound, the range kept), never a duration in 年 (measured.ts
 * leaves N年 before 一遇 unread for that reason). A round 百/千 reads alone here (百年一遇), as it does nowhere else.
 * "几十年一遇" is approximate as 几十人 is (qualifier 几); "多少年一遇" has no numeral and gives nothing.
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive [start, end).
 */
import type { NumeralMatch } from './numerals.js';
import { finish, type Reading } from './quantity-reading.js';
import type { Segmenter } from '../segment/segmenter.js';
import { before } from './indicator-before.js';

/** 年一遇 after the numeral (一遇 is "met once"): the whole of the unit. */
const ONCE_IN = '年一遇';

/**
 * A verb of change right after an earlier return period ("由1~2年一遇提高到|3~5年一遇"): the figure has no noun of its own
 * before it (一遇 is the earlier figure's unit); it measures what the earlier one does (change-carry.ts).
 */
const AFTER_PERIOD = /年一遇(?:提高|提升|上升|降低|下降|调整|增加)?(?:到|至)$/u;

/** The return period whose numeral is `n`, as a reading (kind other, unit 年一遇), or null when 年一遇 does not follow it. */
export function returnPeriod(view: string, n: NumeralMatch): Reading | null {
  if (!view.startsWith(ONCE_IN, n.end)) return null;
  const r = finish(view, n.start, n.end + ONCE_IN.length, [n.start, n.end], n.value, ONCE_IN, 'other', n.indefinite ?? null, n.range);
  return AFTER_PERIOD.test(view.slice(Math.max(0, r.span[0] - 8), r.span[0])) ? { ...r, subject: null } : { ...r, dimensionless: true };
}

/**
 * The indicator of a return period is the standard it sets, named before it ("行洪标准达到|50年一遇" → 行洪标准). Two
 * writings name no standard there:
 * - "堤防按|五十年一遇|标准建设": the figure qualifies the bare 标准 after it, the manner of building; the standard is that
 *   of the subject before 按 (堤防), what is built to it.
 * - "城区达到|百年一遇": the phrase before is an area (城区, 中心城区, 市区), where the standard holds, no standard; the
 *   standard named earlier in the sentence (…防洪标准…, 城区达到百年一遇) is carried, else there is none.
 * A thing with a standard of its own (易涝点由1~2年一遇提高到…) stays. `found` is the phrase the indicator reader found
 * before the figure; offsets are UTF-16 code units into the normalized view.
 */
export function standardOf(view: string, start: number, end: number, found: string | null, segmenter: Segmenter): [number, number] | string | null {
  if (view.startsWith('标准', end) && MANNER_BEFORE.test(view.slice(Math.max(0, start - 1), start))) return before(view, start - 1, segmenter);
  if (found === null || !AREA_NOUN.test(found)) return found;
  let from = start;
  while (from > 0 && !'。;!?\n'.includes(view[from - 1])) from--;
  const at = view.lastIndexOf('标准', start);
  if (at < from || view.startsWith(ONCE_IN, at - ONCE_IN.length)) return null; // 按五十年一遇|标准: a bare 标准, the figure's
  const named = before(view, at + 2, segmenter);
  return named && named[1] === at + 2 && named[1] - named[0] > 2 ? named : null;
}

/** Coverbs of manner before a standard: 按|50年一遇标准, 以, 依, 执行, 按照. */
const MANNER_BEFORE = /[按以依照行]$/u;
/** Nouns of an area, where a standard holds (城区, 中心城区, 市区, 县城, 主城区, 全市, 流域, 区域, 地区). */
const AREA_NOUN = /(?:城区|市区|县城|城镇|地区|区域|流域|全[市县区省州])$/u;
