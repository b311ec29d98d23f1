/**
 * The grammar of a numbered formulation's term: whether a quoted term sums up a set of parts, and how many.
 *
 * Example: “六个聚焦” (head 六, classifier 个, term 聚焦) → 6; “一府两院” (numerals each with one character)
 * → 1 + 2 = 3; “3+N” → null (a formulation, but its parts are of different kinds: no one number); “双随机、一公开” → 2 + 1; “五净一规范” → 5 + 1; “规范执行三年行动” → 3. Not
 * formulations: “一门办理” (一 reads "single"), “三方面” (a list announced), “百日攻坚” (a duration).
 * Terms are whole strings here; finding them in the text (and their spans) is formulations.ts's.
 */
import { parseChineseNumeral } from './numerals.js';
import { holdsSetPhrase } from './quantity-guards.js';
import { matchUnit } from './units.js';

/** The classifiers between a formulation's numeral and its term (三项制度, 四大行动). */
export const CLASSIFIER = '个项张种大条类支套道';
/** Chinese numeral of the head (not 一, which reads as "single"), 双 = 2. */
export const HEAD = `(?:[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九百]|双)`;
/** 六个聚焦, 三项制度, 五公开, 双提升, 两个满意度: head + optional classifier + a 1–5 character term. */
export const HEADED = new RegExp(`^(${HEAD})([${CLASSIFIER}]?)([\\u4e00-\\u9fff]{1,5})$`);
/** “8个机制”, “3个一批”, “4大行动”: Arabic digits (2–99) + a classifier (required: “5G”, “12345” are no sets) + a 1–5 character term. */
const ARABIC_HEADED = new RegExp(`^([2-9]|[1-9]\\d)([${CLASSIFIER}])([\\u4e00-\\u9fff]{1,5})$`);
/**
 * “三个100%”, “两个15分钟”: a numeral, 个 and a figure (digits, maybe a percent or a unit of up to three characters)
 * as the term: each part reaches that figure (排查率100%、整改率100%、销号率100%), so the numeral counts parts; 三个 is
 * no count of things and the figure in the slogan no fact.
 */
const FIGURE_HEADED = new RegExp(`^(${HEAD})个(\\d+(?:\\.\\d+)?(?:[%‰]|[\\u4e00-\\u9fff]{1,3})?)$`);
/** 一府两院, 一老一小, 一府一委两院: numerals each followed by one character. */
const INTERLEAVED = /^(?:[一两二三四五六七八九双][\u4e00-\u9fff]){2,4}$/;
/** 3+N, 1+1+N, 1+X. */
const PLUS = /^(?:\d+|[一二两三四五六七八九十])(?:\+(?:\d+|[A-Za-z]|[一二两三四五六七八九十]))+$/;
/** A campaign or project name holding a count: 规范执行三年行动, 百日攻坚行动. */
const CAMPAIGN = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(${HEAD}|百)(?:年|个月|天|日|大|项|个)[\\u4e00-\\u9fff]{0,3}(?:行动|工程|计划|活动|战役|专项)$`);
/** A plan named by nothing but its duration (“三年行动”, “五年计划”, “百日行动”): how long it runs, no set of parts. */
const PLAN_DURATION = new RegExp(`^(?:${HEAD}|百)(?:年|个月|天|日)(?:行动计划|行动|计划|规划|工程)$`);
/**
 * A time unit right after the head, with no classifier: “百日攻坚”, “三年攻坚” name a duration, not a set
 * of parts; nor does a number of times (“两次停工”, “三次约谈”: a step of a sanction scale).
 */
const DURATION_TERM = /^(?:日|天|年|月|周|小时|次)/;
/** Words in 双 that mean "two-way", "both", "double" rather than summing up two parts (“双减” does). */
const DUAL_WORDS = /^双(?:向|方|手|重|边|休|语|人|倍|层)$/;
/** A character of a Chinese numeral, or 双. */
export const NUMERAL_CHAR = /[零〇一二两三四五六七八九十百千万亿双]/;
/** A round-number word as a formulation's term: 百分百 / 百分之百 ("fully"), 一百, 千万, 万家, 百村, 千企. */
const ROUND_TERM = /^(?:百分之?百|一?[百千万](?:[百千万]|家|户|村|企|人|园)?)$/u;
/**
 * “四级书记抓改革”, “五级书记抓乡村振兴”: N级 and a noun phrase (the levels of a hierarchy, each doing its part), longer than
 * HEADED's five characters; 级 after the head counts the levels, as in “三级联动” (HEADED). At most ten characters after 级.
 */
const LEVELS = new RegExp(`^(${HEAD})级([\\u4e00-\\u9fff]{2,10})$`);
/**
 * “百千万工程”, “千万工程”, “十百千计划”: a series of round numerals rising in order (十 < 百 < 千 < 万), the sizes of the
 * campaign's tiers (百个村、千家主体、万名农民), before 工程/行动/计划: a formulation whose numerals are sizes, not parts
 * counted, so no one number (as “1+N”).
 */
export const ROUND_SERIES = /^(?:十?百千万?|十百千?|千万)(?:工程|行动|计划)$/;
/** One part of a quoted coordination (“双随机、一公开”): a numeral or 双 and a 1–4 character term. */
const PART = /^([一两二三四五六七八九十双])([\u4e00-\u9fff]{1,4})$/;

/**
 * The parts of “双随机、一公开” (2 + 1): two or three numbered parts joined by 、, one of them more than 一.
 * Not when a part's numeral measures (“三级联动、两级督办”: levels; “一次警告、两次停工”: times): those
 * are steps of a scale, each its own phrase, and their numerals are never added up.
 */
function coordinated(term: string): number | null {
  if (!term.includes('、')) return null; // one part: most terms
  const parts = term.split('、');
  if (parts.length < 2 || parts.length > 3) return null;
  const heads = parts.map((p) => PART.exec(p));
  if (heads.some((h) => !h || NUMERAL_CHAR.test(h[2]) || MEASURING.test(h[2]) || h[2].startsWith('次'))) return null;
  const values = heads.map((h) => numeralValue(h![1]) ?? 0);
  return values.some((v) => v > 1) ? values.reduce((a, b) => a + b, 0) : null;
}

/**
 * The unit a distributive slogan applies to, one by one: “一岗双责” is two duties for each post, 2
 * (一案三查 3, as the lexicon has them). The 一 of the unit reads "each", not a part. With 一 alone
 * (“一户一策”: one plan for each household) no set of parts is counted: no formulation (the gold's policy).
 */
const SCOPE = /^一[户村厂企河湖库事案岗人校园镇乡街楼宗店]./;
/** “两院一体”, “三位一体”: the parts made one body; 一体 is what becomes of them, not one more part. */
const ONE_BODY = '体';

/** The numeral opening one part of a compound slogan (not 二, "second"; not 百/千, round figures). */
const COMPOUND_HEAD = /[一两三四五六七八九十双]/;
/**
 * A part's morpheme that measures rather than names: 三年, 两成, 一倍, 三个 (with a unit from units.ts), a clock
 * time (“课后三点半”, 五时); 三方面 announces a list; 两头 counts the ends or sides of one thing (“两头管、两不管”:
 * both sides manage, neither does — the same two sides twice, never 2 + 2 parts).
 */
const MEASURING = /^(?:[成倍番级届期点时分头]|方面)/;

/**
 * A slogan of numbered parts written without 、, each part a numeral and a 1–3 character morpheme, after
 * at most three characters of context (“门前三包” → 3, “五净一规范” → 5 + 1, “三清一改” → 4, “两不愁三保障” → 5):
 * the sum of the parts, as for 一府两院; null unless some part counts more than one (“最多跑一次”, “第一书记”)
 * and no morpheme is a unit (“三年攻坚”, “提高两成”).
 */
function compound(term: string): number | null {
  if (term.length < 3 || term.length > 8) return null;
  let k = 0;
  while (k < term.length && !NUMERAL_CHAR.test(term[k])) k++;
  if (k > 3) return null;
  let sum = 0;
  let parts = 0;
  let counted = false;
  while (k < term.length) {
    if (!COMPOUND_HEAD.test(term[k])) return null;
    let j = k + 1;
    while (j < term.length && !NUMERAL_CHAR.test(term[j])) j++;
    // (A 零 right after the numeral is a word: “两减一零”, zero of something.)
    if (term[j] === '零' && j === k + 1) for (j++; j < term.length && !NUMERAL_CHAR.test(term[j]); j++);
    const morpheme = term.slice(k + 1, j);
    // (Han characters only: “双11” is a date, 11 November, not a part.)
    if (morpheme.length < 1 || morpheme.length > 3 || NOT_HAN.test(morpheme) || MEASURING.test(morpheme) || matchUnit(morpheme, 0)) return null;
    const value = term[k] === '一' && morpheme.startsWith(ONE_BODY) && parts > 0 ? 0 : numeralValue(term[k]) ?? 0;
    counted ||= value > 1;
    sum += value;
    if (++parts > 3) return null;
    k = j;
  }
  return counted ? sum : null;
}

/** A character that is no Han character. */
const NOT_HAN = /[^\u4e00-\u9fff]/;

/** The sum of an interleaved slogan's numerals (一府两院 → 3), less a closing 一体 (“两院一体” → 2) and a distributive unit (“一岗双责” → 2). */
function interleavedSum(term: string): number {
  let sum = 0;
  for (let k = SCOPE.test(term) ? 2 : 0; k + 1 < term.length; k += 2) if (!(k > 0 && term[k] === '一' && term[k + 1] === ONE_BODY)) sum += numeralValue(term[k]) ?? 0;
  return sum;
}

/** The value of a numeral written in digits or in Chinese characters, 双 = 2. */
export const numeralValue = (s: string): number | null => (s === '双' ? 2 : /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s));

/** The number a formulation sums up: the sum of its numeric parts (一府两院 → 3), or its head (六个聚焦 → 6); none for A+B (3+N, 5+2). */
export function formulationNumber(term: string): number | null {
  const parts = coordinated(term);
  if (parts !== null) return parts;
  // “1+N+X”, “1+3+N”, “5+2”: parts of different kinds (one platform, three levels, N departments), so no one
  // number counts them: a letter stands for "some", and numerals are never added across the parts.
  if (PLUS.test(term) || ROUND_SERIES.test(term)) return null;
  // (Not "三个一律": a numeral and its classifier head the term, 三 of 一律.)
  if (INTERLEAVED.test(term) && !CLASSIFIER.includes(term[1])) return interleavedSum(term);
  const together = compound(term); // (五净一规范 is 5 + 1, not the head 五)
  if (together !== null) return together;
  const head = HEADED.exec(term) ?? LEVELS.exec(term) ?? CAMPAIGN.exec(term) ?? ARABIC_HEADED.exec(term) ?? FIGURE_HEADED.exec(term);
  return head ? numeralValue(head[1]) : null;
}

/** True when a quoted term is a numbered formulation by grammar (not by the lexicon). */
/** The head of an abbreviated census or survey after its ordinal: 调 (调查), 普 (普查), 经普, 农普, 污普, 人普. */
const CENSUS = /^[经农污人]?[调普]$/u;
/**
 * The head of a disease term after its count: “两癌” (cervical and breast cancer), “两病” (hypertension and diabetes): a
 * medical term screened for or treated, no set of measures.
 */
const DISEASE = /^[癌病症]$/u;

export function isFormulation(term: string): boolean {
  // A set phrase with 一 (一律, 一站式) or an idiom (“九龙治水”, “五花八门”, numeral-idioms.ts) is no count, but counted by a head and classifier it is the summed part (“三个一律”).
  const arabic = ARABIC_HEADED.exec(term);
  if (arabic) return arabicSet(term, arabic);
  if (FIGURE_HEADED.test(term)) return true; // “三个100%”
  const m = HEADED.exec(term);
  // After a classifier, a round-number word names the standard, not a figure: “六个百分百”, “五个一百”, “四个千万”, “三个万家”.
  if (m && m[2] && m[1] !== '百' && ROUND_TERM.test(m[3])) return true;
  if (!(m && m[2] && m[3].startsWith('一')) && holdsSetPhrase(term)) return false;
  if (PLAN_DURATION.test(term)) return false; // “三年行动”: the plan's duration, as 三年行动计划 unquoted
  if (PLUS.test(term) || CAMPAIGN.test(term) || coordinated(term) !== null || ROUND_SERIES.test(term)) return true;
  // (Not 二级, "second-grade", nor a grade of hospitals or sites: “三级甲等医院”, “四级以上”.)
  if (LEVELS.test(term) && !/^[二百]/.test(term) && !/[甲乙丙]等|以[上下]/.test(term)) return true;
  // 一府两院, 一岗双责 sum parts; with 一 alone the slogan is distributive (一村一策, 一户一档) unless in the lexicon.
  // A 零 in a part's place is a word (“三零一低”: zero X, zero Y, zero Z and one low).
  // (A part counted by 二 is the idiom's, “三心二意”, “一清二楚”, “一石二鸟”: a summed pair is written 两 or 双, as below.)
  if (INTERLEAVED.test(term)) return [...term].every((c, k) => (k % 2 === 0) === NUMERAL_CHAR.test(c) || (k % 2 === 1 && c === '零')) && /[两三四五六七八九双]/.test(term)
    && ![...term].some((c, k) => k % 2 === 0 && c === '二');
  // The term may not hold numerals itself (三令五申, 五湖四海) nor be a list announcement (三方面);
  // after a classifier it may open with 一 (“三个一”, “五个一工程”).
  // “三零” is three zeros of something (零投诉, 零距离…): its 零 is the term, not a digit.
  const rest = (m && m[2] ? m[3].replace(/^一/, '') : m?.[3] ?? '').replace(/^零$/, '');
  // A bare 二 reads as "second" (“二次供水”, “二手房”); a summed pair is written 两 or 双.
  // (百分之百, "fully", is a word, not a numeral: “六个百分之百” is a formulation of six parts.)
  if (m && !m[2] && DURATION_TERM.test(m[3])) return false;
  // “一人所”, “两人所”, “三人小组”: a numeral straight before 人 counts the people staffing a unit, no set of parts.
  if (m && !m[2] && m[3].startsWith('人')) return false;
  // “三调”, “七普”, “四经普”: the Nth national survey (第三次全国国土调查, 第七次人口普查), an ordinal abbreviated, no set of N.
  if (m && !m[2] && CENSUS.test(m[3])) return false;
  // “两癌”筛查, “两病”患者: diseases named by their count, a medical term (DISEASE).
  if (m && !m[2] && DISEASE.test(m[3])) return false;

  if (m && (m[1] === '二' || m[3].startsWith('方面') || (m[1] === '双' && DUAL_WORDS.test(m[1] + m[3])))) return false;
  if (m && !NUMERAL_CHAR.test(rest.replace(/百分之百/gu, ''))) return true;
  return compound(term) !== null; // 门前三包, 五净一规范
}

/**
 * “8个机制”, “3个一批”: a set counted in digits as in Chinese numerals, unless the classifier and the
 * term make a unit (“3个月”, “5个百分点”, “2个工作日”), the term announces a list (方面) or holds numerals
 * after its opening 一.
 */
function arabicSet(term: string, m: RegExpExecArray): boolean {
  const unit = matchUnit(term, m[1].length);
  if (unit && unit.end > m[1].length + 1) return false;
  if (m[3].startsWith('方面') || DURATION_TERM.test(m[3])) return false;
  return !NUMERAL_CHAR.test(m[3].replace(/^一/, ''));
}
