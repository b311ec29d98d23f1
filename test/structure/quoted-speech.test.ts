import { describe, expect, it } from 'vitest';
import { findSpeechEvents } from '../../src/structure/attribution.js';
import type { SpeakerMention, MentionForm } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

/** A hand-made mention of `whole` (title + name as written) at its n-th occurrence in `text`. */
function mention(text: string, whole: string, congress: boolean, form: MentionForm = 'title-name', nth = 0): SpeakerMention {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(whole, at + 1);
  return { span: [at, at + whole.length], form, name: whole, nameSpan: [at, at + whole.length], title: null, titleSpan: null, organization: null, congress };
}

type Row = [string, string, Array<[string, boolean, MentionForm?]>, Array<[string, string, string]>];

describe('[quoted-speech] a quotation naming its speaker after it', () => {
  it.each<Row>([
    ['quote first', '因此询问法院。“执行完毕率低,这是重点。”市法院执行局局长高红丽说。', [['市法院执行局局长高红丽', false]], [['responder', 'quote-first', '“执行完毕率低']]],
    ['quote first after a connective', '对此,“我们将加快推进。”市住建局局长李明说。', [['市住建局局长李明', false]], [['responder', 'quote-first', '“我们将加快推进。”']]],
    ['quote first asker', '“资金从哪里来?”市人大常委会委员王某某率先发问。', [['市人大常委会委员王某某', true]], [['asker', 'quote-first', '“资金从哪里来?”']]],
    // A lede: the quotation opens the paragraph, the asker is named later in that sentence.
    ['a lede quoting the first question', '“农村供水何时能彻底解决？”11月15日，在市人大常委会会议上，市人大常委会委员巴某某一开场就抛出尖锐问题。', [['市人大常委会委员巴某某', true]], [['asker', 'quote-first', '“农村供水']]],
    ['a lede naming someone else first is no quote-first turn', '“农村供水何时能彻底解决？”在会上，市长李某某的承诺言犹在耳，市人大常委会委员巴某某一开场就抛出尖锐问题。', [['市长李某某', false], ['市人大常委会委员巴某某', true]], [['asker', 'reported', '市人大常委会委员巴某某一开场就抛']]],
    ['a lede: “…?”面对委员某的提问, then the official answers', '“企业开办时间还能不能再压缩？”面对市人大常委会委员詹某某的提问，市市场监管局局长袁某某回应：已压缩至1个工作日。', [['市人大常委会委员詹某某', true], ['市市场监管局局长袁某某', false]], [['asker', 'quote-first', '“企业开办'], ['responder', 'reported', '市市场监管局局长袁某某回应']]],
  ])('%s', (_name, text, ms, expected) => {
    const view = normalize(text);
    const mentions = ms.map(([w, c, f]) => mention(text, w, c, f));
    const events = findSpeechEvents(view, 0, view.length, mentions);
    expect(events.map((e) => [e.role, e.kind, text.slice(e.start, e.start + expected[events.indexOf(e)]?.[2].length)])).toEqual(expected);
  });

  it('a quote opened after 追问: is the asker\'s, not the responder\'s named after it', () => {
    const text = '吴海鹰随即追问:“返黑的水体,什么时候能解决?”潘永刚回答,年底前解决。';
    const view = normalize(text);
    const events = findSpeechEvents(view, 0, view.length, [mention(text, '吴海鹰', true, 'bare-name'), mention(text, '潘永刚', false, 'bare-name')]);
    expect(events.map((e) => [e.role, e.kind, e.start])).toEqual([['asker', 'reported', 0], ['responder', 'reported', text.indexOf('潘永刚')]]);
  });
});
