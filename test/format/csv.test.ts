import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvHeader, csvLine, csvRows, toCsv } from '../../src/format/csv.js';
import { sampleRecord } from '../cli/sample.js';

/** A strict RFC 4180 reader, to check that what we write reads back to the same cells. */
function readCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (s[i] === '"' && s[i + 1] === '"') { field += '"'; i += 2; }
        else if (s[i] === '"') { i++; break; }
        else field += s[i++];
      }
    } else if (s[i] === ',') { row.push(field); field = ''; i++; }
    else if (s[i] === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; }
    else field += s[i++];
  }
  return rows;
}

describe('[csv] fields', () => {
  it.each([
    ['健全机制', '健全机制'],
    ['强化监督,依法履职', '"强化监督,依法履职"'],
    ['"依法"履职', '"""依法""履职"'],
    ['第一行\n第二行', '"第一行\n第二行"'],
    ['回车\r', '"回车\r"'],
    ['，全角逗号不用引', '，全角逗号不用引'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+86', "'+86"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    [null, ''],
    [97.78, '97.78'],
    [0, '0'],
    [Number.NaN, ''],
  ] as const)('%j → %j', (cell, field) => {
    expect(csvField(cell)).toBe(field);
  });

  it('ends every line with CRLF', () => {
    expect(csvLine(['问题', 1, null])).toBe('问题,1,\r\n');
  });
});

describe('[csv] views', () => {
  it.each([
    ['questions', 'file,#,label,askers,responders,measures,quantities,question,start,end\r\n'],
    ['measures', 'file,question,responder,list,item,marker,measure,start,end\r\n'],
    ['quantities', 'file,question,text,value,unit,kind,direction,qualifier,range,indicator,start,end\r\n'],
    ['people', 'file,id,name,organization,roles,mentions,titles\r\n'],
  ] as const)('%s header', (view, header) => {
    expect(csvHeader(view)).toBe(header);
  });

  it('starts with a byte-order mark so spreadsheets read UTF-8', () => {
    expect(toCsv([sampleRecord()], 'measures').startsWith(CSV_BOM + 'file,')).toBe(true);
  });

  it('measures: one row per item, inner items numbered 2.1, cells read back unchanged', () => {
    const record = sampleRecord();
    const rows = readCsv(toCsv([record], 'measures').slice(1));
    expect(rows.map((r) => [r[3], r[4], r[5], r[6]])).toEqual([
      ['list', 'item', 'marker', 'measure'],
      ['1', '1', '一是', '健全“府检联动”机制'],
      ['1', '2', '二是', '强化监督,"依法"履职'],
      ['1', '2.1', '', '依法'],
      ['1', '3', '三是', "'=SUM(A1)\u001b[31m红字"],
    ]);
    const m = record.questions[0].answers[0].measures[0];
    expect(rows[1].slice(7).map(Number)).toEqual(m.span);
    expect(rows[1][2]).toBe('李某');
  });

  it('quantities: value, unit, kind, direction and indicator in their columns', () => {
    const rows = readCsv(csvRows(sampleRecord('b.txt'), 'quantities'));
    expect(rows.map((r) => r.slice(0, 11))).toEqual([
      ['b.txt', '1', '97.78%', '97.78', '%', 'percent', '', '', '', '矛盾纠纷化解率', rows[0][10]],
      ['b.txt', '1', '11台', '11', '台', 'count', '', '', '', '无人机', rows[1][10]],
    ]);
  });

  it('several records make one sheet, told apart by the file column', () => {
    const rows = readCsv(toCsv([sampleRecord('a.txt'), sampleRecord('b.txt')], 'people').slice(1));
    expect(rows.map((r) => [r[0], r[2]])).toEqual([['file', 'name'], ['a.txt', '王某某'], ['a.txt', '李某'], ['b.txt', '王某某'], ['b.txt', '李某']]);
  });
});
