import { describe, expect, it } from 'vitest';
import { findTitles } from '../../src/structure/titles.js';
import { lexicon } from '../../src/structure/lexicon.js';

const lex = lexicon();

describe('[titles] findTitles', () => {
  it.each([
    ['市人大常委会委员、麒麟区人大常委会主任', ['委员', '主任']],
    ['市政府副市长', ['副市长']],
    ['市检察院常务副检察长', ['常务副检察长']],
    ['市法院代理院长', ['代理院长']],
    // An acting head's mark right after the organization (代, 临时, 主持工作的) belongs to the title.
    ['市住房和城乡建设局代局长钟离浩', ['代局长']],
    ['州卫生健康委员会代主任', ['代主任']],
    ['市财政局主持工作的副局长宇文涛', ['主持工作的副局长']],
    ['市城管局临时负责人', ['临时负责人']],
    ['某某县代县长', ['代县长']],
    // …but 代 elsewhere is a surname or a word's: no acting head.
    ['代局长：我们已经落实了用地', ['局长']],
    ['请代局长回答', ['局长']],
    ['市水利局副局长代红梅', ['副局长']],
    ['市财政局代为答复', []],
    ['市财政局二级巡视员', ['二级巡视员']],
    ['市人大财经委主任委员', ['主任委员']],
    ['市公安局党委副书记', ['党委副书记']],
    ['王某某委员长期关注', ['委员']],
    ['全国人大常委会副委员长', ['副委员长']],
    ['委员会主任会议', []],
    ['人大代表建议', []],
    ['落实领导干部学法用法', []],
    // A place name opening with 长 after a level word: 省长/市长 there is no title.
    ['全国人大代表、湖南省长沙市某企业董事长', ['代表', '董事长']],
    ['吉林省长春市市长', ['市长']],
    ['上海市长宁区区长', ['区长']],
    ['河北省省长', ['省长']],
    // 关长 heads a customs house; in 有关长江 the 关 belongs to 有关.
    ['某某海关副关长', ['副关长']],
    ['黄埔海关关长', ['关长']],
    ['有关长江保护的问题', []],
    ['有关长期护理保险', []],
    // 团长 leads a delegation to a congress session (宜昌代表团团长); 集团 or 社团 before 长 + a word is none.
    ['宜昌代表团团长', ['团长']],
    ['代表团副团长、襄阳市市长', ['副团长', '市长']],
    ['某集团长期合作', []],
    ['各类社团长效管理', []],
    // 村医 would leave a name opening with 生 (no surname): the longer 医生, starting inside it, is the title.
    ['州人大代表、曼蚌村医生王建国提问', ['代表', '医生']],
    ['州人大代表、曼蚌村医生岩罕提问', ['代表', '医生']],
    ['县人民医院医生王建国', ['医生']],
    ['乡村医生周红', ['乡村医生']],
    ['村医王建国', ['村医']],
    // The head of a unit named by its suffix + 长 (气象台 → 台长, 煤矿 → 矿长), a deputy's and a second link's too;
    // the 长 of 长期, 长效 after a 台 or a 矿 (平台长期, 出台长效, 煤矿长期) is no post.
    ['市气象台台长', ['台长']],
    ['县广播电视台副台长', ['副台长']],
    ['县广播电视台党组书记、台长', ['党组书记', '台长']],
    ['县煤矿矿长', ['矿长']],
    ['市博物馆副馆长', ['副馆长']],
    ['数字平台长期运行', []],
    ['出台长效机制', []],
    ['电视台长期报道', []],
    ['煤矿长期停产', []],
  ])('%s → %j', (text, titles) => {
    expect(findTitles(lex, text, 0, text.length).map((h) => h.term)).toEqual(titles);
  });

  // A title ending in 长 whose first character closes one organization and whose 长 opens the next, which runs
  // into the next title: no 司长/局长/部长/县长 there. A post after its own institution (局局长) or a short form
  // before a name (公安局长某) stays a title.
  it.each([
    ['某能源集团有限公司长治办事处主任', ['主任']],
    ['国家统计局长春调查队队长', ['队长']],
    ['国家税务总局长白山保护开发区税务局副局长', ['副局长']],
    ['水利部长江水利委员会副主任', ['副主任']],
    ['某矿业集团有限公司长沙分公司党委书记、经理', ['党委书记', '经理']],
    ['云岭县长安镇党委书记', ['党委书记']],
    ['市水务局局长', ['局长']],
    ['公安局长钱江', ['局长']],
    ['外交部长江某', ['部长']],
    ['市财政局局长、市政府副秘书长', ['局长', '副秘书长']],
  ])('across organizations: %s → %j', (text, titles) => {
    expect(findTitles(lex, text, 0, text.length).map((h) => h.term)).toEqual(titles);
  });

  // Offices of the 河长制/林长制/湖长制 (河长办 = 河长制办公室) are no 河长, 林长 or 湖长; the post itself is.
  it.each([
    ['县河长办主任', ['主任']],
    ['区林长办副主任', ['副主任']],
    ['市湖长办专职副主任', ['专职副主任']],
    ['全面推行林长制', []],
    ['镇级河长', ['河长']],
  ])('X长办, X长制: %s → %j', (text, titles) => {
    expect(findTitles(lex, text, 0, text.length).map((h) => h.term)).toEqual(titles);
  });

  // Posts of leagues (盟), prefectures (地区行署), the production and construction corps (兵团) and its divisions (师).
  it.each([
    ['锡林郭勒盟行政公署副盟长', ['副盟长']],
    ['和田地区行署副专员', ['副专员']],
    ['第十四师师长', ['师长']],
    ['第一师副师长', ['副师长']],
    ['兵团副司令员', ['副司令员']],
    ['兵团司令员', ['司令员']],
    // every office title admits 副 before it, listed or not (副园长)
    ['某某林场副场长', ['副场长']],
    ['某某图书馆副馆长', ['副馆长']],
    ['某某幼儿园副园长', ['副园长']],
  ])('autonomous areas and the corps: %s → %j', (text, titles) => {
    expect(findTitles(lex, text, 0, text.length).map((h) => h.term)).toEqual(titles);
  });
  // 长 after an occupation heads it (护士 → 护士长) and closes the title, so no name opens with 长; a shop-floor
  // unit's head (工段长, 工区长) is listed. 长 that opens a word (长期) stays outside.
  it.each([
    ['县中医院护士长司马晓琳', ['护士长']],
    ['市人大代表、区妇幼保健院护士长冷雪梅', ['代表', '护士长']],
    ['护士长期在一线工作', ['护士']],
    ['市人大代表、某钢铁公司工段长贝立军', ['代表', '工段长']],
    ['某煤矿综采工区长邬海涛', ['工区长']],
    ['某机械厂副工段长', ['副工段长']],
  ])('occupation + 长: %s → %j', (text, titles) => {
    expect(findTitles(lex, text, 0, text.length).map((h) => h.term)).toEqual(titles);
  });
});
