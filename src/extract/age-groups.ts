/**
 * An age bound naming a group of people: "65岁及以上老年人健康管理率为72%", "60周岁以上老年人口约11.3万人", "0-3岁婴幼儿",
 * "14岁以下儿童". The age is part of the noun (which people), the way 三级 is of 三级医院: no figure of its own, and the
 * figure after it keeps the whole group in its indicator. An age measured stays a figure ("人均预期寿命78.5岁",
 * "退休年龄为60岁", "平均年龄45岁的队伍": 的 makes the age a property, not the group's name).
 * Offsets: UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */

/**
 * After the unit of age: a bound (及以上, 以上, 以下, 及以下, 以内), up to four Han characters of qualifier (农村, 户籍, 城乡),
 * then a head noun of people.
 */
const GROUP_AFTER = /^(?:及以上|以上|及以下|以下|以内)?(?:(?![的和与及、,])[\u4e00-\u9fff]){0,4}?(?:老年人|老人|人口|儿童|婴幼儿|幼儿|青少年|少年|青年|学生|妇女|女性|男性|人群|居民|群众|患者|孕产妇|职工|人员|残疾人|农民工?)/u;

/**
 * After a range of ages (2至3岁), a noun it qualifies: a Han character that opens no particle, locative, conjunction or
 * time word (的, 之间, 以上, 和, 时, 前): 开设2至3岁托班 (classes for two- to three-year-olds).
 */
const QUALIFIED_AFTER = /^(?![的之以及和与或时前后内间左上下就才便即起为是在])[\u4e00-\u9fff]/u;

/**
 * True when the age whose unit (岁, 周岁) ends at `end` names a group of people rather than measuring one; a range of ages
 * (`ranged`) right before any noun is that noun's attribute too (2至3岁托班: which classes, no figure about them).
 */
export function namesAgeGroup(view: string, unit: string, end: number, ranged = false): boolean {
  if (unit !== '岁' && unit !== '周岁') return false;
  return GROUP_AFTER.test(view.slice(end, end + 12)) || (ranged && QUALIFIED_AFTER.test(view.slice(end, end + 1)));
}

/** An age bound opening a phrase: its numeral, 岁 or 周岁, and the bound (3岁以下, 0-3岁, 60周岁及以上). */
const AGE_OPENING = /^[\d零〇一二两三四五六七八九十]+(?:[-~至到][\d零〇一二两三四五六七八九十]+)?周?岁(?:及以上|以上|及以下|以下|以内)?/u;
/** The head noun of people closing an age group (GROUP_AFTER's heads): 婴幼儿 of 3岁以下婴幼儿. */
const GROUP_HEAD = /^(?:(?![的和与及、,])[\u4e00-\u9fff]){0,4}?(?:老年人|老人|人口|儿童|婴幼儿|幼儿|青少年|少年|青年|学生|妇女|女性|男性|人群|居民|群众|患者|孕产妇|职工|人员|残疾人|农民工?)/u;
/** A base of a rate and a verb of holding right before the phrase: 每千人口拥有, 每万名老年人有. */
const PER_HOLDER = /每[^\s\d,。;:!?每]{1,6}?(?:拥有|有)$/u;

/**
 * 每千人口拥有|3岁以下婴幼儿|托位数3.1个: a rate whose base is held (每X拥有) and whose phrase opens on an age group before its
 * head is the standard indicator 每千人口托位数: the group only says whose places they are, and the rate is named by its base
 * and head. Returns [base start, base end (before 拥有/有), head start] in the view, or null. `span` is the phrase read before
 * the figure (the age bound included).
 */
export function perBaseOfGroup(view: string, span: [number, number]): [number, number, number] | null {
  const phrase = view.slice(span[0], span[1]);
  const age = AGE_OPENING.exec(phrase);
  const group = age ? GROUP_HEAD.exec(phrase.slice(age[0].length)) : null;
  if (!age || !group) return null;
  const head = span[0] + age[0].length + group[0].length;
  // (每千人口拥有|3岁以下婴幼儿3.1万人: the group is what is counted, no head after it.)
  if (span[1] - head < 2) return null;
  const per = PER_HOLDER.exec(view.slice(Math.max(0, span[0] - 10), span[0]));
  if (!per) return null;
  const held = per[0].endsWith('拥有') ? 2 : 1;
  return [span[0] - per[0].length, span[0] - held, head];
}
