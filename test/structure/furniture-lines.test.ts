import { describe, expect, it } from 'vitest';
import { furnitureStart, isFurnitureLine } from '../../src/structure/furniture-lines.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

describe('[furniture-lines] stamp and tag lines over an entry', () => {
  it.each([
    ['10:32', true],
    ['【10:32】', true],
    ['【单位答复】', true],
    ['[表态]', true],
    ['〔委员追问〕', true],
    ['14:05【追问】', true],
    ['  10:32  ', true],
    // a post's turn headings without brackets, their emoji blanked in the view
    ['💬委员提问', true],
    ['🎤部门回答', true],
    ['部门应询', true],
    // words, a label, a long bracket, nothing
    ['【主持】请区交通局回答。', false],
    ['区交通局局长 毛某：', false],
    ['【区人大常委会开展城市更新专题询问现场】', false],
    ['', false],
    ['委员提问很尖锐。', false],
    ['部门回答：已完成。', false],
    ['🎤精彩回答', false],
  ])('%s', (line, furniture) => {
    expect(isFurnitureLine(normalize(line))).toBe(furniture);
  });

  it.each([
    // [text before the label line, where the entry starts in it]
    ['…已完成。\n\n10:32\n【单位答复】\n', '10:32\n【单位答复】\n'],
    ['…已完成。\n\n10:32\n\n【单位答复】\n\n', '10:32\n\n【单位答复】\n\n'],
    ['…已完成。\n【单位答复】\n', '【单位答复】\n'],
    ['…已完成。\n14:05【追问】\n', '14:05【追问】\n'],
    ['…已完成。\n', ''],
    ['…已完成。\n10:32 已完成大半。\n', ''],
  ])('%j', (before, entry) => {
    const view = normalize(before + '区交通局局长 毛某：');
    const at = furnitureStart(view, before.length, 0, new Set());
    expect(before.slice(at)).toBe(entry);
  });

  it('stops at a line where another entry starts', () => {
    const before = '…已完成。\n10:32\n【单位答复】\n';
    const view = normalize(before + '区交通局局长 毛某：');
    expect(before.slice(furnitureStart(view, before.length, 0, new Set([before.indexOf('【')])))).toBe('');
  });
});

describe('[furniture-lines] a live feed: no turn ends in the next entry\'s stamp or tag', () => {
  const text = [
    '图文直播｜某区人大常委会开展城市更新专题询问', '',
    '14:02', '【委员提问】', '区人大常委会委员 苗立春 向区住房城乡建设局提问：', '“老旧小区改造今年开工了多少个？”', '',
    '14:06', '【部门应询】', '区住房城乡建设局局长 邬成林：', '今年开工改造老旧小区46个，惠及居民1.2万户。', '',
    '14:12', '【追问】', '委员 苗立春：加装电梯完成了多少部？', '',
    '14:13', '【部门应询】', '区住房城乡建设局局长 邬成林：', '已完成加装电梯85部。', '',
  ].join('\n');

  it('each answer and question ends in its own words', () => {
    const r = parse(text);
    const turns = r.questions.flatMap((q) => q.turns).filter((t) => t.role !== 'narration');
    expect(turns.length).toBeGreaterThanOrEqual(4);
    for (const t of turns) expect(t.text.trimEnd()).not.toMatch(/(?:\d{1,2}:\d{2}|【[^】]*】)$/u);
    const answers = turns.filter((t) => t.role === 'responder');
    expect(answers[0].text.trimEnd().endsWith('惠及居民1.2万户。')).toBe(true);
  });
});

describe('[furniture-lines] a post\'s emoji headings over each turn (t44 p04): neither question text nor the answer before', () => {
  const text = [
    '县人大常委会就“一老一小”开展专题询问', '',
    '3月20日上午，县人大常委会举行联组会议，就养老托育服务开展专题询问。', '',
    '💬委员提问', '县人大常委会委员李春燕：农村养老服务设施利用率不高，请问县民政局下一步怎么办？', '',
    '🎤部门回答', '县民政局局长王海涛：目前全县建成乡镇敬老院11所，下一步将改造提升一批。', '',
    '💬委员提问', '县人大常委会委员杨光荣：普惠托育机构少，县卫健局有什么打算？', '',
    '🎤部门回答', '县卫健局局长朱红梅：全县现有托育机构14家。', '',
  ].join('\n');

  it('the headings head the turns below them', () => {
    const r = parse(text);
    expect(r.questions.map((q) => q.text)).toEqual(['农村养老服务设施利用率不高，请问县民政局下一步怎么办？', '普惠托育机构少，县卫健局有什么打算？']);
    const turns = r.questions.flatMap((q) => q.turns).filter((t) => t.role !== 'narration');
    for (const t of turns) expect(t.text.trimEnd()).not.toMatch(/(?:委员提问|部门回答)$/u);
  });
});
