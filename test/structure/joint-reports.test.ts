import { describe, expect, it } from 'vitest';
import { nameOf, structureOf } from '../helpers/structure.js';

describe('[joint-reports] 对此,A、B分别作了回答 before their own words is the reporter\'s sentence', () => {
  it('the sentence is narration; the answers start at A说 and B表示', () => {
    const text = '围绕“企业开办一件事”改革，省人大常委会委员孙某某询问推进情况。对此，省发展改革委主任杨某、省市场监管局局长徐某某分别作了回答。杨某说，全省企业开办时间已压缩至0.5个工作日。徐某某表示，将全面推行“全程网办”。';
    const s = structureOf(text);
    const q = s.questions[0];
    expect(q.turns.map((t) => [t.role, t.speaker ? nameOf(s, t.speaker) : null, t.text.slice(0, 6)])).toEqual([
      ['asker', '孙某某', '围绕“企业开'],
      ['narration', null, '对此，省发展'],
      ['responder', '杨某', '杨某说，全省'],
      ['responder', '徐某某', '徐某某表示，'],
    ]);
    // (the 围绕 phrase is the question's)
    expect(q.text.startsWith('围绕“企业开办一件事”改革，')).toBe(true);
    expect(q.responders.map((id) => nameOf(s, id))).toEqual(['杨某', '徐某某']);
  });

  it('with nothing of theirs after it, the sentence is all of their answers and stays theirs', () => {
    const s = structureOf('省人大常委会委员孙某某询问推进情况。省发展改革委主任杨某、省市场监管局局长徐某某分别作了回答。');
    expect(s.questions[0].responders.map((id) => nameOf(s, id))).toEqual(['杨某', '徐某某']);
    expect(s.questions[0].turns.some((t) => t.role === 'narration')).toBe(false);
  });
});
