/** The matching view: folded and Simplified, and always exactly as long as the text. */
import { describe, expect, it } from 'vitest';
import { isCornerQuote, normalize } from '../../src/source/normalize.js';

describe('[normalize]', () => {
  it.each([
    ['full-width punctuation', '问题一：市政府如何？（一）', '问题一:市政府如何?(一)'],
    ['full-width digits and percent', '化解率９７．７８％', '化解率97.78%'],
    ['ideographic space', '委员　王某', '委员 王某'],
    ['ratio sign for a colon', '县卫健局局长钱某∶谢谢', '县卫健局局长钱某:谢谢'],
    ['vertical form colon', '委员赵某︰请问', '委员赵某:请问'],
    ['small form colon', '委员赵某﹕请问', '委员赵某:请问'],
    ['modifier letter colons', '答꞉好。问ː何时', '答:好。问:何时'],
    ['Traditional characters', '市人大常委會委員、麒麟區人大常委會主任謝茂華說', '市人大常委会委员、麒麟区人大常委会主任谢茂华说'],
    ['Hong Kong variant forms', '他説裏面', '他说里面'],
    ['characters that are Simplified too stay', '怎么显著著作干部', '怎么显著著作干部'],
    ['Traditional characters that are also Simplified stay', '著作與顯著', '著作与显著'],
    ['CRLF: the CR becomes a space', '第一行\r\n第二行', '第一行 \n第二行'],
    ['lone CR', '第一行\r第二行', '第一行\n第二行'],
    ['Chinese punctuation kept', '“一府两院”、。', '“一府两院”、。'],
    ['already normalized', '一是加强学习;二是完善制度。', '一是加强学习;二是完善制度。'],
  ])('%s', (_name, input, expected) => {
    const view = normalize(input);
    expect(view).toBe(expected);
    expect(view.length).toBe(input.length);
  });

  it('keeps the length for characters outside the BMP', () => {
    const s = '𠮷野家：２０２５年';
    expect(normalize(s).length).toBe(s.length);
  });
});

describe('[normalize] straight quotes', () => {
  it.each([
    ['"企业开办时间能否压缩?"面对委员某的提问', '“企业开办时间能否压缩?”面对委员某的提问'],
    ['做到"三个一律":一律快审', '做到“三个一律”:一律快审'],
    ['＂双随机、一公开＂', '“双随机、一公开”'],
    ['他说"好", 又说"行"', '他说“好”, 又说“行”'],
    ['a lone " stays', 'a lone " stays'],
    ['"一"二"\n"三"', '“一”二"\n“三”'],
  ])('%s', (text, view) => {
    expect(normalize(text)).toBe(view);
    expect(normalize(text)).toHaveLength(text.length);
  });
});

describe('[normalize] English full stops in Chinese text', () => {
  it.each([
    ['between Han characters', '区长何某主持会议.副区长到会应询.', '区长何某主持会议。副区长到会应询。'],
    ['after a closing quote, before an opening one', '开展"回头看".“两个清单”', '开展“回头看”。“两个清单”'],
    ['at the end of a line', '会议结束.\n下一行', '会议结束。\n下一行'],
    ['before a figure', '到会应询.12名委员提问', '到会应询。12名委员提问'],
    ['inside a quotation, before its closing mark', '他说:"我们将加快进度."随后', '他说:“我们将加快进度。”随后'],
    ['a decimal stays', 'PM2.5浓度下降3.5%', 'PM2.5浓度下降3.5%'],
    ['a dotted date stays', '2024.11.5召开', '2024.11.5召开'],
    ['a list marker stays', '1.全市浓度为何反弹', '1.全市浓度为何反弹'],
    ['a full stop before a space stays (blocks read it)', '完善机制. 今年', '完善机制. 今年'],
    ['Latin text stays', 'www.npc.gov.cn 与 Mr.Li', 'www.npc.gov.cn 与 Mr.Li'],
    ['full-width ．between Han characters', '到会应询．部分代表', '到会应询。部分代表'],
    // a stop typed for the dot of a transcribed name: two transliteration characters on each side
    ['a name dot stays', '厅长买买提.艾力回答说', '厅长买买提.艾力回答说'],
    ['a full-width name dot stays', '委员古丽娜尔．吐尔逊首先提问', '委员古丽娜尔.吐尔逊首先提问'],
    ['a Chinese-numeral list marker stays (一．)', '三項工作：一．擴大供給；二．完善補貼', '三项工作:一.扩大供给;二.完善补贴'],
    ['a Chinese-numeral list marker at a line start stays (十一.)', '说明如下\n十一.加强督查', '说明如下\n十一.加强督查'],
    ['a numeral ending a word before a stop is a stop (统一.)', '标准要统一.下一步', '标准要统一。下一步'],
    ['a numeral ending a clause is a stop (第十.)', '排名第十.今年', '排名第十。今年'],
    ['a stop between clauses is still one', '全面完成任务.努力推进', '全面完成任务。努力推进'],
  ])('%s', (_name, text, view) => {
    expect(normalize(text)).toBe(view);
    expect(normalize(text)).toHaveLength(text.length);
  });
});

describe('[normalize] character references for spaces left in a web copy read as spaces', () => {
  it.each([
    ['&nbsp; runs before a header', '&nbsp;&nbsp;問題一', '            问题一'],
    ['&nbsp without ;', '&nbsp&nbsp委员', '          委员'],
    ['&ensp; &emsp; &thinsp;', '甲&ensp;乙&emsp;丙&thinsp;丁', '甲      乙      丙        丁'],
    ['numeric: &#12288; &#160; &#x3000;', '&#12288;&#160;&#x3000;委员', ' '.repeat(22) + '委员'],
    ['encoded twice: &amp;nbsp;', '&amp;nbsp;问题二', '          问题二'],
    ['other references stay', 'A&amp;B &ldquo;好&rdquo; &#20013;', 'A&amp;B &ldquo;好&rdquo; &#20013;'],
    ['no reference: a longer name or number stays', '&nbspx &#1605; &nbsp2', '&nbspx &#1605; &nbsp2'],
  ])('%s', (_name, text, view) => {
    expect(normalize(text)).toBe(view);
    expect(normalize(text)).toHaveLength(text.length);
  });
});

describe('[normalize] corner quotes read as quotation marks', () => {
  it.each([
    ['「」 as “”', '「产业怎样才能带动贫困户？」委员某问道', '“产业怎样才能带动贫困户?”委员某问道'],
    ['『』 inside 「」 as ‘’', '「群众说『接送难』，难在哪？」', '“群众说‘接送难’,难在哪?”'],
    ['a tag in corner brackets', '「问」区人大代表 某某', '“问”区人大代表 某某'],
    ['Traditional text with corner quotes', '出現「有房沒人住」', '出现“有房没人住”'],
  ])('%s', (_name, text, view) => {
    expect(normalize(text)).toBe(view);
    expect(normalize(text)).toHaveLength(text.length);
  });
  it.each([
    ['「问」', 0, true],
    ['「问」', 2, true],
    ['『答』', 0, true],
    ['“问”', 0, false],
    ['【问】', 0, false],
  ])('isCornerQuote(%s, %i) is %s', (text, i, expected) => {
    expect(isCornerQuote(text, i)).toBe(expected);
  });
});

describe('[normalize] the half-width middle dot', () => {
  it.each([
    ['努尔波拉提･吾买尔', '努尔波拉提・吾买尔'],
    // near-misses: the other dots stay as written (the name readers know them)
    ['努尔波拉提·吾买尔', '努尔波拉提·吾买尔'], ['努尔波拉提•吾买尔', '努尔波拉提•吾买尔'],
  ])('%s → %s', (text, view) => {
    expect(normalize(text)).toBe(view);
  });
});

describe('[normalize] invisible format characters (Cf) read as spaces in the view', () => {
  it.each([
    ['\u200b市人大常委会委员 周建军：请问？', ' 市人大常委会委员 周建军:请问?'], // WeChat: U+200B opening each paragraph
    ['委员王雪梅\u2060：', '委员王雪梅 :'],
    ['局长\u00ad陈立新：', '局长 陈立新:'],
    ['王雪梅\u200d：', '王雪梅 :'],
    ['王雪梅\u200c：', '王雪梅 :'],
    // near misses: a joiner inside an emoji sequence is part of the glyph (blanked with it as leading decoration, kept within text)
    ['👨\u200d💻 会议最后', '      会议最后'],
    ['❤\ufe0f\u200d🔥 问题一', '      问题一'],
    ['文字👨\u200d💻文字', '文字👨\u200d💻文字'],
  ])('%j → %j, same length', (text, view) => {
    expect(normalize(text)).toBe(view);
    expect(view.length).toBe(text.length);
  });
});
