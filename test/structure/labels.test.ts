import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';

const HEAD = '2024年5月10日，某市第八届人大常委会第九次会议举行联组会议，就河道治理工作开展专题询问。市人大常委会主任王立主持。';

/** A ▶-headed live record (X提问：/X回答：, the words on the next paragraph) with the chair's line headed `chair`. */
const live = (chair: string) => `${HEAD}\n\n▶ 常委会委员陈国华提问：\n\n请问市水利局，清淤后怎么防止回淤？\n\n▶ 市水利局局长李明回答：\n\n一是加快工程进度；二是强化资金保障。\n\n${chair}\n\n李局长讲得很具体。请下一位委员提问。\n\n▶ 常委会委员刘芳提问：\n\n请问市财政局，资金够不够？\n\n▶ 市财政局局长张强回答：\n\n今年安排资金2亿元。\n`;

describe('[labels] the moderator\'s label under a ▶ heading (t61 #4)', () => {
  it.each(['▶ 主持人插话：', '▶ 主持人：', '主持人：'])('%s opens the chair\'s turn: narration, no question, nobody new', (chair) => {
    const r = parse(live(chair));
    expect(r.questions.map((q) => q.text)).toEqual(['请问市水利局，清淤后怎么防止回淤？', '请问市财政局，资金够不够？']);
    expect(r.people.map((p) => p.name)).toEqual(['陈国华', '李明', '刘芳', '张强']);
    const turns = r.questions.flatMap((q) => q.turns);
    expect(turns.find((t) => t.text.includes('请下一位委员提问'))!.role).toBe('narration');
    // (The heading is not appended to 李明's answer: the chair's call opens the next question.)
    expect(turns.filter((t) => t.role === 'responder').some((t) => t.text.includes('主持人'))).toBe(false);
    expect(r.questions[1].turns[0].text).toContain('请下一位委员提问');
  });
  it('leaves a ▶ asker heading an asker\'s (near-miss: 主持人 inside no label)', () => {
    const r = parse(live('▶ 常委会委员王强提问：').replace('李局长讲得很具体。请下一位委员提问。', '请问主持人提到的清淤标准是什么？'));
    expect(r.questions.map((q) => r.people.find((p) => p.id === q.askers[0])?.name)).toEqual(['陈国华', '王强', '刘芳']);
  });
});
