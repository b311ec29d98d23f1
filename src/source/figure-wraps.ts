/**
 * A figure cut by a hard line wrap inside its written form, in a copy of a 公报 or PDF broken at the page's width:
 * "同比下降7.\n6%" (after its decimal point), "下降7.6\n%" (before its unit), "新建管网236.8公\n里" (inside its
 * unit), "提高2.4个百\n分点", "治理率为百分之六十三点\n五", "百分之六十\n三" (inside a numeral in words), and
 * "提高到75%\n以上" (before its qualifier), "投资12\n.5亿元", "共1,0\n47户" (inside a digit group) are each one figure: 7.6%,
 * 236.8公里, 2.4个百分点, 63.5%, 75%以上, 1,047户.
 * Read apart, the line's end cuts off the integer part, the decimals, the unit or the qualifier.
 * number-wraps.ts joins the simpler breaks of whole digits ("投入12\n60万元", "投入1260\n万元").
 *
 * A wrap is a line that runs to the page's width (MIN_LINE or more characters, or any length when the line itself goes
 * on a paragraph: the break before it is a wrap, "…扶持\n资金3.\n5亿元") and ends, with no stop, inside a figure, its next
 * line going on right at its start (an indented or blank next line opens a paragraph). A group of a number's digits
 * broken ("1,0\n47户") is one when the digits on both sides make the group's three and a unit follows. Not a wrap:
 * - a number ending one line and a unit-less number opening the next ("12\n40，"): two cells or items;
 * - a list marker opening the next line ("…七点\n三是", "百分之六十\n三、"): an item of a list;
 * - a word that only looks like a qualifier ("达到75%\n以上是…": 以上 is "the above" there).
 * The unit lexicon is extract's: the caller passes `unitEnd(s)`, the length of the unit or measure word
 * opening `s` (0 for none). Cuts are [start, end): the line's trailing white space through the newline
 * (UTF-16, 0-based, end-exclusive), removed by joinWraps.
 */
import type { Span } from '../model/span.js';

/** Shorter lines end a paragraph or are headings, not lines broken at the page's width. */
const MIN_LINE = 10;
/** Trailing white space of a line (and the CR of a CRLF). */
const TRAILING = /[ \t\r\u3000]/;

/** A number ending in its decimal point, after a word: "下降7." (the integer part on this line). */
const DECIMAL_POINT_END = /[^0-9０-９.．,，][0-9０-９]+[.．]$/u;
/**
 * A number ending the line, after a word, that number-wraps.ts does not read: with decimals ("下降7.6") or group
 * separators ("共有1 286", group-spaces.ts), its unit on the next line.
 */
const NUMBER_END = /[^0-9０-９.．,，\s](?:[0-9０-９]+[.．][0-9０-９]+|[0-9０-９]{1,3}(?:[ \u00a0\u202f\u2009][0-9０-９]{3})+(?:[.．][0-9０-９]+)?)$/u;
/** Whole digits ending the line, after a word: "投资12" (its decimals on the next line). */
const DIGITS_END = /[^0-9０-９.．,，\s][0-9０-９]+$/u;
/** A number ending the line inside a digit group, after a word: "共1,0", "投诉1,2", "共1," (the group's rest next). */
const GROUP_PART_END = /[^0-9,\s][0-9]{1,3}(?:,[0-9]{3})*,([0-9]{0,2})$/u;
/** The rest of the group opening the next line, more groups and decimals maybe, then what follows: "47户", "206件". */
const GROUP_REST_ON = /^([0-9]{1,3})((?:,[0-9]{3})*(?:\.[0-9]+)?)(?![0-9,])/u;
/** A decimal part opening the next line: ".5亿元". */
const DECIMALS_ON = /^[.．][0-9０-９]/u;
/** Digits (then a unit's first characters) ending the line: "236.8公", "2.4个百" (the rest of the unit next). */
const UNIT_PART_END = /[0-9０-９](\p{sc=Han}{1,3})$/u;
/** A numeral in words ending in its decimal point: "六十三点". */
const WORDS_POINT_END = /[零〇○一二两兩三四五六七八九十百千万萬亿億][点點]$/u;
/** A share in words cut inside its numeral: "百分之六十", "千分之". */
const SHARE_WORDS_END = /[百千]分之[零〇○一二两兩三四五六七八九十]*$/u;
/** A share in words cut inside 百分之: "百分", "百" (the rest, "之…" or "分之…", next). */
const SHARE_WORD_CUT = /[百千]分?$/u;
/** Digits opening the next line, not a list marker ("2.", "2、", "2）"). */
const DIGITS_ON = /^[0-9０-９]+(?![0-9０-９]|[.．、)）:：])/u;
/** A numeral in words opening the next line, not a list marker ("三是", "三、", "三要", "三方面"). */
const WORDS_ON = /^[零〇○一二两兩三四五六七八九十]+(?![零〇○一二两兩三四五六七八九十]|[是、要.．)）:：]|方面)/u;
/** The rest of 百分之 after its 分, with the numeral after it. */
const SHARE_REST = /^之[零〇○一二两兩三四五六七八九十]/u;
/** A figure with its unit ending the line: "75%", "130个", "百分之七十五", "三成". */
const FIGURE_END = /(?:[0-9０-９][%％‰]|[百千]分之[零〇○一二两兩三四五六七八九十点點]+|[一二三四五六七八九十][成])$/u;
/** Digits and a unit word ending the line ("130个", "38座"): the unit is checked with `unitEnd`. */
const COUNT_END = /[0-9０-９](\p{sc=Han}{1,4})$/u;
/**
 * A qualifier opening the next line: 左右/上下 always qualify; 以上/以下/以内/之内 only as the end of a
 * phrase (a stop, or 的 before a noun: "75%\n以上的村"), since "以上是…" begins a sentence of its own.
 */
const QUALIFIER_ON = /^(?:左右|上下|(?:以上|以下|以内|之内)(?=[，。；、,;:：！？!?）)的\r\n]|$))/u;

/**
 * The cuts that join figures broken inside their written form at a line's end; none at a newline inside a cut
 * of `taken` (wraps found already). `unitEnd(s)`: the length of the unit opening `s`, 0 for none.
 */
export function findFigureWraps(text: string, unitEnd: (s: string) => number, taken: readonly Span[] = []): Span[] {
  const cuts: Span[] = [];
  // Where a line goes on the one before it: the ends of the wraps (a wrap's cut runs up to the next line's start).
  const continued = new Set(taken.map((t) => t[1]));
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; lineStart = nl + 1, nl = text.indexOf('\n', nl + 1)) {
    let end = nl;
    while (end > lineStart && TRAILING.test(text[end - 1])) end--;
    if (end === lineStart || (end - lineStart < MIN_LINE && !continued.has(lineStart))) continue;
    const tail = text.slice(Math.max(lineStart, end - 16), end);
    const head = text.slice(nl + 1, nl + 17);
    if (!breaksFigure(tail, head, unitEnd)) continue;
    if (!taken.some((t) => t[0] <= nl && nl < t[1])) {
      cuts.push([end, nl + 1]);
      continued.add(nl + 1);
    }
  }
  return cuts;
}

/** The line ending in `tail` breaks a figure that goes on at the start of `head`. */
function breaksFigure(tail: string, head: string, unitEnd: (s: string) => number): boolean {
  const group = GROUP_PART_END.exec(tail);
  if (group) {
    // 1,0\n47户: the group's three digits across the break, then a unit or a percent sign.
    const rest = GROUP_REST_ON.exec(head);
    if (!rest || group[1].length + rest[1].length !== 3) return false;
    const after = head.slice(rest[0].length);
    return /^[%％‰]/u.test(after) || unitEnd(after) > 0;
  }
  if (DECIMAL_POINT_END.test(tail)) return DIGITS_ON.test(head); // 7.\n6%
  if (NUMBER_END.test(tail)) return unitEnd(head) > 0; // 7.6\n%, 1 286\n个
  if (DIGITS_END.test(tail) && DECIMALS_ON.test(head)) return true; // 12\n.5亿元
  const part = UNIT_PART_END.exec(tail);
  // 236.8公\n里, 2.4个百\n分点: the unit read across the break runs past the line's end.
  if (part && unitEnd(part[1] + head) > part[1].length) return true;
  if (WORDS_POINT_END.test(tail) || SHARE_WORDS_END.test(tail)) { if (WORDS_ON.test(head)) return true; } // 六十三点\n五, 百分之六十\n三
  else if (SHARE_WORD_CUT.test(tail) && SHARE_REST.test(tail.endsWith('分') ? head : head[0] === '分' ? head.slice(1) : '')) return true; // 百分\n之六十, 百\n分之六十
  if (!QUALIFIER_ON.test(head)) return false;
  if (FIGURE_END.test(tail)) return true; // 75%\n以上
  const count = COUNT_END.exec(tail);
  return count !== null && unitEnd(count[1]) === count[1].length; // 130个\n左右
}
