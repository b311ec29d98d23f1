// A news summary, then the verbatim record of the same inquiry (src/structure/summary-record.ts).
import { describe, expect, it } from 'vitest';
import { recordMarkers, summaryGivesWay } from '../../src/structure/summary-record.js';
import { splitLines } from '../../src/structure/blocks.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { normalize } from '../../src/source/normalize.js';
import { person } from '../helpers/mentions.js';

/** Asker events at every "NAME委员" / "NAME提问" of the text (names of three characters), and short labels "X委员:". */
function askers(text: string): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  for (const m of text.matchAll(/(\p{sc=Han}{3})(?=委员:|委员发问|提问|发问)|^(\p{sc=Han})委员:/gmu)) {
    if (m[1]) out.push({ mention: person(m[1], m.index, true), role: 'asker', start: m.index, anchor: m.index, wordsStart: null, kind: text[m.index + 5] === ':' ? 'label' : 'reported', followUp: false });
    else out.push({ mention: { ...person('', m.index, true), name: null, nameSpan: null, title: '委员' }, role: 'asker', start: m.index, anchor: m.index, wordsStart: m.index + 4, kind: 'label', followUp: false });
  }
  return out;
}

describe('[summary-record] a summary told again in the verbatim record after a marker line', () => {
  // Each row: the summary, the marker line, the record; how many asker events stay before the marker.
  it.each<[string, string, string, string, number]>([
    ['以下为询问实录（节选）：', '“水价会涨吗？”委员邵海宁发问。局长回答,暂不调整。', '以下为询问实录（节选）：', '邵海宁委员:请问市发改委,水价会涨吗?', 0],
    ['附：询问实录', '委员邵海宁发问,关注水价。', '附：询问实录', '邵海宁委员:请问市发改委,水价会涨吗?', 0],
    ['询问现场实录, a short label in the record', '委员邵海宁发问,关注水价。', '询问现场实录', '邵委员:请问市发改委,水价会涨吗?', 0],
    ['【问答实录】', '委员邵海宁发问,关注水价。', '【问答实录】', '邵海宁委员:水价会涨吗?', 0],
    ['an asker of the summary absent from the excerpt: all kept', '委员邵海宁发问,关注水价。委员葛文清提问,关注管网。', '以下为询问实录（节选）：', '邵海宁委员:水价会涨吗?', 2],
    ['no marker line: all kept', '委员邵海宁发问,关注水价。', '现场气氛热烈。', '邵海宁委员:水价会涨吗?', 1],
    ['a headline naming the record is no marker', '委员邵海宁发问,关注水价。', '关于供水工作的专题询问实录', '邵海宁委员:水价会涨吗?', 1],
    ['a marker with nothing before it changes nothing', '12月3日,县人大常委会开展专题询问。', '以下为询问实录：', '邵海宁委员:水价会涨吗?', 0],
  ])('%s', (_name, summary, marker, record, kept) => {
    const text = `${summary}\n\n${marker}\n\n${record}`;
    const view = normalize(text);
    const events = askers(view);
    const out = summaryGivesWay(view, splitLines(view), events);
    const at = text.indexOf(marker);
    expect(out.filter((e) => e.start < at).length).toBe(kept);
    expect(out.filter((e) => e.start > at).length).toBe(events.filter((e) => e.start > at).length);
  });
});

describe('[summary-record] record marker lines', () => {
  it.each<[string, boolean]>([
    ['以下为询问实录（节选）：', true],
    ['以下是专题询问文字实录：', true],
    ['附：询问实录', true],
    ['询问现场实录', true],
    ['【问答实录】', true],
    ['以下为实录（摘编）', true],
    ['关于供水工作的专题询问实录', false],
    ['实录', false],
    ['委员们的询问实录整理如下,请参阅。', false],
    // The layout changing part-way: an announcement of what follows.
    ['以下为询问后半段实录：', true],
    ['以下是会议现场实录摘编：', true],
    ['以下为询问记录（根据记录整理）：', true],
    ['下面是第二场询问纪要', true],
    ['以下是我的回答记录：', false],
    ['以下为具体情况：', false],
    ['以下为询问后半段实录，共计十二个问题，供参阅：', false],
  ])('%s → %s', (line, marker) => {
    const view = normalize(`县人大常委会开展专题询问。\n${line}\n邵海宁委员:水价会涨吗?`);
    expect(recordMarkers(view, splitLines(view)).length).toBe(marker ? 1 : 0);
  });
});
