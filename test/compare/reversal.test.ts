import { describe, expect, it } from 'vitest';
import { halts, reverses } from '../../src/compare/reversal.js';
import { promiseTerms } from '../../src/compare/promise-terms.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const jieba = defaultSegmenter();
const termsOf = (text: string) => promiseTerms(text, jieba).map((t) => t.term);

describe('[compare/reversal] halt words that head their clause', () => {
  it.each([
    ['不再新增应急供水车', '不再', '新增应急供水车'],
    ['我们将暂停城西片区截污纳管改造', '暂停', '城西片区截污纳管改造'],
    ['今年起停止新建乡镇污水处理站', '停止', '新建乡镇污水处理站'],
    ['从明年起取消农机购置地方累加补贴', '取消', '农机购置地方累加补贴'],
    ['优化装备配置，暂缓采购应急供水车', '暂缓', '采购应急供水车'],
    ['优化装备配置；一律不予审批新增燃煤锅炉', '不予', '审批新增燃煤锅炉'],
  ])('%s: %s governs %s', (text, word, governed) => {
    const [h] = halts(text);
    expect([h.text, h.governed]).toEqual([word, governed]);
    expect(text.slice(h.offset, h.offset + h.text.length)).toBe(word);
    expect(text.slice(h.clause.offset, h.clause.offset + h.clause.text.length)).toBe(h.clause.text);
  });

  it.each([
    // inside a noun, after the object, after a verb of its own clause
    '建立低效企业退出机制', '对未取得证书的人员不予补贴', '推动落后产能有序退出', '确保不再发生群体性中毒事件', '推进证明事项告知承诺制',
  ])('%s heads nothing', (text) => {
    expect(halts(text)).toEqual([]);
  });
});

describe('[compare/reversal] one side stops what the other promised', () => {
  it.each([
    ['新增应急供水车8台', '不再新增应急供水车', 'b'],
    ['推进城西片区截污纳管改造', '暂缓实施城西片区截污纳管改造', 'b'],
    ['今年起停止新建乡镇污水处理站', '年内新建乡镇污水处理站5座', 'a'],
    ['新增应急供水车8台，充实抢险队伍', '优化装备配置，不再新增应急供水车', 'b'],
  ])('%s / %s: the halt is on side %s', (a, b, side) => {
    const ab = reverses(a, b, termsOf);
    const ba = reverses(b, a, termsOf);
    expect([ab !== null, ba !== null]).toEqual([side === 'a', side === 'b']);
  });

  it.each([
    // both sides halt the same thing
    ['暂停城西片区截污纳管改造', '暂缓城西片区截污纳管改造'],
    // a halt beside a repeated headline: the headline shares more
    ['推进证明事项告知承诺制', '推进证明事项告知承诺制，取消重复证明材料'],
    // a halt of something else
    ['新增应急供水车8台', '新增应急供水车5台，取消人工巡查台账'],
  ])('%s / %s: no reversal', (a, b) => {
    expect(reverses(a, b, termsOf)).toBeNull();
    expect(reverses(b, a, termsOf)).toBeNull();
  });
});
