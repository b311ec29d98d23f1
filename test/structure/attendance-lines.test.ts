import { describe, expect, it } from 'vitest';
import { isAttendanceLine } from '../../src/structure/attendance-lines.js';
import { normalize } from '../../src/source/normalize.js';

describe('[attendance-lines] a line only naming who attended or wrote the record up', () => {
  it.each<[string, boolean]>([
    ['州人民政府副州长张丽萍，州级有关部门、大理市和洱源县政府负责同志到会应询。州人大常委会副主任、秘书长等列席会议。', true],
    ['市政府副市长到会。', true],
    ['会议由市人大常委会副主任王晓东记录整理。', true],
    ['县人大常委会副主任李某某出席会议', true],
    ['部分省人大代表应邀列席会议并旁听询问。', true],
    ['区人大常委会主任某某主持会议。副区长某某到会应询。', true],
    // near-misses: the verb not last in its sentence, or an answer's own words
    ['参加会议的代表提出了很多意见。', false],
    ['我们将组织企业参加培训，下一步还要加强督导。', false],
    ['副市长某某到会应询并作表态发言，她表示将抓好整改。', false],
    ['市水务局局长刘某：我们已组织技术人员到会。下一步将扩大覆盖。', false],
    ['', false],
  ])('%s → %s', (line, expected) => {
    expect(isAttendanceLine(normalize(line))).toBe(expected);
  });
});
