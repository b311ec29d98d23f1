/** The JSON Schema: the shipped file is generated from src/model/schema.ts, and records satisfy it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA } from '../../src/model/schema.js';
import { parse } from '../../src/index.js';
import { schemaErrors } from '../helpers/invariants.js';

describe('[schema]', () => {
  it('schema/inquiry-record.schema.json is up to date (npm run schema)', () => {
    const file = JSON.parse(readFileSync(new URL('../../schema/inquiry-record.schema.json', import.meta.url), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(SCHEMA)));
  });

  it.each([
    ['an empty-looking text', '近日,某市人大常委会召开会议。'],
    ['a header layout', '问题一:市政府如何做到依法决策?\n市人大常委会委员王某某提问。市政府副市长李某某回应称,将从两方面推进:一是加强学习;二是完善制度。'],
  ])('a parsed record of %s is valid', (_name, text) => {
    expect(schemaErrors(parse(text))).toEqual([]);
  });

  it.each([
    ['a missing field', (r: Record<string, unknown>) => { delete r.warnings; }],
    ['another schema version', (r: Record<string, unknown>) => { r.schema = 'inquiry-record/2'; }],
    ['a span that is not a pair', (r: Record<string, unknown>) => { (r.session as Record<string, unknown>).span = [1]; }],
  ])('rejects a record with %s', (_name, mutate) => {
    const record = JSON.parse(JSON.stringify(parse('问题一:如何依法决策?'))) as Record<string, unknown>;
    mutate(record);
    expect(schemaErrors(record)).not.toEqual([]);
  });
});
