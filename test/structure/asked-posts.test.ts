import { describe, expect, it } from 'vitest';
import { assignAskedPosts } from '../../src/structure/asked-posts.js';
import type { Person } from '../../src/model/record.js';

/** One responder with `titles` and `organization`, answering questions put to each list of `asked`. */
function orgAfter(titles: string[], organization: string | null, asked: string[][], role: 'responder' | 'asker' = 'responder'): string | null {
  const p: Person = { id: 'p1', name: '某某', titles, organization, roles: [role], mentions: [] };
  assignAskedPosts([p], asked.map((addressees) => ({ responders: ['p1'], addressees })));
  return p.organization;
}

describe('[asked-posts] a responder with several posts answers for the one asked', () => {
  it.each<[string, string[], string | null, string[][], string | null]>([
    ['the question put to the first post', ['区委社会工作部副部长、区民政局局长'], '区民政局', [['区委社会工作部']], '区委社会工作部'],
    ['the zone and its 管委会 asked: the post, its place kept', ['白沙州高新区管委会副主任、党工委委员、区财政金融局局长'], '区财政金融局', [['城管局', '高新区', '高新区管委会']], '白沙州高新区管委会'],
    ['asked short, the post in full', ['区医保局二级调研员、区医疗保障事务中心主任'], '区医保局', [['区医保事务中心']], '区医疗保障事务中心'],
    ['a concurrent post after 兼', ['市教育局局长兼市体育局局长'], '市教育局', [['市体育局']], '市体育局'],
    ['a label\'s comma', ['市发展和改革委员会党组成员、副主任，市大数据发展管理局局长'], '市发展和改革委员会', [['市大数据发展管理局']], '市大数据发展管理局'],
    // near-misses: the organization already asked, one post only, no office asked, two posts asked, an asker
    ['already the office asked', ['副市长、市公安局局长'], '市公安局', [['市公安局']], '市公安局'],
    ['already the office asked (short)', ['区委社会工作部副部长、区民政局局长'], '区民政局', [['区民政局']], '区民政局'],
    ['a unit of the office asked', ['龙泉街道党工委副书记、办事处主任'], '龙泉街道办事处', [['龙泉街道']], '龙泉街道办事处'],
    ['a squad of the bureau asked', ['市公安局党委委员、交警支队支队长'], '市公安局交警支队', [['市公安局']], '市公安局交警支队'],
    ['an office of the government asked', ['县政府办公室副主任、县发展和改革委员会主任'], '县政府办公室', [['县政府']], '县政府办公室'],
    ['one post only', ['区民政局局长'], '区民政局', [['区委社会工作部']], '区民政局'],
    ['no office asked', ['区委社会工作部副部长、区民政局局长'], '区民政局', [[]], '区民政局'],
    ['an office none of the posts names', ['区委社会工作部副部长、区民政局局长'], '区民政局', [['区财政局']], '区民政局'],
    ['two of the posts asked: no guess', ['区委社会工作部副部长、区民政局局长'], '区财政局', [['区委社会工作部', '区民政局']], '区财政局'],
    ['an asker keeps the seat', ['市人大代表、市教育局局长'], '市人大', [['市教育局']], '市人大'],
  ])('%s', (_, titles, org, asked, expected) => {
    expect(orgAfter(titles, org, asked, _ === 'an asker keeps the seat' ? 'asker' : 'responder')).toBe(expected);
  });
});
