/**
 * nodejieba is loaded on the first cut only: `--help`, `--version` and `schema` never load it.
 * Runs the built CLI (dist/, as `npm test` builds it first) in child processes, with a probe
 * that reports on exit whether the binding's module was required.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PROBE = 'data:text/javascript,import{createRequire}from"node:module";process.on("exit",()=>{const c=createRequire("/").cache;process.stderr.write("\\nNODEJIEBA-LOADED "+Object.keys(c).some((k)=>k.includes("nodejieba"))+"\\n")})';
const built = existsSync('dist/cli/main.js');

function loadsJieba(args: string[], input?: string): boolean {
  const r = spawnSync(process.execPath, ['--import', PROBE, 'bin/inquiry.js', ...args], { encoding: 'utf8', input });
  const m = /NODEJIEBA-LOADED (true|false)/.exec(r.stderr);
  if (!m) throw new Error(`no probe output: ${r.stderr}`);
  return m[1] === 'true';
}

describe.runIf(built)('[jieba] lazy loading', () => {
  it.each([[['--help']], [['--version']], [['schema']], [['parse', '--help']]])('%j does not load nodejieba', (args) => {
    expect(loadsJieba(args)).toBe(false);
  });

  it('parse loads it', () => {
    expect(loadsJieba(['parse', '-', '--format', 'json'], '问题一:如何提升群众满意度?\n市政府副市长海建才回答:一是加强监督。\n')).toBe(true);
  });
});

describe.runIf(built)('[jieba] the dictionaries are found from the package, not the working directory', () => {
  const bin = fileURLToPath(new URL('../../bin/inquiry.js', import.meta.url));
  it.each([
    ['run from another directory', { cwd: tmpdir(), env: process.env }],
    ['no writable temporary directory (falls back to the full dictionary)', { cwd: tmpdir(), env: { ...process.env, TMPDIR: '/nonexistent/inquiry-test' } }],
  ])('%s', (_label, options) => {
    const r = spawnSync(process.execPath, [bin, 'segment', '-'], { ...options, encoding: 'utf8', input: '市人大常委会开展专题询问' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('市 / 人大常委会 / 开展 / 专题询问\n');
  });
});
