import { describe, expect, it } from 'vitest';
import { findAddressees } from '../../src/structure/addressees.js';
import { normalize } from '../../src/source/normalize.js';

describe('[addressees]', () => {
  it.each([
    ['市人大常委会委员朱树平向市市场监管局询问四方面问题', ['市市场监管局']],
    ['韩寅燕十分关注,询问市检察院如何通过加强部门信息共享', ['市检察院']],
    ['市人大常委会副主任缪应虎向“一府两院”询问出现这种情况的原因', ['一府两院']],
    ['市检察院要如何更好地发挥公益诉讼维护公共利益的职能?', ['市检察院']],
    ['公安局将如何打破部门壁垒与区域界限?', ['公安局']],
    ['调研中发现律师行业存在违规执业现象。', []],
    ['他询问省教育厅和省科学技术厅,如何打通成果转化的“最后一公里”', ['省教育厅', '省科学技术厅']],
    ['请问区教育局,学校食堂的食品安全怎么保障?', ['区教育局']],
    ['乡村旅游点同质化严重。市政府有什么支持措施?', ['市政府']],
    ['询问了市城管局两个方面的问题', ['市城管局']],
  ])('%s → %j', (text, orgs) => {
    expect(findAddressees(normalize(text), text, [0, text.length]).map((a) => a.text)).toEqual(orgs);
  });
});
