/**
 * The head noun of an indicator, the thing it counts, without a word for its whole count after it: a target's
 * "车间总数达到30个" and a report's "全县认定帮扶车间27个" count one thing, 车间; "就业规模稳定在3.2万人以上" and
 * "务工就业3.35万人" one, 就业. Figures are matched on it (figures.ts). Not a name that is nothing but the count word
 * (总数, 规模 alone keep their name), nor a head of one character left (人数 stays 人数).
 */

/** A whole count written after what it counts: 总数, 总量, 总规模, 数量, 规模, 总计. */
const WHOLE_COUNT = /(?:总数|总量|总规模|数量|规模|总计)$/u;

export function indicatorHead(name: string): string {
  const head = name.replace(WHOLE_COUNT, '');
  return [...head].length >= 2 ? head : name;
}
