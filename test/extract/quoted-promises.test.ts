import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { inQuotedPromise } from '../../src/extract/quoted-promises.js';

describe('[quoted-promises] an earlier promise quoted back gives no figure', () => {
  it.each<[string, string, boolean]>([
    // must read: a quote after 承诺, a chain of quotes, 提出 after a past time
    ['市住房城乡建设局承诺“每个改造小区至少聘请3名居民监督员”，兑现了没有?', '3名', true],
    ['市住房城乡建设局承诺“年底前实现抽查全覆盖”“每个改造小区至少聘请3名居民监督员”，这些承诺兑现了没有?', '3名', true],
    ['你们曾表示“年内新建12处”，现在怎么样?', '12处', true],
    ['去年询问时你们提出“新建12处”，现在怎么样?', '12处', true],
    // near-misses: this session's figure, quoted speech with a colon, a quoted name, 提出 with no past time
    ['我们将新建12处。', '12处', false],
    ['局长表示:“我们将新建12处。”', '12处', false],
    ['实施“千村示范、万村整治”工程，完成整治120个村。', '120个', false],
    ['我们提出“新建12处”的目标。', '12处', false],
    ['承诺的事项已全部完成，共聘请居民监督员2150名。', '2150名', false],
  ])('%s [%s] → %s', (text, figure, want) => {
    const view = normalize(text);
    const at = view.indexOf(figure);
    expect(inQuotedPromise(view, [at, at + figure.length])).toBe(want);
  });
});
