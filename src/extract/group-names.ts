/**
 * Village groups named by their number: "我们村三组、五组一到旱季就停水" names two 村民小组 (the third and the fifth
 * group of the village), it counts no groups. A 村 (or a 社区, 嘎查, 屯) numbers its groups, and writes them as the
 * numeral and 组 right after its own name ("石桥村3组", "幸福社区二组"), or in a list after such a group
 * ("…三组、五组和七组"). Not "全村12个组", "分三组检查" or "三组数据": a measure word between, no village before,
 * or another word after 组 make a count.
 * Offsets are UTF-16 code units into the normalized view, end-exclusive.
 */

/** Numerals a group's number is written in: 三, 十二, 两, 3, 12. */
const NUMERAL = /[一二三四五六七八九十两〇零\d]/u;
/** A place that numbers its groups, ending right before the first group's number. */
const VILLAGE_END = /(?:村|社区|嘎查|屯)$/u;
/** What joins the groups of a list: 三组、五组, 三组和五组. */
const LIST_JOINER = /[、,和及与]/u;
/** 组 opening another word is no group: 组织, 组成, 组建, 组长, 组员 … */
const GROUP_WORD = /^组(?![织成建合团员长别])/u;
/** How many groups back a list is followed to its village. */
const MAX_LIST = 8;

/** True when view[at] is a numeral a group's number is written in. */
function isNumeral(view: string, at: number): boolean {
  return at >= 0 && NUMERAL.test(view[at] ?? '');
}

/**
 * The length of the village group's name (numeral + 组) starting at `start`, or 0: the numeral runs to a 组 and a
 * village stands right before it, maybe through a list of groups named the same way.
 */
export function villageGroupAt(view: string, start: number): number {
  if (isNumeral(view, start - 1)) return 0; // (read from the numeral's first character)
  let end = start;
  while (isNumeral(view, end)) end++;
  if (end === start || end - start > 3 || !GROUP_WORD.test(view.slice(end, end + 2))) return 0;
  let p = start;
  for (let k = 0; k <= MAX_LIST; k++) {
    if (VILLAGE_END.test(view.slice(Math.max(0, p - 2), p))) return end + 1 - start;
    // An earlier group of the list: "、" (or 和) after its 组, its numeral before.
    if (!LIST_JOINER.test(view[p - 1] ?? '') || view[p - 2] !== '组') return 0;
    let q = p - 2;
    while (isNumeral(view, q - 1) && p - 2 - q < 3) q--;
    if (q === p - 2) return 0;
    p = q;
  }
  return 0;
}
