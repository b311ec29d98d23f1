/**
 * Session metadata from the headline and the introduction.
 *
 * Example: "近日,曲靖市六届人大常委会第二十九次会议举行联组会议,对曲靖市群众安全感满意度、
 * 法治建设满意度提升工作开展专题询问。12名市人大常委会组成人员…" gives body 曲靖市六届人大常委会,
 * meeting 第二十九次会议, format 联组会议, topic 曲靖市群众安全感满意度、法治建设满意度提升工作,
 * statedAskerCount 12 and date null (近日). Each field keeps the span it was read from:
 * [start, end), UTF-16 offsets into the decoded text, matched on the view. The body, the topic and the
 * date each have their own reading (session-holder.ts and session-body.ts, session-topic.ts, session-date.ts); this module
 * gathers them, counts the askers and tells a headline line from the report's first sentence.
 */
import type { Span } from '../model/span.js';
import type { SessionFrame, TextPair } from './types.js';
import { parseNumeral } from '../extract/numerals.js';
import { warning, type Warning } from '../model/diagnostics.js';
import { isStampLine } from './stamps.js';
import { ADDRESSEE_FIELDS, ASKER_FIELDS, RESPONDER_FIELDS } from './field-labels.js';
import { BODY, findBody } from './session-body.js';
import { findHolder } from './session-holder.js';
import { joinWraps, unwrapped, viewSpan } from './session-wraps.js';
import { NUM, readDate, type FoundDate } from './session-date.js';
import { findTopic, headlineTopic } from './session-topic.js';
import { deliveryLine, withoutSpan } from './delivered-reports.js';

type Field = 'title' | 'body' | 'meeting' | 'format' | 'topic' | 'date' | 'statedAskerCount';

const MEETING = new RegExp(`第${NUM}次(?:常委会)?会议`, 'u');
/**
 * 联组会议, 分组会议; 分组审议 when the inquiry is held in the groups reviewing a report; 专题询问会, a meeting held
 * for the inquiry alone ("勐泉镇人大主席团召开专题询问会").
 */
const FORMAT = /(?:联组|全体|分组)会议|联组会(?!议)|分组审议|专题询问会(?!议)/u;
/**
 * (Not an ordinal: "第一位提问的是…委员某" names who asks first, and counts nobody. Nor 人次, which counts askings:
 * "常委会组成人员和人大代表共14人次进行了提问" may be 9 people asking 14 times.)
 */
const ASKER_COUNT = new RegExp(`(?<!第\\s*[一二三四五六七八九十百零〇两\\d]*)(${NUM})\\s*(?:名|位)\\p{sc=Han}{0,16}?(?:组成人员|委员|人大代表|代表)|(?:组成人员|委员|代表)[^,。;]{0,16}?共\\s*(${NUM})\\s*(?:人(?!次)|名|位)`, 'u');

export interface SessionInput {
  /** The headline line's content, when the first line is one. */
  title: Span | null;
  /**
   * A briefing's masthead above the headline (masthead.ts): its issuing office may name the meeting ("省十四届人大常委会
   * 第十八次会议秘书处　2025年11月27日"), read for the body and the meeting when nothing else names them. Its lines, each
   * read alone (the issue line "第 8 期" is no word of the office under it).
   */
  masthead?: Span[];
  /**
   * The heading of the part the first question stands under ("9月11日下午　联组会议专题询问…", groups.ts): it opens that
   * question, out of the introduction, yet its day is the session's when the introduction gives none.
   */
  partHeading?: Span | null;
  /** From the start of the text to the first question section. */
  intro: Span | null;
  /**
   * The date written before or after the headline ("2023年11月28日 省人大常委会…专题询问"), kept out of `title`:
   * a dateline, ranked like `frameDate` (the lede's date first; its year for a lede's "11月28日").
   */
  dateline?: Span | null;
  /** A date found in the page frame ("发布时间:2025-06-27", a briefing's issue date), used when the introduction gives none. */
  frameDate: FoundDate;
  /** The first line of the first question, read last: a lede that opens on a question names the meeting there. */
  opening?: Span | null;
  /**
   * A feature's lede opening on the first question ("“…?”12月20日上午,在…会议上,委员某的第一个问题就直指…"), then the
   * reporter's paragraphs before anyone answers ("这是…首次就“一老一小”民生服务开展专题询问。"): the introduction the
   * lede pushed into the first question, read for the topic when the introduction and the headline name none.
   */
  ledeNarration?: Span | null;
  /** After the last question: a report may count its askers at the end ("本次联组会议共有8位委员和代表进行了询问"). */
  closing?: Span | null;
  /**
   * The chair's opening turn heading the first question ("杭某:同志们,…对省政府关于…的报告开展专题询问。…先请卜某委员提问。"):
   * read after the introduction and the headline, for the topic, the format and the count of askers too.
   */
  chairOpening?: Span | null;
  /**
   * The session's roster of askers before the first question ("询问人：石某林、赵某凤", "提问人：甲 乙 丙", roster-fields.ts):
   * how many people it names and the field's span. It counts the askers when nothing else in the text does.
   */
  roster?: { count: number; span: Span } | null;
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
  // A report on the inquiry delivered at a later meeting ("——2022年12月27日在…第八次会议上"): the inquiry's own day and
  // meeting, told in the report, are the session's (delivered-reports.ts); the delivery line dates the report, as a page does.
  const delivered = deliveryLine(view, regions);
  const held = (rs: Span[]) => (delivered ? rs.flatMap((r) => withoutSpan(r, delivered)) : rs);
  // (Each region read as if a hard wrap inside a word were joined: "第十八次会议联⏎组会议", session-wraps.ts.)
  const joined = held(meetingRegions).map((r) => joinWraps(view, r));
  const find = (re: RegExp): Span | null => {
    for (const region of joined) {
      const m = re.exec(region.joined);
      if (m) return viewSpan(region, m.index, m.index + m[0].length);
    }
    return null;
  };
  // A congress in session, a committee of the congress or a delegation holding the inquiry is its body, whatever standing
  // committee the chair's title or an attendance list names (session-holder.ts); else the standing committee.
  const holder = findHolder(view, meetingRegions);
  spans.body = holder?.body ?? findBody(view, meetingRegions, input.title);
  spans.meeting = holder?.meeting ?? find(MEETING);
  // (The masthead's office, last: the secretariat of the meeting "省十四届人大常委会第十八次会议秘书处" is that meeting's.)
  for (const line of input.masthead ?? []) {
    if (!spans.body) spans.body = findBody(view, [line], null);
    const m = spans.meeting ? null : MEETING.exec(view.slice(line[0], line[1]));
    if (m) spans.meeting = [line[0] + m.index, line[0] + m.index + m[0].length];
  }
  spans.format = find(FORMAT);
  const lede = input.ledeNarration && input.ledeNarration[1] > input.ledeNarration[0] ? input.ledeNarration : null;
  spans.topic = findTopic(view, regions, input.title) ?? (lede ? findTopic(view, [lede], input.title) : null) ?? headlineTopic(view, input.title);
  let statedAskerCount: number | null = null;
  const field = countField(view, regions);
  const count = field ? null : findAskerCount(view, input.closing && input.closing[1] > input.closing[0] ? [...regions, input.closing] : regions);
  if (field) {
    statedAskerCount = field.count;
    spans.statedAskerCount = field.span;
  } else if (count) {
    const m = ASKER_COUNT.exec(view.slice(count[0], count[1]));
    statedAskerCount = parseNumeral(m?.[1] ?? m?.[2] ?? '');
    // "5位常委会组成人员和2位省人大代表先后提问": the counts add up.
    const more = m?.[1] ? MORE_ASKERS.exec(view.slice(count[1], count[1] + 30)) : null;
    if (more && statedAskerCount !== null) {
      statedAskerCount += parseNumeral(more[1]) ?? 0;
      spans.statedAskerCount = [count[0], count[1] + more[0].length];
    } else spans.statedAskerCount = count;
  } else if (input.roster) {
    statedAskerCount = input.roster.count;
    spans.statedAskerCount = input.roster.span;
  }
  // A dateline ranks with the page's date, below the lede's (a year-less one is read after the lede).
  const dateline = input.dateline && input.dateline[1] > input.dateline[0] ? input.dateline : null;
  // The headline's own year gives a year-less month and day theirs ("2023年…专题询问综述" over "11月28日,…").
  const headline = [input.title, dateline].filter((r): r is Span => !!r && r[1] > r[0]);
  const datelineDate = dateline ? readDate(view, [dateline], null, headline).date : null;
  // (Never from the chair's words: "到2025年12月底前" dates no meeting.)
  const dated = held(regions.filter((r) => r !== input.chairOpening));
  if (input.partHeading && input.partHeading[1] > input.partHeading[0]) dated.push(input.partHeading);
  const headEnd = input.intro?.[1] ?? input.title?.[1] ?? null;
  const deliveredDate = delivered ? readDate(view, [delivered], null, []).date : null;
  let { date, yearless } = readDate(view, dateline && !datelineDate ? [...dated, dateline] : dated, datelineDate?.iso.length === 10 ? datelineDate : input.frameDate ?? deliveredDate, headline,
    input.opening && input.opening[1] > input.opening[0] ? input.opening : null, headEnd ? [0, headEnd] : null);
  // "2023年9月14日 省人大财经委就…开展专题询问" over a lede saying only 近日/日前: the date written before the headline is
  // the one the report gives the meeting (a date after it, "…专题询问　2023年11月28日", may be the page's; a frame's is).
  if (!date && !yearless && datelineDate?.iso.length === 10 && input.title && dateline![0] < input.title[0]) date = datelineDate;
  spans.date = date?.span ?? null;
  if (!date && yearless) {
    warnings.push(warning('date-without-year', `the text gives the month and day (${text.slice(yearless[0], yearless[1])}) but no year to go with them; date left null`, yearless));
  }
  const slice = (s: Span | null) => (s ? text.slice(s[0], s[1]) : null);
  const unwrap = (s: Span | null) => (s ? unwrapped(text.slice(s[0], s[1])) : null);
  return {
    title: readTitle(pair, spans.title), body: unwrap(spans.body), meeting: unwrap(spans.meeting), format: unwrap(spans.format),
    topic: unwrap(spans.topic), date: date?.iso ?? null, statedAskerCount, span: input.intro, spans,
  };
}

/**
 * A field of the record counting the askers: "提问人数：4人", "询问人数：4名", a count for a roster ("提问委员：4名",
 * "询问人：4位委员"), or a roster's own total ("询问人：甲、乙等4人", "询问委员：甲、乙等4位委员"; roster-fields.ts). Its
 * name may be letter-spaced to align a block of fields ("提 问 人 数："). Group 1 the number.
 */
const COUNT_FIELDS = ['提问', '询问', '发问'].flatMap((v) => ['', '委员', '代表'].map((who) => `${v}${who}人数`)).join('|');
const ASKER_COUNT_FIELD = new RegExp(String.raw`^[ \t]*(?:${spaced(`${COUNT_FIELDS}|${ASKER_FIELDS}|询问人员|提问人员|参加询问的委员|参加询问的代表|参加提问的委员|参加提问的代表`)})[ \t]*:[ \t]*(?:[^\n:]{0,80}?等|共)?[ \t]*(${NUM})[ \t]*(?:人(?!次)|名|位)`, 'mu');

/** A regex source of plain words whose characters may stand apart (aligned fields, "主 持 人"): blanks allowed between two Han characters. */
function spaced(words: string): string {
  return words.replace(/(\p{sc=Han})(?=\p{sc=Han})/gu, '$1[ \\t]*');
}

/** The first field counting the askers in the regions, its count and span (the field line from its name to the count's word). */
function countField(view: string, regions: Span[]): { count: number; span: Span } | null {
  for (const [s, e] of regions) {
    const slice = view.slice(s, e);
    if (!slice.includes(':')) continue;
    const m = ASKER_COUNT_FIELD.exec(slice);
    const count = m ? parseNumeral(m[1]) : null;
    if (m && count !== null) {
      const lead = m[0].length - m[0].trimStart().length;
      return { count, span: [s + m.index + lead, s + m.index + m[0].length] };
    }
  }
  return null;
}

/** Attending, not asking: "12名镇人大代表参加", "30余名代表列席". */
const ATTENDING = /^[^,。;]{0,8}?(?:参加|出席|列席|参会|旁听|到会)/u;
const ASKING = /询问|提问|发问|追问|问/u;
/** Asking one question together, not a count of the session's askers: "由阮某、韦某两位委员联合提出", "两位代表共同提问". */
const JOINT = /^\s*(?:联合|共同)/u;
/**
 * The chair's direction calling on some of the askers, not a count of them all: "请两位委员连续提问", "考虑到两位委员的问题
 * 相关,请两位委员连续提问" — a sentence where someone is asked to ask (邀请…参加询问 invites, and may count).
 */
const CALLED = /(?<![邀申提])请[^。;!?\n]{0,12}?(?:提问|询问|发问)/u;

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
      if (JOINT.test(rest)) continue;
      const before = slice.slice(0, m.index);
      const sentence = slice.slice(Math.max(before.search(/[^。;!?\n]*$/u), 0), m.index + m[0].length + rest.search(/[。;!?\n]|$/u));
      if (CALLED.test(sentence)) continue;
      return [s + m.index, s + m.index + m[0].length];
    }
  }
  return null;
}

/**
 * A line opening on a date or a time word is a lede or a field, never a headline ("2023年11月28日上午…", "近日…"); a
 * year alone opens a headline ("2024年临河县人大常委会首场专题询问聚焦义务教育").
 */
const DATE_OPENING = /^(?:近日|日前|\d{1,2}\s*月|\d{4}\s*年\s*\d{1,2}\s*月)/u;

/**
 * A field of the meeting's record opening the line ("主持人:市人大常委会副主任 滕绍华", "出席人员:…", "议题:…"),
 * or of a question's block ("询问人:市人大常委会委员 褚某", "应询人:…", "应询单位:…", field-labels.ts): a field,
 * never a headline, whether a headline stands above it or not; its name maybe letter-spaced ("主 持 人:").
 */
const RECORD_FIELD = new RegExp(String.raw`^(?:(?:会议)?(?:${spaced('主持人|主持|出席人员|出席|列席人员|列席|参加人员|参会人员|记录人|记录|议题|议程')})|${ASKER_FIELDS}|(?:补充)?(?:${RESPONDER_FIELDS})|${ADDRESSEE_FIELDS})\s*:`, 'u');

/** A headline: a short line that is not a sentence of the report (no closing 。, no colon label). */
export function isHeadline(line: string): boolean {
  const s = line.trim();
  // (Nor is a live feed's stamp alone on the first line, "【14:30】": layout, see stamps.ts.)
  return s.length >= 4 && s.length <= 80 && !/[。;:,]$/u.test(s) && !DATE_OPENING.test(s) && !isStampLine(s) && !RECORD_FIELD.test(s);
}

/** A meeting named on a headline's first line: "省十四届人大常委会第十一次会议联组会议", "…第十三次会议第二次全体会议". */
const HEADLINE_MEETING = new RegExp(`(?:人大常委会|人民代表大会常务委员会)\\s*第${NUM}次(?:常委会)?会议(?:(?:第${NUM}次)?(?:联组|全体|分组)会议|联组会)?$`, 'u');
/** A line ending on the inquiry and its record's kind: "…工作情况的专题询问记录", "…专题询问". */
const HEADLINE_INQUIRY_END = /专题询问(?:会)?(?:的)?(?:会议)?(?:发言摘要|发言摘编|文字实录|记录稿|整理稿|文字稿|记录|纪要|实录|摘要|摘登|报告)?$/u;
/**
 * What a headline's second line says of it: "关于政府债务管理情况专题询问发言摘要", "耕地保护工作专题询问记录", or the inquiry
 * as a verb and its object ("专题询问县域义务教育均衡发展工作记录稿", "跟踪询问农村饮水安全工作").
 */
const HEADLINE_INQUIRY = new RegExp(`^关于|^(?:专题|跟踪)询问(?![会的])\\p{sc=Han}|${HEADLINE_INQUIRY_END.source}`, 'u');

/**
 * `second` (a trimmed line of the view right under the headline `first`) is the rest of the headline:
 * the first names the body and its meeting, the second the inquiry ("平川县第十九届人大常委会第十二次会议" /
 * "耕地保护工作专题询问记录"). `blank`: a blank line stands between them (a web copy sets each line of a headline as a
 * paragraph of its own); the second line is then a whole line of the headline, never a wrap of the first.
 */
export function continuesHeadline(first: string, second: string, blank = false): boolean {
  if (/[,。;:?!]/u.test(second)) return false;
  // A headline broken at the page's width inside its last words ("…关于“十四五”规划实施情况的专题询问实" / "录",
  // "…关于全市城镇老旧小区改造" / "工作情况的专题询问实录"): the first line names the inquiry's matter (关于) or the inquiry
  // itself, and only the two lines joined end on the inquiry and its record's kind; the second opens no headline of its own.
  if (!blank && wrappedHeadline(first.trim(), second.trim())) return true;
  if (!isHeadline(second)) return false;
  if (HEADLINE_MEETING.test(first.trim())) return HEADLINE_INQUIRY.test(second.trim());
  // The body alone on the first line ("青山区人大常委会" / "关于全区老旧小区改造工作情况的专题询问记录"): the second
  // line must name the inquiry itself, a line merely opening on 关于 ("关于某某同志任职的决定") being no part of it.
  return BODY_ONLY.test(first.trim()) && HEADLINE_INQUIRY_END.test(second.trim());
}
/** The headline as written; one broken mid-phrase by the page's width (wrappedHeadline) read joined. */
function readTitle({ text, view }: TextPair, span: Span | null): string | null {
  if (!span) return null;
  const title = text.slice(span[0], span[1]);
  const lines = view.slice(span[0], span[1]).split('\n');
  return lines.length === 2 && wrappedHeadline(lines[0].trim(), lines[1].trim()) ? unwrapped(title) : title;
}

/** `first` and `second` are one headline broken mid-phrase: see continuesHeadline. */
function wrappedHeadline(first: string, second: string): boolean {
  if (!second || second.length > 40 || /^关于/u.test(second) || HEADLINE_INQUIRY_END.test(first) || !isHeadline(first)) return false;
  const joined = HEADLINE_INQUIRY_END.exec(first + second);
  return joined !== null && (joined.index < first.length || /关于/u.test(first));
}
/** A line that is a congress body's name and nothing else: "青山区人大常委会", "某市第十七届人民代表大会常务委员会". */
const BODY_ONLY = new RegExp(`^(?:${BODY.source})$`, 'u');
