/**
 * A rarely matching regexp, built and run only on text holding what every match of it needs.
 *
 * Example: the written answer's label "市财政局书面答复:…" cannot match a line without 书面, so
 * `gated(['书面'], () => /…书面(?:答复|回复|回答)…/u).test(line)` answers false on every other line without
 * running the regexp, and on a transcript with no written answer never builds or compiles it.
 *
 * Why: V8 compiles a regexp to machine code on its first run, whether it matches or not; on the seed about
 * 500 of the ~740 regexps a parse runs never match, and compiling them was ~17 ms of a ~270 ms one-file run.
 * `text.includes(literal)` costs no compiling. The gate is exact, never a heuristic: `needs` lists groups of
 * literal strings, and every match of the regexp holds (or looks around at) at least one string of each
 * group — derived from the pattern itself (a word it requires, or each alternative's word), so a text that
 * fails the gate is one on which the regexp finds nothing. A pattern with no such literal is not gated.
 * Gate a regexp where a profile shows it costs; the test of every gate (test/source/gated.test.ts) runs
 * each one gated and ungated over the fixtures.
 */

/**
 * The longest text a gate reads (UTF-16 code units); a longer one goes to the regexp itself. An anchored pattern fails
 * at its anchor in a few steps, where `includes` reads the whole text: asked of the words before each mention on a
 * line of megabytes (a page saved as one paragraph), reading them all made a parse grow with the square of the line.
 */
export const GATE_READS = 4096;

/** Every gate made (gates are made once, at module load): the test reads them all. */
export const GATES: Gated[] = [];

export class Gated {
  private built: RegExp | null = null;

  /**
   * `needs`: groups of literal strings; every match holds one string of each group. `build`: makes the regexp
   * (a literal in a function, so that it is neither parsed nor compiled before a text passes the gate).
   */
  constructor(readonly needs: readonly (readonly string[])[], private readonly build: () => RegExp) {
    GATES.push(this);
  }

  /** Whether the regexp may match in `text`: false when some group of `needs` has no string in it (a text longer than GATE_READS: true). */
  admits(text: string): boolean {
    if (text.length > GATE_READS) return true;
    for (const group of this.needs) {
      let found = false;
      for (const s of group) if (text.includes(s)) { found = true; break; }
      if (!found) return false;
    }
    return true;
  }

  /** The regexp itself, built on first use (for a sticky read at lastIndex, after `admits`). */
  get regexp(): RegExp {
    return (this.built ??= this.build());
  }

  /** `regexp.test(text)`, false without running it when the gate refuses the text. */
  test(text: string): boolean {
    if (this.admits(text)) return this.regexp.test(text);
    this.failed();
    return false;
  }

  /** `regexp.exec(text)`, null without running it when the gate refuses the text. */
  exec(text: string): RegExpExecArray | null {
    if (this.admits(text)) return this.regexp.exec(text);
    this.failed();
    return null;
  }

  /** `text.replace(regexp, replacement)`: the text itself when the gate refuses it. */
  replace(text: string, replacement: string | ((substring: string, ...args: any[]) => string)): string {
    if (!this.admits(text)) return text;
    return typeof replacement === 'string' ? text.replace(this.regexp, replacement) : text.replace(this.regexp, replacement);
  }

  /** `text.matchAll(regexp)` (a global regexp): nothing when the gate refuses the text. */
  matchAll(text: string): IterableIterator<RegExpMatchArray> | readonly RegExpMatchArray[] {
    return this.admits(text) ? text.matchAll(this.regexp) : [];
  }

  /** A failed test or exec of a global or sticky regexp sets its lastIndex to 0: so does a refusal. */
  private failed(): void {
    if (this.built && (this.built.global || this.built.sticky)) this.built.lastIndex = 0;
  }
}

/** A gate on `build()`'s regexp: `needs` is one group (any of its strings) or several (one string of each). */
export function gated(needs: readonly string[] | readonly (readonly string[])[], build: () => RegExp): Gated {
  const groups = needs.length > 0 && Array.isArray(needs[0]) ? (needs as readonly (readonly string[])[]) : [needs as readonly string[]];
  return new Gated(groups, build);
}
