/**
 * A list of administrative levels and their number, before a noun: "县、乡、村三级路长1426名" — every level has such
 * officers; the list and N级 qualify the noun (路长), they are no part of what is counted, and the walk back from the figure
 * must not keep the last level cut at the list's 、 (村三级路长).
 * Not "三级医院", "二级以上医院": N级 with no level before it is a grade of the thing, part of its name. A run of levels
 * glued with no 、 (县乡村三级河湖长) is read whole as before: the walk is not cut there, so the phrase keeps it all.
 * Offsets: UTF-16 code units into the normalized view.
 */

/** Level words of government (the one-character ones a 、-list or a glued run is made of). */
const LEVEL = '[省市州县区旗乡镇村组]';

/** N级: the number of levels listed (两级, 三级, 五级). */
export const LEVEL_COUNT = /^[两二三四五六七八九]级$/u;

/** Before N级: a level after a list's 、 (县、乡、村|三级). */
const LEVELS_BEFORE = new RegExp(`、${LEVEL}$`, 'u');

/** The word at `at` (N级, `word`) closes a list of levels written before it: the list and N级 qualify the noun after them. */
export function closesLevelList(view: string, at: number, word: string): boolean {
  return LEVEL_COUNT.test(word) && LEVELS_BEFORE.test(view.slice(Math.max(0, at - 5), at));
}
