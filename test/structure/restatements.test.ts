import { describe, expect, it } from 'vitest';
import { restatesQuestion } from '../../src/structure/restatements.js';
import { buildStructure } from '../../src/structure/build.js';
import { normalize } from '../../src/source/normalize.js';

const build = (text: string) => buildStructure({ text, view: normalize(text) });

describe('[restatements] the chair restating a member\'s question', () => {
  it.each<[string, boolean]>([
    ['柯委员的问题实际上是养护资金的问题。我再把问题重复一下:危桥什么时候修完?请县交通运输局回答。', true],
    ['柯委员的问题是,去年的41座修了多少?请龙局长再回答一下。', true],
    ['柯委员的意思是说,修和管要衔接。我把这个问题再问得具体一点:谁来管?请龙海平局长回答。', true],
    ['我把柯委员的意思再明确一下,请副县长表个态。', true],
    ['刚才提的问题其实是资金问题,请县财政局回答。', true],
    // the chair's own question
    ['柯委员的问题很重要,我也想问一下,危桥什么时候修完?', false],
    ['请问县交通运输局,危桥什么时候修完?', false],
    ['下面请柯委员提问。', false],
  ])('%s → %s', (words, expected) => {
    expect(restatesQuestion(words)).toBe(expected);
  });
});

describe('[restatements] in a transcript the restated question stays the member\'s', () => {
  const INTRO = '县人大常委会副主任程立群主持会议。\n\n';
  const FIRST = '柯文静委员：我想问县交通运输局。危桥有多少座？\n\n县交通运输局局长龙海平：有41座，今年修12座。\n\n';
  it.each<[string, string]>([
    ['the chair under a bare name', '程立群：柯委员的问题实际上是进度问题。我再把问题重复一下：剩下的29座什么时候修完？请县交通运输局回答。'],
    ['the 主持人 label', '主持人：柯委员的问题是，剩下的29座什么时候修完？请龙局长再回答一下。'],
  ])('%s: no question of the chair, the answer goes on the member\'s', (_label, line) => {
    const s = build(`${INTRO}${FIRST}${line}\n\n龙海平：明年底前全部修完。\n`);
    expect(s.questions).toHaveLength(1);
    expect(s.people.find((p) => p.name === '程立群')).toBeUndefined();
    expect(s.questions[0].turns.map((t) => t.role)).toEqual(['asker', 'responder', 'narration', 'responder']);
  });
});
