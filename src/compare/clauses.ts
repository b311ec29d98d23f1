/**
 * Clauses of a measure: the stretches between 。；：！？ and commas (，, full-width as
 * transcripts write them and ASCII as some exports do), where a long measure packs several promises.
 *
 * Example: "聚焦本质安全,推进综治中心规范化建设,推行主动警务、预防警务" → 聚焦本质安全 /
 * 推进综治中心规范化建设 / 推行主动警务、预防警务, each with its offset (UTF-16 code units
 * from the start of the measure text), so a clause's span is the measure's start plus its
 * offset. 、 does not split: it joins items inside one clause.
 */
export interface Clause {
  text: string;
  /** Offset of the clause in the measure text, 0-based UTF-16. */
  offset: number;
}

/** Clause ends, in both widths: the text is sliced as written, not on its normalized view. */
const CLAUSE = /[^。;；!！?？:：,，]+/gu;

export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, offset: m.index! + lead });
  }
  return out;
}
