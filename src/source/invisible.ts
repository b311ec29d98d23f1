/**
 * Format characters a copy carries unseen (Unicode category Cf), and where the reading takes them out.
 *
 * Example: a soft hyphen U+00AD a word processor left inside a name, "委员张\u00AD三：" (or "孙\u00AD小\u00AD红"),
 * is no part of the name: the text is read as "委员张三：" (the name 张三), every span still indexing the text as
 * decoded (the pipeline's cuts, joined.ts; the mention's span then covers 张\u00AD三). The zero-width space U+200B
 * that opens each paragraph of a WeChat copy ("\u200B委员…"), the word joiner U+2060 and the zero-width
 * (non-)joiners U+200C/U+200D are as unseen: in the view each is a space (normalize.ts), and a turn that opens on
 * one starts after it, as after an indentation (question-frame.ts).
 *
 * Cut: one such character or a run of them between two Han characters ("张\u00AD三", "局长\u200B李四", a
 * name or a word read whole); not one next to anything else (a line's start, a space, a letter, an emoji, whose
 * joiners decoration.ts reads). Cuts are [start, end), 0-based, end-exclusive UTF-16 offsets into the text.
 */
import type { Span } from '../model/span.js';

/** The zero-width space, the word joiner and the soft hyphen: a space in the view (normalize.ts). */
export const INVISIBLE_FORMAT = [0x200b, 0x2060, 0x00ad] as const;
/** The zero-width non-joiner and joiner: a space in the view too, except inside an emoji sequence. */
export const JOINERS: ReadonlySet<number> = new Set([0x200c, 0x200d]);

/** Every unseen format character of the header: INVISIBLE_FORMAT's and the JOINERS. */
const UNSEEN: ReadonlySet<number> = new Set([...INVISIBLE_FORMAT, ...JOINERS]);

/** True for an unseen format character (see the header). */
export function isInvisibleFormat(c: number): boolean {
  return UNSEEN.has(c);
}

/** A run of unseen format characters between two Han characters (BMP ideographs, Extension A). */
const INSIDE_HAN = /(?<=[\u3400-\u4dbf\u4e00-\u9fff])[\u200b-\u200d\u2060\u00ad]+(?=[\u3400-\u4dbf\u4e00-\u9fff])/gu;

/** The cuts taking out the unseen format characters inside runs of Han characters (see the header). */
export function findInvisibleCuts(text: string): Span[] {
  if (!/[\u200b-\u200d\u2060\u00ad]/u.test(text)) return [];
  const cuts: Span[] = [];
  for (const m of text.matchAll(INSIDE_HAN)) cuts.push([m.index!, m.index! + m[0].length]);
  return cuts;
}
