/**
 * Terminal control sequences left in a transcript (text copied out of a coloured terminal or a log):
 * their digits are parameters of a command to the terminal, not figures.
 *
 * Example: in "问题\u001b[31m红色\u001b[0m怎么办" neither 31m nor 0m is a quantity: "\u001b[31m" sets the colour red
 * and "\u001b[0m" resets it. The grammar (ECMA-48): a CSI is ESC "[" (or the one-character C1 CSI, U+009B), then
 * parameter characters 0-9 ; : < = > ?, then intermediates (space to /), then one final character @ to ~; an OSC
 * (window title …) is ESC "]" (or U+009D) up to BEL or ESC "\". A number not right inside one ("[31]号文件",
 * "第[3]条", "ESC 31m" with no bracket) is read as usual. The text itself is never changed: the caller skips the
 * sequence, so the spans of everything else still slice the decoded text.
 * Offsets: UTF-16 code units, end-exclusive.
 */

const ESC = 0x1b;
/** Parameter characters of a CSI: 0-9 : ; < = > ?. */
const isParameter = (c: number) => c >= 0x30 && c <= 0x3f;
const isIntermediate = (c: number) => c >= 0x20 && c <= 0x2f;
const isFinal = (c: number) => c >= 0x40 && c <= 0x7e;
/** Longest run read back to the opening of a sequence: a title or a colour list is short, a page is not. */
const REACH = 256;

/**
 * When `at` (the start of a number) lies inside a control sequence, the code units from `at` to the end of that
 * sequence; otherwise 0.
 */
export function controlSequenceAt(view: string, at: number): number {
  // Back over parameter characters to the opening: ESC [ or CSI.
  let k = at;
  while (k > 0 && at - k < REACH && isParameter(view.charCodeAt(k - 1))) k--;
  const open = view.charCodeAt(k - 1);
  if ((open === 0x5b && view.charCodeAt(k - 2) === ESC) || open === 0x9b) {
    let e = at;
    while (e < view.length && isParameter(view.charCodeAt(e))) e++;
    while (e < view.length && isIntermediate(view.charCodeAt(e))) e++;
    return e < view.length && isFinal(view.charCodeAt(e)) ? e + 1 - at : e - at;
  }
  // An OSC runs to BEL or ST (ESC \): any digit inside it belongs to it. Read back on this line for its opening.
  for (let b = at - 1; b >= 0 && at - b <= REACH; b--) {
    const c = view.charCodeAt(b);
    if (c === 0x0a || c === 0x0d || c === 0x07 || c === 0x9c || (c === 0x5c && view.charCodeAt(b - 1) === ESC)) return 0;
    if (c === 0x9d || (c === 0x5d && view.charCodeAt(b - 1) === ESC)) {
      const rest = view.slice(at, at + REACH).search(/[\u0007\u009c\n\r]|\u001b\\/);
      if (rest < 0) return 0;
      const stop = view.charCodeAt(at + rest);
      // BEL or ST ends the sequence with it; a line break ends an unterminated one before it.
      return rest + (stop === ESC ? 2 : stop === 0x0a || stop === 0x0d ? 0 : 1);
    }
  }
  return 0;
}

/** True when [from, to) holds the opening of a control sequence (ESC, CSI or OSC): else no number there needs the test above. */
export function mayHoldControls(view: string, from: number, to: number): boolean {
  return /[\u001b\u009b\u009d]/.test(view.slice(from, to));
}

/** A whole control sequence (CSI, OSC), a lone control character (as controls.ts counts them) or a line or paragraph separator (U+2028, U+2029). */
// eslint-disable-next-line no-control-regex
const CONTROL_RUN = /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|(?:\u001b\]|\u009d)[^\u0007\u009c\n\r]*?(?:\u0007|\u009c|\u001b\\|(?=[\n\r])|$)|[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Any character CONTROL_RUN opens on (ESC, CSI and OSC are among the C0/C1 controls). */
// eslint-disable-next-line no-control-regex
const CONTROL_CHAR = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** The text holdsControls read last, and whether it holds any control character. */
let scanned: { text: string | null; holds: boolean } = { text: null, holds: false };
function holdsControls(text: string): boolean {
  if (scanned.text !== text) scanned = { text, holds: CONTROL_CHAR.test(text) };
  return scanned.holds;
}

/**
 * The part of the phrase [start, end) of `text` on the figure's side of any control sequence in it (the phrase is
 * before the figure when `before`), or null when no word is left; the phrase unchanged when it holds none. A control
 * character stands between words like a punctuation mark: "整改率\u001b达到96%" measures nothing across it, and the
 * "0m" of "\u001b[0m" is never a word. Offsets: UTF-16 code units, end-exclusive.
 */
export function besideControls(text: string, start: number, end: number, before: boolean): [number, number] | null {
  // A phrase that opens inside a sequence ("0m" of ESC[0m) starts after it.
  start += controlSequenceAt(text, start);
  // (Read at every indicator: a text holding no control character, nearly every one, is searched once, not per phrase.)
  const runs = holdsControls(text) ? [...text.slice(start, end).matchAll(CONTROL_RUN)] : [];
  if (runs.length > 0) {
    const first = runs[0];
    const last = runs[runs.length - 1];
    if (before) start += last.index! + last[0].length;
    else end = start + first.index!;
  }
  return /[\p{L}\p{N}]/u.test(text.slice(start, end)) && start < end ? [start, end] : null;
}

/** True when a control sequence ends right before `at` ("\u001b[1m96%"): its final letter is no part of the figure after it. */
export function endsControlSequence(view: string, at: number): boolean {
  let k = at - 1;
  if (!isFinal(view.charCodeAt(k))) return false;
  while (k > 0 && at - k < REACH && isIntermediate(view.charCodeAt(k - 1))) k--;
  while (k > 0 && at - k < REACH && isParameter(view.charCodeAt(k - 1))) k--;
  return (view.charCodeAt(k - 1) === 0x5b && view.charCodeAt(k - 2) === ESC) || view.charCodeAt(k - 1) === 0x9b;
}
