import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { findMarkers } from '../../src/extract/markers.js';
import { isCourtesyFrame, withoutFrames } from '../../src/extract/courtesy-frames.js';

/** The texts of the 首先/其次/最后 markers of `text` that frame the speech. */
function frames(text: string): string[] {
  const view = normalize(text);
  return findMarkers(view, 0, view.length).filter((m) => isCourtesyFrame(view, m)).map((m) => text.slice(m.span[0], m.span[1]));
}

describe('[courtesy-frames] a 首先 of thanks and a 最后 of thanks or a pledge frame the speech', () => {
  it.each([
    ['首先,感谢…', '首先,感谢邬委员对农村公路的关注。', ['首先']],
    ['首先感谢… (no comma)', '首先感谢邬委员的提问。', ['首先']],
    ['首先,非常感谢…', '首先,非常感谢各位委员的监督。', ['首先']],
    ['首先,我代表…感谢', '首先,我代表县交通运输局,感谢各位委员。', ['首先']],
    ['首先,向…表示感谢', '首先,向各位委员表示衷心的感谢。', ['首先']],
    ['最后,我表个态', '一是修路;二是养护。最后,我表个态,年底前全部完工。', ['最后']],
    ['最后,再次感谢', '最后,再次感谢各位委员。', ['最后']],
    ['最后,请各位委员放心', '最后,请各位委员放心。', ['最后']],
  ])('%s', (_label, text, want) => {
    expect(frames(text)).toEqual(want);
  });

  it.each([
    ['首先,加强… (an action)', '首先,加强道路养护;其次,完善考核;最后,强化监督。'],
    ['首先要… after its subject', '我们首先要摸清底数;其次,分类整治。'],
    ['最后,完善… (an action)', '首先,修路;最后,完善养护机制。'],
    ['其次,感谢… (only 首先 and 最后 frame)', '首先,修路;其次,感谢群众支持。'],
  ])('no frame: %s', (_label, text) => {
    expect(frames(text)).toEqual([]);
  });
});

describe('[courtesy-frames] a frame takes its words: no marker inside them is an item', () => {
  /** The markers left once the frames are taken out. */
  function left(text: string): string[] {
    const view = normalize(text);
    return withoutFrames(view, findMarkers(view, 0, view.length)).map((m) => text.slice(m.span[0], m.span[1]));
  }

  it.each([
    ['最后,再次感谢: 再次 is no marker', '第一,建台账;第二,抓督办。最后,再次感谢各位委员。', ['第一', '第二']],
    ['首先 thanks in a clause, the list after its comma', '首先感谢邬委员的提问,我们一是修路;二是养护。', ['一是', '二是']],
  ])('%s', (_label, text, want) => {
    expect(left(text)).toEqual(want);
  });
});
