/**
 * Classes named with 类, which count nothing: "一类、二类出口企业" and "A类、B类企业不超过1.5个工作日;三类企业不超过3个工作日"
 * name grades of a management scheme (an ordinal: the third class), while "聚焦三类困难群体" counts three kinds.
 * A numeral + 类 is a class name when it is written 二 (two kinds are 两类, as two sessions are 两期), when it stands in a
 * series of class names (一类、二类, 三类、四类, B类、三类), or when its sentence names another class of the same noun with
 * a letter or another numeral (A类企业 … 三类企业).
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive ([start, end)).
 */

/** A class label: a letter, a Roman numeral, a digit, a Chinese digit or a stem before 类 (A类, Ⅱ类, 3类, 三类, 甲类). */
const LABEL = /[A-Za-zⅠⅡⅢⅣⅤⅥ\d一二三四五六七八九甲乙丙丁]/u;
/** Nouns graded by a class of a standard (三类水质, Ⅳ类水体, 二类标准, 三类地表水, 四类海水): the class is a grade. */
const GRADED = /^(?:水质|水体|标准|水(?![利务产费])|地表水|海水)/u;
/** Verbs that reach or compare against a grade right before it (达到三类, 优于三类, 劣于四类, 好于三类, 不低于二类). */
const GRADE_VERB = /(?:达到|优于|劣于|好于|低于|高于|稳定在|保持在|提升[到至为]|下降[到至为])(?:或优于|或好于)?$/u;
/** What closes the sentence a class is compared within. */
const SENTENCE_STOP = /[。!?\n]/u;
/** How far on either side of the numeral the sentence is searched for another class (code units). */
const REACH = 40;

/** The numeral at [start, numeralEnd) with 类 ending at `end` names a class rather than counting kinds. */
export function isCategoryName(view: string, start: number, written: string, end: number): boolean {
  if (written === '二') return true;
  // 三类水质, 达到或优于三类: a grade of a standard (Class III water), reached or bettered, counts no kinds.
  if (GRADED.test(view.slice(end, end + 3)) || GRADE_VERB.test(view.slice(Math.max(0, start - 4), start))) return true;
  // 三类、四类; 一类、二类: a series of names (the neighbour is a label + 类 right across the 、).
  if (view[end] === '、' && LABEL.test(view[end + 1] ?? '') && view[end + 2] === '类') return true;
  if (view[start - 1] === '、' && view[start - 2] === '类' && LABEL.test(view[start - 3] ?? '')) return true;
  const noun = view.slice(end, end + 2);
  if (!/^[\u4e00-\u9fff]{2}$/u.test(noun)) return false;
  // Another class of the same noun in the sentence: B类企业 … 三类企业.
  let from = start;
  while (from > Math.max(0, start - REACH) && !SENTENCE_STOP.test(view[from - 1])) from--;
  let to = end;
  while (to < Math.min(view.length, end + REACH) && !SENTENCE_STOP.test(view[to])) to++;
  const key = `类${noun}`;
  for (let k = view.indexOf(key, from); k >= 0 && k + key.length <= to; k = view.indexOf(key, k + 1)) {
    if (k !== end - 1 && LABEL.test(view[k - 1] ?? '') && view[k - 1] !== view[start]) return true;
  }
  return false;
}
