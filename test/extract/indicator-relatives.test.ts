// src/extract/indicator.ts, indicator-before.ts, indicator-after.ts, count-attribute.ts: indicators read from the grammar
// of holding (共有), relative clauses (…的有N人, 38个就业率低于60%的专业), trades (保育师), joint actions (会同…研究) and a
// count's attribute kept whole by the tagger (达标率). Segmented by jieba with the project's dictionaries.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';

const indicators = (text: string) =>
  extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] }).map((q) => [q.text, q.indicator]);

describe('[indicator] must read', () => {
  it.each<[string, [string, string | null][]]>([
    // a verb of holding parts the holder from what is held
    ['全县11个乡镇卫生院共有执业（助理）医师186人。', [['11个', '乡镇卫生院'], ['186人', '执业（助理）医师']]],
    ['全县乡镇卫生院共有执业医师186人。', [['186人', '执业医师']]],
    // a relative clause with a figure between the count and its noun
    ['去年撤销了38个就业率低于60%的专业。', [['38个', '专业'], ['低于60%', '就业率']]],
    // the relative clause before 的有 names those counted, whole
    ['纳入关爱服务的有42.6万人。', [['42.6万人', '纳入关爱服务']]],
    ['正常运营的有241个。', [['241个', '正常运营']]],
    // a trade's noun keeps its verb
    ['保育师培训17.6万人次。', [['17.6万人次', '保育师培训']]],
    ['开展护理员培训300人次。', [['300人次', '护理员培训']]],
    // a count's attribute with its state inside the rate
    ['全市18条城市内河断面水质达标率保持在90%以上。', [['18条', '城市内河断面'], ['90%以上', '水质达标率']]],
    // a quoted period's end is the target's time
    ['“十四五”末托位数要达到4.5个。', [['4.5个', '托位数']]],
  ])('%s', (text, want) => expect(indicators(text)).toEqual(want));
});

describe('[indicator] near-misses left alone', () => {
  it.each<[string, [string, string | null][]]>([
    // the counted noun with its own predicate: no relative clause
    ['有3家企业超过80%的警戒线。', [['3家', '企业'], ['超过80%', '企业']]],
    // the noun after the figure names them; a plain noun closing the clause is what is counted
    ['其中家庭经济困难的有120名学生。', [['120名', '学生']]],
    ['已完成星级评价的有1120个。', [['1120个', '星级评价']]],
    // 拥有量 is a noun, 共有产权 co-owned
    ['全市汽车拥有量120万辆。', [['120万辆', '汽车拥有量']]],
    // a joint action is no subject
    ['我们将会同州财政局研究，争取明年提高到每人每年8000元。', [['每人每年8000元', null]]],
    // nouns only: the attribute is left as read
    ['14个国考断面水质优良比例为92.9%。', [['14个', '国考断面'], ['92.9%', '水质优良比例']]],
  ])('%s', (text, want) => expect(indicators(text)).toEqual(want));
});
