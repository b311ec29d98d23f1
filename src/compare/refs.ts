/**
 * References from a comparison back into a record: questions, measures and the texts
 * that stand for a question's content.
 *
 * Example: the second measure of the first list of question 2, "推进严格规范公正文明执法",
 * becomes { question: 2, path: "1.2", marker: "二是", text, span, responder: "海建才" }.
 */
import type { InquiryRecord, Measure, Question } from '../model/record.js';
import type { MeasureRef, QuestionRef } from './types.js';
import { append } from '../model/append.js';

/** The question as compare shows it; `all` (the record's questions) names the question a follow-up follows. */
export function questionRef(q: Question, all: readonly Question[] = []): QuestionRef {
  const parent = q.followUpOf === null ? undefined : all.find((p) => p.index === q.followUpOf);
  return { index: q.index, label: q.label, text: q.text, span: q.span, followUpOf: parent ? { index: parent.index, label: parent.label } : null };
}

/** How a question is named in the output: its label, a follow-up by the question it follows ("问题三·追问"), else "#4". */
export function questionName(q: QuestionRef): string {
  if (q.label !== null) return q.label;
  return q.followUpOf ? `${q.followUpOf.label ?? `问题${q.followUpOf.index}`}·追问` : `#${q.index}`;
}

/** Every measure of the record, inner items after their parent, in reading order. */
export function measureRefs(record: InquiryRecord): MeasureRef[] {
  const names = new Map(record.people.map((p) => [p.id, p.name]));
  const out: MeasureRef[] = [];
  const visit = (m: Measure, question: number, path: string, responder: string | null) => {
    out.push({ question, path, marker: m.marker, text: m.text, span: m.span, responder });
    for (const item of m.items) visit(item, question, `${path}.${item.index}`, responder);
  };
  for (const q of record.questions) {
    q.answers.forEach((answer, k) => {
      const responder = answer.responder ? names.get(answer.responder) ?? null : null;
      for (const m of answer.measures) visit(m, q.index, `${k + 1}.${m.index}`, responder);
    });
  }
  return out;
}

/**
 * What a question is about: its text and what the responders said (their turns), or its
 * measures when the record has no turns. With the record's `questions`, a batch's answers count
 * for the question they answer (`answerTo`), wherever they stand.
 */
export function questionContent(q: Question, questions: Question[] = []): string {
  const answers = q.turns.filter((t) => t.role === 'responder' && t.answerTo == null).map((t) => t.text);
  for (const other of questions) {
    if (other !== q) for (const t of other.turns) if (t.role === 'responder' && t.answerTo === q.index) answers.push(t.text);
  }
  if (answers.length === 0) {
    const collect = (ms: Measure[]): string[] => ms.flatMap((m) => [m.text, ...collect(m.items)]);
    append(answers, q.answers.flatMap((a) => collect(a.measures)));
  }
  return [q.text, ...answers].join('\n');
}

/** All the words of a record for term counts: every turn, or question texts and measures without turns. */
export function recordContent(record: InquiryRecord): string {
  return record.questions.map((q) => (q.turns.length ? q.turns.map((t) => t.text).join('\n') : questionContent(q))).join('\n');
}
