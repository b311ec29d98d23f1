import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { isProceedingNote, isStageNote, listGoesOnAcross } from '../../src/structure/stage-notes.js';
import { parse } from '../../src/pipeline.js';

const HEAD = '2024年5月10日，某市人大常委会举行联组会议，就河道治理工作开展专题询问。市人大常委会主任王某主持。\n\n常委会委员陈某某：请问市水利局，清淤后怎么防止回淤？\n\n';

describe('[stage-notes] a bracketed line no one says', () => {
  it.each([
    ['applause', '（掌声）'],
    ['applause in the hall', '（现场响起掌声）'],
    ['the clock', '（时间到）'],
    ['the clock\'s tone', '【计时提示音响起】'],
    ['a clip on the screen, square brackets', '[视频画面再次出现]'],
    ['laughter, tortoise-shell brackets', '〔笑声〕'],
  ])('%s', (_, line) => expect(isStageNote(normalize(line))).toBe(true));
  it.each([
    ['a label in brackets (colon)', '（市人大常委会委员顾某某：视频里的情况属实吗）'],
    ['a sentence in brackets', '（掌声响起后，局长继续回答。会场安静下来。）'],
    ['a note naming no stage event', '（有删节）'],
    ['words around the brackets', '大家看到（视频画面）的情况'],
    ['a subhead asking about a clip is no stage note by its words alone', '【河道治理进展如何】'],
  ])('not: %s', (_, line) => expect(isStageNote(normalize(line))).toBe(false));
});

describe('[stage-notes] a list going on past the note', () => {
  const at = (text: string, note: string): [number, number] => [text.indexOf(note), text.indexOf(note) + note.length];
  it.each([
    ['三是 … [note] … 四是', '一是加快进度；\n二是强化保障；\n三是严格考核。\n[视频画面再次出现]\n四是建立机制。', '[视频画面再次出现]', true],
    ['(2) … [note] … (3), blank lines between', '（1）清淤；\n\n（2）建坝。\n\n（掌声）\n\n（3）考核。', '（掌声）', true],
    ['near-miss: the list starts over (一是 after the note)', '一是加快进度；二是强化保障。\n（掌声）\n一是建立机制。', '（掌声）', false],
    ['near-miss: no list before the note', '我们已连夜督办。\n[视频画面再次出现]\n二是建立机制。', '[视频画面再次出现]', false],
    ['near-miss: words after the note', '一是加快进度；二是强化保障。\n（掌声）\n谢谢各位委员。', '（掌声）', false],
  ])('%s', (_, text, note, want) => {
    expect(listGoesOnAcross(normalize(text), ...at(text, note))).toBe(want);
  });
});

describe('[stage-notes] in a parsed answer', () => {
  it.each([
    ['square brackets', '[视频画面再次出现]'],
    ['round brackets', '（视频画面再次出现）'],
    ['applause', '（掌声）'],
  ])('the note between 三是 and 四是 (%s) neither ends the list nor stays in a measure, nor starts the closing', (_, note) => {
    const text = `${HEAD}市水利局局长李某：重点抓好四个方面：\n一是加快工程进度；\n二是强化资金保障；\n三是严格考核。\n${note}\n四是建立长效机制。\n`;
    const r = parse(text);
    expect(r.questions).toHaveLength(1);
    const a = r.questions[0].answers[0];
    expect(a.statedCount).toBe(4);
    expect(a.measures.map((m) => m.text)).toEqual(['加快工程进度', '强化资金保障', '严格考核', '建立长效机制']);
    for (const m of a.measures) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    expect(r.session.closing).toBeNull();
    expect(r.warnings.filter((w) => w.code === 'stated-count-mismatch')).toEqual([]);
  });

  it('a stage note is no question\'s label, before the first question or inside an answer', () => {
    const text = '某市人大常委会食品安全专题询问实录\n\n主持人：市人大常委会主任袁某某\n\n[视频播放：暗访校园周边小餐饮店，时长约4分钟]\n\n主持人：下面开始询问。\n\n'
      + '市人大常委会委员顾某某：请问市市场监督管理局，对这类问题如何监管？\n\n市市场监督管理局局长陆某：重点抓好三个方面：\n一是开展专项整治。\n二是推进“明厨亮灶”。\n[视频画面再次出现]\n三是建立黑名单制度。\n\n主持人：请继续提问。\n\n'
      + '市人大代表施某某：请问市教育局，陪餐制度落实得怎么样？\n\n市教育局副局长钱某：已全部落实。\n';
    const r = parse(text);
    expect(r.questions.map((q) => q.label)).toEqual([null, null]);
    expect(r.questions[0].answers[0].measures.map((m) => m.text)).toEqual(['开展专项整治', '推进“明厨亮灶”', '建立黑名单制度']);
  });
});

describe('[stage-notes] a note of the meeting pausing or resuming', () => {
  it.each([
    ['the morning ends', '（上午询问结束，休会）'],
    ['a break', '（休息十分钟）'],
    ['resuming', '【下午复会】'],
    ['the inquiry goes on', '（询问继续进行）'],
  ])('%s', (_, line) => expect(isProceedingNote(normalize(line))).toBe(true));
  it.each([
    ['applause is furniture, not a pause', '（掌声）'],
    ['a sentence in brackets', '（上午询问结束。下午继续。）'],
    ['a label in brackets', '（主持人：现在休会）'],
    ['no brackets', '上午询问结束，休会'],
    ['a part heading', '（下午）'],
  ])('not: %s', (_, line) => expect(isProceedingNote(normalize(line))).toBe(false));

  it('ends the answer before it: a narration turn, not the answer\'s tail', () => {
    const text = `${HEAD}市水利局局长李某：重点抓好两个方面：一是加快工程进度；二是严格考核。\n\n（上午询问结束，休会）\n\n主持人：下午的询问现在开始。\n\n常委会委员赵某某：请问市财政局，资金够不够？\n\n市财政局局长孙某：够。\n`;
    const r = parse(text);
    expect(r.questions).toHaveLength(2);
    const turns = r.questions[0].turns;
    expect(turns[turns.length - 1].role).toBe('narration');
    expect(turns[turns.length - 1].text).toContain('（上午询问结束，休会）');
    expect(turns.filter((t) => t.role === 'responder').every((t) => !t.text.includes('休会'))).toBe(true);
  });
});
