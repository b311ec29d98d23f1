import { describe, expect, it } from 'vitest';
import { withTransfer } from '../../src/extract/case-recipient.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

/** The indicator read for `figure` in `view`, the phrase before it being `phrase`. */
function read(view: string, phrase: string, figure: string) {
  const start = view.indexOf(figure), at = view.indexOf(phrase);
  const span = withTransfer(view, [at, at + phrase.length], start, start + figure.length, defaultSegmenter());
  return view.slice(span[0], span[1]);
}

describe('[case-recipient] cases handed to an institution are counted, with the verb of transfer', () => {
  it.each<[string, string, string, string]>([
    ['移送公安机关4起', '公安机关', '4起', '移送公安机关'],
    ['移送检察院5起', '检察院', '5起', '移送检察院'],
    ['移交纪检监察机关12件', '纪检监察机关', '12件', '移交纪检监察机关'],
    // near-misses
    ['新建卫生院5个', '卫生院', '5个', '卫生院'], // 个 counts the works, no cases
    ['移送案件4起', '案件', '4起', '案件'], // no institution: the noun is what is counted
    ['公安机关4起', '公安机关', '4起', '公安机关'], // no verb before it
  ])('%s', (view, phrase, figure, want) => {
    expect(read(view, phrase, figure)).toBe(want);
  });
});
