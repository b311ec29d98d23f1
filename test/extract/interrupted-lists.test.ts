import { describe, expect, it } from 'vitest';
import { extractAnswers } from '../../src/extract/measures.js';
import { normalize } from '../../src/source/normalize.js';
import type { Turn, TurnRole } from '../../src/model/record.js';
import type { QuestionFrame } from '../../src/structure/types.js';

type Part = [role: TurnRole, speaker: string | null, text: string];

/** A question frame whose turns are the given parts, in order, tiling the section. */
function frame(parts: Part[]) {
  const text = parts.map((p) => p[2]).join('');
  let at = 0;
  const turns: Turn[] = parts.map(([role, speaker, t]) => ({ role, speaker, text: t, span: [at, (at += t.length)] as [number, number] }));
  const q = { index: 1, label: null, text: '', span: [0, 0], sectionSpan: [0, text.length], askers: [], addressees: [], responders: [], turns, followUpOf: null } as unknown as QuestionFrame;
  return { pair: { text, view: normalize(text) }, q };
}
const ASK: Part = ['asker', 'p1', '柯文静委员：我想问县交通运输局。危桥有多少座？\n'];

/** Each answer's stated count and its measures' markers and texts. */
function read(parts: Part[]) {
  const { pair, q } = frame(parts);
  const { answers } = extractAnswers(pair, q);
  return answers.map((a) => ({ stated: a.statedCount, measures: a.measures.map((m) => [m.marker, m.text]) }));
}

describe('[interrupted-lists] a list cut off by an interruption goes on when the responder resumes it', () => {
  it.each<[string, Part[], Array<{ stated: number | null; measures: string[][] }>]>([
    ['the chair cuts in after the first item', [ASK,
      ['responder', 'p2', '龙海平：今年主要做三件事：一是加固危桥12座——\n'],
      ['narration', null, '程立群：打断一下，请简要回答。\n'],
      ['responder', 'p2', '龙海平：好的。二是新建桥梁3座，三是建立巡查制度。\n']],
    [{ stated: 3, measures: [['一是', '加固危桥12座'], ['二是', '新建桥梁3座'], ['三是', '建立巡查制度']] }]],
    ['the member cuts in after the second', [ASK,
      ['responder', 'p2', '龙海平：今年主要做三件事：一是加固危桥12座，二是新建桥梁3座……\n'],
      ['asker', 'p1', '柯文静委员：我插一句，3座是哪3座？\n'],
      ['responder', 'p2', '龙海平：石门、清水、西岭。我接着说，三是建立巡查制度。\n']],
    [{ stated: 3, measures: [['一是', '加固危桥12座'], ['二是', '新建桥梁3座'], ['三是', '建立巡查制度']] }]],
    ['numbered 第一, resumed with 第二', [ASK,
      ['responder', 'p2', '龙海平：主要有两项措施：第一，加固危桥——\n'],
      ['narration', null, '程立群：请抓紧时间。\n'],
      ['responder', 'p2', '龙海平：第二，建立巡查制度。\n']],
    [{ stated: 2, measures: [['第一', '加固危桥'], ['第二', '建立巡查制度']] }]],
    ['cut off right after the next marker, said again on resuming', [ASK,
      ['responder', 'p2', '龙海平：主要用于三个方面：第一，县道大中修；第二……\n'],
      ['asker', 'p1', '柯文静委员：我插一句，有没有乡道的？\n'],
      ['responder', 'p2', '龙海平：有。我接着说，第二，村道日常养护；第三，桥梁隐患整治。\n']],
    [{ stated: 3, measures: [['第一', '县道大中修'], ['第二', '村道日常养护'], ['第三', '桥梁隐患整治']] }]],
  ])('%s', (_label, parts, expected) => {
    expect(read(parts)).toEqual(expected);
  });

  it.each<[string, Part[]]>([
    // another responder resumes: no join
    ['another official goes on', [ASK,
      ['responder', 'p2', '龙海平：今年主要做三件事：一是加固危桥12座——\n'],
      ['narration', null, '程立群：打断一下。\n'],
      ['responder', 'p3', '韦东：二是新建桥梁3座，三是建立巡查制度。\n']]],
    // no cut-off mark: the turns stay apart
    ['the first turn ends normally', [ASK,
      ['responder', 'p2', '龙海平：今年主要做三件事：一是加固危桥12座。\n'],
      ['narration', null, '程立群：请继续。\n'],
      ['responder', 'p2', '龙海平：二是新建桥梁3座，三是建立巡查制度。\n']]],
  ])('%s: not one list', (_label, parts) => {
    expect(read(parts).some((a) => a.measures.length === 3)).toBe(false);
  });
});
