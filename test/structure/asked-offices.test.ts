import { describe, expect, it } from 'vitest';
import { askedOffices } from '../../src/structure/asked-offices.js';
import { buildStructure } from '../../src/structure/build.js';
import { findMentions } from '../../src/structure/speakers.js';
import { normalize } from '../../src/source/normalize.js';

const INTRO = '某市人大常委会开展专题询问。市交通运输局局长王志刚、市财政局局长王平到会应询。\n杜丽华：请任国栋委员提问。\n';

/** Who answers each question, by name. */
function responders(text: string): string[][] {
  const s = buildStructure({ text, view: normalize(text) });
  const name = new Map(s.people.map((p) => [p.id, p.name]));
  return s.questions.map((q) => q.responders.map((id) => name.get(id) ?? id));
}

describe('[asked-offices] the offices a short form answers for', () => {
  it('reads the office the member asks, for the short form answering', () => {
    const text = `${INTRO}任国栋委员：请问市交通运输局，农村公路怎么养护？\n王局长：今年安排资金1亿元。\n`;
    const view = normalize(text);
    const found = [...askedOffices(view, findMentions({ text, view }, [0, text.length])).entries()].map(([m, o]) => [text.slice(m.span[0], m.span[1]), o]);
    expect(found).toEqual([['王局长', ['市交通运输局']]]);
  });
  it('reads the office the chair calls on the line before the member', () => {
    const text = `${INTRO}杜丽华：请市财政局回答任国栋委员的第二个问题。\n任国栋委员：养护资金够不够？\n王局长：今年安排资金1亿元。\n`;
    const view = normalize(text);
    const found = [...askedOffices(view, findMentions({ text, view }, [0, text.length])).values()];
    expect(found).toEqual([['市财政局']]);
  });
});

describe('[asked-offices] two officials with one surname: the short form is the one of the office asked', () => {
  it.each<[string, string, string[][]]>([
    ['put to the office of the one named first', '任国栋委员：请问市交通运输局，农村公路怎么养护？\n王局长：今年安排资金1亿元。', [['王志刚']]],
    ['put to the office of the one named last', '任国栋委员：请问市财政局，养护资金够不够？\n王局长：今年安排资金1亿元。', [['王平']]],
    ['one question to each, in turn', '任国栋委员：请问市交通运输局，农村公路怎么养护？\n王局长：推行路长制。\n任国栋委员：资金从哪里来？请问市财政局。\n王局长：今年安排资金1亿元。', [['王志刚'], ['王平']]],
    // Near-misses: no office asked, the latest named answers, as before; a short form with its own office is that office's.
    ['no office asked: the one named last', '任国栋委员：农村公路怎么养护？\n王局长：推行路长制。', [['王平']]],
    ['the short form names its office', '任国栋委员：请问市财政局，养护资金够不够？\n市交通运输局王局长：推行路长制。', [['王志刚']]],
  ])('%s', (_name, body, expected) => {
    expect(responders(`${INTRO}${body}\n`)).toEqual(expected);
  });
});
