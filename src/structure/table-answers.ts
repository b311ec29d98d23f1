/**
 * Answers narrated after a question table, matched to its rows by the official's name.
 *
 * Example: a table "序号\t询问人\t询问问题\t应询单位\t应询人" with rows "1\t…委员 邬洪波\t…如何破解?\t区住建局\t局长 钭志远",
 * "2\t…\t区财政局\t局长 乜春林", then the report "询问中,钭志远回答说,…。乜春林表示,…。". The rows name who answers each
 * question; the narrated answers, all standing in the last row's section, answer the first row their speaker is named in
 * that no earlier narrated answer took (钭志远 → row 1 though he answers row 4 too; 乜春林 → row 2). Their turns are marked
 * `answerTo` that question, as a batch's answers are (batch.ts); an answer whose first row is the last row stays its own.
 * Spans are [start, end): UTF-16 offsets into the view.
 */
import type { QuestionFrame, TextPair } from './types.js';
import { relinkTurns, unitAt, type Unit } from './batch.js';
import { lineEnd } from './speech.js';
import { trim } from './blocks.js';
import { speakersOf } from './turns.js';

/** True when `q` is a table row: its asker's turn opens a line of cells and a responder's turn starts on that line. */
function isRow(view: string, q: QuestionFrame): boolean {
  const asker = q.turns.find((t) => t.role === 'asker');
  if (!asker) return false;
  const end = lineEnd(view, asker.span[0]);
  const line = view.slice(asker.span[0], end);
  if (!line.includes('\t') && !line.trimStart().startsWith('|')) return false;
  return q.turns.some((t) => t.role === 'responder' && t.span[0] > asker.span[0] && t.span[0] <= end);
}

/**
 * Link the narrated answers after each question table to the rows (frames changed in place). Returns the indexes
 * (1-based) of the questions given answers standing in another's section.
 */
export function linkTableAnswers(pair: TextPair, questions: QuestionFrame[]): number[] {
  const { view } = pair;
  if (!view.includes('\t') && !view.includes('|')) return [];
  const given: number[] = [];
  for (let i = 0; i < questions.length;) {
    if (!isRow(view, questions[i])) { i++; continue; }
    let last = i;
    while (last + 1 < questions.length && isRow(view, questions[last + 1])) last++;
    if (last > i) given.push(...linkRun(pair, questions, i, last));
    i = last + 1;
  }
  return given;
}

/** The narrated answers in the section of questions[last], each to the first row of questions[first..last] naming its speaker. */
function linkRun(pair: TextPair, questions: QuestionFrame[], first: number, last: number): number[] {
  const { view } = pair;
  const holder = questions[last];
  const rowEnd = lineEnd(view, holder.turns.find((t) => t.role === 'asker')!.span[0]);
  const taken = new Set<number>();
  const units: Unit[] = [];
  const targets: (number | null)[] = [];
  holder.turns.forEach((t, k) => {
    if (t.role !== 'responder' || t.speaker === null || t.span[1] <= rowEnd) return;
    // (The last row's official reported answering below the table goes on his row's turn: "…\t局长 钭志远⏎⏎询问中,钭志远回答说,…".)
    const onRow = t.span[0] <= rowEnd;
    const start = onRow ? trim(view, rowEnd, t.span[1])[0] : t.span[0];
    if (start >= t.span[1]) return;
    let row = -1;
    for (let j = first; j <= last && row < 0; j++) if (!taken.has(j) && questions[j].responders.includes(t.speaker)) row = j;
    if (row < 0) return;
    taken.add(row);
    // (The report's opening words, "询问中,", go with the first answer, not with the last row's cells.)
    const unit = onRow ? { start, end: t.span[1], speaker: t.speaker, leadStart: start } : unitAt(view, start, t.speaker, Math.max(rowEnd, holder.turns[k - 1].span[0]));
    unit.end = t.span[1];
    units.push(unit);
    targets.push(row === last ? null : row + 1);
  });
  if (targets.every((x) => x === null)) return [];
  holder.turns = relinkTurns(pair.text, holder.turns, units, targets);
  holder.responders = speakersOf(holder.turns.filter((t) => t.answerTo === null), 'responder');
  return [...new Set(targets.filter((x): x is number => x !== null))].sort((a, b) => a - b);
}
