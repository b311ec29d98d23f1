import { describe, expect, it } from 'vitest';
import { addressedOfficials } from '../../src/structure/addressed-officials.js';
import type { Person } from '../../src/model/record.js';
import { normalize } from '../../src/source/normalize.js';

const person = (name: string, titles: string[], organization: string | null): Person => ({ id: name, name, titles, organization, roles: [], mentions: [] });
const persons = [person('罗强', ['副省长'], null), person('王明', ['市财政局局长'], '市财政局'), person('贺振江', ['副市长、市公安局局长'], '市公安局')];
const offices = (text: string) => addressedOfficials(normalize(text), [0, text.length], persons);

describe('[addressed-officials] 问<name><post>: the office of the official asked', () => {
  it.each([
    ['我想问罗强副省长，省级财政对困难群众参保资助还能不能再提高？', ['省政府']],
    ['请问罗副省长，资金从哪里来？', ['省政府']], // surname and post, one person bears it
    ['请问王明局长，预算怎么安排？', ['市财政局']],
    ['请问贺副市长，公安机关如何打击？', ['市政府']], // asked as 副市长: the government, not his bureau
  ])('%s → %j', (text, expected) => {
    expect(offices(text)).toEqual(expected);
  });

  it.each([
    '请问张华局长，预算怎么安排？', // nobody of that name
    '我的问题罗强副省长已经回答了。', // 问题 is no verb
    '请问局长，预算怎么安排？', // a post with no name (addressees.ts reads offices)
    '我想问罗强副省长的意见是什么', // no pause after the post: the official is no addressee here
  ])('%s → none', (text) => {
    expect(offices(text)).toEqual([]);
  });
});
