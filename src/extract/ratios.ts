/**
 * Ratios written a:b: "生师比达到小学19:1、初中13.5:1" → 19 and 13.5, "新老队员按1:1结对" → 1, "按3:2的比例配套" → 1.5,
 * "比分3:1" → 3. The record has no kind for a ratio: it is kind other, unit 比, value a ÷ b, the text as written.
 * A clock time is no ratio: its minutes are two digits ("14:30", "9:05"), so a:b with two-digit b and no decimal
 * is a ratio only when a word of ratio stands in its clause before it (比, 比例, 配比, 比分: "师生比为1:12" is the
 * same reading as "1:12" after 按…的比例) or after it, the ratio modifying its noun through 的 ("按照1∶15的师生比补足教师"
 * → 师生比, as "师生比为1∶15"; "按1:6的比例配备" → the nouns divided, as before). A date (2025-06-12) has no colon; a label ("问题1:一是") no digit after it.
 * Offsets: UTF-16 code units into the normalized view (a full-width ： is : there), 0-based, end-exclusive [start, end).
 */
import { finish, type Reading } from './quantity-reading.js';
import { roundFloat } from './numerals.js';

/** a:b in digits, a decimal point allowed on either side; ∶ (the ratio sign) as well as the colon. */
const RATIO_AT = /(\d+(?:\.\d+)?)[ ]?[:∶][ ]?(\d+(?:\.\d+)?)(?![\d.:∶])/y;
/**
 * A word of ratio in the clause before the figure: 生师比, 师生比, 比例, 配比, 比分, 比值; not 同比/环比/相比/对比 nor 比 opening
 * another word or a comparison (比赛, 比较, 比如, 比重, 比去年, 比上年).
 */
const RATIO_WORD = /(?<![同环相对类好无])比(?:例|值|分|(?![赛较如起上下对拼武重去前同往照]))|配比/gu;
/**
 * A word of ratio after the figure and 的 (1∶15的师生比, 1:6的比例, 3:2的配比): group 1 a compound of two terms closed by 比
 * (师生比, 生师比, 医护比), which names the ratio; not 同比/环比… nor 比 opening a comparison (14:30的比赛).
 */
const RATIO_AFTER = /^的(?:((?:(?![同环相对类好无的])\p{sc=Han}){2}比)(?![赛较如起上下对拼武重去前同往照例])|比例|比值|配比)/u;
/** The clause before the figure, back to its last stop (a 、 does not stop it: 小学19:1、初中13.5:1 share 生师比). */
const CLAUSE_BEFORE = /[^。;!?,\n]*$/u;
/** What may stand right before the first number of a ratio: no digit, no point, no colon (those make it part of a longer figure). */
const JOINED_BEFORE = /[\d.:∶]/u;
/** The characters of the two terms a ratio word 比 closes (生师|比, 医护|比). */
const PAIR = 2;
const HAN = /\p{sc=Han}/u;

/** The ratio whose first number starts at `i`, as a reading (kind other, unit 比, value a ÷ b), or null. */
export function ratioAt(view: string, i: number): Reading | null {
  if (i > 0 && JOINED_BEFORE.test(view[i - 1])) return null;
  RATIO_AT.lastIndex = i;
  const m = RATIO_AT.exec(view);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (!(b > 0)) return null;
  const clause = CLAUSE_BEFORE.exec(view.slice(Math.max(0, i - 20), i))![0];
  let word = -1; // where the last word of ratio in the clause ends: the indicator ends there (生师比达到小学19:1 → 生师比)
  for (const w of clause.matchAll(RATIO_WORD)) word = i - clause.length + w.index + w[0].length;
  const end = i + m[0].length;
  const named = word < 0 ? RATIO_AFTER.exec(view.slice(end, end + 6)) : null; // 1∶15的师生比: the word after, through 的
  const clock = /^\d{2}$/u.test(m[2]) && b <= 59 && /^\d{1,2}$/u.test(m[1]) && a <= 24;
  if (clock && word < 0 && !named) return null; // 14:30: a time of day
  const r: Reading = { ...finish(view, i, end, [i, end], roundFloat(a / b), '比', 'other', null, null), dimensionless: true };
  if (named?.[1]) return { ...r, subject: [end + named[0].length - named[1].length, end + named[0].length] }; // 1∶15的师生比 → 师生比
  if (word < 0) return { ...r, subject: null }; // 新老队员按1:1结对, 按1:6的比例配备: no word names the ratio, the nouns before are what it divides
  if (view[word - 1] !== '比') return { ...r, indicatorAt: word }; // 配套比例为3:2: the phrase ending in 比例
  // 生师比, 师生比, 医护比, 性别比: 比 closes a compound of two terms, the two characters before it (全市生师比 → 生师比).
  let from = word - 1;
  while (from > word - 1 - PAIR && HAN.test(view[from - 1] ?? '')) from--;
  return from < word - 1 ? { ...r, subject: [from, word] } : r;
}
