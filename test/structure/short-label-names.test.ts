import { describe, expect, it } from 'vitest';
import { acceptedShortNames } from '../../src/structure/short-label-names.js';
import { labelNameMentions } from '../../src/structure/label-names.js';
import { findMentions } from '../../src/structure/speakers.js';
import { lexicon } from '../../src/structure/lexicon.js';
import { normalize } from '../../src/source/normalize.js';
import type { Span } from '../../src/model/span.js';

const lex = lexicon();
const pairOf = (text: string) => ({ text, view: normalize(text) });
/** The speakers read in `text` who are named by a label at a line start, as "name:" (the line's label). */
const labelled = (text: string) => findMentions(pairOf(text))
  .filter((m) => m.name !== null && /(?:^|\n)[\d:\s*]*$/u.test(text.slice(0, m.span[0])) && /^[问答]?(?:\*\*)?[:：]/u.test(text.slice(m.span[1])))
  .map((m) => m.name);

describe('[short-label-names] two-character labels with no listed surname, in documents that label their speakers', () => {
  it.each<[string, string, string[]]>([
    ['a Tibetan name among titled labels', '县教育局局长 索朗旺堆：学位够用。\n次仁：请问县卫健局，医生招不来怎么办？\n县卫健局局长 白玛：今年招聘医生40名。', ['索朗旺堆', '次仁', '白玛']],
    ['a Mongolian name, its verb for sign of speech', '旗人大常委会委员 乌云其木格：请问旗农牧局。\n旗农牧局局长 孟和：今年补贴到位。\n巴图问：草场补奖资金何时发放？', ['乌云其木格', '孟和', '巴图']],
    ['a Uyghur short form, with words that speak', '县人大代表 阿依古丽：请问县水利局。\n县水利局局长 买买提：今年完成改造。\n艾力：谢谢主任，我想问一下县农业农村局。', ['阿依古丽', '买买提', '艾力']],
    ['named with a title elsewhere (县人大常委会委员 扎西), then a bare label', '县人大常委会委员 扎西：请问县教育局，床位缺口多大？\n县教育局局长 索朗旺堆：缺口约1200个。\n扎西：我再追问一下，资金从哪里来？', ['扎西', '索朗旺堆', '扎西']],
    ['in Markdown bold after a clock time', '县交通运输局局长 格桑：今年通车。\n14:32 **达瓦：**请问县交通运输局，通村公路何时硬化？', ['格桑', '达瓦']],
    // known two-syllable Tibetan names one of whose characters the transliteration table lacks (增, 才, 藏, 确)
    ['a known two-syllable name (旦增) among titled labels', '县交通运输局局长 格桑：今年通车。\n旦增：请问县交通运输局，客运班车通村率是多少？', ['格桑', '旦增']],
    ['known two-syllable names (才让, 尕藏, 确吉) as bare labels', '县教育局局长 索朗旺堆：学位够用。\n才让：请问县卫健局，医生招不来怎么办？\n尕藏：我想问一下县民政局。\n确吉：谢谢，请问县水利局。', ['索朗旺堆', '才让', '尕藏', '确吉']],
    ['a known two-syllable name after its title, bold', '**县人大常委会委员 旦增：**请问县教育局，床位缺口多大？\n**县教育局局长 丹增：**缺口约1200个。', ['旦增', '丹增']],
  ])('%s', (_name, text, expected) => {
    expect(labelled(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['no other speaker label in the document', '次仁：请问县卫健局，医生招不来怎么办？\n我们将加强招聘。'],
    ['headings, however speech-like the words after them', '县教育局局长 索朗旺堆：学位够用。\n背景：我们县共有学校12所。\n目标：我们力争年底前完成。\n成效：请看下表？\n计划：我们明年完成。'],
    ['headings made of transliterating characters', '县教育局局长 索朗旺堆：学位够用。\n其次：我们要加强管理。\n部门：我们将加强管理。\n嘉宾：谢谢主持人。\n特别：请注意安全？'],
    ['a place the document names as one (拉萨市)', '县教育局局长 索朗旺堆：拉萨市学位够用。\n拉萨：我们这里学位够用吗？'],
    ['field lines and turn labels', '县教育局局长 索朗旺堆：学位够用。\n时间：2025年6月12日\n地点：县人大常委会会议室\n记者：我们想问一下\n主持：我们开始询问。\n问题：请问学位够不够？\n答复：我们将新建学校。'],
    ['no speech after the label', '县教育局局长 索朗旺堆：学位够用。\n次仁：县人大常委会委员\n巴图：旗人大代表'],
    ['characters that do not transliterate (a Han word)', '县教育局局长 索朗旺堆：学位够用。\n同时：我们要加强管理。\n此外：请问资金呢？'],
    ['words that share a character with a known name (增加, 增长, 才能, 确保)', '县教育局局长 索朗旺堆：学位够用。\n增加：我们要加大投入？\n增长：我们今年增长5%。\n增强：请问如何增强？\n才能：我们要提高才能？\n确保：我们确保完成？'],
  ])('%s: no short name', (_name, text) => {
    const shortNames = findMentions(pairOf(text)).filter((m) => m.name !== null && m.name.length === 2 && m.title === null);
    expect(shortNames.map((m) => m.name)).toEqual([]);
  });
});

describe('[short-label-names] acceptedShortNames', () => {
  const view = normalize('县教育局局长 索朗旺堆：学位够用。\n次仁：请问县卫健局？\n部门：我们将加强管理。\n县人大常委会委员次仁在会上发言。');
  const at = (s: string): Span => [view.indexOf(s), view.indexOf(s) + s.length];
  const cirenLabel = { span: [view.indexOf('次仁:'), view.indexOf('次仁:') + 2] as Span, name: '次仁' };
  const bumen = { span: at('部门'), name: '部门' };
  it.each<[string, Span[], Span[], string[]]>([
    ['another labelled line (a claimed title and name before a colon)', [at('县教育局局长 索朗旺堆')], [], ['次仁']],
    ['another labelled line (a bare name accepted before)', [], [at('索朗旺堆')], ['次仁']],
    ['no other labelled line', [], [], []],
    ['the name with a title, but no labelled line besides its own', [at('县人大常委会委员次仁')], [], []],
  ])('%s', (_name, claimed, labels, expected) => {
    expect(acceptedShortNames(view, [cirenLabel, bumen], claimed, labels).map((s) => s.name)).toEqual(expected);
  });
});

describe('[label-names] two-character labels stay unread without evidence', () => {
  it.each(['次仁:请问县卫健局?', '扎西:谢谢主任。', '达瓦问:草场补奖资金何时发放?'])('%s → no name on its own', (text) => {
    expect(labelNameMentions(pairOf(text), lex, [0, text.length], []).map((m) => m.name)).toEqual([]);
  });
});
