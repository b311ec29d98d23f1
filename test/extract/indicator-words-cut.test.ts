import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { extractQuantities } from '../../src/extract/quantities.js';

/** The indicator of the quantity written `figure` in `text`, segmented by jieba with the project's dictionaries. */
function indicatorOf(text: string, figure: string): string | null | undefined {
  const qs = extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] });
  return qs.find((q) => q.text === figure)?.indicator;
}

/** Indicators are words of the clause: no qualifier, verb of the predicate, discourse word or cut word in them. */
describe('[indicator] words, never raw character cuts', () => {
  it.each<[string, string, string | null]>([
    // a qualifier of the figure before (接近, 左右) is no part of the subject a change takes up
    ['去向落实率接近九成，比去年同期高出1.2个百分点。', '1.2个百分点', '去向落实率'],
    ['养护资金需要1200万元左右，目前到位约800万元。', '1200万元左右', '养护资金'],
    ['养护资金需要1200万元左右，目前到位约800万元。', '约800万元', '养护资金'],
    // the predicate (已压减至, 再降) is no part of the subject; a level reached measures the subject before
    ['原有融资平台公司46家，已压减至21家。', '21家', '融资平台公司'],
    ['下半年力争事故总量再降10%。', '10%', '事故总量'],
    // a quoted period after 比 is the base of the comparison
    ['博士以上人才680人，比"十二五"时期增长近三倍。', '近三倍', '博士以上人才'],
    // a discourse word alone names nothing: the noun after the figure does
    ['另有2亿多元资金因项目调整需要改变用途。', '2亿多元', '资金'],
    // a modal verb after the figure: what is counted is not written
    ['还有二十一座需要除险加固。', '二十一座', null],
    // a figure before its noun: the verb phrase after the noun is the predicate
    ['分三个组赴全市12个区县实地调研。', '12个', '区县'],
    ['分三个组赴全市12个区县实地调研。', '三个', '组'],
    ['对全市45家企业进行检查。', '45家', '企业'],
    ['30余个乡镇开展调研。', '30余个', '乡镇'],
    ['6个部门负责人应询。', '6个', '部门负责人'],
    // the work after a predicate verb, not one member of a list in the clause before
    ['实施阅海湖、鸣翠湖退化湿地修复工程，年内完成退化湿地修复1.2万亩。', '1.2万亩', '退化湿地修复'],
    // near-misses: what read whole stays whole; a clause after a verb of work is no noun phrase; a head closing the
    // clause before is no share; a comparison with a subject of its own keeps it
    ['改造后的小区过两年又脏乱差。', '两年', null],
    ['一是加快改造进度，年内再完成280公里。', '280公里', null],
    ['确保年底前资金支出进度达到90%以上。', '90%以上', '资金支出进度'],
    ['2023年全省补充耕地15.6万亩，环比上季度新增耕地面积下降3.2%。', '3.2%', null],
    ['全市老年人口达86.5万人。', '86.5万人', '老年人口'],
    ['完成生命防护工程591公里。', '591公里', '生命防护工程'],
    ['依托全市已建的1个公益诉讼指挥中心、3个快检快测实验室。', '1个', '公益诉讼指挥中心'],
    ['确定3个需要整改的问题。', '3个', null],
  ])('%s [%s] → %s', (text, figure, want) => {
    expect(indicatorOf(text, figure)).toBe(want);
  });
});
