/**
 * A small stand-in for the jieba segmenter in extract tests: forward maximum matching over a
 * tagged word list, digits as one `m` token, punctuation as `x`, any other character alone
 * and untagged. Example: cut("矛盾纠纷化解率97.78%") → 矛盾/纠纷/化解/率/97.78/%.
 * Offsets are UTF-16, end-exclusive, into the string passed in.
 */
import type { Segmenter, Token } from '../../src/segment/segmenter.js';

/** word → jieba-style tag (n noun, v verb, vn verbal noun, a adjective, p preposition …). */
const WORDS: Record<string, string> = {
  矛盾: 'an', 纠纷: 'n', 化解: 'v', 率: 'v', 完成: 'v', 生命: 'vn', 防护: 'v', 工程: 'n', 无人机: 'l',
  实现: 'v', 三级: 'b', 医院: 'n', 警务室: 'n', 全: 'a', 覆盖: 'v', 全市: 'n', 事项: 'n', 平均: 'a',
  进驻: 'v', 依托: 'v', 已建: 'x', 的: 'uj', 公益: 'n', 诉讼: 'vn', 指挥: 'v', 中心: 'n', 快: 'a',
  检快: 'x', 测: 'vn', 实验室: 'n', 结合: 'v', 规范: 'n', 相关: 'v', 经营: 'vn', 主体: 'n', 以: 'p',
  全国: 'n', 全省: 'n', 检察机关: 'n', 人才库: 'n', 人员: 'n', 为: 'p', 引领: 'v', 网上: 's', 巡查: 'vn',
  收集: 'v', 民情: 'n', 推进: 'v', 群众: 'n', 身边: 's', 实事: 'n', 建议: 'n', 解决: 'v', 问题: 'n',
  条线: 'x', 干警: 'j', 分: 'v', 批次: 'd', 较: 'zg', 去年: 't', 提高: 'v', 每期: 'r', 培训: 'vn',
  面积: 'n', 达到: 'v', 资金: 'n', 投入: 'v', 选派: 'v', 法官: 'n', 参与: 'v', 组织: 'v', 个: 'q', 台: 'q',
  家: 'q', 条: 'q', 名: 'q', 公里: 'q', 平方米: 'q', 万元: 'm', 公益诉讼: 'n', 仍: 'zg', 有: 'v', 分别: 'd', 老年: 'n', 人口: 'n', 覆盖率: 'n', 一是: 'm', 新建: 'v', 养老: 'vn', 改造: 'v', 增加: 'v', 政务: 'n', 服务: 'vn', 大厅: 'n', 从: 'p', 增至: 'v', 已: 'd', 实施: 'v', 及: 'c', 律师: 'n', 年: 'm',
  今年以来: 'l', 截至: 'v', 目前: 't', 全县: 'n', 农村: 'n', 生活: 'vn', 污水: 'n', 治理率: 'n',
};
const LONGEST = Math.max(...Object.keys(WORDS).map((w) => w.length));

function cut(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const num = /^\d+(?:\.\d+)?/.exec(text.slice(i));
    if (num) { out.push({ text: num[0], span: [i, i + num[0].length], tag: 'm' }); i += num[0].length; continue; }
    let len = Math.min(LONGEST, text.length - i);
    while (len > 1 && !(text.slice(i, i + len) in WORDS)) len--;
    const word = text.slice(i, i + len);
    const tag = WORDS[word] ?? (/[\p{P}\p{S}\s]/u.test(word) ? 'x' : undefined);
    out.push(tag ? { text: word, span: [i, i + len], tag } : { text: word, span: [i, i + len] });
    i += len;
  }
  return out;
}

export const fakeSegmenter: Segmenter = {
  cut,
  tag: cut,
  keywords: () => [],
  withWords: () => fakeSegmenter,
};
