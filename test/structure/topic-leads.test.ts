/** A news report's topic leads: 【资金使用】 opening a question's first paragraph, as its label (topicLeads) and as a new matter (topicLead). */
import { describe, expect, it } from 'vitest';
import { topicLead, topicLeads } from '../../src/structure/topic-leads.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

/** The leads of `text` whose question sections start at each paragraph (lines split on "\n"), as written. */
function leads(text: string, mentioned: string[] = []) {
  const view = normalize(text);
  const starts: number[] = [];
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) starts.push(at);
  const mentions = mentioned.map((w) => { const at = text.indexOf(w); return { span: [at, at + w.length] } as unknown as SpeakerMention; });
  return topicLeads(view, starts, mentions).map((s) => (s ? text.slice(s[0], s[1]) : null));
}

describe('[topic-leads]', () => {
  it.each<[string, string, Array<string | null>]>([
    ['leads before reported speech', '【校车安全】 市人大代表甲关心校车安全。\n【课后服务】 市人大常委会委员乙问道：收费怎么定？',
      ['【校车安全】', '【课后服务】']],
    ['no space after the lead', '【校车安全】市人大代表甲关心校车安全。\n【课后服务】市人大常委会委员乙问道：收费怎么定？', ['【校车安全】', '【课后服务】']],
    ['a paragraph without a lead between', '【校车安全】 市人大代表甲关心校车安全。\n局长丙说，将增加校车。\n【课后服务】 委员乙问道：收费怎么定？',
      ['【校车安全】', null, '【课后服务】']],
  ])('%s', (_name, text, expected) => {
    expect(leads(text)).toEqual(expected);
  });
  it.each<[string, string, string[]]>([
    ['one lead only', '【校车安全】 市人大代表甲关心校车安全。\n委员乙问道：收费怎么定？', []],
    ['a scene tag repeated', '【现场】 市人大代表甲问道：校车够吗？\n【现场】 委员乙问道：收费怎么定？', []],
    ['role tags', '【问】校车够吗？\n【答】够。\n【追问】收费怎么定？', []],
    ['bracketed speakers', '【委员 甲某】校车够吗？\n【委员 乙某】收费怎么定？', ['委员 甲某', '委员 乙某']],
    ['a subhead alone on its line', '【校车安全】\n市人大代表甲关心校车安全。\n【课后服务】\n委员乙问道：收费怎么定？', []],
    ['clock times in brackets', '【10时05分】 市人大代表甲问道：校车够吗？\n【10时20分】 委员乙问道：收费怎么定？', []],
    ['a sentence in brackets', '【校车安全，群众关心】 市人大代表甲问道：校车够吗？\n【课后服务，家长关心】 委员乙问道：收费怎么定？', []],
  ])('no leads: %s', (_name, text, mentioned) => {
    expect(leads(text, mentioned).every((l) => l === null)).toBe(true);
  });
});

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
