/**
 * List items that report work done: every item of a list led by what was done, and outside one an item that says a
 * completion with 已 and commits to nothing.
 */
import { describe, expect, it } from 'vitest';
import { oneAnswerSession } from '../helpers/one-answer.js';
import { doneLists, reportedItems, reportsDone } from '../../src/compare/done-lists.js';

const session = (answer: string) => oneAnswerSession(answer, '去年提出的问题整改得怎么样了?');

describe('[compare/done-lists] list items that report work done', () => {
  it.each<[string, string, string[]]>([
    ['a list led by work done', '一年来，我们主要做了三方面工作：一是建立管网巡查制度，每周巡查一次；二是完成城东片区雨污分流改造；三是组建排水抢险队伍。下一步，我们将推进城西片区改造。',
      ['建立管网巡查制度，每周巡查一次', '完成城东片区雨污分流改造', '组建排水抢险队伍']],
    ['an item reporting with 已 in a list of promises', '下一步，一是全面推行河长制，全县86名河长已全部到位；二是加快城西片区改造。', ['全面推行河长制，全县86名河长已全部到位']],
    ['已将…全部纳入', '下一步，一是建立排水设施台账，已将全县320处设施全部纳入；二是加快城西片区改造。', ['建立排水设施台账，已将全县320处设施全部纳入']],
    // Near-misses: a list of promises; 已 with no completion (已安排); an item that commits beside what it reports.
    ['a list of promises', '下一步，我们将做好三件事：一是推进城西片区改造；二是完善考核机制；三是加强队伍建设。', []],
    ['已安排 is no completion', '下一步，一是继续争取专项债券支持，今年已安排2亿元；二是加快城西片区改造。', []],
    ['an item that commits', '下一步，一是城东片区改造已完成大半，力争年底前全面完工；二是加快城西片区改造。', []],
  ])('%s', (_, answer, expected) => {
    expect(reportedItems(session(answer)).map((i) => i.text)).toEqual(expected);
  });
  it('the list of work done is one whose 下一步 may promise', () => {
    const r = session('两年来，我们重点做了以下工作：（一）建立管网巡查制度；（二）组建排水抢险队伍。下一步，我们将推进城西片区改造。');
    expect(doneLists(r)).toEqual(r.questions[0].answers.map((a) => a.span));
    expect(doneLists(session('下一步，我们将做好两件事：一是推进城西片区改造；二是完善考核机制。'))).toEqual([]);
  });
  it.each<[string, boolean]>([
    ['《排水设施管理办法》已于去年10月印发', true],
    ['全县12座泵站已全部建成投用', true],
    ['加快推进泵站建设', false],
    ['将于年底前全部建成', false],
    // 已完工 before a noun names the things (已完工项目), it reports nothing done
    ['开展已完工项目“回头看”，2024年3月底前完成整改', false],
  ])('reportsDone(%s)', (text, expected) => expect(reportsDone({ text })).toBe(expected));
});
