#!/usr/bin/env node
// Shapes of text under the 20 MB --max-size that once made the parser overflow its stack or go quadratic (issue 6):
// one member's turn of tens of thousands of lines ("委员 王某：请问？" a line), one paragraph with no line break of a
// question and its answer repeated (WeChat or PDF text comes out as one line), and one answer's enumeration run on
// and on ("一是加强管理二是完善制度。" repeated). Each is parsed at 200 KB, 1 MB and 2 MB in a fresh process; the table
// shows CPU seconds and their growth against 200 KB (10× for 10× the size is linear; 100× would be quadratic).
// BENCH_SHAPES_MB=… adds a larger size (e.g. 10: the 400,000 lines of the report, minutes when the parse is not linear).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const probe = 'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nBENCH-RSS "+u.maxRSS+" CPU "+(u.userCPUTime+u.systemCPUTime)+"\\n")})';
const HEAD = '2024年10月10日，某市人大常委会举行专题询问。\n';
const repeat = (unit, bytes) => unit.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(unit))));
const shapes = [
  ['one turn, a line each', (bytes) => repeat('委员 王某：请问？\n', bytes)],
  ['one paragraph of exchanges', (bytes) => `${HEAD}${repeat('委员 王某：请问市水利局，水库何时完成？局长 李某：一是加强管理二是完善制度。', bytes)}\n`],
  ['one answer enumerating', (bytes) => `${HEAD}委员 王某：请问市水利局，水库何时完成？\n市水利局局长 李某：${repeat('一是加强管理二是完善制度。', bytes)}\n`],
];
const sizes = [0.2, 1, 2, ...(Number(process.env.BENCH_SHAPES_MB) > 0 ? [Number(process.env.BENCH_SHAPES_MB)] : [])];
const dir = mkdtempSync(join(tmpdir(), 'inquiry-shapes-'));
try {
  console.log(`${'shape'.padEnd(28)}${sizes.map((mb) => `${mb} MB`.padStart(16)).join('')}`);
  for (const [label, make] of shapes) {
    const cells = [];
    let base = null;
    for (const mb of sizes) {
      const file = join(dir, 'shape.txt');
      writeFileSync(file, make(mb * 1e6));
      const r = spawnSync(process.execPath, ['--import', probe, 'bin/inquiry.js', 'parse', file, '--format', 'json', '--quiet'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
      const m = /BENCH-RSS (\d+) CPU (\d+)/.exec(r.stderr);
      if (r.status !== 0 || !m) { cells.push('failed'.padStart(16)); continue; }
      const cpu = Number(m[2]) / 1e6;
      base ??= cpu;
      cells.push(`${cpu.toFixed(1)} s (${(cpu / base).toFixed(0)}×)`.padStart(16));
    }
    console.log(`${label.padEnd(28)}${cells.join('')}`);
  }
  console.log('(CPU seconds of one parse, and growth against 200 KB: about the growth of the size when linear)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
