/**
 * A count of cases or people after a verb of transfer and the institution it names: the cases sent there are
 * counted, not the institution, so the indicator keeps the verb (移送公安机关4起 → 移送公安机关, not 公安机关).
 *
 * Example: "共查处案件9起,移送公安机关4起" → 移送公安机关; "移交纪检监察机关12件" → 移交纪检监察机关. Not a count of
 * institutions or works (新建卫生院5个: 个 counts the clinics built, the verb is the predicate's). The institution is
 * known by the organisation lexicon (dict/organizations.utf8: 公安局, 检察院, 机关 …). Offsets: UTF-16 code units into the
 * normalized view, end-exclusive.
 */
import type { Segmenter } from '../segment/segmenter.js';
import { lexicon } from '../structure/lexicon.js';
import { isVerb } from './indicator-words.js';

/** Measure words of cases and of people handed over (起, 件, 宗, 例, 名, 人, 批, 次), a qualifier after at most. */
const CASE_COUNT = /[起件宗例名人批次](?:以上|左右|多)?$/u;

/** The phrase at `span` ends with an organisation's head or suffix of two characters or more (公安机关, 检察院, 有关部门). */
function institution(view: string, span: [number, number]): boolean {
  const lex = lexicon();
  const phrase = view.slice(span[0], span[1]);
  for (let k = 2; k <= Math.min(phrase.length, lex.maxOrg); k++) {
    const tags = lex.orgs.get(phrase.slice(-k));
    if (tags && (tags.has('suffix') || tags.has('head'))) return true;
  }
  return false;
}

/**
 * The span widened over the verb of two characters glued before it when the figure at [start, end) counts cases or
 * people and the phrase names an institution; else the span as it was.
 */
export function withTransfer(view: string, span: [number, number], start: number, end: number, segmenter: Segmenter): [number, number] {
  if (span[1] !== start || span[0] < 2 || !CASE_COUNT.test(view.slice(start, end)) || !institution(view, span)) return span;
  const verb = segmenter.tag(view.slice(span[0] - 2, span[1]))[0];
  return verb && verb.text.length === 2 && isVerb(verb) ? [span[0] - 2, span[1]] : span;
}
