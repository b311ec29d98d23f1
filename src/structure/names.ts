/**
 * Where a personal name ends: a surname, one to three more characters, and a cut where the
 * words after it read as the next word of the sentence.
 *
 * Example: "余波回应道" → 余波 (回应 is a speech verb; 余波回 would leave 应道), "谢茂华就此提问"
 * → 谢茂华, "邓玲说," → 邓玲 (a two-character name before a verb beats 邓玲说 before the comma),
 * "欧阳明远表示" → 欧阳明远. Names are 2–3 characters after a single surname and 3–4 after a
 * compound one. A two-character name padded to three columns ("张　伟:") is read here too.
 * Dotted names (dotted-names.ts) are tried first; unlisted surnames are read in unlisted-names.ts, and the
 * evidence around a name (followers, titles, surnames) in name-context.ts.
 * Positions are UTF-16 offsets into the view, ranges half-open `[start, end)`; `limit` is an exclusive bound.
 */
import { isHanUnit, type Lexicon } from './lexicon.js';
import { TAG, TERM, deepestAt, firstUp } from './term-index.js';
import {
  COLON, MOU, NEVER_IN_NAMES, NOUN_ENDS, TIMES, beforeLabelColon, colonAt, endScore, followerNode, hasTitleAt, labelEnds,
  opensInstitution, surnameLength, titleAt, type NameRead,
} from './name-context.js';
import { mayBeDotted, readDottedName } from './dotted-names.js';
import { endBeforeTiWen } from './ti-wen.js';

const HE = '和'.charCodeAt(0);
/** What closes a roster item or a sentence right after a name: 、 , ; 。 ) the line's end (folded in the view). */
const ITEM_END = new Set(Array.from('、,;。)\n', (c) => c.charCodeAt(0)));
/** True when a roster item or a sentence closes at `pos` (or the text ends there). */
function itemEndsAt(view: string, pos: number): boolean {
  return pos >= view.length || ITEM_END.has(view.charCodeAt(pos));
}
const DENG = '等'.charCodeAt(0);
/**
 * True when a roster's item closes at `pos`, or the roster itself with 等 ("…副局长向红等到会应询", "局长和平等同志"):
 * 等 after a name closes the list of those named, so it ends the name as a list mark does.
 */
function rosterEndsAt(view: string, pos: number): boolean {
  return itemEndsAt(view, pos) || view.charCodeAt(pos) === DENG;
}
/** What may open a line before a label's name: spaces, a bullet, Markdown bold. */
const LEAD_UNITS = new Set(Array.from(' \t*_■●◆▲★☆□◇○•▶►', (c) => c.charCodeAt(0)));
/** After a label's title: its verb (问, 答, 追问, 提问) and Markdown bold, before the colon. Sticky, read in place. */
const TITLE_LABEL_TAIL = /[ \t]*(?:追问|提问|问|答)?[ \t]*(?:\*\*|__)?[ \t]*/uy;

/**
 * True when `[pos, end)` opens its line (after a lead at most) and a title, then a label's colon, follow it:
 * "向永康委员:…", "和海燕副局长答:…". That frame leaves the name no other reading, so a surname that is also
 * a word after names (向, 和) opens it there, as before a bare colon.
 */
function opensTitledLabel(lex: Lexicon, view: string, pos: number, end: number): boolean {
  const title = titleAt(lex, view, end, view.length);
  if (!title) return false;
  TITLE_LABEL_TAIL.lastIndex = end + title.length;
  if (!TITLE_LABEL_TAIL.test(view) || !colonAt(view, TITLE_LABEL_TAIL.lastIndex)) return false;
  let i = pos;
  while (i > 0 && LEAD_UNITS.has(view.charCodeAt(i - 1))) i--;
  return i === 0 || view.charCodeAt(i - 1) === 0x0a;
}
/** A label's verb, then the office asked (or nobody) and the colon: "问县文化和旅游局:", "问:", "答:". Sticky, read in place. */
const LABEL_VERB_COLON = /(?:追问|提问|问|答)[^\n:,。;?!“”]{0,24}?:/uy;

/**
 * True when a title ends right at `pos` and the name `[pos, end)` is followed by a label's verb and its colon:
 * "县人大常委会委员向光明问县文化和旅游局:…", "委员和平问:…". Title, name, verb, colon: a speaker's label, so a
 * surname that is also a word after names (向, 和) opens the name; "委员向市政府提问" (市 is never in a name) and
 * "代表们向大家问好" (no title before, no colon) stay prepositions.
 */
function titledAskerLabel(lex: Lexicon, view: string, pos: number, end: number): boolean {
  LABEL_VERB_COLON.lastIndex = end;
  if (!LABEL_VERB_COLON.test(view)) return false;
  for (let k = 2; k <= 8 && k <= pos; k++) {
    const t = titleAt(lex, view, pos - k, pos);
    if (t && t.length === k) return true;
  }
  return false;
}
/** Pronouns, never the given part of a name: 向大家, 和我们, 同各位 (all two characters; sticky, read in place). */
const PRONOUN = /(?:大家|大伙|我们|你们|他们|她们|咱们|各位|自己|诸位)/uy;

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

/** True when `view[given, end)` is exactly a group word that is no name (群众): "局长和群众等到会" joins a group, 和 is the conjunction. */
function isGroupWord(lex: Lexicon, view: string, given: number, end: number): boolean {
  const word = firstUp(deepestAt(lex.index.notNames, view, given, end), TERM);
  return word !== null && given + word.depth === end;
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
 * `afterTitle`: the caller read a title right before `pos`, so a name closing a roster's item there
 * ("市财政局局长向东;", "副局长和平、") has no other reading.
 */
export function readName(lex: Lexicon, view: string, pos: number, limit: number, known: readonly string[] = [], afterTitle = false): NameRead | null {
  const first = view.charCodeAt(pos);
  for (let k = 0; k < known.length; k++) {
    const name = known[k];
    if (name.charCodeAt(0) === first && name.length >= 2 && pos + name.length <= limit && view.startsWith(name, pos)) return { start: pos, end: pos + name.length, score: 5 };
  }
  // (Tested here first: at most offsets no dot follows, and the dotted reading stays out of this function's code.)
  const dotted = mayBeDotted(view, pos, limit) ? readDottedName(lex, view, pos, limit) : null;
  if (dotted) return withTi(lex, view, dotted, limit);
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
    // 和 doubled ("巴图孟和和李明分别作了回答", "苏和和李明"): the conjunction is never written twice, so the first 和 is the
    // name's last syllable (和 ends many Mongolian names) and the name ends there, whatever its length. Not a doubled word
    // (和和睦睦, 和和气气: AABB), nor after a word that follows names (王清说和和睦睦: 说 ends the name).
    if (len > surname && view.charCodeAt(end - 1) === HE && view.charCodeAt(end) === HE && end + 1 < limit
      && view.charCodeAt(end + 1) !== view.charCodeAt(end + 2) && !wordInside(lex, view, pos + surname, end - 1, limit)) {
      return withTi(lex, view, { start: pos, end, score: Math.max(best?.score ?? 0, 2) }, limit);
    }
    // 阿苏拉则:…: see beforeLabelColon.
    const score = beforeLabelColon(lex, view, end) ? 0 : endScore(lex, view, end, limit);
    // Four characters after a single surname only before a verb of speaking (阿依古丽说) or a
    // label's colon (委员乌兰图雅:…), and only when no shorter cut is supported.
    // A last 和 before such a verb is the name's (巴图孟和回答, 朝鲁孟和表示: 和 ends many Mongolian
    // names), since 和 joining names is never followed by the verb.
    let endsInHe = false;
    // So is the 和 of a three-character name before a verb of speaking, 主持, a label's colon or the end of a
    // roster's item (邵清和主持会议, 邵清和:…, 王永和表示, 局长裴永和;): 和 joining two names is followed by the
    // second name, never by these.
    if (len === 3 && surname === 1 && view.charCodeAt(end - 1) === HE) {
      const after = followerNode(lex, view, end, limit);
      endsInHe = (after !== null && (after.flags & TAG.speech) !== 0) || labelEnds(view, end) || view.startsWith('主持', end) || itemEndsAt(view, end);
    }
    if (len === 4 && surname === 1) {
      // "到会应询的有:…省卫生健康委员会主任沙马伍各;": after a title, a name closing a roster's item runs to the item's end (Yi
      // 沙马伍各, 吉克曲布, Tibetan names: four characters, no compound surname), when no shorter cut closes it and the last
      // character is no word after names (主任李在明说。: 说 is the verb).
      if (afterTitle && end < view.length && itemEndsAt(view, end) && !(best && itemEndsAt(view, best.end)) && !followerNode(lex, view, end - 1, end)) {
        best = { start: pos, end, score: Math.max(score, 3) };
        continue;
      }
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
  // label's colon (和丽回应称, 委员向东升:…), at the end of a roster's item after a title (局长向东;, 副局长向红等到会), or
  // opening a label's line before its title (向永康委员:…); but not in 局长和李局长.
  if (best && best.score < 3 && followerNode(lex, view, pos, pos + surname) && !colonAt(view, best.end)
    && !(afterTitle && rosterEndsAt(view, best.end) && !isGroupWord(lex, view, pos + surname, best.end)) && !opensTitledLabel(lex, view, pos, best.end) && !titledAskerLabel(lex, view, pos, best.end)) return null;
  if (best && best.score === 0) {
    // Nothing after supports any cut: take the most common length, three characters, when it can be a name.
    const three = pos + 3;
    return three <= limit && surname === 1 && plausible(lex, view, pos, surname, three, limit) ? { start: pos, end: three, score: 0 } : null;
  }
  return best && withTi(lex, view, best, limit);
}

/** True when a word that follows names (a verb, 并, 说) starts in `view[from, to)`: no given name runs across it. */
function wordInside(lex: Lexicon, view: string, from: number, to: number, limit: number): boolean {
  for (let k = from; k < to; k++) if (followerNode(lex, view, k, limit)) return true;
  return false;
}

/** `read`, its end moved past a 提 that is the name's rather than the verb 提问's (马买提问: → 马买提, see ti-wen.ts). */
function withTi(lex: Lexicon, view: string, read: NameRead, limit: number): NameRead {
  const end = endBeforeTiWen(lex, view, read.start, read.end, limit);
  return end === read.end ? read : { start: read.start, end, score: read.score };
}

/** A pad inside a name, in the view: the ideographic space (folded to " "), a space, a no-break space. */
function isPad(c: number): boolean {
  return c === 0x20 || c === 0xa0;
}

/**
 * What may follow a padded name: a label's colon, brackets (【委员　张　伟】), a list's 、, the line's end, and the
 * separator before the next field of its line ("询问人：委员 蒲　晴；应询人：…", "询问人：委员 蒲　晴，应询人：…").
 */
const PADDED_END = new Set(Array.from(':()、】]”\n;,', (c) => c.charCodeAt(0)));

/**
 * A two-character name padded to three columns, as typeset minutes and name lists print them:
 * "区人大常委会委员　张　伟:", "李 明:", "张  伟委员" (two ASCII spaces from a copied &nbsp;&nbsp;).
 * A single surname at `pos`, one or two pads, one Han character, then strong evidence that the
 * name ends there: a label's colon, a bracket, 、 (or a field's ; or ,), the line's or the range's end, a title or a word
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
