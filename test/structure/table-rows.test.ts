import { describe, expect, it } from 'vitest';
import { addTableRowEvents } from '../../src/structure/table-rows.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

/** A hand-made mention of `whole` at its first occurrence in `text`. */
function mention(text: string, whole: string, congress: boolean): SpeakerMention {
  const at = text.indexOf(whole);
  return { span: [at, at + whole.length], form: 'title-name', name: whole, nameSpan: [at, at + whole.length], title: null, titleSpan: null, organization: null, congress };
}

function rows(text: string, names: Array<[string, boolean]> = []) {
  const view = normalize(text);
  const events: SpeechEvent[] = [];
  addTableRowEvents(view, 0, view.length, names.map(([n, c]) => mention(text, n, c)), events);
  return events.map((e) => [e.role, e.mention?.name ?? null, e.wordsStart === null ? null : text.slice(e.wordsStart, e.wordsStart + 6), e.addressee ? text.slice(e.addressee[0], e.addressee[1]) : null]);
}

describe('[table-rows] Q&A tables', () => {
  it('tab-separated cells: one asker and one responder per row, the office cell as addressee', () => {
    const text = '序号\t询问人\t询问内容\t应询单位\t答复要点\n1\t委员 苏某\t养护资金缺口多大？\t县交通运输局\t今年已争取补助资金。\n2\t代表 韦某\t校车如何管理？\t县教育局\t一是加强培训。\n';
    expect(rows(text, [['委员 苏某', true], ['代表 韦某', true]])).toEqual([
      ['asker', '委员 苏某', '养护资金缺口', null], ['responder', null, '今年已争取补', '县交通运输局'],
      ['asker', '代表 韦某', '校车如何管理', null], ['responder', null, '一是加强培训', '县教育局'],
    ]);
  });

  it('a Markdown table with a rule under the header; a person in the responder cell speaks', () => {
    const text = '| 提问人 | 问题 | 答复人 | 答复内容 |\n|---|---|---|---|\n| 委员 苏某 | 资金缺口多大? | 局长 李某 | 已争取补助。 |\n';
    expect(rows(text, [['委员 苏某', true], ['局长 李某', false]])).toEqual([
      ['asker', '委员 苏某', '资金缺口多大', null], ['responder', '局长 李某', '已争取补助。', null],
    ]);
  });

  it('no table without a question column; a line of tabs in prose is no table', () => {
    expect(rows('姓名\t职务\t单位\n苏某\t委员\t县人大\n')).toEqual([]);
    expect(rows('会议于上午9时\t在县人大会议室举行，\t县长出席。\n')).toEqual([]);
  });

  it('the table ends at the first line that is no row', () => {
    const text = '询问人\t询问内容\t答复\n委员 苏某\t缺口多大？\t已补齐。\n会后，常委会进行了满意度测评。\n';
    expect(rows(text, [['委员 苏某', true]]).map((r) => r[0])).toEqual(['asker', 'responder']);
  });
});

describe('[table-rows] turns', () => {
  it('the asker\'s turn ends with the question cell, so the question is that cell exactly', () => {
    const text = '| 提问人 | 问题 | 答复人 | 答复内容 |\n|---|---|---|---|\n| 委员 苏某 | 资金缺口多大? | 局长 李某 | 已争取补助。 |\n';
    const view = normalize(text);
    const events: SpeechEvent[] = [];
    addTableRowEvents(view, 0, view.length, [mention(text, '委员 苏某', true), mention(text, '局长 李某', false)], events);
    const [asker, responder] = events;
    expect(text.slice(asker.wordsStart!, responder.start)).toBe('资金缺口多大?');
  });
});

describe('[table-rows] a table naming both the office and its official', () => {
  it.each([
    ['应询单位 and 应询人: the person speaks, the office is the addressee', '序号\t询问人\t询问问题\t应询单位\t应询人\n1\t委员 邬某\t加装电梯如何推进？\t区住建局\t局长 钭某\n',
      [['asker', '委员 邬某', null, null], ['responder', '局长 钭某', null, '区住建局']]],
    ['答询单位 and 答询人, the columns in the other order', '提问人\t问题\t答询人\t答询单位\n委员 邬某\t资金如何保障？\t局长 乜某\t区财政局\n',
      [['asker', '委员 邬某', null, null], ['responder', '局长 乜某', null, '区财政局']]],
    ['责任单位 alone: an office, no person', '询问人\t询问问题\t责任单位\n委员 邬某\t老建筑如何保护？\t区规划和自然资源分局\n',
      [['asker', '委员 邬某', null, null], ['responder', null, null, '区规划和自然资源分局']]],
  ])('%s', (_name, text, expected) => {
    const names = ['委员 邬某', '局长 钭某', '局长 乜某'].filter((n) => text.includes(n)).map((n): [string, boolean] => [n, n.startsWith('委员')]);
    expect(rows(text, names).map((r) => [r[0], r[1], null, r[3]])).toEqual(expected);
  });
});
