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
  /**
   * Left out of a table that is too narrow for it (1 first, then 2 …): a column that repeats what another shows
   * (val and unit are in the quantity's text) or that a reader misses least (counts, the answer's list number), so
   * that the wide column keeps half the room and names stay whole. CSV keeps every column.
   */
  drop?: number;
  /** The table's short names for the values of a column of fixed words (kind), which are never broken. */
  short?: Readonly<Record<string, string>>;
  /** The fixed words a cell may hold (roles, direction, intro/closing): the column is never narrower than the widest, so none breaks. */
  words?: readonly string[];
}

export interface ViewRows {
  columns: Column[];
  rows: Cell[][];
}

/** A quantity's kind in a table: at most 5 columns, so that `percentage_point` and `quantity` never wrap (CSV keeps the names). */
export const KIND_SHORT: Readonly<Record<string, string>> = {
  percent: 'pct', percentage_point: 'pp', count: 'count', quantity: 'qty', money: 'money', year: 'year', other: 'other',
};

const COLUMNS: Record<View, Column[]> = {
  questions: [
    { name: '#', numeric: true }, { name: 'label', drop: 3 }, { name: 'askers' }, { name: 'responders' },
    { name: 'measures', head: '#M', numeric: true, drop: 2 }, { name: 'quantities', head: '#Q', numeric: true, drop: 1 }, { name: 'question', wide: true },
    { name: 'start', numeric: true, csvOnly: true }, { name: 'end', numeric: true, csvOnly: true },
  ],
  measures: [
    { name: 'question', head: '#', numeric: true }, { name: 'responder', head: 'who' }, { name: 'list', numeric: true, drop: 1 }, { name: 'item', head: 'no.' },
    { name: 'marker', head: 'mark', drop: 2 }, { name: 'measure', wide: true },
    { name: 'start', numeric: true, csvOnly: true }, { name: 'end', numeric: true, csvOnly: true },
  ],
  quantities: [
    { name: 'question', head: '#', words: ['intro', 'closing'] }, { name: 'text' }, { name: 'value', head: 'val', numeric: true, drop: 1 }, { name: 'unit', drop: 2 },
    { name: 'kind', short: KIND_SHORT }, { name: 'direction', head: 'dir', words: ['up', 'down'] }, { name: 'qualifier', head: 'qual', drop: 3 },
    { name: 'range', drop: 4 }, { name: 'indicator', wide: true },
    { name: 'start', numeric: true, csvOnly: true }, { name: 'end', numeric: true, csvOnly: true },
  ],
  people: [
    { name: 'id', drop: 2 }, { name: 'name' }, { name: 'organization', head: 'org', drop: 3 }, { name: 'roles', words: ['asker', 'responder'] },
    { name: 'mentions', head: '#m', numeric: true, drop: 1 }, { name: 'titles', wide: true },
  ],
};

/** A column's table header. */
export const tableHead = (c: Column): string => c.head ?? c.name;

/**
 * The narrowest a table column gets: its header, whole, one Chinese character (2 display columns), and its
 * widest fixed word (`responder`, `money`). Headers and words are ASCII: length = display width.
 */
export const columnFloor = (c: Column): number =>
  Math.max(tableHead(c).length, 2, ...(c.words ?? []).map((w) => w.length), ...Object.values(c.short ?? {}).map((w) => w.length));

/**
 * The narrowest table of `view`, in display columns: the columns that are never dropped (see `drop`), every
 * header whole, every cell at least one Chinese character wide, and the wide column half of the room (README);
 * 3 columns of padding and border per column and 1 more. A `--width` below it cannot be met (the CLI says so and
 * prints at this width): 49 for questions, 29 for measures, 56 for quantities, 36 for people.
 */
export function minTableWidth(view: View): number {
  const columns = COLUMNS[view].filter((c) => !c.csvOnly && c.drop === undefined);
  const narrow = columns.reduce((n, c) => (c.wide ? n : n + columnFloor(c)), 0);
  const wide = columnFloor(columns.find((c) => c.wide)!);
  return Math.max(2 * narrow, narrow + wide) + columns.length * 3 + 1;
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
