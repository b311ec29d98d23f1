/**
 * Q&A tables pasted from a spreadsheet or a word processor (cells separated by tabs) or written
 * in Markdown (| cells |): a header row names the columns, each row below is one question.
 *
 * Example: "序号\t询问人\t询问内容\t应询单位\t答复要点" then
 * "1\t县人大常委会委员 苏某\t农村公路养护资金缺口多大?\t县交通运输局\t今年已争取补助资金2300万元。"
 * gives an asker turn from the row's start to the end of the 询问内容 cell (苏某; the words are
 * that cell) and a responder turn from there (the 应询单位 cell names an office, no person: the
 * question's addressee; the words are the 答复 cell). Offsets are [start, end) UTF-16 offsets into the view.
 */
import type { Span } from '../model/span.js';
import type { SpeakerMention } from './mentions.js';
import { lineEnd, type SpeechEvent } from './speech.js';

const ASKER_COLUMN = /^(?:询问人|提问人|询问者|提问者|询问委员|提问委员|询问代表|提问代表|询问人员|提问人员)$/u;
const QUESTION_COLUMN = /^(?:询问内容|提问内容|询问问题|提问问题|问题|问题内容|询问事项|主要问题|内容)$/u;
/** The responder's column naming a person ("局长 钭志远"). */
const RESPONDER_COLUMN = /^(?:应询人|应询人员|答复人|答询人|回答人|回复人|应答人)$/u;
/** The column naming the office the question is put to ("区财政局"): the addressee, and the person's office when both stand. */
const OFFICE_COLUMN = /^(?:应询单位|应询部门|答复单位|答复部门|答询单位|答询部门|责任单位|承办单位)$/u;
const ANSWER_COLUMN = /^(?:答复|答复内容|答复要点|答复情况|回复|回复内容|回答|回答内容|办理情况|整改措施)$/u;
/** A Markdown table's rule under the header: |---|:--:|. */
const MARKDOWN_RULE = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?$/u;

interface Row {
  start: number;
  end: number;
  cells: Span[];
}

/** The cells of the line [start, end) split at tabs, or at | when the line opens with one; null for no table line. */
function cellsOf(view: string, start: number, end: number): Span[] | null {
  const line = view.slice(start, end);
  const pipe = line.trimStart().startsWith('|');
  if (!pipe && !line.includes('\t')) return null;
  const sep = pipe ? '|' : '\t';
  const cells: Span[] = [];
  let at = start;
  for (const part of line.split(sep)) {
    cells.push(trimmed(view, at, at + part.length));
    at += part.length + 1;
  }
  if (pipe) { cells.shift(); if (view.slice(cells[cells.length - 1][0], cells[cells.length - 1][1]) === '') cells.pop(); }
  return cells.length >= 3 ? cells : null;
}

function trimmed(view: string, s: number, e: number): Span {
  while (s < e && /[\s*_]/u.test(view[s])) s++;
  while (e > s && /[\s*_]/u.test(view[e - 1])) e--;
  return [s, e];
}

/** The column of `cells` whose name matches `re`, or -1. */
function column(view: string, cells: Span[], re: RegExp): number {
  return cells.findIndex(([s, e]) => re.test(view.slice(s, e)));
}

/** Add one asker and one responder event per table row in `[from, to)`; events inside the rows are replaced. */
export function addTableRowEvents(view: string, from: number, to: number, mentions: SpeakerMention[], events: SpeechEvent[]): void {
  if (!view.includes('\t', from) && !view.includes('|', from)) return;
  let lineStart = from;
  while (lineStart < to) {
    const end = Math.min(to, lineEnd(view, lineStart));
    const header = cellsOf(view, lineStart, end);
    const question = header ? column(view, header, QUESTION_COLUMN) : -1;
    const asker = header ? column(view, header, ASKER_COLUMN) : -1;
    const responder = header ? column(view, header, RESPONDER_COLUMN) : -1;
    const office = header ? column(view, header, OFFICE_COLUMN) : -1;
    const answer = header ? column(view, header, ANSWER_COLUMN) : -1;
    if (header && question >= 0 && (asker >= 0 || responder >= 0 || office >= 0 || answer >= 0)) {
      lineStart = readRows(view, end + 1, to, { question, asker, responder, office, answer, count: header.length }, mentions, events);
      continue;
    }
    lineStart = end + 1;
  }
}

/** The columns' positions in the header (-1: no such column); `responder` names a person, `office` the office asked. */
interface Columns { question: number; asker: number; responder: number; office: number; answer: number; count: number }

/** Read the rows from `start` on; returns where the table ends. */
function readRows(view: string, start: number, to: number, cols: Columns, mentions: SpeakerMention[], events: SpeechEvent[]): number {
  let at = start;
  while (at < to) {
    const end = Math.min(to, lineEnd(view, at));
    const line = view.slice(at, end).trim();
    if (line === '' || MARKDOWN_RULE.test(line)) { at = end + 1; continue; }
    const cells = cellsOf(view, at, end);
    if (!cells || cells.length <= cols.question || cells.length < cols.count - 1) return at;
    addRow(view, { start: at, end, cells }, cols, mentions, events);
    at = end + 1;
  }
  return at;
}

function addRow(view: string, row: Row, cols: Columns, mentions: SpeakerMention[], events: SpeechEvent[]): void {
  const cell = (k: number): Span | null => (k >= 0 && k < row.cells.length && row.cells[k][1] > row.cells[k][0] ? row.cells[k] : null);
  const within = (span: Span | null) => (span ? mentions.find((m) => m.span[0] >= span[0] && m.span[1] <= span[1]) ?? null : null);
  const question = cell(cols.question)!;
  if (!question) return;
  for (let i = events.length - 1; i >= 0; i--) if (events[i].start >= row.start && events[i].start < row.end) events.splice(i, 1);
  const askerCell = cell(cols.asker);
  events.push({ mention: within(askerCell), role: 'asker', start: row.start, anchor: row.start, wordsStart: question[0], kind: 'label', followUp: !!askerCell && /追问/u.test(view.slice(askerCell[0], askerCell[1])), named: true });
  // The responder's turn starts where the question cell ends (so that the asker's words are that
  // cell exactly), when a responder or an answer cell follows it.
  // (A table with both, "应询单位\t应询人", names the office in one cell and its official in the other: "区财政局\t局长 乜春林".)
  const responderCell = cell(cols.responder);
  const officeCell = cell(cols.office);
  const answerCell = cell(cols.answer);
  const after = (c: Span | null) => !!c && c[0] > question[1];
  const opens = after(responderCell) || after(officeCell) || after(answerCell) ? question[1] : null;
  if (opens === null) return;
  const person = within(responderCell) ?? within(officeCell);
  events.push({
    mention: person, role: 'responder', start: opens, anchor: opens, wordsStart: answerCell && answerCell[0] > opens ? answerCell[0] : null,
    kind: 'label', followUp: false, named: true, addressee: officeCell && !within(officeCell) ? officeCell : undefined,
  });
}
