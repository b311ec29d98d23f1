/**
 * Header markers: a sentence that opens with the item's name and 方面 or 上, then a comma or a colon.
 *
 * Example: "从三个方面着手。\n线网优化方面,新开线路。\n换乘衔接方面,增设接驳站。" holds the headers
 * 线网优化方面 and 换乘衔接方面; "格局。专业打击上,建专业化团队。" holds 专业打击上. "另一方面," and
 * "这方面," are discourse words and "事实上," "在此基础上," adverbs: no header there. A header opens a
 * sentence (the start of the scan, or after : ; 。 ! ? or a line break or a space) and is never quoted.
 * Its span is the header without its comma and the item's text keeps the header (contentStart is the
 * header's start), because the header is the content; its ordinal is 0.
 * Offsets are UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */
import type { Marker } from './markers.js';

/** Characters after which a sentence, hence a header, may start. */
const OPENS_SENTENCE = /[:;。!?\n]/;
/** X上 that are adverbs, not headers: 事实上, 总体上, 客观上, 在此基础上 … */
const ADVERB_SHANG = /^(在)?(事实|实际|总体|基本|原则|客观|主观|理论|本质|根本|整体|表面|历史|此基础|这个基础|基础|一定程度|很大程度|某种程度|形式|总的|大体|面|会|路|网|线)$/;
/** X方面 that are discourse words, not headers: 一方面, 另一方面, 这方面 … */
const DISCOURSE_FANGMIAN = /^(在)?(第[一二三四五六七八九十]+个?|一|另一个?|另外|这|那|这些|那些|这个|那个|其他|其它|多|各|各个|有关|相关|[一二两三四五六七八九十]+个?)$/;
/** A header: 2–10 characters, then 方面 or 上 before , or : ("管案方面," "专业打击上,"). */
const HEADER_AT = /[\u4e00-\u9fff“”"]{2,10}?(方面|上)(?=[,:])/y;
/** Where a header may end: 方面 or 上 before , or :. */
const HEADER_END = /(?:方面|上)(?=[,:])/g;
const inHeader = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || c === 0x201c || c === 0x201d || c === 0x22;

/**
 * The matches of HEADER_AT as a global scan of `text` from `from` finds them, without trying
 * the lazy pattern at every character: a match ends at a 方面/上 before , or : (HEADER_END) two
 * to ten header characters after its start, so for each such end (in order) the leftmost start
 * still free is the earliest of the header characters running up to it, and the pattern is run
 * there once (it matches: the lazy quantifier stops at this end or at none before it, an earlier
 * end having been tried already).
 */
function headers(text: string, from: number, fn: (m: RegExpExecArray) => void): void {
  let next = from; // the global scan's position: matches start here or after
  let tried = from; // starts below this have been tried with an earlier end
  HEADER_END.lastIndex = from + 2;
  for (let hit = HEADER_END.exec(text); hit; hit = HEADER_END.exec(text)) {
    const q = hit.index;
    const floor = Math.max(next, tried, q - 10);
    let s = q;
    while (s > floor && inHeader(text.charCodeAt(s - 1))) s--;
    if (s <= q - 2) {
      HEADER_AT.lastIndex = s;
      const m = HEADER_AT.exec(text);
      if (m) { fn(m); next = s + m[0].length; }
    }
    tried = Math.max(tried, q - 1);
  }
}

/**
 * Push onto `out` the header markers of the view that start in `[from, to)`; `text` is
 * `view.slice(0, to)`, and `quoted` masks quoted terms (quotes.ts).
 */
export function findHeaders(view: string, text: string, from: number, quoted: Uint8Array, out: Marker[]): void {
  headers(text, from, (m) => {
    if (!(m.index <= from || OPENS_SENTENCE.test(view[m.index - 1])) && !/^\s$/.test(view[m.index - 1] ?? '')) return;
    const x = m[0].slice(0, -m[1].length).replace(/[“”"]/g, '');
    if (x.length < 2 && m[1] === '上') return;
    if (m[1] === '上' ? ADVERB_SHANG.test(x) : DISCOURSE_FANGMIAN.test(x)) return;
    if (quoted[m.index]) return;
    const end = m.index + m[0].length;
    out.push({ family: m[1] === '上' ? 'header-shang' : 'header-fangmian', ordinal: 0, text: m[0], span: [m.index, end], contentStart: m.index, opensClause: true });
  });
}

/** A header family (header-fangmian, header-shang): its ordinal is 0 and its item's text keeps it. */
export function isHeader(family: string): boolean {
  return family === 'header-fangmian' || family === 'header-shang';
}
