/**
 * An Arabic list marker written straight before a figure: "整改任务:\n1.2025年6月底前完成替代;\n2.3个月内
 * 安装监测;\n3.年内淘汰货车" holds the markers 1. and 2. (then 3.), and the figures 2025年 and 3个月 —
 * not the decimals 1.2025 and 2.3. Deadline lists are written that way routinely.
 *
 * `N.`/`N、`/`N)` followed by a digit is a marker only when (a) it opens a line or a clause (start of the
 * text or of a line, or after : ; 。 ! ?, spaces of an indent allowed) and (b) it continues a sequence:
 * the marker N+1 or N−1 (1. 2. or 1、 2、 …) also opens a line or a clause within WINDOW code units. So
 * "增长1.2%,2.3%", "分别为 1.2 和 2.3" and a lone line "1.5万户完成改造" keep their decimals; 、 is never a
 * decimal point but a "1、2号线" inside a sentence is no marker either (no clause start).
 * Offsets are UTF-16 code units into the normalized view, 0-based, end-exclusive.
 */

/** A marker before a digit, at one position (sticky). */
const AT = /(\d{1,2})[.、)](?=\d)/y;
/** Any marker-shaped token opening a line or a clause: the candidates for the neighbour of a sequence. */
const OPENING = /(?:^|[\n:;。!?])[ \t\u3000]*(\d{1,2})[.、)]/g;
/** Characters after which a line or a clause starts (a space or a comma does not: "增长 1.2%"). */
const OPENER = /[\n:;。!?]/;
/** How far the neighbour may stand: an item with its 责任单位/完成时限 lines is a few lines long. */
const WINDOW = 400;

/** Whether `i` opens a line or a clause of `view` (spaces of an indent skipped back). */
function opensClause(view: string, i: number): boolean {
  let k = i;
  while (k > 0 && (view[k - 1] === ' ' || view[k - 1] === '\t' || view[k - 1] === '\u3000')) k--;
  return k === 0 || OPENER.test(view[k - 1]);
}

/**
 * The length of the marker ("1." → 2, "12、" → 3) standing at `i` straight before a digit, when it opens
 * a clause and continues a sequence (see the header); else 0.
 */
export function markerBeforeDigit(view: string, i: number): number {
  AT.lastIndex = i;
  const m = AT.exec(view);
  if (!m || !opensClause(view, i)) return 0;
  const n = Number(m[1]);
  if (n === 0) return 0;
  const end = i + m[0].length;
  // The next marker opening a clause with the ordinal N+1 ...
  if (neighbour(view, end, Math.min(view.length, end + WINDOW), n + 1)) return m[0].length;
  // ... or the one before it with N−1.
  return n > 1 && neighbour(view, Math.max(0, i - WINDOW), i, n - 1) ? m[0].length : 0;
}

/** Whether a marker with ordinal `n` opens a line or a clause in [from, to) of the view. */
function neighbour(view: string, from: number, to: number, n: number): boolean {
  const part = view.slice(from, to);
  OPENING.lastIndex = 0;
  for (let h = OPENING.exec(part); h; h = OPENING.exec(part)) {
    const at = from + h.index + h[0].length - h[1].length - 1; // where the digits start
    if (Number(h[1]) === n && opensClause(view, at)) return true;
  }
  return false;
}
