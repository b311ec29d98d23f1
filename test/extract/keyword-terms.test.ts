import { describe, expect, it } from 'vitest';
import { blankLabel, blankList, blankSpans, isCountWord, isTitleChain, isUnitWord, nameSpans, notKeyword, opensName, opensWithCountWord, wholeTerms } from '../../src/extract/keyword-terms.js';
import type { Span } from '../../src/model/span.js';

describe('[keyword-terms] a numeral and its classifier or unit is a count, never a keyword', () => {
  it.each([
    ['三项', true], ['六个', true], ['三轮', true], ['四类', true], ['五级', true], ['六届', true], ['三大', true],
    ['万公顷', true], ['两批', true], ['一批', true], ['十二家', true], ['几个', true], ['半年', true], ['三年', true],
    ['亿元', true], ['万人次', true], ['第三轮', true], ['第五批', true], ['3个', true], ['1.5公里', true],
    ['一下', true], ['三月', true], ['一季度', true], ['两年三轮', true], ['一年两次', true], ['若干项', true], ['若干个', true],
    // A word goes on after the classifier, or there is none: content.
    ['一把手', false], ['第三方', false], ['三农', false], ['十四五', false], ['一河一策', false], ['一体化', false],
    ['个人', false], ['项目', false], ['轮岗', false], ['多元', false], ['河长', false], ['一下子', false],
    ['三个聚焦', false], ['四个最严', false], ['若干', false], ['若干意见', false],
  ])('%s → %s', (word, expected) => {
    expect(isCountWord(word)).toBe(expected);
  });
});

describe('[keyword-terms] the words of the turn frame are no keywords', () => {
  it.each([
    ['请问', true], ['谢谢', true], ['感谢', true], ['委员', true], ['追问', true], ['主持人', true], ['回答', true],
    ['提问', true], ['发问', true], ['作答', true], ['专题询问', true], ['三轮', true],
    // The asking verb glued to the level opening the addressee's name.
    ['请县', true], ['问市', true], ['请区', true], ['由市', true], ['向省', true], ['请示', false], ['问责', false], ['由于', false],
    // A distributive: 每 "each" opens no word of a topic.
    ['每年', true], ['每半年', true], ['每两周', true], ['每季度', true], ['每户', true], ['每千人', true], ['每院', true],
    // A unit cut from its digits.
    ['人次', true], ['公里', true], ['百分点', true], ['万元', true],
    // A list's ordinal marker, cut as one word.
    ['一是', true], ['二是', true], ['十一是', true], ['二要', true], ['三要', true],
    ['河长制', false], ['污水管网', false], ['学位', false], ['托育', false], ['年度预算', false], ['个人', false],
    ['统一是', false], ['唯一', false], ['二手', false], ['一要素', false],
  ])('%s → %s', (word, expected) => {
    expect(notKeyword(word)).toBe(expected);
  });
});

describe('[keyword-terms] two characters may open a personal name: a surname first', () => {
  it.each([
    ['韩子', true], ['蒋雨', true], ['欧阳', true],
    // No surname first, an everyday word with a surname, or more than two characters.
    ['托育', false], ['老旧', false], ['韩子墨', false], ['韩', false],
  ])('%s → %s', (word, expected) => {
    expect(opensName(word)).toBe(expected);
  });
});

describe('[keyword-terms] quoted terms and formulations are kept whole', () => {
  it.each([
    ['a quoted term', '推行“一河一策”,落实到位', [], ['一河一策']],
    ['corner quotes and a formulation', '实行「两单一书」制度,做到四个最严要求', ['四个最严'], ['两单一书', '四个最严']],
    ['straight quotes (the view folds ＂)', '推广"街乡吹哨"机制', [], ['街乡吹哨']],
    ['no Han only: digits, 、, a long quote are no terms', '“1+N+X”体系,“双随机、一公开”,“我们一定把这件事办好办实办到位”', ['双随机、一公开', '1+N+X'], []],
    ['each once', '“一河一策”…“一河一策”', ['一河一策'], ['一河一策']],
  ])('%s', (_label, slice, formulations, expected) => {
    expect(wholeTerms(slice, formulations)).toEqual(expected);
  });
});

describe('[keyword-terms] speakers named in labels and mentions, and the page frame, are blanked, same length', () => {
  const text = '委员 韩立新:请问市水务局?\n(图为询问现场。通讯员 孔令秋 摄)\n市水务局局长 欧阳静:谢谢韩委员。';
  const at = (s: string): Span => [text.indexOf(s), text.indexOf(s) + s.length];
  const caption = '(图为询问现场。通讯员 孔令秋 摄)';
  const { spans, longest } = blankList([at('市水务局局长 欧阳静'), at('韩委员'), at(caption), at('委员 韩立新')]);
  it.each([
    ['the whole text', 0, text.length, '      :请问市水务局?\n' + ' '.repeat(caption.length) + '\n          :谢谢   。'],
    ['a slice cutting a mention', 3, text.length, '   :请问市水务局?\n' + ' '.repeat(caption.length) + '\n          :谢谢   。'],
    ['a slice inside the frame line', text.indexOf('通讯员'), text.indexOf('摄'), ' '.repeat('通讯员 孔令秋 '.length)],
    ['a slice with none', text.indexOf('请问'), text.indexOf('?'), '请问市水务局'],
  ])('%s', (_label, start, end, expected) => {
    const got = blankSpans(text.slice(start, end), start, spans, longest);
    expect(got).toBe(expected);
    expect(got.length).toBe(end - start);
  });
  it('many spans before the slice are skipped by search', () => {
    const many = blankList(Array.from({ length: 10_000 }, (_, i): Span => [i * 10, i * 10 + 3]));
    const slice = 'x'.repeat(20);
    expect(blankSpans(slice, 50_000, many.spans, many.longest)).toBe('   ' + 'x'.repeat(7) + '   ' + 'x'.repeat(7));
  });
});

describe('[keyword-terms] the question label opening the section is blanked', () => {
  it.each<[string, string, string | null, string]>([
    ['a header line', '问题一\n委员 某:…', '问题一', '   \n委员 某:…'],
    ['after white space, with a colon', '\n问题二:怎样治理?', '问题二', '\n   :怎样治理?'],
    ['not where it is said later', '委员:这个问题一直…', '问题一', '委员:这个问题一直…'],
    ['no label', '问题一\n…', null, '问题一\n…'],
  ])('%s', (_label, slice, label, expected) => {
    expect(blankLabel(slice, label)).toBe(expected);
  });
});

describe('[keyword-terms] units alone, and words opening with a measure word (fragments after a figure)', () => {
  it.each([
    ['人次', true, true], ['公里', true, false], ['百分点', true, false], ['个村', false, true], ['家企业', false, true],
    ['名教师', false, true], ['岁托班', false, true], ['年度预算', false, false], ['个人', false, true], ['项目', false, true], ['河道', false, false],
  ])('%s: unit %s, opens with a measure word %s', (word, unit, opens) => {
    expect(isUnitWord(word)).toBe(unit);
    expect(opensWithCountWord(word)).toBe(opens);
  });
});

describe('[keyword-terms] furniture and title chains are no keywords', () => {
  it.each([
    // the question announced (我想问两个问题), an answer's aspects, the time of saying, the hands of 一手抓…一手抓…
    ['问题', true], ['方面', true], ['目前', true], ['当前', true], ['下一步', true], ['一手', true],
    // an organization and a title cut as one word: how a speaker is called
    ['人大常委会委员', true], ['人大常委会主任', true], ['常委会委员', true],
    // near-misses: words of a topic
    ['问题导向', false], ['安全隐患', false], ['二手', false], ['一把手', false], ['河长', false], ['河长制', false],
    ['生态环境局', false], ['代办员', false], ['复印费', false], ['金山银山', false], ['互助幸福院', false],
  ])('%s → %s', (word, expected) => {
    expect(notKeyword(word)).toBe(expected);
  });

  it.each([
    ['人大常委会委员', true], ['市场监管局局长', true], ['委员', false], ['局长', false], ['生态环境局', false], ['河长制', false],
  ])('isTitleChain(%s) → %s', (word, expected) => {
    expect(isTitleChain(word)).toBe(expected);
  });
});

describe('[keyword-terms] nameSpans: wherever a name of the document is written, no keyword (t72 #12)', () => {
  const isWord = (w: string) => ['高峰', '海燕'].includes(w);
  it.each<[string, string[], string[]]>([
    // the chair (none of the people) in his own label, and a name the segmenter would cut into pieces (阿拉 | 腾苏 | 和)
    ['主持人 王国强：请市林草局回答，王国强很关心。', ['王国强'], ['王国强', '王国强']],
    ['阿拉腾苏和同志也很关心。', ['阿拉腾苏和'], ['阿拉腾苏和']],
    // the longest name first where one opens another; each occurrence once
    ['扎西次仁说，扎西表示同意。', ['扎西', '扎西次仁'], ['扎西次仁', '扎西']],
    // a two-character name that is a word of the dictionary is left to the mentions (用电高峰 is the topic)
    ['迎峰度夏用电高峰，高峰表示…', ['高峰'], []],
    ['没有名字', [], []],
  ])('%s', (text, names, expected) => {
    expect(nameSpans(text, names, isWord).map(([s, e]) => text.slice(s, e))).toEqual(expected);
  });
});
