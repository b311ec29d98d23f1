/**
 * What stands around a personal name, the evidence every name reading weighs: the word that may
 * follow a name (说, 表示, 就, 同志), a title (委员, 局长), a surname (欧阳, 王), a label's colon
 * (with a bracketed note before it: "沙马拉则(沙志刚):"), the word that may precede a name (请,
 * 对此), and the characters a name never holds (市, 的, 们).
 *
 * Example: in "王某表示" a name may end before 表示 (`endScore` 3); in "请李局长" one may start after
 * 请 (`boundaryBefore`); "欧阳明远" opens with the compound surname 欧阳 (`surnameLength` 2).
 * The readers themselves live in names.ts (listed surnames), dotted-names.ts and unlisted-names.ts.
 * Positions are UTF-16 offsets into the view, ranges half-open `[start, end)`; `limit` is an exclusive bound.
 */
import { isHanUnit, type Lexicon } from './lexicon.js';
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

const QING = '请'.charCodeAt(0);
/** 请, someone, and a verb of answering: "请市水务局回答", "请吴副市长介绍一下" (sticky, read in place). */
const CALL_AFTER_NAME = /请[^,。;:?!\n]{2,20}?(?:回答|答复|介绍|说明)/uy;

/**
 * How well a name may end at `pos`: 3 when a word of two or more characters that follows
 * names starts there (表示, 率先, 同志); 2 for a one-character such word (说, 就, 向), for
 * punctuation, white space or the end of the range, for a title (王某某委员) and for 请 calling on someone to answer
 * (委员程佳请市水务局回答); 0 otherwise.
 */
export function endScore(lex: Lexicon, view: string, pos: number, limit: number): number {
  if (pos >= limit || !isHanUnit(view.charCodeAt(pos))) return 2;
  // One walk of the words serves both the followers (表示, 说) and the clause openers (最后, 随后).
  const deepest = deepestAt(lex.index.words, view, pos, limit);
  const w = firstUp(deepest, TAG.speech | TAG.after);
  if (w) return w.depth >= 2 ? 3 : 2;
  if (hasTitleAt(lex, view, pos, limit)) return 2;
  // "委员程佳请市水务局回答": 请 calling on someone to answer follows the name as a verb of speaking does.
  if (view.charCodeAt(pos) === QING) {
    CALL_AFTER_NAME.lastIndex = pos;
    if (CALL_AFTER_NAME.test(view)) return 2;
  }
  // A word that opens a clause (最后, 随后) after the name: weaker support.
  for (let n = deepest; n !== null && n.depth >= 2; n = n.up) if ((n.flags & TAG.before) !== 0) return 1;
  return 0;
}

/** What ends a name for certain after a title: 、, a comma, a semicolon, a closing bracket, a table's cell (tab), the line's end. */
const CERTAIN_END = units('、,;)】]\t\n');

/**
 * True when a name ends for certain at `end`: punctuation of a list or a bracket, or a word that follows names (到会, 等,
 * 先后, 同志): "县水利局局长铁明辉、…" (certain-names.ts), "副州长降央多吉到会" (a roster's name, unlisted-names.ts).
 */
export function certainEnd(lex: Lexicon, view: string, end: number, limit: number): boolean {
  if (end >= limit) return false;
  if (CERTAIN_END.has(view.charCodeAt(end))) return true;
  const w = firstUp(deepestAt(lex.index.words, view, end, limit), TAG.after);
  // 到会, 先后, 同志; of the one-character words only 等 (局长某某等到会应询).
  return w !== null && (w.depth >= 2 || view[end] === '等');
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
export const NOUN_ENDS = units('者们员界户');
/**
 * Characters of places, institutions and grammar that personal names do not use (请: the verb opening a speaker's
 * words right after the name, "常委会委员程佳请问…", "委员程佳请市水务局回答").
 */
export const NEVER_IN_NAMES = units('市省县局府厅委的了是们这那该请');
export const MOU = '某'.charCodeAt(0);
export const TIMES = '×'.charCodeAt(0);
export const COLON = ':'.charCodeAt(0);

/**
 * Words an institution's last character opens with the character after it (海关 + 心 → 关心): there the
 * characters read as a name and that word ("委员王成海关心的是…" is 王成海 关心, not 王成 + 海关), as jieba
 * would cut them, and the institution is no reason to end a name early.
 */
const OVERLAPPING_WORDS = new Set(['关心', '关注', '关于', '关切', '关键', '关系', '关爱', '关怀', '关联', '关乎']);

/** True when an institution of two or more characters (人大, 政府, 法院) starts inside `[from, to)`. */
export function opensInstitution(lex: Lexicon, view: string, from: number, to: number, limit: number): boolean {
  for (let i = from; i < to; i++) {
    for (let n = deepestAt(lex.index.orgs, view, i, Math.min(limit, i + lex.maxOrg)); n !== null && n.depth >= 2; n = n.up) {
      if ((n.flags & TAG.head) !== 0 && !OVERLAPPING_WORDS.has(view.slice(i + n.depth - 1, i + n.depth + 1))) return true;
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
export function beforeLabelColon(lex: Lexicon, view: string, end: number): boolean {
  return labelEnds(view, end + 1) && isHanUnit(view.charCodeAt(end)) && !speechChar(lex, view, end) && !hasTitleAt(lex, view, end, end + 1);
}

const DUN = '、'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);

/**
 * 吉克·拉则、副局长某: one character before 、 or a comma that is no verb of speaking (则, 就) ends a
 * dotted name; a word after a name (王某则表示) is followed by its verb, never by a list mark.
 */
export function beforeListMark(lex: Lexicon, view: string, end: number): boolean {
  const c = view.charCodeAt(end + 1);
  return (c === DUN || c === COMMA) && isHanUnit(view.charCodeAt(end)) && !speechChar(lex, view, end) && !hasTitleAt(lex, view, end, end + 1);
}

const OPEN = '('.charCodeAt(0);
const NEWLINE = '\n'.charCodeAt(0);

/**
 * `colonAt`, or the end of the line at `pos` (a label filling its line: "委员乌兰图雅⏎"). Not the end of
 * the text: a fragment ("局长田野等") ends anywhere.
 */
export function labelEnds(view: string, pos: number): boolean {
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

/**
 * True when a name or title may start at `pos`: the range starts there, the character before
 * is not Han (punctuation, space, quote), or a word that precedes names ends there (请, 对此,
 * 由, or a verb: "询问李局长").
 */
export function boundaryBefore(lex: Lexicon, view: string, pos: number, rangeStart: number): boolean {
  if (pos <= rangeStart || !isHanUnit(view.charCodeAt(pos - 1))) return true;
  // Words ending at pos, read back no further than the range start…
  if (firstUp(deepestBefore(lex.index.wordsBack, view, pos, rangeStart), TAG.before | TAG.speech) === null) return false;
  // …but not inside a longer word that precedes names: "对于甘某委员" — 对 ends before 于, yet 对于 runs on, so
  // no name 于甘某 starts there.
  return !insideBeforeWord(lex, view, pos, rangeStart);
}

/** How far back a word straddling a position is looked for: the words that precede names have at most 3 characters. */
const STRADDLE_REACH = 2;

/** True when a word that precedes names (对于, 紧接着) starts before `pos` and ends after it. */
function insideBeforeWord(lex: Lexicon, view: string, pos: number, rangeStart: number): boolean {
  for (let k = 1; k <= STRADDLE_REACH && pos - k >= rangeStart; k++) {
    for (let n = deepestAt(lex.index.words, view, pos - k, pos + STRADDLE_REACH + 1); n !== null && n.depth > k; n = n.up) {
      if ((n.flags & TAG.before) !== 0) return true;
    }
  }
  return false;
}
