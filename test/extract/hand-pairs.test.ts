// 一手抓…,一手抓…: two halves of a pair of measures (src/extract/hand-pairs.ts), read through findMarkers/buildRuns and readBlocks.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { findMarkers } from '../../src/extract/markers.js';
import { buildRuns } from '../../src/extract/enumeration-runs.js';
import { readBlocks } from '../../src/extract/enumeration.js';

/** The runs of a text as lists of "marker:ordinal". */
function runs(text: string): string[][] {
  const view = normalize(text);
  return buildRuns(findMarkers(view, 0, view.length)).map((r) => r.markers.map((m) => `${text.slice(m.span[0], m.span[1])}:${m.ordinal}`));
}

/** The item texts of the lists of a text. */
function items(text: string): string[][] {
  const view = normalize(text);
  return readBlocks(view, 0, view.length).map((b) => b.items.map((it) => text.slice(it.start, it.end)));
}

describe('[hand-pairs] the halves of 一手抓 that are clause groups of their own are a pair', () => {
  it.each([
    ['announced by 两手抓, parted by ；', '我们坚持“两手抓”。一手抓源头治理，全面落实三项制度；一手抓执法查处，今年立案73件。', [['一手抓:1', '一手抓:2']]],
    ['after its subject, parted by ；', '我们一手抓源头治理，落实工资专户；一手抓执法查处，追回工资3150万元。', [['一手抓:1', '一手抓:2']]],
    ['另一手抓 closes it', '一手抓源头治理，落实工资专户；另一手抓执法查处，追回工资。', [['一手抓:1', '另一手抓:2']]],
    ['parted by a comma, the first half going on with a clause', '一手抓源头治理，落实工资专户，一手抓执法查处，追回工资。', [['一手抓:1', '一手抓:2']]],
    ['two pairs in two paragraphs', '一手抓建设，新建泵站3座；一手抓管理，落实运维。\n一手抓宣传，进社区50场；一手抓执法，立案9件。', [['一手抓:1', '一手抓:2'], ['一手抓:1', '一手抓:2']]],
  ])('%s', (_label, text, want) => {
    expect(runs(text)).toEqual(want);
  });
  it.each([
    ['a slogan under a verb (坚持…,…)', '坚持一手抓发展,一手抓安全。'],
    ['a slogan of bare verb-objects', '一手抓建设,一手抓管理。'],
    ['joined by 、 inside a clause', '我们一手抓发展、一手抓安全,确保平稳。'],
    ['a lone 一手抓', '一手抓到底,绝不放松。'],
    ['一手 without 抓', '一手托两家;一手交钱。'],
    ['一手抓 then 另一方面 (no pair of one kind)', '一手抓源头治理，落实三项制度。另一方面，加强执法。'],
  ])('none: %s', (_label, text) => {
    expect(runs(text)).toEqual([]);
  });
});

describe('[hand-pairs] items of a 一手抓 pair', () => {
  it('each half runs from after its 一手抓; the closing half has no third after it (同时,…)', () => {
    expect(items('一手抓源头治理，落实工资专户；一手抓执法查处，追回工资3150万元；同时，加强宣传。')).toEqual([['源头治理，落实工资专户', '执法查处，追回工资3150万元']]);
  });
});
