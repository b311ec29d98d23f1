import { describe, expect, it } from 'vitest';
import { columnFloor, minTableWidth, tableHead, viewRows, VIEWS } from '../../src/format/views.js';
import { sampleRecord } from '../cli/sample.js';

describe('[views] rows of a record', () => {
  const record = sampleRecord();

  it.each([
    ['questions', [[1, '问题一', '王某某', '李某', 3, 2, '如何推进“府检联动”？']]],
    ['measures', [[1, '李某', 1, '1', '一是', '健全“府检联动”机制'], [1, '李某', 1, '2', '二是', '强化监督,"依法"履职'], [1, '李某', 1, '2.1', null, '依法'], [1, '李某', 1, '3', '三是', '=SUM(A1)\u001b[31m红字']]],
    ['quantities', [['1', '97.78%', 97.78, '%', 'percent', null, null, null, '矛盾纠纷化解率'], ['1', '11台', 11, '台', 'count', null, null, null, '无人机']]],
    ['people', [['p1', '王某某', '市人大常委会', 'asker', 1, '市人大常委会委员'], ['p2', '李某', '市政府', 'responder', 1, '市政府副市长']]],
  ] as const)('%s', (view, expected) => {
    const { columns, rows } = viewRows(record, view);
    const shown = columns.map((c, i) => [c, i] as const).filter(([c]) => !c.csvOnly).map(([, i]) => i);
    expect(rows.map((r) => shown.map((i) => r[i]))).toEqual(expected);
    for (const row of rows) expect(row).toHaveLength(columns.length);
  });

  it('spans come as start and end columns (CSV only), and slice to the item', () => {
    const { columns, rows } = viewRows(record, 'measures');
    const start = columns.findIndex((c) => c.name === 'start');
    const text = columns.findIndex((c) => c.name === 'measure');
    expect(columns[start].csvOnly).toBe(true);
    const m = record.questions[0].answers[0].measures[0];
    expect([rows[0][start], rows[0][start + 1]]).toEqual(m.span);
    expect(rows[0][text]).toBe(m.text);
  });

  it.each([
    ['a range', (r: ReturnType<typeof sampleRecord>) => { r.questions[0].quantities[0].range = [2, 3]; }, 'quantities', 7, '2–3'],
    ['a fall (下降2.3个百分点)', (r: ReturnType<typeof sampleRecord>) => { r.questions[0].quantities[0].direction = 'down'; }, 'quantities', 5, 'down'],
    ['intro figures', (r: ReturnType<typeof sampleRecord>) => { r.session.quantities = [{ ...r.questions[0].quantities[1] }]; }, 'quantities', 0, 'intro'],
    ['a responder named by office only', (r: ReturnType<typeof sampleRecord>) => { r.people[1].name = null; }, 'questions', 3, '市政府副市长'],
    ['a written answer: the office that wrote it', (r: ReturnType<typeof sampleRecord>) => { r.questions[0].responders = []; r.questions[0].written = { organization: '市司法局', organizationSpan: null, heading: null, headingSpan: null }; }, 'questions', 3, '市司法局（书面答复）'],
  ] as const)('%s', (_, change, view, column, value) => {
    const r = sampleRecord();
    change(r);
    expect(viewRows(r, view).rows[0][column]).toBe(value);
  });

  it('closing figures come last, marked closing', () => {
    const r = sampleRecord();
    const q = r.questions[0].quantities[1];
    r.session.closing = { text: q.text, span: q.span, quantities: [{ ...q }], vote: null };
    const rows = viewRows(r, 'quantities').rows;
    expect(rows.at(-1)!.slice(0, 2)).toEqual(['closing', q.text]);
  });

  it('every view has one wide column for tables', () => {
    for (const view of VIEWS) expect(viewRows(record, view).columns.filter((c) => c.wide)).toHaveLength(1);
  });
});

describe('[views] table headers', () => {
  it.each([
    // The least widths leave out the columns marked `drop` and give the wide column half the room.
    ['questions', ['#', 'label', 'askers', 'responders', '#M', '#Q', 'question'], 49],
    ['measures', ['#', 'who', 'list', 'no.', 'mark', 'measure'], 29],
    ['quantities', ['#', 'text', 'val', 'unit', 'kind', 'dir', 'qual', 'range', 'indicator'], 56],
    ['people', ['id', 'name', 'org', 'roles', '#m', 'titles'], 36],
  ] as const)('%s: short ASCII headers %j, a table at least %d columns wide', (view, heads, least) => {
    const columns = viewRows(sampleRecord(), view).columns.filter((c) => !c.csvOnly);
    expect(columns.map(tableHead)).toEqual(heads);
    for (const h of heads) expect(h).toMatch(/^[\x21-\x7e]+$/); // one word, display width = length
    expect(minTableWidth(view)).toBe(least);
    expect(columns.map(columnFloor).every((f) => f >= 2)).toBe(true);
  });

  it.each([
    ['questions', ['#Q', '#M', 'label']],
    ['measures', ['list', 'mark']],
    ['quantities', ['val', 'unit', 'qual', 'range']],
    ['people', ['#m', 'id', 'org']],
  ] as const)('%s: a narrow table leaves out %j, in that order; never the wide column', (view, order) => {
    const columns = viewRows(sampleRecord(), view).columns.filter((c) => c.drop !== undefined);
    expect([...columns].sort((a, b) => a.drop! - b.drop!).map(tableHead)).toEqual(order);
    expect(columns.some((c) => c.wide)).toBe(false);
  });

  it('a column of fixed words is never narrower than the widest (responder, down, money)', () => {
    const floor = (view: (typeof VIEWS)[number], head: string) => columnFloor(viewRows(sampleRecord(), view).columns.find((c) => tableHead(c) === head)!);
    expect(floor('people', 'roles')).toBe('responder'.length);
    expect(floor('quantities', 'dir')).toBe('down'.length);
    expect(floor('quantities', 'kind')).toBe('money'.length);
    expect(floor('quantities', '#')).toBe('closing'.length); // the closing's figures
  });

  it('CSV keeps the full names', () => {
    expect(viewRows(sampleRecord(), 'questions').columns.map((c) => c.name)).toEqual(['#', 'label', 'askers', 'responders', 'measures', 'quantities', 'question', 'start', 'end']);
  });
});
