/**
 * jieba's HMM model (it reads words no dictionary lists) cut down to the characters of the
 * text at hand: same tokens, a fraction of the load time.
 *
 * Example: for a transcript holding 涉 and 谈 but not 蘄, the emission line
 * "耀:-10.460283,蘄:-11.015514,涉:-8.766406,谈:-8.039065,…" keeps 耀 (the first entry), 涉 and
 * 谈, and drops 蘄 and the other thousands of characters the text does not hold. Loading the whole model is ~13 ms of every dictionary load; the
 * Viterbi pass over a sentence looks up only that sentence's characters, and a missing one gets
 * the same default as one jieba does not know, so a model holding every character cut gives
 * the same tokens. The start and transition lines stay whole, and each emission line keeps its
 * first entry (jieba refuses an empty line).
 */

/** Adds the code points of `texts` to `into` (U+FFFD too: `wellFormed` writes it for a lone surrogate). */
export function addChars(texts: readonly string[], into: Set<number>): Set<number> {
  into.add(0xfffd);
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.codePointAt(i)!;
      into.add(c);
      if (c > 0xffff) i++;
    }
  }
  return into;
}

/** The model file text `source` (jieba's hmm_model.utf8) with only the emission probabilities of `chars`. */
export function hmmModel(source: string, chars: Set<number>): string {
  let out = '';
  for (const line of source.split('\n')) {
    const l = line.trim();
    // Comments, and the probability lines (numbers only): as they are.
    if (l === '' || l.startsWith('#') || !l.includes(':')) {
      out += line + '\n';
      continue;
    }
    // An emission line, "字:-8.1,字:-9.2,…": a plain loop over it (splitting it all costs more).
    let kept = '';
    for (let p = 0; p < l.length;) {
      let q = l.indexOf(',', p);
      if (q < 0) q = l.length;
      if (p === 0 || chars.has(l.codePointAt(p)!)) kept += (p === 0 ? '' : ',') + l.slice(p, q);
      p = q + 1;
    }
    out += kept + '\n';
  }
  return out;
}

/**
 * `hmmModel` for a process whose characters only grow (a batch lane's chunks): the model text is
 * made again only when a character was added. After a batch's first chunks few bring a new
 * character, and making the text from jieba's 520 KB model took 4–19 ms of each load.
 */
export class GrowingHmmModel {
  private chars = new Set<number>();
  private text: string | null = null;
  private model: string | null = null;

  /** `source`: reads jieba's model file (once, on the first call of `for`). */
  constructor(private readonly source: () => string) {}

  /** The model text for `chars`. */
  for(chars: ReadonlySet<number>): string {
    if (this.text === null || chars.size !== this.chars.size || [...chars].some((c) => !this.chars.has(c))) {
      this.chars = new Set(chars);
      this.text = hmmModel((this.model ??= this.source()), this.chars);
    }
    return this.text;
  }
}
