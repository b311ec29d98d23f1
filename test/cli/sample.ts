/**
 * A small hand-built record for the view, table and CSV tests, independent of the parser
 * (which other engineers are writing at the same time). Every span slices to its text.
 * Example: the measure "健全“府检联动”机制" of "一是健全“府检联动”机制，" with marker 一是.
 */
import type { InquiryRecord, Measure, Quantity } from '../../src/model/record.js';
import type { Span } from '../../src/model/span.js';

export const SAMPLE_TEXT =
  '问题一：如何推进“府检联动”？\n' +
  '市人大常委会委员王某某提问。\n' +
  '市政府副市长李某表示，将从三方面着手：一是健全“府检联动”机制，二是强化监督,"依法"履职，三是=SUM(A1)\u001b[31m红字。' +
  '全市矛盾纠纷化解率97.78%，新增11台无人机。';

function at(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`sample: ${part} not found`);
  return [start, start + part.length];
}

export function sampleRecord(name: string | null = 'a.txt', text = SAMPLE_TEXT): InquiryRecord {
  const measure = (index: number, marker: string | null, body: string, items: Measure[] = []): Measure =>
    ({ index, marker, text: body, span: at(text, body), items });
  const quantity = (surface: string, value: number, unit: string, kind: Quantity['kind'], indicator: string): Quantity =>
    ({ text: surface, value, unit, kind, indicator, approximate: false, qualifier: null, range: null, direction: null, span: at(text, surface) });
  const measures = [
    measure(1, '一是', '健全“府检联动”机制'),
    measure(2, '二是', '强化监督,"依法"履职', [measure(1, null, '依法')]),
    measure(3, '三是', '=SUM(A1)\u001b[31m红字'),
  ];
  const question = at(text, '如何推进“府检联动”？');
  return {
    schema: 'inquiry-record/1',
    source: { name, sha256: '0'.repeat(64), encoding: 'utf-8', length: text.length, hasBom: false, newline: 'lf' },
    session: {
      title: null, body: null, meeting: null, format: null, topic: null, date: null, statedAskerCount: null, span: null,
      spans: { title: null, body: null, meeting: null, format: null, topic: null, date: null, statedAskerCount: null },
      quantities: [], formulations: [], chair: null, closing: null,
    },
    people: [
      { id: 'p1', name: '王某某', titles: ['市人大常委会委员'], organization: '市人大常委会', roles: ['asker'], mentions: [{ text: '王某某', span: at(text, '王某某') }] },
      { id: 'p2', name: '李某', titles: ['市政府副市长'], organization: '市政府', roles: ['responder'], mentions: [{ text: '李某', span: at(text, '李某') }] },
    ],
    questions: [{
      index: 1, label: '问题一', text: text.slice(question[0], question[1]), span: question, sectionSpan: [0, text.length],
      askers: ['p1'], addressees: [], responders: ['p2'], turns: [], followUpOf: null, group: null, written: null, keywords: [], formulations: [],
      answers: [{ responder: 'p2', span: [at(text, '一是')[0], at(text, '红字')[1]], statedCount: 3, statedCountText: '从三方面', statedCountSpan: at(text, '从三方面'), marker: '一是', measures }],
      quantities: [quantity('97.78%', 97.78, '%', 'percent', '矛盾纠纷化解率'), quantity('11台', 11, '台', 'count', '无人机')],
    }],
    warnings: [],
  };
}
