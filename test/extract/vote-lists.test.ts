import { describe, expect, it } from 'vitest';
import { listedResults, tableResults } from '../../src/extract/vote-lists.js';
import { readVote } from '../../src/extract/vote.js';
import { normalize } from '../../src/source/normalize.js';

const pair = (text: string) => ({ text, view: normalize(text) });
type Row = [string, number | null, number | null, number | null, number | null, string];
const rows = (list: ReturnType<typeof listedResults>): Row[] =>
  list.map((o) => [o.organization, o.satisfied, o.basicallySatisfied, o.unsatisfied, o.rate, o.text]);

describe('[vote-lists] results listed by 分别 or as "organization rate" items', () => {
  it.each<[string, Row[]]>([
    ['会后进行了满意度测评，县水务局、县自然资源局的满意率分别为87.5%和95%。', [
      ['县水务局', null, null, null, 87.5, '县水务局、县自然资源局的满意率分别为87.5%'],
      ['县自然资源局', null, null, null, 95, '县自然资源局的满意率分别为87.5%和95%']]],
    ['区教育局、区卫健委和区民政局的测评满意率分别为９１．２％、88%、100%。', [
      ['区教育局', null, null, null, 91.2, '区教育局、区卫健委和区民政局的测评满意率分别为９１．２％'],
      ['区卫健委', null, null, null, 88, '区卫健委和区民政局的测评满意率分别为９１．２％、88%'],
      ['区民政局', null, null, null, 100, '区民政局的测评满意率分别为９１．２％、88%、100%']]],
    ['满意率分别为：州交通运输局90.6%，州文化和旅游局84%。', [
      ['州交通运输局', null, null, null, 90.6, '州交通运输局90.6%'],
      ['州文化和旅游局', null, null, null, 84, '州文化和旅游局84%']]],
    ['市住房和城乡建设局和市城市管理局的满意率分别为90%和85%。', [
      ['市住房和城乡建设局', null, null, null, 90, '市住房和城乡建设局和市城市管理局的满意率分别为90%'],
      ['市城市管理局', null, null, null, 85, '市城市管理局的满意率分别为90%和85%']]],
    ['临港经开区管委会、区商务局的满意率分别为88%和92%。', [
      ['临港经开区管委会', null, null, null, 88, '临港经开区管委会、区商务局的满意率分别为88%'],
      ['区商务局', null, null, null, 92, '区商务局的满意率分别为88%和92%']]],
    // Not one rate per organization, or no organization: nothing is paired.
    ['县水务局、县自然资源局、县林业局的满意率分别为87.5%和95%。', []],
    ['4个应询部门的满意率分别为83.3%、91.7%、100%和75%。', []],
    ['满意率为96.1%。', []],
  ])('%s', (text, want) => {
    const p = pair(text);
    const found = listedResults(p, p.view, 0);
    expect(rows(found)).toEqual(want);
    for (const o of found) {
      expect(text.slice(o.span[0], o.span[1])).toBe(o.text);
      expect(text.slice(o.organizationSpan[0], o.organizationSpan[1])).toBe(o.organization);
    }
  });
});

describe('[vote-lists] results given as a table', () => {
  it.each<[string, string, Row[]]>([
    ['Markdown rows', '测评结果如下。\n| 应询部门 | 满意 | 基本满意 | 不满意 |\n|---|---|---|---|\n| 县公安局 | 20 | 4 | 1 |\n| 县司法局 | 23 | 2 | 0 |', [
      ['县公安局', 20, 4, 1, null, '县公安局 | 20 | 4 | 1'],
      ['县司法局', 23, 2, 0, null, '县司法局 | 23 | 2 | 0']]],
    ['tab-separated, a row number first, a rate column', '序号\t单位\t满意（票）\t满意率\n1\t市商务局\t19\t90.5%\n2\t市科技局\t21\t100%', [
      ['市商务局', 19, null, null, 90.5, '市商务局\t19\t90.5%'],
      ['市科技局', 21, null, null, 100, '市科技局\t21\t100%']]],
    ['a table of other figures', '| 项目 | 完成率 | 投资 |\n|---|---|---|\n| 县公路局 | 95% | 3亿元 |\n| 县水务局 | 90% | 1亿元 |', []],
    ['one organization only', '| 部门 | 满意 | 不满意 |\n| 县公安局 | 20 | 1 |', []],
  ])('%s', (_label, text, want) => {
    const p = pair(text);
    const found = tableResults(p, p.view, 0);
    expect(rows(found)).toEqual(want);
    for (const o of found) expect(text.slice(o.span[0], o.span[1])).toBe(o.text);
  });

  it('readVote keeps listed results apart from the session\'s own figures', () => {
    const text = '应到会组成人员29人，实到26人。县水务局、县自然资源局的满意率分别为87.5%和95%。';
    const v = readVote(pair(text), [0, text.length])!;
    expect([v.expected, v.present, v.rate]).toEqual([29, 26, null]);
    expect(v.byOrganization!.map((o) => [o.organization, o.rate])).toEqual([['县水务局', 87.5], ['县自然资源局', 95]]);
    expect(text.slice(v.span[0], v.span[1])).toBe(v.text);
  });
});
