/**
 * Money as officials say it, with no 元 written: "我们这两年投入了一个多亿" → 100000000 元, qualifier 多; "总投资两个亿出头"
 * → 200000000 元, qualifier 出头; "二期投资3个亿" → 300000000 元; "经费一年要两千来万" → 20000000 元, qualifier 来.
 * In speech 个 stands between the numeral and 亿 (N个亿, N个多亿): it is no measure word, and 亿 said on its own is
 * money (nobody counts a hundred million of anything else by 个). 多/来/余 between a round figure and 万/亿 (两千多万,
 * 五百来万) make the figure approximate; that is money only after a word of funds (投入, 经费, 资金 …, unitless.ts),
 * elsewhere it counts people (两千多万人口 is read by the unit after it).
 * Offsets: UTF-16, 0-based, end-exclusive ([start, end)).
 */
import type { NumeralMatch } from './numerals.js';
import { matchUnit } from './units.js';
import { finish, type Reading } from './quantity-reading.js';
import { moneyBefore } from './unitless.js';

/** 个 (maybe 多/来/余) then 亿, or 多/来/余 then 万/亿 after a round figure; group 1 个, 2 the qualifier, 3 the power. */
const SPOKEN_SCALE = /^(个)?([多来余])?([万亿])/u;
/** What may follow the power: punctuation, the end, or a word that is no measure word (出头, 的, a verb). */
const NO_UNIT_AFTER = /^(?:出头|左右|[,。;:!?、\s的]|$)/u;

/** The money amount said with N个亿 or N千多万 starting at the numeral `n`, or null. */
export function spokenMoney(view: string, n: NumeralMatch): Reading | null {
  if (n.range || n.indefinite) return null;
  const m = SPOKEN_SCALE.exec(view.slice(n.end, n.end + 3));
  if (!m) return null;
  const [, ge, inner, power] = m;
  if (ge && power !== '亿') return null; // 两个万: no speech; 一个万元户 is a name
  if (!ge && !inner) return null; // 3亿, 52万: read with the units (units.ts) or as a bare count (unitless.ts)
  // 来 only after a round figure (两千来万; 二十来个 is read with the measure words).
  if (!ge && !/^[1-9]0*$/.test(String(n.value))) return null;
  const end = n.end + m[0].length;
  const after = matchUnit(view, end);
  if (after) return null; // 两千多万人, 3个亿元 (no speech): the unit after says what is counted
  if (!NO_UNIT_AFTER.test(view.slice(end, end + 2))) return null;
  if (!ge && !moneyBefore(view, n.start)) return null; // 两千多万, with no word of funds before it, may count people
  const value = n.value * (power === '亿' ? 1e8 : 1e4);
  return finish(view, n.start, end, [n.start, n.end], value, '元', 'money', inner ?? null, null);
}
