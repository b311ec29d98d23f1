/**
 * Where the parts of a list announced before them start: right after the separator, or at the start of
 * the next line when the announcement ends its line ("要做到三个“全覆盖”：⏎检测全覆盖、追溯全覆盖、责任全覆盖。",
 * "建立四项机制，即⏎联席会议机制、…"): the line break after a colon is layout, as a space would be.
 * One line break only: a blank line ends the paragraph, and the parts with it.
 * Offsets are UTF-16 code units into the view, 0-based.
 */

/** White space that may stand between the separator and the line's end, or open the next line. */
const SPACE = /[ \t\u3000\r]/;

/** The offset where the parts after the separator ending at `at` start: `at`, or the next line's first character. */
export function partsStart(view: string, at: number): number {
  let k = at;
  while (k < view.length && SPACE.test(view[k])) k++;
  if (view[k] !== '\n') return at;
  k++;
  while (k < view.length && SPACE.test(view[k])) k++;
  return k < view.length && view[k] !== '\n' ? k : at;
}
