/**
 * A frequency for a word added at run time (a person's name found in the document) that
 * makes jieba keep it whole: jieba's own suggest_freq rule.
 *
 * Example: 缪应虎 is cut 缪/应/虎 by the main dictionary (应 alone is frequent). The best
 * path through the name's parts scores P(缪)·P(应)·P(虎), each P = freq / total; giving the
 * name a frequency just above that product × total makes the whole name the better path
 * (and the smallest such frequency disturbs the neighbouring words least). Unknown
 * characters score the dictionary's smallest frequency, as in jieba.
 */

/** `frequencyOf(w)` is the dictionary frequency of `w` or undefined; `maxLength` bounds word length. */
export function suggestFrequency(word: string, frequencyOf: (w: string) => number | undefined, total: number, min: number, maxLength = 16): number {
  const chars = [...word];
  // best[i]: the highest log-probability of a path covering chars[0, i).
  const best = new Array<number>(chars.length + 1).fill(-Infinity);
  best[0] = 0;
  for (let i = 0; i < chars.length; i++) {
    if (best[i] === -Infinity) continue;
    for (let j = i + 1; j <= Math.min(chars.length, i + maxLength); j++) {
      if (i === 0 && j === chars.length) continue; // the word itself does not count
      const part = chars.slice(i, j).join('');
      const f = frequencyOf(part) ?? (j === i + 1 ? min : undefined);
      if (f === undefined) continue;
      best[j] = Math.max(best[j], best[i] + Math.log(f / total));
    }
  }
  const own = frequencyOf(word) ?? 0;
  if (chars.length < 2) return Math.max(own, min);
  return Math.max(own, Math.floor(Math.exp(best[chars.length]) * total) + 1);
}
