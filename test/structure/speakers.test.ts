import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findMentions, readLabel } from '../../src/structure/speakers.js';
import { peopleOf } from '../../src/structure/people.js';
import { normalize } from '../../src/source/normalize.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';

const pairOf = (text: string) => ({ text, view: normalize(text) });

function mentions(text: string, known: string[] = []): SpeakerMention[] {
  const pair = pairOf(text);
  return findMentions(pair, [0, text.length], known);
}

/** [form, name, title, organization] of each mention. */
const brief = (text: string, known: string[] = []) =>
  mentions(text, known).map((m) => [m.form, m.name, m.title, m.organization]);

const names = (text: string, known: string[] = []) => mentions(text, known).map((m) => m.name);

describe('[speakers] title + name', () => {
  it.each([
    ['市人大常委会委员、麒麟区人大常委会主任谢茂华就政府如何科学决策进行提问。', '谢茂华', '市人大常委会委员、麒麟区人大常委会主任', '麒麟区人大常委会'],
    ['市政府副市长海建才分析,群众安全感满意度…', '海建才', '市政府副市长', '市政府'],
    ['人民银行天山北自治州中心支行副行长阿依努尔·哈斯木:我们将从三个方面着手', '阿依努尔·哈斯木', '人民银行天山北自治州中心支行副行长', '人民银行天山北自治州中心支行'],
    ['某银行江东分行行长李某某表示,将加大信贷投放。', '李某某', '某银行江东分行行长', '某银行江东分行'],
    ['“…的重点。”市法院执行局局长高红丽说。', '高红丽', '市法院执行局局长', '市法院'],
    ['市公安局党委副书记胡建东从三方面回应:', '胡建东', '市公安局党委副书记', '市公安局'],
    ['对此,市人大常委会副主任缪应虎向“一府两院”询问', '缪应虎', '市人大常委会副主任', '市人大常委会'],
    // a preposition opening a reported question is no place (对于县, 关于市, 就县, 面对市)
    ['对于县人大代表柯永福提出的问题,局长某作了回答', '柯永福', '县人大代表', '县人大'],
    ['关于市人大代表柯永福的提问,', '柯永福', '市人大代表', '市人大'],
    ['就县人大代表柯永福提出的问题,', '柯永福', '县人大代表', '县人大'],
    ['面对市人大常委会委员柯永福的追问,', '柯永福', '市人大常委会委员', '市人大常委会'],
    ['委员王某某率先发问。', '王某某', '委员', null],
    ['市检察院常务副检察长杨开宇提出五方面改进举措:', '杨开宇', '市检察院常务副检察长', '市检察院'],
    ['市市场监管局局长余波回应道,', '余波', '市市场监管局局长', '市市场监管局'],
    ['市人大常委会委员、市人大常委会法工委主任代桂明关注公安机关痛点', '代桂明', '市人大常委会委员、市人大常委会法工委主任', '市人大常委会'],
    ['请市自然资源和规划局局长刘明同志回答。', '刘明', '市自然资源和规划局局长', '市自然资源和规划局'],
    ['省高级人民法院副院长欧阳文华表示,', '欧阳文华', '省高级人民法院副院长', '省高级人民法院'],
    ['西山区人民政府区长张伟介绍,', '张伟', '西山区人民政府区长', '西山区人民政府'],
    ['县卫健委主任李红梅坦言,', '李红梅', '县卫健委主任', '县卫健委'],
    ['市住房和城乡建设局党组书记、局长陈志刚回答说,', '陈志刚', '市住房和城乡建设局党组书记、局长', '市住房和城乡建设局'],
    ['市水务局局长 周涛表示', '周涛', '市水务局局长', '市水务局'],
    ['市文化和旅游局副局长钱小平说:', '钱小平', '市文化和旅游局副局长', '市文化和旅游局'],
    // A vertical body's local office answers: the organization runs through the place to the office.
    ['国家金融监督管理总局临江监管分局二级巡视员令狐敏:已发放贷款3亿元。', '令狐敏', '国家金融监督管理总局临江监管分局二级巡视员', '国家金融监督管理总局临江监管分局'],
    ['国家统计局江口县调查队队长宇文涛介绍,', '宇文涛', '国家统计局江口县调查队队长', '国家统计局江口县调查队'],
    ['海关总署临江海关副关长东郭明表示,', '东郭明', '海关总署临江海关副关长', '海关总署临江海关'],
    ['全国人大代表王芳建议,', '王芳', '全国人大代表', '全国人大'],
    // a committee of the congress after a standing-committee title is that standing committee's (chain-facts.ts)
    ['省人大常委会委员、省人大教科文卫委副主任委员何平追问:', '何平', '省人大常委会委员、省人大教科文卫委副主任委员', '省人大常委会'],
    ['市中级人民法院立案庭庭长孙静回应,', '孙静', '市中级人民法院立案庭庭长', '市中级人民法院'],
    ['麒麟区区长杨光表示', '杨光', '麒麟区区长', '麒麟区'],
    ['曲靖市市场监督管理局局长赵明说', '赵明', '曲靖市市场监督管理局局长', '曲靖市市场监督管理局'],
    // 主席团 ends a township congress's name (乡镇人大主席团), as 工委 does a sub-district's.
    ['白沙镇人大主席团主席郎玉珍提出,', '郎玉珍', '白沙镇人大主席团主席', '白沙镇人大主席团'],
    ['石门乡人大主席团副主席 鲍志新说', '鲍志新', '石门乡人大主席团副主席', '石门乡人大主席团'],
    ['市人大常委会委员、市人大常委会社会工作委员会副主任阿依古丽说,', '阿依古丽', '市人大常委会委员、市人大常委会社会工作委员会副主任', '市人大常委会'],
    ['省人力资源和社会保障厅副厅长苏启航回应', '苏启航', '省人力资源和社会保障厅副厅长', '省人力资源和社会保障厅'],
    ['县发展和改革局局长霍振宇介绍', '霍振宇', '县发展和改革局局长', '县发展和改革局'],
    ['省人大常委会人事代表工作委员会副主任陆佳怡提问', '陆佳怡', '省人大常委会人事代表工作委员会副主任', '省人大常委会'],
    ['市总工会副主席贺明回应,', '贺明', '市总工会副主席', '市总工会'],
    ['国务院副总理史长青表示', '史长青', '国务院副总理', '国务院'],
    ['区教育局副局长蒋敏到会应询', '蒋敏', '区教育局副局长', '区教育局'],
    // 兼 joins posts as 、 does: two bodies named whole, the first is the principal one (probes6 §10); else the last post
    // with an organization answers (县委常委、副县长、县公安局局长 → 县公安局, so with 兼 too).
    ['市政府副市长兼市公安局局长王海涛回答', '王海涛', '市政府副市长兼市公安局局长', '市政府'],
    ['市教育局局长兼市体育局局长 邓文彬:', '邓文彬', '市教育局局长兼市体育局局长', '市教育局'],
    ['县委常委、副县长兼县公安局局长 蒲志强:', '蒲志强', '县委常委、副县长兼县公安局局长', '县公安局'],
    // …also when the second post's unit has no place of its own: 兼 is no part of its organization (never 兼文物执法队), and
    // the chain reads as with 、 (t69 p03).
    ['县文化和旅游局副局长兼文物执法队队长韩冬梅作了回应', '韩冬梅', '县文化和旅游局副局长兼文物执法队队长', '县文化和旅游局文物执法队'],
    ['县文化和旅游局副局长、文物执法队队长韩冬梅作了回应', '韩冬梅', '县文化和旅游局副局长、文物执法队队长', '县文化和旅游局文物执法队'],
    // (兼) in brackets notes how the post before is held: kept in the title, joining nothing
    ['县人大常委会委员、县政协副主席（兼）杜慧敏问：', '杜慧敏', '县人大常委会委员、县政协副主席（兼）', '县政协'],
    // two bodies named whole from their place, joined by 、: the first post is the principal one too (t48 #7)
    ['县发改局局长、县粮食局局长 田建伟:', '田建伟', '县发改局局长、县粮食局局长', '县发改局'],
    // an organization ending in a suffix family (X委会, X商会, X中心, X站, X所) is read whole
    ['区实验小学家委会主任 钱晓梅:', '钱晓梅', '区实验小学家委会主任', '区实验小学家委会'],
    ['区人大代表、城南小学家委会主任 钱晓梅发问:', '钱晓梅', '区人大代表、城南小学家委会主任', '城南小学家委会'],
    ['翠湖花园业委会主任 郝建国:', '郝建国', '翠湖花园业委会主任', '翠湖花园业委会'],
    ['县个体私营企业商会会长 丁文华:', '丁文华', '县个体私营企业商会会长', '县个体私营企业商会'],
    ['镇农业综合服务中心主任 石永红:', '石永红', '镇农业综合服务中心主任', '镇农业综合服务中心'],
    ['镇水利站站长 牟长青:', '牟长青', '镇水利站站长', '镇水利站'],
    ['镇司法所所长 龚丽:', '龚丽', '镇司法所所长', '镇司法所'],
    // 村医 before 生: the longer 医生 is the title, the name keeps its surname (never 生王建国).
    ['州人大代表、曼蚌村医生王建国提问：', '王建国', '州人大代表、曼蚌村医生', '州人大'],
    // 段长 heads a railway or highway 段 (车务段, 工务段, 公路段), and 段 ends the unit's name.
    ['中国铁路南宁局集团有限公司柳州工务段段长韦国强:', '韦国强', '中国铁路南宁局集团有限公司柳州工务段段长', '中国铁路南宁局集团有限公司柳州工务段'],
    ['遵义电务段副段长 罗志平:', '罗志平', '遵义电务段副段长', '遵义电务段'],
    ['县公路管理段段长谭明回答', '谭明', '县公路管理段段长', '县公路管理段'],
    ['怀化车务段党委书记 向红梅:', '向红梅', '怀化车务段党委书记', '怀化车务段'],
    ['县乡村振兴促进会会长 吕德胜:', '吕德胜', '县乡村振兴促进会会长', '县乡村振兴促进会'],
    ['宣威市市长王某表示', '王某', '宣威市市长', '宣威市'],
    ['市第一人民医院院长李某说', '李某', '市第一人民医院院长', '市第一人民医院'],
    ['市人民检察院党组书记、检察长王某某介绍', '王某某', '市人民检察院党组书记、检察长', '市人民检察院'],
    ['省委常委、市委书记王某主持', '王某', '省委常委、市委书记', '市委'],
    ['市人大代表、桐华街道居民 孟雪琴', '孟雪琴', '市人大代表、桐华街道居民', '市人大'],
    ['市人大代表、青禾镇农民专业合作社理事长柏玉珍提问', '柏玉珍', '市人大代表、青禾镇农民专业合作社理事长', '青禾镇农民专业合作社'],
    ['市农业农村局代理局长单国庆回应', '单国庆', '市农业农村局代理局长', '市农业农村局'],
    ['列席会议的市人大代表张某某问道', '张某某', '市人大代表', '市人大'],
    ['州人大常委会委员 古丽娜尔·买买提:请问', '古丽娜尔·买买提', '州人大常委会委员', '州人大常委会'],
    ['市人大代表、牧民巴特尔·额尔敦说', '巴特尔·额尔敦', '市人大代表、牧民', '市人大'],
    ['市消防救援支队政治委员张某说', '张某', '市消防救援支队政治委员', '市消防救援支队'],
    // A customs house (海关, 隶属海关 XX海关) is headed by a 关长.
    ['黄埔海关关长 雷振东:', '雷振东', '黄埔海关关长', '黄埔海关'],
    ['南沙海关党委书记、关长雷振东介绍', '雷振东', '南沙海关党委书记、关长', '南沙海关'],
    ['州海关副关长 雷振东:', '雷振东', '州海关副关长', '州海关'],
    ['南沙海关一级调研员 雷振东:', '雷振东', '南沙海关一级调研员', '南沙海关'],
    ['海关总署副署长雷振东说', '雷振东', '海关总署副署长', '海关总署'],
    // A listed institution named bare after another title takes that title's place (the place is written once).
    ['临港新区党工委副书记、管委会主任 韩立群:', '韩立群', '临港新区党工委副书记、管委会主任', '临港新区管委会'],
    ['县经开区党工委书记、管委会主任韩立群:', '韩立群', '县经开区党工委书记、管委会主任', '县经开区管委会'],
    ['临江镇党委书记、人大主席 蒋文涛:', '蒋文涛', '临江镇党委书记、人大主席', '临江镇人大'],
    ['云南省副省长、公安厅厅长王某说', '王某', '云南省副省长、公安厅厅长', '云南省公安厅'],
    ['高新区党工委书记、区委副书记王某说', '王某', '高新区党工委书记、区委副书记', '区委'], // 区委 writes its own level
    // A committee or office named bare after a standing-committee title is the standing committee's own; not after
    // a deputy's title (a deputy holds posts elsewhere), nor a company (no committee).
    ['省人大常委会委员、法制委员会副主任委员 蒋文涛:', '蒋文涛', '省人大常委会委员、法制委员会副主任委员', '省人大常委会'],
    ['州人大常委会委员、代表工委主任 蒋文涛:', '蒋文涛', '州人大常委会委员、代表工委主任', '州人大常委会'],
    ['市人大常委会副秘书长、研究室主任 蒋文涛:', '蒋文涛', '市人大常委会副秘书长、研究室主任', '市人大常委会'],
    ['县人大代表、业主委员会主任 蒋文涛:', '蒋文涛', '县人大代表、业主委员会主任', '业主委员会'],
    ['市人大常委会委员、某某公司董事长 蒋文涛:', '蒋文涛', '市人大常委会委员、某某公司董事长', '某某公司'],
    ['市人大常委会委员、市财政局局长 蒋文涛:', '蒋文涛', '市人大常委会委员、市财政局局长', '市财政局'],
    ['市供销社理事会主任褚某说', '褚某', '市供销社理事会主任', '市供销社'],
    ['常委会委员司马某某问', '司马某某', '常委会委员', '常委会'],
    ['省人大常委会原副主任王某说', '王某', '省人大常委会原副主任', '省人大常委会'],
    ['时任市长王某说', '王某', '时任市长', null],
    ['来自基层的常委会组成人员吴某某提问', '吴某某', '常委会组成人员', '常委会'],
    ['市财政局二级巡视员邵云飞介绍', '邵云飞', '市财政局二级巡视员', '市财政局'],
    ['市中级人民法院法官助理李某说', '李某', '市中级人民法院法官助理', '市中级人民法院'],
    ['市纪委监委驻市公安局纪检监察组组长王某某介绍', '王某某', '市纪委监委驻市公安局纪检监察组组长', '市纪委监委'],
    ['桐华社区党委书记李某某说', '李某某', '桐华社区党委书记', '桐华社区'],
    ['青山村村委会主任王某表示', '王某', '青山村村委会主任', '青山村村委会'],
    ['市中级人民法院二级高级法官赵某某说', '赵某某', '市中级人民法院二级高级法官', '市中级人民法院'],
    ['问(县人大代表、石门乡林场场长柯永福):', '柯永福', '县人大代表、石门乡林场场长', '石门乡林场'],
    ['全国人大常委会副委员长王某讲话', '王某', '全国人大常委会副委员长', '全国人大常委会'],
    // (企业 ends a business's name as 公司 does: the deputy's workplace is the organization, as for the 合作社 above; t70 #4.)
    ['全国人大代表、湖南省长沙市某企业董事长邹某某问道', '邹某某', '全国人大代表、湖南省长沙市某企业董事长', '湖南省长沙市某企业'],
    // A walk of life the member comes from (来自…的) before an occupation or honour (居民, 劳动模范) stays in the chain.
    ['在第三组,省人大代表、来自基层社区的全国劳动模范晏某某列席会议并提问', '晏某某', '省人大代表、来自基层社区的全国劳动模范', '省人大'],
    ['市人大代表、来自城郊的居民宁某某说', '宁某某', '市人大代表、来自城郊的居民', '市人大'],
    ['县人大代表、省级劳动模范苟某某问道', '苟某某', '县人大代表、省级劳动模范', '县人大'],
    // Where the member comes from (来自X的) modifies the member: no part of the title, the organization when the chain
    // names no unit of its own (a label, a sentence, the chair's call alike).
    ['来自贵州的全国人大代表蒙某某:请问教育部,', '蒙某某', '全国人大代表', '贵州'],
    ['来自内蒙古的全国人大代表、某牧场场长包某:我想问', '包某', '全国人大代表、某牧场场长', '某牧场'],
    ['\n来自云南的全国人大代表杨某某:请问', '杨某某', '全国人大代表', '云南'],
    ['\n问题三:来自甘肃的全国人大代表马某某:请问', '马某某', '全国人大代表', '甘肃'],
    ['随后,来自贵州的省人大代表韦某某提问', '韦某某', '省人大代表', '贵州'],
    ['来自柳林镇的县人大代表周海燕第一个发问:“…”', '周海燕', '县人大代表', '柳林镇'],
    ['来自县第二中学的县人大代表、教师林雪梅就农村污水治理提问:', '林雪梅', '县人大代表、教师', '县第二中学'],
    ['来自湖阳经济技术开发区的市人大代表、湖阳精工科技有限公司工会主席殷红提出,', '殷红', '市人大代表、湖阳精工科技有限公司工会主席', '湖阳精工科技有限公司'],
    // Not a place: 来自基层的 (a walk of life).
    ['来自基层的全国人大代表韦某某:请问', '韦某某', '全国人大代表', '全国人大'],
  ])('%s', (text, name, title, org) => {
    const [m] = mentions(text);
    expect(m).toBeDefined();
    expect([m.form, m.name, m.title, m.organization]).toEqual(['title-name', name, title, org]);
  });

  it('a member from somewhere: the mention starts at 来自 (the turn does), the title after it', () => {
    for (const text of ['来自桃源镇的市人大代表钟秀兰:请问', '卢振华:请来自桃源镇的市人大代表钟秀兰提问。']) {
      const m = mentions(text).find((x) => x.name === '钟秀兰')!;
      expect(text.slice(...m.span)).toBe('来自桃源镇的市人大代表钟秀兰');
      expect([m.title, m.organization]).toEqual(['市人大代表', '桃源镇']);
    }
    // (Mid-clause, the words before 来自 are no opening: "他来自桃源镇的…" is no member's description.)
    const m = mentions('这位来自桃源镇的市人大代表钟秀兰说').find((x) => x.name === '钟秀兰')!;
    expect([m.title, m.organization]).toEqual(['市人大代表', '市人大']);
  });

  it('spans index the original text (full-width, Traditional)', () => {
    const text = '對此，市人大常委會委員、市人大財經委主任委員朱樹平表示：';
    const [m] = mentions(text);
    expect(m.name).toBe('朱樹平');
    expect(text.slice(...m.span)).toBe('市人大常委會委員、市人大財經委主任委員朱樹平');
    expect(text.slice(...m.nameSpan!)).toBe(m.name);
    expect(text.slice(...m.titleSpan!)).toBe(m.title);
    expect(m.organization).toBe('市人大常委會');
    expect(m.congress).toBe(true);
  });

  it.each([
    ['市人大常委会委员、麒麟区人大常委会主任谢茂华', true],
    ['市人大常委会副主任缪应虎', true],
    ['全国人大代表王芳', true],
    ['委员王某某', true],
    ['市人大财经委主任委员朱某', true],
    ['市政府副市长海建才', false],
    ['市法院执行局局长高红丽', false],
    ['市公安局党委副书记胡建东', false],
    ['市政协委员王某', false],
    ['。市人大常委会张某某副主任', true],
    ['市委常委、常务副市长何某某', false],
    ['市纪委委员王某', false],
    ['常委会委员王某', true],
    ['县人大代表、石门乡林场场长柯永福', true],
    // 常委会 with 人大 left out, as news reports write it; 组成人员 like 委员.
    ['常委会副主任孙某某', true],
    ['省常委会副主任杨某', true],
    ['常委会组成人员李某某', true],
    ['市人大常委会组成人员王某', true],
    ['市政府组成人员李某', false],
    ['市政协常委会副主任王某', false],
    ['市委常委会委员王某', false],
    ['市消防救援支队政治委员张某', false],
    // A congress post leads the chain; a later link whose organization the lexicon does not read stays in it.
    ['全国人大代表、湖南省长沙市某企业董事长樊某某', true],
    ['全国人大代表、吉林省长春市某医院院长邹某', true],
    ['省人大代表、某合作社理事长覃某', true],
    ['市人大代表、东湖村党支部书记何某', true],
  ])('congress: %s → %s', (text, congress) => {
    expect(mentions(text + '表示')[0].congress).toBe(congress);
  });

  it.each([
    ['常委会组成人员李志远首先发问:“当前…?”', '李志远', '常委会组成人员'],
    ['人大常委会组成人员张某某率先提问', '张某某', '人大常委会组成人员'],
    ['常委会委员黄志刚开门见山。', '黄志刚', '常委会委员'],
    ['常委会副主任孙立平就政务服务提出询问。', '孙立平', '常委会副主任'],
  ])('congress title with 人大 left out: %s', (text, name, title) => {
    const [m] = mentions(text);
    expect([m.form, m.name, m.title, m.congress]).toEqual(['title-name', name, title, true]);
  });
});

describe('[speakers] name boundaries', () => {
  it.each([
    ['委员谢茂华就此提问', '谢茂华'],
    ['委员王某某率先发问', '王某某'],
    ['副市长海建才分析', '海建才'],
    ['院长邓玲说,', '邓玲'],
    ['检察长马伟指出', '马伟'],
    ['局长余波回应道', '余波'],
    ['局长高红丽表示', '高红丽'],
    ['委员卢燕关注的是', '卢燕'],
    ['委员韩寅燕十分关注', '韩寅燕'],
    // Verbs of interest and of putting a question after a two-character name (not swallowed by it).
    ['委员韦岚关心山区学校供暖问题', '韦岚'],
    ['委员柯远直指问题', '柯远'],
    ['代表符佑抛出问题', '符佑'],
    ['委员骆平连发两问', '骆平'],
    ['委员蒲倩直击痛点', '蒲倩'],
    ['副主任缪应虎向市政府询问', '缪应虎'],
    ['副书记胡建东从三方面回应', '胡建东'],
    ['局长徐广满在回应时', '徐广满'],
    ['委员朱树平向市市场监管局询问', '朱树平'],
    ['委员张云娅询问了', '张云娅'],
    ['局长余中平回应称', '余中平'],
    ['委员李四荣表示', '李四荣'],
    ['委员赵华江指出', '赵华江'],
    ['局长王强强调', '王强'],
    ['局长周为民表示', '周为民'],
    ['主任陈向阳就', '陈向阳'],
    ['委员刘洋说', '刘洋'],
    ['委员刘洋说明了情况', '刘洋'],
    ['委员张伟调研时发现', '张伟'],
    ['委员张伟进行提问', '张伟'],
    ['检察长马伟在会上指出', '马伟'],
    ['委员王强就此表示', '王强'],
    ['委员李向说,', '李向'],
    ['委员刘向东表示', '刘向东'],
    ['委员张从军就', '张从军'],
    ['主任李在明说', '李在明'],
    ['委员王某并指出', '王某'],
    ['副主任许某某作总结讲话', '许某某'],
    ['副主任许建国作总结讲话', '许建国'],
    ['局长马丽介绍', '马丽'],
    ['局长马丽娟介绍', '马丽娟'],
    ['委员张三坦言', '张三'],
    ['委员黄伟认为', '黄伟'],
    ['局长孙建国同志回答', '孙建国'],
    ['委员欧阳明远提问', '欧阳明远'],
    ['委员司马光追问', '司马光'],
    ['委员上官云说', '上官云'],
    ['委员王某某,', '王某某'],
    ['委员王某。', '王某'],
    ['局长李某', '李某'],
    ['委员何平追问', '何平'],
    ['委员杭雪梅问道', '杭雪梅'],
    ['局长洪涛介绍', '洪涛'],
    ['局长庹勇说', '庹勇'],
    ['市人大常委会委员禚明远问道', '禚明远'],
    // Names of minorities written without a dot, four characters, the surname unlisted.
    ['市人大代表萨仁高娃紧接着追问', '萨仁高娃'],
    ['州人大代表、昭苏县喀拉布拉村村医巴特尔追问', '巴特尔'],
    ['市人大常委会委员禚明远同志表示', '禚明远'],
    ['市交通运输局局长蹇红军回应称', '蹇红军'],
    ['局长杨帆称', '杨帆'],
    ['局长田野等', '田野'],
    // No name starts inside a word that precedes names: 对于 is one word, its 于 no surname here.
    ['对于甘露委员提出的问题,', '甘露'],
    ['对于于海波委员提出的问题,', '于海波'],
    ['紧接着柯永福委员追问', '柯永福'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('[speakers] other forms', () => {
  it.each([
    ['王某某委员问:如何…', [['name-title', '王某某', '委员', null]]],
    ['李某副市长表示,', [['name-title', '李某', '副市长', null]]],
    ['。市人大常委会张某某副主任主持', [['name-title', '张某某', '副主任', '市人大常委会']]],
    ['会上,市教育局李明局长介绍', [['name-title', '李明', '局长', '市教育局']]],
    ['请王某某委员询问。', [['name-title', '王某某', '委员', null]]],
    ['张某某、李某委员先后提问', [['name-title', '张某某', '委员', null], ['name-title', '李某', '委员', null]]],
    ['王建国、欧阳明远、赵强委员先后提问', [['name-title', '王建国', '委员', null], ['name-title', '欧阳明远', '委员', null], ['name-title', '赵强', '委员', null]]],
    ['请问李局长,如何整改?', [['surname-title', null, '局长', null]]],
    ['李局长回应说', [['surname-title', null, '局长', null]]],
    ['感谢杨委员的提问。', [['surname-title', null, '委员', null]]],
    ['欧阳主任表示', [['surname-title', null, '主任', null]]],
    ['请问市教育局李局长,', [['surname-title', null, '局长', '市教育局']]],
    ['麒麟区区长', []],
    ['将把落实情况纳入对学校和校长的年度考核', []],
    ['市某局负责人表示,', [['office-only', null, '市某局负责人', '市某局']]],
    ['有关负责人介绍,', [['office-only', null, '有关负责人', null]]],
    ['市公安局相关负责人回应称,', [['office-only', null, '市公安局相关负责人', '市公安局']]],
    ['市医保局负责同志表示,', [['office-only', null, '市医保局负责同志', '市医保局']]],
    ['省民政厅等部门负责同志到会回答问题。', []],
    ['一位委员问:', [['office-only', null, '委员', null]]],
    ['有委员提出,', [['office-only', null, '委员', null]]],
    ['市人大常委会委员关注的是', [['office-only', null, '市人大常委会委员', '市人大常委会']]],
    ['一位来自基层的委员就审批问题进行提问。', [['office-only', null, '委员', null]]],
    ['这位负责人表示,', [['office-only', null, '负责人', null]]],
    ['该局长回应称', [['office-only', null, '局长', null]]],
    ['市人大常委会委员、临港区人大常委会主任罗春林最后发问', [['title-name', '罗春林', '市人大常委会委员、临港区人大常委会主任', '临港区人大常委会']]],
    ['州中级人民法院副院长和丽回应称,', [['title-name', '和丽', '州中级人民法院副院长', '州中级人民法院']]],
    ['州人大常委会委员木春燕就政务服务进行提问', [['title-name', '木春燕', '州人大常委会委员', '州人大常委会']]],
    ['12位市人大常委会委员向市政府提问', []],
    ['市政府副市长和市法院院长出席', []],
    ['谢谢委员。', []],
    ['局长和李局长', [['surname-title', null, '局长', null]]],
    ['委员关心的问题', []],
    ['市公安局局长高度重视', []],
    ['市人大常委会主任会议', []],
    ['王某某委员长期关注食品安全', [['name-title', '王某某', '委员', null]]],
    ['王某代表市政府作答', []],
    ['音体美等学科教师严重不足,', []],
    ['让幼儿园教师安心从教', []],
    ['社区居民李某某说', []],
    ['4名市人大常委会组成人员先后提问', []],
    ['5名市人大常委会组成人员和市人大代表提出问题', []],
    ['向市政府、市检察院及相关部门负责人提问。', []],
    ['常委会组成人员认为,', []],
    ['9位常委会组成人员和人大代表先后提问', []],
    ['一位市人大常委会组成人员问:', [['office-only', null, '市人大常委会组成人员', '市人大常委会']]],
    ['将认真研究吸纳常委会组成人员的意见建议', []],
    ['市人大常委会委员们一致认为', []],
    ['市人大常委会委员普遍认为', []],
    ['市公安局局长进一步指出', []],
    ['市政府副市长对此回应', []],
    ['市人大常委会委员现场提问', []],
    ['希望广大同志们再接再厉', []],
    [',广大同志要牢记', []],
    ['并推动平台企业与劳动者代表开展集体协商', []],
    ['市政府分管副市长和市文化和旅游局局长出席', []],
    ['领导张某、李某出席', [['title-name', '张某', '领导', null], ['title-name', '李某', '领导', null]]],
    ['副局长王某、李某某分别回答', [['title-name', '王某', '副局长', null], ['title-name', '李某某', '副局长', null]]],
    ['委员王某、李某某和赵某先后提问', [['title-name', '王某', '委员', null], ['title-name', '李某某', '委员', null], ['title-name', '赵某', '委员', null]]],
    ['委员王某和市政府副市长李某', [['title-name', '王某', '委员', null], ['title-name', '李某', '市政府副市长', '市政府']]],
    ['王某某(市人大常委会委员)问:', [['name-title', '王某某', '市人大常委会委员', '市人大常委会']]],
    ['张某某（市公安局副局长）：', [['name-title', '张某某', '市公安局副局长', '市公安局']]],
    // the name, its short post, then the full titles in brackets (gazettes, 发言摘要)
    ['陶某某委员（省人大常委会委员、省人大财政经济委员会副主任委员）：', [['name-title', '陶某某', '省人大常委会委员、省人大财政经济委员会副主任委员', '省人大常委会']]],
    // Mongolian names: six characters without a dot, a last 和, an occupation after a 苏木
    ['盟人大常委会委员、盟人大农牧委主任委员额尔敦巴雅尔首先提问：', [['title-name', '额尔敦巴雅尔', '盟人大常委会委员、盟人大农牧委主任委员', '盟人大农牧委']]],
    ['副州长扎西多吉在回答时表示，', [['title-name', '扎西多吉', '副州长', null]]], // a bare post: an unlisted name of four characters
    // five or six characters of Han given names run together are no minority name
    ['委员习近平习近平说', []],
    ['副市长一位海建才请问', []],
    ['局长亲自回答', []],
    ['盟农牧局局长巴图孟和回答，', [['title-name', '巴图孟和', '盟农牧局局长', '盟农牧局']]],
    ['盟人大代表、东乌珠尔苏木牧民宝音达来提问：', [['title-name', '宝音达来', '盟人大代表、东乌珠尔苏木牧民', '盟人大']]],
    ['市人大代表、榕川大学交通学院教授　梁某某\n', [['title-name', '梁某某', '市人大代表、榕川大学交通学院教授', '榕川大学交通学院']]],
    ['苗某某代表（省人大代表、省工商联副主席）：', [['name-title', '苗某某', '省人大代表、省工商联副主席', '省工商联']]],
    ['问(张某某,市人大常委会委员):', [['name-title', '张某某', '市人大常委会委员', '市人大常委会']]],
    ['答(李建国 市教育局局长):', [['name-title', '李建国', '市教育局局长', '市教育局']]],
    ['市委常委、政法委书记张某表示', [['title-name', '张某', '市委常委、政法委书记', '政法委']]],
    ['市人大常委会副主任、党组副书记王某某主持会议', [['title-name', '王某某', '市人大常委会副主任、党组副书记', '市人大常委会']]],
    ['市政府党组成员、副市长李某', [['title-name', '李某', '市政府党组成员、副市长', '市政府']]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('surname + title exposes the surname', () => {
    const [m] = mentions('请问李局长,');
    expect([m.surname, m.office, m.name]).toEqual(['李', '局长', null]);
  });

  it('finds only inside the range', () => {
    const text = '市政府副市长海建才分析。市法院院长邓玲说';
    const pair = pairOf(text);
    expect(findMentions(pair, [12, text.length]).map((m) => m.name)).toEqual(['邓玲']);
  });
});

describe('[speakers] not people', () => {
  it.each([
    ['深入践行习近平法治思想,落实相关意见'],
    ['记者 王某 通讯员 李某某'],
    ['记者王某报道'],
    ['人民群众对法治建设的满意度'],
    ['推动人大代表建议与检察建议双向衔接'],
    ['全市法院在全省排名靠后'],
    ['在案件办理中邀请人大代表参与公开听证'],
    ['向市“一府两院”相关部门负责人进行现场询问'],
    ['落实领导干部学法用法述法制度'],
    ['在党委领导下争取人大监督支持'],
    ['邀代表委员调研,开警企恳谈会'],
    ['推动中院与基层法院法官交流'],
    ['压实院庭长监督职责并纳入考核'],
    ['12名市人大常委会组成人员围绕'],
    ['提请市人大常委会审议'],
    ['市委、市人大常委会请示汇报制度'],
    ['市政府主要领导高度重视'],
    ['市长高度评价'],
    ['邀请党员代表参加'],
    ['单位领导要带头'],
    ['副局长认为'],
    ['局长办公会研究决定'],
    ['委员会主任会议决定'],
  ])('%s', (text) => {
    expect(brief(text)).toEqual([]);
  });
});

describe('[speakers] officials joined by 和 / 、', () => {
  it.each([
    // the second official's organization is a named one (自治区…厅, 某某县…局): it never reads back over the first name
    ['自治区财政厅副厅长韦明亮和自治区人力资源社会保障厅副厅长甘露先后作答。', [['韦明亮', '自治区财政厅副厅长'], ['甘露', '自治区人力资源社会保障厅副厅长']]],
    ['省民政厅厅长尚志远与自治区民族宗教委员会副主任阿依江先后回答。', [['尚志远', '省民政厅厅长'], ['阿依江', '自治区民族宗教委员会副主任']]],
    ['市医保局局长包静、市卫健委主任戚远航分别作了回答。', [['包静', '市医保局局长'], ['戚远航', '市卫健委主任']]],
    ['市医保局局长包静及青山区卫健局局长戚远航相继回答。', [['包静', '市医保局局长'], ['戚远航', '青山区卫健局局长']]],
  ])('%s', (text, expected) => {
    expect(mentions(text).filter((m) => m.title).map((m) => [m.name, m.title])).toEqual(expected);
  });
});

describe('[speakers] members of the public and occupations before a name', () => {
  it.each([
    // a member of the public the congress invites to ask (群众代表, 市民代表 …), alone or leading a chain
    ['群众代表、易家渡镇居民卓秀英:我家的自来水有时候是黄的?', '卓秀英', '群众代表、易家渡镇居民', '易家渡镇'],
    ['群众代表罗桂芬:请问县医保局,报销比例是多少?', '罗桂芬', '群众代表', null],
    ['市民代表范晓东：公交站什么时候能建好？', '范晓东', '市民代表', null],
    ['村民代表、柳溪村村民龚长顺问：村道谁来修？', '龚长顺', '村民代表、柳溪村村民', '柳溪村'],
    ['企业代表、县明达机械公司总经理方志军:请问县税务局?', '方志军', '企业代表、县明达机械公司总经理', '县明达机械公司'],
    ['家长代表汤丽娜：课后服务怎么收费？', '汤丽娜', '家长代表', null],
    // 问政: the public online or at the hall (网友, 网友代表, 市民) before a real name; a handle: handle-labels.ts
    ['网友代表柯美玲：夜市噪音谁来管？', '柯美玲', '网友代表', null],
    ['网友严子健：公交线路能不能延长？', '严子健', '网友', null],
    ['市民宋立伟：小区停车难怎么办？', '宋立伟', '市民', null],
    ['网友“江畔听雨”：夜市噪音谁来管？', '江畔听雨', '网友', null],
    // TV inquiries (电视问政): who puts the questions on air
    ['主问官 严秋萍：整改结果什么时候公布？', '严秋萍', '主问官', null],
    ['副主问官邵明轩：补助什么时候发？', '邵明轩', '副主问官', null],
    ['问政嘉宾、市律师协会会长符嘉禾：执法程序合规吗？', '符嘉禾', '问政嘉宾、市律师协会会长', '市律师协会'],
    ['特邀代表闵少华问：菜价为什么涨？', '闵少华', '特邀代表', null],
    ['特邀问政嘉宾 符嘉禾：执法程序合规吗？', '符嘉禾', '特邀问政嘉宾', null],
    // an occupation opening a speaker label, or as a later link
    ['易家渡镇居民卓秀英:水质到底有没有人管?', '卓秀英', '易家渡镇居民', '易家渡镇'],
    ['东乡区种粮大户聂红英问：缺口谁来补？', '聂红英', '东乡区种粮大户', '东乡区'],
    // (s85) after a congress seat the place of an occupation (东乡区, 乌兰苏木) is where the deputy works or lives, no unit
    // holding a post: the seat's body is the organization, as for 县人大代表、养殖大户 (the rows expected the place)
    ['市人大代表、东乡区种粮大户聂红英：缺口谁来补？', '聂红英', '市人大代表、东乡区种粮大户', '市人大'],
    ['个体工商户刘长青问：店面租金能不能减免？', '刘长青', '个体工商户', null],
    ['网格员苏晓梅:请问街道办,经费够不够?', '苏晓梅', '网格员', null],
    ['县人大代表、养殖大户梁德旺追问：贷款贴息什么时候到位？', '梁德旺', '县人大代表、养殖大户', '县人大'],
    // a name with no listed surname (Mongolian, Tibetan …) written against the occupation before the label's colon
    ['人大代表、镶白旗明安图镇牧民朝鲁门：草原上网围栏越来越多，有没有统筹考虑？', '朝鲁门', '人大代表、镶白旗明安图镇牧民', '人大'],
    ['县人大代表、乌兰苏木农民其其格问：补助什么时候发？', '其其格', '县人大代表、乌兰苏木农民', '县人大'],
    ['镶白旗明安图镇牧民朝鲁门：网围栏有没有统筹考虑？', '朝鲁门', '镶白旗明安图镇牧民', '镶白旗明安图镇'],
  ])('%s → %s (%s): an asker', (text, name, title, org) => {
    const ms = mentions(text);
    expect(ms.map((m) => [m.name, m.title, m.organization, m.congress])).toEqual([[name, title, org, true]]);
  });

  it.each([
    // no name after: nobody (the post of the public never speaks alone)
    ['部分县人大代表和群众代表应邀参加,现场提问。'], ['我是一名家长代表。请问区教委'], ['群众代表认为,'],
    ['担任主问官,区人大代表、家长代表参与问政。'], ['本期主问官由市人大常委会委员担任。'],
    ['不少网友留言反映,夜市噪音扰民。'], ['市民普遍关心公交线路。'], ['网友们:大家好。'],
    // an occupation alone in running text: a quoted resident, not a label
    ['社区居民李某某说,现在好多了。'], ['记者采访了种粮大户聂红英,她说'], ['个体工商户刘长青表示,'],
    // a subhead glued to an occupation before a bare colon: two characters, no name (a transliterated two would be)
    ['人大代表、镶白旗明安图镇牧民心声：草原上网围栏越来越多'], ['明安图镇牧民心声：网围栏越来越多'],
    // an unlisted name neither framed by a label nor before a verb of speaking; a label deep in a sentence
    ['人大代表、镶白旗明安图镇牧民朝鲁门等人参加了座谈。'], ['会上，人大代表、镶白旗明安图镇牧民朝鲁门：好'],
    // the descriptors never swallow a post that starts inside them
    ['企业主要负责人表示'],
    // an occupation opening a label whose words do not ask: someone answering
    ['县人民医院主任医师王建平：我们医院已经开通了绿色通道。'],
  ])('%s → no asker', (text) => {
    expect(mentions(text).filter((m) => m.congress)).toEqual([]);
  });
});

describe('[speakers] emphasis marks inside a title are layout (a Markdown 纪要)', () => {
  it.each<[string, string, [string, string, string, string | null]]>([
    // [label, document, [name, title, mention text, organization]]
    ['the organization in bold, the post after it', '# 询问纪要\n\n**县交通局**局长滕远舟：我们将加快。\n\n**委员 蒲晴**：好。',
      ['滕远舟', '县交通局局长', '县交通局**局长滕远舟', '县交通局']],
    ['the post in bold inside the title', '# 询问纪要\n\n会议由县人大常委会**副主任**龙启明主持。\n\n**委员 蒲晴**：好。',
      ['龙启明', '县人大常委会副主任', '县人大常委会**副主任**龙启明', '县人大常委会']],
    ['the name in bold after the title (the mark before it stays inside the mention)', '# 询问纪要\n\n会议由县人大常委会副主任**龙启明**主持。\n\n**委员 蒲晴**：好。',
      ['龙启明', '县人大常委会副主任', '县人大常委会副主任**龙启明', '县人大常委会']],
    ['the whole label in bold (as before)', '# 询问纪要\n\n**县交通局局长 滕远舟**：我们将加快。\n\n**委员 蒲晴**：好。',
      ['滕远舟', '县交通局局长', '县交通局局长 滕远舟', '县交通局']],
  ])('%s', (_name, text, [name, title, spanText, org]) => {
    const m = mentions(text).find((x) => x.name === name)!;
    expect([m.name, m.title, text.slice(m.span[0], m.span[1]), m.organization]).toEqual([name, title, spanText, org]);
    expect(m.title).not.toMatch(/[*_]/u);
    expect(peopleOf(text, mentions(text)).find((p) => p.name === name)!.titles).toEqual([title]);
  });

  it('a plain space between an organization and its post is no markup: the post alone, as before', () => {
    expect(brief('县交通局  局长滕远舟：我们将加快。')).toEqual([['title-name', '滕远舟', '局长', null]]);
  });
});

describe('[speakers] two-character names padded to three columns', () => {
  it.each([
    // the name without the pad; the title never takes the pad, nor the pad two words
    ['区人大常委会委员　张　伟：请问区教委', [['title-name', '张伟', '区人大常委会委员', '区人大常委会']]],
    ['市交通运输局局长　王　强：我们将新建站点。', [['title-name', '王强', '市交通运输局局长', '市交通运输局']]],
    ['县卫健委主任何 静:感谢提问。', [['title-name', '何静', '县卫健委主任', '县卫健委']]],
    ['委员  孙  丽:学位够不够?', [['title-name', '孙丽', '委员', null]]],
    ['赵　勇委员：配套用地怎么解决？', [['name-title', '赵勇', '委员', null]]],
    ['副局长　郑　洁、李　明:我们补充两点。', [['title-name', '郑洁', '副局长', null], ['title-name', '李明', '副局长', null]]],
    // a label setting the name apart from its post (minutes aligning both columns)
    ['张　伟　委员：学位够不够？', [['name-title', '张伟', '委员', null]]],
    ['王明远 副局长:我们将加快。', [['name-title', '王明远', '副局长', null]]],
    // a space between a title and an unpadded name stays as it was
    ['主持人：区人大常委会主任　刘建平', [['title-name', '刘建平', '区人大常委会主任', '区人大常委会']]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('the mention spans the pad and its text is as written', () => {
    const text = '区教委主任　何　静：我们将新建学校。何　静表示，';
    const ms = mentions(text);
    expect(ms.map((m) => [m.name, m.nameSpan && text.slice(m.nameSpan[0], m.nameSpan[1])])).toEqual([['何静', '何　静'], ['何静', '何　静']]);
  });

  it('padded in a label and unpadded in running text: one person', () => {
    const text = '区人大常委会委员　张　伟：请问区教委，学位怎么保障？\n区教委主任　何　静：感谢张伟委员的提问。张伟表示过关注。';
    const ppl = peopleOf(text, mentions(text));
    expect(ppl.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['张伟', ['区人大常委会委员　张　伟', '张伟委员', '张伟']], ['何静', ['区教委主任　何　静']],
    ]);
  });
});

describe('[speakers] labels', () => {
  it.each([
    ['委员 王某', ['label', '王某', '委员']],
    ['李某', ['label', '李某', null]],
    ['王某某委员', ['label', '王某某', '委员']],
    ['市某局局长李某', ['label', '李某', '市某局局长']],
    ['欧阳明远', ['label', '欧阳明远', null]],
    ['委员', ['label', null, '委员']],
    ['市公安局负责人', ['label', null, '市公安局负责人']],
    [' 市人大常委会委员、市人大财经委主任委员 张某某 ', ['label', '张某某', '市人大常委会委员、市人大财经委主任委员']],
    ['委员　李　明', ['label', '李明', '委员']],
    ['李　明', ['label', '李明', null]],
  ])('%s', (inside, expected) => {
    const text = `【${inside}】`;
    const m = readLabel(pairOf(text), [1, text.length - 1]);
    expect(m && [m.form, m.name, m.title]).toEqual(expected);
  });

  it.each([['问'], ['主持人'], ['一、'], ['记者'], ['市政府'], ['如何推进']])('no person in label %s', (inside) => {
    expect(readLabel(pairOf(inside), [0, inside.length])).toBeNull();
  });
});

describe('[speakers] a line\'s label names the speaker whether or not the name opens with a listed surname', () => {
  it.each([
    // title chain, then the name, then the label's colon (Tibetan, Mongolian, Uyghur names written without a dot)
    ['自治区人大常委会委员格桑卓玛:请问…', ['格桑卓玛', '自治区人大常委会委员', '自治区人大常委会']],
    ['州林业和草原局局长扎西平措:今年已发放…', ['扎西平措', '州林业和草原局局长', '州林业和草原局']],
    ['自治区水利厅厅长次仁:全区已设立…', ['次仁', '自治区水利厅厅长', '自治区水利厅']],
    ['盟人大常委会委员那顺:请问盟教育局…', ['那顺', '盟人大常委会委员', '盟人大常委会']],
    ['市人大代表其其格问:请问…', ['其其格', '市人大代表', '市人大']],
    ['◆县人大常委会委员帕尔哈提:请问…', ['帕尔哈提', '县人大常委会委员', '县人大常委会']],
    ['自治区人大常委会委员额尔敦巴雅尔:请问…', ['额尔敦巴雅尔', '自治区人大常委会委员', '自治区人大常委会']],
    // in Markdown bold, the colon inside the bold or after it, a space between the title and the name
    ['**县交通运输局局长 格桑:**目前还有…', ['格桑', '县交通运输局局长', '县交通运输局']],
    ['**县人大常委会委员 次仁**:请问县交通运输局…', ['次仁', '县人大常委会委员', '县人大常委会']],
    ['__盟人大常委会委员那顺:__请问盟教育局…', ['那顺', '盟人大常委会委员', '盟人大常委会']],
    // in a bracket holding the title and the name and nothing else, as minutes print a 问:/答: turn's speaker
    ['答：（县农业农村局局长 次旦）今年计划建设…', ['次旦', '县农业农村局局长', '县农业农村局']],
    ['问：【县人大代表 尕藏】刚才讲到…', ['尕藏', '县人大代表', '县人大']],
    ['问：(县人大常委会委员丹增)请问县农业农村局…', ['丹增', '县人大常委会委员', '县人大常委会']],
    // the name, then a bare post, then the colon
    ['格桑卓玛委员:请问自治区水利厅…', ['格桑卓玛', '委员', null]],
    ['扎西平措厅长:全区已设立…', ['扎西平措', '厅长', null]],
    ['吐尔洪局长答:今年…', ['吐尔洪', '局长', null]],
    ['州教育局拉巴次仁局长:今年…', ['拉巴次仁', '局长', '州教育局']],
    // …after a live feed's stamp opening the line (【10:08】, [10:07], 09:15): layout, skipped like a bullet
    ['【10:08】扎西平措厅长:全区已设立…', ['扎西平措', '厅长', null]],
    ['[10:07] 州教育局拉巴次仁局长:今年…', ['拉巴次仁', '局长', '州教育局']],
    ['【10:07】易家渡镇居民卓秀英:请问区交通运输局?', ['卓秀英', '易家渡镇居民', '易家渡镇']],
    ['09:15 东乡区种粮大户聂红英问:烘干设备有没有补贴?', ['聂红英', '东乡区种粮大户', '东乡区']],
    ['**州教育局拉巴次仁局长:**今年…', ['拉巴次仁', '局长', '州教育局']],
    ['**格桑卓玛委员**:请问自治区水利厅…', ['格桑卓玛', '委员', null]],
    // a dotted name before the post is read whole, whatever stands for the dot (its last part alone reads as a name too)
    ['买买提-艾力厅长:全区已设立…', ['买买提-艾力', '厅长', null]],
    ['◆ 古丽娜尔．吐尔逊 委员:请问…', ['古丽娜尔．吐尔逊', '委员', null]],
    ['对此,自治区教育厅买买提·艾力厅长表示,…', ['买买提·艾力', '厅长', '自治区教育厅']],
    ['古丽·阿不都热合曼副主任指出,…', ['古丽·阿不都热合曼', '副主任', null]],
  ])('%s', (text, expected) => {
    const m = mentions(text)[0];
    expect(m && [m.name, m.title, m.organization]).toEqual(expected);
  });

  it.each([
    ['人大代表心声:一年来…'], // a subhead: two characters that do not transliterate
    ['时 间:2021年9月28日'], ['地 点:自治区人大常委会会议室'], // field lines
    ['二、自治区人大常委会委员格桑卓玛:'], // a heading's number before the title: no line label
    ['市人大常委会委员会议纪要:'],
    ['答：（县农业农村局局长 次旦等）今年计划建设…'], // the bracket holds more than the name
    ['（县农业农村局局长 心声）今年计划建设…'], // two characters that do not transliterate: no name
  ])('no named speaker in %s', (text) => {
    expect(mentions(text).filter((m) => m.name !== null).map((m) => m.name)).toEqual([]);
  });
});

/** The people of the seed's hand-checked annotation (shared/gold/qujing-2025.gold.yaml): name, title, organization of responders. */
const SEED_PEOPLE: Array<[string, string, string | null]> = [
  ['缪应虎', '市人大常委会副主任', null], ['海建才', '市政府副市长', '市政府'], ['邓玲', '市法院代理院长', '市法院'],
  ['马伟', '市检察院检察长', '市检察院'], ['谢茂华', '市人大常委会委员、麒麟区人大常委会主任', null],
  ['韩寅燕', '市人大常委会委员、沾益区人大常委会主任', null], ['杨开宇', '市检察院常务副检察长', '市检察院'],
  ['蒋绍华', '市人大常委会委员、宣威市人大常委会主任', null], ['朱树平', '市人大常委会委员、市人大财经委主任委员', null],
  ['余波', '市市场监管局局长', '市市场监管局'], ['张云娅', '市人大常委会委员、市人大城环资委主任委员', null],
  ['朱树锋', '市城管局副局长', '市城管局'], ['代桂明', '市人大常委会委员、市人大常委会法工委主任', null],
  ['胡建东', '市公安局党委副书记', '市公安局'], ['李四荣', '市人大常委会委员、市人大法制委主任委员', null],
  ['余中平', '市司法局局长', '市司法局'], ['赵华江', '市人大常委会委员、市人大监司委主任委员', null],
  ['高红丽', '市法院执行局局长', '市法院'], ['袁其亮', '市人大常委会委员、市人大社会委主任委员', null],
  ['徐广满', '市政务服务管理局局长', '市政务服务管理局'], ['杨志雄', '市人大常委会委员、师宗县人大常委会主任', null],
  ['卢燕', '市人大常委会委员', null], ['骆建才', '市法院副院长', '市法院'],
];

describe('[speakers] the seed', () => {
  const text = readFileSync(new URL('../../seeds/qujing-2025-safety-rule-of-law.txt', import.meta.url), 'utf8');
  const found = findMentions(pairOf(text), [0, text.length]);
  const people = peopleOf(text, found);

  it('yields exactly the 23 people of the annotation, with their titles, in order', () => {
    expect(people.map((p) => [p.name, p.titles])).toEqual(SEED_PEOPLE.map(([name, title]) => [name, [title]]));
  });

  it('gives responders the organization of the annotation', () => {
    for (const [name, , org] of SEED_PEOPLE) if (org) expect(people.find((p) => p.name === name)?.organization).toBe(org);
  });

  it('finds nobody in the doctrine name 习近平法治思想', () => {
    expect(found.some((m) => m.name === '习近平')).toBe(false);
  });

  it('every span slices its text', () => {
    for (const m of found) {
      if (m.nameSpan) expect(text.slice(...m.nameSpan)).toBe(m.name);
      if (m.titleSpan) expect(text.slice(...m.titleSpan)).toBe(m.title);
    }
  });
});

describe('[speakers] invariants on generated text', async () => {
  const fc = await import('fast-check');
  const pieces = ['市政府', '副市长', '市人大常委会', '委员', '、', '麒麟区', '主任', '王某某', '李某', '欧阳明远', '海建才', '表示', '说', ',', '。',
    '就', '向', '记者', ' ', '局长', '有关负责人', '一位', '这位', '(', ')', '同志', '人民群众', '習近平', '市公安局', '和', '\n', '【', '】', ':', '請問', '李局长'];
  it('spans lie in the range, slice their text, come in order and never overlap', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const text = parts.join('');
      const from = text.length ? a % (text.length + 1) : 0;
      const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
      const ms = findMentions(pairOf(text), [from, to]);
      let prev = from;
      for (const m of ms) {
        expect(m.span[0]).toBeGreaterThanOrEqual(prev);
        expect(m.span[1]).toBeLessThanOrEqual(to);
        if (m.nameSpan) expect(text.slice(...m.nameSpan)).toBe(m.name);
        if (m.titleSpan) expect(text.slice(...m.titleSpan)).toBe(m.title);
        if (m.name) expect(m.name.length).toBeGreaterThanOrEqual(2);
        if (m.name) expect(m.name.length).toBeLessThanOrEqual(4);
        prev = m.span[1];
      }
    }), { numRuns: 400 });
  });
});

describe('[speakers] a chain led by a bare congress post', () => {
  it.each([
    ['代表、石门村党支部书记龚海波提问', true],
    ['委员、县人大农业农村委主任委员韦志刚追问', true],
    ['市政协委员、市工商联副主席詹某某表示', false],
  ])('%s: congress %s', (text, congress) => {
    const view = normalize(text);
    expect(findMentions({ text, view }).map((m) => m.congress)).toEqual([congress]);
  });
});

describe('[speakers] a congress committee post with no congress before it', () => {
  it.each([
    ['代表资格审查委员会主任委员 罗振宇:我问县交通运输局。', true],
    ['财政经济委员会副主任委员 龚海燕:请问市财政局,', true],
    ['环资委委员孔令辉追问', true],
    ['预算工委主任 程立:我问区审计局。', true],
    ['法工委副主任 曹春生:我想问市司法局。', true],
    ['县卫生健康委员会主任 邵建华:我们将从三个方面推进。', false],
    ['市政协社会和法制委员会主任 蓝天:谈几点看法。', false],
  ])('%s: congress %s', (text, congress) => {
    const view = normalize(text);
    expect(findMentions({ text, view }).map((m) => m.congress)).toEqual([congress]);
  });
});

describe('[speakers] names whose surname is also a word (向, 和) or that end in 和', () => {
  it.each([
    // an official's roster item: after the title, closing the item
    ['应询人:市农业农村局局长向东\n', ['向东']],
    ['到会的同志:副县长陶文斌;县农业农村局局长向东;县林业局局长卢志和。', ['陶文斌', '向东', '卢志和']],
    ['到会的同志:县林业局局长卢志和、县交通运输局局长和立平、县民政局局长吕红。', ['卢志和', '和立平', '吕红']],
    // a label's line: the name before its title and colon
    ['向立群委员:我想问县交通运输局。', ['向立群']],
    ['和秀兰代表：请问县民政局。', ['和秀兰']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // members and the public joined by 和: groups, no names
    ['会议邀请了部分县人大代表、政协委员和群众、专家旁听。'],
    ['感谢县人大代表和群众,'],
    // 向 before a title in running text: the preposition
    ['请向立群委员提问。'],
  ])('%s → no 向/和 name', (text) => {
    expect(names(text).filter((n) => n !== null && /^[向和]/u.test(n))).toEqual([]);
  });
});

describe('[speakers] posts at organization boundaries and two posts in a label', () => {
  // A title's 长 that opens the next organization's name is no title (有限公司|长治办事处, 总局|长春市…, 部|长江…);
  // the organization is read to its suffix (办事处, 有限公司) and on to a vertical body's or a company's office.
  it.each([
    ['某能源集团有限公司长治办事处主任钱立新:今年', '钱立新', '某能源集团有限公司长治办事处主任', '某能源集团有限公司长治办事处'],
    ['国家税务总局长春市税务局副局长孙一鸣:今年', '孙一鸣', '国家税务总局长春市税务局副局长', '国家税务总局长春市税务局'],
    ['水利部长江水利委员会副主任周海涛:今年', '周海涛', '水利部长江水利委员会副主任', '水利部长江水利委员会'],
    ['某建工集团有限公司党委书记、董事长郑国华:今年', '郑国华', '某建工集团有限公司党委书记、董事长', '某建工集团有限公司'],
    ['县河长办主任吴晓东:今年', '吴晓东', '县河长办主任', '县河长办'],
    ['锡林郭勒盟行政公署副盟长乌日娜:今年', '乌日娜', '锡林郭勒盟行政公署副盟长', '锡林郭勒盟行政公署'],
    ['和田地区行署副专员艾力:今年', '艾力', '和田地区行署副专员', '和田地区行署'],
    ['第十四师副师长冯志远:今年', '冯志远', '第十四师副师长', '第十四师'],
    ['新疆生产建设兵团民政局局长冯志远:今年', '冯志远', '新疆生产建设兵团民政局局长', '新疆生产建设兵团民政局'],
  ])('%s', (text, name, title, org) => {
    expect(brief(text)).toEqual([['title-name', name, title, org]]);
  });

  // A comma between two posts of a line's label joins them as 、 does, and opens a concurrent post as 兼 does: the
  // person answers for the first. The office of a coordinating body (绿化委员会办公室, 河长办) is its director's second post.
  it.each([
    ['区水务局局长，区河长办主任郑国华:今年', '区水务局局长，区河长办主任', '区水务局'],
    ['县自然资源局党组书记、局长，县林长办主任乔木:今年', '县自然资源局党组书记、局长，县林长办主任', '县自然资源局'],
    ['县发展改革局局长，县粮食和物资储备局局长钱立新:今年', '县发展改革局局长，县粮食和物资储备局局长', '县发展改革局'],
    ['县林业局局长、县绿化委员会办公室主任钱立新:今年', '县林业局局长、县绿化委员会办公室主任', '县林业局'],
    ['区应急管理局局长、区防汛抗旱指挥部办公室主任钱立新:今年', '区应急管理局局长、区防汛抗旱指挥部办公室主任', '区应急管理局'],
  ])('%s', (text, title, org) => {
    const found = brief(text);
    expect(found).toHaveLength(1);
    expect(found[0].slice(2)).toEqual([title, org]);
  });

  // In running text a comma parts two people.
  it('请市财政局局长，市税务局局长回答 → two offices', () => {
    expect(brief('请市财政局局长，市税务局局长回答。').map((m) => m[2])).not.toContain('市财政局局长，市税务局局长');
  });
});

describe('[speakers] concurrent posts: a comma in a name\'s bracket, a post in brackets after the principal one', () => {
  // Minutes put the posts in brackets after the name, parted by a comma as by 、; a merged body's head holds its second
  // post in brackets after the first. Both posts are the title; the person answers for the first.
  it.each([
    ['段卫东（县财政局局长，县国有资产事务中心主任）\n今年安排800万元。', '段卫东', '县财政局局长，县国有资产事务中心主任', '县财政局'],
    ['段卫东（县财政局局长、县国有资产事务中心主任）\n今年安排800万元。', '段卫东', '县财政局局长、县国有资产事务中心主任', '县财政局'],
    ['市交通运输局局长（市港航管理局局长）张大山：今年', '张大山', '市交通运输局局长（市港航管理局局长）', '市交通运输局'],
    ['【应询】市住房城乡建设局局长（市园林绿化局局长） 赵国华：今年', '赵国华', '市住房城乡建设局局长（市园林绿化局局长）', '市住房城乡建设局'],
    ['答：市发展改革委主任（市粮食和物资储备局局长）司徒建军\n我分别回答。', '司徒建军', '市发展改革委主任（市粮食和物资储备局局长）', '市发展改革委'],
  ])('%s', (text, name, title, org) => {
    const found = brief(text);
    expect(found).toHaveLength(1);
    expect(found[0].slice(1)).toEqual([name, title, org]);
  });

  // Near misses: a bracket holding a name or a qualifier, a comma in a bracket of running text, a bracketed post before a colon.
  it.each([
    ['市水务局局长（邵立军）：完成改造31处。', '邵立军', '市水务局局长', '市水务局'],
    ['市财政局副局长（一级巡视员）夏侯军：今年', '夏侯军', '市财政局副局长（一级巡视员）', '市财政局'],
  ])('%s', (text, name, title, org) => {
    const found = brief(text);
    expect(found).toHaveLength(1);
    expect(found[0].slice(1)).toEqual([name, title, org]);
  });
  it('a comma between two posts in a bracket of running text parts two people', () => {
    expect(brief('会议邀请了有关部门（县财政局局长，县税务局局长）列席。').map((m) => m[2])).not.toContain('县财政局局长，县税务局局长');
  });
  it('a bracketed post right before a colon is no concurrent post', () => {
    expect(brief('市交通运输局局长（市港航管理局局长）：今年').map((m) => m[2])).not.toContain('市交通运输局局长（市港航管理局局长）');
  });
});

describe('[speakers] one official heading two bodies: 、 between two posts named whole from their place', () => {
  // The first post is the principal one, as before 兼; a later link that completes the first (no place of its own) and a
  // party seat beside a post keep their reading; a congress member's committee seat belongs to the standing committee
  // (congress committees, q1).
  it.each([
    ['市财政局局长、市国资委主任 蔡文华：好。', '市财政局'],
    ['市住建局局长、市城市更新局局长 庞国伟：好。', '市住建局'],
    ['县财政局局长、县国有资产事务中心主任段卫东：好。', '县财政局'],
    ['高新区党工委副书记、管委会主任李某：好。', '高新区管委会'],
    ['市人大常委会委员、市人大教科文卫委主任委员张某：好。', '市人大常委会'],
    // (常委会 written bare leads the chain as 全国人大常委会 would: the first post decides, 常委会 read against the body later.)
    ['常委会委员、全国人大社会建设委员会委员何某：好。', '常委会'],
    ['常委会委员、市人大教科文卫委主任委员张某：好。', '常委会'],
    ['市委常委、市政府副市长刘某：好。', '市政府'],
    ['市卫生健康委党组书记、主任黄建伟：好。', '市卫生健康委'],
    ['市政府副秘书长、市政府办公室主任王某：好。', '市政府办公室'],
    ['县卫生健康局党组成员、县疾控中心主任田某：好。', '县疾控中心'],
  ])('%s', (text, org) => {
    const found = brief(text);
    expect(found).toHaveLength(1);
    expect(found[0][3]).toBe(org);
  });
});

describe('[speakers] the organization of a post in a unit within a body', () => {
  // Each row: the label, then [name, titles as written, organization]. A field unit (派出所, 大队) is written with
  // its outer body; a bare 办事处 after a 街道's party post is that 街道's; a party committee member answers for it.
  it.each<[string, [string, string, string | null]]>([
    ['应询人：县公安分局城关派出所所长 覃志远\n', ['覃志远', '县公安分局城关派出所所长', '县公安分局城关派出所']],
    ['区公安分局交巡警支队支队长孟凡：我们开展了专项整治。', ['孟凡', '区公安分局交巡警支队支队长', '区公安分局交巡警支队']],
    ['省消防救援总队江城区大队大队长黎刚答复：今年新建两个站。', ['黎刚', '省消防救援总队江城区大队大队长', '省消防救援总队江城区大队']],
    ['应询人：桂园街道党工委副书记、办事处主任 韦丹\n', ['韦丹', '桂园街道党工委副书记、办事处主任', '桂园街道办事处']],
    ['答复人：乡党委委员、组织委员 潘海\n', ['潘海', '乡党委委员、组织委员', '乡党委']],
    ['答复人：镇党委委员、宣传委员 莫小川\n', ['莫小川', '镇党委委员、宣传委员', '镇党委']],
    // a field unit named bare after a post in its bureau: the bureau's unit
    ['区公安分局副局长、龙山派出所所长岳明答复：我们增加了巡逻。', ['岳明', '区公安分局副局长、龙山派出所所长', '区公安分局龙山派出所']],
    ['县司法局党组成员、城关司法所所长 韦敏：调解了纠纷。', ['韦敏', '县司法局党组成员、城关司法所所长', '县司法局城关司法所']],
    // a branch named bare after a post in the body it branches from: that body's branch
    ['县市场监管局一级主任科员、河西分局局长 蒲建：我们受理投诉。', ['蒲建', '县市场监管局一级主任科员、河西分局局长', '县市场监管局河西分局']],
    ['某银行青州分行副行长、城北支行行长祁远：我们发放贷款。', ['祁远', '某银行青州分行副行长、城北支行行长', '某银行青州分行城北支行']],
    ['市燃气集团有限公司党委委员、城西分公司经理 蓝海：我们更换了管道。', ['蓝海', '市燃气集团有限公司党委委员、城西分公司经理', '市燃气集团有限公司城西分公司']],
    // (a second 分局 after a 分局 is its sibling, no branch of it: it stays its own)
    ['市公安局城东分局副局长、城西分局局长 牛犇：我们破获案件。', ['牛犇', '市公安局城东分局副局长、城西分局局长', '城西分局']],
    // …but not after a congress or consultative post: the member's own body holds no station
    ['县人大代表、城关派出所所长 韦敏：我想问一下。', ['韦敏', '县人大代表、城关派出所所长', '城关派出所']],
    // (a member who also holds a post of the township answers for the township; a secretary leads the place)
    ['答复人：镇党委委员、副镇长 潘海\n', ['潘海', '镇党委委员、副镇长', '镇']],
    ['答复人：石门镇党委书记 莫小川\n', ['莫小川', '石门镇党委书记', '石门镇']],
  ])('%s → %j', (text, [name, title, org]) => {
    const m = mentions(text).find((x) => x.name === name);
    expect(m && [m.name, m.title, m.organization]).toEqual([name, title, org]);
  });
});

describe('[speakers] a manner adverb before a bare post is no part of the title (现场 says where, not who)', () => {
  it.each<[string, string | null, string | null]>([
    ['（现场委员插话：养护员工资谁来出？）', '委员', null],
    ['（当场副局长插话：我补充一句。）', '副局长', null],
    // near-misses: an organization or more words after 共同/联合 are a body's name, kept whole
    ['共同富裕办公室主任：我们将加快推进。', '共同富裕办公室主任', '共同富裕办公室'],
    ['县卫健局局长李四：很好。', '县卫健局局长', '县卫健局'],
  ])('%s', (text, title, org) => {
    const m = mentions(text)[0];
    expect([m.title, m.organization]).toEqual([title, org]);
    // the mention still starts where the label is written
    expect(m.span[0]).toBe(text.startsWith('（') ? 1 : 0);
  });
});

describe('[speakers] a delegation\'s 团长 is a post of the delegation (代表团)', () => {
  it.each<[string, string | null, string | null, string | null]>([
    ['宜昌代表团团长王立主持会议。', '王立', '宜昌代表团团长', '宜昌代表团'],
    ['代表团团长王立主持会议。', '王立', '代表团团长', '代表团'],
    ['襄阳代表团副团长周敏：下面请代表提问。', '周敏', '襄阳代表团副团长', '襄阳代表团'],
    // near-misses: a 集团 before 长 + a word names nobody
    ['该集团长期合作的企业有十家。', null, null, null],
  ])('%s', (text, name, title, org) => {
    const m = mentions(text)[0];
    expect(m ? [m.name, m.title, m.organization] : [null, null, null]).toEqual([name, title, org]);
  });
});

describe('[speakers] Inner Mongolian township and village heads (苏木达, 嘎查达) are posts', () => {
  it.each<[string, string | null, string | null, string | null]>([
    ['乌兰苏木党委副书记、苏木达宝音：苏木已争取旗里每户补助8000元。', '宝音', '乌兰苏木党委副书记、苏木达', '乌兰苏木'],
    ['巴音苏木副苏木达图雅：今年已完成46户。', '图雅', '巴音苏木副苏木达', '巴音苏木'],
    ['阿拉坦嘎查嘎查达巴特尔：我们嘎查已全部通水。', '巴特尔', '阿拉坦嘎查嘎查达', '阿拉坦嘎查'],
    // near-misses: the place noun alone, or 苏木 before a verb, is no post
    ['乌兰苏木达到了全覆盖。', null, null, null], ['全旗12个嘎查达标率100%。', null, null, null],
    ['苏木已争取旗里每户补助8000元。', null, null, null],
  ])('%s', (text, name, title, org) => {
    const m = mentions(text)[0];
    expect(m ? [m.name, m.title, m.organization] : [null, null, null]).toEqual([name, title, org]);
  });
});

describe('[speakers] answering on behalf of another: 委托 before the title and 代为 after the name belong to neither', () => {
  it.each<[string, string | null, string | null, string | null]>([
    ['县自然资源局局长因在外地开会，委托县自然资源局二级调研员高振华代为回答。', '高振华', '县自然资源局二级调研员', '县自然资源局'],
    ['局长外出，由县卫生健康局副局长欧阳敏代为作答。', '欧阳敏', '县卫生健康局副局长', '县卫生健康局'],
    ['委托市水务局总工程师王建军回答。', '王建军', '市水务局总工程师', '市水务局'],
    // near-misses: 代 inside a name, and 代表 after a name (already a word after names), are kept as they were
    ['县长王代明说，资金已经到位。', '王代明', '县长', null],
    ['副县长王海涛代表县政府表态。', '王海涛', '副县长', null],
    // a post with no name after 委托: no speaker
    ['委托县卫健局局长代为回答。', null, null, null],
  ])('%s', (text, name, title, org) => {
    const m = mentions(text)[0];
    expect(m ? [m.name, m.title, m.organization] : [null, null, null]).toEqual([name, title, org]);
  });
});

describe('[speakers] a head leading the departments to the meeting (带领, 率领) ends the name', () => {
  it.each<[string, string | null, string | null]>([
    ['副区长邱美玲带领区发展改革局、区行政审批局负责人到会应询。', '邱美玲', '副区长'],
    ['副市长霍文涛率领市民政局负责人到会。', '霍文涛', '副市长'],
    // near-miss: no title before the name, nothing to read
    ['邱美玲带领大家参观。', null, null],
  ])('%s', (text, name, title) => {
    const m = mentions(text)[0];
    expect(m ? [m.name, m.title] : [null, null]).toEqual([name, title]);
  });
});

describe('[speakers] a given name holding a joining word (和, 向, 对) before a post', () => {
  // A bare surname is no side of a conjunction or a preposition: 赵和平, 刘向阳 name the person before the post.
  it.each<[string, unknown[]]>([
    ['赵和平委员：我想问市水务局。', [['name-title', '赵和平', '委员', null]]],
    ['刘向阳委员：我想问市水务局。', [['name-title', '刘向阳', '委员', null]]],
    ['何向阳委员：黄局长，漏损率是多少？', [['name-title', '何向阳', '委员', null], ['surname-title', null, '局长', null]]],
    ['刘对阳委员：我想问市水务局。', [['name-title', '刘对阳', '委员', null]]],
    ['首先请孙和平委员提问。', [['name-title', '孙和平', '委员', null]]],
    ['谢谢刘向阳委员。', [['name-title', '刘向阳', '委员', null]]],
    ['欧阳和平委员：我想问。', [['name-title', '欧阳和平', '委员', null]]],
    // near-misses: 和/向 with words on both sides join or point, the post after it keeps its surname
    ['局长和李局长', [['surname-title', null, '局长', null]]],
    ['王主任和李委员先后提问', [['surname-title', null, '主任', null], ['surname-title', null, '委员', null]]],
    ['12位市人大常委会委员向市政府提问', []],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('[speakers] notes in brackets around a post; a concurrent post; two posts joined by a comma', () => {
  const brief = (text: string) => findMentions(pairOf(text)).map((m) => [m.name, m.title, m.organization]);
  it.each([
    // 烟草专卖局（公司）局长（经理）: the body and its post as a company, both kept as written; the speaker is read.
    ['云岭市烟草专卖局（公司）局长（经理）黎光耀：整改完成了。', [['黎光耀', '云岭市烟草专卖局（公司）局长（经理）', '云岭市烟草专卖局']]],
    // A note after a comma closing the bracket of a name's posts: no part of the title.
    ['裴丹（市行政审批服务局副局长，主持工作）：企业跑多次主要是因为…', [['裴丹', '市行政审批服务局副局长', '市行政审批服务局']]],
    // 局长（兼…主任）: the concurrent post is the title's; the organization the principal post's.
    ['市自然资源和规划局局长（兼市城市更新工作领导小组办公室主任）潘若愚，市城管局局长严卫平到会应询。',
      [['潘若愚', '市自然资源和规划局局长（兼市城市更新工作领导小组办公室主任）', '市自然资源和规划局'], ['严卫平', '市城管局局长', '市城管局']]],
    // Two posts of one official joined by a comma when the name after them answers at once.
    ['市工业和信息化局党组书记、局长，市开发区建设服务中心主任戴伟回答，市里已出台职责清单。',
      [['戴伟', '市工业和信息化局党组书记、局长，市开发区建设服务中心主任', '市工业和信息化局']]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
  it.each([
    // Near-misses: a comma parting two unnamed posts, and a name after the second post that does not speak there.
    ['请市财政局局长，市税务局局长回答。', null],
    ['市工业和信息化局局长，市开发区建设服务中心主任戴伟出席会议。', '市开发区建设服务中心主任'],
  ])('%s', (text, title) => {
    const named = findMentions(pairOf(text)).find((m) => m.name !== null);
    expect(named?.title ?? null).toBe(title);
  });
});
