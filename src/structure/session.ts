/**
 * Session metadata from the headline and the introduction.
 *
 * Example: "近日,曲靖市六届人大常委会第二十九次会议举行联组会议,对曲靖市群众安全感满意度、
 * 法治建设满意度提升工作开展专题询问。12名市人大常委会组成人员…" gives body 曲靖市六届人大常委会,
 * meeting 第二十九次会议, format 联组会议, topic 曲靖市群众安全感满意度、法治建设满意度提升工作,
 * statedAskerCount 12 and date null (近日). Each field keeps the span it was read from:
 * [start, end), UTF-16 offsets into the decoded text, matched on the view.
 */
import type { Span } from '../model/span.js';
import type { SessionFrame, TextPair } from './types.js';
import { parseNumeral } from '../extract/numerals.js';
import { warning, type Warning } from '../model/diagnostics.js';
import { isStampLine } from './stamps.js';

type Field = 'title' | 'body' | 'meeting' | 'format' | 'topic' | 'date' | 'statedAskerCount';

const NUM = '[一二三四五六七八九十百零〇两\\d]+';
export const BODY = new RegExp(
  `(?:\\p{sc=Han}{0,12}?(?:省|市|自治区|自治州|州|地区|盟|区|县|旗))?(?:第?${NUM}届)?(?:全国)?(?:人大常委会|人民代表大会常务委员会)` +
  // A township's congress has no standing committee: 青石镇第十八届人民代表大会.
  `|\\p{sc=Han}{1,12}?(?:乡|镇)(?:第?${NUM}届)?人民代表大会(?!常务)`, 'gu');
/** Words a body match may have swallowed in front of the place name: cut after the last of them. */
const LEADING = /^(?:[日号名位])?(?:.*(?:近日|日前|今天|今日|昨天|昨日|上午|下午|晚上|会议由|在|由|据|召开|举行))?/u;
const MEETING = new RegExp(`第${NUM}次(?:常委会)?会议`, 'u');
const FORMAT = /(?:联组|全体|分组)会议|联组会(?!议)/u;
/**
 * Words that say what kind of inquiry it is, between the verb and 专题询问 (开展跟踪专题询问,
 * 进行联组专题询问): modifiers, never the topic.
 */
const MODIFIER = '(?:跟踪|联组|首次|集中|再次|现场)';
const MODIFIER_ONLY = new RegExp(`^${MODIFIER}$`, 'u');
/** 开展X专题询问: a topic inside the verb phrase (no 对/就 before it), less a modifier after it (开展X跟踪专题询问). */
const TOPIC_INSIDE = new RegExp(`(?:开展|进行|举行)(\\p{sc=Han}{2,24}?)${MODIFIER}?专题询问`, 'u');
/** 人大常委会专题询问X: the body, then 专题询问 as a verb with its object (not 专题询问会 / 专题询问的…). */
const TOPIC_OBJECT = /(?:人大常委会|人大|常务委员会)(?:今天|日前|近日)?(?:召开会议|举行会议)?专题询问(?![会的了时中后前,。:、]|问题|答复|情况|结果|实录|纪要|侧记|综述|现场|活动|工作(?:会|的))([\p{sc=Han}“][^,。;:!?\n]{1,40}?)(?=[,。;!?\n]|$|(?:实录|纪要|侧记|综述))/u;
const TOPIC_VERBS = new RegExp(`(?:开展|进行|展开|举行)(?:了)?(?:一次|一场)?${MODIFIER}?专题询问`, 'gu');
/** A lede's plain verb of inquiring: "举行专题询问会,围绕全市高标准农田建设情况进行询问". */
const ASKING_VERBS = /(?:开展|进行|展开)(?:了)?(?:询问|(?:电视|网络|现场)?问政)/gu;
/** A TV inquiry's programme names its theme: "本期聚焦“双减”政策落实", "本期节目围绕老旧小区改造". */
const PROGRAMME_TOPIC = /(?:本期|本次|这期|此次)(?:节目|问政)?(?:聚焦|围绕|关注)([^,。;:!?\n]{2,30})/u;
const FULL_DATE = new RegExp(`(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*[日号]`, 'u');
/** A date in figures: 2023.11.28, 2023-11-28, 2023/11/28 (one separator throughout; not a version 1.2.3 nor a figure 2023.11). */
const NUMERIC_DATE = /(?<![\d.\-/])((?:19|20)\d{2})(?<sep>[.\-/])(\d{1,2})\k<sep>(\d{1,2})(?![\d.%])/u;
const MONTH_DAY = new RegExp(`(${NUM})\\s*月\\s*(${NUM})\\s*[日号]`, 'u');
/** A year of the meeting: not a reporting year ("关于2023年度环境状况…的报告") nor a span (2021—2025年). */
const YEAR = /(?<![\d—–~～-])(\d{4})\s*年(?!度)/u;
/** A date given to the month: "2023年12月下旬" → 2023-12. */
const YEAR_MONTH = new RegExp(`(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*(${NUM})\\s*月(?!\\s*[\\d一二三四五六七八九十]+\\s*[日号])`, 'u');
const VAGUE_DATE = /近日|日前|近期|前不久|日前/u;
/** (Not an ordinal: "第一位提问的是…委员某" names who asks first, and counts nobody.) */
const ASKER_COUNT = new RegExp(`(?<!第\\s*[一二三四五六七八九十百零〇两\\d]*)(${NUM})\\s*(?:名|位)\\p{sc=Han}{0,16}?(?:组成人员|委员|人大代表|代表)|(?:组成人员|委员|代表)[^,。;]{0,16}?共\\s*(${NUM})\\s*(?:人|名|位)`, 'u');

export interface SessionInput {
  /** The headline line's content, when the first line is one. */
  title: Span | null;
  /** From the start of the text to the first question section. */
  intro: Span | null;
  /**
   * The date written before or after the headline ("2023年11月28日 省人大常委会…专题询问"), kept out of `title`:
   * a dateline, ranked like `frameDate` (the lede's date first; its year for a lede's "11月28日").
   */
  dateline?: Span | null;
  /** A date found in the page frame ("发布时间:2025-06-27", a briefing's issue date), used when the introduction gives none. */
  frameDate: { iso: string; span: Span } | null;
  /** The first line of the first question, read last: a lede that opens on a question names the meeting there. */
  opening?: Span | null;
  /** After the last question: a report may count its askers at the end ("本次联组会议共有8位委员和代表进行了询问"). */
  closing?: Span | null;
  /**
   * The chair's opening turn heading the first question ("杭某:同志们,…对省政府关于…的报告开展专题询问。…先请卜某委员提问。"):
   * read after the introduction and the headline, for the topic, the format and the count of askers too.
   */
  chairOpening?: Span | null;
}

/**
 * Read the session fields from the title and the introduction. A month and day read with no year to
 * give them ("新华社北京10月23日电", and no year in the headline or the page frame) leave `date` null
 * and add a `date-without-year` warning on the month and day to `warnings`.
 */
export function readSession(pair: TextPair, input: SessionInput, warnings: Warning[] = []): SessionFrame {
  const { view, text } = pair;
  const spans: Record<Field, Span | null> = { title: input.title, body: null, meeting: null, format: null, topic: null, date: null, statedAskerCount: null };
  // The introduction first (it names the meeting), then the headline.
  const regions = [input.intro, input.title, input.chairOpening].filter((s): s is Span => !!s && s[1] > s[0]);
  // Where the meeting itself may be named: also the first question's line (never its topic or a count of askers, unless the chair's opening).
  const meetingRegions = input.opening && input.opening[1] > input.opening[0] ? [...regions, input.opening] : regions;
  const find = (re: RegExp): Span | null => {
    for (const [s, e] of meetingRegions) {
      const m = re.exec(view.slice(s, e));
      if (m) return [s + m.index, s + m.index + m[0].length];
    }
    return null;
  };
  spans.body = findBody(view, meetingRegions);
  spans.meeting = find(MEETING);
  spans.format = find(FORMAT);
  spans.topic = findTopic(view, regions, input.title) ?? headlineTopic(view, input.title);
  let statedAskerCount: number | null = null;
  const count = findAskerCount(view, input.closing && input.closing[1] > input.closing[0] ? [...regions, input.closing] : regions);
  if (count) {
    const m = ASKER_COUNT.exec(view.slice(count[0], count[1]));
    statedAskerCount = parseNumeral(m?.[1] ?? m?.[2] ?? '');
    // "5位常委会组成人员和2位省人大代表先后提问": the counts add up.
    const more = m?.[1] ? MORE_ASKERS.exec(view.slice(count[1], count[1] + 30)) : null;
    if (more && statedAskerCount !== null) {
      statedAskerCount += parseNumeral(more[1]) ?? 0;
      spans.statedAskerCount = [count[0], count[1] + more[0].length];
    } else spans.statedAskerCount = count;
  }
  // A dateline ranks with the page's date, below the lede's (a year-less one is read after the lede).
  const dateline = input.dateline && input.dateline[1] > input.dateline[0] ? input.dateline : null;
  // The headline's own year gives a year-less month and day theirs ("2023年…专题询问综述" over "11月28日,…").
  const headline = [input.title, dateline].filter((r): r is Span => !!r && r[1] > r[0]);
  const datelineDate = dateline ? readDate(view, [dateline], null, headline).date : null;
  // (Never from the chair's words: "到2025年12月底前" dates no meeting.)
  const dated = regions.filter((r) => r !== input.chairOpening);
  const { date, yearless } = readDate(view, dateline && !datelineDate ? [...dated, dateline] : dated, datelineDate?.iso.length === 10 ? datelineDate : input.frameDate, headline);
  spans.date = date?.span ?? null;
  if (!date && yearless) {
    warnings.push(warning('date-without-year', `the text gives the month and day (${text.slice(yearless[0], yearless[1])}) but no year to go with them; date left null`, yearless));
  }
  const slice = (s: Span | null) => (s ? text.slice(s[0], s[1]) : null);
  return {
    title: slice(spans.title), body: slice(spans.body), meeting: slice(spans.meeting), format: slice(spans.format),
    topic: slice(spans.topic), date: date?.iso ?? null, statedAskerCount, span: input.intro, spans,
  };
}

/** Attending, not asking: "12名镇人大代表参加", "30余名代表列席". */
const ATTENDING = /^[^,。;]{0,8}?(?:参加|出席|列席|参会|旁听|到会)/u;
const ASKING = /询问|提问|发问|追问|问/u;

/** A second count joined to the first: "…和2位省人大代表". */
const MORE_ASKERS = new RegExp(`^\\s*[和及、]\\s*(${NUM})\\s*(?:名|位)\\p{sc=Han}{0,16}?(?:组成人员|委员|人大代表|代表)`, 'u');
const ASKER_COUNTS = new RegExp(ASKER_COUNT.source, 'gu'); // matchAll copies it: no state is shared

/** The first count of askers in the regions, skipping counts of those who attend without asking. */
function findAskerCount(view: string, regions: Span[]): Span | null {
  const re = ASKER_COUNTS;
  for (const [s, e] of regions) {
    const slice = view.slice(s, e);
    for (const m of slice.matchAll(re)) {
      const rest = slice.slice(m.index + m[0].length);
      const clause = rest.slice(0, rest.search(/[,。;]|$/u));
      if (ATTENDING.test(rest) && !ASKING.test(clause)) continue;
      return [s + m.index, s + m.index + m[0].length];
    }
  }
  return null;
}

/** The congress standing committee holding the meeting: preferably the one followed by its meeting. */
function findBody(view: string, regions: Span[]): Span | null {
  let best: { span: Span; score: number } | null = null;
  for (const [s, e] of regions) {
    const slice = view.slice(s, e);
    for (const m of bodyMatches(slice)) {
      const lead = LEADING.exec(m[0])?.[0].length ?? 0;
      const span: Span = [s + m.index + lead, s + m.index + m[0].length];
      // Better: named with its place or term, and followed by its meeting. A body named in full
      // (渝北新区人大常委会, in the headline) beats one named by its level only (区人大常委会, in
      // "地点:区人大常委会第一会议室" or "市人大常委会第三十次会议").
      MEETS.lastIndex = m.index + m[0].length;
      const score = (namedInFull(view.slice(span[0], span[1])) ? 3 : 0) + (MEETS.test(slice) ? 2 : 0);
      if (!best || score > best.score) best = { span, score };
    }
  }
  return best?.span ?? null;
}

/** The words that end a body's name, and the level words that alone name no place (区人大常委会). */
const BODY_WORD = /(?:人大常委会|人民代表大会常务委员会|人民代表大会)$/u;
const LEVEL_ONLY = /^(?:省|市|县|区|州|自治区|自治州|地区|盟|旗)?$/u;

/** True when a body is named by its place (渝北新区, 某市) or its term (市十七届, 十四届全国), not by its level alone. */
function namedInFull(body: string): boolean {
  const place = body.replace(BODY_WORD, '');
  return !LEVEL_ONLY.test(place);
}

/** After the body: its meeting or what it holds ("第二十九次会议", "举行", "召开"…). */
const MEETS = new RegExp(`\\s*(?:第${NUM}次|举行|召开|组织|开展|党组|主任会议)`, 'uy');

/**
 * Every BODY match of `slice`, as `slice.matchAll(BODY)` gives them, tried only near the words
 * every match holds (人大常委会, 人民代表大会): a match runs from its start to such a word over
 * Han characters and digits only, so it starts within the run of such characters before the
 * first of those words not yet passed. (Scanning the whole introduction with the lazy place
 * prefix at every offset cost more than the rest of the session reading.)
 */
export function bodyMatches(slice: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    const a = slice.indexOf('人大常委会', from);
    const b = slice.indexOf('人民代表大会', from);
    const word = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    if (word < 0) return out;
    let start = word;
    while (start > from && !breaksRun(slice.charCodeAt(start - 1))) start--;
    let found: RegExpExecArray | null = null;
    for (let p = start; p <= word && !found; p++) {
      if (p > 0 && (slice.charCodeAt(p) & 0xfc00) === 0xdc00 && (slice.charCodeAt(p - 1) & 0xfc00) === 0xd800) continue; // inside a surrogate pair
      BODY_AT.lastIndex = p;
      found = BODY_AT.exec(slice);
    }
    if (found) {
      out.push(found);
      from = found.index + found[0].length;
    } else from = word + 1;
  }
}
const BODY_AT = new RegExp(BODY.source, 'uy');

/** A character no BODY match holds before its 人大常委会: ASCII other than a digit, or CJK punctuation. */
function breaksRun(c: number): boolean {
  if (c < 0x80) return c < 0x30 || c > 0x39;
  return RUN_BREAKS.has(c);
}
const RUN_BREAKS = new Set([...'\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff08\uff09“”‘’《》【】…—·\u3000'].map((ch) => ch.charCodeAt(0)));

/**
 * The object of 对/就/围绕 before 开展专题询问, within its clause. A clause ends at , 。 and a column
 * tag's 】 ("【人大代表面对面】县人大常委会就农村饮水安全开展专题询问"), and in the headline also at its
 * separators, a space (the view's fold of U+3000), | or ——, so the topic never runs over them.
 */
function findTopic(view: string, regions: Span[], title: Span | null): Span | null {
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
    const m = TOPIC_INSIDE.exec(view.slice(s0, e));
    if (m && !/^(?:了|一次|一场)/u.test(m[1]) && !MODIFIER_ONLY.test(m[1])) {
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
/** The topic's object: the first 对/就/围绕 of the clause (the topic itself may hold 就业 or 对外开放). */
const OBJECT = /(?:针对|对|就|围绕|聚焦)(.+)$/u;
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
  const after = m || !next ? null : /^[,,]\s*(?:聚焦|围绕|针对|就)([^。,;\n]{2,})/u.exec(slice.slice(at + length));
  if (after) {
    const from = at + length + after[0].length - after[1].length;
    // "举行专题询问,就…工作进行询问。": the clause's own verb is no part of its object.
    const verb = /(?:进行|开展|展开)(?:了)?(?:专题)?(?:询问|提问)$/u.exec(after[1]);
    const end = from + after[1].length - (verb && verb.index >= 2 ? verb[0].length : 0);
    return [from, end];
  }
  if (!m || m[1].length < 2) return null;
  return [start + m.index + m[0].length - m[1].length, at];
}

interface DateReading {
  date: { iso: string; span: Span } | null;
  /** A month and day read with no year to give them (the first such), else null. */
  yearless: Span | null;
}

/**
 * The meeting's date from `regions` (the introduction first), else `frame` (the page's or the issue's
 * date). A month and day with no year take the headline's year when the headline names one year only
 * (`headline`: its spans), else the frame's; never a year of the introduction ("2019年以来", "到2025年底"
 * say nothing of the meeting's year), never the clock's.
 */
function readDate(view: string, regions: Span[], frame: SessionInput['frameDate'], headline: Span[]): DateReading {
  for (const [s, e] of regions) {
    const slice = view.slice(s, e);
    const full = FULL_DATE.exec(slice);
    const figures = NUMERIC_DATE.exec(slice);
    if (figures && (!full || figures.index < full.index) && validDay(figures[3], figures[4])) {
      return { date: { iso: iso(figures[1], figures[3], figures[4]), span: [s + figures.index, s + figures.index + figures[0].length] }, yearless: null };
    }
    if (full) {
      const y = /^\d+$/.test(full[1]) ? full[1] : String(parseNumeral(full[1]));
      return { date: { iso: iso(y, full[2], full[3]), span: [s + full.index, s + full.index + full[0].length] }, yearless: null };
    }
  }
  const year = headlineYear(view, headline);
  let yearless: Span | null = null;
  for (const [s, e] of regions) {
    const slice = view.slice(s, e);
    const md = MONTH_DAY.exec(slice);
    if (!md) continue;
    let y = year;
    // The year of a page's date or a briefing's issue date, which come after the meeting:
    // a meeting on 12月28日 reported in an issue of 2022年1月5日 was held in 2021.
    if (!y && frame) {
      const later = iso(frame.iso.slice(0, 4), md[1], md[2]) > frame.iso;
      y = String(Number(frame.iso.slice(0, 4)) - (later ? 1 : 0));
    }
    const span: Span = [s + md.index, s + md.index + md[0].length];
    if (y) return { date: { iso: iso(y, md[1], md[2]), span }, yearless: null };
    yearless ??= span;
  }
  for (const [s, e] of regions) {
    const ym = YEAR_MONTH.exec(view.slice(s, e));
    if (ym) {
      const y = /^\d+$/.test(ym[1]) ? ym[1] : String(parseNumeral(ym[1]));
      return { date: { iso: iso(y, ym[2], null), span: [s + ym.index, s + ym.index + ym[0].length] }, yearless: null };
    }
  }
  if (regions.some(([s, e]) => VAGUE_DATE.test(view.slice(s, e)))) return { date: null, yearless };
  return { date: frame, yearless };
}

/** The one year the headline names ("2023年全市…专题询问综述"), or null when it names none or several. */
function headlineYear(view: string, headline: Span[]): string | null {
  let year: string | null = null;
  for (const [s, e] of headline) {
    for (const m of view.slice(s, e).matchAll(YEARS)) {
      if (year !== null && m[1] !== year) return null;
      year = m[1];
    }
  }
  return year;
}
const YEARS = new RegExp(YEAR.source, 'gu'); // matchAll copies it: no state is shared

/** A month 1–12 and a day 1–31, in figures. */
function validDay(m: string, d: string): boolean {
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** YYYY-MM-DD, or YYYY-MM when the day is not given. */
function iso(y: string, m: string, d: string | null): string {
  const month = String(parseNumeral(m) ?? 0).padStart(2, '0');
  return d === null ? `${y}-${month}` : `${y}-${month}-${String(parseNumeral(d) ?? 0).padStart(2, '0')}`;
}

/**
 * A line opening on a date or a time word is a lede or a field, never a headline ("2023年11月28日上午…", "近日…"); a
 * year alone opens a headline ("2024年临河县人大常委会首场专题询问聚焦义务教育").
 */
const DATE_OPENING = /^(?:近日|日前|\d{1,2}\s*月|\d{4}\s*年\s*\d{1,2}\s*月)/u;

/**
 * A field of the meeting's record opening the line ("主持人:市人大常委会副主任 滕绍华", "出席人员:…", "议题:…"):
 * a field, never a headline, whether a headline stands above it or not.
 */
const RECORD_FIELD = /^(?:会议)?(?:主持人|主持|出席人员|出席|列席人员|列席|参加人员|参会人员|记录人|记录|议题|议程)\s*:/u;

/** A headline: a short line that is not a sentence of the report (no closing 。, no colon label). */
export function isHeadline(line: string): boolean {
  const s = line.trim();
  // (Nor is a live feed's stamp alone on the first line, "【14:30】": layout, see stamps.ts.)
  return s.length >= 4 && s.length <= 80 && !/[。;:,]$/u.test(s) && !DATE_OPENING.test(s) && !isStampLine(s) && !RECORD_FIELD.test(s);
}

/** A meeting named on a headline's first line: "省十四届人大常委会第十一次会议联组会议". */
const HEADLINE_MEETING = new RegExp(`(?:人大常委会|人民代表大会常务委员会)\\s*第${NUM}次(?:常委会)?会议(?:联组会议|全体会议|联组会)?$`, 'u');
/** What a headline's second line says of it: "关于政府债务管理情况专题询问发言摘要", "耕地保护工作专题询问记录". */
const HEADLINE_INQUIRY = /^关于|专题询问(?:会)?(?:的)?(?:发言摘要|发言摘编|文字实录|记录|纪要|实录|摘要|摘登|报告)?$/u;

/**
 * `second` (a trimmed line of the view right under the headline `first`) is the rest of the headline:
 * the first names the body and its meeting, the second the inquiry ("平川县第十九届人大常委会第十二次会议" /
 * "耕地保护工作专题询问记录").
 */
export function continuesHeadline(first: string, second: string): boolean {
  return HEADLINE_MEETING.test(first.trim()) && isHeadline(second) && HEADLINE_INQUIRY.test(second.trim()) && !/[,。;:?!]/u.test(second);
}

/**
 * A headline line naming the inquiry by its topic: "关于政府债务管理情况专题询问发言摘要" → 政府债务管理情况,
 * also after the body ("临川市人大常委会关于全市托育服务情况专题询问实录") and with the genre in brackets
 * ("…专题询问(实录)", the view's fold of （）).
 */
const HEADLINE_TOPIC = /^(?:\p{sc=Han}{2,24}?(?:人大常委会|人民代表大会常务委员会)(?=关于))?(?:关于)?(?:对|就)?([\p{sc=Han}“”、·]{2,30}?)(?:的)?专题询问(?:会)?(?:的)?(?:\(?(?:发言摘要|发言摘编|文字实录|记录|纪要|实录|摘要|摘登|报告)\)?)?$/u;

/** The topic a line of the headline names (the last resort, when the introduction names none), or null. */
function headlineTopic(view: string, title: Span | null): Span | null {
  if (!title) return null;
  let start = title[0];
  for (const line of view.slice(title[0], title[1]).split('\n')) {
    const lead = line.length - line.trimStart().length;
    const m = HEADLINE_TOPIC.exec(line.trim());
    // Not a body ("区人大常委会专题询问实录": the body is no topic) nor a verb ("开展…").
    if (m && !/人大|常委会|会议|询问|开展|进行|举行/u.test(m[1])) {
      const at = start + lead + m[0].indexOf(m[1]);
      return [at, at + m[1].length];
    }
    start += line.length + 1;
  }
  return null;
}
