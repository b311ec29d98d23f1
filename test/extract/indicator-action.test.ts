import { describe, expect, it } from 'vitest';
import { actionBefore } from '../../src/extract/indicator-action.js';
import { normalize } from '../../src/source/normalize.js';

describe('[indicator-action] the action a count of people measures when no noun names them (real segmenter)', async () => {
  const { defaultSegmenter } = await import('../../src/segment/jieba.js');
  const jieba = defaultSegmenter();
  it.each<[string, string, string | null]>([
    ['全县城镇新增就业4120人', '4120人', '城镇新增就业'],
    ['带动就业1800余人', '1800余人', '带动就业'],
    ['今年吸纳就业560名', '560名', '吸纳就业'],
    ['累计转移就业3.2万人次', '3.2万人次', '转移就业'],
    // a verb of the predicate before the action is the clause's
    ['累计完成新增就业2100人', '2100人', '新增就业'],
    // an intention before the action, the people as its subject: neither is the action
    ['力争带动就业5000人以上', '5000人以上', '带动就业'],
    ['帮助失业人员实现就业860人', '860人', '实现就业'],
    // one verb alone, a count of no people, or no verb at all: nothing here
    ['就业860人', '860人', null],
    ['新增就业岗位300个', '300个', null],
    ['农村劳动力3000人', '3000人', null],
    // an auxiliary of one character is no verb of an action
    ['应到会29人,实到27人', '29人', null],
    // in a tally after a clause closing with its figure, one verb opening its clause names what befell the people
    ['全市发生生产安全事故23起,死亡19人', '19人', '死亡'],
    ['发生事故5起、受伤7人', '7人', '受伤'],
    // near-misses: a verb of a predicate (培训 counts its object), a clause opened by more than a scope
    ['完成道路改造5公里,培训300人', '300人', null],
    ['发生事故5起,当场死亡2人', '2人', null],
  ])('%s [%s] → %s', (text, figure, want) => {
    const view = normalize(text);
    const start = view.indexOf(figure);
    const span = actionBefore(view, start, start + figure.length, jieba);
    expect(span && text.slice(span[0], span[1])).toBe(want);
  });
});
