import { describe, expect, it } from 'vitest';
import { outsideSpans } from '../../src/structure/outside.js';
import { splitLines } from '../../src/structure/blocks.js';
import { normalize } from '../../src/source/normalize.js';

describe('[outside] the content no question section covers', () => {
  // Each row: the text, the sections (as the words they span, from the first occurrence), the stretches left, as text.
  it.each<[string, string, string[], string[]]>([
    ['an introduction before the only section', '近日,某县人大常委会开展专题询问。\n问题一:学位够不够?\n局长某:够。', ['问题一:学位够不够?\n局长某:够。'], ['近日,某县人大常委会开展专题询问。']],
    ['narration between two sections, and a closing', '导语。\n委员甲问:甲?\n局长乙答:乙。\n会场掌声。\n委员丙问:丙?\n询问结束。', ['委员甲问:甲?\n局长乙答:乙。', '委员丙问:丙?'], ['导语。', '会场掌声。', '询问结束。']],
    ['a section ending mid-line leaves the rest of the line', '委员甲问:甲?局长乙答:乙。 附:说明', ['委员甲问:甲?局长乙答:乙。'], ['附:说明']],
    ['neighbouring lines left are one stretch', '第一行。\n第二行。\n委员甲问:甲?', ['委员甲问:甲?'], ['第一行。\n第二行。']],
    ['everything covered', '委员甲问:甲?', ['委员甲问:甲?'], []],
  ])('%s', (_name, text, covered, left) => {
    const view = normalize(text);
    const content = splitLines(view).filter((l) => l.content[1] > l.content[0]);
    const sections = covered.map((w): [number, number] => { const at = text.indexOf(w); return [at, at + w.length]; });
    expect(outsideSpans(view, content, sections).map(([s, e]) => text.slice(s, e))).toEqual(left);
  });
});
