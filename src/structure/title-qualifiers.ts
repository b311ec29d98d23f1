/**
 * A status qualifier in brackets right after a rank title: "市财政局副局长（主持工作）夏侯军：" — the deputy
 * who runs the bureau while its head's post is vacant. The qualifier is part of the title as written
 * (title "市财政局副局长（主持工作）", office 副局长, organization 市财政局), so the name follows the bracket.
 *
 * The grammar of such qualifiers, all in round brackets glued to the title (no space before the bracket):
 *   duty      主持工作, 主持全面工作, 主持日常工作, 负责日常工作 — who runs the body for now
 *   grade     正处级, 副厅级, 正县级, 副部长级 … — 正/副 + an administrative level + 级
 *   rank      一级巡视员, 二级调研员, 三级主任科员 … — a civil servant's 职级 beside the post
 *   tenure    挂职, 兼, 兼职, 代, 代理, 试用期 — how the post is held
 *   company   经理, 总经理 — the post in the company a body is run as (烟草专卖局（公司）局长（经理）)
 * Nothing else: a bracket holding a name, an aside or a figure ("副局长（女）", "局长（2019年起）") is no
 * qualifier, and 主持工作 in running text ("他主持工作以来") is no bracket at all.
 * Offsets are UTF-16 code units into the view (where （） are folded to ()), [start, end).
 */

import { RUNNING_DUTY } from '../model/posts.js';

const LEVEL = '(?:国|部|省|厅|局|司|地|市|县|处|乡|科|股)';
/** What a qualifier says (see the header); 经理 and 总经理 are the post's in the company the body is run as too
 * ("烟草专卖局（公司）局长（经理）", second-names.ts). */
const BODY = String.raw`${RUNNING_DUTY}|[正副]${LEVEL}长?级|[一二三四]级(?:巡视员|调研员|主任科员)|挂职|兼职?|代理?|试用期|总?经理`;
/**
 * One qualifier in brackets as a pattern's source, for the readers of other lines that hold a title ("——市教育局副局长
 * （主持工作）　龚丽娟", trailing-attribution.ts): matched on the view, where （） are folded to ().
 */
export const QUALIFIER_BRACKET = String.raw`\((?:${BODY})\)`;
/** One qualifier in brackets, sticky: matched at one offset only. */
const QUALIFIER = new RegExp(QUALIFIER_BRACKET, 'uy');
/**
 * The same after a comma inside the bracket of a label's titles: "裴某（市行政审批服务局副局长，主持工作）：" — the
 * note closes the bracket, which the caller reads as the title's end (the name before it is the speaker).
 */
const COMMA_NOTE = new RegExp(String.raw`,(?:${BODY})(?=\))`, 'uy');
const OPEN = 0x28; // (
const COMMA = 0x2c; // , (the view folds ，)

/**
 * Where the status qualifier bracket starting at `pos` ends (after its ")"), or `pos` when no qualifier
 * starts there. `pos` is where the title ends in the view.
 */
export function qualifierEnd(view: string, pos: number): number {
  const c = view.charCodeAt(pos);
  if (c === COMMA) {
    COMMA_NOTE.lastIndex = pos;
    return COMMA_NOTE.test(view) ? COMMA_NOTE.lastIndex : pos;
  }
  if (c !== OPEN) return pos; // most titles: no bracket after them
  QUALIFIER.lastIndex = pos;
  return QUALIFIER.test(view) ? QUALIFIER.lastIndex : pos;
}

/** Where a comma note ending at `end` starts ("副局长，主持工作" → at the comma), or `end` when none ends there. */
export function commaNoteStart(view: string, end: number): number {
  const comma = view.lastIndexOf(',', end - 1);
  if (comma < 0 || end - comma > 12) return end;
  COMMA_NOTE.lastIndex = comma;
  return COMMA_NOTE.test(view) && COMMA_NOTE.lastIndex === end ? comma : end;
}
