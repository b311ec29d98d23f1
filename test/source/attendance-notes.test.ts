import { describe, expect, it } from 'vitest';
import { blankAttendanceNotes } from '../../src/source/attendance-notes.js';
import { normalize } from '../../src/source/normalize.js';

describe('[attendance-notes] a note on how someone attends, between a label\'s title and name', () => {
  it.each([
    ['市人大代表（列席）孙雯：请问？', '市人大代表    孙雯:请问?'],
    ['县人大代表（应邀列席）欧阳明月：请问？', '县人大代表      欧阳明月:请问?'],
    ['区人大代表(特邀)韦强 :请问?', '区人大代表    韦强 :请问?'],
    // Not: after the name (read by the label grammars), before no name and colon, a bracket of another kind.
    ['市人大代表孙雯（列席）：请问？', '市人大代表孙雯(列席):请问?'],
    ['会议邀请部分代表（列席）参加。', '会议邀请部分代表(列席)参加。'],
    ['市人大代表（企业家）孙雯：请问？', '市人大代表(企业家)孙雯:请问?'],
  ])('%s', (text, view) => {
    expect(normalize(text)).toBe(view);
    expect(blankAttendanceNotes(normalize(text)).length).toBe(text.length);
  });
});

describe('[attendance-notes] through the parser', () => {
  it('the deputy attending asks, titled by the post before the note', async () => {
    const { parse } = await import('../../src/pipeline.js');
    const text = '区人大常委会专题询问实录\n\n2024年5月20日下午，区人大常委会开展专题询问。\n\n区人大代表（列席）邝晓雯：请问区人民检察院，挂案清理进展如何？\n\n区人民检察院检察长覃立新：已清理涉企挂案86件。\n';
    const r = parse(text, { name: 'notes.txt' });
    expect(r.questions).toHaveLength(1);
    const who = (id: string) => r.people.find((p) => p.id === id)!;
    expect(r.questions[0].askers.map((id) => [who(id).name, who(id).titles])).toEqual([['邝晓雯', ['区人大代表']]]);
    expect(r.questions[0].responders.map((id) => who(id).name)).toEqual(['覃立新']);
  });
});
