/**
 * The topic of the inquiry: the object of 对/就/围绕 before 开展专题询问, else other phrasings (the report a
 * meeting reviews when it asks: 分组审议省政府关于…的报告), else a headline line.
 *
 * Example: "…联组会议,对曲靖市群众安全感满意度、法治建设满意度提升工作开展专题询问。" gives
 * 曲靖市群众安全感满意度、法治建设满意度提升工作; "关于政府债务管理情况专题询问发言摘要" (a headline) gives
 * 政府债务管理情况. Spans are [start, end), UTF-16 offsets into the view.
 */
import type { Span } from '../model/span.js';
import { joinWraps, viewSpan } from './session-wraps.js';

/**
 * Words that say what kind of inquiry it is, between the verb and 专题询问 (开展跟踪专题询问,
 * 进行联组专题询问): modifiers, never the topic.
 */
const MODIFIER = '(?:跟踪|联组|首次|集中|再次|现场)';
const MODIFIER_ONLY = new RegExp(`^${MODIFIER}$`, 'u');
/**
 * 开展X专题询问: a topic inside the verb phrase (no 对/就 before it), less a modifier after it (开展X跟踪专题询问); a name in
 * quotes may be part of it ("联合举行长江“十年禁渔”专题询问会", "开展“百千万工程”专题询问"), its quotes closed inside it.
 */
const TOPIC_INSIDE = new RegExp(`(?:开展|进行|举行)([\\p{sc=Han}“‘][\\p{sc=Han}“”‘’]{1,23}?)${MODIFIER}?专题询问`, 'gu');
/** How the inquiry is held, not what about: levels of congress acting together ("开展省市县三级人大联动专题询问"). */
const HOW_HELD = /联动$/u;
/** 人大常委会专题询问X: the body, then 专题询问 as a verb with its object (not 专题询问会 / 专题询问的…). */
const TOPIC_OBJECT = /(?:人大常委会|人大|常务委员会)(?:第[一二三四五六七八九十百零〇两\d]{1,6}次(?:常委会)?会议)?(?:(?:第[一二三四五六七八九十百零〇两\d]{1,6}次)?(?:联组|全体|分组)会议|联组会)?(?:今天|日前|近日)?(?:召开会议|举行会议)?专题询问(?![会的了时中后前,。:、]|问题|答复|情况|结果|实录|纪要|侧记|综述|现场|活动|工作(?:会|的)|\s*(?:速记|整理稿|记录稿|文字稿|发言稿|未校对|\())([\p{sc=Han}“][^,。;:!?\n]{1,40}?)(?=[,。;!?\n]|$|(?:实录|纪要|侧记|综述))/u;
/** …and 跟踪询问, the follow-up inquiry a year on, is one too: "…对农村饮水安全工作开展跟踪询问". */
const TOPIC_VERBS = new RegExp(`(?:开展|进行|展开|举行)(?:了)?(?:一次|一场)?(?:${MODIFIER}?专题询问|跟踪询问)`, 'gu');
/** A lede's plain verb of inquiring: "举行专题询问会,围绕全市高标准农田建设情况进行询问". */
const ASKING_VERBS = /(?:开展|进行|展开)(?:了)?(?:询问|(?:电视|网络|现场)?问政)/gu;
/** A TV inquiry's programme names its theme: "本期聚焦“双减”政策落实", "本期节目围绕老旧小区改造". */
const PROGRAMME_TOPIC = /(?:本期|本次|这期|此次)(?:节目|问政)?(?:聚焦|围绕|关注)([^,。;:!?\n]{2,30})/u;

/**
 * The object of 对/就/围绕 before 开展专题询问, within its clause. A clause ends at , 。 and a column
 * tag's 】 ("【人大代表面对面】县人大常委会就农村饮水安全开展专题询问"), and in the headline also at its
 * separators, a space (the view's fold of U+3000), | or ——, so the topic never runs over them.
 */
export function findTopic(view: string, regions: Span[], title: Span | null): Span | null {
  const found = findTopicPhrase(view, regions, title);
  return found && closedEnd(view, reportSubject(view, found));
}

/** Brackets and quotes that open: a topic never ends in one ("全市营商环境建设情况（实录摘编）": the （ is the genre's). */
const OPEN_END = /[(（\[【〔〖《“‘\s]+$/u;

/** `span` less the opening brackets (and spaces) at its end, when something is left. */
function closedEnd(view: string, span: Span): Span {
  const m = OPEN_END.exec(view.slice(span[0], span[1]));
  return m && m.index > 0 ? [span[0], span[0] + m.index] : span;
}

/**
 * "市人民政府关于全市养老服务体系建设情况的报告" (the report an inquiry goes with) → 全市养老服务体系建设情况: the
 * report's subject is the topic, as in a headline's "关于…的专题询问". One report only: "…关于A的报告和关于B的报告"
 * stays whole.
 */
const REPORT_SUBJECT = /^《?[^关《》]{0,24}?关于([^《》]{2,60}?)(?<!的)的?(?:综合|专项|工作)?报告》?$/u;
function reportSubject(view: string, span: Span): Span {
  const m = REPORT_SUBJECT.exec(view.slice(span[0], span[1]));
  if (!m || m[1].includes('关于')) return span;
  const start = span[0] + m[0].lastIndexOf('关于' + m[1]) + 2;
  // A second report joined to the first with no subject of its own ("关于A的报告和省高级人民法院、省人民检察院有关专项工作
  // 报告"): the first report's subject, A — never the coordination cut inside 专项工作报告.
  const first = FIRST_REPORT_END.exec(m[1]);
  if (first) return [start, start + first.index];
  return [start, start + m[1].length];
}
/** Where the first of two joined reports ends in a subject: "A的报告和…", "A报告、…" (A two characters at least). */
const FIRST_REPORT_END = /(?<=^.{2,}?)(?<!的)的?(?:综合|专项|工作)?报告(?=[和及与、,])/u;

/** An anaphoric report, pointing back to the one just named: 报告, 该报告, 审议报告, 上述两个报告. Never the topic. */
const ANAPHORIC_REPORT = /^(?:该|这|此|上述|以上|前述|本|相关)?(?:[一两二三]?[个份项])?(?:审议)?(?:工作)?报告$/u;
/**
 * A report named by its subject, 关于X的报告 (X group 1): a regex source, no anchor ("关于全市耕地保护工作情况的报告",
 * "关于…的专项工作报告"); intro-labels.ts reads a rapporteur's words with it.
 */
export const NAMED_REPORT = String.raw`关于([^,。;:!?\n关]{2,60}?)(?<!的)的?(?:综合|专项|工作)?报告`;
/** Every report named by its subject in a slice (the last before an anaphor being the one it means). */
const NAMED_REPORTS = new RegExp(NAMED_REPORT, 'gu');
/** An anaphor that may point back to several reports at once: 上述报告, 两个报告. */
const PLURAL_ANAPHOR = /^(?:上述|以上|前述|[两二三几])/u;
/**
 * The report a clause of hearing or reviewing names, the verb of inquiring following it in the same clause or
 * opening the next: "听取市政府关于…的报告并开展专题询问", "在审议…的报告时开展专题询问", "听取了…的报告，并开展专题询问",
 * "在审议…的报告时，召开联组会议开展了专题询问" (the clause of time closed by 时 before its comma).
 */
const HEARD_REPORT = /(?:听取|审议)(?:了)?(?:和审议|并审议)?(?:了)?([^,。;:!?\n]{0,24}?关于[^,。;:!?\n]{2,60}?的?(?:综合|专项|工作)?报告),?\s*(?:并|后|时|之后|期间|同时|以后)?\s*,?\s*$/u;

function findTopicPhrase(view: string, regions: Span[], title: Span | null): Span | null {
  // A record's field line names it outright: "主题：全区义务教育优质均衡发展情况".
  for (const region of regions) {
    if (region === title) continue;
    const field = view.slice(region[0], region[1]);
    // (Only where 主题 or 议题 is written: TOPIC_FIELD is then compiled only for texts that may have one.)
    const m = field.includes('主题') || field.includes('议题') ? TOPIC_FIELD.exec(field) : null;
    if (m) {
      const start = region[0] + m.index + m[0].length - m[1].length;
      return [start, start + m[1].length];
    }
  }
  for (const region of regions) {
    const [s, e] = region;
    const slice = view.slice(s, e);
    const breaks = region === title ? HEADLINE_BREAK : SENTENCE_BREAK;
    // Every 开展专题询问 of the region: "举行专题询问会,就…开展专题询问" names the topic at the second.
    for (const verb of slice.matchAll(TOPIC_VERBS)) {
      const found = objectBefore(slice, verb.index, verb[0].length, breaks, true);
      // ("对去年专题询问发现问题的整改情况开展跟踪询问": an object naming an earlier inquiry's problems points back to it;
      // the matter is named elsewhere, in the headline "…对农村饮水安全工作开展跟踪询问".)
      if (found && /询问/u.test(slice.slice(found[0], found[1]))) continue;
      if (found) return [s + found[0], s + found[1]];
    }
  }
  // "市人大常委会专题询问全市耕地保护工作": 专题询问 as the verb, the topic its object (to the clause end).
  for (const [s0, e] of regions) {
    const m = TOPIC_OBJECT.exec(view.slice(s0, e));
    if (m) {
      const start = s0 + m.index + m[0].length - m[1].length;
      return [start, start + m[1].length];
    }
  }
  // "青石镇人大开展农村人居环境整治专题询问": the topic written between the verb and 专题询问.
  for (const [s0, e] of regions) {
    for (const m of view.slice(s0, e).matchAll(TOPIC_INSIDE)) {
      // ("…联合举行专题询问会,这是首次开展省市县三级人大联动专题询问": how it is held names no topic; the next may.)
      if (HOW_HELD.test(m[1])) continue;
      if (/^(?:了|一次|一场)/u.test(m[1]) || MODIFIER_ONLY.test(m[1]) || !quotesClosed(m[1])) break;
      const start = s0 + m.index + m[0].indexOf(m[1], 2); // (after the two-character verb)
      return [start, start + m[1].length];
    }
  }
  // "举行专题询问会,围绕全市高标准农田建设情况进行询问": the introduction's plain 进行询问 (never the headline's),
  // also a TV inquiry's "围绕…开展电视问政" and its programme's theme ("本期聚焦…").
  const intro = regions.find((r) => r !== title);
  if (intro) {
    const slice = view.slice(intro[0], intro[1]);
    for (const verb of slice.matchAll(ASKING_VERBS)) {
      const found = objectBefore(slice, verb.index, verb[0].length, SENTENCE_BREAK, false);
      if (found) return [intro[0] + found[0], intro[0] + found[1]];
    }
    const programme = PROGRAMME_TOPIC.exec(slice);
    if (programme) {
      const start = intro[0] + programme.index + programme[0].length - programme[1].length;
      return [start, start + programme[1].length];
    }
  }
  // "…第十九次会议分组审议省政府关于养老托育服务体系建设情况的报告。…在分组审议中安排了专题询问环节":
  // an inquiry held while a report is reviewed is about the report (as with 结合审议…的报告 above).
  if (intro) {
    const m = REVIEWED_REPORT.exec(view.slice(intro[0], intro[1]));
    if (m) {
      const start = intro[0] + m.index + m[0].length - m[1].length;
      return [start, start + m[1].length];
    }
  }
  // "聚焦高标准农田建设　市人大常委会开展专题询问": a headline's first part names the topic.
  if (title && title[1] > title[0]) {
    const [s, e] = title;
    const slice = view.slice(s, e);
    for (const verb of slice.matchAll(TOPIC_VERBS)) {
      const sep = HEADLINE_SEPARATOR.exec(slice.slice(0, clauseStart(slice, verb.index, HEADLINE_BREAK)));
      if (!sep) continue;
      const part = clauseStart(slice, sep.index, HEADLINE_BREAK);
      const m = PART_TOPIC.exec(slice.slice(part, sep.index));
      if (m) return [s + part + m[0].length - m[1].length, s + part + m[0].length];
    }
  }
  return null;
}

/** Every quote opened in `phrase` is closed in it (“十年禁渔”), and none is closed that it did not open. */
function quotesClosed(phrase: string): boolean {
  let open = 0;
  for (const c of phrase) {
    if (c === '“' || c === '‘') open++;
    else if (c === '”' || c === '’') { if (--open < 0) return false; }
  }
  return open === 0;
}

/** A field line of a record's header: 主题: / 询问主题: / 议题: and the topic, to the line's end (no sentence: no 。). */
const TOPIC_FIELD = /^[ \t]*(?:(?:专题)?询问)?(?:主题|议题)[ \t]*:[ \t]*([^\n。,:]{2,40}?)[ \t。]*$/mu;
/** Where a clause of the introduction ends: , 。 ; : ! ? and a column tag's 】 (never at a line break: a copied PDF wraps lines mid-clause). */
const SENTENCE_BREAK = /[,。;:!?】]/gu;
/** Where a clause of a headline ends: also at its separators (a space, the view's fold of U+3000, |, ——). */
const HEADLINE_BREAK = /[,。;:!?】|\s]|——/gu;
/** A clause that ends on a headline separator (not on a sentence's punctuation, nor a column tag's 】). */
const HEADLINE_SEPARATOR = /(?:[|\s]|——)\s*$/u;
/** A headline part that names the topic: "聚焦高标准农田建设", "关注…". */
const PART_TOPIC = /^(?:聚焦|围绕|关注|就|对|针对)(\p{sc=Han}[^,。;:!?|\s]{1,30})$/u;
/**
 * The report the meeting reviews: 会议 (this meeting, in the same sentence) then 分组审议 / 听取和审议 / 审议 (了)
 * and the report's name, "…政府关于…的报告". Not a review told as background ("去年10月，常委会听取和审议了…的
 * 报告，提出了审议意见": no 会议 doing it).
 */
const REVIEWED_REPORT = /会议[^。\n]{0,12}?(?:分组审议|听取(?:和|并)?审议|审议|听取)(?:了)?((?:\p{sc=Han}{1,16}?)?关于[^,。;:!?\n]{2,60}?的(?:报告|议案))/u;
/** The topic's object: the first 对/就/围绕 of the clause (the topic itself may hold 就业 or 对外开放). */
const OBJECT = /(?:针对|对|就|围绕|聚焦)(.+)$/u;
/** A clause naming the way of inquiring: "采用分组就座、按席提问的方式", "以视频连线的形式" (not "就改进配餐方式"). */
const METHOD = /(?:采用|采取|运用|以|通过)[^,。;]*?(?:方式|形式|模式)$/u;
/** 结合 "in connection with" names it only when none of those does: 结合大气污染防治法执法检查开展专题询问. */
const JOINED = /结合(?:听取和审议|听取审议|审议)?(.+)$/u;

/** The offset after the last clause break (`breaks`) before `at` (0 when none). */
function clauseStart(slice: string, at: number, breaks: RegExp): number {
  let start = 0;
  for (const m of slice.slice(0, at).matchAll(breaks)) start = m.index + m[0].length;
  return start;
}

/**
 * The topic a verb of inquiring at `at` (of `length`) names in `slice`: the object of the first
 * 对/就/围绕/聚焦 of its clause ("结合审议…的报告": the report, not the reviewing), else (with `next`)
 * "开展专题询问,聚焦全区基层医疗卫生服务能力提升工作。" the next clause's. Offsets into `slice`.
 */
function objectBefore(slice: string, at: number, length: number, breaks: RegExp, next: boolean): Span | null {
  let start = clauseStart(slice, at, breaks);
  const clause = slice.slice(start, at);
  let m = OBJECT.exec(clause) ?? JOINED.exec(clause);
  // "今天我们结合审议市人民政府关于…的报告,开展专题询问": the verb opens its clause (after a few words
  // at most); the report it goes with is named in the clause before.
  if (!m && clause.length <= 6 && start > 0) {
    const before = clauseStart(slice, start - 1, breaks);
    const joined = JOINED.exec(slice.slice(before, start - 1));
    if (joined) {
      start = before;
      at = before + joined.index + joined[0].length;
      m = joined;
    }
  }
  // "…关于X的报告，并结合审议报告开展专题询问": the anaphor names the report named before it, or nothing.
  if (m && ANAPHORIC_REPORT.test(m[1])) {
    let named: RegExpExecArray | null = null;
    let reports = 0;
    for (const r of slice.slice(0, start + m.index).matchAll(NAMED_REPORTS)) (named = r), reports++;
    // ("结合审议上述报告" after two reports names neither alone.)
    if (!named || (reports > 1 && PLURAL_ANAPHOR.test(m[1]))) return null;
    const from = named.index + 2;
    return [from, from + named[1].length];
  }
  // "听取市政府关于…的报告并开展专题询问", "会议听取了…的报告，并开展专题询问": the report heard is the topic.
  if (!m) {
    const before = start > 0 ? clauseStart(slice, start - 1, breaks) : start;
    for (const from of clause.length <= 6 && start > 0 ? [start, before] : [start]) {
      const heard = HEARD_REPORT.exec(slice.slice(from, from === start ? at : start));
      if (!heard) continue;
      const report = from + heard.index + heard[0].indexOf(heard[1]);
      return [report, report + heard[1].length];
    }
  }
  const after = m || !next ? null : /^[,,]\s*(?:聚焦|围绕|针对|就)([^。,;\n]{2,})/u.exec(slice.slice(at + length));
  if (after) {
    const from = at + length + after[0].length - after[1].length;
    // "举行专题询问,就…工作进行询问。": the clause's own verb is no part of its object.
    const verb = /(?:进行|开展|展开)(?:了)?(?:专题)?(?:询问|提问)$/u.exec(after[1]);
    const end = from + after[1].length - (verb && verb.index >= 2 ? verb[0].length : 0);
    return [from, end];
  }
  // "采用分组就座、按席提问的方式开展专题询问": how it is held (就 a word of 就座), never what about.
  if (!m || m[1].length < 2 || METHOD.test(clause)) return null;
  return [start + m.index + m[0].length - m[1].length, at];
}

/**
 * A headline line naming the inquiry by its topic: "关于政府债务管理情况专题询问发言摘要" → 政府债务管理情况,
 * also after the body ("临川市人大常委会关于全市托育服务情况专题询问实录", and a one-character place before it:
 * "市人大常委会关于全市老旧小区改造工作情况的专题询问实录", the commonest form) and with the genre in brackets
 * ("…专题询问(实录)", the view's fold of （）, or "…专题询问【实录】"). The body may also be followed by the topic itself, with no 关于
 * ("临江省人大常委会养老服务体系建设专题询问记录" → 养老服务体系建设: the topic is what lies between the body's
 * 常委会 and 专题询问), or by its meeting first ("…常委会第十次会议养老服务专题询问") and its format ("…第十次会议第二次全体会议关于…
 * 的专题询问实录", "…第十次会议联组会议关于…"); a modifier before
 * 专题询问 (跟踪, 联组) is no part of the topic (nor 对/就 before it, but 就业 and 对外开放 are words), nor is a 跟踪询问 ("云州市人大常委会就业工作跟踪询问实录" → 就业工作) or the
 * record's name after it ("关于城镇老旧小区改造工作专题询问会议纪要", "关于数字政府建设情况的专题询问(记录整理稿)").
 */
/**
 * The document a headline names after the inquiry, maybe in brackets: its record ("纪要", "会议纪要", "实录"), a transcript
 * still being edited ("(记录整理稿)", "(速记稿)"), a digest ("发言摘要"), a live one ("现场实录", "文字直播").
 */
const HEADLINE_GENRE = '现场实录|文字直播|图文直播|现场直播|发言摘要|发言摘编|文字实录|会议纪要|会议记录|记录整理稿|整理稿|记录稿|速记稿|文字稿|记录|纪要|实录|摘要|摘登|报告';
const HEADLINE_TOPIC = new RegExp(
  `^(?:\\p{sc=Han}{0,24}?(?:人大常委会|人民代表大会常务委员会|常委会|人大主席团|人民代表大会主席团|人大工委)(?:第[一二三四五六七八九十百零〇两\\d]{1,6}次(?:常委会|全体)?会议)?(?:(?:第[一二三四五六七八九十百零〇两\\d]{1,6}次)?(?:联组|全体|分组)会议|联组会)?)?` +
    `(?:关于)?(?:对(?!外)|就(?!业))?([\\p{sc=Han}“”、·]{2,30}?)(?:的)?(?:${MODIFIER}?专题|跟踪)询问(?:会)?(?:的)?` +
    `(?:[(【\\[〔]?(?:${HEADLINE_GENRE})[)】\\]〕]?)?$`,
  'u',
);

/**
 * A site's bracketed tags before the headline, naming its genre or column, never its words: "【实录】", "【图文】",
 * "[全文]", "【人大动态】", "【专题询问】" (one or more, short, no punctuation inside; the view folds ［］ to [ ]).
 */
const TAG = String.raw`[【\[〖〔][ \t]*[\p{sc=Han}\w·]{1,8}[ \t]*[】\]〗〕][ \t]*`;
const LEAD_TAGS = new RegExp(`^(?:${TAG})+`, 'u');
const TAGS_ONLY = new RegExp(`^[ \t]*(?:${TAG})+$`, 'u');

/** `line` (of the view) holds such tags and nothing else: "【实录】", "【人大动态】【图文】". */
export function isTagLine(line: string): boolean {
  return TAGS_ONLY.test(line);
}

/** The topic a line of the headline names (the last resort, when the introduction names none), or null. */
export function headlineTopic(view: string, title: Span | null): Span | null {
  if (!title) return null;
  let start = title[0];
  for (const line of view.slice(title[0], title[1]).split('\n')) {
    const found = lineTopic(line);
    if (found) return closedEnd(view, [start + found[0], start + found[1]]);
    start += line.length + 1;
  }
  // A headline broken by the page's width, 专题询问 on the next line ("州人大常委会关于全州脱贫攻坚工作⏎专题询问发言摘要",
  // a gazette's): read joined (session-wraps.ts), the topic's span mapped back to the view.
  const region = joinWraps(view, title);
  const found = region.at ? lineTopic(region.joined) : null;
  return found && closedEnd(view, viewSpan(region, found[0], found[1]));
}

/** `[start, end)` in `line` (a line of the headline) of the topic it names, or null. */
function lineTopic(line: string): Span | null {
  // The headline is read after its tags: "【实录】市人大常委会医疗卫生资源配置专题询问" names its topic as without them.
  const trimmed = line.trimStart();
  const tags = LEAD_TAGS.exec(trimmed)?.[0].length ?? 0;
  const lead = line.length - trimmed.length + tags;
  const m = HEADLINE_TOPIC.exec(line.slice(lead).trim());
  // Not a body ("区人大常委会专题询问实录": the body is no topic) nor a verb ("开展…").
  // Nor a modifier alone ("县人大常委会联组专题询问": 联组 says what kind of inquiry, not what about).
  if (!m || /人大|常委会|会议|询问|开展|进行|举行/u.test(m[1]) || MODIFIER_ONLY.test(m[1])) return null;
  const at = lead + m[0].indexOf(m[1]);
  return [at, at + m[1].length];
}
