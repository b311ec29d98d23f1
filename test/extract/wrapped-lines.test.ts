import { describe, expect, it } from 'vitest';
import { joinedBefore } from '../../src/extract/wrapped-lines.js';
import { normalize } from '../../src/source/normalize.js';

/** The joined text and the figure's new start, for the figure `figure` in `text`. */
function join(text: string, figure: string) {
  const start = text.indexOf(figure);
  const j = joinedBefore({ text, view: normalize(text) }, start);
  return j ? [j.pair.text, start - j.shift] : null;
}

describe('[wrapped-lines] a single line break right before a figure is layout', () => {
  it.each<[string, string, [string, number]]>([
    ['维修养护资金\n850万元', '850', ['维修养护资金850万元', 6]],
    ['村级管水员\r\n426名', '426', ['村级管水员426名', 5]],
    ['覆盖人口比例为\n62%。', '62', ['覆盖人口比例为62%。', 7]],
  ])('%j', (text, figure, want) => {
    expect(join(text, figure)).toEqual(want);
  });

  it.each<[string, string]>([
    ['维修养护资金\n\n850万元', '850'], // a blank line: a new paragraph
    ['维修养护资金。\n850万元', '850'], // the line closed on punctuation
    ['表1 2023\n850万元', '850'], // the line closed on a figure (a table's cells)
    ['维修养护资金850万元', '850'], // no break
  ])('left alone: %j', (text, figure) => {
    expect(join(text, figure)).toBeNull();
  });
});
