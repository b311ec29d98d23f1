/**
 * Units written in Latin letters or as symbols, the way Chinese official text writes SI units:
 * "PM2.5年均浓度27.4μg/m³" (微克/立方米), "人均住房面积8.5m²" (平方米), "新建管网35km" (公里),
 * "光伏装机120MW" (兆瓦), "污水处理能力5000m³/日", "千兆宽带1000Mbps", "降雨量120mm".
 * Each is a unit of measurement (kind `quantity`, as its Chinese name is) recorded as written in the
 * normalized view (full-width ｍ²  → m², ｋｍ → km: widths are folded there); the symbols ㎡ ㎞ ㎏ …
 * are units of their own. A letter unit ends where the letters end: "35km" and "35km，" are 35 km, but
 * "5min", "3ms" hold no unit m (see `endsLatinUnit`), and a figure followed by letters that are no unit
 * ("5G", "4K") is still no figure (quantity-guards.ts).
 * Offsets: UTF-16 code units into the view, 0-based, end-exclusive.
 */

/** The Latin and symbol units, as written (matching is longest first, in units.ts). */
export const LATIN_UNITS = [
  // Length and area: 米, 公里, 厘米, 毫米; 平方米, 平方公里 (also m2 / km2 written with a plain digit).
  'm', 'km', 'cm', 'mm', 'KM', 'Km', 'm²', 'm2', 'km²', 'km2', '㎡', '㎢', '㎞', '㎝', '㎜',
  // Volume: 立方米, 升, 毫升.
  'm³', 'm3', '㎥', 'L', 'mL', 'ml',
  // Mass: 吨, 千克, 毫克, 微克 (μ Greek mu and µ the micro sign alike).
  't', 'kg', 'KG', 'Kg', 'mg', 'μg', 'µg', '㎏', '㎎', '㎍',
  // Power and energy: 千瓦, 兆瓦, 吉瓦, 千瓦时, 兆瓦时; voltage 千伏.
  'kW', 'KW', 'kw', 'MW', 'GW', 'kWh', 'KWh', 'kwh', 'kW·h', 'MWh', 'GWh', '㎾', 'kV', 'KV', '㎸',
  // Bandwidth and storage, noise, temperature, turbidity of drinking water.
  'Mbps', 'Gbps', 'kbps', 'MB', 'GB', 'TB', 'dB', '°C', 'NTU',
  // Storage at data-centre scale (存储容量50PB, 数据总量2EB) and computing power (算力规模1200PFlops, 智能算力3.5EFLOPS,
  // 芯片算力500TOPS): the FLOPS family as written, mixed case or capitals.
  'KB', 'kB', 'PB', 'EB', 'ZB',
  'PFlops', 'PFLOPS', 'EFlops', 'EFLOPS', 'TFlops', 'TFLOPS', 'GFlops', 'GFLOPS', 'TOPS', 'POPS',
] as const;

/**
 * The shorthand of computing power, a capital after the figure (算力达到1200P, 1.2万P, 智算规模1.2E, 800PF): a unit
 * only in a clause about 算力 (see `computeShorthandAt` in units.ts) — a bare P or E elsewhere is a code or a name.
 */
export const COMPUTE_SHORTHAND = ['PF', 'EF', 'P', 'E'] as const;

/** The clause before a figure speaks of computing power (算力, 智算, 超算, 计算能力). */
export const COMPUTE_CONTEXT = /算力|智算|超算|计算能力/u;

/**
 * Letters after a figure that read as a unit nobody listed (1200PFlop, 30kWp): two or more letters ending the word.
 * The figure is read with unit null rather than dropped; one letter (5G, 4K, 3D, 4A级) stays part of a name, and
 * letters joined on by a digit, - or + (5G-A, 3GPP2, 1+N) stay a code.
 */
export function unknownLatinUnitAt(view: string, start: number): boolean {
  let k = start;
  while (k < view.length && k < start + 12 && LETTER.test(view[k])) k++;
  return k - start >= 2 && !/[A-Za-z0-9\-+#_.]/.test(view[k] ?? '');
}
const LETTER = /[A-Za-z]/;

/** The code unit after a letter unit that would make it part of a longer word (5min, 3ms, 10km2x). */
const CONTINUES_WORD = /[A-Za-z0-9]/;

/** True when the unit `key` (from LATIN_UNITS) ending at `end` stands alone: no letter or digit follows a letter unit. */
export function endsLatinUnit(view: string, key: string, end: number): boolean {
  return !/[A-Za-z0-9]$/.test(key) || !CONTINUES_WORD.test(view[end] ?? '');
}
