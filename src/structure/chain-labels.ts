/**
 * A title chain opening a line's speaker label, and the name the label frames: "自治区人大常委会委员格桑卓玛:…"
 * (the name after the title, up to the colon), "格桑卓玛委员:…" (the name before the post),
 * "问:(县林业和草原局局长 索朗)…" (the name closing a bracket). The label, not a listed surname, marks
 * the name, so names any script's transcription gives are read. Offsets are UTF-16 into the view, [start, end).
 */
import type { Lexicon } from './lexicon.js';
import type { NameRead } from './name-context.js';
import { labelEndAt, mayBeLabelName, readLabelName } from './unlisted-names.js';
import { readOrganization, type OrgRead } from './title-orgs.js';
import { STAMP } from './stamps.js';
import { anchored } from './chain-facts.js';
import { lineStartAt } from '../source/line-bounds.js';

/** Where the spaces (and tabs, no-break spaces) right before `pos` start, no further back than `from`. */
export function spacesBefore(view: string, pos: number, from: number): number {
  while (pos > from && (view[pos - 1] === ' ' || view[pos - 1] === '\t' || view[pos - 1] === '\u00a0')) pos--;
  return pos;
}

/**
 * The name of a line's speaker label right after its title ("自治区人大常委会委员格桑卓玛:…",
 * "自治区水利厅厅长次仁:…"), read up to the label's colon whatever its first character: the label,
 * not a listed surname, marks the name. Null when the title does not open a label, or when a name
 * read the usual way already ends at the colon (a known or surname-led name keeps its reading).
 */
export function labelName(lex: Lexicon, view: string, titleStart: number, at: number, from: number, to: number, weak: boolean): NameRead | null {
  if (weak) return null;
  if (!COLON_NEAR.test(view.slice(at + 2, at + 10))) return bracketName(lex, view, titleStart, at, from, to); // most titles: no colon within a name's reach
  const n = readLabelName(lex, view, at, to);
  return n && opensLabel(view, from, titleStart, n.end) ? n : null;
}

/** Brackets that may hold a speaker's title and name, in the view: the opening one → its closing one. */
const SPEAKER_BRACKETS: Readonly<Record<string, string>> = { '(': ')', '【': '】', '[': ']' };

/**
 * The name in a bracket that holds a title and the name and nothing else, as minutes print a turn's speaker
 * ("问:(县林业和草原局局长 索朗)…", "答:【县农业农村局局长 次旦】…"): the bracket closing right after the name is a
 * label's frame as the colon is, so the name (see `mayBeLabelName`) needs no listed surname. Null otherwise.
 */
function bracketName(lex: Lexicon, view: string, titleStart: number, at: number, from: number, to: number): NameRead | null {
  let o = titleStart - 1;
  while (o >= from && (view[o] === ' ' || view[o] === '\t')) o--;
  const close = o >= from ? SPEAKER_BRACKETS[view[o]] : undefined;
  if (!close) return null;
  for (let end = at + 2; end <= at + 6 && end <= to; end++) {
    if (view[end] === close) return mayBeLabelName(lex, view, at, end, end) ? { start: at, end, score: 3 } : null;
  }
  return null;
}

/** A colon within a label name's reach (2–6 characters and a verb of the label), or the bracket of a note before it (乌兰其其格(蒙古族):). */
const COLON_NEAR = /[:(]/u;

/**
 * An item number opening a digest's exchange before its speaker label: "一、州人大常委会委员拉巴卓玛:…", "(二)委员次仁:…",
 * "3、…" — the number orders the exchanges, the label after it frames the name as it does at the line's start.
 */
const ITEM_NUMBER = String.raw`(?:[一二三四五六七八九十]{1,3}[ \t]*[、.]|\([ \t]*[一二三四五六七八九十\d]{1,3}[ \t]*\)|\d{1,2}[ \t]*、)`;
/** An item number opening a line (see ITEM_NUMBER). */
const NUMBERED = new RegExp(String.raw`^[ \t]*(?:[■●◆▲★☆□◇○•▶►][ \t]*)?${ITEM_NUMBER}`, 'u');

/**
 * True when the line starting at `lineStart` opens on an item number and its label's colon (the first after `nameEnd`) closes
 * the line: "二、自治区人大常委会委员格桑卓玛:" alone is a heading over the member's exchange, not a label; with the words
 * after it on the line ("一、州人大常委会委员拉巴卓玛:中央生态环保督察…") it is the speaker's label.
 */
function numberedHeading(view: string, lineStart: number, nameEnd: number): boolean {
  if (!NUMBERED.test(view.slice(lineStart, nameEnd))) return false;
  const colon = view.indexOf(':', nameEnd);
  const eol = view.indexOf('\n', nameEnd);
  return colon < 0 || !/[^\s*_]/u.test(view.slice(colon + 1, eol < 0 ? view.length : eol));
}

/**
 * Where a speaker label's lead starts after the item number opening its line ("二、州人大代表次仁央宗:“三线一单”…如何?"
 * → after 二、), when the label's words follow its colon on the line; null when the line opens on no item number, or
 * when the colon closes it ("二、自治区人大常委会委员格桑卓玛:" alone: a heading, numberedHeading). `nameEnd`: the label's name ends there.
 */
export function itemNumberEnd(view: string, lineStart: number, nameEnd: number): number | null {
  const m = NUMBERED.exec(view.slice(lineStart, nameEnd));
  return m && !numberedHeading(view, lineStart, nameEnd) ? lineStart + m[0].length : null;
}

/** The lead of a line before its label: spaces, a stamp, a bullet, an item number, Markdown bold ("**格桑卓玛委员:**"). */
const LINE_LEAD = new RegExp(String.raw`^[ \t]*(?:${STAMP}[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t]*)?(?:${ITEM_NUMBER}[ \t]*)?(?:\*\*|__)?[ \t]*$`, 'u');

/**
 * A name before the post of a line's speaker label, listed surname or not: "格桑卓玛委员:…",
 * "扎西平措厅长答:…", "自治区水利厅次仁厅长:…" (the organization, if any, opens the line). The post
 * at `[post, postEnd)` must be followed by the label's colon; the name (see `mayBeLabelName`)
 * runs from the line's lead or the organization's end to the post (spaces between allowed).
 * A bracket holding the name and the post and nothing else frames it as the colon does ("…能不能提高?(阿西木呷代表)",
 * the speaker named after the words): the name runs from the opening bracket to the post.
 */
export function labelNameBefore(lex: Lexicon, view: string, post: number, postEnd: number, from: number): { start: number; name: number; nameEnd: number; org: OrgRead | null } | null {
  if (!LABEL_COLON.test(view.slice(postEnd, postEnd + 8))) return bracketNameBefore(lex, view, post, postEnd, from);
  const nameEnd = spacesBefore(view, post, from);
  const lineStart = Math.max(from, lineStartAt(view, nameEnd));
  for (let len = 2; len <= 6; len++) {
    const s = nameEnd - len;
    if (s < lineStart) break;
    if (!mayBeLabelName(lex, view, s, nameEnd, nameEnd)) continue;
    if (LINE_LEAD.test(view.slice(lineStart, s))) return numberedHeading(view, lineStart, nameEnd) ? null : { start: s, name: s, nameEnd, org: null };
    const org = readOrganization(lex, view, s, lineStart);
    if (org.organization && org.organization[1] === s && anchored(org) && LINE_LEAD.test(view.slice(lineStart, org.start))) return numberedHeading(view, lineStart, nameEnd) ? null : { start: org.start, name: s, nameEnd, org };
  }
  return null;
}

/** The closing brackets of SPEAKER_BRACKETS → their opening ones. */
const OPENING_BRACKETS: Readonly<Record<string, string>> = { ')': '(', '】': '【', ']': '[' };

/** `labelNameBefore` in a bracket closing right after the post ("(阿西木呷代表)", "【格桑卓玛 委员】"): the name from the bracket to the post. */
function bracketNameBefore(lex: Lexicon, view: string, post: number, postEnd: number, from: number): { start: number; name: number; nameEnd: number; org: OrgRead | null } | null {
  let c = postEnd;
  while (view[c] === ' ' || view[c] === '\t') c++;
  const open = OPENING_BRACKETS[view[c]];
  if (!open) return null;
  const nameEnd = spacesBefore(view, post, from);
  for (let len = 2; len <= 6; len++) {
    const s = nameEnd - len;
    if (s <= from) break;
    if (view[s - 1] === open && mayBeLabelName(lex, view, s, nameEnd, nameEnd)) return { start: s, name: s, nameEnd, org: null };
  }
  return null;
}

/** Words of a label that ask: a question mark, 请问, 想问. */
export const LABEL_ASKS = /[?]|请问|想问|问一下|问一问/u;

/** After the name of a speaker label: its verb (问, 答, 追问) and the colon. */
export const LABEL_COLON = /^[ \t]*(?:追问|提问|问|答)?[ \t]*(?:\*\*|__)?[ \t]*:/u;
/**
 * Before a title opening a label: the line's lead (spaces, a stamp, a bullet, an item number, Markdown bold:
 * "**县交通运输局局长 格桑:**", "一、州人大代表次仁央宗:") and the organization's Han characters.
 */
const LABEL_HEAD = new RegExp(String.raw`^[ \t]*(?:${STAMP}[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t]*)?(?:${ITEM_NUMBER}[ \t]*)?(?:\*\*|__)?[ \t]*\p{sc=Han}{0,16}$`, 'u');

/**
 * True when the title at `titleStart` opens a line's speaker label whose name ends at `nameEnd`
 * ("易家渡镇居民卓秀英:…", "东乡区种粮大户聂红英问:…"): nothing but a lead and an organization
 * before it on its line (no further back than `from`), the label's colon after the name (maybe
 * after a bracketed note: "州人大常委会委员其其格(蒙古族):…").
 */
export function opensLabel(view: string, from: number, titleStart: number, nameEnd: number): boolean {
  const lineStart = Math.max(from, lineStartAt(view, titleStart));
  // (a bracketed note may come first: 其其格(蒙古族):)
  return LABEL_HEAD.test(view.slice(lineStart, titleStart)) && labelEndAt(view, nameEnd) && !numberedHeading(view, lineStart, nameEnd);
}
