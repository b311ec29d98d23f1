import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { isGroupOnly, isSeatWord } from '../../src/structure/seat-labels.js';

const HEAD = '2024年5月10日，某市第八届人大常委会第九次会议举行联组会议，就河道治理工作开展专题询问。市人大常委会主任王立主持。';
const ANSWER = '市水利局局长李明：今年已清淤河道42公里。一是加快工程进度；二是强化资金保障。';
const transcript = (label: string) => `${HEAD}\n\n${label}请问市水利局，河道清淤进展如何？\n\n${ANSWER}\n`;

describe('[seat-labels] askers named by seat or group', () => {
  it.each<[string, string | null]>([
    ['第一组3号席询问人：', null],
    ['3号席：', null],
    ['第二组5号席：', null],
    ['第三组（市人大代表高建军）：', '高建军'],
    ['1号询问席（常委会委员陈国华）：', '陈国华'],
  ])('reads %s as an asker label, the question after its colon', (label, asker) => {
    const r = parse(transcript(label));
    expect(r.questions).toHaveLength(1);
    const q = r.questions[0];
    expect(q.text).toBe('请问市水利局，河道清淤进展如何？');
    expect(q.askers.map((id) => r.people.find((p) => p.id === id)!.name)).toEqual(asker ? [asker] : []);
    expect(q.turns[0].role).toBe('asker');
    expect(q.turns[0].text.startsWith(label)).toBe(true); // no stray "第三组（" narration turn before it
    expect(q.responders).toHaveLength(1);
  });
  it.each<[string, boolean]>([
    ['第一组', true],
    ['第三组询问人', true],
    ['第一组3号席', false],
    ['3号席', false],
    ['询问人', false],
  ])('tells a group alone (%s: %s) from a seat', (word, groupOnly) => {
    expect(isGroupOnly(word)).toBe(groupOnly);
  });
  it('knows a seat word from other label words', () => {
    expect(['第一组3号席询问人', '3号席', '1号询问席', '第二组5号席'].every(isSeatWord)).toBe(true);
    expect(['问', '询问人', '3号楼', '第一场'].some(isSeatWord)).toBe(false);
  });
  it('leaves a group heading and a group with a convener note alone', () => {
    const heading = parse(`${HEAD}\n\n第一组：河道清淤\n\n市人大常委会委员陈国华：请问市水利局，河道清淤进展如何？\n\n${ANSWER}\n`);
    expect(heading.questions).toHaveLength(1);
    expect(heading.questions[0].text).toBe('请问市水利局，河道清淤进展如何？');
    const convener = parse(transcript('第一组（召集人王立）\n\n市人大常委会委员陈国华：'));
    expect(convener.questions).toHaveLength(1);
    expect(convener.people.find((p) => p.id === convener.questions[0].askers[0])?.name).toBe('陈国华');
  });
});
