// src/extract/glued-words.ts: words the tagger cut off the phrase or misread are taken into it.
import { describe, expect, it } from 'vitest';
import { phraseBefore } from './walk-before.js';

describe('[glued-words] words glued to the phrase', () => {
  it.each<[string, string, string | null]>([
    ['老年人口达86.5万人', '86.5', '老年人口'], // 老年人|口达: 口 closes 人口
    ['新建5G基站1200个', '1200', '5G基站'],
    ['PM2.5平均浓度为30微克', '30', 'PM2.5平均浓度'],
    ['在建文旅项目12个', '12', '在建文旅项目'], // 在 naming a state
    ['可支付月数为14.6个月', '14.6', '月数'], // a unit of time before 数
    ['亩均投入3000元', '3000', '亩均投入'],
    ['老年助餐点120个', '120', '老年助餐点'], // a stage of life, no time word
    ['食品抽检不合格率为1.2%', '1.2', '食品抽检不合格率'],
    ['按时办结率达98%', '98', '按时办结率'],
    ['全市共排查出入河排污口1842个', '1842', '入河排污口'], // 排查出|入河: 出 is the verb's complement
    ['查出入海排污口300个', '300', '入海排污口'],
    ['全市个人住房贷款逾期率为0.18‰', '0.18', '个人住房贷款逾期率'], // 逾期/t glued to 率
    // near-misses: 在 before a verb of its own is a preposition; 零 after a numeral is a digit; a unit after a figure
    ['在建设项目12个', '12', '建设项目'],
    ['三年零二个月', '二', null],
    ['600元至1200元', '1200', null],
    ['非常满意率达到90%', '90', '满意率'], // 非常 opens no privative noun
    ['规范出入河排污口300个', '300', '规范出入河排污口'], // no verb before 出入 (规范/n): left as read
    ['全市出入境人员300万人次', '300', '出入境人员'], // 出入境 is one word
    // a word of four the dictionary keeps whole as no noun: a verb and its object, or a modifier and its noun
    ['去年调解纠纷2314件', '2314', '纠纷'], // 调解纠纷/z: the disputes are counted
    ['全年共调解纠纷2314件', '2314', '纠纷'],
    ['试点单位12家', '12', '试点单位'], // 试点单位/v: 试点 is a noun, one noun
    ['目前试点单位扩大到30家', '30', '试点单位'],
    // near-miss: an idiom the dictionary tags as one (值班人员/l) is a noun phrase, left whole
    ['夜间值班人员增加到2人', '2', '值班人员'],
  ])('%s (%s) → %s', (text, figure, want) => {
    expect(phraseBefore(text, figure)).toBe(want);
  });
});
