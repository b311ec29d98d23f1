import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { tableHeading, toTable, toTables, widestWord, wrapByWidth } from '../../src/format/table.js';
import { sampleRecord } from '../cli/sample.js';
import { columnFloor, minTableWidth, tableHead, viewRows, type View } from '../../src/format/views.js';

describe('[table] wrapByWidth', () => {
  it.each([
    ['健全府检联动机制', 8, ['健全府检', '联动机制']],
    ['健全府检联动机制', 16, ['健全府检联动机制']],
    ['健全府检联动机制', 7, ['健全府', '检联动', '机制']],
    ['强化监督依法履职，推动落实', 8, ['强化监督', '依法履', '职，推动', '落实']],
    ['府检联动”机制', 8, ['府检联', '动”机制']],
    ['abc 12345 公安局', 6, ['abc ', '12345 ', '公安局']],
    ['👨‍👩‍👧家庭', 4, ['👨‍👩‍👧家', '庭']],
    ['化解率97.78%', 8, ['化解率', '97.78%']],
    ['完成591公里', 8, ['完成591', '公里']],
    ['完成了591', 8, ['完成了', '591']],
    ['12345678901', 4, ['1234', '5678', '901']],
    ['PM2.5浓度', 4, ['PM2.', '5浓', '度']],
    ['', 5, ['']],
  ] as const)('%j in %d columns → %j', (text, width, lines) => {
    const got = wrapByWidth(text, width);
    expect(got).toEqual(lines);
    expect(got.join('')).toBe(text); // nothing lost, nothing added
  });
});

/** Display widths of the lines of a rendered table. */
const widths = (s: string) => s.trimEnd().split('\n').map((l) => stringWidth(l));

describe('[table] toTable', () => {
  it.each([['questions'], ['measures'], ['quantities'], ['people']] as const)('%s view: every line has the same display width', (view) => {
    // 66: the narrowest the quantities view can be (minTableWidth), the others squeezed below their natural width.
    const out = toTable(sampleRecord(), view, { width: 66 });
    const w = widths(out);
    expect(new Set(w).size).toBe(1);
    expect(w[0]).toBeLessThanOrEqual(66);
  });

  it('questions view: index, askers, responders, counts of measures and quantities', () => {
    const out = toTable(sampleRecord(), 'questions', { width: 120 });
    const row = out.split('\n').find((l) => l.includes('问题一'))!;
    expect(row.split('│').map((c) => c.trim()).filter(Boolean)).toEqual(['1', '问题一', '王某某', '李某', '3', '2', '如何推进“府检联动”？']);
  });

  it('wraps long Chinese cells by display width, keeping every character', () => {
    const out = toTable(sampleRecord(), 'measures', { width: 50 });
    expect(out.replace(/[│\s]/g, '')).toContain('健全“府检');
    expect(Math.max(...widths(out))).toBeLessThanOrEqual(50);
  });

  it.each([
    ['a hard wrap between Chinese characters (a PDF copy) is no space', '有什么解决\n办法？', '有什么解决办法？'],
    ['a wrap inside a number and its unit', '对1.2\n万个项目', '对1.2万个项目'],
    ['between Latin words it is one space', 'PM2.5 and\r\nPM10', 'PM2.5 and PM10'],
  ])('a line break in a cell: %s', (_label, text, shown) => {
    const record = sampleRecord();
    record.questions[0].text = text;
    const row = toTable(record, 'questions', { width: 200 }).split('\n').find((l) => l.includes(shown));
    expect(row).toBeDefined();
  });

  it('never prints a control character from the transcript raw', () => {
    const out = toTable(sampleRecord(), 'measures', { width: 100 });
    expect(out).not.toMatch(/\u001b/);
    expect(out).toContain('\\u001b[31m');
  });

  it('colours only the header, only when asked', () => {
    expect(toTable(sampleRecord(), 'people', { color: 0 })).not.toMatch(/\u001b/);
    expect(toTable(sampleRecord(), 'people', { color: 1 })).toContain('\u001b[1mname\u001b[22m');
  });

  it('an empty view says so instead of drawing an empty frame', () => {
    const record = sampleRecord();
    record.questions = [];
    expect(toTable(record, 'measures')).toBe('(no measures)\n');
  });

  it('several records: one table each under a line naming the file', () => {
    const out = toTables([sampleRecord('甲.txt'), sampleRecord('乙.txt')], 'people');
    expect(out).toMatch(/^甲\.txt — 1 question, 2 people\n/);
    expect(out).toContain('\n乙.txt — 1 question, 2 people\n');
  });

  it.each([
    [0, 0, '0 questions, 0 people'],
    [1, 1, '1 question, 1 person'],
    [2, 1, '2 questions, 1 person'],
    [1, 3, '1 question, 3 people'],
  ])('the line above a table counts %d questions and %d people in the right number', (questions, people, counts) => {
    const record = sampleRecord('甲.txt');
    record.questions = Array.from({ length: questions }, () => record.questions[0]);
    record.people = Array.from({ length: people }, () => record.people[0]);
    expect(tableHeading(record)).toBe(`甲.txt — ${counts}\n`);
  });
});

describe('[table] headers stay whole, the width goes to the wide column', () => {
  const VIEWS_ = ['questions', 'measures', 'quantities', 'people'] as const;
  const headerLine = (out: string) => out.split('\n')[1];
  const seedLike = () => {
    const record = sampleRecord();
    record.questions[0].text = '市政府将采取哪些措施，推动城乡供水一体化，保障农村群众喝上放心水、安全水，并建立长效管护机制？';
    record.people[1].name = '欧阳某某';
    return record;
  };

  it.each(VIEWS_.flatMap((v) => [80, 60, minTableWidth(v), 30].map((w) => [v, w] as const)))('%s at %d columns: every header on one line, whole', (view, width) => {
    const out = toTable(seedLike(), view, { width });
    const heads = headerLine(out).split('│').map((c) => c.trim()).filter(Boolean);
    // The view's headers in order, whole; only columns marked `drop` (or empty in every row) may be left out.
    const columns = viewRows(seedLike(), view).columns.filter((c) => !c.csvOnly);
    const rows = viewRows(seedLike(), view).rows;
    const all = viewRows(seedLike(), view).columns;
    const kept = columns.filter((c) => heads.includes(tableHead(c)));
    expect(kept.map(tableHead)).toEqual(heads);
    for (const c of columns) if (c.drop === undefined && rows.some((r) => r[all.indexOf(c)] !== null && r[all.indexOf(c)] !== '')) expect(heads).toContain(tableHead(c));
    // No second header line: the row under the header is the rule.
    expect(out.split('\n')[2]).toMatch(/^├/);
  });

  it.each(VIEWS_.flatMap((v) => [120, 100].map((w) => [v, w] as const)))('%s at %d columns: no column is dropped when all fit', (view, width) => {
    const record = seedLike();
    const heads = headerLine(toTable(record, view, { width })).split('│').map((c) => c.trim()).filter(Boolean);
    const { columns, rows } = viewRows(record, view);
    const filled = columns.filter((c, i) => !c.csvOnly && (c.wide || rows.some((r) => r[i] !== null && r[i] !== '')));
    expect(heads).toEqual(filled.map(tableHead));
  });

  it.each(VIEWS_.flatMap((v) => [200, 100, 80, 60].map((w) => [v, w] as const)))('%s at %d columns: never wider than asked', (view, width) => {
    expect(Math.max(...widths(toTable(seedLike(), view, { width })))).toBeLessThanOrEqual(Math.max(width, minTableWidth(view)));
  });

  it.each(VIEWS_)('%s below its least width: printed at that width, no wider', (view) => {
    // Every column that is never dropped holds something (an empty one is left out, and the table is narrower).
    const record = seedLike();
    record.questions[0].quantities[0].direction = 'up';
    record.questions[0].quantities[0].indicator = '城乡居民基本养老保险参保率'; // wider than half the least width: it fills it
    expect(Math.max(...widths(toTable(record, view, { width: 20 })))).toBe(minTableWidth(view));
  });

  it('a column empty in every row is left out (no labels, no direction), in the table only', () => {
    const record = seedLike();
    record.questions[0].label = null;
    const heads = headerLine(toTable(record, 'questions', { width: 200 })).split('│').map((c) => c.trim()).filter(Boolean);
    expect(heads).toEqual(['#', 'askers', 'responders', '#M', '#Q', 'question']);
    expect(headerLine(toTable(record, 'quantities', { width: 200 }))).not.toContain('dir');
    record.questions[0].quantities[0].direction = 'down';
    expect(headerLine(toTable(record, 'quantities', { width: 200 }))).toContain('dir');
  });

  it.each([
    // [view, width, headers shown]: the columns marked `drop` go in their order, only as far as needed.
    ['questions', 200, ['#', 'label', 'askers', 'responders', '#M', '#Q', 'question']],
    ['questions', 57, ['#', 'askers', 'responders', 'question']],
    ['measures', 200, ['#', 'who', 'list', 'no.', 'mark', 'measure']],
    ['measures', 29, ['#', 'who', 'no.', 'measure']],
    ['people', 200, ['id', 'name', 'org', 'roles', '#m', 'titles']],
    ['people', 36, ['name', 'roles', 'titles']],
  ] as const)('%s at %d: shows %j', (view, width, heads) => {
    const record = seedLike();
    record.questions[0].text = '市政府将采取哪些措施，推动城乡供水一体化，保障农村群众喝上放心水、安全水，并建立长效管护机制？'.repeat(3);
    expect(headerLine(toTable(record, view, { width })).split('│').map((c) => c.trim()).filter(Boolean)).toEqual(heads);
  });

  it.each([
    ['percentage_point', 'pp'], ['percent', 'pct'], ['quantity', 'qty'], ['count', 'count'], ['money', 'money'],
  ] as const)('quantities at its least width: kind %s is shown whole as %s (CSV keeps the name)', (kind, short) => {
    const record = seedLike();
    record.questions[0].quantities[0].kind = kind;
    const out = toTable(record, 'quantities', { width: minTableWidth('quantities') });
    expect(out).toMatch(new RegExp(`│ ${short} +│`));
    expect(viewRows(record, 'quantities').rows.some((r) => r.includes(kind))).toBe(true);
  });

  it('people at its least width: responder and asker whole', () => {
    const out = toTable(seedLike(), 'people', { width: minTableWidth('people') });
    expect(out).toContain('responder');
    expect(out).toContain('asker');
  });

  it('questions at 80 columns: the question takes half the room, short names stay whole', () => {
    const out = toTable(seedLike(), 'questions', { width: 80 });
    const cells = out.split('\n')[3].split('│').slice(1, -1);
    const question = cells[cells.length - 1];
    expect(stringWidth(question) - 2).toBeGreaterThanOrEqual(Math.floor((80 - 22) / 2));
    expect(out).toContain('王某某');
  });
});

describe('[table] wrapByWidth with words (a narrow column\'s short cells)', () => {
  it.each([
    ['王某某、李某某', 10, ['王某某、', '李某某']],
    ['王某、李某', 6, ['王某、', '李某']],
    ['asker,responder', 9, ['asker,', 'responder']],
    ['麒麟区人大常委会', 10, ['麒麟区人大', '常委会']], // one word wider than the column: broken by width
    ['王某某、李某某', 4, ['王某', '某、', '李某', '某']], // too narrow for any name
    ['化解率97.78%', 8, ['化解率', '97.78%']], // a figure is one word in either mode
  ] as const)('%j in %d columns → %j', (text, width, lines) => {
    expect(wrapByWidth(text, width, true)).toEqual(lines);
  });

  it.each([
    ['王某某、李某某', 10, ['王某某、李', '某某']], // prose (the wide column) fills its lines
  ] as const)('without words: %j in %d columns → %j', (text, width, lines) => {
    expect(wrapByWidth(text, width)).toEqual(lines);
  });

  it.each([
    ['王某、李某', 6],
    ['asker,responder', 9],
    ['麒麟区人大常委会', 16],
    ['', 0],
  ] as const)('widestWord(%j) = %d', (cell, width) => {
    expect(widestWord(cell)).toBe(width);
  });
});

describe('[table] widths from the columns\' natural and least widths', () => {
  // A record shaped like a county session: long titles and measures, an office of 8 characters, short names and roles.
  const county = () => {
    const record = sampleRecord();
    record.questions[0].text = '市政府将采取哪些措施，推动城乡供水一体化，保障农村群众喝上放心水、安全水，并建立长效管护机制？';
    record.people[0] = { ...record.people[0], name: '王某', organization: '麒麟区人大常委会', titles: ['市人大常委会委员、麒麟区人大常委会主任'] };
    record.people[1] = { ...record.people[1], name: '欧阳某某', organization: '县水利局', titles: ['县水利局局长、县河长制办公室主任'] };
    const m = record.questions[0].answers[0].measures;
    m[0] = { ...m[0], text: '深化“府检联动”工作机制，推动行政执法与检察监督有效衔接，健全信息共享、案情通报和案件移送制度' };
    return record;
  };
  const cellsOf = (line: string) => line.split('│').slice(1, -1);
  const VIEWS2: View[] = ['questions', 'measures', 'quantities', 'people'];

  it.each(VIEWS2.flatMap((v) => [50, 60, 80, 100, 160].map((w) => [v, w] as const)))('%s at %d: within the width, the wide column at least half, short words whole when they fit', (view, width) => {
    const record = county();
    const out = toTable(record, view, { width });
    const least = minTableWidth(view);
    expect(Math.max(...widths(out))).toBeLessThanOrEqual(Math.max(width, least));
    if (width < least) return; // the CLI says so; nothing more to promise
    const { columns: all, rows: all_ } = viewRows(record, view);
    // Checked against the columns shown: the others were left out (empty, or `drop` at a narrow width).
    const heads = cellsOf(out.split('\n')[1]).map((c) => c.trim());
    const keep = all.map((c, i) => [c, i] as const).filter(([c]) => !c.csvOnly && heads.includes(tableHead(c)));
    const columns = keep.map(([c]) => c);
    const rows = all_.map((r) => keep.map(([c, i]) => (r[i] === null ? '' : c.short?.[String(r[i])] ?? String(r[i]))));
    const room = width - (columns.length * 3 + 1);
    const wide = columns.findIndex((c) => c.wide);
    const shown = cellsOf(out.split('\n')[1]).map((c) => stringWidth(c) - 2);
    const natural = (i: number) => Math.max(columnFloor(columns[i]), ...rows.map((r) => stringWidth(r[i])));
    const narrowFloors = columns.reduce((n, c, i) => (i === wide ? n : n + columnFloor(c)), 0);
    // The wide column: half the room, or all it needs, or all the headers of the others leave.
    expect(shown[wide]).toBeGreaterThanOrEqual(Math.min(natural(wide), Math.floor(room / 2), room - narrowFloors));
    // Short words (names, roles: up to 10 columns) stay whole when they fit beside that half.
    const short = (i: number) => Math.max(columnFloor(columns[i]), ...rows.map((r) => (widestWord(r[i]) <= 10 ? widestWord(r[i]) : 0)));
    const need = columns.reduce((n, c, i) => (i === wide ? n : n + (rows.some((r) => widestWord(r[i]) > 10) ? Math.max(short(i), columnFloor(c)) : short(i))), 0);
    if (need + Math.min(natural(wide), Math.floor(room / 2)) <= room) {
      for (const row of rows) row.forEach((cell, i) => {
        if (i === wide) return;
        for (const word of cell.match(/[^、，,；;\s]+/gu) ?? []) if (stringWidth(word) <= 10) expect(out).toContain(word);
      });
    }
  });

  it('people at 100: the office 麒麟区人大常委会 and every name and role whole, the titles at least half', () => {
    const out = toTable(county(), 'people', { width: 100 });
    for (const word of ['麒麟区人大常委会', '王某', '欧阳某某', 'responder', 'asker']) expect(out).toContain(word);
    expect(out).toContain('市人大常委会委员、麒麟区人大常委会主任'); // 38 columns: all it needs, under half of 81
  });

  it('people at 60: names and roles whole; the office gives way first', () => {
    const record = county();
    record.people[0].titles = ['县人大常委会委员'];
    record.people[1].titles = ['县水利局局长'];
    record.people[0].organization = '县人大常委会';
    const out = toTable(record, 'people', { width: 60 });
    for (const word of ['王某', '欧阳某某', 'responder', 'asker', '县人大常委会委员']) expect(out).toContain(word);
    expect(out).not.toContain('县人大常委会 ');
  });

  it('measures at 50: the measure gets half the room, not two characters a line', () => {
    const out = toTable(county(), 'measures', { width: 50 });
    const cells = cellsOf(out.split('\n')[1]);
    expect(stringWidth(cells[cells.length - 1]) - 2).toBeGreaterThanOrEqual(Math.floor((50 - cells.length * 3 - 1) / 2));
    expect(Math.max(...widths(out))).toBeLessThanOrEqual(50);
  });

});
