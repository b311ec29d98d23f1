/**
 * The denominator of a rate opening the clause of its figure, with words between it and the figure.
 * X均 is 每X: "户均补助3000元" → 元/户, "农民人均可支配收入2.1万元" → 元/人, "亩均投入1500元" → 元/亩, and a time right
 * after it is a second denominator, as in 每人每年: "人均年补助1万元", "人均每月补助提高到500元" → 元/人/年, 元/人/月, and so
 * is one right before it: "月人均补差412元" → 元/人/月. 每 + a power of ten + what is counted is a base of 100, 1,000
 * or 10,000: "每千名老年人拥有养老床位32张" → 张/千人, "每万人口全科医生3.5名" → 名/万人, "每百户拥有汽车38辆" → 辆/百户,
 * "每10万人口" → /10万人, "每千常住人口执业医师3.2人" → 人/千人 (a qualifier before 人口 changes no base), the unit as statistical yearbooks write it (名, 位 and 人口 count people: 人).
 * A unit of measurement that opens with the power is the denominator whole: "每千瓦时电价0.6元" → 元/千瓦时,
 * "每千瓦装机补贴0.3元" → 元/千瓦 (每万元GDP能耗0.4吨标准煤 stays 吨标准煤/万元: 万 multiplies 元).
 * X均 makes a rate of money or of a count, what each gets, pays or holds; a measurement after it is the average size the
 * indicator names (人均公共文化设施面积0.25m², 人均住房面积35平方米 keep their unit).
 * Not 均 as the adverb "all" (个人均可享受, 各村均已建成, 学生均须), nor a figure with another figure between it and the
 * prefix, nor a time or an age (人均预期寿命78岁, 人均受教育年限11年 are averages, no rates).
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */
import type { QuantityKind } from '../model/record.js';
import { matchUnit } from './units.js';
import { SCOPE_WORDS } from './indicator-words.js';

export interface RatePrefix {
  /** Where the prefix stands: [start, end) of 人均, 每千名. */
  start: number;
  end: number;
  /** 人, 户, 千人, 万人, 百户 … */
  denominator: string;
  /** The time written right after X均 (人均年补助, 人均每月): 年, 月 …, else null. */
  time: string | null;
}

/** How far before the figure the prefix may stand (每千名老年人拥有养老床位数仅为: 15 code units). */
const REACH = 24;
/** What closes a clause: the prefix never stands across it. */
const CLAUSE_STOP = /[,。;:!?\n]/u;
/**
 * X均 where X is a unit noun, the character before 均 naming what each figure is per: 人, 户, 亩, 车, 村, 校, 床, 生, 次
 * (门诊次均费用) are words of their own after any noun (农民人均, 脱贫户户均, 试点村村均), unless a numeral or a determiner
 * stands before X (三个村均, 两人均, 各村均, 该校均, 全村均: the noun counted or pointed at, 均 the adverb "all").
 * 县, 乡, 镇, 场, 店, 企, 园, 站, 厂, 班 (县均投入, 场均观众, 店均销售额) are more often the last character of a longer noun
 * (贫困县, 市场, 门店, 公园, 工厂 + 均 "all"), so they are read only where a word opens: at the clause's start, after a
 * non-Han character, 的, a scope word (全省县均), a verb of reaching (实现县均) or the noun itself (便利店店均).
 * Not before an adverb or verb of "all" (均可, 均已, 均须, 均为, 均在, 均按; 均有 after those nouns — but 人均可支配收入,
 * 人均有地1.2亩), nor 均衡, 均匀.
 */
const DETERMINER = '[各每都全该本此这那些诸多几数历首个两三四五六七八九十百千万\\d]';
/** 次 closes many words of counting (批次, 人次, 班次, 层次, 名次): 次均 after those is 均 "all". */
const PER_WORD = '(?:[人户亩车村校床生]|(?<![层批人车班名位档频架场轮户件台辆艘家])次)';
const PER_NOUNS = '县乡镇场店企园站厂班';
const PER_NOUN = `[${PER_NOUNS}]`;
/** Where such a noun opens its word; the noun written twice (便利店店均: the shops, then per shop) as well. */
const OPENS_WORD = `^|[^\\u4e00-\\u9fff]|的|${SCOPE_WORDS}|实现|达到|提高|提升|增加|平均|为|是|和|与|及|${[...PER_NOUNS].map((c) => `${c}(?=${c})`).join('|')}`;
const NOT_PER = '可(?!支配)|[须需应已为在按能将要是不未由得会都衡匀]';
/**
 * X均 and the time after it (年, 每月; not 年度, 年底, 年龄), or 每 + a power of ten (十 百 千 万 十万 百万 千万, 10 100
 * 1000 10万): group 1 or 2 the X, group 3 the time, group 4 the power.
 */
const PREFIX = new RegExp(
  `(?:(?<!${DETERMINER})(${PER_WORD})|(?<=${OPENS_WORD})(${PER_NOUN})(?!均有))均(?!${NOT_PER})(?:每?([年月日天周])(?![度底末初内龄限]))?`
  + '|每(十万|百万|千万|[十百千万]|10+万?)(?!分之)',
  'gu',
);
/** PREFIX read only where it opens, at one position of the view (perAt). */
const PREFIX_AT = new RegExp(PREFIX.source, 'uy');

/**
 * The end of an X均 prefix (亩均, 户均, 县均; not 各村均, 均可) opening at `at` of the view, or -1: the rate noun a tagger
 * cuts into the unit and the adverb (亩/q|均/d|投入), which is one word of the phrase (亩均投入 is what is measured).
 */
export function perAt(view: string, at: number): number {
  PREFIX_AT.lastIndex = at;
  const m = PREFIX_AT.exec(view);
  return m && (m[1] ?? m[2]) ? at + 2 : -1;
}

/** After 每 + a power: a qualifier (one to four characters, 名 maybe before it) then 人口: 常住人口, 户籍人口, 服务人口. */
const QUALIFIED_POPULATION = /^名?[\u4e00-\u9fff]{1,4}?人口/u;
/** Units of a figure that is no rate: a time or an age is an average per person, a multiple or a change in points compares. */
const NO_RATE: ReadonlySet<string> = new Set(['岁', '周岁', '倍', '百分点', '千分点', '年', '个月', '个季度', '天', '日', '周', '小时', '分钟', '秒', '个工作日', '工作日']);

/**
 * 日均, or 日 opening a phrase of capacity or throughput (日处理能力, 日供水量, 日接待规模): the figure
 * is per that time, as after 每日 ("日处理能力达到45万立方米" → 立方米/日, "日均处理污水38.6万吨" → 吨/日, "日均接诊3000人次"
 * → 人次/日). 日 opens a word of its own after a noun of a facility, place or stuff (污水厂日处理能力, 县城日供水量,
 * 污水日处理能力), unless the character before closes a word with it (工作日, 节假日, 当日, 近日, the date 5月14日:
 * CLOSES_DAY). Not 均 the
 * adverb "all" (工作日均可). Group 1 or 2 the time. 年均 and 月均 are left as they are: 年均增长, 年均增收 are mostly averages
 * of a change over years, not amounts per year.
 */
const CLOSES_DAY = '[作假节生念息当今次终平往近昨明周休元除首末同即择连逐隔每前白落旭烈春夏秋冬\\d〇零一二三四五六七八九十廿卅]';
const PER_TIME = new RegExp(
  `(日)均(?!${NOT_PER}|有)|(?<!${CLOSES_DAY})(日)(?=[\u4e00-\u9fff]{1,4}?(?:能力|量|规模))`,
  'gu',
);
/**
 * Units of an amount that accrues, which a time makes a rate (吨, 立方米, 千瓦时); a temperature, a level or a length
 * averaged over days stays an average (日均气温, 年均水位).
 */
const ACCRUING = new Set(['吨', '立方米', '升', '千克', '公斤', '千瓦时', '吨标准煤', '方']);

/** The time prefix (PER_TIME) of the figure at `at` in its clause (`clause` from `from`), or null. */
function perTime(view: string, from: number, clause: string, at: number, unit: string, kind: QuantityKind): RatePrefix | null {
  if (!(kind === 'money' || kind === 'count' || (kind === 'quantity' && ACCRUING.has(unit)))) return null;
  let last: RegExpExecArray | null = null;
  PER_TIME.lastIndex = 0;
  for (let m = PER_TIME.exec(clause); m; m = PER_TIME.exec(clause)) last = m;
  if (!last) return null;
  const time = last[1] ?? last[2];
  const start = from + last.index;
  const end = start + (last[1] ? 2 : 1);
  if (/\d/.test(view.slice(end, at))) return null; // another figure between: the prefix is that one's
  return { start, end, denominator: time, time: null };
}

/**
 * A time written right before X均, a second denominator as after it: "城乡低保对象月人均补差412元" → 元/人/月, "农民年人均纯收入"
 * → 元/人/年 (月人均 as 人均每月). Not the 年 or 月 closing a date or a span (2024年人均, 今年人均, 全年人均, 3个月人均,
 * 上月人均): a numeral or a word of time before it makes it one (TIME_CLOSED).
 */
const TIME_BEFORE = /^[年月]$/u;
const TIME_CLOSED = /[\d零〇○一二两三四五六七八九十百千万今去明前后当上下本全同每逐隔近往历岁个半整首末该次元正腊闰]/u;

/** The time (年, 月) written right before the X均 prefix at `start`, or null. */
function timeBefore(view: string, start: number): string | null {
  const time = view[start - 1] ?? '';
  return TIME_BEFORE.test(time) && !TIME_CLOSED.test(view[start - 2] ?? '') ? time : null;
}

/** An age bound inside a clause (3岁以下, 60周岁以上): a condition of what is counted, no figure the prefix would be for. */
const AGE_BOUND = /[\d零〇一二两三四五六七八九十]+周?岁(?:以下|以上|以内|及以上|及以下)/gu;

/** The rate prefix of the figure (or its qualifier) starting at `at` of the view, with a figure in `unit` of `kind`, or null. */
export function ratePrefix(view: string, at: number, unit: string, kind: QuantityKind): RatePrefix | null {
  if (NO_RATE.has(unit)) return null;
  let from = at;
  while (from > Math.max(0, at - REACH) && !CLAUSE_STOP.test(view[from - 1])) from--;
  const clause = view.slice(from, at);
  let last: RegExpExecArray | null = null;
  PREFIX.lastIndex = 0;
  for (let m = PREFIX.exec(clause); m; m = PREFIX.exec(clause)) last = m;
  if (!last) return perTime(view, from, clause, at, unit, kind);
  const start = from + last.index;
  const end = start + last[0].length;
  // Another figure between: the prefix is that one's — but an age bound (每千人口拥有3岁以下婴幼儿托位数为2.57个) says who is
  // counted, it takes no prefix.
  if (/\d/.test(view.slice(end, at).replace(AGE_BOUND, ''))) return null;
  const per = last[1] ?? last[2];
  if (per) return kind === 'money' || kind === 'count' ? { start, end, denominator: per, time: last[3] ?? timeBefore(view, start) } : null;
  // 每千常住人口, 每万户籍人口: a qualifier of the population before 人口 (常住, 户籍, 服务, 城镇) leaves it a base of
  // people; the 户 of 户籍 counts no households.
  const qualified = QUALIFIED_POPULATION.exec(view.slice(end, end + 8));
  if (qualified) return { start, end: end + qualified[0].length, denominator: `${last[4]}人`, time: null };
  // 每千瓦时, 每千克, 每千米: 千 is the power inside a unit of measurement, the whole unit the denominator (电价0.6元 →
  // 元/千瓦时, as 0.6元/千瓦时 is written); 万元, 千人 are no such units (万 multiplies 元, 千人 is no unit): read below.
  const whole = last[4].length === 1 ? matchUnit(view, end - 1) : null;
  if (whole && whole.multiplier === 1 && whole.kind === 'quantity' && !whole.unit.includes('/')) return { start, end: whole.end, denominator: whole.unit, time: null };
  // 每千名老年人: the power and what it counts, 名/位/人 (人口) as 人.
  const counted = matchUnit(view, end);
  if (!counted || counted.multiplier !== 1 || counted.unit.includes('/')) return null;
  const base = counted.unit === '名' || counted.unit === '位' ? '人' : view.slice(end, counted.end);
  return { start, end: counted.end, denominator: `${last[4]}${base}`, time: null };
}
