import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clock, createProgress } from '../../src/cli/progress.js';
import { main } from '../../src/cli/main.js';

describe('[progress]', () => {
  it.each([[0, '0:00'], [59.6, '1:00'], [75, '1:15'], [3725, '1:02:05'], [Number.NaN, '-:--'], [Infinity, '-:--']])('clock(%d) = %s', (s, text) => {
    expect(clock(s)).toBe(text);
  });

  it('draws count, rate and time left, and clears itself', () => {
    let t = 0;
    let err = '';
    const p = createProgress(10, { write: (s: string) => { err += s; }, isTTY: true, columns: 80 }, true, () => t);
    for (let i = 0; i < 5; i++) { t += 200; p.tick(); }
    expect(err).toContain(' 5/10 [');
    expect(err).toContain('50%  5.0 files/s  0:01 left');
    p.log('inquiry: x.txt: the file is empty\n');
    expect(err).toContain('\r\u001b[Kinquiry: x.txt: the file is empty\n\r');
    p.done();
    expect(err.endsWith('\r\u001b[K')).toBe(true);
  });

  it('disabled: only the logged lines, no carriage return', () => {
    let err = '';
    const p = createProgress(10, { write: (s: string) => { err += s; } }, false);
    p.tick();
    p.log('line\n');
    p.done();
    expect(err).toBe('line\n');
  });
});

/** What a terminal shows after `bytes`: \r to column 0, ESC[K erases to the end of the line, \n a new line. */
function screen(bytes: string): string[] {
  const rows: string[][] = [[]];
  let col = 0;
  for (let i = 0; i < bytes.length; i++) {
    const row = rows[rows.length - 1];
    if (bytes.startsWith('\u001b[K', i)) { row.length = col; i += 2; continue; }
    const c = bytes[i];
    if (c === '\r') col = 0;
    else if (c === '\n') { rows.push([]); col = 0; }
    else row[col++] = c;
  }
  return rows.map((r) => r.join(''));
}

describe('[progress] standard output on the same terminal', () => {
  it.each([
    ['YAML documents', ['---\nid: a\n', '---\nid: b\n', '---\nid: c\n']],
    ['JSON Lines', ['{"id":"a"}\n', '{"id":"b"}\n', '{"id":"c"}\n']],
    ['a JSON array, lines ending in later writes', ['[\n  {"id":"a"}', ',\n  {"id":"b"}', ',\n  {"id":"c"}', '\n]\n']],
  ])('%s: the screen holds the records and no bar text once done', (_, pieces) => {
    let t = 0;
    let tty = '';
    const term = { write: (s: string) => { tty += s; }, isTTY: true, columns: 80 };
    const p = createProgress(pieces.length, term, true, () => t);
    for (const piece of pieces) {
      t += 200;
      p.tick();
      p.output(piece, (s) => term.write(s));
      // While running, the bar is on a line of its own, below what was printed.
      const shown = screen(tty);
      expect(shown.slice(0, -1).join('\n')).not.toMatch(/files\/s/);
    }
    p.done();
    p.output('\n', (s) => term.write(s)); // a closing bracket printed after done: no bar again
    expect(screen(tty).join('\n')).toBe(pieces.join('') + '\n');
  });

  it('disabled: output is written as it is', () => {
    let out = '';
    createProgress(3, { write: () => {} }, false).output('x\n', (s) => { out += s; });
    expect(out).toBe('x\n');
  });
});

describe('[progress] inquiry parse on a terminal: stdout and stderr on one screen', () => {
  it.each([['jsonl'], ['yaml'], ['json']])('--format %s: no bar text among the records', async (format) => {
    const dir = mkdtempSync(join(tmpdir(), 'inquiry-progress-'));
    for (let i = 0; i < 7; i++) writeFileSync(join(dir, `f${i}.txt`), `问题一：第${i}个问题怎么落实？\n市政府副市长李某${i}表示，一是健全机制，二是强化监督。\n`);
    let tty = '';
    const term = { write: (s: string) => { tty += s; }, isTTY: true, columns: 80 };
    const code = await main({ argv: ['parse', '.', '--format', format, '--jobs', '1'], stdout: term, stderr: term, env: { NO_COLOR: '1' }, cwd: dir });
    expect(code).toBe(0);
    expect(tty).toContain('files/s'); // the bar was drawn
    const shown = screen(tty).join('\n');
    expect(shown).not.toMatch(/files\/s|\[#/);
    expect(shown.match(/f\d\.txt/g)).toHaveLength(7);
  }, 60_000);
});
