/**
 * Lists of a numbered formulation: the parts named right after "N个X:" that each repeat X.
 *
 * Example: "要做到三个全覆盖:水源地保护全覆盖、净化消毒设施全覆盖、水质检测全覆盖,每季度检测一次" gives the
 * formulation 三个全覆盖 (3) and its three parts, each ending with 全覆盖; in "三个统一:统一标准、统一收费、
 * 统一管理" each part begins with 统一. Whatever X is (达标, 不放过, 一批, “更加”): the parts repeating it are
 * the evidence, not a lexicon of heads. The whole term may be quoted ("按照“三个全覆盖”的要求:") or X alone
 * ("三个“更加”:更加注重…"); a head noun or 的 + noun may follow it ("“四个一批”措施:", "三个达标的要求:");
 * then a colon, or a comma and 即 / 分别是 / 包括 ("三个全覆盖,即…"). The parts are joined by 、 (the last two
 * maybe by 和/及/与) up to the end of the clause, and number exactly N.
 * A quoted X ("三个“全覆盖”:") is a formulation whatever follows the separator: the quotes make X a coined term, and the
 * colon says the count is of its parts; then `items` is empty when they are not such a list ("三个“全覆盖”:一是…").
 * The parts may also be clauses set off by ; ("“三个聚焦”:聚焦办事,压缩时限;聚焦共享,…"), or marked parts that each hold X
 * ("三个融合:一是产城融合;二是…"), which confirm the formulation (formulation-clauses.ts).
 * Not lists of places, times, people, bodies or sites ("三个社区:东湖社区、…", "两个部门:…部门", "三个基地:…基地"); a list of problems
 * ("三个问题:资金问题、…") or of a generic noun ("两项措施:甲措施、…") is no formulation.
 * Offsets are UTF-16 code units into the view, 0-based, end-exclusive.
 */
import type { Span } from '../model/span.js';
import type { ItemNode } from './enumeration.js';
import { FOUND_NOUNS, NOT_LISTED, NUM } from './announce.js';
import { parseNumeral } from './numerals.js';
import { partsStart } from './list-start.js';
import { ONE_CHAR_HEAD, commaParts, holdsHead, markedPartsHold, semicolonParts } from './formulation-clauses.js';

export interface FormulationList {
  /** N, the number of parts. */
  count: number;
  /** The formulation: numeral, classifier and X ("三个全覆盖", "三个“更加”"), without a quote around the whole. */
  span: Span;
  /** False when X names no set of its own: a generic noun of measures or problems ("两项措施:甲措施、乙措施"). */
  formulation: boolean;
  /** The parts, unmarked, in order; none when X is quoted and its parts are not a 、-list of X ("三个“全覆盖”:一是…"). */
  items: ItemNode[];
  /**
   * True when the parts define the formulation rather than list what is done: after ,即 / ,也就是 ("三个不缺位,即监管不缺位、…"),
   * or one-clause parts set off by , ("“两个确保”:确保资金安全,确保工程质量"). They are its parts (formulation-definitions.ts),
   * never measures (enumeration-series.ts).
   */
  defines: boolean;
}

/** A figure as X (“三个100%”,即排查率100%、整改率100%…): each part ends with it (formulation-terms.ts). */
const FIGURE = '\\d+(?:\\.\\d+)?(?:[%‰]|[\\u4e00-\\u9fff]{1,3}?)?';
/**
 * NUM, an optional classifier, an optional quote around X (group 3 opens it, group 5 closes it), X and
 * up to 5 characters of a head noun (group 7), or a quote around the whole term (closed by group 5 or
 * 6), then the separator, spaces maybe before it (the view blanks the emphasis marks of "**三个全覆盖**:"). X is read lazily; the code tries each reading of the term.
 */
const OPENING = new RegExp(`${NUM}(个|项|大|条|种|类|张|件|道)?([“‘]?)([\\u4e00-\\u9fff]{1,8}?|${FIGURE})([”’]?)([”’]?)([\\u4e00-\\u9fff]{0,5}?) *(?:,(?:即|也就是|分别是|包括|主要是|主要包括)|:)`, 'g');
/** An opening quote right before the numeral: the whole term is quoted ("“三个全覆盖”的要求:"). */
const OPEN_QUOTE = /[“‘]/;
/** Bodies counted, not a set of parts: "两个部门:发改部门、财政部门" (places, times and people are NOT_LISTED's). */
const BODIES = /(?:部门|单位|机构|企业|公司|学校|医院|项目|城市|国家)$/;
/**
 * Sites, facilities and waters: concrete things named by a modifier before their head noun ("三个基地:种植基地、
 * 加工基地、冷链基地", "两个水库:东风水库、红旗水库", "两个中心:急救中心、血液中心"). Parts ending with such a head
 * name the things counted: a count, no formulation. A policy head (机制, 制度, 体系, 清单, 工程, 行动, 举措) or a
 * verb or state (全覆盖, 到位, 达标, 不放过) is none of these, and parts beginning with X or a quoted X still list.
 */
const THINGS = /(?:基地|中心|园区|产业园|公园|水库|仓库|库区|场馆|展馆|工厂|厂区|码头|港口|港区|车站|口岸|景区|广场|片区|小区|校区|院区|大桥|河道|湖泊|水厂|电站|泵站)$/;
/** Problems and causes: their parts are no measures, and no formulation ("三个问题:资金问题、人员问题、管理问题"). */
const FOUND = new RegExp(`(?:${FOUND_NOUNS})$`);
/** Generic nouns of a list: the parts are a list, but "两项措施" names no formulation. */
const GENERIC = /^(?:个?方面|举措|措施|工作|任务|事|事情|事项|办法|做法|建议|意见|内容|要求|环节|重点)$/;
/**
 * Institutions and works whose marked parts are named instances ("三项机制:一是会商机制;二是…"): the marked list counts
 * them, and only a 、-list of the parts makes the count a formulation.
 */
const INSTANCES = /(?:机制|制度|体系|清单|工程|行动|台账|平台|项目)$/;
/** A verb of doing right before a term ("抓好“三个确保”", "做到三个严格"): its one-clause parts are what is done (measures). */
const ACTED_ON = /(?:抓好|抓实|抓牢|做好|做到|做实|落实|实施|推进|推行|实行|开展|采取|突出)$/;
/** Where the parts end: the end of the clause (the parts themselves are joined by 、). */
const PARTS_END = /[,。;!?\n]/g;
/** A part opening with an ordinal or a number ("第一批次", "1号线", "二期工程"), not a word holding a numeral ("两癌筛查"). */
const ORDINAL = /^(?:第|\d|[一二两三四五六七八九十]+[个号批期次级])/;
/** The joiner of the last two parts ("水量达标和水压达标"). */
const JOINER = /以及|和|及|与/g;

/** Formulation lists whose numeral lies in [from, to) and whose parts end by `to`; `quoted` masks quoted terms (quotes.ts). */
export function findFormulationLists(view: string, from: number, to: number, quoted: Uint8Array): FormulationList[] {
  const out: FormulationList[] = [];
  const slice = view.slice(0, to); // the separator lies before `to`: no scan past it
  OPENING.lastIndex = from;
  for (let m = OPENING.exec(slice); m; m = OPENING.exec(slice)) {
    const list = read(view, m, to, quoted);
    if (list) out.push(list);
    else OPENING.lastIndex = m.index + 1; // a rejected reading may hide a later numeral ("十年来做到三个统一:")
  }
  return out;
}

function read(view: string, m: RegExpExecArray, to: number, quoted: Uint8Array): FormulationList | null {
  const n = parseNumeral(m[1]);
  if (n === null || n < 2 || n > 20) return null;
  const [, numeral, classifier = '', innerOpen, term, close1, close2, tail] = m;
  const defining = /,\s*(?:即|也就是)$/.test(m[0]);
  const outer = OPEN_QUOTE.test(view[m.index - 1] ?? '');
  // A numeral inside a longer quotation is quoted, not said: only the quote of the term itself is read through.
  if (quoted[m.index] && !outer) return null;
  if (/^\d/.test(term) && classifier !== '个') return null; // a figure as X is counted with 个 (三个100%), not 2025年:
  const head = m.index + numeral.length + classifier.length;
  let xs: string[];
  let xAt = head;
  if (innerOpen) { // 三个“更加”: X is the quoted word
    if (!close1 || close2 || outer) return null;
    xs = [term];
    xAt = head + 1;
  } else if (close1) { // “三个全覆盖”的要求: X is the quoted term
    if (!outer || close2) return null;
    xs = [term];
  } else { // 三个全覆盖的要求: X is a prefix of the term, the longest the parts repeat
    const full = term + tail;
    // 三个一: the head 一, its parts opening with 一 and a classifier; 四个不: the negation, each part opening with it.
    xs = ONE_CHAR_HEAD.test(full) ? [full] : [];
    for (let k = full.length; k >= 2; k--) xs.push(full.slice(0, k));
  }
  const start = partsStart(view, m.index + m[0].length); // "三个“全覆盖”:⏎检测全覆盖、…": the parts on the next line
  PARTS_END.lastIndex = start;
  const stop = PARTS_END.exec(view);
  const end = Math.min(stop ? stop.index : view.length, to);
  const parts = split(view, quoted, start, end);
  for (const x of xs) {
    if ((x.length < 2 && !ONE_CHAR_HEAD.test(x)) || NOT_LISTED.test(x) || BODIES.test(x) || FOUND.test(x)) continue;
    // "三个方面的问题:资金方面、…": the term goes on to name problems.
    if (FOUND.test((term + tail).slice(x.length))) continue;
    // The parts joined by 、, else set off by ; ("聚焦办事,压缩时限;聚焦共享,…") or by , ("确保资金安全,确保工程质量":
    // formulation-clauses.ts).
    // (A quoted X may open a later clause of each ;-part: 三个“一律”:凡是…,一律兑现;凡是…,一律清偿: formulation-clauses.ts;
    // so may X when the whole term is quoted, which marks it as coined just as well: “三个一律”:对…的,一律取缔;对…的,一律….
    // An unquoted 三个一律: stays unread, its later clauses no evidence.)
    const ruled = !!innerOpen || outer;
    const listed = (parts && repeating(view, quoted, parts, x, n)) || semicolonParts(view, quoted, start, to, n, x, ruled);
    const clauses = listed ? null : commaParts(view, quoted, start, to, n, x);
    const items = listed ?? clauses;
    // (Clauses right after the term define it, "坚持“两个确保”:确保…,确保…"; after a verb they are acted on: "围绕“3个聚焦”推进:聚焦…,
    // 聚焦…", and so they are when a verb of doing takes the term: "重点抓好“三个确保”:确保…", "做到“三个严格”:严格…".)
    const defines = defining || (!!clauses && !tail && !ACTED_ON.test(view.slice(Math.max(0, m.index - 6), m.index - (outer ? 1 : 0))));
    // "三个基地:种植基地、…": parts ending with a head that names a thing are its names, unless X is quoted.
    const things = !innerOpen && !close1 && THINGS.test(x);
    if (items && things && !view.startsWith(x, items[0][0])) continue;
    const xEnd = xAt + x.length + (innerOpen ? 1 : 0);
    if (items) return { count: n, span: [m.index, xEnd], formulation: !GENERIC.test(x), items: items.map(([s, e]) => ({ marker: null, start: s, end: e, items: [] })), defines };
    // 三个“全覆盖”: + parts of any form: the quotes make X a coined term, the colon makes the count its parts' (no list read).
    if (innerOpen && !GENERIC.test(x)) return { count: n, span: [m.index, xEnd], formulation: true, items: [], defines };
    // "推进三个融合:一是产城融合;二是…融合": marked parts each holding X confirm it (the marked list is the enumeration's).
    // (Not a set in digits, nor instances of an institution: "建立了6项机制:一是取水机制;二是…机制" counts mechanisms.)
    if (!things && !GENERIC.test(x) && !INSTANCES.test(x) && !/\d/.test(numeral) && markedPartsHold(view, quoted, start, to, n, x)) return { count: n, span: [m.index, xEnd], formulation: true, items: [], defines };
  }
  return null;
}

/** The 、-separated parts of [start, end), trimmed; null when one is shorter than two characters (a word list: 市、县). */
function split(view: string, quoted: Uint8Array, start: number, end: number): Span[] | null {
  while (start < end && /\s/.test(view[start])) start++;
  while (end > start && /\s/.test(view[end - 1])) end--;
  const parts: Span[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || (!quoted[i] && view[i] === '、')) {
      // "**水源地保护全覆盖**、…": each part without the spaces the view blanked its emphasis marks to.
      let a = s;
      let b = i;
      while (a < b && view[a] === ' ') a++;
      while (b > a && view[b - 1] === ' ') b--;
      if (b - a < 2) return null;
      parts.push([a, b]);
      s = i + 1;
    }
  }
  return parts;
}

/**
 * The parts when there are `n` of them (the last two maybe joined by 和) and each ends with `x`, or each begins with it;
 * for the head 一, each opens with 一 and a classifier ("三个一:一张清单管到底、一个平台办到底、一支队伍抓到底").
 */
function repeating(view: string, quoted: Uint8Array, parts: Span[], x: string, n: number): Span[] | null {
  if (x === '一') return parts.length === n && parts.every(([s, e]) => holdsHead(view, quoted, s, e, x)) ? parts : null;
  if (parts.length === n) return repeats(view, parts, x) ? parts : null;
  if (parts.length !== n - 1) return null;
  const [s, e] = parts[parts.length - 1];
  const last = view.slice(s, e);
  JOINER.lastIndex = 0;
  for (let j = JOINER.exec(last); j; j = JOINER.exec(last)) {
    const joined = [...parts.slice(0, -1), [s, s + j.index] as Span, [s + j.index + j[0].length, e] as Span];
    if (repeats(view, joined, x)) return joined;
  }
  return null;
}

/**
 * Every part is longer than `x` and ends with it, or every part begins with it. Parts ending with X
 * are named, not numbered: "三个批次:第一批次、第二批次、第三批次" counts batches in order.
 */
function repeats(view: string, parts: Span[], x: string): boolean {
  const longer = parts.every(([s, e]) => e - s > x.length);
  if (!longer) return false;
  if (parts.every(([s]) => view.startsWith(x, s))) return true;
  if (x.length === 1) return false; // 不漏报、不错报: a one-character head opens its parts, it never closes them
  return parts.every(([s, e]) => view.startsWith(x, e - x.length) && !ORDINAL.test(view.slice(s, s + 4)));
}
