/**
 * The places a promise is for: the names that modify its object as a district, town, street or
 * village, so that a promise for another place is not taken for the same promise.
 *
 * Example: "今年底前完成城东、河西两个片区雨污分流改造" is for 城东 and 河西; "明年6月底前完成河西片区
 * 雨污分流改造" for 河西 alone (they overlap: an extension or a slip), "推进城东片区雨污分流改造" for
 * 城东 (no overlap with 河西: another place). A place is read by word grammar on jieba's tagged
 * tokens, never from a list of names:
 *  - a name followed by an area noun: 城东|片区, 东城|街道, 滨江|新区 (the name before it, any tag);
 *  - the items of a 、 list closed by a count of area nouns: 城关、石桥|两镇, 东坝、柳林|两乡;
 *  - a token jieba tags as a place (ns) or does not know (x) written with its area suffix:
 *    老城区 → 老城, 桐川市 → 桐川;
 *  - a token tagged ns on its own (长江流域, 北京路), unless it is itself an area noun (新区).
 * The names are returned as stems, the area noun dropped (城东片区 → 城东).
 */
import type { Segmenter } from '../segment/segmenter.js';
import { normalize } from '../source/normalize.js';

/** Area nouns that follow a place name. */
const AREA = /^(?:片区|街道|社区|新区|园区|城区|镇|乡|村|区|县|市|街|新村|新城|组团)$/u;
/** A count of area nouns closing a list of names: 两镇, 三个街道, or 两个 before 片区. */
const COUNT = /^[两二三四五六七八九十几多]+个?(?:片区|街道|社区|镇|乡|村|区|县)$/u;
const BARE_COUNT = /^[两二三四五六七八九十几多]+个?$/u;
/** A word made of area nouns (镇街, 乡村, 城乡) is no name. */
const GENERIC = /^[镇乡村区县市街城省]+$|[镇乡村区县市街省]$/u;
/** A kind of place, not a name, though jieba may tag it ns: 文明城市, 贫困地区. */
const KIND = /(?:城市|地区)$/u;
/** A place written with its area suffix: 老城区 → 老城. */
const FUSED = /^(\p{Script=Han}{2,4}?)(?:片区|街道|新区|城区|镇|乡|村|区|县|市)$/u;
const HAN_NAME = /^\p{Script=Han}{2,6}$/u;

/** The place names of `text`, as stems, in reading order, each once. */
export function places(text: string, segmenter: Segmenter): string[] {
  const tokens = segmenter.tag(normalize(text)).filter((t) => t.text.trim() !== '');
  const out: string[] = [];
  const add = (written: string) => {
    const name = FUSED.exec(written)?.[1] ?? written;
    if (HAN_NAME.test(name) && !AREA.test(name) && !GENERIC.test(name) && !KIND.test(written) && !out.includes(name)) out.push(name);
  };
  tokens.forEach((t, k) => {
    const next = tokens[k + 1]?.text ?? '';
    const tag = t.tag ?? '';
    if (AREA.test(next) && HAN_NAME.test(t.text) && t.text.length <= 4 && (tag === 'ns' || tag === 'x' || tag === 'nr' || tag === 'nz')) add(t.text);
    else if (tag === 'ns' || (tag === 'x' && FUSED.test(t.text))) add(t.text);
    // 城关、石桥|两镇: every item of the list before the count is a place.
    if (COUNT.test(t.text) || (BARE_COUNT.test(t.text) && AREA.test(next))) {
      for (let i = k - 1; i >= 0; i -= 2) {
        add(tokens[i].text);
        if (tokens[i - 1]?.text !== '、') break;
      }
    }
  });
  return out;
}

/** Both texts name places and none of them in common: a promise for another place. */
export function otherPlaces(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((p) => b.includes(p));
}
