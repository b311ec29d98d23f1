import { describe, expect, it } from 'vitest';
import { bodyMatches, BODY } from '../../src/structure/session-body.js';

describe('[session-body] body matches near their words equal a full scan', () => {
  const pieces = ['曲靖市', '六届', '第十八届', '人大常委会', '人民代表大会', '常务委员会', '青石镇', '乡', '全国', '近日,', '。', ' ', '12', '名', '𠀀', '\ud840', '省', '自治区', '主任会议', '召开', 'abc', '2025年', '一二三四五六七八九十', '委员'];
  it('on generated introductions', () => {
    let seed = 11;
    const rand = (k: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % k; };
    for (let round = 0; round < 3000; round++) {
      const s = Array.from({ length: rand(30) }, () => pieces[rand(pieces.length)]).join('');
      const full = [...s.matchAll(BODY)].map((m) => [m.index, m[0]]);
      expect(bodyMatches(s).map((m) => [m.index, m[0]])).toEqual(full);
    }
  });
});
