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

/** True when the age whose unit (岁, 周岁) ends at `end` names a group of people rather than measuring one. */
export function namesAgeGroup(view: string, unit: string, end: number): boolean {
  return (unit === '岁' || unit === '周岁') && GROUP_AFTER.test(view.slice(end, end + 12));
}
