import { describe, expect, it } from 'vitest';
import { repeatedPost } from '../../src/structure/repeated-posts.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { findMentions } from '../../src/structure/speakers.js';
import { LABEL_AFTER } from '../../src/structure/speech-patterns.js';
import { normalize } from '../../src/source/normalize.js';

const brief = (text: string) =>
  findMentions({ text, view: normalize(text) }, [0, text.length]).map((m) => [m.form, m.name, m.surname, m.title, m.organization]);

describe('[repeated-posts] a title, then the surname and the same post (t67 p08)', () => {
  it.each([
    ['王代表补充问', '代表', { surnameEnd: 1, end: 3 }],
    ['王委员问', '委员', { surnameEnd: 1, end: 3 }],
    ['欧阳委员说', '委员', { surnameEnd: 2, end: 4 }],
    ['王常委问', '常委', { surnameEnd: 1, end: 3 }],
  ])('%s after a %s', (after, post, want) => {
    expect(repeatedPost(lexicon(), normalize(after), 0, after.length, post)).toEqual(want);
  });
  it.each([
    ['王代明问', '代表'], // a given name, no post
    ['王局长说', '代表'], // another post
    ['王代表团', '代表'], // the delegation
    ['王局长说', '局长'], // only the short posts a member is called by
    ['好代表说', '代表'], // no surname
  ])('near-miss: %s after a %s', (after, post) => {
    expect(repeatedPost(lexicon(), normalize(after), 0, after.length, post)).toBeNull();
  });
  it('reads the member as one mention, by surname, with his title and organization', () => {
    expect(brief('市人大代表王代表补充问：外贸企业怎么办？')).toEqual([['surname-title', null, '王', '市人大代表', '市人大']]);
    expect(brief('市人大常委会委员王委员问：外贸企业怎么办？')).toEqual([['surname-title', null, '王', '市人大常委会委员', '市人大常委会']]);
  });
  it('keeps a full name after the title', () => {
    expect(brief('市人大代表王代明问：怎么办？')).toEqual([['title-name', '王代明', '王', '市人大代表', '市人大']]);
  });
});

describe('[speech-patterns] 补充 before a label verb', () => {
  it.each(['补充问：', '补充提问：', '补充回答：', '问：'])('%s is a label', (s) => {
    expect(LABEL_AFTER.test(normalize(s))).toBe(true);
  });
  it.each(['补充：', '补充说明了情况。', '补充问题很多。'])('near-miss %s is no label', (s) => {
    // (补充 with no verb of asking or answering and no colon after it: words, no label.)
    expect(LABEL_AFTER.test(normalize(s))).toBe(false);
  });
});
