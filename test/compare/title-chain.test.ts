import { describe, expect, it } from 'vitest';
import { currentOffice, titleChain } from '../../src/compare/title-chain.js';

describe('[compare/title-chain] titles held now, former posts, and their offices', () => {
  it.each<[string[], string | null, string[], string[], string[], string | null]>([
    // Two parallel titles: two offices, the record's office kept.
    [['县人大常委会委员、县总工会主席'], '县总工会', ['县人大常委会委员', '县总工会主席'], [], ['县人大常委会', '县总工会'], '县总工会'],
    // A former post (原 before the post) is kept apart: its office is no office of the person's now.
    [['县人大常委会委员、县农业农村局原局长'], '县农业农村局', ['县人大常委会委员'], ['县农业农村局原局长'], ['县人大常委会'], '县人大常委会'],
    [['原县水利局局长'], '县水利局', [], ['原县水利局局长'], [], null],
    // 现任 marks the post held now; no part of the office's name.
    [['省农业农村厅原厅长、现任省人大农业与农村委员会主任委员'], '现任省人大农业与农村委员会', ['省人大农业与农村委员会主任委员'], ['省农业农村厅原厅长'],
      ['省人大农业与农村委员会'], '省人大农业与农村委员会'],
    // Near-misses: 原 inside a place's name (太原市, 原平市), 副 before a post, a post alone, one title.
    [['太原市人大常委会委员'], '太原市人大常委会', ['太原市人大常委会委员'], [], ['太原市人大常委会'], '太原市人大常委会'],
    [['原平市政府副市长'], '原平市政府', ['原平市政府副市长'], [], ['原平市政府'], '原平市政府'],
    [['副县长'], null, ['副县长'], [], [], null],
    [['市住建局副局长'], '市住建局', ['市住建局副局长'], [], ['市住建局'], '市住建局'],
  ])('%j at %s', (titles, organization, current, former, offices, now) => {
    const chain = titleChain(titles);
    expect(chain).toEqual({ current, former, offices });
    expect(currentOffice(organization, chain)).toBe(now);
  });
});
