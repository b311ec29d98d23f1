/**
 * The closings' speakers side by side, and the pledges of a government head's 表态 there.
 *
 * Example: A's closing "副市长 晏某：我代表市政府表个态，…市政府将逐条研究整改，年底前向常委会报告。⏎副主任 郁某：本次专题询问
 * 到此结束。" and B's "副市长 卫某：…市政府将…⏎副主任 郁某：…" give a "same-person" pair (郁某, the chair both years) and
 * a "same-office" pair (the vice-mayor's 表态 of one year and of the next, by another 副市长: the office is followed).
 * A speaker's stretches are taken together (the chair's call for the 表态 and the chair's last words). The 表态's
 * commitments are promises as an answer's prose is (prose-promises.ts), with question null (the closing's): compare
 * pairs them with the promises of the other session, repeated, new or dropped. A record saved before the closing's
 * speakers were read (statements null) has none. Spans are [start, end) into each side's own text.
 */
import type { ClosingStatement, InquiryRecord } from '../model/record.js';
import type { ClosingPair, ClosingSection, ClosingSpeakerRef, MeasureRef } from './types.js';
import { commitments } from './prose-promises.js';
import { postOf } from './title-chain.js';

/** `oneBody`: false for two bodies' sessions (framing.ts), whose vice-mayors hold no one office: then by person only. */
export function compareClosings(a: InquiryRecord, b: InquiryRecord, oneBody = true): ClosingSection {
  const as = speakers(a);
  const bs = speakers(b);
  const pairs: ClosingPair[] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const match = (same: (x: ClosingSpeakerRef, y: ClosingSpeakerRef) => boolean, kind: ClosingPair['match']) => {
    as.forEach((x, i) => {
      if (usedA.has(i)) return;
      const j = bs.findIndex((y, k) => !usedB.has(k) && same(x, y));
      if (j < 0) return;
      usedA.add(i);
      usedB.add(j);
      pairs.push({ a: x, b: bs[j], match: kind });
    });
  };
  match((x, y) => x.name !== null && x.name === y.name, 'same-person');
  // (Only where the names do not tell two people apart: a head's 表态 one year and another's the next.)
  if (oneBody) match((x, y) => x.role === y.role && x.role !== 'other' && post(x) !== null && post(x) === post(y), 'same-office');
  pairs.sort((p, q) => p.a.span[0] - q.a.span[0]);
  return { pairs, onlyA: as.filter((_, i) => !usedA.has(i)), onlyB: bs.filter((_, j) => !usedB.has(j)) };
}

/** The pledges of the government heads' 表态 in the closing, as promises: path "p1", "p2" … in the closing, question null. */
export function closingPromises(record: InquiryRecord): MeasureRef[] {
  const out: MeasureRef[] = [];
  for (const s of statementsOf(record)) {
    if (s.role !== 'government') continue;
    // (From the clause that commits: the courtesies before it frame the 表态, "我代表市政府表个态，各位委员提出的问题都很中肯，".)
    for (const p of commitments(s.text, true)) {
      const start = s.span[0] + p.offset;
      out.push({ question: null, path: `p${out.length + 1}`, marker: null, text: p.text, span: [start, start + p.text.length], responder: s.speaker.name });
    }
  }
  return out;
}

function statementsOf(record: InquiryRecord): ClosingStatement[] {
  return record.session.closing?.statements ?? [];
}

/** Each speaker once, their stretches together, in order of first stretch: one by name, or (no name) by titles. */
function speakers(record: InquiryRecord): ClosingSpeakerRef[] {
  const out: ClosingSpeakerRef[] = [];
  const byKey = new Map<string, ClosingSpeakerRef>();
  for (const s of statementsOf(record)) {
    const key = s.speaker.name ?? `\u0000${s.speaker.titles.join('、')}\u0000${s.role}`;
    const seen = byKey.get(key);
    if (seen) { seen.statements.push({ text: s.text, span: s.span }); continue; }
    const ref: ClosingSpeakerRef = { ...s.speaker, titles: [...s.speaker.titles], role: s.role, statements: [{ text: s.text, span: s.span }], span: s.span };
    byKey.set(key, ref);
    out.push(ref);
  }
  return out;
}

/** The speaker's post, the first title's that has one (副市长, 主任). */
function post(x: ClosingSpeakerRef): string | null {
  for (const t of x.titles) {
    const p = postOf(t);
    if (p) return p;
  }
  return null;
}
