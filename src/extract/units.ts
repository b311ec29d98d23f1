/**
 * Units and measure words that may follow a numeral, each with the kind of quantity it makes.
 *
 * Example: in "完成生命防护工程591公里,实现12家三级医院警务室全覆盖" the unit 公里 makes
 * 591 a `quantity` and the measure word 家 makes 12 a `count`; in "较去年提高8个百分点" the
 * longest match is 个百分点 (unit 百分点, a `percentage_point`, never a percent).
 * Matching is longest-first on the normalized view; offsets are UTF-16, end-exclusive.
 * Not units on purpose: 级 (市县两级, 三级医院 are grades), 届 (六届 is an ordinal),
 * 月/日/号 (calendar dates), 方 (方面), 度 (力度), 门 and 部 before 门/分/署/长/委 (两部门 counts departments),
 * 头 (两头).
 */
import type { QuantityKind } from '../model/record.js';

export interface UnitMatch {
  /** The unit as recorded (个百分点 → 百分点, 万元 → 元). */
  unit: string;
  kind: QuantityKind;
  /** Offset just after the unit (UTF-16, into the view). */
  end: number;
  /** Multiplier carried by the unit itself (万元 → 10000), applied to the numeral. */
  multiplier: number;
}

/** Measure words (量词) that turn a numeral into a `count`. */
export const MEASURE_WORDS = [
  '个', '名', '位', '家', '件', '条', '台', '项', '份', '所', '座', '次', '批', '户', '人', '起', '宗', '场',
  '期', '支', '辆', '张', '套', '处', '间', '类', '种', '例', '篇', '本', '册', '株', '棵', '只',
  '艘', '架', '轮', '栋', '幢', '组', '队', '根', '块', '片', '堂', '封', '笔', '颗', '枚', '把', '对', '班', '票',
  '人次', '户次', '件次', '车次', '架次', '班次', '批次', '家次', '场次', '份次', '余人次',
] as const;

/** Units of measurement (length, area, volume, mass, time, study hours …): kind `quantity`. */
export const MEASUREMENT_UNITS = [
  '公里', '千米', '米', '厘米', '毫米', '平方公里', '平方千米', '平方米', '平米', '亩', '公顷',
  '立方米', '升', '毫升', '吨', '千克', '公斤', '克', '斤', '毫克', '微克',
  '年', '个月', '天', '小时', '分钟', '秒', '周', '周年', '个工作日', '工作日', '学时', '课时', '学分',
  // 两个季度 lasts two quarters (连续两个季度); a bare 三季度 is the third quarter, a date (no unit).
  '个季度',
  '岁', '周岁', '倍', '千瓦', '千瓦时', '兆瓦', '兆瓦时', '千伏', '℃',
  // Industry and utilities: boiler capacity (10蒸吨 = 10 t/h), gas by standard cubic metres (标方), 立方 for 立方米
  // in speech, energy in tonnes of standard coal, containers (标箱), pipes and trenches (延米), sea distance.
  '蒸吨', '标方', '立方', '吨标准煤', '吨标煤', '标箱', '延米', '海里',
] as const;

/** Currency units: kind `money`; the 万/亿 they carry is applied to the value. */
const MONEY: Readonly<Record<string, [unit: string, multiplier: number]>> = {
  元: ['元', 1], 万元: ['元', 1e4], 亿元: ['元', 1e8], 千元: ['元', 1e3], 块钱: ['元', 1],
  美元: ['美元', 1], 万美元: ['美元', 1e4], 亿美元: ['美元', 1e8], 欧元: ['欧元', 1], 港元: ['港元', 1], 英镑: ['英镑', 1],
};

interface Entry { unit: string; kind: QuantityKind; multiplier: number }

const TABLE: ReadonlyMap<string, Entry> = new Map<string, Entry>([
  ...MEASURE_WORDS.map((w): [string, Entry] => [w, { unit: w, kind: 'count', multiplier: 1 }]),
  ...MEASUREMENT_UNITS.map((w): [string, Entry] => [w, { unit: w, kind: 'quantity', multiplier: 1 }]),
  ...Object.entries(MONEY).map(([w, [unit, multiplier]]): [string, Entry] => [w, { unit, kind: 'money', multiplier }]),
  ['%', { unit: '%', kind: 'percent', multiplier: 1 }],
  // Per mille and per ten thousand (出生率6.8‰, 不良率3‱): rates of the same kind as a percent, the value
  // kept as written (3.2‰ → 3.2, unit ‰); the unit tells them apart, so 3.2‰ is never compared with 3.2%.
  ['‰', { unit: '‰', kind: 'percent', multiplier: 1 }],
  ['‱', { unit: '‱', kind: 'percent', multiplier: 1 }],
  ['百分点', { unit: '百分点', kind: 'percentage_point', multiplier: 1 }],
  ['个百分点', { unit: '百分点', kind: 'percentage_point', multiplier: 1 }],
  // A change of a per-mille rate (比全省高0.6个千分点): points of ‰, never a count of 个.
  ['千分点', { unit: '千分点', kind: 'percentage_point', multiplier: 1 }],
  ['个千分点', { unit: '千分点', kind: 'percentage_point', multiplier: 1 }],
  // Counts in 万/亿 of a measure word: "5万人" is read by the numeral, "5万余人" needs these.
  ['万人', { unit: '人', kind: 'count', multiplier: 1e4 }],
  ['万户', { unit: '户', kind: 'count', multiplier: 1e4 }],
  ['万件', { unit: '件', kind: 'count', multiplier: 1e4 }],
  ['万人次', { unit: '人次', kind: 'count', multiplier: 1e4 }],
  ['万平方米', { unit: '平方米', kind: 'quantity', multiplier: 1e4 }],
  ['万亩', { unit: '亩', kind: 'quantity', multiplier: 1e4 }],
  ['万吨', { unit: '吨', kind: 'quantity', multiplier: 1e4 }],
]);

/** The units opening with each code unit, longest first: a lookup tries only those, in place (no slice). */
const OPENING = new Map<number, { key: string; entry: Entry }[]>();
for (const [key, entry] of TABLE) {
  const list = OPENING.get(key.charCodeAt(0)) ?? [];
  list.push({ key, entry });
  OPENING.set(key.charCodeAt(0), list.sort((a, b) => b.key.length - a.key.length));
}

/**
 * Per-time denominators after "/": "500吨/日", "2000元/月", "2.3万人次/日", "120辆/小时". 日 and 月 are no units
 * by themselves (dates), so they are read here only, and only when the unit word ends there (not "/日均").
 */
const PER_TIME = /^(?:小时|分钟|日|天|月|年|周|时|秒)(?![\u4e00-\u9fff])/u;

/** Compound units of a measurement or a price: "微克/立方米", "公里/小时", "元/立方米" (unit joined with "/"); rates per time of any unit. */
function compound(view: string, first: UnitMatch): UnitMatch {
  if (view[first.end] !== '/') return first;
  // A rate per time: 500吨/日, 2000元/月, and a flow of visits 2.3万人次/日 (still a count, of 人次/日); a count of
  // things per time stays a count of them (个/年 is no flow).
  const rate = first.kind === 'quantity' || first.kind === 'money' || (first.kind === 'count' && first.unit.endsWith('次'));
  const time = rate ? PER_TIME.exec(view.slice(first.end + 1, first.end + 4)) : null;
  if (time) return { ...first, unit: `${first.unit}/${time[0]}`, end: first.end + 1 + time[0].length };
  if (first.kind !== 'quantity' && first.kind !== 'money') return first;
  const second = lookup(view, first.end + 1);
  // A price is money per measure or per head: 0.8元/立方米, 200元/人.
  // A measure word is a unit only when it ends the word (元/人, not 元/项目).
  const perHead = first.kind === 'money' && second?.kind === 'count' && !/[\u4e00-\u9fff]/u.test(view[second.end] ?? '');
  if (!second || !(second.kind === 'quantity' || perHead)) return first;
  const joined = { ...first, unit: `${first.unit}/${second.unit}`, end: second.end };
  // 3000元/人/月: a price per head and per time.
  const then = view[joined.end] === '/' ? PER_TIME.exec(view.slice(joined.end + 1, joined.end + 4)) : null;
  return then ? { ...joined, unit: `${joined.unit}/${then[0]}`, end: joined.end + 1 + then[0].length } : joined;
}

// An index loop, not for-of with destructuring: most of a batch runs this unoptimized (Sparkplug),
// where the iterator protocol costs about three times the loop.
function lookup(view: string, start: number): UnitMatch | null {
  const list = OPENING.get(view.charCodeAt(start));
  if (list === undefined) return null;
  for (let k = 0; k < list.length; k++) {
    const { key, entry } = list[k];
    if (view.startsWith(key, start)) return { unit: entry.unit, kind: entry.kind, end: start + key.length, multiplier: entry.multiplier };
  }
  return null;
}

/** The longest unit or measure word starting at `start` of the view, or null. */
export function matchUnit(view: string, start: number): UnitMatch | null {
  const found = lookup(view, start);
  if (!found && view[start] === '部' && !DEPARTMENT_WORD.test(view[start + 1] ?? '')) return { unit: '部', kind: 'count', end: start + 1, multiplier: 1 };
  return found ? compound(view, found) : null;
}

/** 部 counts lifts, laws and films (加装电梯312部, 两部法规) but is a department in 两部门, 部分, 部署, 部长, 部委. */
const DEPARTMENT_WORD = /[门分署长委位队属落级]/u;

/** Time units after which 近 means "the past" (近五年), not "nearly". */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['年', '个月', '个季度', '天', '周', '小时', '个工作日', '工作日']);
