import { describe, expect, it } from 'vitest';
import { appliedStandard, withoutGiving } from '../../src/extract/indicator-giving.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();

describe('[indicator-giving] a figure given or paid is what it is given as (real segmenter)', () => {
  it.each<[string, string, string, string | null]>([
    // text, figure, the phrase read before it, the indicator
    ['对困难群众给予500元救助', '500元', '困难群众给予', '救助'],
    ['向企业发放200万元奖励资金', '200万元', '企业发放', '奖励资金'],
    ['县财政拨付30万元补助。', '30万元', '县财政拨付', '补助'],
    // nothing after: the phrase without its verb
    ['县财政拨付30万元', '30万元', '县财政拨付', '县财政'],
    // 奖励 is a verb after the recipient 对 names
    ['对考核优秀的服务站奖励2万元', '2万元', '服务站奖励', '服务站'],
    // no verb of giving: the phrase as read
    ['争取专项资金200万元', '200万元', '专项资金', '专项资金'],
  ])('%s [%s] → %s', (text, figure, phrase, want) => {
    const view = normalize(text);
    const at = view.indexOf(phrase);
    const span = withoutGiving(view, [at, at + phrase.length], view.indexOf(figure) + figure.length, jieba);
    expect(span && text.slice(span[0], span[1])).toBe(want);
  });

  it.each<[string, string, string | null]>([
    ['按照每亩每年不低于20元的标准落实管护资金', '20元', '管护资金'],
    ['按照每人每月300元的标准给予运营补助', '300元', '运营补助'],
    ['每亩20元的补助', '20元', null],
  ])('a standard applied: %s → %s', (text, figure, want) => {
    const view = normalize(text);
    const span = appliedStandard(view, view.indexOf(figure) + figure.length, jieba);
    expect(span && text.slice(span[0], span[1])).toBe(want);
  });
});
