/**
 * Keywords by TF-IDF, as jieba's extractor computes them: a word's weight is its count in
 * the text times its IDF (jieba's idf.utf8; words it lacks get the table's average IDF).
 *
 * Example: in a question section about "矛盾纠纷多元化解 … 矛盾纠纷排查" the word 矛盾纠纷
 * (twice, IDF average) ranks above 工作 (many times but IDF low). Like jieba, one-character
 * words and stop words are skipped; unlike it, so are tokens without a Han character
 * (numbers such as 2025 or 97.78, Latin letters), which say little about a question's topic.
 * Ties keep the order of first occurrence, so the result is deterministic.
 */

export interface IdfTable {
  /** The IDF of `word`, or undefined when the table lacks it. */
  idf(word: string): number | undefined;
  /** Used for words the table lacks. */
  average: number;
}

/** A Han character: CJK Unified Ideographs and Extension A, compatibility ideographs, or an astral extension (B …) as a surrogate pair. A plain class: \p{Script=Han} costs milliseconds to compile. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;

/** Length in code points. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xfc00) === 0xd800) n--;
  return n;
}

/** The top `n` keywords of a text given as its tokens (in reading order), best first. */
export function rankKeywords(tokens: readonly string[], n: number, table: IdfTable, stopWords: ReadonlySet<string>): string[] {
  // Count every token first and filter the distinct words after: far fewer tests, and the
  // order of first occurrence among the words kept is the same.
  const all = new Map<string, number>();
  for (const raw of tokens) {
    const word = raw.trim();
    all.set(word, (all.get(word) ?? 0) + 1);
  }
  const scored: Array<{ word: string; order: number; weight: number }> = [];
  for (const [word, count] of all) {
    if (codePoints(word) < 2 || stopWords.has(word) || !HAN.test(word)) continue;
    scored.push({ word, order: scored.length, weight: count * (table.idf(word) ?? table.average) });
  }
  scored.sort((a, b) => b.weight - a.weight || a.order - b.order);
  return scored.slice(0, Math.max(0, n)).map((s) => s.word);
}
