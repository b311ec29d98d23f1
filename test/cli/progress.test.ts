import { describe, expect, it } from 'vitest';
import { clock, createProgress } from '../../src/cli/progress.js';

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
