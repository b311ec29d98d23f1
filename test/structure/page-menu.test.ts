import { describe, expect, it } from 'vitest';
import { menuLength } from '../../src/structure/page-menu.js';
import { frameKind } from '../../src/structure/frame.js';
import { isHeadline } from '../../src/structure/session.js';
import { normalize } from '../../src/source/normalize.js';

const isFrame = (s: string) => frameKind(s) !== null;
const length = (text: string) => menuLength(normalize(text).split('\n').map((l) => l.trim()).filter((l) => l), isFrame, isHeadline);

describe('[page-menu] a site menu above the headline', () => {
  it.each<[string, number]>([
    // A home link alone, one item to a line, several to a line, with a breadcrumb and a publication line between.
    ['首页\n桐溪县人大常委会就养老服务开展专题询问\n5月12日，…', 1],
    ['首页\n人大要闻\n监督工作\n代表工作\n桐溪县人大常委会就养老服务开展专题询问\n5月12日，…', 4],
    ['网站首页 | 人大要闻 | 代表风采\n当前位置：首页 > 人大要闻\n桐溪县人大常委会就养老服务开展专题询问', 1],
    ['首页\t常委会工作\t机关建设\n桐溪县人大常委会开展专题询问\n发布时间：2021-05-13', 1],
    ['人大要闻\n常委会工作\n代表风采\n发布时间：2021-05-13\n桐溪县人大常委会开展专题询问', 3],
    // A column's name alone over a headline naming the inquiry.
    ['人大要闻\n桐溪县人大常委会就养老服务开展专题询问\n5月12日，…', 1],
  ])('%j → %i', (text, n) => {
    expect(length(text)).toBe(n);
  });

  it.each([
    // The text opens on the headline, or a headline in two parts, or a column's name over no headline.
    '桐溪县人大常委会就养老服务开展专题询问\n5月12日，…',
    '聚焦养老服务\n桐溪县人大常委会开展专题询问\n5月12日，…',
    '守护舌尖安全 回应群众关切\n桐溪县人大常委会开展专题询问',
    '聚焦民生实事 回应群众关切 破解发展难题\n桐溪县人大常委会开展专题询问',
    '人大视点\n守护舌尖安全 回应群众关切 织密监管网络\n桐溪县人大常委会开展专题询问',
    '人大要闻\n5月12日，桐溪县人大常委会就养老服务开展专题询问。',
    '人大要闻\n桐溪县人大常委会召开第三次会议',
    // A briefing's masthead, a record's speaker line, an inquiry's own short headline.
    '工作简报\n桐溪县人大常委会开展专题询问',
    '专题询问实录\n桐溪县人大常委会第五次会议',
    '主持人：现在开始询问。',
  ])('%j is no menu', (text) => {
    expect(length(text)).toBe(0);
  });
});
