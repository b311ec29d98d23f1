/**
 * A rate written per a base after a slash, the notation of health and safety statistics: "孕产妇死亡率为8.7/10万" →
 * 8.7 in unit /10万 (deaths per 100,000), "发病率3.2/10万人口" → /10万人, "1/万" → /万. The base is kept as written, the
 * way a rate prefix writes it (每10万人口 → /10万人, rate-prefix.ts); 人口, 人 and 名 are people, 人. The figure is kind other
 * (as a coefficient is: no percentage points between two such rates) and its indicator is the rate named before it.
 * Not a fraction: 1/10万 is one per 100,000, never 1/10 (10 %) and a stray 万; a fraction has no power after its
 * denominator (1/3, 1/5左右: shares.ts). Not a date or a code (2024/10, 3/10万元 has money after the base).
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */
import { readNumeral, isDigit } from './numerals.js';
import { finish, type Reading } from './quantity-reading.js';

/** "/" and the base: a power with 万 or 千 (10万, 十万, 万, 1000), then maybe the people counted; no Han unit after it. */
const BASE_AT = /\/((?:10{0,3}|[十百千])?万|10{3,5}(?!\d)|千)(?:(人口|人|名))?(?![元米吨亩克人次户\d])/y;

/** The per-base rate whose number starts at `i` (an Arabic digit not after another), as a reading, or null. */
export function perBaseAt(view: string, i: number): Reading | null {
  if (!isDigit(view.charCodeAt(i)) || isDigit(view.charCodeAt(i - 1)) || view[i - 1] === '.' || view[i - 1] === '/') return null;
  const n = readNumeral(view, i);
  if (!n || !n.arabic || n.range || view[n.end] !== '/') return null;
  if (view.slice(n.start, n.end).search(/[万亿千百]/u) >= 0) return null; // 3万/10万: no rate
  BASE_AT.lastIndex = n.end;
  const m = BASE_AT.exec(view);
  if (!m) return null;
  const unit = `/${m[1]}${m[2] ? '人' : ''}`;
  return { ...finish(view, n.start, n.end + m[0].length, [n.start, n.end], n.value, unit, 'other', null, null), dimensionless: true };
}
