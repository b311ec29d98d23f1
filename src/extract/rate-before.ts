/**
 * The denominator of a rate written before its figure: "居民电价每千瓦时0.56元" → 元/千瓦时, "每人每年五元" →
 * 元/人/年, "每度电0.56元" → 元/度, "特种行业用水每吨不低于15元" → 元/吨 (the qualifier between), "每户补助一千五百元"
 * → 元/户 (a verb of paying between: 补助 is what is measured), "储能电站每放电一千瓦时可获补贴0.2元" → 元/千瓦时
 * (每 + a verb + 一 + unit: per kilowatt-hour discharged, and 一千瓦时 is no figure of its own).
 * The time may come first: "每月每人300元" is "每人每月300元" (元/人/月), "每年每户补助1200元" → 元/户/年. A verb of paying
 * may take its object between: "每人每天补贴伙食费50元" → 元/人/天, what is paid 伙食费. 每 + any counted noun (a measure
 * word before it or not) with a verb of paying or investing is a denominator like 村均: "每村投入80万元", "每个村投入80万元"
 * → 元/村, "每所学校安排50万元" → 元/学校.
 * A denominator is any unit or measure word the parser reads after a numeral (units.ts: 千瓦时, 斤, 吨标准煤, 栋, 辆,
 * 户 …, the same lexicon as the written form 0.56元/千瓦时), 度 (a kilowatt-hour, 每度电), 生 (per pupil), 部 (每部电梯), or a time
 * (每日, 每月, 每年), and a second denominator of time may follow (每人每月). Any counted noun before 每 + a time is the first
 * denominator, with a verb of paying or without ("每站每年8万元" → 元/站/年, "每校每学期不少于2次" → 次/校/学期, as 每人每年 → 元/人/年):
 * 每 written twice distributes the figure over both, the thing counted and the period.
 * 每 + a time opening the clause governs the amounts of money in it, whatever stands between ("每月可领取补贴540元" → 元/月,
 * "每年为困难群众发放补贴3000元" → 元/年): as 每月800元, a rate per time alone, with no thing measured. A count stays a count
 * ("每年新增300家": what the year adds, read as before). 一 + a time right before an amount of
 * money is 每 + that time ("全市一年约3000万元" → 元/年, "一个月1200元" → 元/月), and 一年 is then no duration of its own.
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */
import { COUNT_UNITS, MEASUREMENT_UNITS } from './units.js';
import { gated } from '../source/gated.js';

export interface RateBefore {
  /** Where 每 stands. */
  start: number;
  /** The denominators, in the order written: "亩", "人/年", "千瓦时". */
  denominator: string;
  /** Whether the only denominator is a time (每月800元): such a rate names no thing measured. */
  perTime: boolean;
  /** Whether the first denominator is a measure word (每户, 每栋), which counts things rather than measuring them. */
  perCount: boolean;
  /**
   * Words standing between the denominator and the figure: a verb of paying or reaching (每户补助, 每吨可获补贴, 提高到),
   * [start, end); null when the figure follows the denominator directly (每吨15元).
   */
  between: [number, number] | null;
  /** The payment named in `between` (补助, 补贴, 奖补, 奖励): what the figure measures. */
  paid: [number, number] | null;
  /** 每 + a time opening the clause, words of its own between (每人每月的基本补助由800元…): the indicator is read at the figure. */
  clause?: true;
}

/** Denominators of time, also read on their own (每日, 每月: 日 and 月 are no units after a numeral). */
const TIMES = ['小时', '日', '天', '月', '年', '周', '季度', '季', '学期', '学年']; // 每季度不少于1次 → 次/季度, as 每年不少于2次 → 次/年
/** Every denominator, longest first (个月 before 个, 千瓦时 before 千瓦), as a regex alternation. */
const DENOMINATORS = [...new Set<string>([...COUNT_UNITS, ...MEASUREMENT_UNITS, ...TIMES, '度', '生', '部'])]
  .filter((w) => !w.startsWith('余'))
  .sort((a, b) => b.length - a.length);
const COUNT_WORDS: ReadonlySet<string> = new Set<string>(COUNT_UNITS);

/**
 * The name of what is paid, the object of a verb of paying (补贴伙食费, 发放生活补贴, 安排奖补资金): a word of money at its end.
 * Group: the object.
 */
const OBJECT = '([\\u4e00-\\u9fff]{0,4}?(?:费|金|款|补贴|补助|津贴|资金|经费|工资|报酬))?';
/** Words of paying between the denominators and the figure: an adverb, a verb of getting, a verb of paying and its object. */
const BETWEEN = `((?:可|可以|能|将|最高|最多|平均|均|再)?(?:获得?|享受|享有)?(?:(?:补助|补贴|奖补|奖励|发放|给予|支付|收取|缴纳)${OBJECT}|收费|增收|节约|节省|提高到|提高至|达到|为)?)$`;
/**
 * [每 + time, written first] 每 [一, or a verb of one to three characters + 一 (每一户, 每放电一千瓦时)] denominator [the metered
 * 电/水/气] [每 + time] [words of paying], at the end of the text before the figure. The verb never opens with a denominator of
 * people or time (每年新增一…, 每人培训一…: the 每 governs the year or the person, see DISTRIBUTIVE_ONE). Groups: 1 time written
 * first, 2 verb, 3 first denominator, 4 time, 5 words between, 6 the object paid.
 */
const RATE = new RegExp(
  `(?:每(${TIMES.join('|')})(?=每))?每(?:((?![年月日天周人户])[\\u4e00-\\u9fff]{0,3}?)一)?(${DENOMINATORS.join('|')})(?:[电水气])?(?:每(${TIMES.join('|')}))?${BETWEEN}`,
  'u',
);
/** Verbs of paying or investing, after a counted noun (每村投入) or at the clause's end (INVESTED). */
const PAYING = ['投入', '安排', '拨付', '下达', '补助', '补贴', '奖补', '奖励', '资助', '支持', '发放', '给予'];
/**
 * [每 + time] 每 [一] [a measure word] a counted noun (no time, no 次, no power of ten — 每千瓦装机, 每千名 are rate-prefix.ts's —,
 * no adverb: 每个村都投入) [每 + time] + a verb of paying or investing [+ its object]: 每村投入, 每个村投入, 每所学校安排奖补资金,
 * 每个中心每年给予运营补贴, 每户每个采暖季补贴. Groups: 1 time or denominator before, 2 noun, 3 time after it, 4 words between, 5 the
 * object paid. (Run only on a window holding one of its verbs of paying: most figures have none.)
 */
const NOUN_RATE = gated([['每'], PAYING], () => new RegExp(
  `(?:每(${TIMES.join('|')}|${DENOMINATORS.join('|')})(?=每))?每一?(?:个|所|家|座|条|间|片|处|部|台|辆|栋|套|项)?((?![年月日天周季次十百千万亿])(?:(?![每都也还要将可已的再共各又均就能应须会有是])[\\u4e00-\\u9fff]){1,4}?)`
  + `(?:每(${TIMES.join('|')}))?((?:可|可以|能|将|最高|最多|平均|均|再)?(?:获得?|享受|享有)?(?:${PAYING.join('|')})${OBJECT})$`,
  'u',
));
/**
 * 每 + a counted noun right before an amount of money, no verb between ("每餐5元", "每村30万元", "每所学校50万元"): the noun
 * is the denominator, as with a verb of paying (每餐补贴3元). The noun: one to four Han characters after a measure word (which
 * promises a noun), else one character that is no verb of spending or change (每花1元, 每增加1元, 每投1元 measure by an act,
 * not per thing). No time (每年全县5亿元: 每年 governs the clause), nothing after the adverbs of NOUN_RATE. Groups: 1 the
 * measure word, 2 the noun after it, 3 a one-character noun with none.
 */
const NOUN_DIRECT = /每一?(?:(个|所|家|座|条|间|片|处|部|台|辆|栋|套|项|位|名)((?![年月日天周季次十百千万亿])(?:(?![每都也还要将可已的再共各又均就能应须会有是])[\u4e00-\u9fff]){1,4})|((?![年月日天周季次十百千万亿花投交缴付捐赚省存借贷收支用卖买增减涨降提超少多跌升节获得给发补奖])(?![每都也还要将可已的再共各又均就能应须会有是])[\u4e00-\u9fff]))$/u;
/**
 * What an amount per thing measures, after the thing (每座投资在, 每所学校建设资金约) or right after its measure word
 * (每座投资, 每个造价): a word of cost, or a copula or qualifier (在, 为, 约) ending the words before the figure. The
 * denominator is the noun before it, or the measure word when none stands between (每座 → 元/座). Group 1: the cost word.
 * (The first one found: 每座投资在 cuts at 投资.)
 */
const COST = /(投资|投入|造价|费用|资金|经费|成本|花费|需要|需|补助|补贴|奖补|奖励|资助|拨付)|(?:在|为|达|约)$/u;
/**
 * 每 [一] [a measure word] a counted noun + 每 + a time right before the figure, no verb between ("每站每年8万元", "每个站每年",
 * "每校每学期", "每村每月"): the noun is the first denominator, the time the second, for a figure of any kind (每村每年不少于2场).
 * The noun as in NOUN_DIRECT but no time itself (每年每月 is no such pair) and any character: 每 written again after it closes
 * it. A verb of increase may stand between ("每校每学期再增加1.5万元": the increase is per school and term). Groups: 1 the
 * noun, 2 the time, 3 the verb between.
 */
const NOUN_TIME = new RegExp(
  `每一?(?:个|所|家|座|条|间|片|处|部|台|辆|栋|套|项|位|名)?((?![年月日天周季次十百千万亿])(?:(?![每都也还要将可已的再共各又均就能应须会有是])[\u4e00-\u9fff]){1,4}?)每(${TIMES.join('|')})((?:再|还|将|可)?(?:增加|新增))?$`,
  'u',
);
/**
 * 每 + a time earlier in the figure's clause, no other 每, no other figure and no clause punctuation after it (a figure
 * between has the rate, and one after it changes to or bounds it: rate-carry.ts): the period governs an amount of money (每月可领取补贴540元), and a denominator written before it
 * (每人每月不低于400元、补贴1000元 → 元/人/月 for both). Groups: 1 the denominator before, 2 the time.
 */
const CLAUSE_WORDS = '[^,。;:!?\\n每\\d零〇○一二两三四五六七八九十百千万亿]';
const PERIOD_CLAUSE = new RegExp(`(?:每(${DENOMINATORS.join('|')})(?=每))?每(${TIMES.join('|')})${CLAUSE_WORDS}*$`, 'u');
/**
 * Bases of a clause that are things, not times: a unit of measurement (亩, 吨, 立方米, 千瓦时, 度) or a head (人, 户, 生), which
 * a figure of any kind is per ("每亩产量500公斤" → 公斤/亩, "每户用水5吨" → 吨/户). No measure word that opens a noun phrase
 * (每个村, 每所学校, 每家企业: NOUN_RATE reads those with a verb of paying), no time (每年新增300家 stays a count).
 */
const NOT_BASE = new Set(['岁', '周岁', '倍', '学时', '课时', '学分', '周年', '℃', ...TIMES, '个月', '个季度', '秒', '分钟', '个工作日', '工作日']);
const BASES = [...new Set<string>([...MEASUREMENT_UNITS.filter((w) => !NOT_BASE.has(w)), '人', '户', '生', '度'])].sort((a, b) => b.length - a.length);
/** Bases that may open the noun after 每 with a word of their own after them (每户用水, 每亩地, 每人培训): no 生 (生产线), no 度 (度假). */
const HEAD_BASES = BASES.filter((b) => b !== '生' && b !== '度');
/**
 * 每 + a base of things, maybe 每 + a time before or after it (每年每人培训不少于60学时 → 学时/人/年), then words of the clause (the indicator or the verb, no figure, no 每, no
 * clause punctuation) up to the figure: the base governs the whole clause, as 每 + a time does for money. Groups: 1 a time
 * before, 2 the base, 3 a time after, 4 the words between.
 */
const BASE_CLAUSE = new RegExp(`(?:每(${TIMES.join('|')})(?=每))?每(${BASES.join('|')})(?:每(${TIMES.join('|')}))?(${CLAUSE_WORDS}+)$`, 'u');
/** The verb of paying or investing after a counted noun: what the figure measures, when it names no object. */
const INVESTED = new RegExp(`(?:${PAYING.join('|')})$`, 'u');
/** A payment among the words between: the indicator of the figure. */
const PAID = /(?:补助|补贴|奖补|奖励)$/u;
/**
 * 由/从 right before the figure (the start of a change), or 由/从, the start and a verb of change reaching the end (由3元提高到):
 * the figure is one end of a change of the rate written before 由.
 */
const CHANGE_OF_RATE = /[由从](?:[^,。;:!?\n每由从]{1,10}?(?:提高|提升|增加|上调|调整|降低|下调|减少|增|提|降|调)(?:到|至|为))?$/u;

/** How far before a figure 每 may stand (每 + verb + 一 + 吨标准煤 + 每 + 小时 + 可获得补贴, code units). */
const REACH = 20;

/**
 * The rate's denominator written before the figure (or its qualifier) that starts at `at` of the view, or null. `money`: the
 * figure is an amount of money, which a counted noun right before it (每餐5元) is the denominator of. `metered`: the figure is
 * in a unit of measurement that 每 + a time opening its clause is the period of, as for money (meteredOverTime).
 */
export function rateBefore(view: string, at: number, money = false, metered = false): RateBefore | null {
  // 每餐补助由|3元提高到|5元: both ends of a change of a rate are per the same denominator, written before 由/从.
  const change = CHANGE_OF_RATE.exec(view.slice(Math.max(0, at - 16), at));
  if (change) {
    const r = rateBefore(view, at - change[0].length, money, metered);
    if (r) return { ...r, between: r.between ?? [at - change[0].length, at] };
  }
  const from = Math.max(0, at - REACH);
  const each = view.lastIndexOf('每', at - 1);
  if (money && (each < from || at - each > 6)) { // 一年约3000万元: the period right before the figure
    const one = ONE_TIME.exec(view.slice(Math.max(0, at - 4), at));
    if (one) return { start: at - one[0].length, denominator: one[1], perTime: true, perCount: false, between: null, paid: null };
  }
  if (each < from) return each >= at - CLAUSE_REACH ? periodOfClause(view, at, money, metered) : null;
  const window = view.slice(from, at);
  const m = RATE.exec(window);
  // 每个中心每年给予…: the rate opening first is the figure's (RATE alone would read 每年 there).
  const n = NOUN_RATE.exec(window);
  // 每站每年8万元: RATE reads only 每年 (站 is no unit), the pair opening first is the figure's.
  const p = NOUN_TIME.exec(window);
  if (p && !(m && m.index <= p.index)) {
    // 每户用水每月约5吨: a base of things opening the noun is the denominator, the rest names what is measured (吨/户/月).
    const head = HEAD_BASES.find((b) => p[1].length > b.length && p[1].startsWith(b));
    return { start: from + p.index, denominator: `${head ?? p[1]}/${p[2]}`, perTime: false, perCount: true, between: p[3] ? [at - p[3].length, at] : null, paid: null };
  }
  if (m && !(n && n.index < m.index)) {
    const time = m[4] ?? m[1]; // 每人每月, or 每月每人
    const paid = m[6] ? [at - m[6].length, at] as [number, number] : PAID.test(m[5]) ? [at - PAID.exec(m[5])![0].length, at] as [number, number] : null;
    return {
      start: from + m.index,
      denominator: time ? `${m[3]}/${time}` : m[3],
      perTime: !time && !m[2] && TIMES.includes(m[3]),
      perCount: COUNT_WORDS.has(m[3]),
      between: m[5] ? [at - m[5].length, at] : null,
      paid,
    };
  }
  if (!n) {
    const d = money ? NOUN_DIRECT.exec(window) : null;
    if (!d) return periodOfClause(view, at, money, metered);
    if (d[2] === undefined) return { start: from + d.index, denominator: d[3], perTime: false, perCount: true, between: null, paid: null };
    // 每座投资在三百万到八百万元, 每座桥梁造价300万元: the cost after the noun is what is measured, never part of the denominator.
    const cost = COST.exec(d[2]);
    if (!cost) return { start: from + d.index, denominator: d[2], perTime: false, perCount: true, between: null, paid: null };
    const costAt = at - d[2].length + cost.index;
    return {
      start: from + d.index,
      denominator: cost.index > 0 ? d[2].slice(0, cost.index) : d[1],
      perTime: false,
      perCount: true,
      between: [costAt, at],
      paid: cost[1] ? [costAt, costAt + cost[1].length] : null,
    };
  }
  // 每年每村, 每个村每年 → 村/年 (the time last); 每户每个采暖季 → 户/采暖季 (as written).
  const time = n[3] ?? (n[1] && TIMES.includes(n[1]) ? n[1] : undefined);
  const first = n[1] && !TIMES.includes(n[1]) ? `${n[1]}/` : '';
  return {
    start: from + n.index,
    denominator: first + (time ? `${n[2]}/${time}` : n[2]),
    perTime: false,
    perCount: true,
    between: [at - n[4].length, at],
    paid: n[5] ? [at - n[5].length, at] : [at - n[4].length + n[4].search(INVESTED), at], // 投入资金 → 资金, 投入 → 投入
  };
}

/**
 * 一 + a time right before an amount of money (its qualifier between): 一年约3000万元, 一个月1200元 — a year, a month, per.
 * Not after a word that makes 一 a determiner or the time a span of the past or a count (这一年, 近一年, 前一年, 第一年,
 * 用一年, 满一年, 头一年, 全一年). Group 1: the time.
 */
const ONE_TIME = /(?<![下上同每这那任哪另单唯统其之逐划专万近前后头第满用花整全最])一个?(年|月|天|日|周)$/u;
/**
 * An amount of money opening the text, maybe after a modal and a qualifier: what makes the 一年 before it a period
 * (一年约3000万元, and said without 元: 一年要两千来万, 一年一个多亿 — spoken-money.ts).
 */
const MONEY_AFTER = /^(?:要|需要|需)?(?:约|大约|大概|近|将近|接近|超过|逾|不到|不足|多达|达|共|合计|总计)?[\d零〇一二两三四五六七八九十百千万亿.]+(?:[千万亿]?元|个?[多来余]?[万亿](?![\u4e00-\u9fff](?<![出的])))/u;
/** The 一 + time ending at `end` is a period over the money after it (一年约3000万元), no duration. */
export function periodOverMoney(view: string, start: number, end: number): boolean {
  return ONE_TIME.test(view.slice(Math.max(0, start - 1), end)) && MONEY_AFTER.test(view.slice(end, end + 16));
}

/**
 * A count of times in the clause after 一 + a time, maybe after a verb and a qualifier (一年停七八次, 一年巡河不足10次): the
 * time is the period of a frequency, "per year", as 每年 would be. Times are counted in 次, 回, 趟, 遍 and, for meeting, 面:
 * so is a frequency denied ("有的孩子一年见不到父母一面", "一个月回不了一趟家": not even once a year — no span of a year).
 */
const TIMES_AFTER = /^(?:(?![一二两三四五六七八九十\d])[\u4e00-\u9fff]){0,6}?(?:不足|不到|超过|达到|达|约|近|至少)?[\d零〇一二两三四五六七八九十百千万几]+(?:余|多)?[次回趟遍面]/u;
/** The 一 + time ending at `end` is the period of a count of times after it (一年停七八次), no duration. */
export function periodOverTimes(view: string, start: number, end: number): boolean {
  return ONE_TIME.test(view.slice(Math.max(0, start - 1), end)) && TIMES_AFTER.test(view.slice(end, end + 14));
}

/**
 * A unit of measurement that 每 + a time opening the clause governs as it does money: a volume, a mass, an area, energy
 * ("供气能力每天增加1500万立方米" → 立方米/天, "每天回收量五六十吨" → 吨/天) — what flows or is handled per period. No
 * duration, age or multiple (每天运行8小时 is how long, 每年增长1.5倍 a ratio: NOT_BASE), and no count (每年新增300家 stays
 * what the year adds).
 */
export function meteredOverTime(unit: string): boolean {
  return METERED.has(unit);
}
const METERED: ReadonlySet<string> = new Set(MEASUREMENT_UNITS.filter((w) => !NOT_BASE.has(w)));

/** How far before a figure 每 + a time may open its clause (code units). */
const CLAUSE_REACH = 30;

/**
 * The base that 每 earlier in the clause gives the figure at `at`, or null: a thing (每亩产量500公斤 → 亩, 每人每月服务时长不少于
 * 10小时 → 人/月, 每户补助标准由一千五百元… → 户) for a figure of any kind, and for money (`money`) a time as well (每月可领取
 * 补贴540元 → 月). The words between are read as the indicator, at the figure.
 */
function periodOfClause(view: string, at: number, money: boolean, metered: boolean): RateBefore | null {
  const from = Math.max(0, at - CLAUSE_REACH);
  const window = view.slice(from, at);
  const b = BASE_CLAUSE.exec(window);
  if (b) {
    const start = from + b.index;
    const time = b[3] ?? b[1]; // 每人每年, or 每年每人
    return { start, denominator: time ? `${b[2]}/${time}` : b[2], perTime: false, perCount: COUNT_WORDS.has(b[2]), between: [at - b[4].length, at], paid: null, clause: true };
  }
  if (!money && !metered) return null;
  const p = PERIOD_CLAUSE.exec(window);
  if (!p) return null;
  return { start: from + p.index, denominator: p[1] ? `${p[1]}/${p[2]}` : p[2], perTime: !p[1], perCount: p[1] !== undefined && COUNT_WORDS.has(p[1]), between: [from + p.index + p[0].lastIndexOf('每') + 1 + p[2].length, at], paid: null, clause: true };
}

/**
 * 每 + a verb + 一 right before `start`, the 一 of "每放电一千瓦时", "每生产一吨": the unit of a rate, no figure of one.
 * Not after 每 + a person or a time (每人一天, 每年一次: the 每 distributes over those, and a count of 一 is read as such).
 */
const DISTRIBUTIVE_ONE = /每(?![年月日天周人户])[\u4e00-\u9fff]{1,3}$/u;
export function distributiveOne(view: string, start: number): boolean {
  return view[start] === '一' && DISTRIBUTIVE_ONE.test(view.slice(Math.max(0, start - 4), start));
}
