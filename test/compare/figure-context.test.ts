import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { figureContext } from '../../src/compare/figure-context.js';

/** An invented session; `answer` before the measures, `measures` after 一是 (the figure read is the first of question 1 holding `figure`). */
function contextOf(answer: string, measures: string, figure: string) {
  const record = parse([
    '临川区人大常委会开展背街小巷整治工作专题询问',
    '问题一:区政府如何推进背街小巷整治?',
    '区人大常委会委员邝晓雯询问区政府如何推进背街小巷整治。',
    `区住建局局长池振东回应称,${answer}下一步将从两方面着手:一是${measures}。二是完善长效管理机制。`,
    '',
  ].join('\n'), { name: 'x' });
  const question = record.questions[0];
  const q = question.quantities.find((x) => x.text === figure);
  if (!q) throw new Error(`no figure ${figure}: ${question.quantities.map((x) => x.text).join(' ')}`);
  return figureContext(record, question, q.span);
}

describe('[compare/figure-context] target, done or state; the purpose of a fund', () => {
  it.each<[string, string, string, 'target' | 'done' | null, string | null]>([
    ['', '年底前改造背街小巷46条', '46条', 'target', null],
    ['计划改造背街小巷46条,', '加强统筹', '46条', 'target', null],
    ['力争两年内整治率达到90%,', '加强统筹', '90%', 'target', null],
    ['明年扩大到60条街巷,', '加强统筹', '60条', 'target', null],
    ['今年已完成改造背街小巷38条,', '加强统筹', '38条', 'done', null],
    ['截至目前累计整治街巷120条,', '加强统筹', '120条', 'done', null],
    ['全区背街小巷整治率为72%,', '加强统筹', '72%', null, null],
    ['沿街商户将近900户,', '加强统筹', '将近900户', null, null],
    ['到2027年整治率达到95%,', '加强统筹', '95%', 'target', null],
    ['今年安排资金500万元用于雨污管网改造,', '加强统筹', '500万元', null, '雨污管网改造'],
    ['今年安排资金500万元,专项用于路面修复,', '加强统筹', '500万元', null, '路面修复'],
  ])('%s | 一是%s [%s] → %s, %s', (answer, measures, figure, stance, purpose) => {
    expect(contextOf(answer, measures, figure)).toMatchObject({ stance, purpose });
  });

  it.each<[string, string, 'target' | 'done' | null, 'increment' | 'level' | 'per-unit' | null]>([
    ['年内完成改造背街小巷46条，', '46条', 'target', null],
    ['去年年内完成改造背街小巷38条，', '38条', 'done', null],
    ['我们将推行街巷长制，改造背街小巷46条。', '46条', 'target', null],
    ['到2026年底，背街小巷整治率达到95%。', '95%', 'target', 'level'],
    ['截至9月底，全区建成口袋公园21个。', '21个', 'done', 'level'],
    ['今年新增口袋公园6个，', '6个', null, 'increment'],
    ['今年已新建口袋公园6个，', '6个', 'done', 'increment'],
    ['全区累计整治街巷120条，', '120条', 'done', 'level'],
    ['明年再改造背街小巷30条，', '30条', 'target', 'increment'],
    ['再生水利用率为40%，', '40%', null, null],
    ['去年全区完成背街小巷改造38条，', '38条', 'done', null],
    ['我们将推行街巷长制，完成背街小巷改造46条。', '46条', 'target', null],
    ['背街小巷整治完成率为72%，', '72%', null, null],
    ['对沿街商户给予一次性补贴3000元，', '3000元', null, 'per-unit'],
    ['每户补助1500元，', '1500元', null, 'per-unit'],
  ])('%s [%s] → %s, %s', (answer, figure, stance, flow) => {
    expect(contextOf(answer, '加强统筹', figure)).toMatchObject({ stance, flow });
  });
});
