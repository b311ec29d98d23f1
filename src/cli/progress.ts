/**
 * A progress bar on stderr for long batches: count, rate and time left.
 *
 * Example: `  312/800 [#######..........]  39%  45.1 files/s  0:11 left`, redrawn in place
 * at most ten times a second. ASCII only: block characters are of ambiguous width and
 * take two columns in many Chinese-locale terminals, which would wrap the line. Shown only when there are more than a few files, stderr is a
 * TTY and --quiet is off; otherwise every method does nothing, so piped or logged runs
 * never see carriage returns. Lines printed while the bar is up (`log`) clear it first, and so
 * does standard output on the same terminal (`output`): records printed to the screen never
 * carry the bar's text (` 17/62 [###…] 27% … left---`); it is drawn again below them.
 */
import type { Writable } from './io.js';

/** More files than this count as a long run (progress bar, parallel workers by default). */
export const FEW_FILES = 4;

export interface Progress {
  tick(): void;
  /** Print a whole line (an error) without tearing the bar. */
  log(line: string): void;
  /**
   * Write `text` to standard output when it is a terminal, with `write`: the bar is erased first
   * and drawn again after, once the output ends a line (never in the middle of one of its lines).
   */
  output(text: string, write: (s: string) => void): void;
  done(): void;
}

export function createProgress(total: number, stderr: Writable, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled) return { tick() {}, log: (line) => { stderr.write(line); }, output: (text, write) => write(text), done() {} };
  const started = now();
  let count = 0;
  let drawn = 0;
  let visible = false;
  // Standard output (on this terminal) stopped in the middle of a line: no bar until it ends one.
  let midLine = false;
  // After `done` (the stream's closing bracket may still be printed), the bar is not drawn again.
  let over = false;
  const width = () => Math.max(40, Math.min(stderr.columns ?? 80, 100));
  const draw = () => {
    if (midLine || over) return;
    const elapsed = Math.max((now() - started) / 1000, 1e-3);
    const rate = count / elapsed;
    const left = rate > 0 ? (total - count) / rate : NaN;
    const stats = ` ${String(count).padStart(String(total).length)}/${total} `;
    const tail = ` ${String(Math.floor((count / total) * 100)).padStart(3)}%  ${rate.toFixed(1)} files/s  ${clock(left)} left`;
    const barWidth = Math.max(10, width() - stats.length - tail.length - 3);
    const full = Math.round((count / total) * barWidth);
    stderr.write(`\r${stats}[${'#'.repeat(full)}${'.'.repeat(barWidth - full)}]${tail}\x1b[K`);
    visible = true;
    drawn = now();
  };
  const clear = () => {
    if (visible) stderr.write('\r\x1b[K');
    visible = false;
  };
  return {
    tick() {
      count++;
      if (now() - drawn >= 100 || count === total) draw();
    },
    log(line) {
      clear();
      stderr.write(line);
      draw();
    },
    output(text, write) {
      if (text === '') return;
      clear();
      write(text);
      midLine = !text.endsWith('\n');
      draw();
    },
    done() {
      clear();
      over = true;
    },
  };
}

/** Seconds as m:ss (or h:mm:ss); "-:--" before a rate is known. */
export function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '-:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
