import { describe, expect, it } from 'vitest';
import { truncatedTurns } from '../../src/structure/truncated-turns.js';
import { normalize } from '../../src/source/normalize.js';
import type { Turn, TurnRole } from '../../src/model/record.js';

/** Turns over the given parts, in order, tiling the text. */
function turns(parts: Array<[TurnRole, string]>) {
  const text = parts.map((p) => p[1]).join('');
  let at = 0;
  const list: Turn[] = parts.map(([role, t]) => ({ role, speaker: role === 'narration' ? null : 'p1', text: t, span: [at, (at += t.length)] }));
  return { pair: { text, view: normalize(text) }, list };
}

const ASK: [TurnRole, string] = ['asker', '县人大常委会委员 雷春燕：问题一：河道保洁如何？\n'];

describe('[truncated-turns] words cut off by a bad save', () => {
  it.each<[string, string, string]>([
    ['an empty 三是 at the file\'s end', '县水利局局长 花志强：谢谢雷委员。我们做好三件事：一是清淤；二是巡河；三是', '；三是'],
    ['cut inside an item', '县水利局局长 花志强：谢谢雷委员。我们做好三件事：一是清淤；二是对连续两年考核优秀的乡镇奖', '镇奖'],
    ['cut after a comma', '县水利局局长 花志强：今年完成清淤42公里，下一步，', '下一步，'],
    ['a line break left after the cut', '县水利局局长 花志强：今年完成清淤42公里，新建护岸\n\n', '建护岸'],
    // near-miss: the same words with no bar are the answer's own, cut after its comma
    ['a topic and a pause with no heading bar', '县水利局局长 花志强：今年完成清淤42公里。\n\n表态：以问促改，守护成长', '成长'],
  ])('%s', (_name, answer, tail) => {
    const { pair, list } = turns([ASK, ['responder', answer]]);
    const w = truncatedTurns(pair, list);
    expect(w.map((x) => x.code)).toEqual(['truncated-text']);
    expect(pair.text.slice(w[0].span![0], w[0].span![1]).endsWith(tail.slice(-2))).toBe(true);
  });

  it.each<[string, string]>([
    ['a closing stop', '县水利局局长 花志强：我们做好两件事：一是清淤；二是巡河。'],
    ['a closing quote', '县水利局局长 花志强：我们要做到“河畅、水清、岸绿”'],
    ['a heading at the turn\'s end', '县水利局局长 花志强：今年完成清淤42公里。\n\n## 二、河道保洁'],
    ['a field line at the turn\'s end', '县水利局局长 花志强：今年完成清淤42公里。\n完成时限：10月前'],
    ['a page footer at the turn\'s end', '县水利局局长 花志强：今年完成清淤42公里。\n青禾县人民代表大会常务委员会公报    2024年第3期'],
    ['an attribution after a quotation', '“河道保洁谁来管，钱从哪里来？”——县人大代表、青禾中学教师 阮一凡'],
    ['a short reply', '县水利局局长 花志强：好'],
    // A WeChat post's topic heading behind its bar, a pause inside it (t70 #10).
    ['a ▍ topic heading at the turn\'s end', '县水利局局长 花志强：今年完成清淤42公里。\n\n▍表态：以问促改，守护成长'],
  ])('no warning: %s', (_name, answer) => {
    const { pair, list } = turns([ASK, ['responder', answer]]);
    expect(truncatedTurns(pair, list)).toEqual([]);
  });

  it.each<[string, Array<[TurnRole, string]>]>([
    ['an asker\'s adverbial handing its sentence to the answer', [['asker', '在回应县人大代表贺明远关于河道保洁的提问时，'], ['responder', '县水利局局长花志强介绍，今年完成清淤42公里。']]],
    ['a follow-up in an adverbial', [['asker', '在回答贺明远委员的追问时，'], ['responder', '花志强表示，明年汛期前完成。']]],
  ])('no warning: a turn ending inside its line (%s)', (_name, parts) => {
    const { pair, list } = turns(parts);
    expect(truncatedTurns(pair, list)).toEqual([]);
  });

  it('narration is never cut text', () => {
    const { pair, list } = turns([ASK, ['narration', '会议现场，委员们就河道保洁问题，']]);
    expect(truncatedTurns(pair, list)).toEqual([]);
  });
});

describe('[truncated-turns] a caption set inside an answer (t53)', () => {
  const before: [TurnRole, string] = ['responder', '区民政局局长 温某：一是推行专业化运营；二是扩大助餐服务覆盖面，\n\n'];
  const after: [TurnRole, string] = ['responder', '今年新增老年助餐点18个；三是开展互助养老试点。'];
  it('cuts nothing: the speaker goes on after it', () => {
    const { pair, list } = turns([ASK, before, ['narration', '▲ 区民政局局长温某回答询问（图片来源：某区融媒体中心）\n\n'], after]);
    expect(truncatedTurns(pair, list)).toEqual([]);
  });
  it('a narration that is no caption still leaves the words cut', () => {
    const { pair, list } = turns([ASK, before, ['narration', '此外，委员们还就养老服务问题进行了询问。\n\n'], after]);
    expect(truncatedTurns(pair, list).map((x) => x.code)).toEqual(['truncated-text']);
  });
});
