/**
 * Sessions side by side: what each transcript says about itself and how much it holds.
 *
 * Example: A "曲靖市六届人大常委会 / 第二十九次会议 / 联组会议", 6 questions, 12 askers;
 * B "某市七届人大常委会 / 第十二次会议", 5 questions, 8 askers. Askers and responders are
 * counted as distinct people with that role; measures include inner items.
 */
import type { InquiryRecord } from '../model/record.js';
import type { SessionsSection, Sides } from './types.js';
import { measureRefs } from './refs.js';

function counts(r: InquiryRecord) {
  return {
    questions: r.questions.length,
    askers: r.people.filter((p) => p.roles.includes('asker')).length,
    responders: r.people.filter((p) => p.roles.includes('responder')).length,
    measures: measureRefs(r).length,
    quantities: r.session.quantities.length + r.questions.reduce((n, q) => n + q.quantities.length, 0) + (r.session.closing?.quantities.length ?? 0),
  };
}

/** The chair as one cell: "孟庆林（市人大常委会副主任）", the name alone without a title, null without a chair. */
function chairCell(r: InquiryRecord): string | null {
  const c = r.session.chair;
  if (!c?.name) return null;
  return c.titles.length ? `${c.name}（${c.titles[0]}）` : c.name;
}

export function compareSessions(a: InquiryRecord, b: InquiryRecord): SessionsSection {
  const field = (k: 'title' | 'body' | 'meeting' | 'format' | 'topic' | 'date'): Sides<string | null> => ({ a: a.session[k], b: b.session[k] });
  const ca = counts(a);
  const cb = counts(b);
  const count = (k: keyof typeof ca): Sides<number> => ({ a: ca[k], b: cb[k] });
  return {
    fields: { title: field('title'), body: field('body'), meeting: field('meeting'), format: field('format'), topic: field('topic'), date: field('date'), chair: { a: chairCell(a), b: chairCell(b) } },
    counts: { questions: count('questions'), askers: count('askers'), responders: count('responders'), measures: count('measures'), quantities: count('quantities') },
  };
}
