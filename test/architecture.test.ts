/**
 * The dependency direction, made executable: each external package enters through one door,
 * the model imports nothing, and file/process access stays in the CLI and the dictionary loaders.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = new URL('../src', import.meta.url).pathname;
const files: string[] = [];
(function walk(dir: string) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts')) files.push(p);
  }
})(src);

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
}

/** Which folders of src/ may import each package (prefixes of paths relative to src/). */
const DOORS: Record<string, string[]> = {
  nodejieba: ['segment/jieba.ts'],
  commander: ['cli/'],
  chalk: ['format/', 'cli/'],
  'cli-table3': ['format/'],
  yaml: ['format/', 'records/'],
  // extract/formulation-lexicon.ts reads dict/formulations.utf8 (split out of extract/formulations.ts, which no longer reads a file).
  'node:fs': ['cli/', 'segment/', 'structure/lexicon.ts', 'extract/lexicon.ts', 'extract/formulation-lexicon.ts', 'extract/units.ts'],
  'node:worker_threads': ['cli/'],
  'node:child_process': [],
};

describe('[architecture]', () => {
  const rel = (f: string) => relative(src, f);
  it.each(Object.entries(DOORS))('%s enters only through its door', (pkg, doors) => {
    const offenders = files.filter((f) => importsOf(f).some((i) => i === pkg || i.startsWith(pkg + '/')) && !doors.some((d) => rel(f).startsWith(d)));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('the model imports nothing outside the model', () => {
    const offenders = files.filter((f) => rel(f).startsWith('model/') && importsOf(f).some((i) => !i.startsWith('./')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('compare and format depend only on the model (and each other), not on parsing stages', () => {
    const stages = /\/(structure|extract|pipeline)(\/|\.js)/;
    const offenders = files.filter((f) => /^(compare|format)\//.test(rel(f)) && importsOf(f).some((i) => i.startsWith('.') && stages.test(i)));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('no module uses process outside the CLI', () => {
    const offenders = files.filter((f) => !rel(f).startsWith('cli/') && /\bprocess\.(argv|exit|stdout|stderr|stdin|cwd)\b/.test(readFileSync(f, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });
});
