/**
 * Units and measure words that may follow a numeral, each with the kind of quantity it makes.
 *
 * Example: in "完成生命防护工程591公里,实现12家三级医院警务室全覆盖" the unit 公里 makes
 * 591 a `quantity` and the measure word 家 makes 12 a `count`; in "较去年提高8个百分点" the
 * longest match is 个百分点 (unit 百分点, a `percentage_point`, never a percent).
 * Matching is longest-first on the normalized view; offsets are UTF-16, end-exclusive.
 * Not units on purpose: 级 (市县两级, 三级医院 are grades), 届 (六届 is an ordinal),
 * 月/日/号 (calendar dates), 方 (方面), 度 (力度), 部 before 门/分/署/长/委 (两部门 counts departments);
 * a measure word that also opens a word is none there (头脑, 口岸, 层面, 节能, 年级: see OPENS_WORD), and the few that
 * are also nouns of the body or of speech (两头, 两眼, 两节) count only after a figure (see FIGURE_ONLY).
 * A rate keeps its denominator of time: "处理能力5万吨/日" → 吨/日, "约850人次/日" → 人次/日, "120辆/小时".
 * Units in Latin letters or symbols (μg/m³, m², ㎡, km, MW, Mbps) are in latin-units.ts.
 */
import type { QuantityKind } from '../model/record.js';
import { LATIN_UNITS, COMPUTE_SHORTHAND, COMPUTE_CONTEXT, endsLatinUnit } from './latin-units.js';

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
  // Lamps, statues, windows and doors, tents, pictures, fish and fowl, horses, packed goods, songs, sections,
  // culverts, beds, trips, archive volumes (路灯320盏, 鱼苗200万尾, 发放米面油500袋, 病床300床, 档案1200卷).
  '盏', '尊', '扇', '樘', '顶', '幅', '尾', '羽', '匹', '袋', '箱', '瓶', '桶', '首', '段', '孔', '床', '趟', '卷',
  // Trains (开行中欧班列2860列, 加开临客12列).
  '列',
  // Channels of cameras and lines of supply (视频监控120路, 双回路供电2路): see FIGURE_ONLY (两路 is a word) and OPENS_WORD.
  '路',
  // Heads of livestock, wells and ponds, wells, lessons, passes, storeys: see FIGURE_ONLY and OPENS_WORD.
  '头', '口', '眼', '节', '道', '层',
  // Courses and subjects, and guns (开设课后服务课程1200余门, 开齐开足三门课): see FIGURE_ONLY (一门心思, 两门 of a
  // gate) and OPENS_WORD (12345门户网站, 三门峡, 5门诊).
  '门',
  // Orders and deals matched or handled (撮合成功200单, 接单3000单): see FIGURE_ONLY (一单 of 单一, 两单 of a list) and OPENS_WORD (3单位).
  '单',
  '人次', '户次', '件次', '车次', '架次', '班次', '批次', '家次', '场次', '份次', '余人次',
] as const;

/**
 * A measure word + 次 counts the times a thing is handled, one unit (动量 on a 名量: 检查车辆2.6万辆次, 出动300艘次,
 * 检修80台次, 开展12轮次), as 人次 is: the count is of inspections, not of vehicles. Not after 个, 名, 位, 首, 层, 头,
 * where 次 makes another word (两个次要问题; 名次, 位次 are ranks, 首次 and 头次 "the first time", 层次 a level).
 */
const OCCURRENCE_COUNTS = MEASURE_WORDS
  .filter((w) => w.length === 1 && !'个名位首层头次'.includes(w))
  .map((w) => `${w}次`)
  .filter((w) => !(MEASURE_WORDS as readonly string[]).includes(w));

/**
 * Counts of two measures at once, one unit: equipment in sets of machines (设备100台套), machine shifts (台班), and
 * days of a bed, a person or a worker (诊疗20万床日, 用工3000工日, 培训500人日); an area served once per service, summed
 * over the services (托管服务面积1.2亿亩次, 飞防作业300公顷次), counts services as 人次 counts visits, no area.
 */
const COMPOUND_COUNTS = ['台套', '台班', '床日', '人日', '工日', '亩次', '公顷次'];

/** Every measure word of a count, compounds included (a denominator after 每 as well: 每台套, 每辆次). */
export const COUNT_UNITS: readonly string[] = [...MEASURE_WORDS, ...OCCURRENCE_COUNTS, ...COMPOUND_COUNTS];

/** Units of measurement (length, area, volume, mass, time, study hours …): kind `quantity`. */
export const MEASUREMENT_UNITS = [
  '公里', '千米', '米', '厘米', '毫米', '平方公里', '平方千米', '平方米', '平米', '亩', '公顷',
  '立方米', '升', '毫升', '吨', '千克', '公斤', '克', '斤', '毫克', '微克',
  '年', '个月', '天', '小时', '分钟', '秒', '周', '周年', '个工作日', '工作日', '学时', '课时', '学分',
  // 两个季度 lasts two quarters (连续两个季度); a bare 三季度 is the third quarter, a date (no unit).
  '个季度',
  '岁', '周岁', '倍', '千瓦', '千瓦时', '兆瓦', '兆瓦时', '千伏', '℃',
  // Apparent and reactive power of transformers and compensators (主变容量24万千伏安, 无功补偿3.6万千乏): longer than
  // 千伏 (a voltage), so "24万千伏安" is 240000 千伏安, never 24万千伏 and a stray 安.
  '千伏安', '兆伏安', '千乏', '兆乏',
  // Industry and utilities: boiler capacity (10蒸吨 = 10 t/h), gas by standard cubic metres (标方), 立方 for 立方米
  // in speech, energy in tonnes of standard coal, containers (标箱), pipes and trenches (延米), sea distance.
  '蒸吨', '标方', '立方', '吨标准煤', '吨标煤', '标箱', '延米', '海里',
  // Coal per unit of power (供电煤耗305克标准煤, 每千瓦时318克标准煤): grams of standard coal, as 吨标准煤 are tonnes.
  '克标准煤', '克标煤', '千克标准煤', '公斤标准煤',
] as const;

/**
 * Currency units: kind `money`; the 万/亿 they carry is applied to the value. Speech counts money in 块 (元), 毛 or 角 (a
 * tenth) and 分 (a hundredth) with 钱 after them: 五块钱 → 5 元, 五毛钱 → 0.5 元, 五分钱 → 0.05 元 (a bare 块 is a measure
 * word: 三块牌子; a bare 分 a score). 一块五毛钱 is one amount: `spokenMoneyAt`.
 */
const MONEY: Readonly<Record<string, [unit: string, multiplier: number]>> = {
  元: ['元', 1], 万元: ['元', 1e4], 亿元: ['元', 1e8], 千元: ['元', 1e3], 块钱: ['元', 1], 毛钱: ['元', 0.1], 角钱: ['元', 0.1], 分钱: ['元', 0.01],
  美元: ['美元', 1], 万美元: ['美元', 1e4], 亿美元: ['美元', 1e8], 欧元: ['欧元', 1], 港元: ['港元', 1], 英镑: ['英镑', 1],
};

/** `latin`: a unit of letters (km, MW), which must end where its word ends (latin-units.ts). */
interface Entry { unit: string; kind: QuantityKind; multiplier: number; latin?: true }

const TABLE: ReadonlyMap<string, Entry> = new Map<string, Entry>([
  ...COUNT_UNITS.map((w): [string, Entry] => [w, { unit: w, kind: 'count', multiplier: 1 }]),
  ...MEASUREMENT_UNITS.map((w): [string, Entry] => [w, { unit: w, kind: 'quantity', multiplier: 1 }]),
  // Units written in Latin letters or symbols (27.4μg/m³, 8.5m², 120MW): measurements as their Chinese names are.
  ...LATIN_UNITS.map((w): [string, Entry] => [w, { unit: w, kind: 'quantity', multiplier: 1, latin: true }]),
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
  // Basis points of a rate (贷款利率下降42个基点): a hundredth of a percentage point, a change of a rate as 百分点 is.
  ['基点', { unit: '基点', kind: 'percentage_point', multiplier: 1 }],
  ['个基点', { unit: '基点', kind: 'percentage_point', multiplier: 1 }],
  // Steps of a graded scale (耕地质量提升0.1个等级, 提高一个等级): the grade is the unit, no count of 个.
  ['个等级', { unit: '等级', kind: 'quantity', multiplier: 1 }],
  // 个 + a time unit is one duration, as 个月 is (两个小时, 三个星期); the unit is recorded as its plain
  // form (两小时 and 两个小时 both in 小时; 星期 and 礼拜 in 周), as 个百分点 is in 百分点.
  ['个小时', { unit: '小时', kind: 'quantity', multiplier: 1 }],
  ['个钟头', { unit: '小时', kind: 'quantity', multiplier: 1 }],
  ['钟头', { unit: '小时', kind: 'quantity', multiplier: 1 }],
  ['个星期', { unit: '周', kind: 'quantity', multiplier: 1 }],
  ['星期', { unit: '周', kind: 'quantity', multiplier: 1 }],
  ['个礼拜', { unit: '周', kind: 'quantity', multiplier: 1 }],
  ['礼拜', { unit: '周', kind: 'quantity', multiplier: 1 }],
]);

/** The units opening with each code unit, longest first: a lookup tries only those, in place (no slice). */
const OPENING = new Map<number, { key: string; entry: Entry }[]>();
for (const [key, entry] of TABLE) {
  const list = OPENING.get(key.charCodeAt(0)) ?? [];
  list.push({ key, entry });
  OPENING.set(key.charCodeAt(0), list.sort((a, b) => b.key.length - a.key.length));
}

/**
 * Measure words that count only after a figure (Arabic digits, or a Chinese numeral other than 一/二/两):
 * 生猪1200头, 机井12眼, 三十口水窖; but 两头 (both ends), 两眼, 两节 (the two festivals), 两道 are words.
 */
export const FIGURE_ONLY: ReadonlySet<string> = new Set(['头', '口', '眼', '节', '道', '层', '路', '门', '单']);

/** The characters after which a measure word opens a word instead (头脑, 口岸, 口径, 层面, 节能, 道路, 眼睛, 首先). */
const OPENS_WORD: Readonly<Record<string, RegExp>> = {
  头: /[脑部绪条等号]/u, 口: /[岸径号罩子碑味音令头]/u, 眼: /[睛光前里下界]/u, 节: /[日点约能水假俭奏目气]/u,
  道: /[路德理歉别具]/u, 层: /[面级次]/u, 首: /[先要批位次都府长]/u, 段: /[落时式]/u, 床: /[位]/u, 孔: /[子]/u,
  幅: /[度]/u, 瓶: /[颈装]/u, 匹: /[配]/u, 尊: /[重严敬]/u, 列: /[入为出举席表明支岛]/u,
  路: /[灯面段口网线况径长基边上桥车公人子由费标]/u, // 路灯, 路网, 3路公交 (a bus line's name), 路子
  门: /[户诊店类槛口前外内急卫禁面票牌窗市头楼岗站厅峡洞将第路]/u, // 门户网站, 门诊, 门店, 门槛, 三门峡: no course counted
  单: /[位元独项个一身体据子价方列纯击品次边向线式]/u, // 3单位, 两单元, 一单项: no orders counted
  年: /[级]/u, // 一年级, 三年级以上: a school grade, no duration
};

/** The last character of a numeral (4, 三, 十, 两): what 个 follows as a measure word. */
const NUMERAL_END = /[\d零〇一二两三四五六七八九十百千万亿]/u;
/** After 个人: a Han character that makes a word with 人 or 个人 (人才, 人员, 个人所得税); particles and verbs of the clause do not (个人,| 个人的). */
const PERSON_WORD = /[才员民口工大社防力文身事物群数居格类家士情选均次所信账住贷名权隐财业]/u;

/**
 * The denominator of time of a rate after "/": 日 and 月 are no units on their own (dates), so they are read
 * here (吨/日, 人次/日, 元/月, 辆/小时, 次/年度).
 */
const PER_TIME = /^(?:年度|季度|小时|分钟|工作日|日|天|年|月|周|时|秒|h(?![A-Za-z]))(?!均)/u; // not 吨/日均值; 80km/h

/**
 * Compound units of a measurement, a price or a rate: "微克/立方米", "公里/小时", "元/立方米", "200元/人",
 * "5万吨/日", "850人次/日", "800人/平方公里" (unit joined with "/").
 */
function compound(view: string, first: UnitMatch): UnitMatch {
  if (view[first.end] !== '/' || first.kind === 'percent' || first.kind === 'percentage_point') return first;
  const time = PER_TIME.exec(view.slice(first.end + 1, first.end + 4));
  if (time) return { ...first, unit: `${first.unit}/${time[0]}`, end: first.end + 1 + time[0].length };
  // 500元/生, 600元/生·年: money per pupil (as 每生每年600元 is 元/生/年); 生 alone is no measure word.
  const second = first.kind === 'money' && PER_PUPIL.test(view.slice(first.end + 1, first.end + 3))
    ? { unit: '生', kind: 'count' as const, end: first.end + 2, multiplier: 1 } : lookup(view, first.end + 1);
  // A price is money per measure or per head: 0.8元/立方米, 200元/人.
  // A measure word is a unit only when it ends the word (元/人, not 元/项目).
  const perHead = first.kind === 'money' && second?.kind === 'count' && !/[\u4e00-\u9fff]/u.test(view[second.end] ?? '');
  if (!second || !(second.kind === 'quantity' || perHead)) return first;
  const joined = { ...first, unit: `${first.unit}/${second.unit}`, end: second.end };
  // 3000元/人/月, 600元/生·年: a price per head and per time.
  const then = view[joined.end] === '/' || view[joined.end] === '·' ? PER_TIME.exec(view.slice(joined.end + 1, joined.end + 4)) : null;
  return then ? { ...joined, unit: `${joined.unit}/${then[0]}`, end: joined.end + 1 + then[0].length } : joined;
}

/** 生 (a pupil) after "/" of a price, ending the word (500元/生, 600元/生·年; not 元/生产线). */
const PER_PUPIL = /^生(?![\u4e00-\u9fff])/u;

// An index loop, not for-of with destructuring: most of a batch runs this unoptimized (Sparkplug),
// where the iterator protocol costs about three times the loop.
function lookup(view: string, start: number): UnitMatch | null {
  const list = OPENING.get(view.charCodeAt(start));
  if (list === undefined) return null;
  for (let k = 0; k < list.length; k++) {
    const { key, entry } = list[k];
    if (view.startsWith(key, start) && (entry.latin === undefined || endsLatinUnit(view, key, start + key.length))) return { unit: entry.unit, kind: entry.kind, end: start + key.length, multiplier: entry.multiplier };
  }
  return null;
}

/** 万 and 亿 before a unit that carries none itself: 60余万张, 1.2余亿个, 12多万公里 (the 余/多 split them from the numeral). */
const SCALE: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** The longest unit or measure word starting at `start` of the view, or null. */
export function matchUnit(view: string, start: number): UnitMatch | null {
  let found = lookup(view, start);
  // "60余万件次", "1260余万张": a 万/亿 left after 余/多 scales whatever unit follows it, the same for
  // every measure word (万元, 亿元 are in the table already).
  const scale = found === null ? SCALE[view[start]] : undefined;
  if (scale !== undefined) {
    const inner = matchUnit(view, start + 1);
    return inner && inner.multiplier === 1 && (inner.kind === 'count' || inner.kind === 'quantity' || inner.kind === 'money')
      ? { ...inner, multiplier: scale } : null;
  }
  if (found && found.end === start + 1 && OPENS_WORD[found.unit]?.test(view[found.end] ?? '')) found = null; // 口岸, 层面
  // 才4个人, 三个人: after a numeral, 个 is the measure word of a noun that counts people by itself; the count is of 人, as
  // 4人 is (not before a word 人 opens: 3个人才驿站, 两个人民调解组织, 5个人员密集场所, where 个 counts; see PERSON_WORD).
  if (found && found.unit === '个' && found.end === start + 1 && view[start + 1] === '人' && start > 0 && NUMERAL_END.test(view[start - 1]) && !PERSON_WORD.test(view[start + 2] ?? '')) found = { unit: '人', kind: 'count', end: start + 2, multiplier: 1 };
  // 两个星期天, 三个礼拜一: days of the week counted by 个, no span of weeks.
  if (found && found.unit === '周' && WEEKDAY.test(view.slice(found.end - 1, found.end + 1))) found = view[start] === '个' ? { unit: '个', kind: 'count', end: start + 1, multiplier: 1 } : null;
  // 五年一周期, 三个周期: 周期 (a cycle) is a word, no span of weeks (两周期间, during two weeks, keeps its 周).
  if (found && found.unit === '周' && found.end === start + 1 && CYCLE.test(view.slice(found.end, found.end + 2))) found = null;
  if (!found && view[start] === '部' && !DEPARTMENT_WORD.test(view[start + 1] ?? '')) return { unit: '部', kind: 'count', end: start + 1, multiplier: 1 };
  if (!found && (view[start] === 'P' || view[start] === 'E')) return computeShorthandAt(view, start);
  return found ? alternative(view, compound(view, found)) : null;
}

/**
 * A count unit with its alternative in brackets right after it, one unit: "保障性租赁住房6000套(间)以上" (flats or rooms),
 * "服务1.2万人(次)": the unit is the first written, the bracket inside the figure's text, so a qualifier after it (以上,
 * 左右) is the figure's. Only another measure word of one or two characters closes the bracket (6000套(含公租房) is a note).
 */
function alternative(view: string, found: UnitMatch): UnitMatch {
  if (found.kind !== 'count' || view[found.end] !== '(') return found;
  const close = view.indexOf(')', found.end + 1);
  if (close < 0 || close > found.end + 3) return found;
  const other = lookup(view, found.end + 1);
  return other && other.kind === 'count' && other.end === close ? { ...found, end: close + 1 } : found;
}

/** How far back (UTF-16 code units) the clause of a compute shorthand is searched for 算力: a clause, not the text. */
const COMPUTE_REACH = 24;
/** What ends a clause before the figure: a 算力 across it speaks of something else. */
const CLAUSE_END = /[。！？；;!?\n]/u;

/**
 * 算力达到1200P, 智算规模1.2E, 800PF: the capital after a figure is the shorthand of PFlops / EFlops when the clause
 * before it names computing power (latin-units.ts); elsewhere (5P, 3E) it is no unit. Reads at most COMPUTE_REACH
 * code units back, stopping at a clause end.
 */
function computeShorthandAt(view: string, start: number): UnitMatch | null {
  const key = COMPUTE_SHORTHAND.find((w) => view.startsWith(w, start) && endsLatinUnit(view, w, start + w.length));
  if (key === undefined) return null;
  let from = start;
  while (from > 0 && from > start - COMPUTE_REACH && !CLAUSE_END.test(view[from - 1])) from--;
  return COMPUTE_CONTEXT.test(view.slice(from, start)) ? { unit: key, kind: 'quantity', end: start + key.length, multiplier: 1 } : null;
}

/** 星期 or 礼拜 naming a day of the week (星期一, 礼拜天), not a week. */
/** 期 after 周 makes 周期 (a cycle), except in 期间 (两周期间: 两周 and 期间, "during two weeks"). */
const CYCLE = /^期(?!间)/u;
const WEEKDAY = /^[期拜][一二三四五六日天]$/u;

/** 部 counts lifts, laws and films (加装电梯312部, 两部法规) but is a department in 两部门, 部分, 部署, 部长, 部委. */
const DEPARTMENT_WORD = /[门分署长委位队属落级]/u;

/** 块 + a digit of tenths + 毛 or 角 (+ 钱) after a numeral: 一块五毛钱, 3块5角 (the yuan, then its tenths). */
const SPOKEN_MONEY_AT = /块([一二两三四五六七八九]|[1-9])[毛角]钱?/y;

/** The end of spoken money 块 + N毛 right at `end` (after the numeral of yuan) and the tenths it adds, or null. */
export function spokenMoneyAt(view: string, end: number): { end: number; tenths: number } | null {
  SPOKEN_MONEY_AT.lastIndex = end;
  const m = SPOKEN_MONEY_AT.exec(view);
  if (!m) return null;
  const d = m[1] === '两' ? 2 : '一二三四五六七八九'.indexOf(m[1]) + 1 || Number(m[1]);
  return { end: end + m[0].length, tenths: d / 10 };
}

/** Time units after which 近 means "the past" (近五年), not "nearly". */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['年', '个月', '个季度', '天', '日', '周', '小时', '个工作日', '工作日']);

/**
 * 多 or 半 written inside a unit that opens with 个 (两个多百分点, 一个半百分点, 三个多季度): the unit is 个X's, as if
 * written whole (个百分点 → 百分点), and 多 qualifies the figure while 半 adds a half. Only units listed with 个 (个百分点,
 * 个千分点, 个季度, 个工作日, 个等级); 个多月 and 个半小时 are read with the other durations (durations.ts).
 */
export function unitAroundInner(view: string, end: number): { unit: string; kind: QuantityKind; inner: string | null; half: number; end: number } | null {
  const mark = view[end + 1];
  if (view[end] !== '个' || (mark !== '多' && mark !== '半')) return null;
  const probe = `个${view.slice(end + 2, end + 8)}`;
  const found = lookup(probe, 0);
  if (found === null || found.end <= 1 || found.kind === 'count') return null; // 个 alone: 两个多人 is no unit
  return { unit: found.unit, kind: found.kind, inner: mark === '多' ? '多' : null, half: mark === '半' ? 0.5 : 0, end: end + 1 + found.end };
}
