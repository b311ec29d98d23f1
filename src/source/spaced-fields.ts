/**
 * A person field parted from its value by white space instead of a colon, as a county page sets its fields in columns:
 * "询问人  区人大代表 黄立新：背街小巷改造后…" / "应询人　区城管局局长 韦振国：…" read "询问人: 区人大代表 黄立新:…" in the view,
 * as "询问人：区人大代表 黄立新：…" does — the field is 询问人, the title 区人大代表, never a title 询问人区人大代表.
 *
 * The grammar: the field (the view layer's field lexicon, role-words.ts) opens its line, one or more spaces or a tab
 * follow (the ideographic space is a space in the view; a no-break space too), and the rest of the line is a speaker's label: a title and a
 * name, at most one space between, then the label's own colon, no sentence ended before it ("区人大代表 黄立新:",
 * "韦振国(区城管局局长):"). A field before a person alone on its line ("询问人  区人大代表 黄立新", the words below) folds
 * only in a layout of fields, where an asker's field and a responder's field both open lines. In the view the first
 * white space after the field becomes ":" (one code unit for one: offsets, [start, end) UTF-16 code units, still agree).
 * Not folded: the words 询问人员/被询问人 (another word, or the field not opening its line), a field's word in running
 * text ("询问人 表示满意。": no label after it), a field with its colon already ("询问人 :…").
 */
import { ASKER_FIELD_WORDS, RESPONDER_FIELD_WORDS } from './role-words.js';

/** A part of a label: no white space, no colon, no sentence's end or pause (、 and brackets are a title's). */
const PART = String.raw`[^\s:,。;?!“”]{1,40}`;
/**
 * A person field opening its line, white space, then a label: group 1 the lead and the field, 2 the white space,
 * 3 the colon closing the label (absent when the person stands alone on the line).
 */
const SPACED = new RegExp(String.raw`^([ \t]*(?:[■●◆▲★☆□◇○•▶►][ \t]*)?(?:${ASKER_FIELD_WORDS}|(?:补充)?${RESPONDER_FIELD_WORDS}))([ \t\u00a0]+)(?=${PART}(?:[ \t]+${PART})?[ \t]*(:|$))`, 'gmu');
/** Every field word holds one of these (询问人, 应询人, 作答): a quick test before the line scan. */
const MAY_FOLD = /[问询答]/u;
/** Both sides of a layout of fields: an asker's and a responder's field opening lines, with a colon or white space. */
const ASKER_SIDE = new RegExp(String.raw`^[ \t]*${ASKER_FIELD_WORDS}[ \t]*[: \t]`, 'mu');
const RESPONDER_SIDE = new RegExp(String.raw`^[ \t]*(?:补充)?${RESPONDER_FIELD_WORDS}[ \t]*[: \t]`, 'mu');

/** `view` with each person field parted from its label by white space read as one with a colon, as long as `view`. */
export function foldSpacedFields(view: string): string {
  if (!MAY_FOLD.test(view)) return view;
  let layout: boolean | null = null;
  return view.replace(SPACED, (whole: string, field: string, gap: string, colon: string) => {
    if (colon !== ':') {
      layout ??= ASKER_SIDE.test(view) && RESPONDER_SIDE.test(view);
      if (!layout) return whole;
    }
    return field + ':' + gap.slice(1);
  });
}
