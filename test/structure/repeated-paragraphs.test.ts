import { describe, expect, it } from 'vitest';
import { repeatedParagraphs } from '../../src/structure/repeated-paragraphs.js';
import { splitLines } from '../../src/structure/blocks.js';
import { normalize } from '../../src/source/normalize.js';

/** The copies found among the lines of `text`, as written. */
function copies(text: string): string[] {
  const view = normalize(text);
  const body = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  return repeatedParagraphs(view, body).map((l) => text.slice(l.content[0], l.content[1]));
}

const WHOLE = '县交通局局长 石振宇：谢谢委员。今年改造农村公路86公里，我们做好两件事：一是养护；二是监管。';
const CUT = '县交通局局长 石振宇：谢谢委员。今年改造农村公路86公里，我们做好两件事：一是养';

describe('[repeated-paragraphs] a paragraph repeated by a bad copy', () => {
  it.each<[string, string, string[]]>([
    ['the same paragraph twice in a row: the second', `${WHOLE}\n${WHOLE}`, [WHOLE]],
    ['…the copy with other white space', `${WHOLE}\n　${WHOLE.replace('石振宇', ' 石振宇')}`, [`${WHOLE.replace('石振宇', ' 石振宇')}`]],
    ['a cut-off copy, then the whole paragraph: the cut one', `${CUT}\n${WHOLE}`, [CUT]],
    ['the whole paragraph, then a cut-off copy: the cut one', `${WHOLE}\n${CUT}`, [CUT]],
    ['three times: the second and the third', `${WHOLE}\n${WHOLE}\n${WHOLE}`, [WHOLE, WHOLE]],
  ])('%s', (_name, text, expected) => {
    expect(copies(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['short repeats are ordinary', '谢谢！\n谢谢！'],
    ['a label alone, then its words', '县人大常委会委员、县人大农业农村委主任委员 程立夫：\n县人大常委会委员、县人大农业农村委主任委员 程立夫：问题如下'],
    ['a whole sentence that the next line goes on from', '今年改造农村公路86公里，完成年度任务。\n今年改造农村公路86公里，完成年度任务。其中新建32公里。'],
    ['two paragraphs apart are not a copy in a row', `${WHOLE}\n县人大常委会委员 程立夫：好的。\n${WHOLE}`],
    ['different paragraphs of the same speaker', `${WHOLE}\n县交通局局长 石振宇：另外，明年计划改造农村公路90公里。`],
  ])('none: %s', (_name, text) => {
    expect(copies(text)).toEqual([]);
  });
});
