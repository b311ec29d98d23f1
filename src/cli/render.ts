/**
 * Records as the pieces of an output stream, so workers can render and the main thread
 * only joins strings in input order.
 *
 * Example: three inputs with `--format json` print `[\n` + piece + `,\n` + piece + `,\n` +
 * piece + `\n]\n`, exactly `JSON.stringify(records, null, 2)`; one file argument prints the
 * bare object (scripts and the scorer rely on it). YAML is a multi-document stream (`---`
 * before each record), JSON Lines one record per line, CSV one header then rows.
 */
import { toJson, toJsonLines } from '../format/json.js';
import type { InquiryRecord } from '../model/record.js';
import { forTerminal, type ColorLevel } from '../format/terminal.js';
import type { View } from '../format/views.js';

type YamlModule = typeof import('../format/yaml.js');
type TableModule = typeof import('../format/table.js');
type CsvModule = typeof import('../format/csv.js');

/** The renderers that pull in a library (yaml; cli-table3 and string-width), loaded by `loadRenderer`. */
let yaml: YamlModule | null = null;
let table: TableModule | null = null;
let csv: CsvModule | null = null;

/**
 * Load the renderer of `format` before the first `renderPiece`/`frame` call (the CLI does, and
 * each worker): a JSON run never loads the YAML library, a YAML run never loads the table code.
 */
export async function loadRenderer(format: Format): Promise<void> {
  if (format === 'yaml') yaml ??= await import('../format/yaml.js');
  if (format === 'table') table ??= await import('../format/table.js');
  if (format === 'csv') csv ??= await import('../format/csv.js');
}

function loaded<T>(module: T | null, format: Format): T {
  if (!module) throw new Error(`renderer for ${format} used before loadRenderer('${format}')`);
  return module;
}

export const FORMATS = ['yaml', 'json', 'jsonl', 'table', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderSpec {
  format: Format;
  view: View;
  /** Several records in one stream (JSON array, YAML documents, headed tables). */
  multi: boolean;
  /** Table width in display columns. */
  width: number;
  color: ColorLevel;
  /** The output is a terminal: control characters are escaped. */
  terminal: boolean;
}

/** What goes before the first piece, between pieces and after the last. */
export interface Frame { head: string; sep: string; tail: string }

export const EXTENSIONS: Record<Format, string> = { yaml: '.yaml', json: '.json', jsonl: '.jsonl', table: '.txt', csv: '.csv' };

export function frame(spec: RenderSpec, whole = false): Frame {
  const multi = spec.multi && !whole;
  switch (spec.format) {
    case 'json': return multi ? { head: '[\n', sep: ',\n', tail: '\n]\n' } : none;
    case 'csv': { const { CSV_BOM, csvHeader } = loaded(csv, 'csv'); return { head: CSV_BOM + csvHeader(spec.view), sep: '', tail: '' }; }
    case 'table': return multi ? { head: '', sep: '\n', tail: '' } : none;
    default: return none;
  }
}

const none: Frame = { head: '', sep: '', tail: '' };

/** One record's piece of the stream; with `whole`, a complete document on its own (frame included). */
export function renderPiece(record: InquiryRecord, spec: RenderSpec, whole = false): string {
  const multi = spec.multi && !whole;
  let out: string;
  switch (spec.format) {
    case 'yaml': { const { toYaml } = loaded(yaml, 'yaml'); out = multi ? '---\n' + toYaml(record) : toYaml(record); break; }
    case 'json': out = multi ? indent(toJson(record).slice(0, -1)) : toJson(record); break;
    case 'jsonl': out = toJsonLines([record]); break;
    case 'csv': out = loaded(csv, 'csv').csvRows(record, spec.view); break;
    case 'table': {
      const { toTable, tableHeading } = loaded(table, 'table');
      const rendered = toTable(record, spec.view, { width: spec.width, color: spec.color });
      out = multi ? tableHeading(record) + rendered : rendered;
      break;
    }
  }
  if (whole) {
    const f = frame(spec, true);
    out = f.head + out + f.tail;
  }
  // Table cells are escaped one by one already (and may hold the header's colour codes).
  return spec.terminal && spec.format !== 'table' ? forTerminal(out) : out;
}

/** JSON lines never hold raw newlines inside strings, so indenting every line is safe. */
function indent(json: string): string {
  return '  ' + json.replace(/\n/g, '\n  ');
}
