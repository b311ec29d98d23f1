/**
 * A count in 家 after a verb and a licence or certificate counts the firms that hold it, not the document: 家 counts
 * enterprises, shops, institutions, and the verb+object (暂扣安全生产许可证, 吊销营业执照) is what was done to them. The
 * indicator is the firms' noun the sentence names before ("对整改不力的14家企业予以通报,暂扣安全生产许可证2家" → 企业),
 * else none. A count in 家 of the noun itself (关停企业5家) or a document counted by its own word (发放许可证200张) is left.
 * Offsets: UTF-16 code units into the normalized view, end-exclusive.
 */

/** The figure's measure word is 家 (a qualifier after at most): it counts households, firms or institutions. */
const FIRM_COUNT = /家(?:以上|左右|多)?$/u;
/** A licence, certificate or permit closing the phrase: a document, which 家 cannot count. */
const DOCUMENT = /(?:许可证|执照|证书|证照|资质|牌照|许可|证)$/u;
/** Where a sentence starts, walking back. */
const SENTENCE_START = /[。;!?\n]/u;
/** A count in 家 and the noun it counts, written earlier in the sentence (14家企业, 3家民营医院). */
const FIRMS_COUNTED = /[\d零〇一二两三四五六七八九十百千万]+(?:余|多)?家([\u4e00-\u9fff]{0,6}?(?:企业|公司|单位|机构|商户|门店|医院|学校|工厂|药店|经营户|场所))/gu;

/**
 * For the count at [start, end) whose phrase `span` was read before it: null when the phrase is not a document counted in
 * 家 (left as read); else the span of the firms' noun named earlier in the sentence, or `false` (no indicator).
 */
export function documentHolders(view: string, span: [number, number], start: number, end: number): [number, number] | false | null {
  if (span[1] !== start || !FIRM_COUNT.test(view.slice(start, end)) || !DOCUMENT.test(view.slice(span[0], span[1]))) return null;
  let from = span[0];
  while (from > 0 && !SENTENCE_START.test(view[from - 1])) from--;
  let found: [number, number] | false = false;
  for (const m of view.slice(from, span[0]).matchAll(FIRMS_COUNTED)) {
    const at = from + m.index + m[0].length - m[1].length;
    found = [at, at + m[1].length];
  }
  return found;
}
