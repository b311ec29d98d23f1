/**
 * The 提 between a name and 问, which both may own: "委员阿依古丽·买买提问：…" reads as 阿依古丽·买买 +
 * the verb 提问, or as 阿依古丽·买买提 + the verb 问. The name readers cut before 提问 (a speech verb);
 * this module decides whether 提 is the name's instead.
 *
 * Example: with "阿依古丽·买买提追问：" later in the text, "委员阿依古丽·买买提问：" names 阿依古丽·买买提 (the
 * longer reading recurs); "委员马买提问：…马买提追问：" names 马买提; "委员阿依古丽·买买提问：" alone still names
 * 阿依古丽·买买提, since 买买提 (Memet) is a transliterated name part; "委员李守提问：" alone keeps 李守.
 * Evidence, in order: the reading whose name recurs elsewhere in the text before a word that follows names,
 * a title or punctuation (and the other does not); for a dotted name, a last part ending like a Uyghur
 * name part (-买提 -木提 -米提 -合提 -吾提); otherwise the verb 提问 (today's reading).
 * Positions are UTF-16 offsets into the view, ranges half-open `[start, end)`; `limit` is an exclusive bound.
 */
import { isHanUnit, type Lexicon } from './lexicon.js';
import { followerNode, hasTitleAt } from './name-context.js';

const TI = '提'.charCodeAt(0);
const WEN = '问'.charCodeAt(0);

/**
 * Endings of transliterated (Uyghur) name parts with a last 提: 买买提, 艾买提, 阿合买提 (Memet, Ehmet, Ahmet),
 * 马木提 (Mamut), 阿布力米提 (Ablimit), 托合提 (Tohti), 沙吾提 (Sawut). A last part ending so is a whole name part;
 * the part cut before 提 (买买, 马木) is none.
 */
const TI_PART_ENDING = /(?:买|木|米|合|吾)提$/u;

/** The name dots of dotted names (dotted-names.ts): typeset and typed stand-ins. */
const NAME_DOT = /[·・•‧∙⋅﹒.\-‐‑—]/u;

/**
 * True when `name` occurs in the view at an offset other than `at`, and not before `not` (the unit that would
 * make the occurrence ambiguous again): before a word that follows names (追问, 表示, 委员), a title, or no Han
 * character at all (a colon, a comma, the end).
 */
function recurs(lex: Lexicon, view: string, name: string, at: number, not: number): boolean {
  for (let p = view.indexOf(name); p >= 0; p = view.indexOf(name, p + 1)) {
    if (p === at) continue;
    const q = p + name.length;
    if (q >= view.length) return true;
    const c = view.charCodeAt(q);
    if (c === not) continue;
    if (!isHanUnit(c) || followerNode(lex, view, q, view.length) || hasTitleAt(lex, view, q, view.length)) return true;
  }
  return false;
}

/**
 * Where the name `view[start, end)` ends when `提问` follows it: `end` (提问 is the verb) or `end + 1` (提 is the
 * name's, 问 the verb), by the evidence in the header. Any other `end` is returned unchanged.
 */
export function endBeforeTiWen(lex: Lexicon, view: string, start: number, end: number, limit: number): number {
  if (end + 1 >= limit || view.charCodeAt(end) !== TI || view.charCodeAt(end + 1) !== WEN) return end;
  const short = view.slice(start, end);
  const long = view.slice(start, end + 1);
  const longRecurs = recurs(lex, view, long, start, WEN);
  const shortRecurs = recurs(lex, view, short, start, TI);
  if (longRecurs !== shortRecurs) return longRecurs ? end + 1 : end;
  if (NAME_DOT.test(short) && TI_PART_ENDING.test(long)) return end + 1;
  return end;
}
