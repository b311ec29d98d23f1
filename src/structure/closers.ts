/**
 * Who closes the inquiry after the last exchange, and the lines in which they do.
 *
 * Example: "会议最后,州人大常委会主任杨光远作总结讲话。\n他强调,要坚持以人民健康为中心…" — the chair
 * (主任/副主任 of the standing committee, or the one who 主持 the meeting) sums up: both lines are
 * closing narration. So is "副省长严某在回应时表示,省政府将…" after the last answer: the government's
 * head attending (到会应询) speaks to all the members, not to one question. The record has no turn
 * outside a question, and this statement answers none of them: it is closing narration, like the
 * chair's, and no part of the last question (its figures are not that question's). So is one holding its own
 * pledges — "副市长邵某表态:一要坚决扛起安全生产政治责任;二要…", "副市长郭某讲话时表示,市政府将…,一是…,二是…":
 * a government's 表态 commits it on the whole inquiry, numbered or not, and the speaker may well have answered an
 * earlier question (a 市长助理 who heads a bureau). Promises keep the words an answer only from a head the last
 * question was put to ("请问桂副市长,…" then "副市长桂某:市政府将抓好两件事:一是…"): he answers what he was asked.
 * Nor does a head called on to answer ("杭某:最后请汪某副省长回答。" then "副省长汪某:感谢委员们的监督。
 * 省政府将…"): thanks or not, that is the answer the chair asked for; the closing is the chair's own speech after it.
 * Under the head's own label, unasked, "副省长卓某:省政府将坚持…" closes too, unless it answers the last question
 * (head-statements.ts); so does a statement under a heading or field naming it ("## 表态发言", "**表态**:副市长 某",
 * closing-narration.ts). A court's or procuratorate's head closes as a government head does only
 * in a 表态 after the last exchange that commits the institution ("县法院院长某某表态:县法院将认真研究委员们的意见,…"):
 * answering a question ("县法院院长某某:今年共受理…") is an answer.
 * Spans are [start, end): UTF-16 offsets into the decoded text; matching runs on the view.
 */
import type { Span } from '../model/span.js';
import type { SpeakerMention } from './mentions.js';
import type { SpeechEvent } from './speech.js';
import { sentenceEnd, sentenceStart } from './blocks.js';
import { attendsToSpeak, isLeader, namedPresiding, presidingRank } from './chair.js';
import { STAMP } from './stamps.js';
import { NOTES_LEAD } from './reporter-notes.js';
import { statesRequirements } from './head-requirements.js';
import { asksHead, reportsToWhole, speaksToWhole, takesIn, underOwnLabel } from './head-statements.js';
import { asksGovernment, speaksForGovernment } from './government-statements.js';
import { thanksOnly } from './closing-remarks.js';
import { writtenNoteLineAfter } from './written-notes.js';

/** The people who may close the inquiry, by the spans of their mentions. */
export interface Closers {
  /** Mentions of the chair: the committee's 主任/副主任, or whoever 主持 the meeting (bare-name mentions too). */
  chairs: Span[];
  /** Mentions of a government head attending: 副省长, 市长, 常务副县长, 副总理, 政府副主席 …. */
  heads: Span[];
  /** Where the last question got its first answer (a responder's turn after its last asker), or null. */
  answered: number | null;
  /** Where officials called on to answer start speaking ("杭某:最后请汪某副省长回答。" / "副省长汪某:感谢…"): answers, never closing. */
  invited?: number[];
  /**
   * Where a government head starts speaking right after the host asks for a statement of position with no subject of
   * its own ("主持人:下面请副县长某某同志作表态发言。" / "副县长 某某:…"): the statement closes the inquiry.
   */
  requested?: number[];
  /**
   * Where the mentions of government heads the last question was put to start ("请问卓副省长,…", "请问市政府,…", "想请分管
   * 副市长回答"): under their label after the last answer they answer it, whatever words speak to all.
   */
  addressed?: number[];
  /** The last question's words: its last asker's words (past the label) up to the first answer ([start, end) in the view), or null. */
  question?: Span | null;
  /** The headline and introduction before the first turn ([start, end) in the view): they name the inquiry's own subject. */
  opening?: Span | null;
  /**
   * Where the chair ends the inquiry in words after the last question ("张立:询问结束。", end-markers.ts), or null: a head
   * speaking before it closes only in words framed as closing or as a 表态, or speaking to all the members or taking in what
   * the inquiry raised; the government's commitment alone ("副区长 某:区政府将统筹推进。") adds to the last answer when the
   * same head speaks again after the marker (his 表态 is there: `again`).
   */
  marked?: number | null;
  /** Where the mentions of heads before `marked` start whose person (by name) speaks again after it. */
  again?: number[];
}

/** A government's head or deputy head (the office as the title chain ends). */
const HEAD_OFFICE = /^(?:常务|执行)?副?(?:省|市|县|区|州|盟|旗|乡|镇)长$|^(?:常务)?副?总理$/u;
/**
 * 副主席 is a government head in a government's title (自治区人民政府副主席), in a region's own (自治区副主席: the
 * region's government is chaired, its congress's committee has 主任 and its 政协 is named, 自治区政协副主席), or alone;
 * read on the title chain's last link ("自治区党委常委、自治区副主席").
 */
const HEAD_CHAIRMAN = /^(?:[^、]*(?:政府|自治区))?(?:常务)?副?主席$/u;
/** A member of the State Council by the post alone: 国务委员, 国务院国务委员. */
const STATE_COUNCILLOR = /^(?:国务院)?国务委员$/u;
/** A head's assistant (市长助理, 省长助理) serves in the government's leadership, and speaks for it as a deputy does. */
const HEAD_ASSISTANT = /(?:省|市|县|区|州|盟|旗)长助理$/u;

/**
 * A prefecture's commissioner heads its administrative office (行署专员, 地区行政公署副专员), or 副专员 alone: no 督查专员 or
 * 特派专员, who head nothing.
 */
const HEAD_COMMISSIONER = /^(?:[^、]*(?:行署|行政公署))?(?:常务)?副?专员$/u;

/** The mention names a government head by office: 副省长, 国务院副总理, 自治区人民政府副主席, 行署副专员. */
function isHead(m: SpeakerMention): boolean {
  const link = lastLink(m.title);
  // (A 国务委员 sits in the State Council, as a 副总理 does, whatever ministry he heads besides: 国务委员、公安部部长.)
  if (m.title && m.title.split(/[、,]|兼/u).some((l) => STATE_COUNCILLOR.test(l))) return true;
  return !!m.office && (HEAD_OFFICE.test(m.office) || (/主席$/u.test(m.office) && HEAD_CHAIRMAN.test(link))
    || (/专员$/u.test(m.office) && HEAD_COMMISSIONER.test(m.title ?? '')) || HEAD_ASSISTANT.test(link));
}
/** The title chain's last link ("自治区党委常委、自治区副主席" → "自治区副主席"), '' without a title. */
function lastLink(title: string | null): string {
  return title ? title.slice(title.lastIndexOf('、') + 1) : '';
}

/** The chairs and government heads among `mentions`, and where the last section was first answered. */
export function findClosers(view: string, mentions: SpeakerMention[], events: SpeechEvent[], last: Span | null): Closers {
  // (Who attends to speak closes as the chair only when nobody is said to 主持: "委员长栗某出席会议并讲话。副委员长曹某主持
  // 联组会议。" makes 曹某 the chair, 栗某's closing words those of his post. Who 作总结讲话 sums up as a chair does.)
  const held = mentions.some((m) => m.name && presidingRank(view, m) === 2);
  const chairNames = new Set<string>();
  for (const m of mentions) {
    if (!m.name) continue;
    if ((m.title && isLeader(m.title)) || (namedPresiding(view, m) && !(held && attendsToSpeak(view, m)))) chairNames.add(m.name);
  }
  // A head introduced by title (国务院副总理孔某到会听取意见) who later speaks under a bare name label (孔某:…).
  const headNames = new Set<string>();
  for (const m of mentions) if (m.name && !chairNames.has(m.name) && isHead(m)) headNames.add(m.name);
  const chairs: Span[] = [];
  const heads: Span[] = [];
  for (const m of mentions) {
    if (m.name && chairNames.has(m.name)) chairs.push(m.span);
    else if (isHead(m) || (m.name && !m.title && headNames.has(m.name))) heads.push(m.span);
  }
  // An official of any post who speaks for the government in its statement of position (我代表区政府表态), or answers the
  // host's call for the government's (请区政府表态), closes as a head does (government-statements.ts); no member, no chair.
  const official = (m: SpeakerMention | null): m is SpeakerMention => !!m && !!m.name && !m.congress && !chairNames.has(m.name) && !heads.some((h) => h[0] === m.span[0]);
  for (const m of mentions) if (official(m) && speaksForGovernment(view.slice(m.span[1], m.span[1] + STATEMENT_LEAD))) heads.push(m.span);
  for (const e of events) {
    if (e.role !== 'responder' || !official(e.mention)) continue;
    const call = lineBefore(view, e.start);
    if (callsForStatement(call) && asksGovernment(call)) heads.push(e.mention.span);
  }
  let answered: number | null = null;
  if (last) {
    // A member's thanks alone after the answer ("委员 某某：好，谢谢。") asks nothing: the last asking turn is the one before.
    let asked = -1;
    for (let i = 0; i < events.length; i++) if (asksInSection(view, events, i, last)) asked = events[i].start;
    for (const e of events) if (e.role === 'responder' && e.start > asked && e.start >= last[0] && e.start < last[1]) { answered = e.start; break; }
    // A last question turned into a written answer ("(因时间关系,此问题转为书面答复)" on its line) is answered there: who
    // speaks after the note speaks after the last exchange, never answering it.
    if (asked >= 0) {
      const note = writtenNoteLineAfter(view, asked, answered ?? last[1]);
      if (note !== null) answered = note;
    }
  }
  const invited: number[] = [];
  for (const e of events) if (e.called && e.role === 'responder') invited.push(e.start);
  const requested: number[] = [];
  for (const e of events) {
    // (After an answer: a member's courtesy line between, "好,谢谢。", may be the last asker's turn.)
    if (e.role !== 'responder' || !e.mention || !heads.some((h) => h[0] === e.mention!.span[0]) || !events.some((o) => o.role === 'responder' && o.start < e.start)) continue;
    if (callsForStatement(lineBefore(view, e.start))) requested.push(e.start);
  }
  const addressed: number[] = [];
  let asked = -1;
  if (last && answered !== null) {
    // (From the asker's words, past the label: "地区人大代表、…洛桑询问：" shares no words with the head's statement, its
    // "向地区人大工委报告" takes up no question.)
    for (let i = 0; i < events.length; i++) if (events[i].start < answered && asksInSection(view, events, i, last)) asked = events[i].wordsStart ?? events[i].start;
    const question = asked < 0 ? '' : view.slice(asked, answered);
    for (const m of mentions) {
      if (m.span[0] < answered || !heads.some((h) => h[0] === m.span[0])) continue;
      if (asksHead(question, m)) addressed.push(m.span[0]);
    }
  }
  // A court's or procuratorate's head stating the institution's position after the last exchange, past the line that answered
  // it ("县法院院长某某表态:县法院将…"), closes as a government head does; not when the last question was put to a court or a
  // procuratorate ("请问县法院,…?"): the head's words then answer it.
  if (answered !== null && !COURT_NAMED.test(asked < 0 ? '' : view.slice(asked, answered))) {
    const past = view.indexOf('\n', answered);
    for (const m of mentions) if (past >= 0 && m.span[0] > past && official(m) && statesForCourt(view, m)) heads.push(m.span);
  }
  const opening: Span | null = events.length ? [0, events[0].start] : null;
  return { chairs, heads, answered, invited, requested, addressed, question: asked < 0 || answered === null ? null : [asked, answered], opening };
}

/**
 * `events[i]` is an asker's turn in the section `last` that asks more than thanks ("好，谢谢。", "谢谢。" close the
 * member's exchange, closing-remarks.ts): the statement after such thanks follows the last exchange, not an open question.
 */
function asksInSection(view: string, events: SpeechEvent[], i: number, last: Span): boolean {
  const e = events[i];
  if (e.role !== 'asker' || e.start < last[0] || e.start >= last[1]) return false;
  if (e.wordsStart === null) return true;
  const end = i + 1 < events.length ? Math.min(events[i + 1].start, last[1]) : last[1];
  return !thanksOnly(view.slice(e.wordsStart, end));
}

/** A court's or a procuratorate's head by title: 院长, 副院长, 检察长, 副检察长 of a 法院 or 检察院 ("县法院院长", "市人民检察院副检察长"). */
export const COURT_HEAD = /(?:法院|检察院)[^、]*?(?:常务)?副?(?:院长|检察长)$/u;

/** A court or a procuratorate named in a question's words: "请问县法院", "市中院", "县检察院", "检察机关". */
const COURT_NAMED = /法院|中院|检察院|检察机关/u;

/** The court or procuratorate committing itself: "县法院将…", "市检察院一定…", "全市法院将…", "我院将…", "检察机关要…". */
const COURT_COMMITS = /(?:法院|中院|检察院|检察机关|审判机关|本院|我院)(?:将|会|一定|必将|坚决|要)/u;

/**
 * The mention `m` is a court's or procuratorate's head (COURT_HEAD) whose words after it, to their line's end, are a 表态
 * (framed as one: "表态:", "我代表县法院表个态", "在表态发言中说", "表态,") that commits the institution (COURT_COMMITS, or
 * taking in what the inquiry raised: "认真研究…抓好落实").
 */
function statesForCourt(view: string, m: SpeakerMention): boolean {
  if (!m.title || !COURT_HEAD.test(m.title)) return false;
  const end = view.indexOf('\n', m.span[1]);
  const words = view.slice(m.span[1], end < 0 ? view.length : end);
  const lead = words.slice(0, STATEMENT_LEAD);
  return (HEAD_STATES.test(lead) || STATES.test(lead) || HEAD_CLOSES.test(lead)) && (COURT_COMMITS.test(words) || takesIn(words));
}

/** How far after a speaker's mention their words are read for speaking for the government (label, lead, 代表…表态). */
const STATEMENT_LEAD = 48;

/**
 * The host asks for a statement of position, with no subject of its own and none tied to a question ("下面请副县长某某同志作
 * 表态发言。", "请副省长某某表态。", "请县政府领导表个态。"): "请…就冰雪旅游整体工作表个态" asks a question of its own
 * (host-questions.ts) and "请副市长就这个问题表个态" hands the question just asked over, so no 就 stands in the request.
 */
const CALLS_FOR_STATEMENT = /请(?!问)[^。?!;\n就]{0,24}?(?:作|做|进行)?表(?:个|一下|一个)?态(?:发言|讲话)?[。!]?\s*$/u;

/** `line` (a trimmed line of the view, a label's colon at most before the words) asks for a statement of position. */
export function callsForStatement(line: string): boolean {
  return CALLS_FOR_STATEMENT.test(line.trim()) && !/[?]/u.test(line);
}

/** The last line's words before `at` (its own line's, when anything stands before it there). */
function lineBefore(view: string, at: number): string {
  const before = view.slice(Math.max(0, at - 80), at).trimEnd();
  return before.slice(before.lastIndexOf('\n') + 1);
}

/**
 * A sentence on the scene, before the closer's: "询问现场气氛热烈。", "会议现场掌声不断。", "现场,不少旁听群众举起手机拍照。"
 * (现场 as the topic, a comma after it at most, a short clause on what is seen there; "现场,我们也请来了…" is a speaker's own
 * words, in the first person) — a regex source.
 */
const SCENE = String.raw`在?(?:(?:专题)?询问|会议|联组会议)?现场,?[^,。;:?!“”\n我咱]{1,16}[。!]`;
/** Sentences on the scene and nothing else: "现场,不少旁听群众举起手机拍照。" alone on its line. */
const SCENE_LINE = new RegExp(String.raw`^\s*(?:${SCENE}\s*)+$`, 'u');

/** `line` (a line of the view) only tells the scene: the reporter's narration, nobody's words. */
export function isSceneLine(line: string): boolean {
  return SCENE_LINE.test(line);
}

/**
 * Which inquiries ended, before 询问结束: this one ("本次询问结束后"), or all of its parts counted or taken together
 * ("两场询问结束后", "三轮询问结束后", "各组询问结束后", "全部询问结束后") — a regex source, no capturing group.
 */
export const INQUIRIES = String.raw`(?:本次|这次|此次|全部|所有|整场|各(?:场|轮|组)|(?:[两二三四五六七八九十]|\d{1,2})(?:场|轮|组|项))`;

/**
 * Before the closer's name on the line (after a live feed's stamp at most, stamps.ts): nothing, or the moment ("会议最后,", "询问结束后,", "在专题询问结束时,", "会后,",
 * "会上," / "在联组会议上," — a news report's lead-in, the closer's act after it telling when: "会上,副县长某作表态发言,表示,…",
 * the scene "询问现场,", or a sentence on it, "询问现场气氛热烈。" (the moment may follow it: "现场,…。会后,"),
 * "最后,"; also a lead adverbial summing up the questions, "针对委员们提出的问题,"), or the closer's own words quoted first ("“…。”市人大常委会主任某某在总结时说。"); a bullet may open the line,
 * and a reporter's-notes heading may head it ("记者手记:询问现场,…", "【记者手记】…": the genre's label, reporter-notes.ts).
 */
const MOMENT = new RegExp(String.raw`^\s*(?:${STAMP}\s*)?(?:[■●◆▲★☆□◇○•▶►]\s*)?(?:${NOTES_LEAD}\s*)?(?:“[^”\n]*”\s*)?(?:${SCENE}\s*)?(?:在?(?:${INQUIRIES}?(?:专题)?询问|会议|联组会议|问答)?(?:最后|结束(?:后|时|前)|结束之际|临近结束时|现场)|在?(?:(?:专题)?询问|联组)?会(?:议)?上|会后|随后)?[,\s]*(?:(?:针对|就|对于?)[^,。;:?!\n]{1,20}?(?:问题|询问|提问|关切)[,\s]*)?$`, 'u');
/** The chair speaking: 讲话, 作总结讲话, 在讲话中要求, 强调, 指出, 给予肯定 … (within the sentence, before any ?). */
const CHAIR_SPEAKS = /^\s*(?:同志)?[^。?!\n]{0,16}?(?:讲话|总结|强调|指出|要求|表示|希望|说|肯定|点评)/u;
/**
 * A head's words framed as closing: 在回应时/在讲话中/在表态发言中/在应询时/在回答询问后/在应询后/最后 … 表示 (要求, 希望: requirements,
 * head-requirements.ts), the 在 left out at times ("副市长某讲话时表示", "某某应询后表示"), the act maybe framed ("副州长某作表态发言时说,",
 * "作讲话时表示", as "作表态发言。她说," is); or the head's speech named as the act,
 * its clause ending there ("最后,副区长某讲话。她表示,…", "副市长某作了讲话,…"): the report tells a speech to the meeting,
 * never an answer to one question.
 */
const HEAD_CLOSES = /^\s*(?:同志)?(?:(?:在?(?:(?:作|做)了?)?(?:回应|答复|回答|应询|讲话|发言|表态(?:发言|讲话)?)(?:时|中)|在?(?:回答|答复|回应|应询)(?:询问|提问)?后|在[^。,\n]{0,8}?结束(?:时|前))[^。,\n]{0,4}?|最后)(?:表示|指出|强调|表态|说|讲|要求|希望)|^\s*(?:同志)?\s*(?:最后|随后)?\s*(?:作|做)?了?(?:简短的?)?讲话\s*[。,;]\s*(?:他|她)?(?:表示|指出|强调|说)?/u;
/**
 * …or, under the head's own label, framed as a statement of position ("副省长某:我代表省政府表个态。…", "某:下面我表一下态。"):
 * a 表态 after the last exchange speaks to all the questions (with promises it stays an answer: `promises`).
 * Minutes and news prose tell the same act in the third person, no colon: "副县长某作表态发言,表示…", "…作了表态发言。他表示,…",
 * "…表态说,…" / "表态称" / "表态表示" (表态 as the verb of saying, or 作/做 + 表态 as the act, ending its clause); a picture's
 * caption names the act alone, "▲副市长某表态发言" (表态发言 ending its line). An adverbial may stand between the speaker and
 * the act — where (在两场询问中, 在询问中, 在会上) and how (分别, 最后, 随后): "副市长某在两场询问中分别作了表态发言,表示…".
 */
const HEAD_STATES = /^\s*(?:同志)?\s*(?:\*\*|__)?\s*(?::\s*(?:\*\*|__)?[^。?!\n]{0,12}?表(?:个|一下|一个)?态|(?:作|的)?表态(?:发言|讲话)?\s*(?:\*\*|__)?\s*:)|^\s*(?:同志)?\s*(?:在[^。,;:?!\n]{1,10}?(?:中|上|时|后))?\s*(?:(?:最后|随后|也|分别|先后|一并|还)\s*)*(?:(?:(?:作|做)了?(?:简短的?)?表态(?:发言|讲话)?|表态(?:发言|讲话))(?=\s*(?:[,。;]|$))|表态(?:说|称|表示))/u;
/**
 * …or addressed to everyone: "委员们提的问题都很实在", "对大家提出的意见建议", "感谢委员们、代表们的意见建议"; under the
 * head's label also "各位委员提出的意见很中肯" (各位 + the members, without 们, and what they raised).
 */
const TO_ALL = /^\s*(?:同志)?(?:[^。,\n]{0,6}?(?:表示|指出|强调|表态|说))?\s*[,:]?\s*(?:对于?|针对|就|感谢|谢谢)?\s*(?:各位)?(?:委员们|代表们|大家|委员和代表们|委员代表|常委会组成人员)(?:[、和](?:委员们|代表们))?(?:提的|提出的|所提的?|关心的|的)|^\s*(?:同志)?\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?:刚才|今天)?[,\s]*(?:对于?|针对|就|感谢|谢谢)?\s*各位(?:委员|代表|常委会组成人员)(?:[、和](?:各位)?(?:委员|代表))?(?:提的|提出的|所提的?|关心的)/u;

/**
 * The tag a speech to the meeting opens under, before its colon: "表态发言", "总结讲话", "讲话", "发言" — a regex source, no
 * anchor, no colon. Each reader sets its own looseness around it: the words under a head's bare line open on it or on 表态
 * alone ("表态:…", closing-narration.ts); here, before a salute to the chair and all ("表态发言:尊敬的罗主任,各位委员…"), or
 * alone only as 讲话 / 总结讲话 (a 表态's own tag is HEAD_STATES's; "发言:" alone names no speech to the meeting).
 */
export const SPEECH_TAG = String.raw`(?:总结|表态)?(?:讲话|发言)`;

/**
 * …or a speech to the meeting by its form: the words salute the chair and all the members ("尊敬的罗主任,各位委员、各位代表:…")
 * or open under a speech's tag ("讲话:", "总结讲话:"), as a head's label alone on its line gives them ("副省长 贺文龙⏎尊敬的罗主任,
 * 各位委员…", "副省长 贺文龙⏎讲话:…"). An answer thanks the member who asked; a salute to the chair and to everyone speaks to the
 * whole inquiry.
 */
const SALUTES_ALL = new RegExp(String.raw`^\s*(?:同志)?\s*(?:(?:\*\*|__)?\s*:\s*(?:\*\*|__)?)?\s*(?:${SPEECH_TAG}\s*:\s*)?尊敬的[^,。;:?!\n]{1,14}?[,、]\s*(?:尊敬的)?各位(?:委员|代表|常委会组成人员|领导)|^\s*(?:同志)?\s*(?=(?:总结)?讲话)${SPEECH_TAG}\s*:`, 'u');

/** `before` (the view from a sentence's start to a speaker's mention) is the moment at most (MOMENT): "会议最后,", "询问结束后,", nothing. */
export function atClosingMoment(before: string): boolean {
  return MOMENT.test(before);
}

/**
 * `after` (the view right after a speaker's mention, to its sentence's end at most) has the person speak: their own label's
 * colon ("副市长 某:…"), a verb of speaking or summing up (CHAIR_SPEAKS: "作总结讲话", "强调,"), or a statement framed as
 * closing or as a 表态 (HEAD_CLOSES, HEAD_STATES: "在表态发言中说", "作表态发言").
 */
export function speaksAfter(after: string): boolean {
  // (…and one speaking for the government, told: "郑某代表市政府表态,将以此次询问为契机…", no 表示 or 说 after it.)
  return underOwnLabel(after) || CHAIR_SPEAKS.test(after) || HEAD_CLOSES.test(after) || HEAD_STATES.test(after) || STATES.test(after) || speaksForGovernment(after);
}
/** 表态 as the verb of saying, its stop right after: "副旗长某表态,旗政府将…", "某最后表个态:…". */
const STATES = /^\s*(?:同志)?\s*(?:最后|随后|也|还)?\s*表(?:个|一下)?态\s*[,:]/u;

/**
 * `line` (a content span) closes the inquiry: it opens, after the moment at most, on a chair who
 * speaks without asking, or on a government head speaking to all after the last question was answered.
 */
export function closesInquiry(view: string, line: Span, closers: Closers): boolean {
  const [c0, c1] = line;
  const at = (spans: Span[]) => spans.find((s) => s[0] >= c0 && s[0] < c1 && MOMENT.test(view.slice(c0, s[0])));
  const chair = at(closers.chairs);
  if (chair) {
    const sentence = view.slice(chair[1], sentenceEnd(view, chair[1], c1));
    if (CHAIR_SPEAKS.test(sentence) && !/[?]/u.test(view.slice(c0, c1))) return true;
  }
  const head = at(closers.heads);
  // A head asked by the host for a statement of position after the last answer closes, promises or not: the statement is to all.
  if (head && closers.requested?.some((s) => s >= c0 && s < c1)) return true;
  // A head who answers the chair's call to answer ("最后请汪某副省长回答。") answers, thanks or not: only the chair's words close.
  const invited = closers.invited?.some((s) => s >= c0 && s < c1) ?? false;
  if (head && !invited && closers.answered !== null && closers.answered < c0) {
    const after = view.slice(head[1], Math.min(c1, head[1] + 40));
    // A head the last question was put to ("请问卓副省长,…", "请问市政府,…") answers it, whatever courtesies to all open the
    // words; only framed as closing ("最后我代表市政府表个态:…", "在讲话中表示") the statement closes, and then only
    // without promises of its own (he undertakes what he was asked). Unasked, the head's pledges (一要…二要…) are the
    // government's 表态 on the whole inquiry: they close with it.
    const addressed = closers.addressed?.includes(head[0]) ?? false;
    // (表态 as the verb of saying, its comma right after — "副省长某表态,今年将确保…" — is the same act as 表态说, from a head
    // the last question was not put to: asked, "请问桂副市长,…" then "副市长桂某表态,…", he answers.)
    if ((HEAD_CLOSES.test(after) || (!addressed && (TO_ALL.test(after) || SALUTES_ALL.test(after))) || HEAD_STATES.test(after) || (!addressed && STATES.test(after)) || speaksForGovernment(after)) && !(addressed && promises(view.slice(head[1], c1)))) return true;
    if (addressed) return false;
    // (Before the chair's end marker the question is still open: the government's commitment alone, "副区长 某:区政府将统筹
    // 推进。", adds to its answer when the head gives his 表态 after the marker; words to all the members or taking in what
    // the inquiry raised still close. A head who speaks only before it, unasked, gives his 表态 there: "牛某（副市长）:市政府
    // 将持续抓好就业这个最大的民生。" then "主持人:今天的询问到此结束。".)
    const commits = !(closers.marked != null && c0 < closers.marked && (closers.again?.includes(head[0]) ?? false));
    // Under the head's own label, unasked, the statement speaks for the government to the whole inquiry (head-statements.ts).
    const statement = view.slice(head[1], c1);
    if (speaksToWhole(view, c0, statement, closers.question ? view.slice(...closers.question) : '', closers.opening ? view.slice(...closers.opening) : '', commits)) return true;
    // …and so does it told in a report's words, the head unasked ("副市长某表示,市政府将认真研究,逐项抓好落实。").
    if (reportsToWhole(view, c0, statement, closers.question ? view.slice(...closers.question) : '', closers.opening ? view.slice(...closers.opening) : '', commits)) return true;
  }
  return false;
}

/**
 * `line` opens (after the moment at most) on a government head the last question was put to ("请问桂副市长,…"), whose
 * statement holds promises ("副市长桂某在讲话中表示,市政府将抓好两件事:一是…二是…"): his answer, whatever closing words
 * frame it. An unasked head's promises close with his 表态.
 */
export function askedHeadPromises(view: string, line: Span, closers: Closers): boolean {
  const [c0, c1] = line;
  const head = closers.heads.find((s) => s[0] >= c0 && s[0] < c1 && MOMENT.test(view.slice(c0, s[0])));
  return head !== undefined && (closers.addressed?.includes(head[0]) ?? false) && promises(view.slice(head[1], c1));
}

/** A head's list that promises (一是… after 市政府将…), not one that requires (他要求,一是…: closing words, head-requirements.ts). */
export function statementPromises(statement: string): boolean {
  return promises(statement);
}
function promises(statement: string): boolean {
  // (A statement over several paragraphs, or hard-wrapped, lists across its lines: "我讲三点。⏎第一,…⏎第二,…".)
  const words = statement.includes('\n') ? statement.replace(LINE_BREAKS, ' ') : statement;
  return holdsPromises(words) && !statesRequirements(words);
}
const LINE_BREAKS = /\n+/gu;
/** A counted noun phrase opening its clause, its predicate right after: "剩余2项未完成任务将…", "12项整改任务已完成…". */
const COUNT_AS_SUBJECT = /(?<=^|[,。;:\s])[^,。;:\s将要]{0,12}?(?:[两二三四五六七八九十]|\d{1,2})(?:项|条|件)[^,。;:\s]{0,8}?(?=,?\s*(?:将|已|均|正在|全部|目前))/gu;

/** Ordinal markers of two items in one statement: 一是…二是, 一要…二要, 第一,…第二, 首先…其次, (一)…(二). */
const ENUMERATED = /(?:一是|一要|第一[,、:]|首先|[(]一[)])[^\n]*?(?:二是|二要|第二[,、:]|其次|[(]二[)])/u;
/** A stated count of measures: "抓好四项工作:", "从三个方面推进", "采取5条措施". */
const STATED_COUNT = /(?:[两二三四五六七八九十]|\d{1,2})(?:项|个方面|条|点|件)(?:[^。;:,\n]{0,6}?(?:工作|措施|举措|任务|重点|实事)|[^。;:,\n]{0,8}?:)|从(?:[两二三四五六七八九十]|\d{1,2})个?方面/u;

/** A government head's statement that holds promises: a list of measures or a stated count of them. */
export function holdsPromises(statement: string): boolean {
  // (A count the sentence is about, its subject, announces no measures: "剩余2项未完成任务将在6月底前整改到位", "12项整改
  // 任务,已完成9项" report on tasks; "抓好四项工作:" lists them.)
  return ENUMERATED.test(statement) || STATED_COUNT.test(statement.replace(COUNT_AS_SUBJECT, ''));
}

/**
 * In a run-on last paragraph ("…局长某回答,将加快建设。市人大常委会主任某作总结讲话,要求…"), where
 * the first sentence after `from` in which a closer closes starts (see closesInquiry), or null.
 * Not right after a quotation: the closer's own words quoted first would stay behind.
 */
export function closingSentence(view: string, from: number, to: number, closers: Closers): number | null {
  let best: number | null = null;
  for (const spans of [closers.chairs, closers.heads]) {
    for (const m of spans) {
      if (m[0] <= from || m[0] >= to) continue;
      const s = sentenceStart(view, m[0], from);
      if (s <= from || (best !== null && s >= best) || CLOSE_QUOTE_BEFORE.test(view.slice(Math.max(from, s - 3), s))) continue;
      if (closesInquiry(view, [s, to], closers)) best = s;
    }
  }
  return best;
}
const CLOSE_QUOTE_BEFORE = /”\s*$/u;

/**
 * A line that goes on with the speech of the line before ("他强调,…", "她还要求,…", "同时要求…"):
 * closing when that line is.
 */
export const CONTINUES = new RegExp(String.raw`^\s*(?:${STAMP}\s*)?(?:(?:他|她)(?:还|同时|并|最后|进一步|随后)?(?:强调|指出|要求|表示|说|希望|提出|说明)|(?:同时|此外|最后|并)[,\s]*(?:他|她)?(?:还)?(?:要求|强调|希望|指出))`, 'u');

/**
 * Where the mentions of heads before the chair's end marker start whose person, by name, is mentioned again after it
 * ("副区长 赵某:区政府将统筹推进。" … "张某:询问结束。" … "赵某:感谢各位委员。…"): their 表态 comes after the end.
 */
export function headsSpeakingAgain(mentions: readonly SpeakerMention[], closers: Closers): number[] {
  const marked = closers.marked;
  if (marked == null) return [];
  const later = new Set(mentions.filter((m) => m.span[0] >= marked && m.name).map((m) => m.name));
  return mentions.filter((m) => m.span[0] < marked && m.name && later.has(m.name) && closers.heads.some((h) => h[0] === m.span[0])).map((m) => m.span[0]);
}
