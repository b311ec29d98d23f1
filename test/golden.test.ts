/**
 * Golden records of the seeds (test/golden/seeds/) and of the hand-made transcripts
 * (test/golden/fixtures/), each checked against the schema and the record invariants.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, toJson, decode } from '../src/index.js';
import { matchGolden } from './helpers/golden.js';
import { violations } from './helpers/invariants.js';

const root = new URL('..', import.meta.url).pathname;

interface Case { name: string; file: string; golden: string }

const seeds: Case[] = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => ({
  name: f, file: join(root, 'seeds', f), golden: join(root, 'test/golden/seeds', f.replace(/\.txt$/, '.json')),
}));
const fixturesDir = join(root, 'test/fixtures/transcripts');
const fixtures: Case[] = existsSync(fixturesDir) ? readdirSync(fixturesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_')).map((d) => d.name).sort().flatMap((dir) => {
  const input = readdirSync(join(fixturesDir, dir)).find((f) => f.startsWith('input'));
  return input ? [{ name: dir, file: join(fixturesDir, dir, input), golden: join(root, 'test/golden/fixtures', dir + '.json') }] : [];
}) : [];

describe.each([['seed', seeds], ['fixture', fixtures]] as const)('[golden %s]', (_kind, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const bytes = readFileSync(c.file);
    const record = parse(bytes, { name: c.name });
    expect(violations(record, decode(bytes).text)).toEqual([]);
    matchGolden(c.golden, toJson(record));
  });
});
