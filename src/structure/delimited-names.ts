/**
 * A name in a delimited slot: the value of a person field after its title ("提问代表：镇人大代表、勐泉镇中心小学教师 玉罕",
 * "答复人：镇供水站站长 岩罕", "主持人：县人大常委会主任　哈斯巴根"), or the name of a line's speaker label between its
 * title and the verb or colon that closes the label ("州水务局局长岩温答复：", "县人大代表、教师 刀建国提问：").
 *
 * The layout, not a listed surname, marks where the name starts and ends: the title's end on one side, the line's end
 * (or the separator before the next field of the line) or the label's verb and colon on the other. So a name is read
 * there whatever its first character — Dai names (岩罕, 玉罕, 刀建国, 依香), four-character Mongolian ones (哈斯巴根) —
 * as long as no character of it is a word of the sentence, a title or an institution (`mayBeUnlistedName`). A verb of
 * the label (提问, 答复) and an adverb before it (联合, 共同) close the slot and are never the name's.
 * Offsets are UTF-16 into the view, [start, end).
 */
import type { Lexicon } from './lexicon.js';
import type { NameRead } from './name-context.js';
import { mayBeLabelName, mayBeUnlistedName } from './unlisted-names.js';
import { endBeforeTiWen } from './ti-wen.js';
import { ASKER_FIELDS, RESPONDER_FIELDS } from './field-labels.js';
import { LABEL_LEAD } from './stamps.js';
import { orgsAt } from './org-units.js';
import { TERM } from './term-index.js';
import { lineStartAt } from '../source/line-bounds.js';

/**
 * A person field before the title, on its line: "询问人:", "答复人:", "补充应询人:", "主持人:", "主持:", after the line's
 * lead or a separator ("问题一 询问人:…"), maybe in Markdown bold.
 */
const FIELD_HEAD = String.raw`(?:^|[\s;,、(【\[])(?:\*\*|__)?(?:${ASKER_FIELDS}|(?:补充)?(?:${RESPONDER_FIELDS})|(?:会议)?主持人|主持)[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*`;
/**
 * For a title inside a chain, what stands before it: the links before, each closed by 、 ("镇人大代表、" before 教师; not
 * a heading's "二、"), and the organization of its own link ("勐泉镇中心小学" before 教师).
 */
const LINKS = String.raw`(?:\p{sc=Han}{2,24}、){0,3}\p{sc=Han}{0,20}`;
const FIELD_BEFORE = new RegExp(`${FIELD_HEAD}${LINKS}$`, 'u');
/** Only the line's lead before the chain: the chain opens a speaker label. */
const LABEL_BEFORE = new RegExp(`^${LABEL_LEAD}[ \\t]*${LINKS}$`, 'u');
/**
 * A speaker's bracket, the chain right inside it: after the line's lead, a person field or the role of a label
 * ("主持人（州人大常委会副主任 和丽娟）：", "问（县人大常委会委员 和晓燕）：", "（县卫生局局长 向红）"), or after the words it
 * attributes ("…？”（县人大常委会委员 邝志坚）"): the bracket closes the name.
 */
const BRACKET_BEFORE = new RegExp(`(?:^${LABEL_LEAD}[ \\t]*(?:(?:会议)?主持人|${ASKER_FIELDS}|(?:补充)?(?:${RESPONDER_FIELDS})|追问|提问|询问|问|回答|答复|答)?|[”?!。])[ \\t]*\\([ \\t]*${LINKS}$`, 'u');

/** The person field's colon right before: the field's value starts here. */
const FIELD_VALUE_AT = new RegExp(`${FIELD_HEAD}$`, 'u');

/**
 * The name of a person field written before the title, in brackets ("主持人：斯琴巴根（县人大常委会主任）") or not
 * ("提问代表：玉罕代表"): the field's colon and the bracket or the post delimit it, so `[pos, close)` is the name whatever
 * its first character when the field's value starts at `pos` and it may be a name. Null otherwise.
 */
export function fieldNameBefore(lex: Lexicon, view: string, pos: number, close: number, from: number): NameRead | null {
  if (close - pos < 2 || close - pos > LONGEST) return null;
  const lineStart = Math.max(from, lineStartAt(view, pos));
  if (pos - lineStart > 40 || !FIELD_VALUE_AT.test(view.slice(lineStart, pos))) return null;
  return mayBeUnlistedName(lex, view, pos, close, close, true) && !isOrganizationWord(lex, view, pos, close) ? { start: pos, end: close, score: 3 } : null;
}

/** After a field's name: the line's end, or the separator before the next field of the line. Sticky, read in place. */
const FIELD_END = /[ \t]*(?:\*\*|__)?[ \t]*(?:\n|$|[;,])/uy;
/**
 * After a label's name: a bracketed note, an adverb and the label's verb (王丽联合提问:, 岩温答复:, 岩温表示:,
 * 岩温补充发言:), maybe the end of Markdown bold, and the colon. Sticky, read in place.
 */
const LABEL_END = /[ \t]*(?:\([^()\n:;。?!]{1,30}\)[ \t]*)?(?:同志|代表|委员)?(?:联合|共同|一同|首先|率先|紧接着|接着|随后|再次|当场|现场)?(?:追问|提问|询问|发问|问|答复|回答|回复|回应|应询|作答|答|表示|介绍|说明|说|补充(?:发言|回答|说明)?)?[ \t]*(?:\*\*|__)?[ \t]*:/uy;

/** After a bracketed speaker's name: the bracket's close (spaces before it). Sticky, read in place. */
const BRACKET_END = /[ \t]*\)/uy;

/** The longest name a slot holds (a Mongolian or Uyghur name without its dot); 5 and 6 only in transliteration characters. */
const LONGEST = 6;

export type Slot = 'field' | 'label' | 'bracket';

/**
 * The slot a title at `titleStart` (the chain's start, or a title inside it) fills, read on its line no further back
 * than `from`: 'field' when a person field names it ("应询人:镇供水站站长 岩罕"), 'label' when it opens a speaker label
 * (the line's lead only before its chain), 'bracket' when it opens a speaker's bracket (`BRACKET_BEFORE`), else null.
 */
export function slotOf(view: string, titleStart: number, from: number): Slot | null {
  const lineStart = Math.max(from, lineStartAt(view, titleStart));
  if (titleStart - lineStart > 80) return null; // (a field, a lead and the links before are short: a title deep in a paragraph fills no slot)
  const before = view.slice(lineStart, titleStart);
  if (FIELD_BEFORE.test(before)) return 'field';
  if (LABEL_BEFORE.test(before)) return 'label';
  return before.includes('(') && BRACKET_BEFORE.test(before) ? 'bracket' : null;
}

/** True when the slot `slot` closes at `pos`: the field's value ends, the label's verb and colon follow, the bracket closes. */
export function slotClosesAt(view: string, pos: number, slot: Slot): boolean {
  const re = slot === 'field' ? FIELD_END : slot === 'label' ? LABEL_END : BRACKET_END;
  re.lastIndex = pos;
  return re.test(view);
}

/** A label's colon right at `pos` (spaces and Markdown bold between): no verb closes the name there. Sticky. */
const BARE_COLON = /[ \t]*(?:\*\*|__)?[ \t]*:/uy;

/**
 * True when a label's name `[pos, end)` is set off on both sides beyond the title's end: a space before it
 * ("…退役军人 王丽:") or a verb after it ("…局长岩温答复:"). A subhead glued to a title before a bare colon
 * ("人大代表心声:") names nobody.
 */
function setOff(view: string, pos: number, end: number): boolean {
  const c = view.charCodeAt(pos - 1);
  if (c === 0x20 || c === 0x09 || c === 0xa0) return true;
  BARE_COLON.lastIndex = end;
  return !BARE_COLON.test(view);
}

/** True when `view[pos, end)` is an organization word of the lexicon, whole (办公室, 街道): a unit, never a name. */
function isOrganizationWord(lex: Lexicon, view: string, pos: number, end: number): boolean {
  for (let n = orgsAt(lex, view, pos, end); n !== null; n = n.up) if (n.depth === end - pos && (n.flags & TERM) !== 0) return true;
  return false;
}

/**
 * The name filling `slot` from `pos` (the title's end, spaces skipped): the shortest run of two to six characters that
 * may be a name and after which the slot closes; null when none does. A label's 提 is the name's when the text calls
 * the speaker so elsewhere (马买提问: with 马买提追问: later, ti-wen.ts).
 */
export function delimitedName(lex: Lexicon, view: string, pos: number, limit: number, slot: Slot): NameRead | null {
  for (let end = pos + 2; end <= pos + LONGEST && end <= limit; end++) {
    if (!slotClosesAt(view, end, slot) || !mayBeUnlistedName(lex, view, pos, end, limit, true) || isOrganizationWord(lex, view, pos, end)) continue;
    // (A bracket's two characters are a name only as a label's are: "(局长 岩罕)", not "(局长 心声)".)
    if (slot === 'bracket' && !mayBeLabelName(lex, view, pos, end, limit)) continue;
    if (slot === 'label' && !setOff(view, pos, end)) return null;
    const e = slot === 'label' ? endBeforeTiWen(lex, view, pos, end, limit) : end;
    return { start: pos, end: e !== end && mayBeUnlistedName(lex, view, pos, e, e, true) ? e : end, score: 3 };
  }
  return null;
}
