/**
 * The words around a figure that are not its indicator: linking and change verbs (达, 提高到),
 * adverbs and prepositions (仅为, 由, 同比), intentions (力争), verbs that open a predicate (完成,
 * 围绕), the tests on tagged tokens that the indicator reader uses, and the bounds its walks share
 * (where a clause ends, how long a phrase may be).
 *
 * Example: in "托位数仅为2.8个" the word 仅为 stands between the phrase and the figure; in
 * "力争两到三年内" 力争 is never part of a phrase; in "餐饮商家共有3160家" 共有 ends the predicate,
 * so the phrase is 餐饮商家. The tests read a token's text (from the normalized view) and its
 * jieba-style tag (n noun, v verb, vn verbal noun, d adverb, m numeral …).
 */
import type { Token } from '../segment/segmenter.js';
import { matchUnit } from './units.js';

/** Punctuation, symbols and white space only. */
export const PUNCT = /^[\p{P}\p{S}\s]+$/u;
/** `PUNCT.test(text)`, answered at once for a word opening with a Han character (most tokens): that is a letter. */
export function isPunct(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff ? false : PUNCT.test(text);
}

/** Scope words that open a phrase without naming what is measured (全市事项平均进驻率 → 事项平均进驻率). */
export const SCOPE = new Set(['共', '累计', '已', '已经', '共计']);
/** The level characters of an administrative area (省, 市, 县 … 村), which 全/我/本 make a scope of (全市, 我县). */
export const AREA_LEVELS = '国省市县区州镇乡旗盟村';
/** The whole of an administrative area (全市, 我县, 本区, 全旗): a scope, never what is measured. */
export const AREA = new RegExp(`^(?:全|我|本)[${AREA_LEVELS}]$`, 'u');

/** List markers that may open the clause before a figure (一是新建…中心15个; the spoken 三要扩大…规模至10亿元, markers.ts; ②). */
export const MARKER = /^(?:[一二三四五六七八九十][是要]|首先|其次|再次|最后|其一|其二|其三)$/;
/** `AREA.test(word)` and `MARKER.test(word)` as sets of the words they match (read for every token walked over). */
const AREA_WORDS = wordsOf(['全', '我', '本'], [...AREA_LEVELS]);
// ②电梯智能阻车装置…: a circled numeral (①–⑳) opening the line is its item's marker too, the tagger's word of its own.
const MARKER_WORDS = new Set([...wordsOf([...'一二三四五六七八九十'], ['是', '要']), '首先', '其次', '再次', '最后', '其一', '其二', '其三', ...'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳']);
export const isArea = (word: string) => AREA_WORDS.has(word);
export const isMarker = (word: string) => MARKER_WORDS.has(word);
/** The last character of a place or a count of places (两县, 各区, 霍山): a place suffix, the levels of AREA and natural places. */
export const PLACE_END = /[省市县区镇乡村州旗山河湖]$/u;

function wordsOf(firsts: string[], seconds: string[]): Set<string> {
  return new Set(firsts.flatMap((a) => seconds.map((b) => a + b)));
}
/** Verbs linking a phrase to its figure (老年人口达86.5万人, 覆盖率达到100%): not part of the indicator. */
export const LINKING = new Set(['达', '达到', '共', '共计', '累计', '为', '是', '占', '约', '约合', '折合', '有', '超过', '增长', '提高', '提升', '下降', '减少', '增加', '增至', '降至', '至', '到', '突破',
  // Comparative bounds, the figure's qualifier when right before it (浓度低于30微克/立方米): a phrase ending with one ends before it.
  '低于', '高于', '少于', '多于', '大于', '小于']);
/**
 * Verbs of growth and change that reach a figure through 到/至 (医养结合机构已发展到41家, 床位数增长到, 站点扩大到):
 * with the 到/至 after them they link the phrase to its figure, like 达到 (taggers cut 发展/vn|到, so 发展 alone
 * would pass for a noun). Without 到/至 (发展养老机构) they are left to the other rules.
 */
export const REACH = new Set([
  '发展', '增长', '增加', '提升', '提高', '上升', '攀升', '跃升', '下降', '减少', '降低', '扩大', '缩小', '缩短', '压缩', '压减',
  '延长', '延伸', '拓展', '扩展', '壮大', '增', '降', '升', '达', '突破', '累计', '调整', '控制',
  '拉大', // 峰谷电价差拉大到每千瓦时0.7元: a gap widened
  '减', // 压减至, 减到: the one-character verbs of change, like 增, 降, 升
  '恢复', '回升', '回落', // 水质优良比例恢复到95%: a level returning to a figure reaches it all the same
]);
/** The words after a verb of REACH that make it reach the figure. */
export const REACH_TO = new Set(['到', '至', '到了']);
/**
 * Verbs of speaking that close a speech clause (副市长柳德明表示, 局长介绍, 他说, 副局长薛某坦承): the clause names who
 * speaks, never what a figure after it measures (…表示,两年来…).
 */
export const SPEECH_VERBS = new Set([
  '表示', '说', '介绍', '指出', '强调', '称', '回应', '回答', '答复', '透露', '坦言', '坦承', '坦陈', '直言', '承认', '谈到', '认为', '提到', '说明', '补充', '解释', '汇报', '报告称', '回应称', '介绍说', '表态',
]);
/** The verbs of speech (SPEECH_VERBS) that only report: not 补充/说明/解释/汇报/回答/答复/回应, which also name things (补充医疗保险, 答复率). */
export const REPORTING = new Set([...SPEECH_VERBS].filter((v) => !/补充|说明|解释|汇报|回答|答复|回应/u.test(v)));
/**
 * Verbs of commitment that report a target as speech does (市民政局承诺|社会化运营率年底前达到80%): what follows them is
 * the promise, never part of what is measured. (表态 is a verb of speech too.)
 */
export const COMMITTING = new Set(['承诺', '保证', '表态', '许诺']);
/**
 * Stages of life the tagger calls time words (老年/t, 青年/t): before a noun they qualify the people or services
 * counted (老年助餐点, 青年人才), they are no time of the sentence.
 */
export const LIFE_STAGE = new Set(['老年', '青年', '中年', '少年', '幼年', '晚年', '童年', '老龄', '高龄']);
/** Nouns of people, the heads a count of people counts: 人口, 劳动力, 农民工, 人员, 儿童 …. */
export const PEOPLE_NOUN = /(?:人口|人员|劳动力|农民工|群众|居民|农户|农民|村民|职工|学生|儿童|老人|妇女|军人|青年|干部|党员|家庭|患者|游客)$/u;
/** Verbs that open a predicate: walking back from a figure, the noun phrase starts after them (完成|生命防护工程591公里). */
export const PREDICATE_VERBS = new Set([
  '完成', '实现', '开展', '推进', '建成', '建立', '构建', '组织', '征集', '解决', '收集', '制定', '办结', '选派',
  '提供', '投入', '新增', '增加', '协调', '覆盖', '发放', '帮扶', '查处', '办理', '受理', '审结', '执结', '整治',
  '建设', '改造', '新建', '培训', '招募', '设立', '设置', '打造', '引进', '培育', '挽回', '追回', '减少', '节约',
  '安排', '下达', '拨付', '筹措', '筹集', '统筹', '整合', '落实', '争取', '拥有', '具有', '配备', '出现', '发现', '排查',
  '惠及', '涉及', '带动', '吸纳', '辐射',
  '轮训', // 轮训基层干部2000名: trained in rotation, as 培训 (the people trained are counted)
  '现有', // 全县现有|社区|日间照料中心46个: "there are" (the tagger says b, "existing"); either way the count is of the noun
  '使', // 用三年时间使|防洪标准全部达到百年一遇: the causative opens the clause whose subject is measured
]);
/** Verbs of change between a phrase and its figure (用时已压缩至68个工作日, 入住率提高到70%). */
export const CHANGE = new Set(['上涨', '下跌', '回落', '下降', '上升', '增长', '提高', '提升', '减少', '增加', '压缩', '缩短', '降低', '扩大', '收窄', '增至', '降至', '提高到', '提升到', '压缩至', '缩短至', '降低到', '达到', '保持', '稳定', '控制']);
/** Adverbs and prepositions written between a phrase and its figure (托位数仅为2.8个, 由2021年的18%). */
export const BETWEEN = new Set(['在', '仅为', '仅', '只有', '仅有', '约为', '均为', '分别为', '分别', '已', '已经', '再', '还', '均', '将', '只', '总共', '合计', '至', '到', '由', '从', '为', '的', '比', '较', '同比', '环比', '平均为', '也', '都', '亦', '仍', '仍然', '依然']);
/**
 * Words that are never (part of) an indicator: comparisons (同比增长15%), intentions (力争两到三年),
 * time words of the sentence (目前, 今年), and frequencies the tagger keeps as one word (每季度不少于1次: 每季度/l, while
 * 每年/r already ends the walk): the indicator is what is measured, a noun phrase.
 */
export const NEVER = new Set(['同比', '环比', '较', '比', '距离', '距', '离', '力争', '争取', '确保', '预计', '计划', '力求', '努力', '目前', '现在', '今年', '去年', '年内', '当前',
  '原来', '原先', // 易涝点由原来的418处: the earlier time of a from-to change, like 现在 (taggers say d)
  '每季度', '每季', '每旬', '每周',
  // 重污染天数由|去年同期|的11天: the period a figure is compared with (taggers say n), a time, never what is measured
  '同期', '去年同期', '上年同期', '前年同期', '往年同期',
  // 完好率什么|时候|能达到90%: a question of when asks about the time; it is no noun of what is measured
  '时候', '什么时候']);
/** Verbs of being and having that open a predicate right after a figure: 4.5个|还有差距, 30个|仍是. */
export const BEING = /^[还仍尚也都就]?(?:有|是|差|存在|没有)$/;
/** A share written before its figure: 占比达, 占比为, 占比降至 (taggers cut 占|比降|至), 占比 (then the figure). */
export const SHARE = /占比(?:[已仍还也]?(?:可以|可|要|将|能够|能|应)?(?:达到|达|为|约为|只有|仅为|是|超过|不足|(?:下?降|上?升|提高|提升|降低|增)[至到]|下降|上升|提高|提升|降低|增加|减少))?$/u;
/**
 * A unit of time closing a figure, then a locative of one character (三个月|内, 年|底, 十天|前, 两周|后): a time frame, a deadline,
 * no measure of anything, though taggers glue the locative to the word after (内向/n: 三个月|内向区人大常委会报告).
 */
export const TIME_FRAME = /^[年月天日周时][内前后底]$/u;
/** Locatives that close a time before them (三年内, 年底前, 五年|来 "over the past five years"): they do not open a noun phrase. */
const LOCATIVE_WORDS = new Set(['内', '前', '后', '中', '底', '末', '来', '以内', '之内', '以来', '以后', '以前', '期间']);
export const isLocative = (word: string) => LOCATIVE_WORDS.has(word);
/** A word between a phrase and its figure: a linking or change verb (再压缩 too), an adverb or preposition listed, a year or time word. */
export const between = (t: Token) => t.tag === 't' || betweenWord(t.text);

/** The words of `between` by their text alone, remembered by exact word (bounded): the same few words recur around every figure. */
const betweenWords = new Map<string, boolean>();

function betweenWord(text: string): boolean {
  let known = betweenWords.get(text);
  if (known === undefined) {
    known = LINKING.has(text) || CHANGE.has(text) || BETWEEN.has(text) || NEVER.has(text)
      || (/^[再已还均将仅也都仍亦]/.test(text) && (CHANGE.has(text.slice(1)) || LINKING.has(text.slice(1)))) || (text.length === 2 && REACH_TO.has(text[1]) && REACH.has(text[0])) /* 降到, 减至: taggers' one word */ || /^(?:(?:19|20)\d\d)?年$/.test(text) || /^(?:19|20)\d\d$/.test(text);
    if (betweenWords.size >= 4096) betweenWords.clear();
    betweenWords.set(text, known);
  }
  return known;
}

/** Verbs of attention that open a predicate after a counted noun: 12名组成人员|聚焦…. */
export const FOCUS = new Set(['聚焦', '围绕', '关注', '针对', '就', '对', '实行', '开展', '实施', '推进', '参加', '参与']);

/** Tags that end a noun phrase when walking over it: prepositions, conjunctions, particles, pronouns, adverbs, numerals, measure words, time and place words. */
export function ends(tag: string | undefined): boolean {
  return !!tag && ENDING_TAGS.includes(tag[0]) && tag !== 'eng'; // eng: a Latin word (GDP, CPI), a noun here, no interjection (e)
}
const ENDING_TAGS = 'pcurdmqtfeyo';
/** Adverbs of state that may open a noun phrase after a measure word (48项已实施事项). */
export const STATE = new Set(['已', '未', '已经', '尚未', '正在', '新']);

/**
 * Negating prefixes the tagger cuts off the word they open (不/d|合格率, 未/d|达标率, 无/v|责任事故率,
 * 非/h|户籍人口, 零/m|就业家庭): standing right before the phrase, they are part of it, and leaving them out
 * reverses what is measured (不合格率 is not 合格率).
 */
export const NEGATION = new Set(['不', '未', '非', '无', '零', '没']);
/**
 * Words of manner that name how a process measured by a rate is done (按时办结率, 一次性通过率, 及时处置率,
 * 首次检测合格率, 当场办结率): taggers call them adverbs, conjunctions, numerals or places, but right before
 * a rate they belong to it.
 */
export const MANNER = new Set([
  '按时', '按期', '如期', '及时', '准时', '限时', '即时', '当场', '当日', '当天', '当月', '当年', '首次', '初次', '一次', '一次性',
  '一站式', '全程', '提前', '主动', '同步', '集中', '现场', '网上', '线上', '掌上',
]);
/**
 * Adverbs of effort that open a predicate (网格员|全力|开展排查, 干部|大力|推进): taggers call 全力 and 大力 nouns, but no noun
 * phrase goes on through them.
 */
export const EFFORT = new Set(['全力', '大力', '着力', '尽力', '竭力', '倾力', '合力', '切实', '全面', '积极', '认真', '扎实']);
/** A phrase that names a rate or a measure of a process (办结率, 合格率, 结案比例, 办理时间): what MANNER words qualify. */
export const RATE_NOUN = /(?:率|比例|比重|占比|时间|时长|用时)$/u;
/** Tagged v…, but not vn (a verbal noun): /^v(?!n)/ on the tag, read by code unit. */
export const isVerb = (t: Token) => !!t.tag && t.tag.charCodeAt(0) === 0x76 && t.tag.charCodeAt(1) !== 0x6e;
/** A noun the tagger calls a numeral although it holds none (积水点: 点/m): a noun here. */
export const taggedNumeral = (t: Token) => t.tag === 'm' && !/[\d%零〇○一二两三四五六七八九十百千万亿几数多余半年月日天周]/.test(t.text) && matchUnit(t.text, 0)?.end !== t.text.length; // 元 is a unit
export const isNumeric = (t: Token) => (hasDigitOrPercent(t.text) && !latinCode(t.text)) || (t.tag === 'm' && !taggedNumeral(t));
/** A Latin word with digits is a name, no numeral (PM10, COD5); 5G opens with its digit and stays one. */
const latinCode = (word: string) => { const c = word.charCodeAt(0) | 0x20; return c >= 0x61 && c <= 0x7a; };

/** /[\d%]/.test(word), by code unit (run on every token walked over). */
function hasDigitOrPercent(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || c === 0x25) return true;
  }
  return false;
}
/** Noun-like: a noun of any kind, an idiom or abbreviation, a Latin word (GDP/eng), 率 (整改/v|率/v: taggers call it a verb), or a word the tagger does not know (tagless segmenters). */
export const isNominal = (t: Token) => !t.tag || t.text === '率' || NOMINAL_TAGS.includes(t.tag[0]) || t.tag.startsWith('vn') || ((t.tag === 'x' || t.tag === 'eng') && !isPunct(t.text) && !VERB_DONE.test(t.text)) || taggedNumeral(t);
/**
 * A word the dictionary lacks that is a verb and the aspect particle 了 (交了, 建了, 修了: 15处|交了没有): the predicate, no
 * noun, though taggers leave it unknown (x). Words in 了 the dictionary knows (为了, 除了) are tagged and never reach this.
 */
const VERB_DONE = /^\p{sc=Han}{1,2}了$/u;
/** First letters of the noun-like tags (n, l, j, i, b, s; vn is tested whole). */
const NOMINAL_TAGS = 'nljibs';

/** Nouns of measure and funds that a verb before them qualifies: 审批时间, 出警时间, 检查次数, 接诊|量, 配套资金, 执行|到位|金额, 处理|能力. */
export const MEASURE_NOUN = /(?:时间|时长|用时|周期|工期|天数|次数|人数|率|量|比例|比重|资金|经费|金额|额度|能力|规模)$/u;

/**
 * Nouns of a kind of thing or person that a verb glued before them names (低保|对象, 救助|对象, 充电|设施, 监测|设备, 经营|场所,
 * 服务|网点): the noun alone says only "object", "facility", so the verb is its modifier, no predicate.
 */
export const KIND_NOUN = /^(?:对象|设施|设备|场所|网点|站点|点位|主体|群体)$/u;

/**
 * Words that end a predicate, never a noun phrase, when the tagger leaves them last (商家|共有,
 * 设施|建成, 亩产|平均, 奖励|可达). Nominalised verbs (投诉, 支出, 演出, 放映) are left alone: taggers
 * call them verbs too, so only these listed words and adverbs are cut.
 */
export const PREDICATE_END = new Set(['年均', '日均', '月均', '可', '共有', '建成', '新建', '新增', '提供', '获得', '可获得', '可达', '实行', '完成', '组建', '开展', '连续', '平均', '最高', '最低', '最多', '累计', '全部', '均', '满', '从业满', '现有', '已有', '拥有', '达', '达到', '为', '是']);

/** A last token that belongs to the predicate: a listed word or an adverb. */
export function endsPredicate(t: Token): boolean {
  return PREDICATE_END.has(t.text) || t.tag === 'd';
}

/** Linking words the tagger glued to the noun (分担率为, 工地有, 天数仍, 老年人|口达): cut from the end of the phrase. */
export const GLUED = /(?:(?<=[率数量比额值]|人口)(?:为|达|是|要)|(?<![国私所公])有|共有|仍有|还有|仍|已)$/u;

/** A comparison with the year or period before (同比, 较上年同期 …), as a pattern alternation for figures' subjects. */
export const COMPARISON = '(?:同比|环比|较上年同期|比上年同期|较上年|比上年|较去年同期|比去年同期|较去年|比去年|较同期|比同期)';
/** Scope and time words that open a subject without being part of it (全市, 我省, 今年, 其中 …), as a pattern alternation. */
export const SCOPE_WORDS = '(?:全市|全省|全县|全区|全州|全国|我市|我省|我县|我区|本市|今年|去年|前三季度|上半年|全年|同期|目前|其中)';

/** Where a clause ends: sentence and clause punctuation, brackets, quotes, line breaks (not 、). */
export const CLAUSE_END = new Uint8Array(0x10000);
for (const c of ',。;:!?()“”‘’《》\n') CLAUSE_END[c.charCodeAt(0)] = 1;
/**
 * Where the clause holding \`at\` starts, walking back to a CLAUSE_END; a comma between digits with exactly three digits
 * after it is a thousands separator (1,235件, as numerals.ts reads it), no clause end.
 */
export function clauseStart(view: string, at: number): number {
  let k = at;
  for (;;) {
    while (k > 0 && !CLAUSE_END[view.charCodeAt(k - 1)]) k--;
    if (k < 2 || view.charCodeAt(k - 1) !== 0x2c || !isDigit(view.charCodeAt(k - 2)) || !THREE_DIGITS.test(view.slice(k, k + 4))) return k;
    k--;
  }
}
const THREE_DIGITS = /^\d{3}(?!\d)/;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Longest indicator kept, in code units: a noun phrase, not a clause. */
export const MAX_LENGTH = 16;

/** The span of the tokens `kept` (offsets from `base`), or null for none: UTF-16 code units, end-exclusive. */
export function toSpan(kept: Token[], base: number): [number, number] | null {
  if (!kept.length) return null;
  return [base + kept[0].span[0], base + kept[kept.length - 1].span[1]];
}

/** Rates of growth, which always grow something named before them (增速高于…: shared-head.ts); nouns, though taggers say v. */
export const GROWTH = new Set(['增速', '增幅', '涨幅', '降幅']);

/** Heads that come in pairs, each sharing the other's modifiers when written bare after it (收入…;支出…); nouns before a figure. */
export const PAIRED: Record<string, string> = { 收入: '支出', 支出: '收入', 进口: '出口', 出口: '进口' };
