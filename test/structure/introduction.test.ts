import { describe, expect, it } from 'vitest';
import { withoutHeadingMark, titleSpan, withoutPublicationLines, firstFrameDate, nextLineStart, ledeNarration } from '../../src/structure/introduction.js';
import type { SpeechEvent } from '../../src/structure/speech.js';
import { structureOf } from '../helpers/structure.js';
import { splitLines, type Line } from '../../src/structure/blocks.js';
import { frameKind } from '../../src/structure/frame.js';
import { datedHeadline } from '../../src/structure/dated-headline.js';
import { normalize } from '../../src/source/normalize.js';

/** The content lines of `text`, split into page-frame lines and the rest (as buildStructure does, without masthead or menu). */
function lines(text: string): { view: string; body: Line[]; frame: Line[] } {
  const view = normalize(text);
  const content = splitLines(view).filter((l) => l.content[1] > l.content[0]);
  const frame = content.filter((l) => frameKind(view.slice(l.content[0], l.content[1])) !== null);
  return { view, body: content.filter((l) => !frame.includes(l)), frame };
}

describe('[introduction] the headline without its Markdown marks', () => {
  // Each row: the headline line, the headline's words.
  it.each<[string, string, string]>([
    ['a level-one heading', '# 区人大常委会专题询问实录', '区人大常委会专题询问实录'],
    ['a level-three heading', '### 区人大常委会专题询问实录', '区人大常委会专题询问实录'],
    ['no heading mark', '区人大常委会专题询问实录', '区人大常委会专题询问实录'],
    ['a hash with no space after it is no mark', '#区人大常委会专题询问实录', '#区人大常委会专题询问实录'],
  ])('%s', (_name, text, title) => {
    const view = normalize(text);
    const [s, e] = withoutHeadingMark(view, [0, view.length]);
    expect(text.slice(s, e)).toBe(title);
  });
});

describe('[introduction] the headline without the date written before it', () => {
  it('a dated headline over one line', () => {
    const text = '2023年11月28日 省人大常委会联组会议开展专题询问\n近日,…';
    const { view, body } = lines(text);
    const first = body[0];
    const dated = datedHeadline(view.slice(first.content[0], first.content[1]));
    const [s, e] = titleSpan(first, first, dated);
    expect(text.slice(s, e)).toBe('省人大常委会联组会议开展专题询问');
  });
  it('a headline over two lines, undated, runs from the first to the last', () => {
    const text = '某省人大常委会第十一次会议联组会议\n关于某报告的专题询问发言摘要\n近日,…';
    const { body } = lines(text);
    const [s, e] = titleSpan(body[0], body[1], null);
    expect(text.slice(s, e)).toBe('某省人大常委会第十一次会议联组会议\n关于某报告的专题询问发言摘要');
    expect(nextLineStart(body, body[1])).toBe(text.indexOf('近日'));
    expect(nextLineStart(body, body[2])).toBeNull();
  });
});

describe('[introduction] the page\'s publication lines inside the introduction', () => {
  it('blanks a 发布时间 line in the view, keeping every offset, and dates the page by it', () => {
    const text = '询问实录\n发布时间:2019-09-26 10:15\n近日,某县人大常委会开展专题询问。';
    const { view, frame } = lines(text);
    const pair = { text, view };
    const out = withoutPublicationLines(pair, frame, [0, text.length]);
    expect(out.text).toBe(text);
    expect(out.view.length).toBe(view.length);
    expect(out.view).toBe('询问实录\n' + ' '.repeat('发布时间:2019-09-26 10:15'.length) + '\n近日,某县人大常委会开展专题询问。');
    expect(firstFrameDate(view, frame)?.iso).toBe('2019-09-26');
  });
  it.each<[string, string]>([
    ['a source field, then the date', '来源:某县人大　2025-06-12'],
    ['an author field, then the date in characters', '作者:某县人大办　2025年6月12日'],
    ['a view count after the date', '稿源:某市人大网 2025/06/12 浏览次数:35'],
  ])('blanks a page field with a dated year after it (%s): it dates the page, not the meeting', (_, line) => {
    const text = `询问实录\n——某县人大常委会开展专题询问\n${line}\n6月11日,某县人大常委会开展专题询问。`;
    const { view, frame } = lines(text);
    const out = withoutPublicationLines({ text, view }, frame, [0, text.length]);
    expect(out.view).toBe(view.replace(normalize(line), ' '.repeat(line.length)));
  });
  it('keeps a record\'s own date field, which dates the meeting', () => {
    const text = '询问实录\n时间:2025年6月11日　地点:县人大常委会会议室\n某县人大常委会开展专题询问。';
    const { view, frame } = lines(text);
    const pair = { text, view };
    expect(withoutPublicationLines(pair, frame, [0, text.length])).toBe(pair);
  });
  it('leaves the pair as it is when no publication line is inside the introduction', () => {
    const text = '询问实录\n近日,某县人大常委会开展专题询问。';
    const { view, frame } = lines(text);
    const pair = { text, view };
    expect(withoutPublicationLines(pair, frame, [0, text.length])).toBe(pair);
    expect(firstFrameDate(view, frame)).toBeNull();
  });
});

describe('[introduction] a lede opening on the first question: its narration before the first answer', () => {
  const lede = '“托育收费为什么这么高？”12月20日上午，在州人大常委会联组会议上，州人大常委会委员欧阳明亮的第一个问题就直指群众痛点。';
  const intro = '这是州人大常委会首次就“一老一小”民生服务开展专题询问。';
  const answer = '州卫生健康委主任何建国坦言，普惠性托位少、运营成本高。';
  it('is read for the session\'s topic', () => {
    const s = structureOf(`追问民生关切\n\n${lede}\n\n${intro}\n\n${answer}`);
    expect(s.questions).toHaveLength(1);
    expect(s.session.topic).toBe('“一老一小”民生服务');
  });
  it('the span: from the line after the lede to the answer', () => {
    const text = `${lede}\n\n${intro}\n\n${answer}`;
    const view = normalize(text);
    const events: SpeechEvent[] = [
      { mention: null, role: 'asker', start: 0, anchor: 0, wordsStart: 1, kind: 'quote-first', followUp: false },
      { mention: null, role: 'responder', start: text.indexOf('州卫生'), anchor: text.indexOf('州卫生'), wordsStart: null, kind: 'reported', followUp: false },
    ];
    const section = { span: [0, text.length] as [number, number], header: null, opener: events[0], followUpOf: null };
    expect(ledeNarration(view, section, events)).toEqual([text.indexOf('这是'), text.indexOf('这是') + intro.length]);
    // (Not a lede: the section opens on a label, or the question is not the section's first words.)
    expect(ledeNarration(view, section, [{ ...events[0], kind: 'label' }, events[1]])).toBeNull();
    expect(ledeNarration(view, { ...section, span: [0, text.length] }, [{ ...events[0], start: 5 }, events[1]])).toBeNull();
  });
});
