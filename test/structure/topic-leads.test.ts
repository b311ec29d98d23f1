import { describe, expect, it } from 'vitest';
import { topicLead } from '../../src/structure/topic-leads.js';
import { normalize } from '../../src/source/normalize.js';

describe('[topic-leads] a reporter\'s bracketed matter opening the asker\'s paragraph', () => {
  // Each row: the line, where the asker's turn is anchored (the text before it), and the lead found (or null).
  it.each<[string, string, string | null]>([
    ['a matter in 【】', '【资金监管】 常委会委员祁某追问资金去向。', '【资金监管】'],
    ['no space after it', '【老旧小区】委员蔺某追问加装电梯进度。', '【老旧小区】'],
    ['a matter with 、 and quotes', '【“三资”管理、审计】 委员严某追问…', '【“三资”管理、审计】'],
    ['in 〖〗', '〖河湖长制〗 委员符某追问…', '〖河湖长制〗'],
    ['in [ ], indented', '  [垃圾分类] 委员孔某追问…', '[垃圾分类]'],
    // not a matter
    ['a role tag 【追问】', '【追问】 委员祁某：资金去向呢？', null],
    ['a role tag 【问】', '【问】 委员祁某：资金去向呢？', null],
    ['a role tag 【补充回答】', '【补充回答】 …', null],
    ['a speaker\'s bracket', '【委员 祁某某】 资金去向呢？', null], // (anchored at its end, as if after the speaker)
    ['a live feed\'s stamp', '【09:12】 委员祁某追问资金去向。', null],
    ['a bracket after the start of the line', '委员祁某【资金监管】追问资金去向。', null],
    ['nothing before the asker', '委员祁某追问资金去向。', null],
  ])('%s', (_name, line, lead) => {
    const view = normalize(line);
    // (The asker's turn: from 委员, else after the first bracket.)
    const at = view.indexOf('委员') > 0 ? view.indexOf('委员') : view.indexOf('】') >= 0 ? view.indexOf('】') + 1 : view.length;
    const span = topicLead(view, 0, at);
    expect(span === null ? null : line.slice(span[0], span[1])).toBe(lead);
  });

  it('the lead must end before the asker\'s turn', () => {
    const view = normalize('【资金监管】 委员祁某追问。');
    expect(topicLead(view, 0, 3)).toBeNull();
  });
});
