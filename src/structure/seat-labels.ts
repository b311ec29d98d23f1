/**
 * Seat and group labels of live inquiries, where askers sit by group and seat and the transcript names
 * the seat: "第一组3号席询问人：请问…", "3号席：请问…", "第三组（市人大代表高建军）：…", "1号询问席（常委会委员陈国华）：…".
 * The seat stands where 询问人 stands in "询问人（某某委员）：" (labels.ts): a person in the bracket is the
 * asker; a seat with no bracket is an asker nobody named. A group number alone is a label only with a
 * person in its bracket — "第一组：作业负担真的减了吗？" is a part's heading (groups.ts).
 */

/** A numeral of a group or seat: Arabic or Chinese, one to three characters. */
const NUMBER = '[0-9０-９一二三四五六七八九十]{1,3}';

/** A seat, maybe in a group, maybe with 询问人 after it: "第一组3号席询问人", "3号席", "1号询问席", "第二组5号座席". */
const SEAT = `(?:第${NUMBER}组\\s*)?${NUMBER}号(?:询问|提问)?(?:座)?席(?:询问人|提问人)?`;

/** A group alone, as a label only before a bracket: "第三组（…）". */
const GROUP = `第${NUMBER}组(?:询问人|提问人)?(?=\\s*\\()`;

/** The seat or group slot of a label (regex source, no capturing group). */
export const SEAT_LABEL = `(?:${SEAT}|${GROUP})`;

/** Whether a label's word is a group with no seat: it speaks only through the person in its bracket. */
export function isGroupOnly(word: string): boolean {
  return /^第[^组]{1,3}组(?:询问人|提问人)?$/u.test(word);
}

/** Whether a label's word is a seat or group (not 问/答/询问人). */
export function isSeatWord(word: string): boolean {
  return new RegExp(`^${SEAT_LABEL}$`, 'u').test(word);
}
