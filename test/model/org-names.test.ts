import { describe, expect, it } from 'vitest';
import { sameOrganization } from '../../src/model/org-names.js';

describe('[model/org-names] two names of one organization', () => {
  it.each<[string, string, boolean]>([
    ['市财政局', '市财政局', true],
    ['财政局', '盟财政局', true],
    ['盟林草局', '盟林业和草原局', true],
    ['市住建局', '市住房和城乡建设局', true],
    ['县发改委', '县发展和改革委员会', true],
    ['州卫健委', '州卫生健康委员会', true],
    ['区人社局', '区人力资源和社会保障局', true],
    ['市场监管局', '市市场监督管理局', true],
    ['市政府', '市人民政府', true],
    ['市教育局', '市交通运输局', false],
    ['市财政局', '县财政局', false],
    ['市委', '市发改委', false],
    ['市公安局', '市公安局交警支队', false],
    ['市林草局', '市林业和草原局交警支队', false],
    ['旗农牧局', '旗林业和草原局', false],
    ['一府两院', '市政府', false],
    // National bodies: 国家/中国 stand where a level stands; 署, 银行, 监会 end names.
    ['统计局', '国家统计局', true],
    ['人民银行', '中国人民银行', true],
    ['证监会', '中国证监会', true],
    ['海关总署', '海关总署', true],
    ['国家统计局', '国家数据局', false],
    ['国家林草局', '国家林业和草原局', true],
    ['国家统计局', '市统计局', false],
    ['中国人民银行', '中国进出口银行', false],
    ['审计署', '海关总署', false],
    // The level never stands for the first character of the words: an abbreviation opens with the first word after it.
    ['市社保局', '市人力资源和社会保障局', false],
    ['市社保局', '市社会保险事业管理局', true],
    ['县广电局', '县文化广电和旅游局', false],
    ['区旅游局', '区文化广电和旅游局', false],
    ['市体育局', '市教育体育局', false],
    ['县城建局', '县住房和城乡建设局', false],
    ['州医保局', '州医疗保障局', true],
    ['旗退役军人局', '旗退役军人事务局', true],
    ['市场监管局', '区市场监督管理局', true],
    // A 和-joined name's first word of two words may be cut to its head (自然资源 → 资源), reaching the word after 和.
    ['市资源规划局', '市自然资源和规划局', true],
    ['市资源局', '市自然资源和规划局', false],
    ['市规划局', '市自然资源和规划局', false],
    ['市广电局', '市文化广电和旅游局', false],
    ['市资源规划局', '市规划和自然资源局', false],
  ])('%s ↔ %s: %s', (a, b, same) => {
    expect(sameOrganization(a, b)).toBe(same);
    expect(sameOrganization(b, a)).toBe(same);
  });
});
