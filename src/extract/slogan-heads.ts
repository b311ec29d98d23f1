/**
 * Unquoted numbered slogans whose head is no noun: "坚持六个聚焦,推动工作", "落实四个最严要求", "推行三个一批",
 * "坚持两个毫不动摇", "做到三个不放过".
 *
 * After N个 a count takes a noun (两个问题, 五个部门, 三个专班: things counted, no formulation). A head that is
 * no noun cannot be counted, so N个 + such a head names a set of parts, a formulation:
 * - a verb or adverb of stance or action (聚焦, 坚持, 确保, 统筹, 坚决, 必须: "三个聚焦"), whatever follows it,
 *   unless a relative clause runs on to a noun ("三个确保安全的措施": 的 after the verb's object) or a noun
 *   suffix makes it a name ("三个维护站");
 * - a superlative (最 + adjective: 最严, 最严格) or 更加;
 * - a negation (不 + up to two characters: 不摘, 不放过, 四个不; 毫不/决不/绝不 + a verb: 毫不动摇), not the
 *   nouns and adjectives that open with 不 (不足, 不同, 不良);
 * - a numeral phrase with 一 (一批, 一律, 三个一), not a rank or a round figure (一级, 一线, 一百).
 * Without 个, a numeral and 不 + a verb ("三不管", "两不误") or 两头 + a verb of handling or going ("两头管", "两头跑")
 * is a counted slogan too, ending there ("三不管地带", "两头管、两不管的问题"): none counts things.
 * The last three classes must end the term: punctuation after it, or a noun of requirements or works
 * ("四个最严要求", "三个一工程"); "两个最大问题" counts problems. A negation or a superlative after 有 or 中, or counted in
 * digits, says what the things counted are ("42个项目中有6个不达标"): no slogan. The numeral is Chinese (not 一, nor a bare 二, "second")
 * or 2–19 in digits, never after 第 (an ordinal: "第二个聚焦") nor inside a longer number; quoted terms are
 * the quotation reader's. Offsets: UTF-16 code units into the view, 0-based, end-exclusive; the span
 * covers numeral, 个 and head.
 */
import type { Span } from '../model/span.js';
import { parseNumeral } from './numerals.js';
import { scanRange } from './range-scan.js';

export interface SloganHead {
  /** N, the number of parts. */
  count: number;
  /** Numeral, 个 and head ("六个聚焦"). */
  span: Span;
}

/** Verbs and adverbs of stance or action that head slogans; none is a noun, so none can be counted. */
const VERB = '聚焦|坚持|确保|统筹|维护|坚决|必须|务必|严禁|守住|守牢|筑牢|紧扣|对标|融入|注重|坚定|树牢|锚定|聚力|着力|推动|强化|深化|提升|优化';
/**
 * N个 and a head of one of the classes: group 2 a verb, group 3 a superlative, group 4 a negation, group 5 a 一 phrase;
 * or a Chinese numeral (group 6) right before 不 or 头 (group 7) and one character, a short counted slogan (below).
 */
const SLOGAN = new RegExp(
  `(?<![第\\d.零〇一二两三四五六七八九十百千万亿])(?:([二三四五六七八九]?十[一二三四五六七八九]?|[两三四五六七八九]|1\\d|[2-9])个` +
  `(?:(${VERB})|(最|更加)|(毫不|决不|绝不|不)|(一)(?![级类等流线号期档次百千万亿个]))` +
  `|([二三四五六七八九]?十[一二三四五六七八九]?|[两三四五六七八九])(不|头)(?=[\\u4e00-\\u9fff]))`,
  'g',
);
/**
 * A counted slogan with no 个 (a short one): a numeral, 不 and one verb — "三不管", "两不误", the parties or things none of which
 * does it — or 两头 and a verb of handling or going, the two ends of one matter ("两头管", "两头跑", "两头忙": not 两头牛, a
 * count of cattle, so the verbs are listed). After 不 no numeral (三不五时, an idiom), no modal or copula (两不是); the
 * term ends there, before punctuation, 的 or a noun of the situation it names ("三不管地带", "两头跑的问题", "两头管、两不管").
 */
const NOT_AFTER_NEGATION = /[零〇一二两三四五六七八九十百千万亿是会能要可得了过]/u;
const ENDS_VERB = /[管跑忙顾抓堵]/u;
/** The nouns a counted slogan may stand before, naming the situation it describes ("三不管地带", "两头跑现象"). */
const SITUATION = /^(?:地带|区域|问题|现象|局面|状态|难题|情况|怪圈|窘境)/u;
/** Nouns after a term that name its requirement or its works ("四个最严要求", "三个一工程"), outside its span. */
const FOLLOWER = /^(?:要求|标准|原则|目标|理念|精神|部署|任务|行动|工程|活动|机制|体系|举措|措施|工作|战略|方针|思路|底线|红线)/;
/** Nouns and adjectives opening with 不: counted ("三个不足" are shortcomings), never a negated verb. */
const NOT_NEGATION = /^不(?:足|同|良|利|少|断|仅|当|便|满|适|到)/;
/** A suffix after a verb that names a body or a site ("三个维护站", "两个推动组"): a count of them. */
const NOUN_SUFFIX = /^[站室组队所员者证人会处科办点区馆中]/;
const HAN = /[\u4e00-\u9fff]/;
/** Per opener of a closed class, how many characters may follow it in the term: [min, max] (最严格, 不放过, 毫不动摇, 一批). */
const MORE: Record<string, [number, number]> = { 最: [1, 2], 更加: [0, 0], 不: [0, 2], 毫不: [1, 2], 决不: [1, 2], 绝不: [1, 2], 一: [0, 1] };

/** The slogans of [from, to) of the view, in order; `quoted` masks quoted terms (quotes.ts). */
export function findSloganHeads(view: string, from: number, to: number, quoted: Uint8Array): SloganHead[] {
  const out: SloganHead[] = [];
  // (A match running past `to` is skipped. SLOGAN reads at most a character before a match and eight from its start.)
  const scan = scanRange(SLOGAN, view, from, to);
  for (let m = scan.next(); m; m = scan.next()) {
    if (quoted[m.index] || m.index + m[0].length > to) continue;
    if (m[6] !== undefined) {
      const end = shortEnd(view, m.index + m[0].length, m[7] === '头', to);
      const count = parseNumeral(m[6]);
      if (end < 0 || count === null) continue;
      out.push({ count, span: [m.index, end] });
      scan.skipTo(end);
      continue;
    }
    const n = parseNumeral(m[1]);
    if (n === null || n < 2) continue;
    const head = m.index + m[1].length + 1;
    // "42个项目中有6个不达标": after 有 or 中, or counted in digits, a negation or a superlative says what the counted
    // things are (6 of them fail): a count of things left unnamed, no slogan.
    if ((m[3] || m[4]) && (/\d/.test(m[1]) || /[有中]/.test(view[m.index - 1] ?? ''))) continue;
    const opener = m[3] ?? m[4] ?? m[5];
    const end = m[2] ? verbEnd(view, head + m[2].length, to) : termEnd(view, head, opener.length, ...MORE[opener], m[4] !== undefined, to);
    if (end < 0) continue;
    out.push({ count: n, span: [m.index, end] });
    scan.skipTo(end);
  }
  return out;
}

/**
 * The end of a short counted slogan whose verb is at `at` (after 不, or after 头 when `ends`): past the verb, if the term ends there
 * (the text's end, no Han character, 的, or a SITUATION noun after it); else -1.
 */
function shortEnd(view: string, at: number, ends: boolean, to: number): number {
  const verb = view[at] ?? '';
  if (!(ends ? ENDS_VERB.test(verb) : HAN.test(verb) && !NOT_AFTER_NEGATION.test(verb))) return -1;
  const end = at + 1;
  if (end > to) return -1;
  return end === to || !HAN.test(view[end]) || view[end] === '的' || SITUATION.test(view.slice(end, end + 2)) ? end : -1;
}

/** After a verb head at `end`: the term ends there unless a noun suffix or a relative clause (…的 + noun) follows. */
function verbEnd(view: string, end: number, to: number): number {
  if (NOUN_SUFFIX.test(view[end] ?? '')) return -1;
  if (view[end] === '的') return FOLLOWER.test(view.slice(end + 1, end + 3)) ? end : -1; // 两个确保的要求
  for (let k = end; k < to && HAN.test(view[k]); k++) if (view[k] === '的') return -1; // 三个确保安全的措施
  return end;
}

/**
 * The end of a term of the closed classes: its opener (`openLength` characters) and `min`–`max` more, the
 * shortest that ends the run of Han characters or stands before a FOLLOWER; -1 when none does.
 */
function termEnd(view: string, head: number, openLength: number, min: number, max: number, negation: boolean, to: number): number {
  if (negation && NOT_NEGATION.test(view.slice(head, head + 2))) return -1;
  for (let k = min; k <= max; k++) {
    const end = head + openLength + k;
    if (end > to) return -1;
    let ok = true;
    for (let j = head + openLength; j < end; j++) if (!HAN.test(view[j])) ok = false;
    if (!ok) return -1;
    if (end === to || !HAN.test(view[end]) || FOLLOWER.test(view.slice(end, end + 2))) return end;
  }
  return -1;
}
