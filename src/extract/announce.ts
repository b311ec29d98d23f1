/**
 * Stated counts: the number a speaker announces just before a list.
 *
 * Example: "市政府将从三方面加强和改进工作,推进法治政府建设:一是…" announces 3 ("从三方面");
 * "将采取五项举措:" 5; "从能力素质、审判管理两方面构建8个机制" 8 (the last count before the
 * list: 两方面 only names the groups); "构建“管案、管人、管事”三大体系" 3; "以下几个方面" is an
 * announcement without a number; "补充两点。第一,…" announces 2 (N点 after a verb of speaking, never
 * "两点半" or "提高了两点"); "分三步走:" 3; "着力抓三条。第一条,…" 3 (a bare 条/项/招 closing its
 * clause, the list at once); "原因主要有三个:" 3 (a bare count after 有, the list after the colon). "主要存在四方面问题:…" announces problems, not measures: a count of problems or causes
 * counts only when the marked list follows it directly ("两个方面的问题:一是…", "主要有三个原因。第一,…").
 * Any other short noun phrase, after any measure word, counts when the list follows at once, after a colon,
 * 即 or a comma: the list is the evidence ("推进三项改革:一是…" 3, "从三个维度发力:" 3, "打好三场硬仗:" 3,
 * "织密三张网:" 3, "做到“四个一”:一是…" 4, a quoted
 * formulation's own number); never a place, a time or a unit of people ("覆盖三个县:", "工期三个月:").
 * Closing its sentence with 。, such a count announces the list that opens the next paragraph ("简要报告三个数。⏎一是…")
 * or one it reports ("主要有三个情况。一是…", "我用三组数据来回答。": the noun ends before 来回答).
 * The search covers the sentence of the list's first marker, then the sentence before it.
 * Offsets are UTF-16 code units into the text, 0-based, end-exclusive.
 */
import type { Span } from '../model/span.js';
import { parseNumeral } from './numerals.js';
import { matchUnit } from './units.js';
import { ordinalTermCount } from './ordinal-term.js';
import { isCongressNumeral } from './big-sets.js';

export interface Announcement {
  /** The number announced, or null for "以下几点" and the like. */
  count: number | null;
  /** Start and end of the announcing words in the text ("从三方面", "五项举措"). */
  span: Span;
  /** Counted in 方面 with no noun ("从两方面"): under group headers it counts the groups, not the items. */
  aspects: boolean;
}

export const NUM = '(?<![第\\d.一二两三四五六七八九十])(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
const UNIT = '(个方面|方面|个|项|大|条|点|种|类|招|步|件|张)';
/** Nouns that name what a list enumerates (measures, mechanisms, tasks …). */
/**
 * The noun ends its word: "12个工作站", "3个工作组", "工作人员" count stations, groups and staff, not a list;
 * "20个工作日" is a duration (units.ts), never "20个工作".
 */
export const NOUN = '(?:(举措|措施|机制|体系|工作|任务|重点|方向|路径|办法|做法|制度|行动|工程|要求|原则|环节|问题|原因|因素|困难|短板|不足|差距|到位|层面|阶段|建议|意见|内容|抓手|方式|途径|对策|思路|手段|方面|清单|考虑|体会|看法|想法|打算|事(?![项务业实件]))(?![站室组队所员者证人日]))';
/**
 * Nouns of problems, causes and shortfalls (a diagnosis): what their lists enumerate is no measure, and their parts
 * name no formulation ("三个问题:资金问题、…"). The one lexicon: enumeration-series.ts and formulation-lists.ts read it too.
 */
export const FOUND_NOUNS = '问题|原因|因素|困难|短板|不足|差距|症结|瓶颈';
/** A count of them announces a list only when the list follows at once ("主要有三个原因。第一,…"). */
const FOUND = new RegExp(`^(?:${FOUND_NOUNS})$`);
/**
 * Classifiers that count the items of a list with no noun after them, like 点 ("抓三条:", "推进三项:",
 * "出三招。第一招,…"): a count when it closes its clause and the list follows at once; else a figure
 * ("新建道路三条,").
 */
const ITEM_CLASSIFIER = /^(?:条|项|招)$/;
/** "原因主要有三个:" — a bare count closing its clause after 有/是/为, the list right after the colon. */
const BARE_BEFORE = /(?:有|是|为|包括)$/;
/** One character between the count and its noun (五方面改进举措): no numeral, so counts never merge. */
export const MODIFIER = '(?:(?![一二两三四五六七八九十从在])[\\u4e00-\\u9fff])';
const COUNTED = new RegExp(`(?:从|在|分|就)?${NUM}${UNIT}(?:的)?(?:(${MODIFIER}{0,4}?)${NOUN})?`, 'g');
/**
 * "推进三项改革:", "从三个维度发力,", "做到“四个一”:": a count and 2–6 characters of any noun phrase (or a
 * quoted term) ending right before the separator that the list follows; read only with the list at once.
 */
const SEPARATOR = '(?:\\s*[:,]\\s*(?:即[:,]?\\s*)?|\\s*即[:,]?\\s*)$';
/**
 * "全面发力,具体是:", "推进,主要包括:": a comma and a word saying that the particulars follow, between a count's
 * phrase and the separator; the list still follows at once.
 */
const PARTICULARS = '(?:\\s*,\\s*(?:具体|主要|分别)(?:来说|来讲|而言|包括|如下|是|为|有))?';
/** Any measure word of things done or dealt with: "打好三场硬仗:", "用好三笔资金:", "织密三张网:", "把好三道关:". */
const LISTED_UNIT = '(个方面|方面|个|项|大|条|点|种|类|件|招|场|笔|张|道|批|把|套|轮|块|组)';
/**
 * The noun phrase after the count: 1–6 characters with no numeral ("三张网:", "三项改革:"), or a
 * formulation's 一 and 1–5 more ("四个一批措施:", "三个一律:"), not a rank or an order (一级, 一类, 一流,
 * 一线, 一号, 一期), nor a sum ("3个亿:").
 */
const LISTED_TERM = `((?:一(?![级类等流线号期])${MODIFIER}{1,5}?)|(?![百千万亿])${MODIFIER}{1,6}?)`; // lazy: a verb of MEANS_OF after it is no noun
/** "用三组数据来回答:": the count is the means of a verb of speaking after it; the noun ends before 来. */
const MEANS_OF = '(?:[来去](?:回答|回应|说明|汇报|介绍|报告|概括|交流))?';
const LISTED = new RegExp(`(?:从|在|分|就)?${NUM}${LISTED_UNIT}${LISTED_TERM}${MEANS_OF}${PARTICULARS}${SEPARATOR}`);
/**
 * The same count closing its sentence with 。 (the caller cuts the stop off): "简要报告三个数。⏎一是…", "主要有三个情况。一是…".
 * It announces the list when the list opens the next paragraph or the count is reported or had (a verb of speaking or 有
 * before it); "推进三项改革。一是…" on one line is a deed done, not an announcement.
 */
const LISTED_CLOSED = new RegExp(`(?:从|在|分|就)?${NUM}${LISTED_UNIT}${LISTED_TERM}${MEANS_OF}$`);
const REPORTED = /(?:讲|说|谈|补充|汇报|报告|通报|介绍|回应|回答|分享|概括|归纳|总结|有|用)(?:了|一下|下)?(?:简要|简单)?$/;
/**
 * A quoted formulation announces its count whatever short phrase stands between its closing quote and the
 * separator, as the unquoted one does: a head noun ("采取“四个一批”措施:", "按照“三个全覆盖”的要求:") or the rest
 * of the predicate whose object it is ("围绕“三个聚焦”持续发力:", "以“三个聚焦”为抓手:", "坚持“两个确保”不动摇:",
 * "从“三个方面”持续发力:", "围绕“三个聚焦”全面发力,具体是:"), maybe after a parenthesis naming the parts. The phrase
 * holds no count of its own (a numeral: "围绕“六个聚焦”做了三件事:" counts the things done, LISTED's) and no
 * punctuation. The span is the quoted term's.
 */
const AFTER_QUOTE = '(?:\\([^()\\n]{1,30}\\))?(?:(?![二两三四五六七八九十])[\\u4e00-\\u9fff]){0,8}';
const LISTED_QUOTED = new RegExp(`“${NUM}${LISTED_UNIT}([^“”\\n]{1,6})”${AFTER_QUOTE}${PARTICULARS}${SEPARATOR}`);
/**
 * The same quoted formulation closing its sentence with 。 (the caller cuts the stop off): "着力抓好“三个全覆盖”。一是…",
 * "主要做到“三个强化”。第一,…". Unlike an unquoted count ("推进三项改革。一是…", a deed done), the coined term names the
 * list that follows when the list has its number of items (the list is the evidence): the count, as "三个方面。一是" gives 3.
 */
const LISTED_QUOTED_CLOSED = new RegExp(`“${NUM}${LISTED_UNIT}([^“”\\n]{1,6})”${AFTER_QUOTE}$`);
/**
 * A quoted numeral and one verb, no classifier, whose list's markers repeat the verb: "验收“三看”:一看土壤,二看水源…",
 * "坚持“三靠”。一靠…" (group 2 the empty classifier, group 3 the verb). Without the markers' verb it is no count ("“三农”:").
 */
const QUOTED_VERB = new RegExp(`“${NUM}()([\\u4e00-\\u9fff])”(?:${SEPARATOR}|$)`);
/** Heads of ordinary figures: places, times and units of people or bodies (三个县, 三个月份, 3个工作组). */
export const NOT_LISTED = /(?:[县市区乡镇村省州旗站室组队所员者证人年月天日周时]|社区|街道|季度|小时)$/;
const SOME = /(?:从|就)?(?:以下|如下)?几(?:个方面|方面|点|项|条|件)(?:[\u4e00-\u9fff]{0,4}?(?:举措|措施|工作|建议|意见|事))?/g;

/**
 * The announcement of the list whose first marker starts at `markerStart`, looked for in
 * `[windowStart, markerStart)` of the view; `quoted` marks quoted positions (never counts: “三项制度”).
 * The last count wins, unless the list's `items` are known and an earlier count of the same
 * sentence names them while the last does not: "采取三项措施,确保完成2个试点工作:一是…二是…三是…"
 * announces 3; the 2 is a target figure.
 */
export function findAnnouncement(view: string, markerStart: number, windowStart: number, quoted?: Uint8Array, items?: number): Announcement | null {
  const found = announced(view, markerStart, windowStart, quoted, items) ?? partsNamed(view, markerStart, windowStart, items);
  if (found) return found;
  // "围绕“三个聚焦”开展工作。第一个聚焦是…": the ordinal names its item by the term counted before (ordinal-term.ts).
  const named = ordinalTermCount(view, markerStart, windowStart, items);
  return named && { count: named.count, span: named.span, aspects: false };
}

function announced(view: string, markerStart: number, windowStart: number, quoted?: Uint8Array, items?: number): Announcement | null {
  const own = sentenceBefore(view, markerStart, windowStart);
  MARKER_NOUN.lastIndex = markerStart;
  const noun = MARKER_NOUN.exec(view)?.[1] ?? null;
  MARKER_VERB.lastIndex = markerStart;
  const verb = MARKER_VERB.exec(view)?.[1] ?? null;
  const inOwn = lastIn(view, own, markerStart, quoted, true, items, noun, verb);
  if (inOwn || own <= windowStart) return inOwn;
  // The list opens its sentence: the sentence before may end on its count ("主要有三个原因。第一,…").
  const opens = !/\S/.test(view.slice(own, markerStart));
  let end = own;
  while (end > windowStart && /[\s。!?]/.test(view[end - 1])) end--; // "…着手。\n线网优化方面": skip both ends
  return lastIn(view, sentenceBefore(view, end, windowStart), end, quoted, opens, items, noun, verb);
}

/** The name of a header opening a list ("蓝天保卫战方面," → 蓝天保卫战; "在教育方面," → 教育). */
const HEADER_NAME = /在?([\u4e00-\u9fff]{2,10}?)(?:方面|上)[,:]/y;
/** A numbered formulation's numeral and classifier: 三大, 四个, 5项 (its head follows). */
const NAMED_COUNT = new RegExp(`${NUM}(?:大|个|项|条|种|场)`, 'g');

/**
 * "今年三大保卫战取得阶段性成效。⏎蓝天保卫战方面,…⏎碧水保卫战方面,…": headers each naming a part of a numbered
 * formulation said in the sentence before or the list's own (PART + the formulation's head: 蓝天 + 保卫战) are its
 * parts; the formulation states their count, whatever stands between it and the list. The head is 2–5 characters
 * right after the classifier that the header ends with, a part before it; with `items` known the count must match.
 */
function partsNamed(view: string, markerStart: number, windowStart: number, items?: number): Announcement | null {
  HEADER_NAME.lastIndex = markerStart;
  const header = HEADER_NAME.exec(view);
  if (!header) return null;
  const name = header[1];
  let end = sentenceBefore(view, markerStart, windowStart);
  while (end > windowStart && /[\s。!?]/.test(view[end - 1])) end--;
  let from = sentenceBefore(view, end, windowStart);
  // A line broken mid-sentence (a hard wrap, no stop before the break): the sentence goes on above.
  if (from > windowStart + 1 && view[from - 1] === '\n' && !/[。!?;:\s]/.test(view[from - 2])) from = sentenceBefore(view, from - 1, windowStart);
  let best: Announcement | null = null;
  NAMED_COUNT.lastIndex = from;
  const slice = view.slice(0, markerStart);
  for (let m = NAMED_COUNT.exec(slice); m; m = NAMED_COUNT.exec(slice)) {
    const n = parseNumeral(m[1]);
    const after = m.index + m[0].length;
    if (n === null || n < 2 || (items !== undefined && items !== n)) continue;
    for (let k = Math.min(5, name.length - 1); k >= 2; k--) {
      // (A hard wrap may cut the head, "三大保卫⏎战取得…": read across one line break.)
      const wrapped = view.slice(after, after + k).includes('\n') ? 1 : 0;
      if (name.endsWith(view.slice(after, after + k + wrapped).replace('\n', ''))) { best = { count: n, span: [m.index, after + k + wrapped], aspects: false }; break; }
    }
  }
  return best;
}

/**
 * The classifier a first marker names its items by ("第一方面是" → 方面, "第一项," → 项): of two counts
 * said together ("三个方面八项工作:第一方面…", "从三个方面推出八项措施。第一方面…") the one in that
 * classifier counts this list; the other totals the items of the lists inside it.
 */
const MARKER_NOUN = /第(?:[一二三四五六七八九十]{1,3}|\d{1,2})个?(方面|点|项|条|件|招|步)/y;
/** The verb a first marker repeats from a quoted formulation: 一看 → 看 (“三看”), 一靠 → 靠; never 是/要 (no “三是”). */
const MARKER_VERB = /一(?![是要个方])([\u4e00-\u9fff])/y;

/** Up to 8 characters after where the difficulty lies, none naming measures ("问题主要有以下几点", not "问题我们有三项措施"). */
const TAIL = '(?:(?!措施|举措|办法|对策|做法|打算|思路|路径)[^,;:。]){0,8}';
/**
 * A lead-in that ends by naming problems or causes ("主要存在四方面问题:", "还存在一些不足。", "原因主要是:"),
 * says where the difficulty lies ("“加梯难”主要难在三个方面:", "问题主要有:", "症结在于:"), or names the criteria
 * a result is judged by ("判断防控成效,一是要看…", "唯一的标准是企业满意,第一是要快"): what the list enumerates
 * is then no measure. "下一步,我们将:一是…" and "针对这些问题,我们采取三项措施:" name measures.
 */
const PROBLEMS = new RegExp('(?:' + [
  `(?:存在|面临)[^,;。]{0,12}(?:${FOUND_NOUNS}|薄弱环节)`,
  '原因[^,;。]{0,6}(?:是|有|在于)',
  // "原因主要有三个方面:", "原因大概有这么几个:", "差距主要体现在两个方面:" — not "问题我们有三项措施:" (a measure noun in the tail).
  `(?:难(?:点|处)?|${FOUND_NOUNS})(?:主要|大概|大致|大体|可能)?(?:在于|在|有|表现(?:在|为)|集中在|体现在)${TAIL}`,
  // "主要是两方面原因:", "有三个方面的原因。第一,…", "两方面原因:" opening its clause: a count of causes said as had or
  // being, or alone — never the object of a verb ("针对以上三个问题:", "补齐三个短板:": measures).
  `(?:^\\s*|[,;:]\\s*|是|有|在于|包括)(?:以下|如下|这么|这样)?(?:\\d{1,2}|[一二两三四五六七八九十]{1,3}|几)(?:个方面|方面|个|大|点|条|类|种)?的?(?:主要)?(?:${FOUND_NOUNS})`,
  '问题主要是',
  '(?:^|[,;:]\\s*)(?:判断|衡量|检验|评判)[^,;:。]{1,12}',
  '标准[^,;:。]{0,3}(?:是|有|在于)[^,;:。]{0,10}',
].join('|') + ')[:,]?\\s*$');

/**
 * True when the list at `markerStart` lists problems or causes, not measures: the words right
 * before it (its own sentence, or the sentence before when the list opens one) end by naming them.
 * "针对存在的问题,将采取以下措施:" names measures: the problem noun is not where the lead-in ends.
 */
export function introducesProblems(view: string, markerStart: number, windowStart: number): boolean {
  const own = sentenceBefore(view, markerStart, windowStart);
  if (/\S/.test(view.slice(own, markerStart))) return PROBLEMS.test(view.slice(own, markerStart));
  let end = own;
  while (end > windowStart && /[\s。!?]/.test(view[end - 1])) end--;
  return PROBLEMS.test(view.slice(sentenceBefore(view, end, windowStart), end));
}

/** Start of the sentence ending at `pos`: a line ending in ":" does not end the sentence ("提出五方面改进举措:\n一是"). */
function sentenceBefore(view: string, pos: number, windowStart: number): number {
  let i = pos;
  while (i > windowStart) {
    const ch = view[i - 1];
    if (ch === '\n' && /:\s*$/.test(view.slice(Math.max(windowStart, i - 4), i - 1))) { i--; continue; }
    if (ch === '。' || ch === '!' || ch === '?' || ch === '\n') break; // a sentence end (compared, not matched: this walks every character)
    i--;
  }
  return i;
}

/** `adjacent`: the list starts right after `to` (its own sentence, or the next one when the list opens it). */
/** `markerVerb`: the verb the list's first marker repeats (一看 → 看), for a quoted “三看” before it. */
function lastIn(view: string, from: number, to: number, quoted: Uint8Array | undefined, adjacent: boolean, items?: number, markerNoun: string | null = null, markerVerb: string | null = null): Announcement | null {
  const slice = view.slice(0, to);
  let best: Announcement | null = null;
  /** Counts that name what they count (五项举措, 三点): one of them may be preferred to the last. */
  const named: Announcement[] = [];
  /** Counts in the classifier the list's first marker names (三个方面 for 第一方面): preferred to any other. */
  const marked: Announcement[] = [];
  const atOnce = (end: number) => adjacent && /^[:,\s]*$/.test(view.slice(end, to));
  const consider = (start: number, end: number, count: number | null, noun: string | undefined, aspects = false, unit = '') => {
    if (quoted?.[start]) return;
    // Problems and causes (四方面问题, 三个原因) are announced for a list only when the list follows at once.
    if (noun !== undefined && FOUND.test(noun) && !atOnce(end)) return;
    best = { count, span: [withQuotedLead(view, start, from), end], aspects };
    if (count !== null && !aspects) named.push(best);
    if (count !== null && markerNoun !== null && unit.replace(/^个(?=方面)/, '') === markerNoun) marked.push(best);
  };
  COUNTED.lastIndex = from;
  for (let m = COUNTED.exec(slice); m; m = COUNTED.exec(slice)) {
    const unit = m[2];
    // "贯彻十九大战略部署,一是…": 十五–二十九 before 大 number a party congress, no count of the list (big-sets.ts).
    if (unit === '大' && isCongressNumeral(m[1])) { COUNTED.lastIndex = m.index + 1; continue; }
    // "从四个方面加大工作力度": 从 N方面 modifies the verb after it, whose object is no noun of the count
    // (but "从两方面的工作" and "两方面改进举措" name it).
    const unitEnd = m.index + m[0].indexOf(m[1]) + m[1].length + unit.length;
    const adverbial = /^[从在就]/.test(m[0]) && unit.endsWith('方面') && !!m[3] && view[unitEnd] !== '的';
    const noun = adverbial ? undefined : m[4];
    const end = adverbial ? unitEnd : m.index + m[0].length;
    const points = unit === '点' && !noun && saysPoints(view, m.index + m[0].indexOf(m[1]), end, to);
    // "分三步走:第一步,…": steps counted by 分 are the parts of a plan.
    const steps = unit === '步' && m[0].startsWith('分');
    // "原因主要有三个:第一,…": a bare count after 有 closing its clause with a colon, the list at once.
    const bare = !noun && /^(?:个|项|条|种|类|件)$/.test(unit) && /^:\s*$/.test(view.slice(end, to)) && adjacent
      && BARE_BEFORE.test(view.slice(Math.max(from, m.index - 2), m.index + m[0].indexOf(m[1])));
    // "我们着力抓三条:一是…", "着力抓三条。\n第一条,…": 条/项/招 with no noun close the clause, the list at once.
    const items = !noun && ITEM_CLASSIFIER.test(unit) && atOnce(end);
    if (!noun && unit !== '方面' && unit !== '个方面' && !points && !steps && !bare && !items) { COUNTED.lastIndex = m.index + 1; continue; }
    // "压缩至20个工作日", "用时两个小时": the classifier starts a unit of measure (units.ts), so this is a figure.
    const numeralEnd = m.index + m[0].indexOf(m[1]) + m[1].length;
    const measure = matchUnit(view, numeralEnd);
    if (measure && measure.end > unitEnd) { COUNTED.lastIndex = m.index + 1; continue; }
    const n = parseNumeral(m[1]);
    if (n !== null && n >= 2) consider(m.index, end, n, noun, unit.endsWith('方面') && (!noun || noun === '方面'), unit);
    else COUNTED.lastIndex = m.index + 1;
  }
  // "推进三项改革:一是…": any short noun phrase, the list right after the separator.
  const tail = adjacent ? view.slice(from, to) : '';
  const listed = adjacent ? LISTED.exec(tail) ?? LISTED_QUOTED.exec(tail) ?? closedCount(view, tail, to, items) ?? quotedVerb(tail, markerVerb) : null;
  if (listed) {
    const quotedTerm = listed[0].startsWith('“');
    const start = from + listed.index + (quotedTerm ? 1 : 0); // the span of a quoted term excludes its quotes
    const numeralAt = from + listed.index + listed[0].indexOf(listed[1]);
    const unitEnd = numeralAt + listed[1].length + listed[2].length;
    const n = parseNumeral(listed[1]);
    const measure = matchUnit(view, numeralAt + listed[1].length);
    const figure = !!measure && measure.end > unitEnd; // 三个月, 8个百分点: a measure, not a classifier
    const congress = listed[2] === '大' && isCongressNumeral(listed[1]); // 十九大战略部署: a party congress, as above
    if (n !== null && n >= 2 && !figure && !congress && (quotedTerm || !NOT_LISTED.test(listed[3])) && (!best || (best as Announcement).span[0] < start)) {
      best = { count: n, span: [start, unitEnd + listed[3].length], aspects: false };
      named.push(best);
      if (markerNoun !== null && listed[2].replace(/^个(?=方面)/, '') === markerNoun) marked.push(best);
    }
  }
  SOME.lastIndex = from;
  for (let m = SOME.exec(slice); m; m = SOME.exec(slice)) {
    const bare = m[0].endsWith('几点') ? m.index + m[0].length - 2 : -1; // "几点" with no noun: a time unless spoken of
    if (bare >= 0 && !saysPoints(view, bare, bare + 2, to)) continue;
    if (!best || m.index > (best as Announcement).span[0]) consider(m.index, m.index + m[0].length, null, undefined);
  }
  const last = best as Announcement | null;
  const inMarkerNoun = marked.pop();
  if (inMarkerNoun && last && inMarkerNoun !== last) return inMarkerNoun;
  if (items !== undefined && last && last.count !== null && last.count !== items) {
    const naming = named.filter((a) => a.count === items).pop();
    if (naming) return naming;
  }
  return last;
}

/**
 * LISTED_CLOSED in `tail` (the sentence up to `to`, where 。 stands) when the list opens the next paragraph or the count is
 * reported; else a quoted formulation closing the sentence (LISTED_QUOTED_CLOSED), wherever the list stands.
 */
function closedCount(view: string, tail: string, to: number, items?: number): RegExpExecArray | null {
  if (view[to] !== '。') return null;
  const m = LISTED_CLOSED.exec(tail);
  if (!m) return quotedClosed(tail, items);

  const paragraph = /^。[ \t\u3000]*\n/.test(view.slice(to, to + 8));
  return paragraph || REPORTED.test(tail.slice(Math.max(0, m.index - 6), m.index)) ? m : null;
}

/**
 * LISTED_QUOTED_CLOSED in `tail` when the list after it has as many items as the term's number: "抓好“三个全覆盖”。一是…三是"
 * names its three items; "落实行政执法“三项制度”。一是…二是" does something under the term, its list counts no parts of it.
 * With the items unknown, none.
 */
function quotedClosed(tail: string, items?: number): RegExpExecArray | null {
  const m = items === undefined ? null : LISTED_QUOTED_CLOSED.exec(tail);
  return m && parseNumeral(m[1]) === items ? m : null;
}

/** QUOTED_VERB in `tail` when the list's first marker repeats its verb ("“三看”:一看…"), else null. */
function quotedVerb(tail: string, verb: string | null): RegExpExecArray | null {
  if (verb === null) return null;
  const m = QUOTED_VERB.exec(tail);
  return m && m[3] === verb ? m : null;
}

/** Verbs of speaking before "N点" that make it points of a statement ("补充两点", "讲三点", "说几点"). */
const SAY = /(?:(?:讲|说|谈|补充|强调|汇报|报告|回应|回答|介绍|提|提出|分享|表态|概括|归纳|总结|有)(?:了|一下|下)?|以下|如下)$/;
/** "提高了两点", "下午三点": a change of an index or a clock time, never points of a statement. */
const NOT_POINTS = /(?:提高|提升|增长|增加|上升|上涨|下降|下跌|降低|减少|回落|高出|低于|高于|超出|上午|下午|晚上|凌晨|早上|中午|傍晚|今天|明天|昨天|每天|[日号时])(?:了|约|近|达)?$/;

/**
 * True when "N点" at `[start, end)` announces points of a statement: said with a colon or comma
 * after it ("主要讲三点:"), or closing its sentence right after a verb of speaking
 * ("补充两点。第一,…"); never a clock time ("两点半", "下午两点,") or a change ("提高了两点").
 */
function saysPoints(view: string, start: number, end: number, to: number): boolean {
  const before = view.slice(Math.max(0, start - 6), start);
  if (NOT_POINTS.test(before)) return false;
  const next = end < to ? view[end] : '。';
  if (/[:,]/.test(next)) return true;
  return /[。;!\n]/.test(next) && SAY.test(before);
}

/** "“管案、管人、管事”三大体系": the quoted parts just before the number belong to the announcement. */
function withQuotedLead(view: string, start: number, from: number): number {
  if (view[start - 1] !== '”') return start;
  const open = view.lastIndexOf('“', start - 1);
  return open >= from ? open : start;
}
