import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { quoteMask } from '../../src/extract/quotes.js';
import { commaParts, holdsHead, markedPartsHold, semicolonParts } from '../../src/extract/formulation-clauses.js';

/** The parts after the first colon of `text`, set off by ;, as written; null when they are none. */
function clauses(text: string, n: number, x: string): string[] | null {
  const view = normalize(text);
  const start = view.indexOf(':') + 1;
  const parts = semicolonParts(view, quoteMask(view), start, view.length, n, x);
  return parts && parts.map(([s, e]) => text.slice(s, e));
}

function marked(text: string, n: number, x: string): boolean {
  const view = normalize(text);
  return markedPartsHold(view, quoteMask(view), view.indexOf(':') + 1, view.length, n, x);
}

describe('[formulation-clauses] parts set off by ; that each hold the head', () => {
  it.each<[string, string, number, string, string[]]>([
    ['each opens with X, detail after its comma', '围绕“三个提速”:提速审批,压缩时限;提速验收,并联办理;提速兑现,直达企业。', 3, '提速', ['提速审批,压缩时限', '提速验收,并联办理', '提速兑现,直达企业']],
    ['each opens with a 一 phrase X', '落实“两个一批”:一批马上办;一批限期办。', 2, '一批', ['一批马上办', '一批限期办']],
    ['each first clause ends with X', '推进“三个融合”：产城融合，做强园区；城乡融合，补齐短板；区域融合，协同发展。', 3, '融合', ['产城融合，做强园区', '城乡融合，补齐短板', '区域融合，协同发展']],
    ['the head 一: each opens with 一 and a classifier', '推行“三个一”:一套标准管全程;一张网络管到底;一支队伍抓落实。', 3, '一', ['一套标准管全程', '一张网络管到底', '一支队伍抓落实']],
  ])('%s', (_label, text, n, x, expected) => {
    expect(clauses(text, n, x)).toEqual(expected);
  });

  it.each<[string, string, number, string]>([
    ['fewer parts than N', '围绕“三个提速”:提速审批;提速验收。', 3, '提速'],
    ['more parts than N', '围绕“两个提速”:提速审批;提速验收;提速兑现。', 2, '提速'],
    ['a part without the head', '围绕“三个提速”:提速审批;并联验收;提速兑现。', 3, '提速'],
    ['the sentence ends before the N-th part', '围绕“三个提速”:提速审批;提速验收。提速兑现。', 3, '提速'],
    ['the head 一 without a classifier after it', '推行“三个一”:一律公开;一律上网;一律备案。', 3, '一'],
    ['marked parts are the enumeration’s list', '建立了三项机制:一是会商机制;二是督办机制;三是问责机制。', 3, '机制'],
  ])('none: %s', (_label, text, n, x) => {
    expect(clauses(text, n, x)).toBeNull();
  });
});

describe('[formulation-clauses] a marked list of N parts that each hold the head confirms N个X', () => {
  it.each<[string, string, number, string, boolean]>([
    ['一是 … each opening with X', '县里突出三个联动:一是联动执法,形成合力;二是联动监测;三是联动问责。', 3, '联动', true],
    ['第一 … each ending with X', '推进两个融合:第一,产城融合;第二,城乡融合。', 2, '融合', true],
    ['the list on the next line', '推进两个融合:\n一是产城融合;\n二是城乡融合。', 2, '融合', true],
    ['a part without X', '县里突出三个联动:一是联动执法;二是部门协作;三是联动问责。', 3, '联动', false],
    ['more parts than N', '推进两个融合:一是产城融合;二是城乡融合;三是区域融合。', 2, '融合', false],
    ['fewer parts than N', '推进三个融合:一是产城融合;二是城乡融合。', 3, '融合', false],
    ['text before the first marker', '推进两个融合,成效明显:全县一是产城融合;二是城乡融合。', 2, '融合', false],
  ])('%s', (_label, text, n, x, expected) => {
    expect(marked(text, n, x)).toBe(expected);
  });

  it('a part is the head alone: no part holds it', () => {
    const view = normalize('融合,');
    expect(holdsHead(view, quoteMask(view), 0, 2, '融合')).toBe(false);
  });
});

/** The parts after the first colon of `text`, set off by ,, as written; null when they are none. */
function commaClauses(text: string, n: number, x: string): string[] | null {
  const view = normalize(text);
  const parts = commaParts(view, quoteMask(view), view.indexOf(':') + 1, view.length, n, x);
  return parts && parts.map(([s, e]) => text.slice(s, e));
}

describe('[formulation-clauses] parts set off by , that each are one clause holding the head', () => {
  it.each<[string, string, number, string, string[]]>([
    ['each opens with X, up to the sentence end', '坚持“两个确保”：确保资金安全，确保工程质量。', 2, '确保', ['确保资金安全', '确保工程质量']],
    ['each ends with X, the sentence going on', '做到“三个到位”：责任到位，措施到位，保障到位，按期完工。', 3, '到位', ['责任到位', '措施到位', '保障到位']],
    ['up to a semicolon', '落实两个确保:确保资金安全,确保工程质量;其余按计划推进。', 2, '确保', ['确保资金安全', '确保工程质量']],
    ['the negation 不 opening each', '坚持“四个不”：不漏报，不错报，不迟报，不空报。', 4, '不', ['不漏报', '不错报', '不迟报', '不空报']],
  ])('%s', (_label, text, n, x, expected) => {
    expect(commaClauses(text, n, x)).toEqual(expected);
  });

  it.each<[string, string, number, string]>([
    ['more parts than N: the clause after the N holds X too', '“两个确保”：确保资金安全，确保工程质量，确保按期完工。', 2, '确保'],
    ['fewer clauses than N', '“三个到位”：责任到位，措施到位。', 3, '到位'],
    ['a clause that does not hold X', '“两个确保”：确保资金安全，工程质量要过硬。', 2, '确保'],
    ['a marked list: the enumeration’s', '“两个确保”：一是确保资金安全，二是确保工程质量。', 2, '确保'],
    ['a one-character head closing a clause', '“两个不”：好不，对不。', 2, '不'],
    ['a part that is X alone', '“两个确保”：确保，确保工程质量。', 2, '确保'],
  ])('none: %s', (_label, text, n, x) => {
    expect(commaClauses(text, n, x)).toBeNull();
  });
});

describe('[formulation-clauses] a quoted X may open a later clause of each ;-part (anyClause): 凡是…,一律…', () => {
  function ruled(text: string, n: number, x: string, anyClause: boolean): string[] | null {
    const view = normalize(text);
    const start = view.indexOf(':') + 1;
    const parts = semicolonParts(view, quoteMask(view), start, view.length, n, x, anyClause);
    return parts && parts.map(([s, e]) => text.slice(s, e));
  }
  it.each<[string, string, number, string, boolean, string[] | null]>([
    ['凡是…,一律… (the rule after its condition)', '三个“一律”：凡是政府承诺的事项，一律兑现；凡是拖欠的款项，一律清偿；凡是失信的行为，一律问责。', 3, '一律', true,
      ['凡是政府承诺的事项，一律兑现', '凡是拖欠的款项，一律清偿', '凡是失信的行为，一律问责']],
    ['without anyClause: none', '三个“一律”：凡是政府承诺的事项，一律兑现；凡是拖欠的款项，一律清偿；凡是失信的行为，一律问责。', 3, '一律', false, null],
    ['a part whose later clauses do not open with X', '三个“一律”：凡是政府承诺的事项，一律兑现；凡是拖欠的款项，限期清偿；凡是失信的行为，一律问责。', 3, '一律', true, null],
    ['X inside a later clause, not opening it', '三个“一律”：凡是承诺的事项，都一律兑现；凡是拖欠的款项，都一律清偿；凡是失信的行为，都一律问责。', 3, '一律', true, null],
    ['X alone after the comma (no rule)', '三个“一律”：凡是承诺的事项，一律；凡是拖欠的款项，一律；凡是失信的行为，一律。', 3, '一律', true, null],
  ])('%s', (_label, text, n, x, anyClause, expected) => {
    expect(ruled(text, n, x, anyClause)).toEqual(expected);
  });
});
