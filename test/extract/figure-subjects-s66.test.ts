// Indicators and figures read from the grammar around them: a deadline between subject and verb (subject-gap.ts), a verb
// naming the kind of a linked count (indicator-before.ts), a held rate opening on an age group (age-groups.ts), a doubling
// alone in its clause (doubling-carry.ts), a licence counted in 家 (document-holders.ts), an average per each (per-each.ts),
// an action's extent (shares.ts) and an age range qualifying a noun (measured.ts). Real segmenter: the rules read its tags.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { defaultSegmenter } from '../../src/segment/jieba.js';
import { extractQuantities } from '../../src/extract/quantities.js';

const read = (text: string) =>
  extractQuantities({ text, view: normalize(text) }, [0, text.length], { segmenter: defaultSegmenter(), exclude: [] }).map((q) => [q.text, q.unit, q.indicator]);
const indicatorOf = (text: string, figure: string) => read(text).find((q) => q[0] === figure)?.[2];

describe('[s66] indicators read from the grammar', () => {
  it.each<[string, string, string | null]>([
    // a deadline (time word and its locative) between the subject and the linking verb is passed over
    ['规范机构管理,托育机构备案率年底前达到100%。', '100%', '托育机构备案率'],
    ['托育机构备案率6月底以前达到100%。', '100%', '托育机构备案率'],
    ['托育机构备案率今年达到100%。', '100%', '托育机构备案率'],
    // a verb of commitment opens the promise: the phrase starts after it
    ['去年询问时,市民政局承诺社会化运营率年底前达到80%以上。', '80%以上', '社会化运营率'],
    ['刚才戚局长提到漏损率降到11.6%。', '11.6%', '漏损率'],
    ['“7天无理由退货”承诺覆盖率100%。', '100%', '承诺覆盖率'], // near-miss: no agent, a noun's first word
    ['去年承诺审批时限压缩到10个工作日。', '10个工作日', '审批时限'], // near-miss: a time before it, no agent
    // 完成 after a noun and a verb glued to it: the verb names the work, the subject of 完成
    ['县级水厂开工6座。老旧管网改造完成1520公里,完成年度目标的84.4%。', '1520公里', '老旧管网改造'],
    ['一般公共预算收入完成52.7亿元。', '52.7亿元', '一般公共预算收入'],
    ['今年完成改造200个。', '200个', null], // near-miss: 改造 alone is a verb, no noun of work
    // a verb opening the subject of a linking verb, before a count of heads, names the kind counted
    ['城镇新增就业人数达到3.2万人。', '3.2万人', '城镇新增就业人数'],
    ['补充医疗保险参保人数达到12万人。', '12万人', '补充医疗保险参保人数'],
    ['今年补充教师800名。', '800名', '教师'], // near-miss: no linking verb, 补充 is the predicate
    // a held rate opening on an age group: named by its base and head
    ['每千人口拥有3岁以下婴幼儿托位数3.1个。', '3.1个', '每千人口托位数'],
    ['全市3岁以下婴幼儿托位数3.1万个。', '3.1万个', '3岁以下婴幼儿托位数'], // near-miss: no base of a rate
    ['每千人口拥有3岁以下婴幼儿3.1人。', '3.1人', '3岁以下婴幼儿'], // near-miss: the group is what is counted
    // a doubling alone in its clause measures the subject of the figure before
    ['每千人口托位数达到4.5个,较2020年翻一番以上。', '翻一番以上', '每千人口托位数'],
    ['全县教育投入5亿元,五年来已经翻了一番。', '翻了一番', '教育投入'],
    ['全县教育投入五年来已经翻了一番。', '翻了一番', '教育投入'],
    ['全市教育投入比2019年翻两番。', '翻两番', '教育投入'],
    ['明年回收量能翻一番吗?', '翻一番', '回收量'],
    ['全县教育投入5亿元。五年来翻了一番。', '翻了一番', null], // near-miss: a sentence end between
    ['全县教育投入5亿元,产值翻了一番。', '翻了一番', '产值'], // near-miss: its own subject
    // a licence counted in 家 counts the firms holding it
    ['对整改不力的14家企业予以通报,暂扣安全生产许可证2家。', '2家', '企业'],
    ['吊销营业执照3家。', '3家', null],
    ['关停企业5家。', '5家', '企业'], // near-miss: 家 counts the noun itself
    ['发放许可证200张。', '200张', '许可证'], // near-miss: the document counted by its own word
    // an average per each counts what the figure before counted, never the base
    ['全县11个乡镇卫生院共有执业(助理)医师186人,平均每个卫生院16.9人。', '16.9人', '执业(助理)医师'],
    ['全县有卫生院11个,平均每个卫生院16.9人。', '16.9人', null],
    ['每个村配备2名网格员。', '2名', '网格员'], // near-miss: the noun after the figure is counted
    // a sentence opened by its topic (X方面,): figures with no noun of their own measure X
    ['加装电梯方面,完成132部,因部分居民意见不统一导致进度滞后,剩余18部已调整为今年6月底前完成。', '132部', '加装电梯'],
    ['加装电梯方面,完成132部,因部分居民意见不统一导致进度滞后,剩余18部已调整为今年6月底前完成。', '18部', '加装电梯'],
    ['加装电梯方面,进展顺利。剩余18部已调整为今年6月底前完成。', '18部', null], // near-miss: another sentence
    ['人才方面,引进博士12人。', '12人', '博士'], // near-miss: its own noun
    ['另一方面,完成12个。', '12个', null], // near-miss: no matter named
    // 共 sums the whole list before it
    ['委员会组成人员和代表共6人提问。', '6人', '委员会组成人员和代表'],
    ['两委员会组成人员、部分全国和自治区人大代表共6人先后提问。', '6人', '组成人员、部分全国和自治区人大代表'], // 全国和 a coordinated modifier
    ['常委会委员和部分市人大代表共11人次提问。', '11人次', '常委会委员和部分市人大代表'],
    ['区人大常委会副主任欧阳敏、司马建新和委员、部分区人大代表共35人参加。', '35人', '委员、部分区人大代表'], // a name ends the list
    ['已落地执行国家和省际联盟集采药品共计612个。', '612个', '省际联盟集采药品'], // near-miss: things, 国家和 a modifier
    ['城区、乡镇学校共120所。', '120所', '乡镇学校'], // near-miss: no count of people
    ['市直单位、乡镇街道干部300人参加。', '300人', '乡镇街道干部'], // near-miss: no total, the last member as read
  ])('%s: %s → %s', (text, figure, want) => {
    expect(indicatorOf(text, figure)).toBe(want);
  });

  it('reads 每千人口 into the unit of a held rate', () => {
    expect(read('每千人口拥有3岁以下婴幼儿托位数3.1个。')).toEqual([['3.1个', '个/千人', '每千人口托位数']]);
  });
});

describe('[s66] no figure', () => {
  it.each<[string, string[]]>([
    ['我们村生活污水管网去年建了一半就停了。', []], // the extent an action reached
    ['用了一半的资金。', ['一半']], // near-miss: a share of the noun after it
    ['超过一半。', ['超过一半']],
    ['工程完成了一半。', []],
    ['从96亿元压减到48亿元,压减了一半。', ['96亿元', '48亿元', '一半']], // near-miss: the size of a change
    ['助餐点也只覆盖了一半社区。', ['一半']], // near-miss: a share of the noun after it
    ['年内在30所公办幼儿园开设2至3岁托班。', ['30所']], // an age range qualifying a noun
    ['开设2岁至3岁托班。', []],
    ['年龄在2至3岁之间。', ['2至3岁']], // near-miss: an age range measured
    ['招收2岁托班。', ['2岁']], // near-miss: one age, no range
    // the bodies just listed, named again: a reference, no count
    ['教育科学文化卫生委员会和社会建设委员会联合召开会议。两个委员会组成3个调研组。', ['3个']],
    ['全市新建两个委员会。', ['两个']], // near-miss: no list before
    // committees of the congress opening a clause: those holding the inquiry, named again even with no list (t67)
    ['询问结束后，巴特尔表示，两个委员会将把询问情况形成综合报告。', []],
    ['两个委员会联合召开会议，开展专题询问。', []],
    ['会后，三个工委将分别形成报告。', []],
    ['全区共有三个委员会。', ['三个']], // near-miss: counted after a verb, not the clause's subject
    ['会后，两个小组将分别形成报告。', ['两个']], // near-miss: no body of the congress, no list
    ['市教育局和市人社局两个部门联合。', ['两个']], // near-miss: the members have other heads
  ])('%s → %j', (text, want) => {
    expect(read(text).map((q) => q[0])).toEqual(want);
  });
});
