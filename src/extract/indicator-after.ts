/**
 * The noun phrase written after a figure, read forwards to a verb, a number or the clause end:
 * the noun a measure word counts, with what qualifies it (已实施事项, 3个试点县), cut before a
 * rank (11个设区市|中排名第5位) and before a predicate (警务室|全覆盖, 20个村|试点).
 *
 * Example: "依托全市已建的1个公益诉讼指挥中心、3个快检快测实验室、11台无人机" → 11台 counts 无人机;
 * "3岁以下婴幼儿托位数" → the age bound counts 婴幼儿. Offsets are UTF-16 code units into the
 * normalized view, spans end-exclusive.
 */
import type { Segmenter, Token } from '../segment/segmenter.js';
import { lexicon } from '../structure/lexicon.js';
import { verbHead } from './cut-compounds.js';
import {
  BEING, EFFORT, FOCUS, LIFE_STAGE, NEGATION, PREDICATE_VERBS, isPunct, STATE,
  between, ends, isLocative, isMarker, isNominal, isNumeric, isVerb, taggedNumeral,
  CLAUSE_END, MAX_LENGTH, toSpan,
} from './indicator-words.js';

/**
 * What opens a rank after the league counted ("11个设区市中排名第5位", "35个大中城市第8名"): the phrase
 * ends before it. Cut on the characters, not the tokens: taggers glue 市中, 排名第.
 */
const RANK_CUT = /[中内]?(?:排名|排在|排行|位居|位列|名列|跃居|稳居|跻身|进入(?=[^,。;:]{0,10}前[\d一二两三四五六七八九十])|居(?=全|第))|第(?=[\d一二两三四五六七八九十]{1,3}[位名])/u;

/**
 * A noun after a measure word: nominal, or one character the tagger leaves as a bare morpheme (zg: 个|村, 个|县,
 * 辆|车, 3个非建制|村) unless it is a function word of that tag (很, 此, 较, 每, 今, 仍, 往 …).
 */
export const nounAfter = (t: Token) => isNominal(t) || (t.tag === 'zg' && t.text.length === 1 && !ZG_FUNCTION.has(t.text));
const ZG_FUNCTION = new Set([...'很此较每今仍往您虽反甚且稍够止啊哦唉曰']);

/** A qualifier of a figure (左右, 上下, 以上, 以内, 之内). */
const CLAUSE_QUALIFIER = /^(?:左右|上下|以上|以内|之内)$/u;

/** Bounds that grade a noun when written between two nominal words (二级以上医院, 规模以上企业, 县级以下单位). */
const GRADE_BOUND = new Set(['以上', '以下']);

/**
 * Verbs of carrying out or going that open a predicate after the noun counted (进行检查, 开展调研, 实地调研, 赴全市, 应询), and
 * verbs of holding (11个乡镇卫生院|共有执业医师186人, 3个园区|拥有…: what the places hold is counted by the next figure).
 */
/** Light verbs that carry an action done to the noun before them (予以通报, 加以整改, 给予处罚). */
const LIGHT_VERBS = new Set(['予以', '加以', '给予', '进行']);

const ACTION_AFTER = /(?:进行|开展|实地|赴|前往|深入|应询|列席|共有|拥有)/u;

/** Modal verbs opening a predicate (需要, 要, 应, 将, 可以, 仍需). */
const MODAL = new Set(['需要', '需', '要', '应', '应当', '应该', '将', '可', '可以', '能', '能够', '必须', '仍需', '尚需', '还需', '有待', '待']);

/** Words of totality that open a predicate after the noun counted (全部设立, 全都开工). */
const TOTALITY = new Set(['全部', '全都', '悉数', '一律']);

/** Words of aspect among the state words: they mark a verb (已实施, 正在建设, 尚未纳入). */
const ASPECT = new Set(['已', '已经', '正在', '尚未', '未']);

/** Words of piloting that close a clause as its predicate after the noun counted (20个村试点). */
const PILOT = new Set(['试点', '示范', '先行', '先试', '推开', '推广']);

/**
 * Tags of words that only modify (distinguishing words b, prefixes h, state words z; not zg, a bare morpheme such as
 * 员 of 管护|员): after a noun they need a noun after them.
 */
const MODIFIER_TAG = /^[bhz]$/;

/** Verbs of purpose after a sum (150亿元|支持…, 500万元|用于…): what follows is what the money is for. */
const PURPOSE = new Set(['支持', '用于', '用来', '扶持', '专项用于']);
/** Localizers closing a noun of place or set (中, 里, 内: 在16个设区市中). */
const LOCALIZER = new Uint8Array(0x10000);
for (const c of '中里内') LOCALIZER[c.charCodeAt(0)] = 1;

/** `t`, one character, is a suffix of institutions glued to the last word kept, itself of two characters or more. */
function institutionHead(t: Token, kept: Token[]): boolean {
  const prev = kept[kept.length - 1];
  if (t.text.length !== 1 || !prev || prev.span[1] !== t.span[0] || prev.text.length < 2 || prev.text === '、') return false;
  return lexicon().orgs.get(t.text)?.has('suffix') === true;
}

/** Drops the last 、 of `kept` and what follows it (the phrase walked ran into another figure's words after it). */
function cutAtSeries(kept: Token[]): void {
  for (let k = kept.length - 1; k > 0; k--) if (kept[k].text === '、') { kept.length = k; return; }
}

/** The noun phrase starting at `pos`: tokens walked forwards until a verb, a number or the clause end. */
export function after(view: string, pos: number, segmenter: Segmenter, population = false): [number, number] | null {
  let to = pos;
  while (to < view.length && to - pos < MAX_LENGTH && !CLAUSE_END[view.charCodeAt(to)]) to++;
  const rank = RANK_CUT.exec(view.slice(pos, to));
  if (rank) to = pos + rank.index;
  // 130个村|左右: a qualifier closing the clause after the noun qualifies the figure (quantity-reading.ts), it is no part of the noun.
  else if (to - pos > 2 && CLAUSE_QUALIFIER.test(view.slice(to - 2, to)) && (to === view.length || CLAUSE_END[view.charCodeAt(to)])) to -= 2;
  // 45家企业|进行检查, 12个区县|实地调研, 三个组|赴全市, 6个部门负责人|应询: a verb of carrying out or going (taggers glue it
  // to its object: 开展调研/n, 组赴/x) opens the predicate after the noun counted; cut on the characters.
  const act = ACTION_AFTER.exec(view.slice(pos, to));
  if (act && act.index > 0) to = pos + act.index;
  if (to === pos) return null; // the clause ends right after the figure: no tokens, no phrase
  // 校园周边200米|范围内无证摊贩: a distance and 范围内/以内 mark out an area, a place of the clause, no noun the figure measures.
  if (/^范围[内外]/u.test(view.slice(pos, pos + 3))) return null;
  const tokens = segmenter.tag(view.slice(pos, to));
  // 安排150亿元|支持|燃气管道改造, 500万元|用于|农村公路建设: a verb of purpose right after the figure says what the money
  // is for; the phrase is its object, and the work named last (改造, 建设) is part of it.
  const purpose = !population && tokens.length > 1 && PURPOSE.has(tokens[0].text) && nounAfter(tokens[1]);
  if (purpose) tokens.shift();
  const kept: Token[] = [];
  // Whether kept holds a nominal token, and one that is neither 、 nor a verb: kept only grows in the loop.
  let nominal = false;
  let nonVerb = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!kept.length && isLocative(t.text)) return null; // 两到三年|内, 6月底|前: a time frame, not a measure of anything
    if ((t.text === '、' && kept.length) || (!kept.length && (STATE.has(t.text) || NEGATION.has(t.text)))) { // 已实施事项, 未纳入窗口, 不达标企业
      kept.push(t);
      nominal ||= nounAfter(t);
      nonVerb ||= t.text !== '、' && !isVerb(t);
      continue;
    }
    // 5个部门、|人均2800元, 5个部门、|12名干部: a 、 whose conjunct runs into another figure joins two figures, not two
    // nouns of one phrase; the phrase ends before it.
    if (isNumeric(t) && !taggedNumeral(t)) { cutAtSeries(kept); break; }
    // 1家二级以上|医院, 3个县级以上|医院, 规模以上|企业: a bound between two nominal words grades the noun after it, part of its name
    // (closing the clause it qualifies the figure instead: 130个村|左右, cut above).
    if (GRADE_BOUND.has(t.text) && kept.length && nounAfter(kept[kept.length - 1]) && tokens[k + 1] && nounAfter(tokens[k + 1])) { kept.push(t); continue; }
    // 100个|充电|口/q, 30个|停车|位/q: a one-character word the tagger reads as a measure word, glued after the verb the
    // walk kept, is the head noun of their compound (充电口), as before a figure (cut-compounds.ts).
    if (verbHead(kept, t)) { kept.push({ ...t, tag: 'n' }); nominal = true; nonVerb = true; continue; }
    if (isPunct(t.text) || (ends(t.tag) && !taggedNumeral(t)) || between(t)) break; // 托位数|仅为
    // 两起事故|一是发生在…: a list marker opens the next clause; 三条建议|很有针对性: an adverb the tagger leaves as a bare
    // morpheme (很/zg) opens the predicate. Neither is part of the noun counted.
    if (kept.length && (isMarker(t.text) || (t.tag === 'zg' && ZG_FUNCTION.has(t.text)))) break;
    // 十二个街道|全部设立, 23个|全部开工: a word of totality after the figure takes all of what is counted into the predicate
    // (taggers say n); it is never the noun counted.
    if (TOTALITY.has(t.text)) break;
    // 1200名网格员|全力开展排查: an adverb of effort opens the predicate, though taggers call it a noun (indicator-words.ts).
    // (12个|全面覆盖的站点: in a relative clause closed by 的 it qualifies the noun counted, read on.)
    if (EFFORT.has(t.text) && !view.slice(pos, to).includes('的')) break;
    // A verb of being right after the figure opens the predicate (目标4.5个|还有差距); after an
    // age the population it bounds is the first noun (3岁以下婴幼儿|托位数, 60岁以上老年人|口达).
    if ((!kept.length && BEING.test(t.text)) || (population && nominal)) break;
    // 二十一座|需要除险加固: a modal verb right after the figure opens the predicate; what the figure counts is not written.
    // (3个|需要整改的问题: a relative clause closed by 的 qualifies the noun counted, read on.)
    if (!kept.length && MODAL.has(t.text) && !view.slice(pos, to).includes('的')) return null;
    if (t.tag?.startsWith('a') && nominal) break; // 警务室|全覆盖
    const next = tokens[k + 1];
    // 12个项目|主要是, 8家水泥企业|超低排放改造: after the noun, a distinguishing word or prefix (主要/b, 超低/h) not
    // followed by a noun modifies the predicate, not the noun (单位主要负责人 goes on).
    if (nominal && MODIFIER_TAG.test(t.tag ?? '') && !(next && nounAfter(next))) break;
    // 9个县区|中排第2位, 7个乡镇|中有3个: a localizer after the noun closes the set a rank or a part is taken from; taggers
    // glue it to the word after (中排/j, 中有/x), while nouns that open with it (中心/n, 内容/n) stay words.
    // (A tagless segmenter's lone character says nothing: 大|中|城市.)
    if (nominal && LOCALIZER[t.text.charCodeAt(0)] && t.tag !== undefined && !t.tag.startsWith('n')) break;
    // 选择20个村|试点, 在3个县|先行: a word of piloting closing the clause after the noun counted is its predicate
    // (pilot in 20 villages); before a noun it qualifies it (3个试点县).
    if (nominal && PILOT.has(t.text) && (k === tokens.length - 1 || isPunct(tokens[k + 1].text))) break;
    // A verb inside the phrase is kept only when a noun follows it (公益诉讼指挥中心); else it starts the predicate.
    // (after a verb of purpose the work closing the clause is what the money is for: 燃气管道|改造)
    const work = purpose && !next && t.text.length === 2 && nominal && kept[kept.length - 1].span[1] === t.span[0];
    // 乡镇污水处理|站/v, 安全监管|站: a suffix of institutions (organizations.utf8: 站, 所, 室) of one character glued to the
    // phrase is the head noun of the institution counted, though taggers read the character as a verb.
    if (isVerb(t) && nominal && institutionHead(t, kept)) { kept.push({ ...t, tag: 'n' }); continue; }
    if (isVerb(t) && nonVerb && !(next && nounAfter(next) && next.tag !== undefined) && !work) break;
    if (nominal && (PREDICATE_VERBS.has(t.text) || FOCUS.has(t.text)) && !work) break; // 组成人员|聚焦科技成果, 时间|实现
    // 14家企业|予以通报, 问题|加以整改: a light verb after the noun opens the predicate; the action it carries is done to them.
    if (nominal && LIGHT_VERBS.has(t.text)) break;
    kept.push(t);
    // 80周岁以上|高龄|老人: a stage of life only qualifies the population the bound counts, it is not that noun.
    nominal ||= nounAfter(t) && !(population && LIFE_STAGE.has(t.text));
    nonVerb ||= t.text !== '、' && !isVerb(t);
  }
  const work = purpose && kept.length > 1 && isVerb(kept[kept.length - 1]) && kept[kept.length - 1].text.length === 2 && nounAfter(kept[kept.length - 2]) ? kept.pop() : undefined;
  while (kept.length && (kept[kept.length - 1].text === '、' || kept[kept.length - 1].tag === 'a' || isVerb(kept[kept.length - 1]))) kept.pop();
  if (work && kept.length && kept[kept.length - 1].span[1] === work.span[0]) kept.push(work);
  // 8宗|正在依法|处置中: an aspect word (正在, 已, 未) opens a phrase only with the verb it marks kept (已实施事项, 未纳入窗口);
  // with none it marks the predicate's verb, cut off above, and no noun phrase was read; nor with the verb alone
  // (1座|正在调试, 3个|尚未验收: the verb, a verbal noun to the tagger, is the predicate, and nothing it qualifies follows).
  if (kept.length && ASPECT.has(kept[0].text) && (kept.length <= 2 || !kept.some((t) => t.tag?.startsWith('v')))) return null;
  return kept.some(nounAfter) ? toSpan(kept, pos) : null;
}
