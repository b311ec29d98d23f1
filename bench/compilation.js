#!/usr/bin/env node
// One file holding many transcripts (a yearbook's text, a scrape saved as one page): parse time must grow with
// the file, not with its square. Builds a compilation of the seed and every fixture, then parses it once and
// four times over, each in a fresh process, and prints CPU time per MB for both (equal when the parse is linear).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';

const root = fileURLToPath(new URL('..', import.meta.url));
const probe = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nBENCH-RSS "+u.maxRSS+" CPU "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
const inputs = ['seeds/qujing-2025-safety-rule-of-law.txt', ...globSync('test/fixtures/transcripts/*/input.txt', { cwd: root }).sort()];
const one = inputs.map((f) => readFileSync(join(root, f), 'utf8').trim()).join('\n\n');
const dir = mkdtempSync(join(tmpdir(), 'inquiry-compilation-'));
try {
  const rows = [1, 4].map((copies) => {
    const file = join(dir, `compilation-${copies}.txt`);
    writeFileSync(file, Array(copies).fill(one).join('\n\n'));
    const mb = Buffer.byteLength(readFileSync(file)) / 1e6;
    const r = spawnSync(process.execPath, ['--import', probe, 'bin/inquiry.js', 'parse', file, '--format', 'json', '--quiet'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`parse of ${copies} cop${copies === 1 ? 'y' : 'ies'} exited ${r.status}: ${r.stderr}`);
    const m = /BENCH-RSS (\d+) CPU (\d+)/.exec(r.stderr);
    const cpu = Number(m[2]) / 1e6;
    return { copies, mb, cpu, rss: Number(m[1]) / 1024 };
  });
  console.log(`compilation: the seed and ${inputs.length - 1} fixtures in one file`);
  for (const r of rows) console.log(`  ${r.copies} cop${r.copies === 1 ? 'y ' : 'ies'}: ${r.mb.toFixed(1)} MB, ${r.cpu.toFixed(1)} s CPU = ${(r.cpu / r.mb).toFixed(1)} s per MB, peak RSS ${r.rss.toFixed(0)} MB`);
  const growth = (rows[1].cpu / rows[0].cpu) / (rows[1].mb / rows[0].mb);
  console.log(`CPU per MB, 4 copies against 1: ${growth.toFixed(2)}× (1.00× = linear; a quadratic parse would give 4×)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
