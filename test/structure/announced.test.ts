import { describe, expect, it } from 'vitest';
import { announcedLists } from '../../src/structure/announced.js';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';

/** The lists of `text` as [role, names, ordered]. */
function lists(text: string) {
  const view = normalize(text);
  return announcedLists(view, findMentions({ text, view })).map((l) => [l.role, l.members.map((m) => m.name), l.ordered]);
}

describe('[announced] lists of askers and responders named together', () => {
  it.each<[string, string, Array<[string, string[], boolean]>]>([
    ['askers in order, responders in none', '常委会委员祁雪芳、桂永年、宓建成先后提问，区住建局局长庄恒远、区财政局局长蒲立群到会应询。',
      [['asker', ['祁雪芳', '桂永年', '宓建成'], true], ['responder', ['庄恒远', '蒲立群'], false]]],
    ['依次, a comma between the responders', '委员邵文秀、詹立春依次发问，副区长车明达，区水务局局长樊建中到会回答询问。',
      [['asker', ['邵文秀', '詹立春'], true], ['responder', ['车明达', '樊建中'], false]]],
    ['a clause between the list and its verb', '市人大常委会委员卓文华、甄立民就河道治理问题分别提问。',
      [['asker', ['卓文华', '甄立民'], true]]],
    ['等: more people than named, no order', '委员祁雪芳、桂永年等5人先后提问。', [['asker', ['祁雪芳', '桂永年'], false]]],
    ['one person is a list of one', '常委会委员祁雪芳提问，区住建局局长庄恒远到会应询。', [['asker', ['祁雪芳'], false], ['responder', ['庄恒远'], false]]],
  ])('%s', (_name, text, expected) => {
    expect(lists(text)).toEqual(expected);
  });

  it.each([
    ['spoken to', '委员祁雪芳向区住建局局长庄恒远、区财政局局长蒲立群询问。'],
    ['the verb as a noun', '区住建局局长庄恒远、区财政局局长蒲立群的回答很具体。'],
    ['only attending', '区人大代表祁雪芳、桂永年应邀列席并提问。'],
    ['presiding', '区人大常委会主任祁雪芳主持询问。'],
    ['no verb of asking or answering', '委员祁雪芳、桂永年参加了调研。'],
  ])('%s: no list', (_name, text) => {
    expect(lists(text).filter((l) => (l[1] as string[]).length > 1 || l[1][0] === '祁雪芳')).toEqual([]);
  });
});
