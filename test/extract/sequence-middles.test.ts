import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';
import { readBlocks } from '../../src/extract/enumeration.js';

/** The items of the lists of `text` as [marker, text]. */
function lists(text: string): [string | null, string][][] {
  const view = normalize(text);
  return readBlocks(view, 0, view.length, (p) => p, quoteMask(view)).map((b) => b.items.map((it) => [it.marker?.text ?? null, text.slice(it.start, it.end)]));
}

describe('[sequence-middles] a connective paragraph inside 首先…最后 is a member of the sequence', () => {
  it.each([
    ['同时 between 首先 and 最后', '我们从三个方面推进。\n首先，完善收运网络。\n同时，推行定时定点投放。\n最后，建立考核机制。',
      [[['首先', '完善收运网络'], ['同时', '推行定时定点投放'], ['最后', '建立考核机制']]]],
    ['此外 after 其次', '首先，摸清底数。\n其次，完善台账。\n此外，加强巡查。\n最后，落实责任。',
      [[['首先', '摸清底数'], ['其次', '完善台账'], ['此外', '加强巡查'], ['最后', '落实责任']]]],
    ['two connectives (另外, 再者)', '首先，摸清底数。\n\n另外，完善台账。\n\n再者，加强巡查。\n\n最后，落实责任。',
      [[['首先', '摸清底数'], ['另外', '完善台账'], ['再者', '加强巡查'], ['最后', '落实责任']]]],
  ])('%s', (_label, text, want) => {
    expect(lists(text)).toEqual(want);
  });

  it.each([
    ['no 最后 closes the sequence', '首先，摸清底数。\n其次，完善台账。\n同时，各县也在推进。',
      [[['首先', '摸清底数'], ['其次', '完善台账']]]],
    ['同时 inside a line stays in its item', '首先，摸清底数，同时完善台账。\n最后，落实责任。',
      [[['首先', '摸清底数，同时完善台账'], ['最后', '落实责任']]]],
    ['同时 before 其次 claims no place', '首先，摸清底数。\n同时，各县也在推进。\n其次，完善台账。\n最后，落实责任。',
      [[['首先', '摸清底数'], ['其次', '完善台账'], ['最后', '落实责任']]]],
  ])('left alone: %s', (_label, text, want) => {
    expect(lists(text)).toEqual(want);
  });
});
