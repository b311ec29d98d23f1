// Through extractQuantities: src/extract/rate-carry.ts gives the figure a rate changes to the rate's unit.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { fakeSegmenter } from './fake-segmenter.js';

function quantities(text: string) {
  const pair = { text, view: normalize(text) };
  return extractQuantities(pair, [0, text.length], { segmenter: fakeSegmenter, exclude: [] });
}

describe('[rate-carry] the level a rate changes to is in the rate', () => {
  it.each<[string, [string, string][]]>([
    ['高龄津贴由每人每月60元提高到100元', [['每人每月60元', '元/人/月'], ['100元', '元/人/月']]],
    ['土地流转费从每亩300元增至450元', [['每亩300元', '元/亩'], ['450元', '元/亩']]],
    ['污水处理费由每吨0.95元调整为1.2元', [['每吨0.95元', '元/吨'], ['1.2元', '元/吨']]],
    ['保洁费由每户每月10元下调至8元', [['每户每月10元', '元/户/月'], ['8元', '元/户/月']]],
    ['新增泊位由每年600个提高到900个', [['每年600个', '个/年'], ['900个', '个/年']]],
    ['户均补助由2000元提高到2600元', [['2000元', '元/户'], ['2600元', '元/户']]],
    ['补助由每人每月80元提高到不低于100元', [['每人每月80元', '元/人/月'], ['不低于100元', '元/人/月']]],
  ])('%s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });

  it.each<[string, [string, string][]]>([
    // another unit, or words between that are no verb of change
    ['每人每月80元,全年发放1200万元', [['每人每月80元', '元/人/月'], ['1200万元', '元']]],
    ['每亩补助200元提高到2.5%', [['200元', '元/亩'], ['2.5%', '%']]],
    ['每人每月80元,提高到100元', [['每人每月80元', '元/人/月'], ['100元', '元']]],
  ])('no carry: %s', (input, want) => {
    expect(quantities(input).map((q) => [q.text, q.unit])).toEqual(want);
  });
});
