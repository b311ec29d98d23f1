/**
 * Views of a record as rows: what `--format table` and `--format csv` print.
 *
 * Example: the seed's question 12 ("8个机制", 5 + 3 items) gives, in the measures view,
 * rows like `12 | 李某 | 1 | 1 | 一是 | 健全…机制` — one row per measure, inner items
 * numbered "2.1", "2.2". Pure: record in, rows out. Columns marked `wide` get the
 * remaining terminal width in a table; columns marked `csvOnly` (spans) are left out of
 * tables, where they would only take room.
 */
import type { InquiryRecord, Measure, Person, Quantity } from '../model/record.js';

export const VIEWS = ['questions', 'measures', 'quantities', 'people'] as const;
export type View = (typeof VIEWS)[number];

export type Cell = string | number | null;

export interface Column {
  /** The CSV header. */
  name: string;
  /**
   * The table header when it differs from `name`: short ASCII words (#M, qual, org) that a table never
   * splits, so that the width goes to the wide column (see minTableWidth): the other columns' headers
   * must leave it half of a 50-column table in the measures and people views.
   */
  head?: string;
  /** Takes the width left over in a table, wrapped by display width. */
  wide?: boolean;
  /** Right-aligned in a table (counts, values). */
  numeric?: boolean;
  /** Only in CSV (spans as numbers). */
  csvOnly?: boolean;
}

export interface ViewRows {
  columns: Column[];
  rows: Cell[][];
}

const COLUMNS: Record<View, Column[]> = {
  questions: [
    { name: '#', numeric: true }, { name: 'label' }, { name: 'askers' }, { name: 'responders' },
    { name: 'measures', head: '#M', numeric: true }, { name: 'quantities', head: '#Q', numeric: true }, { name: 'question', wide: true },
    { name: 'start', numeric: true, csvOnly: true }, { name: 'end', numeric: true, csvOnly: true },
  ],
  measures: [
    { name: 'question', head: '#', numeric: true }, { name: 'responder', head: 'who' }, { name: 'list', numeric: true }, { name: 'item', head: 'no.' },
    { name: 'marker', head: 'mark' }, { name: 'measure', wide: true },
    { name: 'start', numeric: true, csvOnly: true }, { name: 'end', numeric: true, csvOnly: true },
  ],
  quantities: [
    { name: 'question', head: '#' }, { name: 'text' }, { name: 'value', head: 'val', numeric: true }, { name: 'unit' }, { name: 'kind' },
    { name: 'direction', head: 'dir' }, { name: 'qualifier', head: 'qual' }, { name: 'range' }, { name: 'indicator', wide: true },
    { name: 'start', numeric: true, csvOnly: true }, { name: 'end', numeric: true, csvOnly: true },
  ],
  people: [
    { name: 'id' }, { name: 'name' }, { name: 'organization', head: 'org' }, { name: 'roles' }, { name: 'mentions', head: '#m', numeric: true },
    { name: 'titles', wide: true },
  ],
};

/** A column's table header. */
export const tableHead = (c: Column): string => c.head ?? c.name;

/** The narrowest a table column gets: its header, whole, and one Chinese character (2 display columns). */
export const columnFloor = (c: Column): number => Math.max(tableHead(c).length, 2); // headers are ASCII: length = display width

/**
 * The narrowest table of `view`, in display columns: every header whole, every cell at least one
 * Chinese character wide, 3 columns of padding and border per column and 1 more. A `--width`
 * below it cannot be met (the CLI says so and prints at this width): 57 for questions, 42 for measures, 41 for people.
 */
export function minTableWidth(view: View): number {
  const columns = COLUMNS[view].filter((c) => !c.csvOnly);
  return columns.reduce((n, c) => n + columnFloor(c), 0) + columns.length * 3 + 1;
}

/** The rows of `view` for one record. */
export function viewRows(record: InquiryRecord, view: View): ViewRows {
  const people = new Map(record.people.map((p) => [p.id, p]));
  const who = (id: string | null) => (id === null ? null : display(people.get(id)) ?? id);
  const names = (ids: readonly string[]) => ids.map((id) => who(id)).join('、');
  const rows: Cell[][] = [];
  switch (view) {
    case 'questions':
      for (const q of record.questions) {
        const measures = q.answers.reduce((n, a) => n + a.measures.length, 0);
        // A written answer (书面答复) has no person answering: the office that wrote it, marked so.
        const responders = q.written ? `${q.written.organization ?? ''}（书面答复）` : names(q.responders);
        rows.push([q.index, q.label, names(q.askers), responders, measures, q.quantities.length, q.text, q.span[0], q.span[1]]);
      }
      break;
    case 'measures':
      for (const q of record.questions) {
        q.answers.forEach((a, list) => {
          for (const [item, m] of flatten(a.measures, '')) {
            rows.push([q.index, who(a.responder), list + 1, item, m.marker, m.text, m.span[0], m.span[1]]);
          }
        });
      }
      break;
    case 'quantities': {
      const push = (where: string, qs: readonly Quantity[]) => {
        for (const x of qs) {
          const range = x.range ? `${x.range[0]}–${x.range[1]}` : null;
          rows.push([where, x.text, x.value, x.unit, x.kind, x.direction ?? null, x.qualifier, range, x.indicator, x.span[0], x.span[1]]);
        }
      };
      push('intro', record.session.quantities);
      for (const q of record.questions) push(String(q.index), q.quantities);
      push('closing', record.session.closing?.quantities ?? []);
      break;
    }
    case 'people':
      for (const p of record.people) {
        rows.push([p.id, p.name, p.organization, p.roles.join(','), p.mentions.length, p.titles.join('；')]);
      }
      break;
  }
  return { columns: COLUMNS[view], rows };
}

/** A person as a reader knows them: the name, else the office. */
function display(p: Person | undefined): string | null {
  if (!p) return null;
  return p.name ?? p.titles[0] ?? p.organization ?? null;
}

/** Measures depth-first with their numbers: "1", "2", "2.1" … */
function flatten(measures: readonly Measure[], prefix: string): [string, Measure][] {
  return measures.flatMap((m, i) => {
    const n = prefix + String(m.index ?? i + 1);
    return [[n, m] as [string, Measure], ...flatten(m.items, n + '.')];
  });
}
