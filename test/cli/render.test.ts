import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import YAML from 'yaml';
import { FORMATS, frame, loadRenderer, renderPiece, type Format, type RenderSpec } from '../../src/cli/render.js';
import { OrderedStream } from '../../src/cli/sink.js';
import { toJson, toJsonLines, toYaml, toYamlStream } from '../../src/index.js';
import { toCsv } from '../../src/format/csv.js';
import { sampleRecord } from './sample.js';

beforeAll(async () => { for (const format of FORMATS) await loadRenderer(format); });

const spec = (format: Format, multi: boolean, terminal = false): RenderSpec => ({ format, view: 'measures', multi, width: 80, color: 0, terminal });

/** What the CLI prints for `records`: pieces (in shuffled order of completion) through the ordered stream. */
function stream(records: ReturnType<typeof sampleRecord>[], s: RenderSpec, order: number[]): string {
  let out = '';
  const o = new OrderedStream((x) => { out += x; }, frame(s));
  for (const i of order) o.put(i, renderPiece(records[i], s));
  o.finish();
  return out;
}

const records = [sampleRecord('甲.txt'), sampleRecord('乙.txt'), sampleRecord('丙\u2028.txt')];

describe('[render] streams equal the library renderings, whatever order pieces finish in', () => {
  const expected: Record<Exclude<Format, 'table'>, string> = {
    json: toJson(records),
    yaml: toYamlStream(records),
    jsonl: toJsonLines(records),
    csv: toCsv(records, 'measures'),
  };
  it.each(Object.entries(expected))('%s', (format, text) => {
    fc.assert(fc.property(fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }), (order) => {
      expect(stream(records, spec(format as Format, true), order)).toBe(text);
    }), { numRuns: 12 });
  });

  it.each([
    ['json', toJson(records[0])],
    ['yaml', toYaml(records[0])],
    ['jsonl', toJsonLines([records[0]])],
    ['csv', toCsv([records[0]], 'measures')],
  ] as const)('one input, %s: the bare record', (format, text) => {
    expect(stream([records[0]], spec(format, false), [0])).toBe(text);
  });

  it.each([['json'], ['yaml'], ['jsonl'], ['csv'], ['table']] as const)('%s with whole: one complete document per file (-o DIR)', (format) => {
    const whole = renderPiece(records[1], spec(format, true), true);
    expect(whole).toBe(stream([records[1]], spec(format, false), [0]));
  });

  it('JSON Lines never breaks a record over two lines (U+2028 escaped)', () => {
    expect(toJsonLines(records).split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('YAML stream reads back to the records', () => {
    expect(YAML.parseAllDocuments(stream(records, spec('yaml', true), [2, 1, 0])).map((d) => d.toJS())).toEqual(JSON.parse(toJson(records)));
  });

  it.each([['yaml'], ['json'], ['jsonl'], ['csv']] as const)('%s to a terminal: no raw ESC or C1 control', (format) => {
    const out = renderPiece(records[0], spec(format, false, true));
    expect(out).not.toMatch(/[\u001b\u0080-\u009f]/);
  });
});
