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
