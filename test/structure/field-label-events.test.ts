import { describe, expect, it } from 'vitest';
import { addFieldEvents, nameLabel, openingMention } from '../../src/structure/field-label-events.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import type { SpeakerMention } from '../../src/structure/mentions.js';
import { normalize } from '../../src/source/normalize.js';

/** Hand-made mentions of `names` (as written, first occurrence), in reading order. */
function mentionsOf(text: string, names: string[]): SpeakerMention[] {
  return names.map((n) => {
    const at = text.indexOf(n);
    return { span: [at, at + n.length], form: 'title-name', name: n, nameSpan: [at, at + n.length], title: null, titleSpan: null, organization: null, congress: false } as unknown as SpeakerMention;
  }).sort((a, b) => a.span[0] - b.span[0]);
}

/** The events the fields of `text` add, as [role, kind, name, announces]. */
function fields(text: string, names: string[]) {
  const view = normalize(text);
  const events: SpeechEvent[] = [];
  addFieldEvents(view, 0, view, mentionsOf(text, names), events);
  return events.map((e) => [e.role, e.kind, e.mention?.name ?? null, e.announces ?? false]);
}

describe('[field-label-events] person fields name who asks and who answers', () => {
  it.each<[string, string, string[], unknown[]]>([
    ['fields opening their lines', '询问人：州人大常委会委员 覃某\n水库何时完工？\n应询人：州水利局局长 蒙某\n年底完工。', ['州人大常委会委员 覃某', '州水利局局长 蒙某'],
      [['asker', 'reported', '州人大常委会委员 覃某', true], ['responder', 'reported', '州水利局局长 蒙某', true]]],
    ['two fields on one line', '询问人：委员 覃某；应询人：局长 蒙某\n问：水库何时完工？', ['委员 覃某', '局长 蒙某'],
      [['asker', 'reported', '委员 覃某', true], ['responder', 'reported', '局长 蒙某', true]]],
    ['a field in parentheses after the words it attributes', '如何加强治理？（询问人：市人大常委会委员 曹某）', ['市人大常委会委员 曹某'],
      [['asker', 'reported', '市人大常委会委员 曹某', false]]],
    ['a field whose person could not be read still announces', '询问人：（未署名）\n水库何时完工？', [], [['asker', 'reported', null, true]]],
  ])('%s', (_name, text, names, expected) => {
    expect(fields(text, names)).toEqual(expected);
  });

  it('openingMention: the mention opening the words after spaces, on the line', () => {
    const text = '补充答复：  副县长 某某\n…';
    const ms = mentionsOf(text, ['副县长 某某']);
    expect(openingMention(normalize(text), 5, text.indexOf('\n'), ms)?.name).toBe('副县长 某某');
    expect(openingMention(normalize(text), 0, text.indexOf('\n'), ms)).toBeNull();
  });

  it('nameLabel: an unnamed label takes the first person named, a copy each for the others', () => {
    const text = '答：…。（答复人：局长 邓某、副局长 韦某）';
    const [a, b] = mentionsOf(text, ['局长 邓某', '副局长 韦某']);
    const label: SpeechEvent = { mention: null, role: 'responder', start: 0, anchor: 0, wordsStart: 2, kind: 'qa-label', followUp: false };
    const events: SpeechEvent[] = [label];
    nameLabel(label, [a, b], events);
    expect(events.map((e) => [e.mention?.name, e.named])).toEqual([['局长 邓某', true], ['副局长 韦某', true]]);
  });
});
