/**
 * Details of one item given after its list: a sentence opening on 其中 or 关于 names the item, and the list
 * that follows it in the same paragraph is that item's inner list.
 *
 * Example: "一是稳面积,二是提单产,三是抓减损。其中提单产方面:首先推广良种,然后推进机械化,最后加强培训。"
 * gives 提单产 the inner items 推广良种 / 推进机械化 / 加强培训; "一是改造管网;二是新建泵站。其中第一项,一方面
 * 争取中央资金,另一方面发行专项债。" gives 改造管网 the inner items 争取中央资金 / 发行专项债, and "…三是食材溯源全覆盖。其中
 * 食材溯源方面:⏎(1)…⏎(2)…" (or "其中:(1)…", 其中 alone pointing back at the last item) gives 食材溯源全覆盖 its (1) (2). The item is named by
 * its place (第一项, 第二条, 第三个, 第二点, 第二个方面) or by words of its own text (提单产方面, 提单产上, 提单产这一项),
 * and may count the details ("其中,第二方面又包括两点:其一…其二…": the count is the inner list's, not a new list's).
 * The item keeps its own text and span; its inner items stand after it, and the list now ends where the
 * details end. Offsets are UTF-16 code units of the view, 0-based, end-exclusive.
 */
import type { BlockNode } from './enumeration.js';
import { parseChineseNumeral } from './numerals.js';
import { gated } from '../source/gated.js';

/**
 * A count of the inner list said after the reference: "又包括两点", "具体有两条", "主要分两块", "分为三个方面".
 * It announces the item's details, not a new list of the answer.
 */
const DETAIL_COUNT = '(?:又|还|具体|主要|共|一共)*(?:包括|包含|分为|分成|分|有)(?:以下)?(?:[两二三四五六七八九十]|\\d{1,2})(?:个方面|方面|点|条|项|块|步|件|个|类)';
/**
 * Between a list's end and the next list's first marker: "。其中第一项,", "。其中提单产方面:", "。其中,第二条:",
 * "。其中,第二方面又包括两点:", "。关于第二点,具体有两条:", and a bare "。其中:" (see detailedItem). Group 1: 其中 or 关于;
 * group 2: the item's place (一, 2); group 3: words of the item's text. No line break before the list but one after a
 * colon ending the line ("其中食材溯源方面:⏎(1)…": that break is layout, as in list-start.ts): the same paragraph.
 */
const REFERENCE = gated(['其中', '关于'], () => new RegExp(`^[。;,!? \\t]*(其中|关于)[, \\t]*(?:第([一二三四五六七八九十]{1,3}|\\d{1,2})(?:个方面|项|条|个|点|方面)|([\\u4e00-\\u9fff]{2,10}?)(?:方面|上|这一项|这项|这块)?)?[, \\t]*(?:${DETAIL_COUNT})?[ \\t]*(?:,|:[ \\t]*\\n?)[ \\t]*$`, 'u'));

/** `blocks` (one stretch, in reading order) with each list that details an item of the list before it moved into that item. */
export function attachDetails(view: string, blocks: BlockNode[]): BlockNode[] {
  const out: BlockNode[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    const target = prev && block.start > prev.end ? detailedItem(view, prev, block.start) : -1;
    if (target < 0 || prev.items[target].items.length > 0) { out.push(block); continue; }
    prev.items[target].items = block.items;
    prev.end = block.end;
  }
  return out;
}

/** The index of the item of `list` that the words between its end and `next` (a list's start) name, or -1. */
function detailedItem(view: string, list: BlockNode, next: number): number {
  const m = REFERENCE.exec(view.slice(list.end, next));
  if (!m) return -1;
  if (m[2]) {
    const place = /^\d/.test(m[2]) ? Number(m[2]) : parseChineseNumeral(m[2]);
    return place !== null && place >= 1 && place <= list.items.length ? place - 1 : -1;
  }
  // "…三是食材溯源全覆盖。其中:(1)…": 其中 alone (among them) points back at what was said just before, the last item.
  if (!m[3]) return m[1] === '其中' ? list.items.length - 1 : -1;
  // Words of one item's text, and of no other: "提单产" names 二是提单产.
  let found = -1;
  for (let k = 0; k < list.items.length; k++) {
    if (!view.slice(list.items[k].start, list.items[k].end).includes(m[3])) continue;
    if (found >= 0) return -1;
    found = k;
  }
  return found;
}
