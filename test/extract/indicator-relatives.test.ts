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
    // 共有 after a subject: what is held, a classifying adjective (紧密型, 重大) kept
    ['目前城区小学共有教学班412个。', [['412个', '教学班']]],
    ['全省共有紧密型县域医共体86个。', [['86个', '紧密型县域医共体']]],
    ['全区共有重大危险源企业31家。', [['31家', '重大危险源企业']]],
    // 其中…的有N: the clause, with its threshold, grade or quoted name
    ['其中实现“一网通办”的有1709项。', [['1709项', '实现“一网通办”']]],
    ['其中评估为一级的有6家。', [['6家', '评估为一级']]],
    ['其中营收超10亿元的有12家。', [['超10亿元', '营收'], ['12家', '营收超10亿元']]],
    // 翻番 past words of its predicate
    ['年内远程会诊量力争实现翻一番。', [['翻一番', '远程会诊量']]],
    ['全县教育投入五年来已经翻了一番。', [['五年', '教育投入'], ['翻了一番', '教育投入']]],
    // a per-千人 rate and its subject carried to the level set for a year
    ['每千人口拥有3岁以下婴幼儿托位数3.1个，到2025年底达到4.5个。', [['3.1个', '每千人口托位数'], ['2025年底', null], ['4.5个', '每千人口托位数']]],
    ['每千人口拥有3岁以下婴幼儿托位数3.1个，我们的目标是到2025年底达到4.5个。', [['3.1个', '每千人口托位数'], ['2025年底', null], ['4.5个', '每千人口托位数']]],
    // words of the predicate are no part of the indicator
    ['县外转诊率要控制在12%以内。', [['12%以内', '县外转诊率']]],
    ['亏损面比去年同期收窄1.8个百分点。', [['1.8个百分点', '亏损面']]],
    ['对整改不力的14家企业予以通报。', [['14家', '企业']]],
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
    // an evaluative adjective is still left out; a time question names nothing
    ['良好企业12家。', [['12家', '企业']]],
    ['消防设施完好率什么时候能达到90%？', [['90%', null]]],
    // a joint action with a time is no subject
    ['我们正在会同市财政局研究，拟按每户不超过2万元给予补助。', [['不超过2万元', null]]],
    // a status (已) of the set named before: that set, carried, not the clause
    ['全县186个行政村中，已完成治理的有129个。', [['186个', '行政村'], ['129个', '行政村']]],
    // a figure of another count inside the clause: no relative clause read
    ['其中3个村的有12户。', [['3个', '村'], ['12户', null]]],
    // a doubling with its subject glued, and one with none written
    ['我们力争实现翻一番。', [['翻一番', null]]],
    // a year then another verb: no target of the rate
    ['每千人口拥有3岁以下婴幼儿托位数3.1个，到2025年底建成4.5个。', [['3.1个', '每千人口托位数'], ['2025年底', null], ['4.5个', null]]],
    // nouns only: the attribute is left as read
    ['14个国考断面水质优良比例为92.9%。', [['14个', '国考断面'], ['92.9%', '水质优良比例']]],
  ])('%s', (text, want) => expect(indicators(text)).toEqual(want));
});

describe('[indicator] a change or a share after a count written with thousands separators (1,235件) takes the count\'s subject', () => {
  it.each<[string, [string, string | null][]]>([
    ['2025年全区共办理法律援助案件1,235件,同比上升12.3%。', [['2025年', null], ['1,235件', '法律援助案件'], ['12.3%', '法律援助案件']]],
    ['全区信访总量为2,911件次,同比下降8.4%。', [['2,911件次', '信访总量'], ['8.4%', '信访总量']]],
    ['全区共受理案件1,906件,占比43.6%。', [['1,906件', '案件'], ['43.6%', '案件占比']]],
    // a count read as the relative clause before 的有: its share is that clause's (申请司法确认占比, not 司法确认占比)
    ['申请司法确认的有1,906件,占比43.6%。', [['1,906件', '申请司法确认'], ['43.6%', '申请司法确认占比']]],
    // near-miss: a clause of its own with a noun keeps its own subject
    ['共办理案件1,235件,结案率达到95%。', [['1,235件', '案件'], ['95%', '结案率']]],
  ])('%s', (text, want) => {
    expect(indicators(text)).toEqual(want);
  });
});
