/** A deputy's speaker label: an occupation outside the title lexicon after "…人大代表、", qualifiers before 代表. */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';

/** The mentions of `text`: [as written, name, title, congress]. */
function mentions(text: string): Array<[string, string | null, string | null, boolean]> {
  const view = normalize(text);
  return findMentions({ text, view }).map((m) => [text.slice(m.span[0], m.span[1]), m.name, m.title, m.congress]);
}

describe('[deputy-labels] an occupation after …人大代表、 in a label', () => {
  it.each<[string, string, string, string]>([
    ['a workplace and a 总监', '市人大代表、某酿酒公司品控总监柯岚：请问市市场监管局，', '柯岚', '市人大代表、某酿酒公司品控总监'],
    ['a 技术员 and a three-character name', '县人大代表、某机械厂技术员邬晓峰：我想问县工信局，', '邬晓峰', '县人大代表、某机械厂技术员'],
    ['a 工人', '区人大代表、某纺织厂工人蒲青：请问区人社局，', '蒲青', '区人大代表、某纺织厂工人'],
    ['a 店长', '市人大代表、某连锁超市店长甘露：请问市商务局，', '甘露', '市人大代表、某连锁超市店长'],
    ['a 创始人 and a compound surname', '省人大代表、某科技公司创始人司马一鸣：请问省科技厅，', '司马一鸣', '省人大代表、某科技公司创始人'],
    ['a 合伙人', '市人大代表、某律师事务所合伙人庞悦：请问市司法局，', '庞悦', '市人大代表、某律师事务所合伙人'],
    ['a 护士长', '县人大代表、县人民医院护士长覃丽：请问县卫健局，', '覃丽', '县人大代表、县人民医院护士长'],
    ['a 首席技师', '市人大代表、某汽车公司首席技师缪强：请问市人社局，', '缪强', '市人大代表、某汽车公司首席技师'],
    ['a 主管 (管 may be a surname: the name starts after it)', '区人大代表、某物业公司后勤主管蒙丽：请问区住建局，', '蒙丽', '区人大代表、某物业公司后勤主管'],
    ['a padded name after a space', '省人大代表、某乳品公司质检员 覃　雪：请问省农业农村厅，', '覃雪', '省人大代表、某乳品公司质检员'],
    ['同志 after the name', '市人大代表、某药店店长甘露同志：请问', '甘露', '市人大代表、某药店店长'],
    ['代表 after the name', '省人大代表、质检员覃雪代表：请问省市场监管局，', '覃雪', '省人大代表、质检员'],
    // Deputies' occupations are an open class: the label's verb and colon, or a person field's end, delimit the name.
    ['a verb of the label after the name (退役军人)', '市人大代表、退役军人蒲青提问：请问市退役军人事务局，', '蒲青', '市人大代表、退役军人'],
    ['a 教练 glued to the name', '县人大代表、驾校教练柯岚提问：请问县交通运输局，', '柯岚', '县人大代表、驾校教练'],
    ['a space, the name, then the verb (never 甘露提问)', '市人大代表、非遗传承人 甘露提问：请问市文旅局，', '甘露', '市人大代表、非遗传承人'],
    ['an adverb before the verb', '区人大代表、电商创业者 庞悦联合提问：请问区商务局，', '庞悦', '区人大代表、电商创业者'],
    ['a person field, to the line\'s end', '提问代表：镇人大代表、致富带头人 邬晓峰\n问：', '邬晓峰', '镇人大代表、致富带头人'],
    ['a person field, a Dai name', '询问人：乡人大代表、返乡大学生 玉香\n问：', '玉香', '乡人大代表、返乡大学生'],
    ['a person field, then the next field', '询问人：乡人大代表、务工人员 岩应；应询人：乡长 覃强', '岩应', '乡人大代表、务工人员'],
    // A place alone after 代表 is the constituency or delegation, no part of the title; a place and an occupation are.
    ['a person field, a 街道 alone: the constituency', '提问人：区人大代表、西塘街道 俞小平\n问：', '俞小平', '区人大代表'],
    ['a label, a 镇 and a 村 alone', '县人大代表、城关镇、红星村 蒲青提问：请问县水利局，', '蒲青', '县人大代表'],
    ['a person field, a 选区', '询问人：区人大代表、城东选区 邬晓峰\n问：', '邬晓峰', '区人大代表'],
    ['a place and an occupation: the occupation\'s', '提问人：区人大代表、西塘街道居民 俞小平\n问：', '俞小平', '区人大代表、西塘街道居民'],
    ['a place and an institution: a workplace', '询问人：乡人大代表、勐泉镇中心小学教师 玉香\n问：', '玉香', '乡人大代表、勐泉镇中心小学教师'],
  ])('%s', (_name, text, name, title) => {
    const m = mentions(text)[0];
    expect(m[1]).toBe(name);
    expect(m[2]).toBe(title);
    expect(m[3]).toBe(true);
  });

  it.each([
    ['no colon: a sentence, no label', '市人大代表、某酿酒公司品控总监柯岚认为，标准要统一。'],
    ['not opening its line', '会上，市人大代表、某酿酒公司品控总监柯岚：请问'],
    ['a member, not a deputy', '市人大常委会委员、某公司技术员柯岚：请问'],
    ['a field that names no person', '应询单位：市人大代表、某公司技术员柯岚\n'],
  ])('no occupation label: %s', (_name, text) => {
    expect(mentions(text).some(([, , title]) => title?.includes('技术员') || title?.includes('品控总监'))).toBe(false);
  });
});

describe('[deputy-labels] rural and private-sector deputies: an owner, a grower, a business (t70 #4)', () => {
  /** The first mention of `text`: [name, title, organization]. */
  function first(text: string): [string | null, string | null, string | null] {
    const view = normalize(text);
    const m = findMentions({ text, view })[0];
    return m ? [m.name, m.title, m.organization] : [null, null, null];
  }
  it.each<[string, string, string, string, string]>([
    // The owner: the business's head noun + 主.
    ['a farm\'s 场主', '省人大代表、晋江市鸿星家庭农场场主施天佑：请问省农业农村厅，', '施天佑', '省人大代表、晋江市鸿星家庭农场场主', '晋江市鸿星家庭农场'],
    ['an orchard\'s 园主', '县人大代表、某果园园主覃丽：请问县农业农村局，', '覃丽', '县人大代表、某果园园主', '某果园'],
    ['a farmstay\'s 庄主', '市人大代表、某生态农庄庄主蒲青：请问市文旅局，', '蒲青', '市人大代表、某生态农庄庄主', '某生态农庄'],
    ['a guesthouse\'s 业主', '州人大代表、巴东县溪丘湾乡民宿业主邓红霞：请问州文旅局，', '邓红霞', '州人大代表、巴东县溪丘湾乡民宿业主', '巴东县溪丘湾乡民宿'],
    ['a 经营者 of a guesthouse', '省人大代表、某民宿经营者柯岚：请问省文旅厅，', '柯岚', '省人大代表、某民宿经营者', '某民宿'],
    // The grower or keeper: no workplace named, the congress stays the organization — the place where they farm is no
    // unit holding a post (s85: the row expected 城关镇 against its own comment).
    ['a 养殖户', '县人大代表、城关镇养殖户庞悦：请问县畜牧局，', '庞悦', '县人大代表、城关镇养殖户', '县人大'],
    ['a 茶农', '县人大代表、茶农甘露：请问县农业农村局，', '甘露', '县人大代表、茶农', '县人大'],
    // The business by its head noun before a listed post.
    ['an enterprise (企业)', '省人大代表、晋江市某运动鞋服企业董事长施天佑：请问', '施天佑', '省人大代表、晋江市某运动鞋服企业董事长', '晋江市某运动鞋服企业'],
    ['a market (商贸城)', '市人大代表、九江某大型商贸城总经理詹国华提问：请问', '詹国华', '市人大代表、九江某大型商贸城总经理', '九江某大型商贸城'],
    ['a hotel (酒店)', '省人大代表、晋江市某大酒店总经理施天佑：请问', '施天佑', '省人大代表、晋江市某大酒店总经理', '晋江市某大酒店'],
    ['a pharmacy (药店) before an unlisted occupation', '省人大代表、晋江市某药店店长施天佑：请问', '施天佑', '省人大代表、晋江市某药店店长', '晋江市某药店'],
    ['a logistics park (物流园)', '省人大代表、晋江市某物流园总经理施天佑：请问', '施天佑', '省人大代表、晋江市某物流园总经理', '晋江市某物流园'],
  ])('%s', (_name, text, name, title, org) => {
    expect(first(text)).toEqual([name, title, org]);
  });
  it.each<[string, string, string, string]>([
    // Near-misses: 主 after no business noun is no owner (主管 + a name); a place alone is the constituency.
    ['主管 then the name', '区人大代表、某物业公司后勤主管蒙丽：请问区住建局，', '蒙丽', '某物业公司'],
    ['a 街道 alone', '区人大代表、西塘街道 俞小平提问：请问', '俞小平', '区人大'],
  ])('near-miss: %s', (_name, text, name, org) => {
    const [n, , o] = first(text);
    expect([n, o]).toEqual([name, org]);
  });
});

describe('[deputy-labels] the qualifiers of 代表 before it in a label', () => {
  it.each<[string, string, string, string]>([
    ['列席代表', '列席代表庞悦：请问市教育局，', '庞悦', '列席代表'],
    ['基层代表', '基层代表庞悦：请问市教育局，', '庞悦', '基层代表'],
    ['企业界代表', '企业界代表庞悦：请问市教育局，', '庞悦', '企业界代表'],
    ['a term before 人大代表', '市十六届人大代表庞悦：请问市教育局，', '庞悦', '市十六届人大代表'],
    ['a relative clause', '列席会议的区人大代表庞悦：请问区教育局，', '庞悦', '列席会议的区人大代表'],
    ['列席代表 before a second link', '列席代表、县人大代表庞悦：请问县教育局，', '庞悦', '列席代表、县人大代表'],
  ])('%s', (_name, text, name, title) => {
    const m = mentions(text)[0];
    expect([m[0], m[1], m[2]]).toEqual([text.slice(0, text.indexOf('：')), name, title]);
  });

  it.each([
    ['a sentence, not a label', '列席代表庞悦认为，学位仍然紧张。', '代表庞悦'],
    ['words before it on the line, not only Han characters', '会上，列席代表庞悦：请问', '代表庞悦'],
    ['where the deputy comes from', '来自企业的市人大代表庞悦：请问', '市人大代表庞悦'],
  ])('keeps the title: %s', (_name, text, written) => {
    expect(mentions(text)[0][0]).toBe(written);
  });
});
