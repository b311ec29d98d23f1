/**
 * Names where the grammar makes one certain, whatever the surname: right after a title and
 * before a list's 、, a comma, a bracket's end or a word that follows names (到会, 等, 先后).
 *
 * Example: "县水利局局长铁明辉、县卫生健康局局长阚立新到会应询" — 铁明辉 stands between the title
 * 局长 and the list's 、, so it is a name even when 铁 were no listed surname; "问:(铁明辉)…" holds a
 * name in the speaker bracket after 问/答 (label-names.ts). A name here is two or three Han
 * characters, none a title, an institution, a word of the sentence or a word that is no name
 * (同志, 负责人, 等人, 群众); a two-character one opens on a surname, plain or also a word (都, 来).
 * Positions are UTF-16 offsets into the view; `limit` is exclusive.
 */
import { isHanUnit, type Lexicon } from './lexicon.js';
import { MOU, NEVER_IN_NAMES, NOUN_ENDS, followerNode, opensInstitution, hasTitleAt, surnameLength, type NameRead } from './name-context.js';
import { mayBeLabelName, mayBeUnlistedName } from './unlisted-names.js';
import { TAG, TERM, deepestAt, deepestBefore, firstUp } from './term-index.js';

/** What ends a name for certain after a title: 、, a comma, a semicolon, a closing bracket, a table's cell (tab), the line's end. */
const CERTAIN_END = new Set(Array.from('、,;)】]\t\n', (c) => c.charCodeAt(0)));

/** True when a surname, plain or also a word (都, 来, 公羊), opens `view` at `pos`. */
export function anySurnameAt(lex: Lexicon, view: string, pos: number): boolean {
  if (surnameLength(lex, view, pos)) return true;
  return lex.wordSurnames.has(view[pos]) || lex.wordSurnames.has(view.slice(pos, pos + 2));
}

/**
 * True when `view[pos, end)` (two or three characters) may be a name whatever its surname: no
 * title, institution, word of the sentence or not-name in it (see `mayBeUnlistedName`), no
 * organization ending it (联络站, 工作组), and a two-character one opening on a surname.
 */
export function mayBeCertainName(lex: Lexicon, view: string, pos: number, end: number, limit: number): boolean {
  const len = end - pos;
  if (len < 2 || len > 3) return false;
  if (!mayBeUnlistedName(lex, view, pos, end, limit)) return false;
  const surname = anySurnameAt(lex, view, pos);
  if (len === 2 && !surname) return false;
  // With no surname at all, a last character that ends nouns (候选人, 积极性, 办公会, 意见稿) is a word's.
  if (!surname && NOUN_FINAL.has(view.charCodeAt(end - 1))) return false;
  for (let i = pos; i < end; i++) if (STAGE.has(view.charCodeAt(i))) return false; // (照片略), (见附件), (笑着说)
  // 代表联络站, 督查组, 工作专班: an institution's last word is no given name (科, 庭 may be: 李科).
  for (let n = firstUp(deepestBefore(lex.index.orgsBack, view, end, pos), TERM); n !== null; n = firstUp(n.up, TERM)) {
    if (n.depth >= 2 || INSTITUTION_END.has(view.charCodeAt(end - 1))) return false;
  }
  return true;
}

/** Characters that end nouns (人, 性, 会, 稿, 制, 费…), seldom a given name. */
const NOUN_FINAL = new Set(Array.from('人性会稿制费率案单表证件式型度量法类品物事', (c) => c.charCodeAt(0)));

/** Characters of stage directions and editors' notes in brackets (略, 附, 续, 笑), which given names do not use. */
const STAGE = new Set(Array.from('略附续完注图摘录笑掌删', (c) => c.charCodeAt(0)));

/** One-character institutions that end no personal name. */
const INSTITUTION_END = new Set(Array.from('局厅委办院所队部署处站馆社厂组室场', (c) => c.charCodeAt(0)));

/**
 * The name right after a title at `pos` that ends for certain: two or three characters (see
 * `mayBeCertainName`) followed by 、, a comma, a closing bracket or a word that follows names
 * (到会, 等, 先后, 同志), with score 2; else null. The three-character reading is tried first. With `spoken` (the title
 * names its organization: 科技部部长阴和俊回答:) a speaker's colon or a verb of speaking closes the name too.
 */
export function readCertainName(lex: Lexicon, view: string, pos: number, limit: number, spoken = false): NameRead | null {
  for (const len of [3, 2]) {
    const end = pos + len;
    if (end > limit || !(certainEnd(lex, view, end, limit) || (spoken && speaksAt(lex, view, end, limit)))) continue;
    if (mayBeCertainName(lex, view, pos, end, limit)) return { start: pos, end, score: 2 };
  }
  // (阴和俊, 那中元: a surname that is also a word, before the same certain ends.)
  for (const len of [3, 2]) {
    const end = pos + len;
    if (end <= limit && (certainEnd(lex, view, end, limit) || (spoken && speaksAt(lex, view, end, limit))) && wordSurnameName(lex, view, pos, end)) return { start: pos, end, score: 2 };
  }
  // "州人大常委会主任扎西在讲话中要求", "州水利局局长次仁表示": after a title naming its organization, two syllables of a
  // transliterated name (扎西, 洛桑, 次仁; 旦增 whole) before a verb of speaking, maybe after a word such as 在 or 就, are the
  // name: no surname reading fits, and a Han word there ("主任在讲话中", "局长扎实推进") holds a word after names or a
  // character no transliteration uses.
  if (spoken && pos + 2 <= limit && mayBeLabelName(lex, view, pos, pos + 2, limit) && speaksAfter(lex, view, pos + 2, limit)) return { start: pos, end: pos + 2, score: 2 };
  return null;
}

/** True when a verb of speaking follows at `end`, maybe after a word after names ("在讲话中要求", "就此强调"). */
function speaksAfter(lex: Lexicon, view: string, end: number, limit: number): boolean {
  if (speaksAt(lex, view, end, limit)) return true;
  const w = followerNode(lex, view, end, limit);
  return w !== null && (w.flags & TAG.speech) === 0 && speaksAt(lex, view, end + w.depth, limit);
}

/**
 * A name opening on a surname that is also a word (阴, 那, 都: `word` in surnames.utf8) where a name ends for certain
 * ("科技部部长阴和俊、商务部…", "科技部部长阴和俊回答:", "科技部副部长那中元:"). Its given name is one or two
 * ideographs that hold no title, no word that follows names of two characters (回答) and no character names never
 * use, and a one-character word inside it (和 of 阴和俊) is the name's; not a word that is no name (那位).
 */
function wordSurnameName(lex: Lexicon, view: string, pos: number, end: number): boolean {
  const s = lex.wordSurnames.has(view.slice(pos, pos + 2)) ? 2 : lex.wordSurnames.has(view[pos]) ? 1 : 0;
  if (s === 0 || end - pos - s < 1 || end - pos - s > 2) return false;
  // "主任洛桑在讲话中要求": a last character that is a word after names (在, 就, 也) is that word, not the name's — but a
  // last 和 before the verb ends names (阴永和回答), as in names.ts.
  const tail = followerNode(lex, view, end - 1, end);
  if (end - pos - s === 2 && tail && view[end - 1] !== '和') return false;
  if (firstUp(deepestAt(lex.index.notNames, view, pos, end), TERM)) return false;
  for (let i = pos + s; i < end; i++) {
    const c = view.charCodeAt(i);
    if (!isHanUnit(c) || c === MOU || NEVER_IN_NAMES.has(c) || hasTitleAt(lex, view, i, end)) return false;
    const w = followerNode(lex, view, i, end);
    if (w && w.depth >= 2) return false;
  }
  const last = view.charCodeAt(end - 1);
  // (商务部副部长: an institution is no name either.)
  return !NOUN_ENDS.has(last) && !NOUN_FINAL.has(last) && !INSTITUTION_END.has(last) && !opensInstitution(lex, view, pos, end, end);
}

/**
 * True when the speaker's colon or a verb of speaking follows at `end` ("科技部部长阴和俊回答:", "…那中元:"): after a title
 * with its organization (`spoken` in `readCertainName`), the label or the report of a speech closes the name as surely as a
 * list's 、 does. A verb of another kind ("科技部部长指出" — no name before it at all) is no such end.
 */
function speaksAt(lex: Lexicon, view: string, end: number, limit: number): boolean {
  if (view.charCodeAt(end) === 0x3a) return true; // :
  const w = firstUp(deepestAt(lex.index.words, view, end, limit), TAG.speech);
  return w !== null;
}

/** True when a name ends for certain at `end`: punctuation of a list or a bracket, or a word that follows names (到会, 等, 先后). */
function certainEnd(lex: Lexicon, view: string, end: number, limit: number): boolean {
  if (end >= limit) return false;
  if (CERTAIN_END.has(view.charCodeAt(end))) return true;
  const w = firstUp(deepestAt(lex.index.words, view, end, limit), TAG.after);
  // 到会, 先后, 同志; of the one-character words only 等 (局长某某等到会应询).
  return w !== null && (w.depth >= 2 || view[end] === '等');
}

/** Han characters and spaces only: what a speaker bracket holds ("县水利局局长 铁明辉"), no stage direction's punctuation. */
const BRACKET_WORDS = /^[\p{sc=Han} ]{2,24}$/u;
/** A bracket pointing back ("(同一委员)", "(该局局长)"): the speaker named before, for the label's announcement to resolve. */
const POINTING = /^(?:同一|这位|那位|该|此|上述|另一|一位|一名|某位|其)/u;

/**
 * True when the bracket `view[open, close)` after a 问:/答: label ("(县水利局局长)", "(水明)") names a
 * speaker, read or not: Han characters and spaces only, no verb of speaking in it (a stage direction,
 * "(县长示意由局长回答)", speaks of someone), and a title in it or two or three characters that may be a
 * name whatever the surname (`mayBeCertainName`). "(停顿片刻)", "(掌声)", "(有删节)" name nobody.
 */
export function speakerBracket(lex: Lexicon, view: string, open: number, close: number): boolean {
  let s = open;
  let e = close;
  while (s < e && !isHanUnit(view.charCodeAt(s))) s++;
  while (e > s && !isHanUnit(view.charCodeAt(e - 1))) e--;
  if (!BRACKET_WORDS.test(view.slice(s, e)) || POINTING.test(view.slice(s, e))) return false;
  let title = false;
  for (let i = s; i < e; i++) {
    const w = followerNode(lex, view, i, e);
    if (w && w.depth >= 2 && (w.flags & TAG.speech) !== 0) return false;
    if (hasTitleAt(lex, view, i, e)) title = true;
  }
  return title || mayBeCertainName(lex, view, s, e, e);
}
