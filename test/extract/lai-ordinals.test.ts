// 一来 / 二来 / 三来 after a measure head (src/extract/lai-ordinals.ts), read through findMarkers.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/source/normalize.js';
import { findMarkers } from '../../src/extract/markers.js';

/** The 一来-family markers of a text, as written. */
function lai(text: string): string[] {
  const view = normalize(text);
  return findMarkers(view, 0, view.length).filter((m) => m.family === 'shi').map((m) => text.slice(m.span[0], m.span[1]));
}

describe('[lai-ordinals] 一来/二来 list measures after a measure head', () => {
  it.each([
    ['办法', '我们的办法，一来新建两座泵站；二来更换老旧管网。', ['一来', '二来']],
    ['打算, 一来是', '下一步打算：一来是扩建食堂，二来是增加餐位，三来是延长供餐时间。', ['一来是', '二来是', '三来是']],
    ['思路 with a cause word further back', '针对停水的原因，我们的思路是，一来加密巡查；二来引入第三方评估。', ['一来', '二来']],
    ['a mixed run: 一来是 … 二来', '具体做法，一来是扩建食堂，二来增加餐位。', ['一来是', '二来']],
    ['措施是一来 (是 between)', '我们的措施主要是一来扩建食堂，二来增加餐位。', ['一来', '二来']],
  ])('%s', (_label, text, want) => expect(lai(text)).toEqual(want));

  it.each([
    ['原因', '原因主要有三个：一来是返乡人口集中；二来是水源不足；三来是管网老化。'],
    ['之所以 nearer than a head word', '办理之所以慢，一来是材料多，二来是环节多。'],
    ['the head in the sentence before', '我们有办法。一来交通不便，二来人手不够。'],
    ['no second 来', '我们的做法，一来就抓住了重点。'],
    ['the head as the subject right before it', '这种做法一来增加了群众负担，二来影响了办事效率。'],
  ])('none: %s', (_label, text) => expect(lai(text)).toEqual([]));
});

describe('[lai-ordinals] with no head, 一来/二来 list measures when their items open with a measure verb', () => {
  it.each([
    ['after 下一步,', '下一步，一来强化工业源治理，实施深度治理；二来强化移动源管控；三来加强扬尘管控。', ['一来', '二来', '三来']],
    ['after its subject', '我们一来开展耕地质量提升行动；二来加强耕地质量监测；三来实施盐碱地综合治理。', ['一来', '二来', '三来']],
    ['after a modal (要/进一步)', '今后，一来要完善考核办法，二来进一步压实属地责任。', ['一来', '二来']],
    ['a head still decides first: 办法 with items of any verb', '我们的办法，一来新建两座泵站；二来更换老旧管网。', ['一来', '二来']],
  ])('%s', (_label, text, want) => expect(lai(text)).toEqual(want));

  it.each([
    ['reasons: states, no measure verb', '我们一来人手不够，二来经费紧张。'],
    ['effects done: a measure verb with 了', '效果明显，一来加强了监管，二来提升了效率。'],
    ['only the first item opens with a measure verb', '一来加强监管，二来群众也满意。'],
    ['a cause word before it, measure verbs or not', '之所以这样安排，是因为一来加强监管，二来推进改革。'],
    ['一来就 (the verb 来: once it comes)', '督导组一来就加强检查，二来加强指导。'],
    ['一来二去 (back and forth)', '一来二去，加强了沟通，二来推进了合作。'],
  ])('none: %s', (_label, text) => expect(lai(text)).toEqual([]));
});
