/**
 * Names whose surname is not listed (禚, rare surnames) and names of minorities written without a
 * dot (萨仁高娃, 额尔敦巴雅尔), read only where the evidence is strong: right after a full title and
 * before a verb of speaking ("市人大代表萨仁高娃紧接着追问"), or before a speaker label's colon
 * ("自治区人大常委会委员格桑卓玛:…", `readLabelName`).
 *
 * Example: "委员额尔敦巴雅尔首先提问" → 额尔敦巴雅尔; "次仁问:" → 次仁; "人大代表心声:" → no name.
 * Positions are UTF-16 offsets into the view, ranges half-open `[start, end)`; `limit` is an exclusive bound.
 */
import { isHanUnit, type Lexicon } from './lexicon.js';
import { transliterated } from '../source/transliteration.js';
import { TAG, TERM, deepestAt, firstUp } from './term-index.js';
import { MOU, NEVER_IN_NAMES, NOUN_ENDS, certainEnd, followerNode, hasTitleAt, opensInstitution, type NameRead } from './name-context.js';
import { endBeforeTiWen } from './ti-wen.js';

/**
 * A name whose surname is not listed, read only where the evidence is strong: right after a
 * full title and right before a verb of speaking, maybe after a word such as 紧接着 or 同志.
 * Three characters (rare surnames: "市人大常委会委员禚明远问道"), else four to six (names of
 * minorities written without a dot: "市人大代表萨仁高娃紧接着追问", "委员额尔敦巴雅尔首先提问"); or, with no verb
 * after it, a transliterated name of four to six characters before a roster's joint (see `rosterName`).
 * No character may be a word of the sentence (们, 的, 一致…).
 */
export function readUnlistedName(lex: Lexicon, view: string, pos: number, limit: number, shortest = 3): NameRead | null {
  // (After a bare post, where `shortest` is 4, a three-character name made of transliteration characters only reads too:
  // "副旗长其其格表示" — never a Han word before the verb.)
  if (shortest > 3 && transliterated(view, pos, pos + 3)) {
    const n = unlistedName(lex, view, pos, pos + 3, limit);
    if (n) return n;
  }
  for (let len = shortest; len <= 6; len++) {
    // Four to six characters: a minority name written without a dot (萨仁高娃, 额尔敦巴雅尔, 阿不都热合曼),
    // so made of transliteration characters only; never two Han names run together (习近平习近平), nor a verb and
    // its object ("各位委员和代表紧扣企业反映强烈的问题": 紧扣 is no surname, 企业 no given name).
    if (len >= 4 && !transliterated(view, pos, pos + len)) break;
    const n = unlistedName(lex, view, pos, pos + len, limit);
    if (n) return n;
  }
  return rosterName(lex, view, pos, limit);
}

/**
 * In a roster after a title, a minority name of four to six transliteration characters closed by the roster's joint
 * ("行署副专员扎西平措及行署水利局…负责人到会应询", "副旗长乌云其其格、…", "委员乌兰图雅和巴特尔先后发问") or by what ends
 * a name for certain ("州政府副州长降央多吉到会", "…局长四郎扎西,": `certainEnd`): the longest such run, the joint its
 * evidence (和 a transliteration character too: the longest run before a joint is tried first).
 */
function rosterName(lex: Lexicon, view: string, pos: number, limit: number): NameRead | null {
  for (let end = Math.min(pos + 6, limit - 1); end >= pos + 4; end--) {
    if (!(ROSTER_JOINT.has(view.charCodeAt(end)) || certainEnd(lex, view, end, limit)) || !transliterated(view, pos, end)) continue;
    if (mayBeUnlistedName(lex, view, pos, end, limit)) return { start: pos, end, score: 3 };
  }
  return null;
}
const ROSTER_JOINT = new Set(Array.from('及、和', (c) => c.charCodeAt(0)));

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
 * characters (次仁, 多吉, 那顺) or a syllable of Tibetan names (旦增, 才让, 四郎), so a subhead after a title ("人大代表心声:") is no name.
 */
export function mayBeLabelName(lex: Lexicon, view: string, pos: number, end: number, limit: number): boolean {
  return (end - pos > 2 || transliterated(view, pos, end)) && mayBeUnlistedName(lex, view, pos, end, limit, true);
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
    if (!labelEndAt(view, end) || !mayBeLabelName(lex, view, pos, end, limit)) continue;
    // "委员马买提问:" with "马买提追问:" later: 提 is the name's (ti-wen.ts). (Checked up to its own end: the verb
    // 提问 it cuts is no word inside the name.)
    const e = endBeforeTiWen(lex, view, pos, end, limit);
    return { start: pos, end: e !== end && mayBeLabelName(lex, view, pos, e, e) ? e : end, score: 3 };
  }
  return null;
}

function unlistedName(lex: Lexicon, view: string, pos: number, end: number, limit: number): NameRead | null {
  // "局长阿拉腾苏和回答", "朝鲁孟和表示": a 和 right before a verb of speaking is the name's last syllable (和 ends many
  // Mongolian names), never the conjunction, which the second name follows (as in names.ts). So the name runs on through
  // it (阿拉腾苏 + 和 is no cut), and a name ending in it reads with the rest checked as ever.
  if (view.charCodeAt(end) === HE && end + 1 - pos <= 6 && speechAt(lex, view, end + 1, limit)) return null;
  const lastHe = view.charCodeAt(end - 1) === HE && end - pos >= 3 && speechAt(lex, view, end, limit);
  if (lastHe) return mayBeUnlistedName(lex, view, pos, end - 1, end - 1) ? { start: pos, end, score: 3 } : null;
  if (!mayBeUnlistedName(lex, view, pos, end, limit) && !(end - pos >= 4 && repeated(view, pos, end) && mayBeUnlistedName(lex, view, pos, end, limit, true))) return null;
  const after = followerNode(lex, view, end, limit);
  if (!after) return null;
  if ((after.flags & TAG.speech) !== 0) return { start: pos, end, score: 3 };
  const then = followerNode(lex, view, end + after.depth, limit); // 紧接着 / 同志, then the verb
  return then && (then.flags & TAG.speech) !== 0 ? { start: pos, end, score: 3 } : null;
}

const HE = '和'.charCodeAt(0);

/** True when a verb of speaking (说, 表示, 回答) starts at `pos`. */
function speechAt(lex: Lexicon, view: string, pos: number, limit: number): boolean {
  const w = followerNode(lex, view, pos, limit);
  return w !== null && (w.flags & TAG.speech) !== 0;
}

/**
 * True when `view[start, end)` is written again elsewhere in the text ("盟人大工委主任那仁满都拉主持，…" and
 * "那仁满都拉最后强调"): a transliterated name of four characters or more whose one-character syllable is also a word
 * (都, 拉) is read as a label's name is (see `mayBeUnlistedName`), the repetition standing in for the label's colon.
 */
function repeated(view: string, start: number, end: number): boolean {
  const name = view.slice(start, end);
  return view.indexOf(name, end) >= 0 || (start >= name.length && view.lastIndexOf(name, start - name.length) >= 0);
}
