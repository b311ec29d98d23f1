import { describe, expect, it } from 'vitest';
import { isCongressCommittee } from '../../src/structure/congress-committees.js';
import { isCongress } from '../../src/structure/chain-facts.js';

describe('[congress-committees] a congress committee named without the congress', () => {
  it.each([
    ['代表资格审查委员会', true],
    ['人事代表资格审查委员会', true],
    ['财政经济委员会', true],
    ['财经委', true],
    ['法制委', true],
    ['监察和司法委员会', true],
    ['教育科学文化卫生委员会', true],
    ['教科文卫委', true],
    ['环资委', true],
    ['城建环保委', true],
    ['农业与农村委员会', true],
    // 农业农村 only before 工作委员会 (工委): a 农业农村委员会 may be a government's (上海市农业农村委员会)
    ['农业农村工作委员会', true],
    ['农业农村工委', true],
    ['农业农村委员会', false],
    ['市农业农村委员会', false],
    ['社会建设委员会', true],
    ['民族宗教侨务外事委员会', true],
    ['预算工作委员会', true],
    ['预算工委', true],
    ['法制工作委员会', true],
    ['法工委', true],
    ['代表工委', true],
    ['城建环保工委', true],
    ['选任工委', true],
    ['州财政经济委员会', true],
    ['县水利局、环资委', true],
    // a government's commissions are named for a sector it runs
    ['市发展和改革委员会', false],
    ['区卫生健康委员会', false],
    ['市住房和城乡建设委员会', false],
    ['县民族宗教事务委员会', false],
    ['市国有资产监督管理委员会', false],
    // other owners: the consultative conference, a party committee
    ['市政协社会和法制委员会', false],
    ['县政协教科文卫委', false],
    ['市委政法委员会', false],
    ['区委财经委', false],
    ['中央财经委员会', false],
    // the committee must close the stretch
    ['财经委办公楼', false],
    ['', false],
  ])('%s → %s', (org, yes) => {
    expect(isCongressCommittee(org)).toBe(yes);
  });

  it.each([
    ['环资委', false, true],
    ['监察和司法委员会', true, true],
    ['市卫生健康委员会', false, false],
    ['市政协', true, false],
  ])('isCongress(%s, post %s) → %s', (org, post, yes) => {
    expect(isCongress(org, post)).toBe(yes);
  });
});
