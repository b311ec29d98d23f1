import { describe, expect, it } from 'vitest';
import { currentOrganization, isFormerTitle, titleOffice, withoutFormer } from '../../src/model/former-posts.js';

describe('[model/former-posts] 原/前任/时任 mark a post held before', () => {
  it.each<[string, boolean]>([
    ['县农业农村局原局长', true],
    ['原市乡村振兴局局长', true],
    ['原副局长', true],
    ['时任县水利局局长', true],
    ['前任区卫生健康局局长', true],
    // Near-misses: a place written with 原, an office holding 原 in its name, a post held now.
    ['太原市水务局局长', false],
    ['原平市财政局局长', false],
    ['县原料药产业园管委会主任', false],
    ['市农业农村局副局长', false],
  ])('%s → %s', (title, former) => {
    expect(isFormerTitle(title)).toBe(former);
  });
  it('takes the marker off and reads the office', () => {
    expect(withoutFormer('原市乡村振兴局局长')).toBe('市乡村振兴局局长');
    expect(withoutFormer('县农业农村局原局长')).toBe('县农业农村局局长');
    expect(titleOffice('县总工会主席')).toBe('县总工会');
    expect(titleOffice('副县长')).toBeNull();
  });
  it.each<[string | null, string[], string | null]>([
    ['区卫生健康局', ['区人大常委会委员、区卫生健康局原局长'], '区人大常委会'],
    ['原市乡村振兴局', ['市农业农村局副局长、原市乡村振兴局局长'], '市农业农村局'],
    ['县总工会', ['县人大常委会委员、县总工会原主席'], '县人大常委会'],
    ['县水利局', ['时任县水利局局长'], null],
    // Near-misses: the organization of a current post stays.
    ['市农业农村局', ['市农业农村局副局长、原市乡村振兴局局长'], '市农业农村局'],
    ['县总工会', ['县人大常委会委员、县总工会主席'], '县总工会'],
    ['太原市水务局', ['太原市水务局局长'], '太原市水务局'],
    [null, ['县农业农村局原局长'], null],
  ])('%s of %j → %s', (organization, titles, expected) => {
    expect(currentOrganization(organization, titles)).toBe(expected);
  });
});
