/**
 * Offset ↔ line/column, derived from one index built per text.
 *
 * Offsets are the truth (0-based UTF-16 code units); line and column are a view,
 * both 1-based, column counted in UTF-16 code units. Example: in "问题一:\n市政府", offset 5
 * (市) is line 2, column 1. A line ends at "\n", "\r\n" or a lone "\r".
 */
export interface Point {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) this.starts.push(i + 1);
    }
  }

  /** 1-based line and column of a 0-based offset. */
  toPoint(offset: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }

  /** 0-based offset of a 1-based line and column. */
  toOffset(point: Point): number {
    return (this.starts[point.line - 1] ?? this.text.length) + point.column - 1;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
