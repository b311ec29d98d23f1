/**
 * Numerals that name rather than count: a pair of 一 + verb ("紧盯“一降一升”目标", "一增一减", "一进一出") is a slogan of
 * two moves, and a number of persons taken up from before ("集中回答了以上三位委员的提问", "对两位的提问") points back
 * at askers already named — neither is a figure (not 1升 of volume, not a count of 3 members).
 *
 * A unit that is also a verb (升 "rise") measures only with a numeral that measures: in 一A一B the two 一 stand before two
 * different moves, as the grammar of such slogans has it, so no numeral there is a count or a volume. 一个一个 (the same
 * word twice) is a manner ("one by one"), left to the other rules.
 * 位 after 以上/上述/前述/这/那/上面/刚才 (the anaphors), or 位 with only 的 after it (两位的提问: no noun is counted), is a
 * reference; "共有5位委员提问" and "请两位委员连续提问" count or call the askers and are left as they are.
 * Offsets: UTF-16 code units into the normalized view, end-exclusive.
 */

const HAN = /^[\u4e00-\u9fff]$/u;
const NUMERAL_CHAR = /[零〇○一二两三四五六七八九十百千万亿]/u;

/** A Han character that is no numeral (the A or B of 一A一B). */
function move(c: string | undefined): boolean {
  return c !== undefined && HAN.test(c) && !NUMERAL_CHAR.test(c);
}

/**
 * True when the 一 at `start` opens or closes a pair 一A一B with A ≠ B (一降一升, 一增一减): the four characters stand alone,
 * no Han character but 的 glued to them on either side would make them part of a longer word ("统一一升" is no pair either:
 * the 一 before must open the pair).
 */
export function pairedOneAt(view: string, start: number): boolean {
  if (view[start] !== '一') return false;
  const at = view[start + 2] === '一' && move(view[start + 1]) && move(view[start + 3]) ? start
    : view[start - 2] === '一' && move(view[start - 1]) && move(view[start + 1]) ? start - 2 : -1;
  if (at < 0 || view[at + 1] === view[at + 3]) return false;
  // 统一 before the pair: its 一 closes a word, the pair is not one (统一一个标准).
  return !/[统唯同单划专逐之万每这那哪另任下上]/u.test(view[at - 1] ?? '');
}

/** Anaphors before N位 that point back at persons already named. */
const ANAPHOR_BEFORE = /(?:以上|上述|前述|上面|刚才|这|那)$/u;

/** True when the numeral at [start, end), with 位 after it, refers to persons named before (以上三位, 两位的提问). */
export function personReferenceAt(view: string, start: number, end: number): boolean {
  if (view[end] !== '位') return false;
  return ANAPHOR_BEFORE.test(view.slice(Math.max(0, start - 2), start)) || view[end + 1] === '的';
}

/** Bodies of a people's congress that hold an inquiry together: 委员会, 专门委员会, 专委会, 工委. */
const CONGRESS_BODY = /^(?:专门)?委员会$|^(?:专委会|工委|工作委员会)$/u;
/** Where a clause opens, before 两个/三个: a stop or comma, or a verb of saying and its comma already passed (表示，). */
const CLAUSE_OPENS = /(?:^|[,。;:!?\n])$/u;
/** The head of a body named twice or thrice in a list before (委员会 of 教科文卫委员会和社会建设委员会), two to four characters. */
const BODY_HEAD = /^[\u4e00-\u9fff]{2,4}?(?=[组开召联共将在的,。;、]|$)/u;

/**
 * True when 两个/三个 + a noun at `end` (its measure word 个 read from `unitEnd`) names again the bodies just listed: "教育科学
 * 文化卫生委员会和社会建设委员会联合召开会议…两个委员会组成3个调研组" — the two committees, a reference, no count. Only when
 * the same head closes two members of a list joined by 和, 、, 及 or 与 earlier in the text; "全市新建两个委员会" with no
 * such list stays a count. Committees of the congress opening a clause ("表示，两个委员会将…") are those holding the inquiry
 * even with no list: no count either.
 */
export function bodiesReferenceAt(view: string, value: number, unitEnd: number): boolean {
  if (value !== 2 && value !== 3) return false;
  const head = BODY_HEAD.exec(view.slice(unitEnd, unitEnd + 5))?.[0];
  if (!head || head.length < 2) return false;
  // Committees of the congress opening a clause ("…巴特尔表示，两个委员会将把询问情况形成综合报告"): the committees holding
  // the inquiry, named again even when the text never listed them — the subject of what they do, no count of anything.
  if (CONGRESS_BODY.test(head) && CLAUSE_OPENS.test(view.slice(Math.max(0, unitEnd - 6), unitEnd - 2))) return true;
  const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}(?:[和、及与][^,。;:!?\\n]{1,16}?${escaped}){${value - 1}}`, 'u').test(view.slice(0, Math.max(0, unitEnd - 3)));
}
