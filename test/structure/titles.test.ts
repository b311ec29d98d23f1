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
  ])('%s → %j', (text, titles) => {
    expect(findTitles(lex, text, 0, text.length).map((h) => h.term)).toEqual(titles);
  });
});
