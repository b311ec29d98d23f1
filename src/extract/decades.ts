/**
 * Decades: "我们社区是上世纪八十年代建的老小区", "20世纪90年代", "八十年代初", "80年代末", "1990年代以来", "七八十年代",
 * "70、80年代" name a period of the calendar, the 1980s — no span of 80 years. N年代 with N a round ten (二十…九十, 20…90,
 * a range of them as 五六十, or a four-digit year ending in 0) gives no figure; nor does the first decade of a series
 * joined to it (70、80年代, 六十到七十年代). 十年代 and 10年代 (the 1910s or 2010s) only after 世纪 (21世纪10年代): alone,
 * "十年代价" is ten years and a price.
 * Not 年代 when 代 opens a word of its own (用了八十年代价, 三十年代表着): 代价, 代表, 代替, 代理 … — unless 世纪 names the
 * century before it, which leaves only the decade. "这项工作坚持了80年" is a span of years, kept.
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */
import { readNumeral } from './numerals.js';
import { readIndefinite } from './indefinite-numerals.js';

/** Characters a numeral of a decade is written with (80, 八十, 五六十, 1990). */
const NUMERAL_CHAR = /[\d一二三四五六七八九十]/u;
/** How many characters such a numeral may take (1990, 五六十, 七八十). */
const MAX_NUMERAL = 4;
/** 代 opening a word after N年: a price, a representative, a stand-in (十年代价, 三十年代表), no decade. */
const DAI_WORD = /^代(?:价|表|替|理|办|缴|收|管|为|言|课|销|购|付|扣|偿|劳|持|签|领)/u;
/** What joins two decades of a series: 70、80年代, 六十到七十年代. */
const JOINER = /^(?:、|和|及|与|至|到|—|-|~)$/u;
/** 世纪 (上世纪, 20世纪, 本世纪) right before the decade: the century it is in. */
const CENTURY_BEFORE = /世纪$/u;

/** True when `value` can name a decade: a round ten from 10 to 90, or a year ending in 0 (1990). */
function roundTen(value: number, century: boolean): boolean {
  if (value >= 1000 && value < 2100) return value % 10 === 0;
  return value % 10 === 0 && value <= 90 && (value >= 20 || (value === 10 && century));
}

/** Where the decade (or series of decades) whose numeral starts at `start` ends, after its 年代; else 0. */
export function decadeAt(view: string, start: number): number {
  // Cheap test first: a numeral of at most four characters, then 年代 (run at every numeral of a section).
  let j = start;
  while (j < start + MAX_NUMERAL && j < view.length && NUMERAL_CHAR.test(view[j])) j++;
  if (j === start) return 0;
  if (view[j] === '年' && view[j + 1] === '代') return decadeEnd(view, start);
  if (!JOINER.test(view[j] ?? '') || !NUMERAL_CHAR.test(view[j + 1] ?? '')) return 0;
  // 六十到七十年代: one numeral of a range (numerals.ts) before 年代.
  const range = decadeEnd(view, start);
  if (range) return range;
  // 70、80年代: the first of a series, then the decade it shares 年代 with.
  const n = readIndefinite(view, start) ?? readNumeral(view, start);
  if (!n || n.end !== j || n.range || !roundTen(n.value, false)) return 0;
  const rest = decadeEnd(view, j + 1);
  return rest ? j + 1 + rest - start : 0;
}

/** The length of "N年代" at `start` when N names a decade, else 0. */
function decadeEnd(view: string, start: number): number {
  const n = readIndefinite(view, start) ?? readNumeral(view, start);
  if (!n || view[n.end] !== '年' || view[n.end + 1] !== '代') return 0;
  const century = CENTURY_BEFORE.test(view.slice(Math.max(0, start - 2), start));
  const bounds = n.range ?? [n.value, n.value];
  if (!bounds.every((b) => roundTen(b, century))) return 0;
  if (!century && DAI_WORD.test(view.slice(n.end + 1, n.end + 3))) return 0;
  return n.end + 2 - start;
}
