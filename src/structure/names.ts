/**
 * Where a personal name ends: a surname, one to three more characters, and a cut where the
 * words after it read as the next word of the sentence.
 *
 * Example: "余波回应道" → 余波 (回应 is a speech verb; 余波回 would leave 应道), "谢茂华就此提问"
 * → 谢茂华, "邓玲说," → 邓玲 (a two-character name before a verb beats 邓玲说 before the comma),
 * "欧阳明远表示" → 欧阳明远. Names are 2–3 characters after a single surname and 3–4 after a
 * compound one. Positions are UTF-16 offsets into the view; `limit` is an exclusive bound.
 */
import { isHan, type Lexicon } from './lexicon.js';
import { lengthsFrom, lengthsTo } from './term-index.js';

export interface NameRead {
  start: number;
  end: number;
  /** How well the text after the name supports the cut (see `endScore`); 5 for a known name. */
  score: number;
}

/** The longest term of `map` starting at `pos` (not past `limit`), with its tags. */
export function termAt<T>(map: Map<string, T>, max: number, view: string, pos: number, limit: number): [string, T] | null {
  const top = Math.min(max, limit - pos);
  for (const len of lengthsFrom(map, view.charCodeAt(pos))) { // only lengths some term starting here has
    if (len > top) continue;
    const w = view.slice(pos, pos + len);
    const tags = map.get(w);
    if (tags !== undefined) return [w, tags];
  }
  return null;
}

/** A word that may follow a name (speech verb or 就/向/率先/同志 …) starting at `pos`, longest first. */
export function followerAt(lex: Lexicon, view: string, pos: number, limit: number): string | null {
  const top = Math.min(lex.maxWord, limit - pos);
  for (const len of lengthsFrom(lex.words, view.charCodeAt(pos))) {
    if (len > top) continue;
    const tags = lex.words.get(view.slice(pos, pos + len));
    if (tags && (tags.has('speech') || tags.has('after'))) return view.slice(pos, pos + len);
  }
  return null;
}

/** A title (not a blocking "not" entry) starting at `pos`. */
export function titleAt(lex: Lexicon, view: string, pos: number, limit: number): string | null {
  const hit = termAt(lex.roles, lex.maxRole, view, pos, limit);
  return hit && !hit[1].has('not') ? hit[0] : null;
}

/**
 * How well a name may end at `pos`: 3 when a word of two or more characters that follows
 * names starts there (表示, 率先, 同志); 2 for a one-character such word (说, 就, 向), for
 * punctuation, white space or the end of the range, and for a title (王某某委员); 0 otherwise.
 */
export function endScore(lex: Lexicon, view: string, pos: number, limit: number): number {
  if (pos >= limit || !isHan(view[pos])) return 2;
  const w = followerAt(lex, view, pos, limit);
  if (w) return w.length >= 2 ? 3 : 2;
  if (titleAt(lex, view, pos, limit)) return 2;
  // A word that opens a clause (最后, 随后) after the name: weaker support.
  const top = Math.min(lex.maxWord, limit - pos);
  for (const len of lengthsFrom(lex.words, view.charCodeAt(pos))) {
    if (len > top || len < 2) continue;
    if (lex.words.get(view.slice(pos, pos + len))?.has('before')) return 1;
  }
  return 0;
}

/** The surname starting at `pos`: compound first (欧阳), then single; null when none. */
export function surnameAt(lex: Lexicon, view: string, pos: number): string | null {
  const two = view.slice(pos, pos + 2);
  if (two.length === 2 && lex.surnames.has(two)) return two;
  return lex.surnames.has(view[pos]) ? view[pos] : null;
}

/** Characters that end group nouns (劳动者, 委员们, 工作人员), never a personal name. */
const NOUN_ENDS = new Set(['者', '们', '员', '界', '户']);
/** Pronouns, never the given part of a name: 向大家, 和我们, 同各位. */
const PRONOUN = /^(?:大家|大伙|我们|你们|他们|她们|咱们|各位|自己|诸位)/u;
/** Characters of places, institutions and grammar that personal names do not use. */
const NEVER_IN_NAMES = new Set(['市', '省', '县', '局', '府', '厅', '委', '的', '了', '是', '们', '这', '那', '该']);

/** True when a word of two or more characters that follows names starts inside `[from, to)`: the name would swallow it. */
function swallowsWord(lex: Lexicon, view: string, from: number, to: number, limit: number): boolean {
  for (let i = from; i < to; i++) {
    const w = followerAt(lex, view, i, limit);
    if (w && w.length >= 2) return true;
  }
  return false;
}

/** True when an institution of two or more characters (人大, 政府, 法院) starts inside `[from, to)`. */
function opensInstitution(lex: Lexicon, view: string, from: number, to: number, limit: number): boolean {
  for (let i = from; i < to; i++) {
    for (let len = 2; len <= Math.min(lex.maxOrg, limit - i); len++) {
      if (lex.orgs.get(view.slice(i, i + len))?.has('head')) return true;
    }
  }
  return false;
}

/**
 * The name starting at `pos`, or null. A name in `known` wins outright; otherwise every
 * length is scored by what follows it and the best wins, the shorter one on a tie.
 */
export function readName(lex: Lexicon, view: string, pos: number, limit: number, known: readonly string[] = []): NameRead | null {
  for (const k of known) {
    if (k.length >= 2 && pos + k.length <= limit && view.startsWith(k, pos)) return { start: pos, end: pos + k.length, score: 5 };
  }
  const dotted = readDottedName(lex, view, pos, limit);
  if (dotted) return dotted;
  const surname = surnameAt(lex, view, pos);
  if (!surname) return null;
  for (const w of lex.notNames) if (view.startsWith(w, pos)) return null; // 高度, 党员
  if ((followerAt(lex, view, pos, limit) ?? '').length >= 2) return null; // 委员关注…: 关注 is the verb
  // 2–3 characters after a single surname (4 only when it alone fits: 阿依古丽说), 3–4 after a compound one.
  const lengths = surname.length === 2 ? [3, 4] : [2, 3, 4];
  let best: NameRead | null = null;
  const plausible = (end: number): boolean => {
    if (!Array.from(view.slice(pos, end)).every((c) => isHan(c))) return false;
    if (swallowsWord(lex, view, pos + surname.length, end, limit)) return false;
    if (titleAt(lex, view, pos + surname.length, limit)) return false; // 李局长 is surname + title, not a name
    if (end - pos === 2 && view[pos] === view[pos + 1]) return false; // 谢谢, 常常: reduplications are no names
    if (NOUN_ENDS.has(view[end - 1])) return false; // 劳动者: a group, not a name
    if (PRONOUN.test(view.slice(pos + surname.length, end))) return false; // 向大家, 和我们: a preposition and a pronoun
    if (opensInstitution(lex, view, pos + surname.length, end, limit)) return false; // 和人大代表: 人大 is no given name
    if (end - pos - surname.length > 2 && /[某×]/u.test(view.slice(pos, end))) return false; // 王某某, 司马某某: the longest placeholders
    return !Array.from(view.slice(pos + surname.length, end)).some((c) => NEVER_IN_NAMES.has(c)); // 向市政府
  };
  for (const len of lengths) {
    const end = pos + len;
    if (end > limit) break;
    if (!plausible(end)) continue;
    // 阿苏拉则:…: one character before a label's colon that is no verb of speaking (则, 就) is the
    // name's last, not a word after it.
    const score = view[end + 1] === ':' && isHan(view[end]) && !lex.words.get(view[end])?.has('speech') && !titleAt(lex, view, end, end + 1) ? 0 : endScore(lex, view, end, limit);
    // Four characters after a single surname only before a verb of speaking (阿依古丽说) or a
    // label's colon (委员乌兰图雅:…), and only when no shorter cut is supported.
    const speechAfter = !!lex.words.get(followerAt(lex, view, end, limit) ?? '')?.has('speech') || view[end] === ':';
    if (len === 4 && surname.length === 1 && (!speechAfter || (best && best.score > 0))) continue;
    // 王某并指出: the shorter name already ends before a word (并), so 并 is not part of the name.
    if (best && best.score >= 2 && followerAt(lex, view, end - 1, end)) continue;
    if (!best || score > best.score) best = { start: pos, end, score };
  }
  // A surname that is also a word after names (和, 向) starts a name only before a verb or a
  // label's colon: 和丽回应称, 委员向东升:…, but not 局长和李局长.
  if (best && best.score < 3 && view[best.end] !== ':' && followerAt(lex, view, pos, pos + surname.length)) return null;
  if (best && best.score === 0) {
    // Nothing after supports any cut: take the most common length, three characters, when it can be a name.
    const three = pos + 3;
    return three <= limit && surname.length === 1 && plausible(three) ? { start: pos, end: three, score: 0 } : null;
  }
  return best;
}

/** The dots between the parts of a transcribed name (古丽娜尔·买买提, 阿布都・热合曼). */
const NAME_DOT = /[·・•‧]/u;
const DOTTED = /^[\u4e00-\u9fff]{1,6}(?:[·・•‧][\u4e00-\u9fff]{1,8}){1,3}/u;

/**
 * A name transcribed from Uyghur, Tibetan, Mongolian or another language, its parts joined by a
 * dot ("古丽娜尔·买买提说"): the dot is the evidence, no listed surname is needed. The name ends
 * where the Han characters after the last dot end, or earlier before a word that follows names.
 */
export function readDottedName(lex: Lexicon, view: string, pos: number, limit: number): NameRead | null {
  const m = DOTTED.exec(view.slice(pos, limit));
  if (!m || !NAME_DOT.test(m[0])) return null;
  const lastDot = pos + Math.max(...[...m[0]].map((c, k) => (NAME_DOT.test(c) ? k : -1)));
  // 古丽娜尔·买买提说: the last part ends before a word that follows names (说, 表示, 委员).
  for (let end = lastDot + 2; end <= pos + m[0].length; end++) {
    // 阿苏拉则:…: one character before a label's colon that is no verb of speaking (则, 就) is the
    // name's last, not a word after it.
    const score = view[end + 1] === ':' && isHan(view[end]) && !lex.words.get(view[end])?.has('speech') && !titleAt(lex, view, end, end + 1) ? 0 : endScore(lex, view, end, limit);
    if (score > 0 && (end === pos + m[0].length || followerAt(lex, view, end, limit) || titleAt(lex, view, end, limit))) return { start: pos, end, score: Math.max(score, 2) };
  }
  return null;
}

/**
 * A three-character name whose surname is not listed (rare surnames: 禚, 郄), read only where
 * the evidence is strong: right after a full title and right before a verb of speaking
 * ("市人大常委会委员禚明远问道"). No character may be a word of the sentence (们, 的, 一致…).
 */
export function readUnlistedName(lex: Lexicon, view: string, pos: number, limit: number): NameRead | null {
  const end = pos + 3;
  if (end > limit || !Array.from(view.slice(pos, end)).every((c) => isHan(c) && c !== '某')) return null;
  if (Array.from(view.slice(pos, end)).some((c) => NEVER_IN_NAMES.has(c)) || NOUN_ENDS.has(view[end - 1])) return null;
  for (let i = pos; i < end; i++) if (followerAt(lex, view, i, limit) || titleAt(lex, view, i, limit)) return null;
  for (const w of lex.notNames) if (view.slice(pos, end).includes(w)) return null;
  if (opensInstitution(lex, view, pos, end, limit)) return null;
  const after = followerAt(lex, view, end, limit);
  return after && lex.words.get(after)?.has('speech') ? { start: pos, end, score: 3 } : null;
}

/**
 * True when a name or title may start at `pos`: the range starts there, the character before
 * is not Han (punctuation, space, quote), or a word that precedes names ends there (请, 对此,
 * 由, or a verb: "询问李局长").
 */
export function boundaryBefore(lex: Lexicon, view: string, pos: number, rangeStart: number): boolean {
  if (pos <= rangeStart || !isHan(view[pos - 1])) return true;
  const top = Math.min(lex.maxWord, pos - rangeStart);
  for (const len of lengthsTo(lex.words, view.charCodeAt(pos - 1))) { // words ending at pos
    if (len > top) continue;
    const tags = lex.words.get(view.slice(pos - len, pos));
    if (tags && (tags.has('before') || tags.has('speech'))) return true;
  }
  return false;
}
