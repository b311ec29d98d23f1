/** plausibility: the share of common characters, the evidence between GB18030 and Big5. */
import { describe, expect, it } from 'vitest';
import { plausibility, PLAUSIBLE } from '../../src/source/plausible.js';
import { encodeLegacy } from './legacy-encoders.js';

describe('[plausible] plausibility', () => {
  it.each([
    ['Simplified', '问题二：市卫健委如何加强基层医疗服务？'],
    ['Traditional', '問題二：市衛健委如何加強基層醫療服務？'],
    ['ASCII and figures', 'Q2: 2024年投入3.5亿元 (GDP +5%)'],
    ['decorated with symbols', '━━━━ ▶ 点击关注 ① ② ③ ✦'],
  ])('%s text is plausible', (_name, text) => {
    expect(plausibility(text)).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['Big5 bytes read as GB18030', '市人大常委會就養老服務體系建設開展專題詢問。', 'big5', 'gb18030'],
    ['GBK bytes read as Big5', '市人大常委会就养老服务体系建设开展专题询问。', 'gbk', 'big5'],
  ] as const)('%s is not', (_name, text, from, as) => {
    const mojibake = new TextDecoder(as).decode(encodeLegacy(text, from));
    expect(plausibility(mojibake)).toBeLessThan(PLAUSIBLE);
  });

  it('kana, Cyrillic and private-use characters are not common', () => {
    expect(plausibility('カタカナпривет\ue000\ue001')).toBe(0);
  });

  it('nothing to judge (white space, symbols) counts as plausible', () => {
    expect(plausibility(' \n\u3000━━')).toBe(1);
  });
});
