/**
 * The inquiry record, version 1 (the contract of ../shared/RECORD.md).
 *
 * One record per transcript. Every extracted item carries `span` (half-open,
 * UTF-16 code units into the decoded text) and the exact `text` it was read
 * from. A field the transcript does not give is `null`, never left out.
 * Example: the measure "提升科学民主依法决策水平" of "一是提升科学民主依法决策水平。" has
 * marker 一是 and a span covering the item's text after the marker.
 */
import type { Span } from './span.js';
import type { Warning } from './diagnostics.js';

export const SCHEMA_VERSION = 'inquiry-record/1' as const;

export interface SourceInfo {
  /** File name as given (or "-" for standard input, null when parsing a bare string). */
  name: string | null;
  /** sha256 (hex) of the decoded text, so a consumer can check the spans. */
  sha256: string;
  /** What the decoder found: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "big5". */
  encoding: string;
  /** Length of the decoded text in UTF-16 code units. */
  length: number;
  /** A byte-order mark was present (and stripped before offsets were counted). */
  hasBom: boolean;
  /** Newline convention seen in the text; newlines are kept as they are, spans count them. */
  newline: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}

export type QuantityKind = 'percent' | 'percentage_point' | 'count' | 'quantity' | 'money' | 'year' | 'other';

export interface Quantity {
  /** Surface text, qualifier included ("500余条", "不少于40学时"). */
  text: string;
  /** The number with multipliers applied ("1.5万" → 15000); null when it cannot be read. */
  value: number | null;
  /** "%", "元", "元/人/月" …; for kind other also "比" (a ratio: 19:1 → 19) and "年一遇" (a return period: 50年一遇 → 50); null for a bare figure. */
  unit: string | null;
  kind: QuantityKind;
  /** Short noun phrase naming what is measured (矛盾纠纷化解率), or null. */
  indicator: string | null;
  approximate: boolean;
  /** 余 / 多 / 近 / 约 / 左右 / 以上 / 超过 / 不少于 / 不到 … or null. */
  qualifier: string | null;
  /** [min, max] for "两到三年", else null. */
  range: [number, number] | null;
  /**
   * The way a change went, from the verb of change written right before the figure: "down" after 下降, 减少, 降低,
   * 回落, 下滑, 负增长 (同比下降8.6% → value 8.6, direction down), "up" after 增长, 增加, 提高, 上升, 提升; null for a
   * level or a figure with no such verb (下降到5% is a level). `value` stays as written: a written minus (-2.3%) is
   * negative whatever the direction, so the signed change is −value when down (compare reads it so).
   */
  direction: 'up' | 'down' | null;
  span: Span;
  /**
   * true on a number to call, which names a line and counts nothing (拨打12345, 12319热线, 热线电话0871-1234567:
   * kind other, unit null); absent on every figure. Kept in the list, as hand-checked records list 12345, so a
   * count of figures filters on it.
   */
  identifier?: true;
  /**
   * true on a place in a league table (在全省排第十位 → 10, 位列第2名, 排名前三 → 3 with qualifier 前: kind other, unit 位
   * or 名), which measures no amount of its subject; absent on every figure. Kept in the list (hand-checked records
   * list ranks); compare pairs no rank.
   */
  rank?: true;
}

export interface Formulation {
  text: string;
  /** The number the formulation sums up (六个聚焦 → 6, 一府两院 → 3 when read as parts, else the leading numeral). */
  number: number | null;
  span: Span;
  /**
   * The parts the text spells the formulation out into right after it, as read ("“三个不”,即不知道、不落实、不重视" →
   * 不知道 / 不落实 / 不重视); absent when it spells out none. Their count may differ from `number`: then a
   * stated-count-mismatch warning says so.
   */
  parts?: FormulationPart[];
}

/** One part of a formulation as written: its text and span. */
export interface FormulationPart {
  text: string;
  span: Span;
}

export interface Measure {
  /** 1-based position in its list. */
  index: number;
  /** The marker as written (一是, 第一, (一), 1., 首先, 管案方面 …), or null for unmarked items. */
  marker: string | null;
  /** The item's text, marker excluded, closing punctuation excluded. */
  text: string;
  span: Span;
  /** An inner list, same shape. */
  items: Measure[];
}

export interface Answer {
  /** Person id of the responder speaking where the list stands, or null. */
  responder: string | null;
  /** From the first marker to the end of the last item. */
  span: Span;
  /** The number announced just before the list ("从三方面" → 3), else null. */
  statedCount: number | null;
  /** The words that announced it ("从三方面"), with their span, or null. */
  statedCountText: string | null;
  statedCountSpan: Span | null;
  /** The first marker of the list as written (一是, 第一 …), or "X方面" for header-led paragraphs. */
  marker: string | null;
  measures: Measure[];
}

export type TurnRole = 'asker' | 'responder' | 'narration';

export interface Turn {
  /** Person id, or null for narration or an unattributed stretch. */
  speaker: string | null;
  role: TurnRole;
  text: string;
  span: Span;
  /**
   * The index of the question this turn answers when that is not the question whose section holds
   * it, else null. When members ask one after another and the officials then answer each in turn
   * (集中提问、逐一回答), the answers stand in the last question's section; "针对第一个问题,…局长某
   * 回答说,…" there answers question 1 (its responders, answers, quantities and keywords are
   * question 1's, not the last question's).
   */
  answerTo: number | null;
}

export interface Mention {
  text: string;
  span: Span;
}

export type Role = 'asker' | 'responder';

export interface Person {
  /** Stable within the record: "p1", "p2" … in order of first appearance. */
  id: string;
  /** 2–4 character personal name, or null when named only by office (市某局负责人). */
  name: string | null;
  /** Title chains as written, one per distinct chain ("市人大常委会委员、麒麟区人大常委会主任"). */
  titles: string[];
  /** The institution the person answers for, from the head of the title (市政府), or null. */
  organization: string | null;
  roles: Role[];
  /** Every place the person is named. */
  mentions: Mention[];
}

export interface Question {
  index: number;
  /** As written ("问题一", "一、", "问"), or null. */
  label: string | null;
  /**
   * The question as written (for a 问题X: header, the sentence after the colon). A header that only
   * names a topic ("询问一:学校食堂监管", "(一)关于…问题。": no question mark, no interrogative word)
   * heads the exchange: the text is then what the asker says under it (the header stays a narration turn).
   */
  text: string;
  /** The span of `text`. */
  span: Span;
  /** The whole section this question covers (header to the line before the next question). */
  sectionSpan: Span;
  askers: string[];
  /** Organizations the question is put to, as written ("市政府", "市检察院"). */
  addressees: string[];
  responders: string[];
  turns: Turn[];
  answers: Answer[];
  quantities: Quantity[];
  formulations: Formulation[];
  keywords: string[];
  followUpOf: number | null;
  /**
   * The part of the inquiry the question stands under, when the text is set out in parts
   * ("第二场：农村饮水安全", "第一组：作业负担真的减了吗？", "下午场"): the last such heading before
   * the question, or null. The heading's line itself is a narration turn of the first question under it.
   */
  group: Group | null;
  /**
   * Set when the question is a written answer appended to the transcript (书面答复: "附:书面答复\n一、关于宋志强
   * 委员所提“…”问题的答复\n区税务局:\n今年…"), not an exchange of the meeting; null for the oral exchanges. Its
   * askers are the members the appendix names, its addressee the office that answers, its responder turns have no
   * person (an office writes them) and its answers and quantities are the written answer's.
   */
  written: WrittenAnswer | null;
}

/** A written answer appended to the transcript: who wrote it, and under which heading. */
export interface WrittenAnswer {
  /** The office that answers, as written ("区税务局", from its label "区税务局:" or the heading), or null. */
  organization: string | null;
  organizationSpan: Span | null;
  /** The appendix's heading as written ("附:书面答复", "附件:区税务局书面答复"), or null when an answer's own heading opens it. */
  heading: string | null;
  headingSpan: Span | null;
}

/** A heading of a part of the inquiry, between exchanges: "第二场：农村饮水安全" → label 第二场, topic 农村饮水安全. */
export interface Group {
  /** The heading line as written. */
  text: string;
  span: Span;
  /** The part's name as written ("第二场", "【第三轮】", "下午场"). */
  label: string;
  /** The words after it ("农村饮水安全"), or null when the heading names the part only. */
  topic: string | null;
}

/**
 * A satisfaction vote on the answering government (满意度测评), as the closing reports it:
 * "应到会组成人员35人，实到31人。测评结果为：满意18票，基本满意11票，不满意2票，…占实到人数的93.5%".
 * Each figure is null when the text does not give it.
 */
export interface Vote {
  /** Members due to attend (应到). */
  expected: number | null;
  /** Members present (实到). */
  present: number | null;
  /** Votes 满意. */
  satisfied: number | null;
  /** Votes 基本满意. */
  basicallySatisfied: number | null;
  /** Votes 不满意. */
  unsatisfied: number | null;
  /** The rate the text states (满意率95.6%, 合计占实到人数的93.5%), in percent, or null. */
  rate: number | null;
  /**
   * The result per answering organization, when the text gives one for each ("对市公安局的回答，满意28票，
   * 基本满意3票；对市教育局的回答，满意22票…"), in reading order; the figures above are then the session's
   * own (应到, 实到, or an overall rate), null where it states none. Empty for a single overall result;
   * null in a record saved before this field was read.
   */
  byOrganization: OrganizationVote[] | null;
  /** The text of the vote: from its first figure (or the words 满意度测评 before it) to its last. */
  text: string;
  span: Span;
}

/** One organization's result in a vote by organization: "对市公安局的回答，满意28票，基本满意3票". */
export interface OrganizationVote {
  /** The organization as written after 对 ("市公安局"), and where. */
  organization: string;
  organizationSpan: Span;
  satisfied: number | null;
  basicallySatisfied: number | null;
  unsatisfied: number | null;
  /** The rate stated for it, in percent, or null. */
  rate: number | null;
  /** From 对 to its last figure. */
  text: string;
  span: Span;
}

/** The closing narration after the last exchange: the meeting ends, the chair sums up, the members vote. */
export interface Closing {
  text: string;
  span: Span;
  quantities: Quantity[];
  /** The 满意度测评 reported there, or null. */
  vote: Vote | null;
  /**
   * Who speaks there, one stretch per speaker in reading order ("副市长 晏伯钧：我代表市政府表个态，…" then "副主任 郁清和：
   * 本次专题询问到此结束。"); narration naming no speaker ("询问结束后，与会人员进行了满意度测评。") gives none.
   * Null in a record saved before this field was read.
   */
  statements: ClosingStatement[] | null;
}

/** Who speaks in the closing: the chair summing up, a government head's 表态, anyone else named speaking there. */
export type ClosingRole = 'chair' | 'government' | 'other';

/**
 * One speaker's stretch of the closing: "会议最后，州人大常委会主任杨光远作总结讲话。他强调，…" → speaker 杨光远
 * (titles [州人大常委会主任], organization 州人大常委会), role chair, text and span from 会议最后 to the stretch's end.
 */
export interface ClosingStatement {
  /** As the exchanges read the person: name (null when only a title is given), every title, the organization. */
  speaker: { name: string | null; titles: string[]; organization: string | null };
  /** chair: the congress's presiding leader; government: a head of the government (政府, 行署, 国务院) or of a court or procuratorate; else other. */
  role: ClosingRole;
  text: string;
  span: Span;
}

/**
 * Who presides over the inquiry, as the text names them: "全国人大常委会副委员长钱明远主持联组会议" →
 * name 钱明远, titles [全国人大常委会副委员长], span/text on "全国人大常委会副委员长钱明远". Not one of
 * `people` (askers and responders) unless they also ask or answer.
 */
export interface Chair {
  /** The chair's personal name (a chair known by title only is no chair of the record: the field is then null). */
  name: string | null;
  /** Title chains as written at the chair's mentions, one per distinct chain. */
  titles: string[];
  /** The institution at the head of the title ("全国人大常委会", "市人大常委会"), or null. */
  organization: string | null;
  /** Where the chair is named (with the title when the text gives one there): [start, end). */
  span: Span;
  text: string;
}

export interface Session {
  title: string | null;
  body: string | null;
  meeting: string | null;
  format: string | null;
  topic: string | null;
  /** ISO date (YYYY-MM-DD, or YYYY-MM) when the text gives one, else null. */
  date: string | null;
  statedAskerCount: number | null;
  /** Title and introduction: from the start of the text to the first question section. */
  span: Span | null;
  /** Where each field was read from (null when not given). */
  spans: Record<'title' | 'body' | 'meeting' | 'format' | 'topic' | 'date' | 'statedAskerCount', Span | null>;
  quantities: Quantity[];
  /** Formulations of the introduction, then those of the closing (the chair sums up: “五位一体”, “六稳”) not named before. */
  formulations: Formulation[];
  /** Who presides over the inquiry, or null when the text names nobody. */
  chair: Chair | null;
  /** The closing narration after the last exchange, or null when there is none. */
  closing: Closing | null;
}

export interface InquiryRecord {
  schema: typeof SCHEMA_VERSION;
  source: SourceInfo;
  session: Session;
  people: Person[];
  questions: Question[];
  warnings: Warning[];
}
