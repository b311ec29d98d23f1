import { describe, expect, it } from 'vitest';
import { speaksOnBehalf } from '../../src/structure/on-behalf.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';

const lex = lexicon();

describe('[on-behalf] 代表 + the body spoken for + a verb of speaking is the verb', () => {
  it.each<[string, boolean]>([
    ['代表国务院表态，将认真研究', true],
    ['代表市政府作表态发言', true],
    ['代表自治区人民政府表个态', true],
    ['代表国家卫生健康委回答', true],
    ['代表县人民政府和县发展和改革局回答，…', true],
    ['代表市人大常委会讲话', true],
    ['代表农业农村部作简短表态', true],
    ['代表两个委员会发言', true],
    // a chair's charge for a body of the congress, maybe after what it is about
    ['代表主任会议对下步工作提出要求。', true],
    ['代表主任会议对下步工作提出三点要求。', true],
    ['代表市人大常委会提出了意见', true],
    ['代表常委会党组对做好整改工作提出要求', true],
    ['代表市政府就整改工作表态', true],
    ['代表主任会议作总结讲话', true],
    ['代表市人大常委会主任会议讲话', true],
    ['代表主席团发言', true],
    // near-misses: no organization between 代表 and the verb, or a verb or preposition opening the words
    ['代表说，要加快进度', false],
    ['代表表示，要加快进度', false],
    ['代表询问市政府为何不表态', false],
    ['代表对市政府表示感谢', false],
    ['代表建议市教育局回答', false],
    ['代表国务院。将认真研究', false],
    ['代表，国务院表态', false],
    ['代表国务院的意见', false],
    ['代表对市政府提出要求', false],
    ['代表对下步工作提出要求', false],
    ['代表主任会议的要求', false],
    ['代表询问主任会议提出要求', false],
    ['代表主任会议，对下步工作提出要求', false],
  ])('%s → %s', (text, want) => {
    const view = normalize(text);
    expect(speaksOnBehalf(lex, view, 0, view.length)).toBe(want);
  });
});

describe('[on-behalf] the name before 代表 spoken for is the speaker\'s, no deputy', () => {
  const read = (text: string) => findMentions({ text, view: normalize(text) }).map((m) => [m.name, m.title]);
  it.each<[string, (string | null)[][]]>([
    ['询问结束前，钟启明代表国务院表态，将认真研究。', [['钟启明', null]]],
    ['询问结束前，李明代表国务院表态，将认真研究。', [['李明', null]]],
    ['会议最后，欧阳明辉代表国务院作表态发言。', [['欧阳明辉', null]]],
    ['王建华代表自治区人民政府和自治区水利厅作表态发言。', [['王建华', null]]],
    ['钟某代表国家卫生健康委回答，将加快进度。', [['钟某', null]]],
    ['国务院副总理钟启明到会。询问结束前，钟启明代表国务院表态，将认真研究。', [['钟启明', '国务院副总理'], ['钟启明', null]]],
    ['副主任陆明主持。询问最后，陆明代表主任会议对下步工作提出要求。', [['陆明', '副主任'], ['陆明', null]]],
    ['陆明代表主任会议提出三点要求。', [['陆明', null]]],
    // near-misses: 代表 stays the deputy's title
    ['陆明代表对下步工作提出要求。', [['陆明', '代表']]],
    ['询问结束前，钟启明代表说，将认真研究。', [['钟启明', '代表']]],
    ['钟启明代表询问市政府为何迟迟不表态。', [['钟启明', '代表']]],
    ['市人大代表王某表示，要加快进度。', [['王某', '市人大代表']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
