/**
 * Units as the two sessions write them: the words after the digits of their quantities.
 *
 * Example: "今年安排资金300万元" and "维修养护资金450万元" hold the quantities 300万元 and 450万元, so
 * 万元 is a unit here; "改造管网120公里" makes 公里 one, "提高5个百分点" 个百分点. What two promises
 * share in "万元" is the unit, not a subject, so the content terms leave these out (terms.ts). The
 * parser has already told units from words (extract/units.ts); compare reads its verdict from the
 * records rather than the parser's lexicon: a unit the parser did not read is no quantity either.
 */
import type { InquiryRecord, Quantity } from '../model/record.js';
import { normalize } from '../source/normalize.js';

/** What follows the last digit of a quantity as written: "300万元" → 万元, "1.2万户" → 万户, "850人次/日" → 人次/日. */
const AFTER_DIGITS = /[0-9][^0-9]*$/u;

function quantities(r: InquiryRecord): Quantity[] {
  return [...r.session.quantities, ...r.questions.flatMap((q) => q.quantities), ...(r.session.closing?.quantities ?? [])];
}

/** The units written in the records' quantities (normalized, as the segmenter sees them), each part of a rate too (人次/日 → 人次). */
export function writtenUnits(...records: InquiryRecord[]): Set<string> {
  const out = new Set<string>();
  for (const q of records.flatMap(quantities)) {
    const tail = AFTER_DIGITS.exec(normalize(q.text))?.[0].slice(1) ?? '';
    for (const unit of [tail, q.unit ?? '']) for (const part of [unit, ...unit.split('/')]) if (part.trim()) out.add(part.trim());
  }
  return out;
}

/**
 * The quantities the sessions write, as written (normalized): "一百二十家", "九成二", "百分之九十八点三", "两年". A word
 * that opens one is a figure in words, no term (terms.ts), as an Arabic figure is none.
 */
export function writtenFigures(...records: InquiryRecord[]): Set<string> {
  return new Set(records.flatMap(quantities).map((q) => normalize(q.text).trim()).filter((t) => t !== ''));
}
