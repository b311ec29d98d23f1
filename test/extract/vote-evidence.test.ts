import { describe, expect, it } from 'vitest';
import { rateMayBeVote, saysVoted } from '../../src/extract/vote-evidence.js';
import { normalize } from '../../src/source/normalize.js';

describe('[vote-evidence] a 满意率 is a vote only where the members voted (t69 #1)', () => {
  // Each row: the text, whether it says the members voted.
  it.each<[string, boolean]>([
    ['会议对市公安局的回答进行了满意度测评，满意率为96.4%。', true],
    ['应到会委员33人，实际到会30人，满意率为96.7%。', true],
    ['测评结果：满意票20票，基本满意票6票。', true],
    ['常委会组成人员通过表决器进行了投票。', true],
    ['各应询部门满意率均在90%以上。', true],
    // near-misses: a survey an official quotes, a target he promises, a satisfaction he plans to survey
    ['我们委托第三方开展的调查显示，全区群众对公共法律服务的知晓率为71.4%，满意率为88.6%。', false],
    ['力争到2027年底全区公共法律服务群众满意率达到95%以上。', false],
    ['群众满意率为92%，比上年提高3个百分点。', false],
    ['第三方满意度测评显示，群众满意率为88%。', false],
  ])('%s', (text, voted) => {
    expect(saysVoted(normalize(text))).toBe(voted);
  });

  // Each row: the text, where its rate is, whether the rate may be a vote's.
  it.each<[string, string, boolean]>([
    ['会议进行了满意度测评，满意率为96.4%。', '满意率', true],
    ['满意18票，基本满意9票，满意和基本满意票数合计占实到人数的93.5%。', '占实到', true],
    ['测评结果显示，满意率为95%。', '满意率', true],
    ['抽样调查显示，满意率为88.6%。', '满意率', false],
    ['确保满意率达到95%以上。', '满意率', false],
    ['满意率要达到95%以上。', '满意率', false],
    ['将患者满意率提高到95%。', '满意率', false],
  ])('%s', (text, at, may) => {
    const view = normalize(text);
    expect(rateMayBeVote(view, view.indexOf(at))).toBe(may);
  });
});
