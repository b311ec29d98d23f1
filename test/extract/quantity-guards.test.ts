import { describe, expect, it } from 'vitest';
import { isFrameLine, refersToAskers } from '../../src/extract/quantity-guards.js';
import { normalize } from '../../src/source/normalize.js';

/** Whether the numeral `figure` (its first occurrence) in `line` is read as the page frame. */
const framed = (line: string, figure: string) => isFrameLine(normalize(line), line.indexOf(figure));

describe('isFrameLine', () => {
  it.each<[string, string]>([
    ['发布时间：2025-06-27 10:23 来源：曲靖人大 浏览次数：123', '123'],
    ['浏览次数：123', '123'],
    ['会议进行了满意度测评。 来源：崇川人大 编辑：王晨 审核：李宏 阅读 1562 赞 28 在看 6', '1562'],
    ['会议进行了满意度测评。来源：崇川人大 编辑：王晨 阅读 1562', '1562'],
  ])('a page field: %s (%s)', (line, figure) => expect(framed(line, figure)).toBe(true));

  it.each<[string, string]>([
    // the words before fields set on the same line are no frame
    ['全区共有备案托育机构58家，提供托位4860个。 来源：崇川人大 编辑：王晨 审核：李宏 阅读 1562', '4860'],
    ['检查机构58家次，发现问题19个。来源：崇川人大 编辑：王晨', '19'],
    // body text naming a field once
    ['全年点击量达到1.2亿人次，资金来源：市级财政安排3000万元，区级配套1500万元，覆盖全市各乡镇', '1500'],
  ])('not the frame: %s (%s)', (line, figure) => expect(framed(line, figure)).toBe(false));
});

describe('[quantity-guards] refersToAskers: 以上三位, 对两位的提问 point at the askers, no figure', () => {
  const read = (text: string) => {
    const view = normalize(text);
    const at = view.indexOf('位');
    return refersToAskers(view, at - 1, at, 3); // (one numeral character before 位)
  };
  it.each([
    ['谭志强集中回答了以上三位委员和代表的提问。', true],
    ['对两位的提问，韩广明一并作了回答。', true],
    ['局长回答了上述两位委员的问题。', true],
    ['钱伟回答了三位委员的提问。', true],
    ['感谢两位委员的提问。', true],
  ])('must read: %s', (text, want) => expect(read(text)).toBe(want));
  it.each([
    ['共有8位常委会组成人员和全国人大代表提出询问。', false],
    ['全县新招聘3位全科医生。', false],
    ['三位老人的养老问题', false],
    ['其余2位委员的问题由相关单位会后书面答复。', false], // 其余2位: a count stated
    ['考虑到两位委员的问题都与水质有关', false],
  ])('leaves alone: %s', (text, want) => expect(read(text)).toBe(want));
});
