import { describe, expect, it } from 'vitest';
import { quotedAskerMentions } from '../../src/structure/quoted-askers.js';
import { buildStructure } from '../../src/structure/build.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';
import { expectStructureInvariants } from '../helpers/structure.js';

function names(text: string): string[] {
  const pair = { text, view: normalize(text) };
  return quotedAskerMentions(pair, lexicon(), [0, text.length], []).map((m) => m.name!);
}

describe('[quoted-askers] a name after a closing quote, asking in a quotation of its own', () => {
  it.each<[string, string[]]>([
    ['常委会委员邵凤琴问：“种业卡脖子问题怎么破？”苗成林接着问：“农业保险能不能扩面？”', ['苗成林']],
    ['“资金缺口怎么补？”祁玉兰追问：“明年能不能到位？”', ['祁玉兰']],
    ['“河长制落实得怎么样？”樊建华随后问道：“巡河率是多少？”', ['樊建华']],
  ])('must read: %s', (text, want) => expect(names(text)).toEqual(want));
  it.each<[string]>([
    ['“种业卡脖子问题怎么破？”他接着问：“农业保险能不能扩面？”'], // a pronoun, no name
    ['“种业卡脖子问题怎么破？”记者问：“农业保险能不能扩面？”'], // a word, no name
    ['“种业卡脖子问题怎么破？”苗成林表示，将加快推进。'], // no asking in a quotation
    ['“种业卡脖子问题怎么破？”苗成林接着问，农业保险能不能扩面？'], // no quotation after the verb
  ])('leaves alone: %s', (text) => expect(names(text)).toEqual([]));

  it("the next asker's turn is theirs, in the question the two ask together", () => {
    const text = '2025年4月28日，十四届全国人大常委会第十五次会议举行联组会议，就农业法实施情况进行专题询问。农业农村部部长韦广明到会回答询问。\n\n常委会委员邵凤琴问：“种业卡脖子问题怎么破？”苗成林接着问：“农业保险能不能扩面？”\n\n韦广明回答说，将实施种业振兴行动。';
    const s = buildStructure({ text, view: normalize(text) });
    expectStructureInvariants(text, s);
    const n = (id: string | null) => s.people.find((p) => p.id === id)?.name;
    expect(s.questions.map((q) => q.turns.map((t) => [t.role, n(t.speaker), t.text.slice(0, 6)]))).toEqual([[
      ['asker', '邵凤琴', '常委会委员邵'], ['asker', '苗成林', '苗成林接着问'], ['responder', '韦广明', '韦广明回答说'],
    ]]);
  });
});
