/**
 * Posts made by a productive pattern rather than listed one by one.
 *
 * Example: "市气象局首席预报员　莫春燕：今年汛期降水偏多" — 首席预报员 is no entry of roles.utf8, yet 首席 + an agent
 * noun is a post wherever it is written (首席专家, 首席信息官, 首席执行官, 首席法律顾问, 首席代表); so is 总 + an
 * agent noun, the chief of a profession inside a body (总审计师, 总农艺师, 总畜牧师, 总建筑师: 总 + X + 师; 总督学;
 * 总法律顾问), and its deputy with 副 (副总督学, 副总农艺师). The agent noun ends in a person suffix (员, 师, 官, 家)
 * or is one (督学, 顾问, 代表); what stands between the prefix and the suffix is a field (预报, 农艺, 信息), never a
 * grammatical word (总共有教师, 总体上看律师, 总计两名技师), so those characters may not stand there.
 * Such a post is read only where a post is read in a label or before a name: at the end of the stretch, or
 * before a name, a space, a colon, a comma, a bracket or the next link of a chain (、 兼) — in running text 首席专家团队
 * is no person, and in 总培训教师1200人次 no chief.
 * Offsets are UTF-16 code units into the view, [start, end).
 */
import type { Lexicon } from './lexicon.js';
import { surnameLength } from './name-context.js';

/** One Han character that is no grammatical word (的, 是, 有, 和, 都 …): the characters of a field (预报, 农艺, 审计). */
const FIELD_CHAR = String.raw`(?:(?![的了是在和与及等以为对把被将都也就还有共])[\u4e00-\u9fff])`;
/** What makes a word with 总 rather than a chief's post (总共, 总体, 总计, 总量, 总数, 总额, 总结, 总之): not a field's first character. */
const NOT_AFTER_ZONG = '(?![共体计量数额结之])';
/** A productive post at one offset (sticky), shortest field first: 首席预报员, 副总农艺师, 总法律顾问. */
const PRODUCTIVE = new RegExp(
  String.raw`副?总(?:${NOT_AFTER_ZONG}${FIELD_CHAR}{1,3}?师|督学|(?:法律)?顾问)|首席${FIELD_CHAR}{0,4}?(?:员|师|官|家|顾问|代表)`,
  'uy',
);

export const FU = '副'.charCodeAt(0);
export const ZONG = '总'.charCodeAt(0);
export const SHOU = '首'.charCodeAt(0);
const JIAN = '兼'.charCodeAt(0);
/**
 * What may follow a post that is no name: a space (the view folds the ideographic one), a label's colon, a comma, 、,
 * a bracket or a dash. Not a digit: in 总培训教师1200人次 the 总 is a total's, not a chief's.
 */
const FOLLOWS = /^[\s\u3000:,、()—-]$/u;

/** True for a code unit that may open a productive post (副, 总, 首): callers test this before the regex. */
export function opensProductive(c: number): boolean {
  return c === ZONG || c === SHOU || c === FU;
}

/**
 * Where the productive post starting at `pos` ends, or -1 when none starts there or the post is not
 * followed as a post is (a name, a space or punctuation, 、/兼, or the end of the stretch at `end`).
 */
export function productiveTitleEnd(lex: Lexicon, view: string, pos: number, end: number): number {
  PRODUCTIVE.lastIndex = pos;
  const m = PRODUCTIVE.exec(view);
  if (m === null) return -1;
  const stop = pos + m[0].length;
  if (stop > end) return -1;
  if (stop === end) return stop;
  const c = view.charCodeAt(stop);
  if (FOLLOWS.test(view[stop]) || c === JIAN || surnameLength(lex, view, stop) > 0) return stop;
  return -1;
}
