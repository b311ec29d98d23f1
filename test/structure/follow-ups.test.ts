import { describe, expect, it } from 'vitest';
import { followsOwn, type Asked } from '../../src/structure/follow-ups.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { normalize } from '../../src/source/normalize.js';

describe('[follow-ups] a 追问 by an earlier asker after someone else\'s exchange', () => {
  // Each row: the asker's earlier exchange, the exchange just before, the 追问's words, who answers it, and whether it follows the asker's own question.
  it.each<[string, string, string, string, string, boolean]>([
    ['on the answer just given (停产整治), answered by someone new', '黎委员:PM2.5为什么反弹?\n罗局长:静稳天气多。', '甘委员:超低排放改造何时完成?\n石局长:逾期一律停产整治。', '我追问一句,停产整治会不会影响就业?', '单副市长', false],
    ['the words name the asker\'s own question', '黎委员:PM2.5为什么反弹?\n罗局长:静稳天气多。', '甘委员:超低排放改造何时完成?\n石局长:逾期一律停产整治。', '我追问一下我刚才问的反弹原因,扬尘算不算?', '单副市长', true],
    ['answered by who answered the asker\'s question, and not the one before', '黎委员:PM2.5为什么反弹?\n罗局长:静稳天气多。', '甘委员:超低排放改造何时完成?\n石局长:逾期一律停产整治。', '静稳天气以外还有什么原因?', '罗局长', true],
    ['answered by who answered both', '黎委员:PM2.5为什么反弹?\n罗局长:静稳天气多。', '甘委员:扬尘怎么管?\n罗局长:加强工地监管。', '还有什么原因?', '罗局长', false],
    ['sharing clearly more terms with the asker\'s question', '黎委员:城市更新融资渠道单一怎么办?\n罗局长:完善政策性金融支持。', '甘委员:老旧小区改造有什么支持政策?\n石局长:加大中央财政补助。', '金融支持政策如何惠及中小城市?', '单行长', true],
    ['sharing as much with the one just before', '黎委员:城市更新资金不足怎么办?\n罗局长:发行专项债券。', '甘委员:老旧小区改造资金不足怎么办?\n石局长:加大补助。', '资金不足的问题还有什么办法?', '单副市长', false],
  ])('%s', (_name, ownText, beforeText, words, by, expected) => {
    const text = `${ownText}\n${beforeText}\n黎委员:${words}\n${by}:…`;
    const view = normalize(text);
    const own: Asked = { span: [0, ownText.length], answeredBy: new Set([ownText.split('\n')[1].split(':')[0]]) };
    const beforeAt = ownText.length + 1;
    const before: Asked = { span: [beforeAt, beforeAt + beforeText.length], answeredBy: new Set([beforeText.split('\n')[1].split(':')[0]]) };
    const at = text.lastIndexOf('黎委员:');
    const e: SpeechEvent = { mention: null, role: 'asker', start: at, anchor: at, wordsStart: at + 4, kind: 'label', followUp: true };
    expect(followsOwn(view, e, [by], own, [before, before])).toBe(expected);
  });
});
