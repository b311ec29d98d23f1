import { describe, expect, it } from 'vitest';
import { restoreOneLineBreaks } from '../../src/source/one-line.js';
import { normalize } from '../../src/source/normalize.js';
import { parse } from '../../src/pipeline.js';

const TURNS = [
  '11月15日上午，某区人大常委会召开联组会议，就全区托育服务体系建设情况开展专题询问。',
  '区人大常委会委员 施海燕：目前全区每千人口拥有3岁以下婴幼儿托位数是多少？离省里下达的目标还有多大差距？',
  '区卫生健康委主任 陆建新：截至10月底，全区共有备案托育机构58家，提供托位4860个。下一步，我们将重点做好三件事：第一，推动幼儿园开设托班，年底前新增托位400个；第二，支持用人单位办托，今年再建成单位托育点5个；第三，落实普惠托育补贴，对普惠托位每个每月补助300元。',
  '区人大代表 钱晓梅：托育机构收费普遍每月3000元以上，普惠托育怎么体现“普惠”？',
  '区发展改革委副主任 季伟：我们正在制定普惠托育服务收费指导价，按照目前测算，月收费在1800元左右。',
  '询问结束后，副区长沈丽萍代表区政府表态，将认真研究委员和代表们提出的意见建议。',
  '来源：某区人大 编辑：王晨 审核：李宏 阅读 1562 赞 28 在看 6',
];
const ONE_LINE = TURNS.join(' ');

describe('restoreOneLineBreaks', () => {
  it('reads the spaces after sentence ends of an article on one line as its paragraph breaks', () => {
    const view = restoreOneLineBreaks(normalize(ONE_LINE));
    expect(view.length).toBe(ONE_LINE.length);
    expect(view).toBe(normalize(TURNS.join('\n')));
  });

  it.each([
    ['a text laid out by lines, a paragraph with spaces after its sentences', TURNS.join('\n') + '\n' + TURNS[2].replace(/。/gu, '。 ')],
    ['a short line', '委员 甲：有多少？ 局长 乙：3个。 委员 甲：好。 局长 乙：谢谢。'],
    ['spaces that follow no sentence end (a label\'s, a number\'s)', TURNS.map((t) => t.replace(/[。？]/gu, '，')).join('，') + '区人大常委会委员 施海燕 区卫生健康委主任 陆建新'],
  ])('leaves alone %s', (_, text) => {
    const view = normalize(text);
    expect(restoreOneLineBreaks(view)).toBe(view);
  });
});

describe('an article copied onto one line', () => {
  it('gives the record of the same text with its breaks (modulo whitespace in the text)', () => {
    const one = parse(ONE_LINE);
    const lines = parse(TURNS.join('\n'));
    const strip = (r: ReturnType<typeof parse>) => JSON.stringify({ ...r, source: null }).replace(/\\n/gu, ' ');
    expect(strip(one)).toBe(strip(lines));
    expect(one.questions).toHaveLength(2);
    expect(one.questions[0].quantities.map((q) => q.text)).toContain('58家');
    expect(one.session.closing?.text).toMatch(/^询问结束后/u);
  });
});
