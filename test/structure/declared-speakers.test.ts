import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

const INTRO = '某市人大常委会关于粮食安全工作的专题询问\n\n2025年9月18日，某市人大常委会举行专题询问。\n\n';

/** Each question as [text, askers, responders, followUpOf] by name. */
function read(body: string) {
  const r = parse(INTRO + body);
  const name = (id: string) => r.people.find((p) => p.id === id)?.name;
  return { questions: r.questions.map((q) => [q.text, q.askers.map(name), q.responders.map(name), q.followUpOf]), warnings: r.warnings.map((w) => w.code) };
}

describe('[declared-speakers] a 问/答 pair of lines naming only the speakers of the turns below', () => {
  it('declares the exchange: one question each, 答：A；B two responders, no empty question', () => {
    const r = read('问：市人大常委会委员 庞某兰\n答：市粮食和物资储备局局长 司徒某军\n\n庞某兰：全市储备粮规模够不够？\n\n司徒某军：已达到省下达任务的102%。\n\n'
      + '问：市人大常委会委员 庞某兰\n答：市农业农村局局长 佟某新；市自然资源局副局长 栾某月\n\n庞某兰：耕地“非粮化”怎么整治？\n\n佟某新：我们将分类处置。\n\n栾某月：每半年开展一次卫片监督。\n');
    expect(r.questions).toEqual([
      ['全市储备粮规模够不够？', ['庞某兰'], ['司徒某军'], null],
      ['耕地“非粮化”怎么整治？', ['庞某兰'], ['佟某新', '栾某月'], null],
    ]);
    expect(r.warnings).not.toContain('speaker-unknown');
  });
  it('a 答 line whose person is not read still declares (no sentence in it)', () => {
    const r = read('市发展改革委主任司徒某军到会应询。\n\n问：市人大常委会委员 庞某兰\n答：市发展改革委主任（市粮食和物资储备局局长）司徒某军\n\n庞某兰：全市储备粮规模够不够？\n\n司徒某军：已达到省下达任务的102%。\n');
    expect(r.questions.map((q) => [q[0], q[1]])).toEqual([['全市储备粮规模够不够？', ['庞某兰']]]);
    expect(r.warnings).not.toContain('speaker-unknown');
  });
  it('leaves alone a 问 line naming its speaker whose words follow on the next line', () => {
    expect(read('问：市人大常委会委员 庞某兰\n全市储备粮规模够不够？\n答：市粮食和物资储备局局长 司徒某军\n已达到省下达任务的102%。\n').questions)
      .toEqual([['全市储备粮规模够不够？', ['庞某兰'], ['司徒某军'], null]]);
  });
  it('leaves alone a 答 line that answers in a sentence', () => {
    const r = parse(INTRO + '问：市人大常委会委员 庞某兰\n答：储备粮规模已达到省下达任务的102%，我们将严格轮换。\n');
    expect(r.questions[0].turns.map((t) => t.role)).toEqual(['asker', 'responder']);
  });
});
