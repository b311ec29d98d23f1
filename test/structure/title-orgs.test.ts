import { describe, expect, it } from 'vitest';
import { readOrganization } from '../../src/structure/title-orgs.js';
import { lexicon } from '../../src/structure/lexicon.js';

const lex = lexicon();

describe('[title-orgs] readOrganization', () => {
  const org = (before: string) => {
    const view = before + '局长';
    const r = readOrganization(lex, view, before.length, 0);
    return [view.slice(r.start, before.length), r.organization && view.slice(...r.organization)];
  };

  it.each([
    ['市政府', '市政府', '市政府'],
    ['对此,市法院执行局', '市法院执行局', '市法院'],
    // a photo caption's 图为 opens no place (图为县 is no county): the organization starts after it
    ['图为县水务局', '县水务局', '县水务局'],
    ['▲上图为市交通运输局', '市交通运输局', '市交通运输局'],
    // a profile's byline "——记…" (a portrait of…): 记 opens no place (记县 is no county)
    ['——记县水务局', '县水务局', '县水务局'],
    ['—— 记市交通运输局', '市交通运输局', '市交通运输局'],
    ['--记桐乡镇卫生院', '桐乡镇卫生院', '桐乡镇卫生院'],
    ['对此市公安局', '市公安局', '市公安局'],
    // 据 framing reported speech ("据区住建局副局长王丽介绍") opens no place: 据区 is no district
    ['据区住建局', '区住建局', '区住建局'],
    // a time clause closed by 时 after a visit or an inquiry opens no place nor body (调研时市 is no city, 时公交集团 no group)
    ['调研时市公安局', '市公安局', '市公安局'],
    ['座谈时县财政局', '县财政局', '县财政局'],
    ['去年询问时公交集团', '公交集团', '公交集团'],
    ['据市民政局', '市民政局', '市民政局'],
    [',据县水务局', '县水务局', '县水务局'],
    // …but the 据 of a word stays in its institution
    ['区数据资源管理局', '区数据资源管理局', '区数据资源管理局'],
    ['请市公安局', '市公安局', '市公安局'],
    ['宣威市人大常委会', '宣威市人大常委会', '宣威市人大常委会'],
    ['。麒麟区人大常委会法工委', '麒麟区人大常委会法工委', '麒麟区人大常委会'],
    ['市人大财经委', '市人大财经委', '市人大财经委'],
    ['省人力资源和社会保障厅', '省人力资源和社会保障厅', '省人力资源和社会保障厅'],
    ['张某和市政府', '市政府', '市政府'],
    // 和 joining two fields inside one institution's name, read back to its place, is no cut; between two bodies it is
    ['。区数据资源和政务服务局', '区数据资源和政务服务局', '区数据资源和政务服务局'],
    ['问题。县文化和旅游局', '县文化和旅游局', '县文化和旅游局'],
    ['市财政局和税务局', '税务局', '税务局'],
    ['张某和区政务服务局', '区政务服务局', '区政务服务局'],
    // 由 of the agent before the chair's post is a preposition, whatever place follows it; never the 由 of a word.
    ['会议由江西省人民政府', '江西省人民政府', '江西省人民政府'],
    ['。联组会议由金沙州人大常委会', '金沙州人大常委会', '金沙州人大常委会'],
    ['询问由渝北区人大常委会', '渝北区人大常委会', '渝北区人大常委会'],
    ['会议由自治区人大常委会', '自治区人大常委会', '自治区人大常委会'],
    [',由黔东南苗族侗族自治州人大常委会', '黔东南苗族侗族自治州人大常委会', '黔东南苗族侗族自治州人大常委会'],
    ['会议由县人大常委会', '县人大常委会', '县人大常委会'],
    ['。临港自由贸易试验区管委会', '临港自由贸易试验区管委会', '临港自由贸易试验区管委会'],
    // …and before a body named by its own words and suffix, no place (t65 p06: 会议由教科文卫委员会主任委员某…主持)
    ['会议由教科文卫委员会', '教科文卫委员会', '教科文卫委员会'],
    ['会议由社会建设委员会', '社会建设委员会', '社会建设委员会'],
    ['12位市人大常委会', '市人大常委会', '市人大常委会'],
    ['询问市检察院', '市检察院', '市检察院'],
    // an adverb of where or how the words are said (现场, 当场) before the post names no body: 现 + 场 is no X场
    ['(现场', '现场', null],
    ['当场', '当场', null],
    ['县林场', '县林场', '县林场'],
    ['市公安局相关', '市公安局相关', '市公安局'],
    ['有关', '有关', null],
    ['曲靖经开区', '曲靖经开区', '曲靖经开区'],
    ['坚持党的', '', null],
    ['。市委组织部', '市委组织部', '市委组织部'],
    ['。市委政法委', '市委政法委', '市委政法委'],
    ['。市委政策研究室', '市委政策研究室', '市委政策研究室'],
    ['曲靖经济技术开发区管委会', '曲靖经济技术开发区管委会', '曲靖经济技术开发区管委会'],
    ['市公安局交警支队', '市公安局交警支队', '市公安局'],
    ['最高人民检察院第八检察厅', '最高人民检察院第八检察厅', '最高人民检察院'],
    ['国家发展改革委', '国家发展改革委', '国家发展改革委'],
    ['市发展和改革委员会', '市发展和改革委员会', '市发展和改革委员会'],
    ['列席会议的市公安局', '市公安局', '市公安局'],
    ['省人大华侨外事委员会', '省人大华侨外事委员会', '省人大华侨外事委员会'],
    ['来自基层的县水务局', '县水务局', '县水务局'],
    // A question header glued to the label before it: its numeral is the header's, never the organization's.
    ['问题二县水务局', '县水务局', '县水务局'],
    ['问题十二市人大常委会', '市人大常委会', '市人大常委会'],
    ['询问三区教育局', '区教育局', '区教育局'],
    ['第四问州财政局', '州财政局', '州财政局'],
    ['第二个问题市民政局', '市民政局', '市民政局'],
    ['问题一常委会', '常委会', '常委会'],
    // A congress committee whose name holds 工作 (or parses as a place: 农业农村) stays whole.
    ['县人大农业农村工作委员会', '县人大农业农村工作委员会', '县人大农业农村工作委员会'],
    ['州人大民族宗教外事工作委员会', '州人大民族宗教外事工作委员会', '州人大民族宗教外事工作委员会'],
    ['市人大教育科学文化卫生工作委员会', '市人大教育科学文化卫生工作委员会', '市人大教育科学文化卫生工作委员会'],
    ['县人大农业农村工委', '县人大农业农村工委', '县人大农业农村工委'],
    // Village bodies: a village's party branch, its villagers' committee.
    ['、河湾村党总支', '河湾村党总支', '河湾村党总支'],
    ['、柏树村村民委员会', '柏树村村民委员会', '柏树村村民委员会'],
    // The standing committee's working bodies are its inner departments.
    ['市人大常委会预算工作委员会', '市人大常委会预算工作委员会', '市人大常委会'],
    // A government's offices answer for themselves: never cut at 政府 (but its 党组 is inner).
    ['。市政府口岸物流办', '市政府口岸物流办', '市政府口岸物流办'],
    ['。县政府金融办', '县政府金融办', '县政府金融办'],
    ['。区政府办公室', '区政府办公室', '区政府办公室'],
    ['。州人民政府研究室', '州人民政府研究室', '州人民政府研究室'],
    ['。省政府办公厅', '省政府办公厅', '省政府办公厅'],
    ['。市政府国资委', '市政府国资委', '市政府国资委'],
    ['。市政府党组', '市政府党组', '市政府'],
    // A vertical body, then a place and its office there: the person answers for the local office.
    ['国家金融监督管理总局临江市监管分局', '国家金融监督管理总局临江市监管分局', '国家金融监督管理总局临江市监管分局'],
    ['国家金融监督管理总局市监管分局', '国家金融监督管理总局市监管分局', '国家金融监督管理总局市监管分局'],
    ['。国家税务总局江口县税务局', '国家税务总局江口县税务局', '国家税务总局江口县税务局'],
    ['国家统计局松川县调查队', '国家统计局松川县调查队', '国家统计局松川县调查队'],
    ['国家消防救援局青岭省消防救援总队', '国家消防救援局青岭省消防救援总队', '国家消防救援局青岭省消防救援总队'],
    ['国家外汇管理局东湖省分局', '国家外汇管理局东湖省分局', '国家外汇管理局东湖省分局'],
    ['海关总署临江海关', '海关总署临江海关', '海关总署临江海关'],
    // A branch by name, with or without a place between: 分局, 分行, 支行.
    ['国家金融监督管理总局某某监管分局', '国家金融监督管理总局某某监管分局', '国家金融监督管理总局某某监管分局'],
    ['市公安局城东区分局', '市公安局城东区分局', '市公安局城东区分局'],
    ['市生态环境局清河县分局', '市生态环境局清河县分局', '市生态环境局清河县分局'],
    ['市公安局治安分局', '市公安局治安分局', '市公安局治安分局'],
    // A centre's county office (管理部), and a zone's 管委会 bureaus (the zone's government): bodies of their own.
    ['市住房公积金管理中心西陵管理部', '市住房公积金管理中心西陵管理部', '市住房公积金管理中心西陵管理部'],
    ['潞河经济技术开发区管委会社会事务局', '潞河经济技术开发区管委会社会事务局', '潞河经济技术开发区管委会社会事务局'],
    ['高新区管委会财政金融局', '高新区管委会财政金融局', '高新区管委会财政金融局'],
    ['开发区管委会办公室', '开发区管委会办公室', '开发区管委会办公室'],
    // …not the 管委会's party working committee (inner), nor a bureau's 科 or a centre's 部 with no 管理部 of its own.
    ['高新区管委会党工委', '高新区管委会党工委', '高新区管委会'],
    ['市财政局预算科', '市财政局预算科', '市财政局'],
    ['市住房公积金管理中心综合部', '市住房公积金管理中心综合部', '市住房公积金管理中心'],
    ['市住房公积金管理中心归集科', '市住房公积金管理中心归集科', '市住房公积金管理中心'],
    // After a vertical body any institution is its office, a place written or not (临川 is no listed place).
    ['国家统计局临川调查队', '国家统计局临川调查队', '国家统计局临川调查队'],
    ['海关总署缉私局', '海关总署缉私局', '海关总署缉私局'],
    // Not a branch: a unit inside a bureau that is no vertical body.
    ['市财政局国库支付中心', '市财政局国库支付中心', '市财政局'],
    ['县公安局交警大队', '县公安局交警大队', '县公安局'],
    // A customs house: 海关 alone, after a level, named (隶属海关); the national administration 海关总署.
    ['。海关', '海关', '海关'],
    ['。州海关', '州海关', '州海关'],
    ['。南沙海关', '南沙海关', '南沙海关'],
    ['。海关总署', '海关总署', '海关总署'],
    // An inner department after a named institution is dropped, as after a listed head (市财政局办公室 → 市财政局).
    ['。南沙海关办公室', '南沙海关办公室', '南沙海关'],
    ['。江川水务集团办公室', '江川水务集团办公室', '江川水务集团'],
    ['。县档案馆党组', '县档案馆党组', '县档案馆'],
    ['。城东办公室', '城东办公室', '城东办公室'],
    // A ministry and a body it dispatches: the person answers for that body.
    ['。水利部淮河水利委员会', '水利部淮河水利委员会', '水利部淮河水利委员会'],
    // A company's office in a city, and a limited company, are read to their suffix (办事处, 有限公司).
    ['。某某建工集团有限公司郴州办事处', '某某建工集团有限公司郴州办事处', '某某建工集团有限公司郴州办事处'],
    ['。某某电力有限公司', '某某电力有限公司', '某某电力有限公司'],
    // A railway or highway 段 is its bureau's or company's local unit: the person answers for the 段.
    ['。中国铁路昆明局集团有限公司曲靖车务段', '中国铁路昆明局集团有限公司曲靖车务段', '中国铁路昆明局集团有限公司曲靖车务段'],
    ['。县公路段', '县公路段', '县公路段'],
    // The corps (兵团) stands like a province before its offices.
    ['。新疆生产建设兵团民政局', '新疆生产建设兵团民政局', '新疆生产建设兵团民政局'],
  ])('%s + 局长 → title from %j, organization %j', (before, titleStart, organization) => {
    expect(org(before)).toEqual([titleStart, organization]);
  });

  // An unnamed post (负责人) of a news report: a determiner may stand between the department and
  // the post, and a generic department is a field + 部门 when the field names a listed institution.
  const unnamed = (before: string, unnamedPost: boolean) => {
    const view = before + '负责人';
    const r = readOrganization(lex, view, before.length, 0, unnamedPost);
    return [view.slice(r.start, before.length), r.organization && view.slice(...r.organization)];
  };
  it.each([
    ['对此,县水务局一位', '县水务局一位', '县水务局'],
    ['州卫健委的', '州卫健委的', '州卫健委'],
    ['区财政局的一名', '区财政局的一名', '区财政局'],
    ['民政部门', '民政部门', '民政部门'],
    ['。县住建部门', '县住建部门', '县住建部门'],
    ['医保部门', '医保部门', '医保部门'],
    ['。麒麟区民政部门', '麒麟区民政部门', '麒麟区民政部门'],
    // 社 ends an institution's name (供销社), but 人社 + 部门 is the field's department.
    ['。州人社部门', '州人社部门', '州人社部门'],
    // No field: 有关, 应询, 各 and 职能 name no institution.
    ['有关部门', '有关部门', null],
    ['应询部门', '部门', null],
    ['各部门', '部门', null],
    ['职能部门', '部门', null],
    ['一位', '', null],
    ['群众的', '', null],
  ])('%s + 负责人 → title from %j, organization %j', (before, titleStart, organization) => {
    expect(unnamed(before, true)).toEqual([titleStart, organization]);
  });

  it.each([['对此,县水务局一位'], ['州卫健委的'], ['民政部门']])('%s + a named post: no determiner, no field department', (before) => {
    expect(unnamed(before, false)[1]).toBeNull();
  });
});

describe('[title-orgs] a field unit (所, 站, 队) is the organization of the posts it holds', () => {
  // Each row: the words before the post, the post, the organization. A squad or a station is a unit of its own,
  // written with the body it belongs to; a post that heads the body above it (局长 of the 局) stays that body's.
  it.each<[string, string, string]>([
    ['县公安分局城关派出所', '所长', '县公安分局城关派出所'],
    ['县公安分局城关派出所', '副所长', '县公安分局城关派出所'],
    ['区公安分局交巡警大队', '大队长', '区公安分局交巡警大队'],
    ['市公安局交警支队', '支队长', '市公安局交警支队'],
    ['市公安局交警支队', '政委', '市公安局交警支队'],
    ['省消防救援总队江城区大队', '大队长', '省消防救援总队江城区大队'],
    ['市消防救援支队南岸区大队', '教导员', '市消防救援支队南岸区大队'],
    ['县司法局石桥司法所', '所长', '县司法局石桥司法所'],
    ['县农业农村局河口农技站', '站长', '县农业农村局河口农技站'],
    // the head of the body above: its own post
    ['县公安局交警大队', '局长', '县公安局'],
    ['县公安分局城关派出所', '副局长', '县公安分局'],
    // an inner office (科, 处) stays the institution's
    ['市财政局预算科', '科长', '市财政局'],
  ])('%s + %s → %s', (before, post, organization) => {
    const view = before + post;
    const r = readOrganization(lex, view, before.length, 0);
    expect(r.organization && view.slice(...r.organization)).toBe(organization);
  });
});

describe('[title-orgs] a body\'s party group (部党组, 厅党组) and the State Council\'s bodies', () => {
  // Each row: the words before the post, the post, the organization. In "X部部党组书记" the repeated suffix opens
  // 部党组 (the ministry's party group), it is no part of the ministry's name; 国务院 is a government like 省政府,
  // its offices and commissions (国资委, 办公厅, 研究室, 扶贫办) answer for themselves.
  it.each<[string, string, string]>([
    ['水利部部', '党组书记', '水利部'],
    ['自然资源部部', '党组成员', '自然资源部'],
    ['省交通运输厅厅', '党组书记', '省交通运输厅'],
    ['市林业局局', '党组书记', '市林业局'],
    ['市卫健委委', '党组书记', '市卫健委'],
    ['县民政局局', '党委书记', '县民政局'],
    ['水利部', '党组书记', '水利部'],
    ['省交通运输厅', '党组书记', '省交通运输厅'],
    ['国务院国资委', '主任', '国务院国资委'],
    ['国务院国资委', '党委书记', '国务院国资委'],
    ['国务院办公厅', '副主任', '国务院办公厅'],
    ['国务院研究室', '主任', '国务院研究室'],
    ['国务院扶贫办', '主任', '国务院扶贫办'],
    ['国务院', '副秘书长', '国务院'],
    ['省政府国资委', '主任', '省政府国资委'],
  ])('%s + %s → %s', (before, post, organization) => {
    const view = before + post;
    const r = readOrganization(lex, view, before.length, 0);
    expect(r.organization && view.slice(...r.organization)).toBe(organization);
  });
});
