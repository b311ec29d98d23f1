/** A news report's topic leads: 【资金使用】 opening a question's first paragraph. */
import { describe, expect, it } from 'vitest';
import { topicLeads } from '../../src/structure/topic-leads.js';
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
