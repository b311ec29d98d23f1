/**
 * Hard wraps of a PDF copy: found from the document's shape only, never in a text of one
 * paragraph per line, a list of short lines or a table.
 * Example: "    沈文涛委员（市人大常委会委员、市人大教育科学文化卫生\n委员会副主任委员）：…" is joined at "\n".
 */
import { describe, expect, it } from 'vitest';
import { findWraps } from '../../src/source/reflow.js';
import { joinWraps } from '../../src/source/joined.js';
import { wrapAt, GAZETTE } from '../helpers/wrap.js';


/** An invented county record, one paragraph per line, no indentation. */
const FLAT = [
  '石门县第十八届人大常委会第七次会议',
  '农村饮水安全工作专题询问记录',
  '',
  '主持人：现在开始询问。',
  '田春来委员：我县部分山区村组供水保障率不高，旱季经常出现季节性缺水，请问县水务局，下一步如何解决？',
  '县水务局局长 龙建军：谢谢田委员。去年以来，我们新建集中供水工程42处，改造管网316公里，农村自来水普及率达到91.3%。今年还将实施水源提升工程18处。',
  '田春来委员：水费收缴难、工程管护难的问题怎么解决？',
  '县水务局局长 龙建军：我们正在推行“县级统管、乡镇监管、村级自管”的管护模式，年底前全县所有工程都将落实管护主体和经费。',
  '杨秀英委员：学校和卫生院的用水安全有没有保障？',
  '县卫生健康局局长 石光明：全县学校和卫生院的饮水水质每季度抽检一次，今年第一季度抽检合格率为98.6%，不合格点位已全部整改到位。',
].join('\n');

describe('[reflow] a hard-wrapped document', () => {
  it.each([30, 36, 48, 60, 72])('wrapped at %i columns: every wrap found, the joined text is the unwrapped one', (columns) => {
    const wrapped = wrapAt(GAZETTE, columns);
    const cuts = findWraps(wrapped);
    expect(cuts.length).toBeGreaterThan(5);
    for (const [s, e] of cuts) expect(wrapped.slice(s, e)).toMatch(/^[ \t\u3000]*\r?\n$/u);
    expect(joinWraps(wrapped, cuts).joined).toBe(GAZETTE);
  });

  it('at every width from 24 to 100 columns, field lines above the turns included', () => {
    const source = GAZETTE.replace('（2024年5月21日）\n', '（2024年5月21日）\n\n主持人：省人大常委会副主任　黄永康\n应询人员：副省长　高振华；省教育厅、省财政厅、省人力资源和社会保障厅负责同志\n');
    const missed: number[] = [];
    for (let columns = 24; columns <= 100; columns += 2) {
      const wrapped = wrapAt(source, columns);
      if (joinWraps(wrapped, findWraps(wrapped)).joined !== source) missed.push(columns);
    }
    expect(missed).toEqual([]);
  });

  it.each([30, 40, 56, 72])('figures set in full-width cells, copied out as ASCII (%i columns): a line full of them is a wrap too', (columns) => {
    const toWide = (t: string) => t.replace(/[0-9.%]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const toAscii = (t: string) => t.replace(/[０-９．％]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    const wrapped = toAscii(wrapAt(toWide(GAZETTE), columns));
    expect(joinWraps(wrapped, findWraps(wrapped)).joined).toBe(GAZETTE);
  });

  it('CRLF newlines and ideographic-space indentation', () => {
    const source = GAZETTE.replace(/^ {4}/gmu, '\u3000\u3000');
    const wrapped = wrapAt(source, 56, '\r\n');
    expect(joinWraps(wrapped, findWraps(wrapped)).joined).toBe(source.replace(/\n/gu, '\r\n'));
  });

  it('page furniture between turns stays on its own lines', () => {
    const lines = wrapAt(GAZETTE, 56).split('\n');
    lines.splice(16, 0, '', '— 23 —', '', '青峰省人民代表大会常务委员会公报                    2024年第6号', '');
    const wrapped = lines.join('\n');
    const joined = joinWraps(wrapped, findWraps(wrapped)).joined;
    expect(joined).toContain('\n\n— 23 —\n\n青峰省人民代表大会常务委员会公报                    2024年第6号\n\n');
    expect(joined.replace(/\n\n— 23 —\n\n青峰省人民代表大会常务委员会公报 +2024年第6号\n\n/u, '\n')).toBe(GAZETTE);
  });

  it('a page turning mid-paragraph: the page number and the running header between the halves are cut with the wrap', () => {
    const lines = wrapAt(GAZETTE, 56).split('\n');
    const furniture = ['', '— 23 —', '', '青峰省人民代表大会常务委员会公报                    2024年第6号', ''];
    // After every line going on unindented in turn: each time, the text joined is the text unwrapped.
    const within = lines.flatMap((l, i) => (i > 8 && lines[i + 1] && !/^\s/u.test(lines[i + 1]) && !/[。？！]$/u.test(l) ? [i] : []));
    expect(within.length).toBeGreaterThan(5);
    for (const i of within) {
      const wrapped = [...lines.slice(0, i + 1), ...furniture, ...lines.slice(i + 1)].join('\n');
      expect(joinWraps(wrapped, findWraps(wrapped)).joined).toBe(GAZETTE);
    }
  });

  it('a form feed (a page break of pdftotext) opening the next line of the paragraph is cut with the wrap', () => {
    const lines = wrapAt(GAZETTE, 56).split('\n');
    const at = lines.findIndex((l, i) => i > 8 && lines[i + 1] && !/^\s/u.test(lines[i + 1]) && !/[。？！]$/u.test(l));
    lines[at + 1] = '\f' + lines[at + 1];
    const wrapped = lines.join('\n');
    expect(joinWraps(wrapped, findWraps(wrapped)).joined).toBe(GAZETTE);
  });

  it('a page turning between paragraphs stays', () => {
    const lines = wrapAt(GAZETTE, 56).split('\n');
    const at = lines.findIndex((l, i) => i > 8 && /^\s/u.test(lines[i + 1] ?? ''));
    const wrapped = [...lines.slice(0, at + 1), '', '— 23 —', '', ...lines.slice(at + 1)].join('\n');
    expect(joinWraps(wrapped, findWraps(wrapped)).joined).toContain('\n\n— 23 —\n\n');
  });

  it('without indentation, at every width from 24 to 100 columns: no two paragraphs joined, most wraps found', () => {
    const paragraphs = FLAT.split('\n');
    let wraps = 0;
    let found = 0;
    for (let columns = 24; columns <= 100; columns += 4) {
      const wrapped = paragraphs.map((l) => (l.length > 12 ? wrapAt('  ' + l, columns).slice(2) : l)).join('\n');
      const cuts = findWraps(wrapped);
      wraps += wrapped.split('\n').length - paragraphs.length;
      found += cuts.length;
      for (const line of joinWraps(wrapped, cuts).joined.split('\n')) expect(paragraphs.some((p) => p.includes(line)), line).toBe(true);
    }
    expect(found).toBeGreaterThan(0.6 * wraps); // a line ending on a stop may end its paragraph: left
  });

  it('without indentation: a wrap goes on mid-sentence; a stop or a label ends the paragraph', () => {
    const wrapped = FLAT.split('\n').map((l) => (l.length > 20 ? wrapAt('  ' + l, 50).slice(2) : l)).join('\n');
    const cuts = findWraps(wrapped);
    const joined = joinWraps(wrapped, cuts).joined;
    // Every wrap mid-sentence is joined; a line ending on a stop, maybe the paragraph's end, is left.
    expect(joined.split('\n').filter((l) => l.length > 30).every((l) => /^[\p{sc=Han} ]{2,16}：/u.test(l) || /[。？！]$/u.test(l))).toBe(true);
    expect(joined).toContain('田春来委员：我县部分山区村组供水保障率不高，旱季经常出现季节性缺水，请问县水务局，下一步如何解决？');
    expect(joined).toContain('改造管网316公里');
  });
});

describe('[reflow] documents that are not hard-wrapped are never touched', () => {
  it('a web copy: one paragraph per line', () => {
    expect(findWraps(GAZETTE)).toEqual([]);
  });

  it('a web copy whose paragraphs are of similar length', () => {
    const text = Array.from({ length: 12 }, (_, i) => `    ${'市'.repeat(i % 3)}某某委员：请问${i + 1}号问题如何解决，工作进展到了哪一步，下一步有什么打算？`).join('\n');
    expect(findWraps(text)).toEqual([]);
  });

  it('a list of short lines (a poem, slogans)', () => {
    const text = ['坚持人民至上', '坚持生命至上', '统筹发展安全', '守牢安全底线', '建设平安城市', '护航高质发展', '共建美好家园', '共享幸福生活', '凝聚奋进力量', '谱写崭新篇章', '久久为功', '善作善成'].join('\n').repeat(2);
    expect(findWraps(text)).toEqual([]);
  });

  it('a list of longer lines with commas inside, no paragraph ever ending', () => {
    const text = Array.from({ length: 16 }, (_, i) => `第${'一二三四五六七八'[i % 8]}条坚持人民至上，坚持生命至上，守牢安全底线`).join('\n');
    expect(findWraps(text)).toEqual([]);
  });

  it('a table: columns apart by runs of spaces', () => {
    const rows = ['项目名称          完成投资（亿元）    完成率', ...Array.from({ length: 12 }, (_, i) => `第${i + 1}批老旧小区改造      ${(12.5 + i).toFixed(1)}              ${80 + i}%`)];
    expect(findWraps(rows.join('\n'))).toEqual([]);
  });

  it('a table drawn with | and box lines', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `| 第${i + 1}批老旧小区改造，完成投资 | ${12 + i}亿元，完成率 | ${80 + i}% |`);
    expect(findWraps(rows.join('\n'))).toEqual([]);
  });

  it('a short text', () => {
    expect(findWraps('问题一：如何\n加强管理？')).toEqual([]);
  });
});
