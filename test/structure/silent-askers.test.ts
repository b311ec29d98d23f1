import { describe, expect, it } from 'vitest';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

describe('[silent-askers] a member opening a paragraph with no verb read, before another official answers', () => {
  /** A title-name mention: `title` then `name`, at the first occurrence of both together. */
  const member = (text: string, title: string, name: string, congress: boolean): SpeakerMention => {
    const at = text.indexOf(title + name);
    const n = at + title.length;
    return { span: [at, n + name.length], form: 'title-name', name, nameSpan: [n, n + name.length], title, titleSpan: [at, n], organization: null, congress };
  };
  const FIRST = '委员庞秋云问道,校舍如何加固?市教育局局长岑立表示,将分批加固。\n';
  it.each<[string, string, Array<[string, string, boolean]>, Array<[string, string]>]>([
    // The question before has its answer: the member asks the next one.
    ['no verb, another official answers', FIRST + '委员骆一鸣对校车运营补贴迟迟不到位很有意见。市财政局局长戴明远介绍,补贴将于下月拨付。',
      [['委员', '庞秋云', true], ['市教育局局长', '岑立', false], ['委员', '骆一鸣', true], ['市财政局局长', '戴明远', false]],
      [['asker', '庞秋云'], ['responder', '岑立'], ['asker', '骆一鸣'], ['responder', '戴明远']]],
    // Not at a paragraph's start: narration inside the answer.
    ['mid-paragraph, narration', '委员庞秋云问道,校舍如何加固?市教育局局长岑立表示,将分批加固,委员骆一鸣对此很有意见。市财政局局长戴明远介绍,补贴将于下月拨付。',
      [['委员', '庞秋云', true], ['市教育局局长', '岑立', false], ['委员', '骆一鸣', true], ['市财政局局长', '戴明远', false]],
      [['asker', '庞秋云'], ['responder', '岑立'], ['responder', '戴明远']]],
    // No answer yet to the question before: nothing to split.
    ['the question before unanswered', '委员庞秋云问道,校舍如何加固?\n委员骆一鸣对校车运营补贴很有意见。市财政局局长戴明远介绍,补贴将于下月拨付。',
      [['委员', '庞秋云', true], ['委员', '骆一鸣', true], ['市财政局局长', '戴明远', false]],
      [['asker', '庞秋云'], ['responder', '戴明远']]],
    // A photo caption between the answer and the member is nobody's words: the answer still comes before the member.
    ...[
      '委员骆一鸣的问题直指校车短板：“补贴什么时候到位？”',
      '委员骆一鸣的提问聚焦校车补贴：“补贴什么时候到位？”',
      '委员骆一鸣将问题对准校车补贴：“补贴什么时候到位？”',
      '委员骆一鸣的问题很直接：“补贴什么时候到位？”',
    ].flatMap((ask) => ['（图为询问现场）', '（通讯员 尤思远 摄）'].map((caption): [string, string, Array<[string, string, boolean]>, Array<[string, string]>] => [
      `after the caption ${caption}: ${ask}`, `${FIRST}${caption}\n${ask}\n市财政局局长戴明远介绍,补贴将于下月拨付。`,
      [['委员', '庞秋云', true], ['市教育局局长', '岑立', false], ['委员', '骆一鸣', true], ['市财政局局长', '戴明远', false]],
      [['asker', '庞秋云'], ['responder', '岑立'], ['asker', '骆一鸣'], ['responder', '戴明远']]])),
  ])('%s', (_label, text, people, expected) => {
    const view = normalize(text);
    const ms = people.map(([title, name, congress]) => member(text, title, name, congress)).sort((a, b) => a.span[0] - b.span[0]);
    const events = findSpeechEvents(view, 0, view.length, ms).filter((e) => e.role !== 'narration');
    expect(events.map((e) => [e.role, e.mention?.name])).toEqual(expected);
  });
});
