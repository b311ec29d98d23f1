/**
 * Names transcribed from Uyghur, Tibetan, Mongolian or another language, their parts joined by a
 * dot: the dot is the evidence, no listed surname is needed. Typeset dots (· ・ • ‧) always join a
 * name; the stand-ins pages type (- — . ∙) only between transliteration characters.
 *
 * Example: "古丽娜尔·买买提说" → 古丽娜尔·买买提; "买买提—艾力回答说" → 买买提—艾力; "王强—全区已设立河长"
 * → no dotted name (the dash joins clauses). `dottedNameEndingAt` reads one backwards from its end,
 * before a title ("买买提·艾力厅长").
 * Positions are UTF-16 offsets into the view, ranges half-open `[start, end)`; `limit` is an exclusive bound.
 */
import { isHanUnit, type Lexicon } from './lexicon.js';
import { isTransliterationUnit } from '../source/transliteration.js';
import { beforeLabelColon, beforeListMark, endScore, followerNode, hasTitleAt, type NameRead } from './name-context.js';
import { mayBeUnlistedName } from './unlisted-names.js';
import { greatest } from '../model/append.js';

/**
 * The dots between the parts of a transcribed name: · ・ • ‧ as typeset (古丽娜尔·买买提, 阿布都・热合曼),
 * and what pages type instead (∙ ⋅ ﹒ . - ‐ ‑ and a single —; ． and － read as . and - in the view,
 * and a "." between two transcribed names stays a dot there, see source/normalize.ts).
 */
const NAME_DOT = /[·・•‧∙⋅﹒.\-‐‑—]/u;
const DOTTED = /^[\u4e00-\u9fff]{1,6}(?:[·・•‧∙⋅﹒.\-‐‑—][\u4e00-\u9fff]{1,8}){1,3}/u;

/** The typeset name dots: · ・ • ‧. */
function isTypesetDot(c: number): boolean {
  return c === 0xb7 || c === 0x30fb || c === 0x2022 || c === 0x2027;
}

/** A stand-in for the name dot (∙ ⋅ ﹒ . - ‐ ‑ —): also a dash, hyphen or stop elsewhere, so a name only between transcribed parts. */
function isTypedDot(c: number): boolean {
  return c === 0x2219 || c === 0x22c5 || c === 0xfe52 || c === 0x2e || c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2014;
}

function isDot(c: number): boolean {
  return isTypesetDot(c) || isTypedDot(c);
}

/**
 * Every middle dot a page may print between a transcribed name's parts (· • ・ ‧ ･ ∙ ⋅ ﹒ and the full-width and
 * ASCII stops), when it stands between two Han characters. One person is written "阿依古丽•赛买提" in one label and
 * "阿依古丽·赛买提" in the next (WeChat and PDF copies mix them).
 */
const ANY_NAME_DOT = /(?<=\p{sc=Han})[·•・‧･∙⋅﹒．.](?=\p{sc=Han})/gu;

/**
 * `name` with every middle dot between its parts folded to · (U+00B7), for comparing names only: the record keeps
 * the name as written. Dashes are left alone (王强—全区… is no name, and 买买提-艾力's hyphen is another spelling).
 */
export function foldedNameDots(name: string): string {
  return name.replace(ANY_NAME_DOT, '·');
}

/** True when `view[pos, limit)` opens with one to six Han characters and a dot: what DOTTED needs first. */
export function mayBeDotted(view: string, pos: number, limit: number): boolean {
  for (let j = pos; j < limit && j <= pos + 6; j++) {
    const c = view.charCodeAt(j);
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    return j > pos && isDot(c);
  }
  return false;
}

/**
 * True when the dotted name `view[pos, end)` is one: with a typeset dot always; with a typed
 * stand-in (买买提-艾力, 努尔兰—哈力克, 古丽娜尔.吐尔逊) only when every other character is a
 * transliteration character, so "工作-全区" or a dash between clauses is no name.
 */
function dottedParts(view: string, pos: number, end: number): boolean {
  let typed = false;
  for (let i = pos; i < end; i++) if (isTypedDot(view.charCodeAt(i))) typed = true;
  if (!typed) return true;
  for (let i = pos; i < end; i++) {
    const c = view.charCodeAt(i);
    if (!isDot(c) && !isTransliterationUnit(c)) return false;
  }
  return true;
}

/**
 * A name transcribed from Uyghur, Tibetan, Mongolian or another language, its parts joined by a
 * dot ("古丽娜尔·买买提说"): the dot is the evidence, no listed surname is needed. The name ends
 * where the Han characters after the last dot end, or earlier before a word that follows names.
 */
export function readDottedName(lex: Lexicon, view: string, pos: number, limit: number): NameRead | null {
  if (!mayBeDotted(view, pos, limit)) return null; // most positions: no dot right after a short Han run
  const m = DOTTED.exec(view.slice(pos, limit));
  if (!m || !NAME_DOT.test(m[0])) return null;
  const lastDot = pos + greatest([...m[0]].map((c, k) => (NAME_DOT.test(c) ? k : -1)));
  // 古丽娜尔·买买提说: the last part ends before a word that follows names (说, 表示, 委员).
  const matchEnd = pos + m[0].length;
  const cuts = (end: number): boolean => {
    // 阿苏拉则:…: see beforeLabelColon; 吉克·拉则、副局长某: see beforeListMark.
    const score = beforeLabelColon(lex, view, end) || beforeListMark(lex, view, end) ? 0 : endScore(lex, view, end, limit);
    return score > 0 && (end === matchEnd || followerNode(lex, view, end, limit) !== null || hasTitleAt(lex, view, end, limit));
  };
  for (let end = lastDot + 2; end <= matchEnd; end++) {
    if (!cuts(end)) continue;
    // 阿不都热合曼, 巴图孟和: a one-character word after names (都, 和) that is also a syllable
    // continues the name when a cut further on is reached through syllables only.
    if (syllableGoesOn(lex, view, end, matchEnd, cuts)) continue;
    return dottedParts(view, pos, end) ? { start: pos, end, score: Math.max(endScore(lex, view, end, limit), 2) } : null;
  }
  return null;
}

/**
 * True when `pos` follows a name dot that follows a Han character ("买买提江·|阿不都"): a name read from there is only the
 * last part of a dotted name, never the whole of one.
 */
export function afterNameDot(view: string, pos: number): boolean {
  return pos >= 2 && isDot(view.charCodeAt(pos - 1)) && isHanUnit(view.charCodeAt(pos - 2));
}

/**
 * Where a dotted name ending exactly at `end` starts (no further back than `from`), or -1: "买买提·艾力|厅长",
 * "对此,古丽娜尔-吐尔逊|委员". The name's first part is the longest run before the first dot that
 * may be a name (no title, institution or word of the sentence in it: 教育厅买买提 is none). In a line's speaker
 * label (`label`) a one-character word inside a transliterated first part is a syllable of it, as before a label's
 * colon (see `mayBeUnlistedName`): "阿不都·买买提江(副局长):" starts at 阿, not at 都.
 */
export function dottedNameEndingAt(lex: Lexicon, view: string, end: number, from: number, label = false): number {
  let dot = -1; // the last dot, within a last part's reach (1–8 characters)
  for (let i = end - 2; i >= Math.max(from, end - 9); i--) if (isDot(view.charCodeAt(i))) { dot = i; break; }
  if (dot < 0) return -1;
  let run = dot; // back over the Han characters and dots of the earlier parts
  while (run > from && dot - run < 27 && (isHanUnit(view.charCodeAt(run - 1)) || isDot(view.charCodeAt(run - 1)))) run--;
  for (let st = run; st < dot; st++) {
    if (!isHanUnit(view.charCodeAt(st))) continue;
    let firstDot = st;
    while (firstDot < dot && !isDot(view.charCodeAt(firstDot))) firstDot++;
    if (firstDot - st > 1 && !mayBeUnlistedName(lex, view, st, firstDot, firstDot, label)) continue;
    const r = readDottedName(lex, view, st, end);
    if (r && r.end === end) return st;
  }
  return -1;
}

/**
 * True when the character at `end` is a one-character word after names and a syllable, and a cut after it is reached
 * through syllables only. An adverb that transliterates no name elsewhere (则 of 艾则孜, "阿依古丽·艾则孜追问") is one
 * too when a syllable follows it before the cut: an adverb goes before a verb, never before a name's syllable, so
 * "巴特尔·额尔敦则表示" still ends at 额尔敦. (A preposition, 就 or 向, may take a name after it: never read on.)
 */
function syllableGoesOn(lex: Lexicon, view: string, end: number, matchEnd: number, cuts: (end: number) => boolean): boolean {
  const w = followerNode(lex, view, end, end + 1);
  if (!w) return false;
  const own = isTransliterationUnit(view.charCodeAt(end));
  if (!own && !ADVERB_SYLLABLES.has(view.charCodeAt(end))) return false;
  for (let e = end + 1; e <= matchEnd; e++) {
    if ((own || e > end + 1) && cuts(e)) return true;
    if (!isTransliterationUnit(view.charCodeAt(e))) return false;
  }
  return false;
}

/** Adverbs after names (dict/speech-verbs.utf8) that are also syllables of Uyghur names as written in Chinese: 则 (艾则孜, 则力力). */
const ADVERB_SYLLABLES: ReadonlySet<number> = new Set(Array.from('则', (c) => c.charCodeAt(0)));
