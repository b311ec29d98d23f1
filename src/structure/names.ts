/**
 * Where a personal name ends: a surname, one to three more characters, and a cut where the
 * words after it read as the next word of the sentence.
 *
 * Example: "余波回应道" → 余波 (回应 is a speech verb; 余波回 would leave 应道), "谢茂华就此提问"
 * → 谢茂华, "邓玲说," → 邓玲 (a two-character name before a verb beats 邓玲说 before the comma),
 * "欧阳明远表示" → 欧阳明远. Names are 2–3 characters after a single surname and 3–4 after a
 * compound one. Positions are UTF-16 offsets into the view; `limit` is an exclusive bound.
 */
import { isHanUnit, type Lexicon } from './lexicon.js';
import { isTransliterationUnit, isTwoSyllableName } from '../source/transliteration.js';
import { TAG, TERM, deepestAt, deepestBefore, firstUp, type Trie, type TrieNode } from './term-index.js';

export interface NameRead {
  start: number;
  end: number;
  /** How well the text after the name supports the cut (see `endScore`); 5 for a known name. */
  score: number;
}

// Positions are offsets into the view, and a `limit` is never past its end.

/** The longest term of `trie` starting at `pos` (no longer than `max`, not past `limit`): its node, or null. */
export function termAt<T>(trie: Trie<T>, max: number, view: string, pos: number, limit: number): TrieNode<T> | null {
  return firstUp(deepestAt(trie, view, pos, Math.min(limit, pos + max)), TERM);
}

/** The node of the word that may follow a name (speech verb or 就/向/率先/同志 …) starting at `pos`, longest first. */
export function followerNode(lex: Lexicon, view: string, pos: number, limit: number): TrieNode<unknown> | null {
  return firstUp(deepestAt(lex.index.words, view, pos, limit), TAG.speech | TAG.after);
}

/** A word that may follow a name (speech verb or 就/向/率先/同志 …) starting at `pos`, longest first. */
export function followerAt(lex: Lexicon, view: string, pos: number, limit: number): string | null {
  const n = followerNode(lex, view, pos, limit);
  return n ? view.slice(pos, pos + n.depth) : null;
}

/** True when a title (not a blocking "not" entry) starts at `pos`. */
export function hasTitleAt(lex: Lexicon, view: string, pos: number, limit: number): boolean {
  const hit = firstUp(deepestAt(lex.index.roles, view, pos, Math.min(limit, pos + lex.maxRole)), TERM); // termAt, one call less
  return hit !== null && (hit.flags & TAG.not) === 0;
}

/** A title (not a blocking "not" entry) starting at `pos`. */
export function titleAt(lex: Lexicon, view: string, pos: number, limit: number): string | null {
  const hit = termAt(lex.index.roles, lex.maxRole, view, pos, limit);
  return hit && (hit.flags & TAG.not) === 0 ? view.slice(pos, pos + hit.depth) : null;
}

/**
 * How well a name may end at `pos`: 3 when a word of two or more characters that follows
 * names starts there (表示, 率先, 同志); 2 for a one-character such word (说, 就, 向), for
 * punctuation, white space or the end of the range, and for a title (王某某委员); 0 otherwise.
 */
export function endScore(lex: Lexicon, view: string, pos: number, limit: number): number {
  if (pos >= limit || !isHanUnit(view.charCodeAt(pos))) return 2;
  // One walk of the words serves both the followers (表示, 说) and the clause openers (最后, 随后).
  const deepest = deepestAt(lex.index.words, view, pos, limit);
  const w = firstUp(deepest, TAG.speech | TAG.after);
  if (w) return w.depth >= 2 ? 3 : 2;
  if (hasTitleAt(lex, view, pos, limit)) return 2;
  // A word that opens a clause (最后, 随后) after the name: weaker support.
  for (let n = deepest; n !== null && n.depth >= 2; n = n.up) if ((n.flags & TAG.before) !== 0) return 1;
  return 0;
}

/** The length of the surname starting at `pos`: compound first (欧阳, 2), then single (1); 0 when none. */
export function surnameLength(lex: Lexicon, view: string, pos: number): number {
  const n = firstUp(deepestAt(lex.index.surnames, view, pos, pos + 2), TERM);
  return n ? n.depth : 0;
}

/** The surname starting at `pos`: compound first (欧阳), then single; null when none. */
export function surnameAt(lex: Lexicon, view: string, pos: number): string | null {
  const len = surnameLength(lex, view, pos);
  return len ? view.slice(pos, pos + len) : null;
}

/** Code units of a set of one-unit characters, as a Set of numbers (no string made per test). */
function units(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}

/** Characters that end group nouns (劳动者, 委员们, 工作人员), never a personal name. */
const NOUN_ENDS = units('者们员界户');
const HE = '和'.charCodeAt(0);
/** Pronouns, never the given part of a name: 向大家, 和我们, 同各位 (all two characters; sticky, read in place). */
const PRONOUN = /(?:大家|大伙|我们|你们|他们|她们|咱们|各位|自己|诸位)/uy;
/** Characters of places, institutions and grammar that personal names do not use. */
const NEVER_IN_NAMES = units('市省县局府厅委的了是们这那该');
const MOU = '某'.charCodeAt(0);
const TIMES = '×'.charCodeAt(0);
const COLON = ':'.charCodeAt(0);

/** True when a word of two or more characters that follows names starts inside `[from, to)`: the name would swallow it. */
function swallowsWord(lex: Lexicon, view: string, from: number, to: number, limit: number): boolean {
  for (let i = from; i < to; i++) {
    const w = followerNode(lex, view, i, limit);
    if (w && w.depth >= 2) return true;
  }
  return false;
}

/**
 * True when `[given, end)` is a group word (群众, 党员 — not-names) right before a title: "县人大代表
 * 和群众代表应邀参加" joins two groups, the surname character (和, 及) is a conjunction.
 */
function groupBeforeTitle(lex: Lexicon, view: string, given: number, end: number, limit: number): boolean {
  const word = firstUp(deepestAt(lex.index.notNames, view, given, end), TERM);
  return word !== null && given + word.depth === end && hasTitleAt(lex, view, end, limit);
}

/** True when an institution of two or more characters (人大, 政府, 法院) starts inside `[from, to)`. */
function opensInstitution(lex: Lexicon, view: string, from: number, to: number, limit: number): boolean {
  for (let i = from; i < to; i++) {
    for (let n = deepestAt(lex.index.orgs, view, i, Math.min(limit, i + lex.maxOrg)); n !== null && n.depth >= 2; n = n.up) {
      if ((n.flags & TAG.head) !== 0) return true;
    }
  }
  return false;
}

/** True when the one-character word at `pos` is a verb of speaking (说). */
function speechChar(lex: Lexicon, view: string, pos: number): boolean {
  const n = deepestAt(lex.index.words, view, pos, pos + 1);
  return n !== null && (n.flags & TAG.speech) !== 0;
}

/**
 * 阿苏拉则:…, 沙马拉则(沙志刚):…: one character before a label's colon (or a bracketed note and the
 * colon, or the end of the line: "副主任沙马拉则⏎…", a label filling its line) that is no verb of
 * speaking (则, 就) is the name's last, not a word after it.
 */
function beforeLabelColon(lex: Lexicon, view: string, end: number): boolean {
  return labelEnds(view, end + 1) && isHanUnit(view.charCodeAt(end)) && !speechChar(lex, view, end) && !hasTitleAt(lex, view, end, end + 1);
}

const DUN = '、'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);

/**
 * 吉克·拉则、副局长某: one character before 、 or a comma that is no verb of speaking (则, 就) ends a
 * dotted name; a word after a name (王某则表示) is followed by its verb, never by a list mark.
 */
function beforeListMark(lex: Lexicon, view: string, end: number): boolean {
  const c = view.charCodeAt(end + 1);
  return (c === DUN || c === COMMA) && isHanUnit(view.charCodeAt(end)) && !speechChar(lex, view, end) && !hasTitleAt(lex, view, end, end + 1);
}

const OPEN = '('.charCodeAt(0);
const NEWLINE = '\n'.charCodeAt(0);

/**
 * `colonAt`, or the end of the line at `pos` (a label filling its line: "委员乌兰图雅⏎"). Not the end of
 * the text: a fragment ("局长田野等") ends anywhere.
 */
function labelEnds(view: string, pos: number): boolean {
  return view.charCodeAt(pos) === NEWLINE || colonAt(view, pos);
}
/** A bracketed note after a label's name (沙马拉则(沙志刚):, 其其格(蒙古族):, 杨某(村支书):), then the colon. Sticky, read in place. */
const NOTE_COLON = /\([^()\n:;。?!]{1,30}\)[ \t]*(?::|\n)/uy;

/**
 * True when a label's colon stands at `pos`, or a bracketed note and then the colon or the line's
 * end (an alias, an ethnicity or an affiliation between a label's name and its colon, see affiliations.ts).
 */
export function colonAt(view: string, pos: number): boolean {
  const c = view.charCodeAt(pos);
  if (c === COLON) return true;
  if (c !== OPEN) return false;
  NOTE_COLON.lastIndex = pos;
  return NOTE_COLON.test(view);
}

/** Whether `view[pos, end)`, after a surname of `surname` units, may be a name (see `readName`). */
function plausible(lex: Lexicon, view: string, pos: number, surname: number, end: number, limit: number): boolean {
  const given = pos + surname;
  let mask = false;
  for (let j = pos; j < end; j++) {
    const c = view.charCodeAt(j);
    if (!isHanUnit(c)) return false;
    if (j >= given && NEVER_IN_NAMES.has(c)) return false; // 向市政府
    if (c === MOU || c === TIMES) mask = true;
  }
  if (end - pos === 2 && view.charCodeAt(pos) === view.charCodeAt(pos + 1)) return false; // 谢谢, 常常: reduplications are no names
  if (NOUN_ENDS.has(view.charCodeAt(end - 1))) return false; // 劳动者: a group, not a name
  if (end - given > 2 && mask) return false; // 王某某, 司马某某: the longest placeholders
  if (end - given >= 2) { // 向大家, 和我们: a preposition and a pronoun
    PRONOUN.lastIndex = given;
    if (PRONOUN.test(view)) return false;
  }
  if (hasTitleAt(lex, view, given, limit)) return false; // 李局长 is surname + title, not a name
  if (groupBeforeTitle(lex, view, given, end, limit)) return false; // 和群众代表: a conjunction, then a group
  if (swallowsWord(lex, view, given, end, limit)) return false;
  return !opensInstitution(lex, view, given, end, limit); // 和人大代表: 人大 is no given name
}

/**
 * The name starting at `pos`, or null. A name in `known` wins outright; otherwise every
 * length is scored by what follows it and the best wins, the shorter one on a tie.
 */
export function readName(lex: Lexicon, view: string, pos: number, limit: number, known: readonly string[] = []): NameRead | null {
  const first = view.charCodeAt(pos);
  for (let k = 0; k < known.length; k++) {
    const name = known[k];
    if (name.charCodeAt(0) === first && name.length >= 2 && pos + name.length <= limit && view.startsWith(name, pos)) return { start: pos, end: pos + name.length, score: 5 };
  }
  // (Tested here first: at most offsets no dot follows, and the dotted reading stays out of this function's code.)
  const dotted = mayBeDotted(view, pos, limit) ? readDottedName(lex, view, pos, limit) : null;
  if (dotted) return dotted;
  const surname = surnameLength(lex, view, pos);
  if (surname === 0) return null;
  if (surname === 1 && isPad(view.charCodeAt(pos + 1))) return readPaddedName(lex, view, pos, limit);
  if (firstUp(deepestAt(lex.index.notNames, view, pos, view.length), TERM)) return null; // 高度, 党员
  const opening = followerNode(lex, view, pos, limit);
  if (opening && opening.depth >= 2) return null; // 委员关注…: 关注 is the verb
  // 2–3 characters after a single surname (4 only when it alone fits: 阿依古丽说), 3–4 after a compound one.
  let best: NameRead | null = null;
  for (let len = surname === 2 ? 3 : 2; len <= 4; len++) {
    const end = pos + len;
    if (end > limit) break;
    if (!plausible(lex, view, pos, surname, end, limit)) continue;
    // 阿苏拉则:…: see beforeLabelColon.
    const score = beforeLabelColon(lex, view, end) ? 0 : endScore(lex, view, end, limit);
    // Four characters after a single surname only before a verb of speaking (阿依古丽说) or a
    // label's colon (委员乌兰图雅:…), and only when no shorter cut is supported.
    // A last 和 before such a verb is the name's (巴图孟和回答, 朝鲁孟和表示: 和 ends many Mongolian
    // names), since 和 joining names is never followed by the verb.
    let endsInHe = false;
    if (len === 4 && surname === 1) {
      const after = followerNode(lex, view, end, limit);
      const speechAfter = (after !== null && (after.flags & TAG.speech) !== 0) || labelEnds(view, end);
      endsInHe = speechAfter && view.charCodeAt(end - 1) === HE;
      if (!speechAfter || (best && best.score > 0 && !endsInHe)) continue;
    }
    // 王某并指出: the shorter name already ends before a word (并), so 并 is not part of the name.
    if (!endsInHe && best && best.score >= 2 && followerNode(lex, view, end - 1, end)) continue;
    if (!best || score > best.score || endsInHe) best = { start: pos, end, score };
  }
  // A surname that is also a word after names (和, 向) starts a name only before a verb or a
  // label's colon: 和丽回应称, 委员向东升:…, but not 局长和李局长.
  if (best && best.score < 3 && !colonAt(view, best.end) && followerNode(lex, view, pos, pos + surname)) return null;
  if (best && best.score === 0) {
    // Nothing after supports any cut: take the most common length, three characters, when it can be a name.
    const three = pos + 3;
    return three <= limit && surname === 1 && plausible(lex, view, pos, surname, three, limit) ? { start: pos, end: three, score: 0 } : null;
  }
  return best;
}

/** A pad inside a name, in the view: the ideographic space (folded to " "), a space, a no-break space. */
function isPad(c: number): boolean {
  return c === 0x20 || c === 0xa0;
}

/** What may follow a padded name: a label's colon, brackets (【委员　张　伟】), a list's 、, the line's end. */
const PADDED_END = new Set(Array.from(':()、】]”\n', (c) => c.charCodeAt(0)));

/**
 * A two-character name padded to three columns, as typeset minutes and name lists print them:
 * "区人大常委会委员　张　伟:", "李 明:", "张  伟委员" (two ASCII spaces from a copied &nbsp;&nbsp;).
 * A single surname at `pos`, one or two pads, one Han character, then strong evidence that the
 * name ends there: a label's colon, a bracket, 、, the line's or the range's end, a title or a word
 * that follows names (张　伟委员, 王　强表示). The read's span covers the pad; the name is written
 * without it (`withoutPadding`, mentions.ts).
 */
function readPaddedName(lex: Lexicon, view: string, pos: number, limit: number): NameRead | null {
  let g = pos + 1;
  while (g < limit && isPad(view.charCodeAt(g))) g++;
  if (g - pos - 1 > 2 || g >= limit) return null;
  const c = view.charCodeAt(g);
  if (!isHanUnit(c) || c === MOU || c === TIMES || NEVER_IN_NAMES.has(c) || NOUN_ENDS.has(c)) return null;
  // 局长　王　强: the padded part is never a title or a word of the sentence; "时　间:", "单　位:" are
  // field names padded the same way, no names.
  if (hasTitleAt(lex, view, g, limit) || followerNode(lex, view, g, limit) || lex.notNames.has(view[pos] + view[g])) return null;
  const end = g + 1;
  let k = end;
  while (k < limit && (view.charCodeAt(k) === 0x20 || view.charCodeAt(k) === 0x09)) k++;
  // 和, 向 (a surname, and a word after names) open a padded name only before a label's colon.
  if (followerNode(lex, view, pos, pos + 1) && view.charCodeAt(k) !== COLON) return null;
  const ok = k >= limit || PADDED_END.has(view.charCodeAt(k)) || hasTitleAt(lex, view, k, limit) || followerNode(lex, view, k, limit) !== null;
  return ok ? { start: pos, end, score: 3 } : null;
}

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
  const lastDot = pos + Math.max(...[...m[0]].map((c, k) => (NAME_DOT.test(c) ? k : -1)));
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
 * Where a dotted name ending exactly at `end` starts (no further back than `from`), or -1: "买买提·艾力|厅长",
 * "对此,古丽娜尔-吐尔逊|委员". The name's first part is the shortest run before the first dot that
 * may be a name (no title, institution or word of the sentence in it: 教育厅买买提 is none).
 */
export function dottedNameEndingAt(lex: Lexicon, view: string, end: number, from: number): number {
  let dot = -1; // the last dot, within a last part's reach (1–8 characters)
  for (let i = end - 2; i >= Math.max(from, end - 9); i--) if (isDot(view.charCodeAt(i))) { dot = i; break; }
  if (dot < 0) return -1;
  let run = dot; // back over the Han characters and dots of the earlier parts
  while (run > from && dot - run < 27 && (isHanUnit(view.charCodeAt(run - 1)) || isDot(view.charCodeAt(run - 1)))) run--;
  for (let st = run; st < dot; st++) {
    if (!isHanUnit(view.charCodeAt(st))) continue;
    let firstDot = st;
    while (firstDot < dot && !isDot(view.charCodeAt(firstDot))) firstDot++;
    if (firstDot - st > 1 && !mayBeUnlistedName(lex, view, st, firstDot, firstDot)) continue;
    const r = readDottedName(lex, view, st, end);
    if (r && r.end === end) return st;
  }
  return -1;
}

/** True when the character at `end` is a one-character word after names and a syllable, and a cut after it is reached through syllables only. */
function syllableGoesOn(lex: Lexicon, view: string, end: number, matchEnd: number, cuts: (end: number) => boolean): boolean {
  const w = followerNode(lex, view, end, end + 1);
  if (!w || !isTransliterationUnit(view.charCodeAt(end))) return false;
  for (let e = end + 1; e <= matchEnd; e++) {
    if (cuts(e)) return true;
    if (!isTransliterationUnit(view.charCodeAt(e))) return false;
  }
  return false;
}

/**
 * A name whose surname is not listed, read only where the evidence is strong: right after a
 * full title and right before a verb of speaking, maybe after a word such as 紧接着 or 同志.
 * Three characters (rare surnames: "市人大常委会委员禚明远问道"), else four to six (names of
 * minorities written without a dot: "市人大代表萨仁高娃紧接着追问", "委员额尔敦巴雅尔首先提问").
 * No character may be a word of the sentence (们, 的, 一致…).
 */
export function readUnlistedName(lex: Lexicon, view: string, pos: number, limit: number, shortest = 3): NameRead | null {
  for (let len = shortest; len <= 6; len++) {
    // Five and six characters: a minority name written without a dot (额尔敦巴雅尔, 阿不都热合曼),
    // so made of transliteration characters only; never two Han names run together (习近平习近平).
    if (len >= 5 && !transliterated(view, pos, pos + len)) return null;
    const n = unlistedName(lex, view, pos, pos + len, limit);
    if (n) return n;
  }
  return null;
}

/** True when `view[start, end)` is made of transliteration characters only (see source/transliteration.ts). */
function transliterated(view: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isTransliterationUnit(view.charCodeAt(i))) return false;
  return true;
}

/**
 * True when `view[pos, end)` may be a name with no listed surname: Han characters only, none a
 * word of the sentence, a title, an institution or a word that is no name (们, 的, 委员, 政府,
 * 时间); five or six characters only in transliteration characters (see `readUnlistedName`).
 */
export function mayBeUnlistedName(lex: Lexicon, view: string, pos: number, end: number, limit: number, label = false): boolean {
  if (end > limit || end - pos < 2 || end - pos > 6) return false;
  const foreign = transliterated(view, pos, end);
  if (end - pos >= 5 && !foreign) return false;
  for (let j = pos; j < end; j++) {
    const c = view.charCodeAt(j);
    // 那 is a demonstrative, but also a syllable of Mongolian names (那顺, 那仁): kept when every character transliterates.
    if (!isHanUnit(c) || c === MOU || (NEVER_IN_NAMES.has(c) && !foreign)) return false;
  }
  if (NOUN_ENDS.has(view.charCodeAt(end - 1))) return false;
  for (let i = pos; i < end; i++) {
    if (hasTitleAt(lex, view, i, limit)) return false;
    // Before a label's colon a one-character word (都, 和) inside a transliterated name is a syllable of it: 阿不都热合曼, 巴图孟和.
    const w = followerNode(lex, view, i, limit);
    if (w && (w.depth >= 2 || !label || !foreign)) return false;
  }
  for (let i = pos; i < end; i++) if (firstUp(deepestAt(lex.index.notNames, view, i, end), TERM)) return false; // a word that is no name inside
  return !opensInstitution(lex, view, pos, end, limit);
}

/**
 * `mayBeUnlistedName` for the name of a speaker label: a two-character one only in transliteration
 * characters (次仁, 多吉, 那顺) or a known two-syllable name (旦增, 才让), so a subhead after a title ("人大代表心声:") is no name.
 */
export function mayBeLabelName(lex: Lexicon, view: string, pos: number, end: number, limit: number): boolean {
  return (end - pos > 2 || transliterated(view, pos, end) || isTwoSyllableName(view, pos, end)) && mayBeUnlistedName(lex, view, pos, end, limit, true);
}

/** After the name of a line's speaker label: a bracketed note (沙马拉则(沙志刚):), its verb (问, 答, 追问, 提问), maybe the end of Markdown bold ("格桑**:"), and the colon. Sticky, read in place. */
const LABEL_END = /[ \t]*(?:\([^()\n:;。?!]{1,30}\)[ \t]*)?(?:追问|提问|问|答)?[ \t]*(?:\*\*|__)?[ \t]*:/uy;

/** True when a label's verb and colon (see LABEL_END) start at `pos`. */
export function labelEndAt(view: string, pos: number): boolean {
  LABEL_END.lastIndex = pos;
  return LABEL_END.test(view);
}

/**
 * The name of a line's speaker label after its title, listed surname or not: "自治区人大常委会委员
 * 格桑卓玛:…", "自治区水利厅厅长次仁:…", "委员其其格问:…". The label's colon is the evidence, so two
 * to six characters (see `mayBeLabelName`) ending right before it are the name. The caller checks
 * that the title opens the line's label (`opensLabel`, titles-chain.ts).
 */
export function readLabelName(lex: Lexicon, view: string, pos: number, limit: number): NameRead | null {
  for (let end = pos + 2; end <= pos + 6 && end <= limit; end++) {
    if (!isHanUnit(view.charCodeAt(end - 1))) return null;
    if (labelEndAt(view, end) && mayBeLabelName(lex, view, pos, end, limit)) return { start: pos, end, score: 3 };
  }
  return null;
}

function unlistedName(lex: Lexicon, view: string, pos: number, end: number, limit: number): NameRead | null {
  if (!mayBeUnlistedName(lex, view, pos, end, limit)) return null;
  const after = followerNode(lex, view, end, limit);
  if (!after) return null;
  if ((after.flags & TAG.speech) !== 0) return { start: pos, end, score: 3 };
  const then = followerNode(lex, view, end + after.depth, limit); // 紧接着 / 同志, then the verb
  return then && (then.flags & TAG.speech) !== 0 ? { start: pos, end, score: 3 } : null;
}

/**
 * True when a name or title may start at `pos`: the range starts there, the character before
 * is not Han (punctuation, space, quote), or a word that precedes names ends there (请, 对此,
 * 由, or a verb: "询问李局长").
 */
export function boundaryBefore(lex: Lexicon, view: string, pos: number, rangeStart: number): boolean {
  if (pos <= rangeStart || !isHanUnit(view.charCodeAt(pos - 1))) return true;
  // Words ending at pos, read back no further than the range start.
  return firstUp(deepestBefore(lex.index.wordsBack, view, pos, rangeStart), TAG.before | TAG.speech) !== null;
}
