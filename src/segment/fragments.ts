/**
 * Tokens of a cut that are pieces of a longer word, not words: what keyword ranking must skip.
 *
 * Example: "建立联合报送机制" is cut 建立 | 联合报 | 送 | 机制 — the dictionary's newspaper 联合报 (nt) won over 联合 | 报送,
 * so 联合报 there is half of 报送's sentence, no word of it; "非遗在文旅融合中" is cut 非 | 遗在 | 文旅 | 融合 | 中, and
 * 遗在 (a word jieba's HMM guessed, in no dictionary) is 遗 of 非遗 glued to the preposition 在.
 * Two shapes, both read from the dictionary's own tags (jieba's ICTCLAS tags), never from a list of fragments:
 * - a guessed word (absent from the dictionary) that opens with a function word (a preposition, adverb, conjunction,
 *   pronoun or particle standing alone in the dictionary: 就惠企, 我来, 但离, 对到) or ends with a particle or preposition
 *   (游得, 建了, 遗在).
 *   A guessed word of content characters (托育, 运维, 老旧) is a word.
 * - a proper name of the dictionary (nr, ns, nt, nz) whose last character and the one-character token after it make a
 *   dictionary word (联合报 | 送: 报送): jieba read the name where the text has another word.
 * - a guessed word of two characters that opens a personal name (the caller knows the surnames) right before one
 *   character standing alone: "台长 韩子墨:" cut 韩子 | 墨 when 韩子墨 is no person the parser found, the name cut short.
 */

/** The dictionary's tag of a word ("d", "nt" …), '' for a word it holds untagged, undefined for a word it lacks. */
export type TagOf = (word: string) => string | undefined;

/** Personal names' tags. */
const NAME_TAG = /^(?:nr|nrt|nrfg)$/;

/** One character the dictionary holds as a name's (墨 nr) or not at all: what may end a three-character name. Not 点 (易涝 | 点). */
function isNameCharacter(char: string, tagOf: TagOf): boolean {
  const tag = tagOf(char);
  return tag === undefined || NAME_TAG.test(tag);
}

/**
 * Tags of the function words that open a guessed word they were glued to: adverbs (就, 已, 不), prepositions (对, 在, 用),
 * conjunctions (但, 而), pronouns (我, 何, 各) and particles. An adverb, conjunction or pronoun at a word's end is as often
 * the word's own (风险共担 aside, 有何 is asked whole): only particles and prepositions end a glued word (游得, 遗在).
 */
const OPENING_FUNCTION_TAG = /^(?:d|df|dg|p|c|r|rr|rz|rg|u|uj|ul|ud|ug|uz)$/;
/**
 * What ends a glued word: particles, said after what they go with (得, 了, 的, 之), and prepositions, whose object was cut
 * off (遗在 | 文旅, 率为 | 100). Not 地 (uv), a noun's last character as often (供地). (用 is tagged a preposition, so a
 * guessed 投用 goes too: the price of reading the tag.)
 */
const CLOSING_FUNCTION_TAG = /^(?:p|u|uj|ul|ud|ug|uz)$/;

/** Proper names: persons, places, organisations, other names. */
const PROPER_TAG = /^(?:nr|nrt|nrfg|ns|nt|nz)$/;

/** One Han character (BMP). */
const ONE_HAN = /^[\u3400-\u4dbf\u4e00-\u9fff]$/;

/** True when `word` (one character: 就, 对, 我 …) is a function word of `tags` by the dictionary's tag. */
function isFunction(word: string, tags: RegExp, tagOf: TagOf): boolean {
  const tag = tagOf(word);
  return tag !== undefined && tags.test(tag);
}

/**
 * True when `tokens[i]` is no word of the text but a piece: a guessed word with a function word at an edge, or a
 * dictionary name that took the first character of the word the next one-character token ends, or a name's first two
 * characters (`opensName`: the caller's surnames). `known`: terms kept whole by the caller (names of the document,
 * quoted terms), never pieces.
 */
export function isFragment(tokens: readonly string[], i: number, tagOf: TagOf, known: ReadonlySet<string>, opensName?: (word: string) => boolean): boolean {
  const word = tokens[i];
  if (word.length < 2 || known.has(word)) return false;
  const tag = tagOf(word);
  const next = tokens[i + 1];
  if (tag === undefined) {
    if (word.length === 2 && next !== undefined && ONE_HAN.test(next) && isNameCharacter(next, tagOf) && opensName?.(word)) return true;
    const first = String.fromCodePoint(word.codePointAt(0)!);
    const last = String.fromCodePoint(word.codePointAt(word.length - 1 - (/[\udc00-\udfff]$/.test(word) ? 1 : 0))!);
    return isFunction(first, OPENING_FUNCTION_TAG, tagOf) || isFunction(last, CLOSING_FUNCTION_TAG, tagOf);
  }
  if (!PROPER_TAG.test(tag)) return false;
  return next !== undefined && ONE_HAN.test(next) && tagOf(word[word.length - 1] + next) !== undefined;
}
