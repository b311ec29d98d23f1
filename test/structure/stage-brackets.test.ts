import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

const HEAD = '2024年5月10日，某市第八届人大常委会第九次会议举行联组会议，就河道治理工作开展专题询问。市人大常委会主任王立主持。';
const transcript = (note: string) => `${HEAD}\n\n常委会委员陈国华：请问市水利局，清淤后怎么防止回淤？\n\n市水利局局长李明：一是加快工程进度；二是建立长效机制。\n\n${note}\n\n陈国华：长效机制什么时候出台？\n\n李明：年底前出台。\n`;

describe('[stage-brackets] a bracketed stage note naming someone is narration (t61 #5)', () => {
  it.each([
    '（常委会委员陈国华举手示意追问）',
    '（市人大常委会委员陈国华举手示意追问）',
  ])('%s: no question of its own, the next turn a follow-up', (note) => {
    const r = parse(transcript(note));
    expect(r.questions.map((q) => [q.text, q.followUpOf])).toEqual([['请问市水利局，清淤后怎么防止回淤？', null], ['长效机制什么时候出台？', 1]]);
    const turn = r.questions[0].turns.find((t) => t.text.includes('举手'))!;
    expect(turn.role).toBe('narration');
    expect(turn.text).toBe(note);
  });
  it('a note naming nobody reads no speaker: the exchange as before (（陈国华举手示意追问）, a bare name)', () => {
    const r = parse(transcript('（陈国华举手示意追问）'));
    expect(r.questions.map((q) => [q.text, q.followUpOf])).toEqual([['请问市水利局，清淤后怎么防止回淤？', null], ['长效机制什么时候出台？', 1]]);
  });
  it('leaves a bracketed label with its words after the colon alone (near-miss)', () => {
    const r = parse(transcript('（常委会委员刘芳插话：清淤的土方运到哪里？）'));
    expect(r.questions.some((q) => q.text.includes('清淤的土方运到哪里'))).toBe(true);
  });
});
