import { describe, expect, it } from 'vitest';
import { asksAgainOnly, asksFollowUp, speechStart } from '../../src/structure/follow-up-cue.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { normalize } from '../../src/source/normalize.js';

describe('[follow-up-cue] a member\'s words announcing a follow-up, wherever in the turn', () => {
  // Each row: the member's words after their label's colon, and whether they announce a follow-up.
  it.each<[string, string, boolean]>([
    // at the start of the words
    ['我追问一下, at the start', '我追问一下，刚才说的补助何时到位？', true],
    ['追问一下 without a subject', '追问一下，渣土车夜间运输怎么监管？', true],
    ['我想再问一下', '我想再问一下，乡镇卫生院的医生从哪里来？', true],
    ['我还想追问一句', '我还想追问一句，验收标准是什么？', true],
    ['接着刚才的问题', '接着刚才的问题，我再问一下，资金缺口怎么补上？', true],
    ['after thanks: 谢谢…的回答, 我再问一下', '谢谢柯局长的详细回答。我再问一下，抽检比例是多少？', true],
    // later in the words, after the question itself
    ['我追问一下…, after the question', '刚才提到敬老院改造，资金从哪里来？我追问一下县财政。', true],
    ['再追问一句, after thanks', '谢谢柯局长刚才的详细介绍，再追问一句：改造后的床位够不够？', true],
    ['那我再问一下, after a remark', '这个情况我们调研时也看到了。那我再问一下，明年能不能全覆盖？', true],
    ['我追问一下…, after a question with 请问 in words that open on the answer (刚才…)', '刚才提到敬老院改造，请问资金从哪里来？我追问一下县财政。', true],
    ['我接着问, after a remark', '数字很清楚，我接着问，超标的企业怎么处理？', true],
    ['接着刚才的话题, after a remark', '数字很清楚。接着刚才的话题，超标的企业怎么处理？', true],
    // Traditional copies: 著 is the 着 of 接着 there (the view keeps 著, a Simplified character too)
    ['繁體 接著追問, at the start', '接著追問，資金缺口怎麼解決？', true],
    ['繁體 我接著問, after a remark', '數字很清楚，我接著問，超標的企業怎麼處理？', true],
    ['繁體 接著剛才的問題', '接著剛才的問題，資金缺口怎麼補上？', true],
    ['著 of 显著 is no cue', '效果顯著，請問縣水利局明年怎麼安排？', false],
    // no cue
    ['a question of its own', '请问县水利局，今年新修水渠多少公里？', false],
    ['追问 reported inside the words (群众追问)', '群众经常追问我们，渣土车什么时候能管住？请问县城管局怎么看？', false],
    ['追问 inside a quotation', '有群众说“我再问一下，到底谁来管？”，请问县城管局怎么看？', false],
    ['追问责任: calling to account, no follow-up', '出了事故，要追问责任，请问县应急局怎么落实？', false],
    ['再问题 is no verb', '这些问题再问题化就不好了，请问怎么办？', false],
    ['a cue after a question of the member\'s own presses that one, in the same turn', '请问县教育局，今年新增学位多少个？再追问一句，教师从哪里来？', false],
    ['…nor after 我想问一下', '我想问一下县卫健局，村医缺口有多大？我再问一下，待遇怎么保障？', false],
    ['a cue on the next paragraph is not read (another turn\'s words)', '请问县水利局，今年新修水渠多少公里？\n我追问一下县财政。', false],
  ])('%s', (_name, words, expected) => {
    const text = `县人大常委会委员卢某：${words}`;
    const view = normalize(text);
    expect(asksFollowUp(view, text.indexOf('：') + 1)).toBe(expected);
  });
});

describe('[follow-up-cue] the words on the line after a label alone on its own', () => {
  // Each row: the label's line (its words start right after it), what follows, and whether the words announce a follow-up.
  it.each<[string, string, string, boolean]>([
    ['a bare name, 追问一下 on the next line', '卢某：', '\n追问一下。包局长，刚才讲到的覆盖率去年是多少？', true],
    ['a bare name, 追问: on the next line', '卢某：', '\n追问：去年询问时是多少？', true],
    ['a titled label, 我想追问一下 after a blank line', '县人大常委会委员 卢某：', '\n\n我想追问一下，去年询问时是多少？', true],
    ['a bracket label, 追问: on the next line', '［县人大常委会委员　卢某］', '\n追问：抽检比例是多少？', true],
    ['a padded blank line between', '【委员　卢某】', '\n　\n追问一下，补助何时到位？', true],
    ['a question of its own on the next line', '卢某：', '\n请问县水利局，今年新修水渠多少公里？', false],
    ['the label\'s own line goes on: only it is read', '卢某：', '请问县水利局，今年新修水渠多少公里？\n追问一下，资金从哪里来？', false],
  ])('%s', (_name, label, rest, expected) => {
    const text = label + rest;
    expect(asksFollowUp(normalize(text), label.length)).toBe(expected);
  });
});

describe('[follow-up-cue] a cut-in mark opening the words (…… / ——) is no word of the speaker\'s', () => {
  // Each row: the words after the label's colon, whether they announce a follow-up, and what speechStart's words open with.
  it.each<[string, string, boolean, string]>([
    ['…… then 我追问一下', '……我追问一下，刚才说剩余部分年底前全部清偿，剩下的大概有多少？', true, '我追问一下'],
    ['—— then 追问一下', '——追问一下，补助何时到位？', true, '追问一下'],
    ['a single … then a space', '… 我再问一下，明年能不能全覆盖？', true, '我再问一下'],
    ['…… then a question of its own: no cue', '……请问县水利局，今年新修水渠多少公里？', false, '请问县水利局'],
    ['…… inside the words is theirs (no skip there)', '这个问题……我追问一下是不是太晚了？', false, '这个问题'],
    ['a single dash is no cut-in mark', '—我追问一下', false, '—我追问'],
  ])('%s', (_name, words, expected, opens) => {
    const text = `县人大常委会委员卢某：${words}`;
    const view = normalize(text);
    const at = text.indexOf('：') + 1;
    expect(asksFollowUp(view, at)).toBe(expected);
    expect(view.slice(speechStart(view, at)).startsWith(normalize(opens))).toBe(true);
  });
});

describe('[follow-up-cue] asking again only (再问, no 追问)', () => {
  // Each row: the member's line (label, then words), and whether no 追问 is said in it.
  it.each<[string, string, boolean]>([
    ['我想再问一下', '县人大常委会委员卢某：我想再问一下，村医待遇怎么保障？', true],
    ['再次提问 in the label', '县人大常委会委员卢某再次提问：村医待遇怎么保障？', true],
    ['我再追问一下', '县人大常委会委员卢某：我再追问一下，村医待遇怎么保障？', false],
    ['追问 in the label', '县人大常委会委员卢某追问：村医待遇怎么保障？', false],
    ['a note (追问) before the colon', '县人大常委会委员卢某（追问）：我再问一下，村医待遇怎么保障？', false],
  ])('%s', (_name, line, expected) => {
    const view = normalize(line);
    const colon = line.indexOf('：');
    const e: SpeechEvent = { mention: null, role: 'asker', start: 0, anchor: 0, wordsStart: colon + 1, kind: 'label', followUp: true };
    expect(asksAgainOnly(view, e)).toBe(expected);
  });
});
