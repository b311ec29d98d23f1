/**
 * Written answers appended to a transcript (书面答复): the questions the meeting had no time for, answered after it
 * in writing by the offices they were put to.
 *
 * Example: "附:书面答复\n一、关于宋志强委员所提“小规模纳税人减免政策落实”问题的答复\n区税务局:\n今年1—8月,全区小规模
 * 纳税人减免增值税4862万元,…一是推行政策“精准推送”,二是…\n二、关于米雪委员所提“…”问题的答复\n某某海关:\n…" —
 * two written answers, each read as a question of the record: asker 宋志强 (the member the heading names), label
 * 一、, text the heading's words, addressee 区税务局 (the office's label, "区税务局:", "区税务局答复:"), and its
 * text a responder turn with no person (an office answers, not an official), so that its list (一是…二是) is an
 * answer and its figures are the question's quantities; `written` says it is one and which office wrote it.
 * Why questions, and not a section of their own: the record's contract gives answers, measures and figures a
 * place only under a question, and a written answer is what the member's question got, as in the meeting; a
 * reader who wants the oral exchanges alone drops the questions whose `written` is set. Other layouts: one
 * office's answer under the appendix's heading ("附:县消防救援大队书面答复(摘要)\n关于燃气火灾防控:今年以来…",
 * "【市自然资源和规划局书面答复】一、…", "附件:区税务局书面答复\n今年…": no member named, the topic or the heading
 * is the question's text), and a member's question written out before the office's answer ("宋志强委员:请问区税务局,
 * …?\n区税务局:…"), or before an official's under their own label ("委员甘某:…?\n县卫健局副局长庞某:…", "问(委员甘某):
 * …?\n答(县卫健局副局长庞某):…", "答复:县卫健局副局长庞某"): the official is the answer's responder, as in the meeting. A
 * member's question may be numbered in the asker-label form, the office's label saying it wrote ("一、常委会委员石某:…怎么
 * 落实?\n省民政厅书面答复:…(一)…(二)…", "省民政厅(书面答复):", "书面答复(省民政厅):"): the marker is the question's label,
 * never a measure, and the office's (一)(二) its answer's list. The appendix is found as back matter (back-matter.ts),
 * from its heading or the recorder's notice over it ("…会后由有关部门书面答复。现将书面答复内容附后。", narration with the
 * heading): it ends the oral transcript, so the chair's closing is found before it and nothing of it is a turn of the
 * last oral question.
 * Matching runs on the view (ASCII : ( ) ,); spans are [start, end): UTF-16 offsets into the decoded text.
 */
import type { Person, Role, Turn } from '../model/record.js';
import type { Span } from '../model/span.js';
import type { Line } from './blocks.js';
import type { Cast } from './cast.js';
import type { QuestionFrame, TextPair } from './types.js';
import type { SpeechEvent } from './speech.js';
import { markupStart } from '../source/markdown.js';
import { gated } from '../source/gated.js';

/** The institution word an office's name ends in: 区税务局, 某某海关, 县消防救援大队, 市城投集团, 高新区管委会. */
const INSTITUTION = '(?:局|厅|委|委员会|办|办公室|院|部|中心|大队|支队|海关|公司|集团|政府|管委会|署|所|站|队|行|社)';
/** An attachment's mark opening a heading: "附件2:", "附录", "附:" (regexp source, one alternative per form). */
const ANNEX_MARK = String.raw`(?:附件|附录)\s*[\d一二三四五六七八九十]{0,3}\s*:?\s*|附\s*:\s*`;
/** The marker opening an item of the appendix: "一、", "(二)", "3." (regexp source; back-matter.ts reads numbered members with it). */
export const ITEM_MARK = String.raw`[一二三四五六七八九十]{1,3}\s*[、.]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|\d{1,2}\s*[、.]`;
/**
 * The appendix's heading: "书面答复", "会后书面答复", "会后书面答复:", "书面答复内容如下:", "附:书面答复", "附件:区税务局书面答复",
 * "附件2 书面答复(市自然资源和规划局)", "附:县消防救援大队书面答复(摘要)", "【市自然资源和规划局书面答复】…" (the answer may
 * follow the bracket; else the line ends, on a colon only when the words announce what follows: 会后书面答复:, …内容:, …如下:
 * — a bare "书面答复:" may be a field's label over one answer in the oral part).
 * Also an office's heading naming what it answers, "区城管局关于专题询问未当场答复问题的书面答复" (ORG关于…的书面答复: the
 * title of an official document, nothing after it on the line).
 * Group 1: the office before 书面答复; group 2: the words in brackets after it (an office, or 摘要). Not a sentence
 * ("请有关部门在15日内书面答复。", "未能当场回答的问题请有关部门书面答复"): before 书面答复 stands an office (an
 * institution word ends it, no verb asking for it) or nothing.
 */
export const WRITTEN_HEADING = gated(['书面'], () => new RegExp(String.raw`^(?:${ANNEX_MARK})?(?:【|\[)?\s*(?:((?:(?![请由将应须要把被予]|问题)\p{sc=Han}){0,24}?(?:${INSTITUTION}|单位|部门))(?:\s*关于[^。;?!:,]{1,60}?(?=的书面))?)?(?:会后|的)?书面(?:答复|回复|回答)(?:意见|材料|情况|摘要|汇编)?\s*(?:\(([^()]{1,30})\))?\s*(?:[】\]]|(?:内容)?(?:如下)?\s*$|(?:(?:内容)?如下|内容|(?<=会后书面(?:答复|回复|回答)))\s*:\s*$)`, 'u'));
/**
 * …or an attachment's heading whose title names written answers in other words ("附件:委员所提问题书面答复汇编",
 * "附:部分委员询问问题的书面答复情况"): no office read from it.
 */
export const WRITTEN_ANNEX = new RegExp(String.raw`^(?:${ANNEX_MARK})[^。;?!]{0,30}?书面(?:答复|回复|回答)[^。;?!]{0,20}$`, 'u');
/**
 * A short heading of the appendix that names no writing, "会后答复", "会后回复:", "附:会后答复" — alone on its line. It heads
 * written answers only under the recorder's notice that names them ("…会后由相关部门作出书面答复，现附后。\n会后答复"):
 * back-matter.ts asks for that notice; inside the appendix it is its heading, no answer's words.
 */
export const AFTER_MEETING_HEADING = new RegExp(String.raw`^(?:${ANNEX_MARK})?(?:【|\[)?\s*会后(?:答复|回复|回答)(?:材料|情况|汇编)?\s*(?:[】\]]\s*)?:?\s*$`, 'u');
/** Words counting members, no name before 委员: "关于部分委员所提问题的书面回复", "各位代表", "其他委员". */
const NOT_NAME = '(?:部分|各位|有关|相关|其他|其余|全体|多位|几位|个别)';
/**
 * The heading of one written answer, naming the member whose question it answers: "一、关于宋志强委员所提“小规模纳税人
 * 减免政策落实”问题的答复", "(二)关于代表米雪提出的问题的书面答复", "关于古丽·阿不都委员所提问题的答复". Group 1: the marker;
 * groups 2 and 3, or 5 and 4: the member's name and title (委员/代表 after or before the name).
 */
export const WRITTEN_ITEM = gated([['关于', '对'], ['答复', '回复', '办理情况']], () => new RegExp(String.raw`^(${ITEM_MARK})?\s*(?:关于|对)\s*(?:(?:[省市县区州盟旗]|自治区)?人大常委会)?(?:(?![们等的所]|${NOT_NAME})(\p{sc=Han}{2,4}?|\p{sc=Han}{1,8}·\p{sc=Han}{1,10})\s*(委员|代表|常委)|(委员|代表)\s*(?![们等的所]|${NOT_NAME})(\p{sc=Han}{2,4}?|\p{sc=Han}{1,8}·\p{sc=Han}{1,10}))\s*(?:所提|提出|提|询问|所询|提问|关注|关心)[^。?!]{0,60}?的(?:书面)?(?:答复|回复|办理情况)\s*$`, 'u'));
/**
 * A bare title of written answers, no office before 关于 and no 附件 over it: "关于专题询问未当场答复问题的书面答复",
 * "【关于…的书面回复】" — alone on its line (no sentence: "县政府关于此事将作出书面答复。"). It opens the appendix only over a
 * labelled turn (a member's question written out, "委员某:…?"; back-matter.ts): an office's "ORG关于…的书面答复" needs none.
 * There it is the appendix's heading, not the question's words (no member named in it, no other answer's heading after it).
 */
export const WRITTEN_TITLE = /^(?:【|\[)?\s*关于[^。;?!:,]{1,60}?的书面(?:答复|回复|回答)(?:意见|材料|情况)?\s*(?:[】\]]\s*)?$/u;
/**
 * The recorder's notice that written answers follow, a paragraph of its own before them: "因时间关系,部分委员的询问问题会后由
 * 有关部门书面答复。现将书面答复内容附后。", "未及现场回答的问题,有关部门的书面答复如下:", "…书面答复附在实录之后。" — written
 * answers named, then where they stand (附后, 如下, 附在/附于…后). Narration, none of the last answer's words: it opens the
 * appendix (back-matter.ts) when written answers follow it. Not a request ("请有关部门会后书面答复。": nothing appended).
 * Also what follows announced as answered in writing, "因时间关系,以下问题由相关部门书面答复:" (以下, ending the line) — the
 * recorder's words, no one's label before them, no request ("主持人某:…以下问题,请相关部门…书面答复:" is the chair's closing,
 * its list the questions it hands on).
 */
export const WRITTEN_NOTICE = /书面(?:答复|回复|回答)[^\n]{0,40}?(?:附后|如下|附(?:在|于)[^。;,\n]{0,12}?(?:之)?后)\s*[。:]?$|^[^:\n请]{0,20}?以下[^。;?!:\n请]{0,30}?书面(?:答复|回复|回答)\s*[。:]?$/u;
/** A numbered item of the appendix opening on a member's label, its question after the colon: "一、常委会委员石建国:…?", "2.省人大代表陈某:…?". */
const ITEM_MARKER = new RegExp(String.raw`^(${ITEM_MARK})\s*`, 'u');

/** An item of the appendix headed as the answer about something: "二、关于…问题的答复" (a list inside one answer has its own items). */
const MARKED_ABOUT = new RegExp(String.raw`^(${ITEM_MARK})?\s*关于[^。?!:]{1,60}?的(?:书面)?(?:答复|回复)\s*$`, 'u');
/** An answer's topic opening its line: "关于燃气火灾防控:今年以来…", "关于耕地占补平衡问题:" (group 1: the topic). */
const TOPIC = /^(关于[^。?!:,]{1,40}?)\s*:/u;
/**
 * An office's label: "区税务局:", "某某海关:", "区税务局答复:今年…", "区税务局书面答复:…", "区税务局(书面答复):…",
 * "书面答复(区税务局):…", "【区税务局】…". Group 1 or 2: the office. Not the congress (人大: the askers' side).
 */
const OFFICE_LABEL = new RegExp(String.raw`^(?:(?:【|\[)?\s*((?!\p{sc=Han}*人大)\p{sc=Han}{1,30}?${INSTITUTION})\s*(?:的)?(?:书面)?(?:答复|回复|回答|答)?\s*(?:\(\s*(?:书面)?(?:答复|回复|回答)\s*\))?|(?:书面)?(?:答复|回复)\s*\(\s*((?!\p{sc=Han}*人大)\p{sc=Han}{1,30}?${INSTITUTION})\s*\))\s*(?:[】\]]\s*:?|:)`, 'u');
/** The office named in a field line of the answer: "答复单位:区税务局", "承办单位:区税务局" (group 1). */
const OFFICE_FIELD = new RegExp(String.raw`^(?:答复|承办|办理|主办)单位\s*:\s*((?!\p{sc=Han}*人大)\p{sc=Han}{1,30}?${INSTITUTION})\s*$`, 'u');
/** A Markdown heading's mark opening a line: "## ". */
const HEADING_MARK = /^#{1,6}\s+/u;
/** Words in brackets after 书面答复 that are no office: "(摘要)", "(节选)". */
const NOT_OFFICE = /^(?:摘要|节选|略|全文|原文|一|二|三|\d+)$/u;

/** One line of the appendix as read: its kind, and where its words start (after a label or a heading). */
interface Read {
  line: Line;
  /** 'official': a named official's label ("县卫健局副局长庞雪梅:", "答(区城管局局长方卫东):", "答复:区城管局局长方卫东"), or a bare "答:". */
  kind: 'heading' | 'notice' | 'item' | 'topic' | 'office' | 'member' | 'official' | 'text';
  /** Where the line's own words start (after the label, the bracketed heading, the topic's colon); the line's end when none. */
  words: number;
  /** An office named there (the label's, the heading's), as written, and where. */
  office: Span | null;
  /** A member named there: the item heading's name, or the asker's label mention. */
  member: Span | null;
  /** The member's title as written there (委员, 代表), or null. */
  title: string | null;
  /** The item heading's marker ("一、"), or null. */
  marker: Span | null;
  /** The person whose label opens the line (a member asking, an official answering), or null: a bare "问:" names none. */
  speaker?: string | null;
}

/**
 * The written answers of the appendix `lines` (content lines of the view from its heading to the end, reading
 * order), as question frames numbered from `first + 1`. People the appendix names as askers are added to
 * `people.persons` when the transcript has not named them before, and noted in `roles`. `events`: the speech events
 * of the whole text, whose labels in the appendix ("委员甘某:", "问(委员甘某):", "县卫健局副局长庞某:", "答:局长方某") say
 * who asks and who answers there, as they do in the meeting: an official's label is a speaker's, not the office's words.
 */
export function readWrittenAnswers(pair: TextPair, lines: readonly Line[], people: Cast, roles: Map<string, Set<Role>>, first: number, events: readonly SpeechEvent[] = []): QuestionFrame[] {
  const { text, view } = pair;
  if (!lines.length) return [];
  const from = lines[0].span[0];
  const labels = events.filter((e) => e.start >= from && (e.kind === 'label' || e.kind === 'qa-label' || e.announces) && e.role !== 'narration');
  const read = lines.map((l) => readLine(view, l, people, labels));
  // (A bare title over the answers, "关于专题询问未当场答复问题的书面答复⏎委员甘某:…?": the appendix's heading, no answer's.)
  const title = read[0];
  if (title.kind === 'item' && !title.marker && !title.member && read.every((r, k) => k === 0 || r.kind !== 'item')
    && WRITTEN_TITLE.test(view.slice(title.line.content[0], title.line.content[1]).replace(HEADING_MARK, ''))) read[0] = { ...title, kind: 'heading' };
  // (Headings alone, the answers cut off by a bad save: no written answer to read; the notice over them none either.)
  if (read.every((r) => r.kind === 'notice' || (r.kind === 'heading' && r.words >= r.line.content[1]))) return [];
  // (The heading naming the office, "区城管局关于…的书面答复", over the attachment's "附件" above it.)
  const heading = read.find((r) => r.kind === 'heading' && r.office) ?? read.find((r) => r.kind === 'heading') ?? null;
  // Each answer opens on its heading (一、关于某委员所提…的答复); with none, on its topic (关于燃气火灾防控:), on the member's
  // question when several members ask ("委员甲:…?\n局长乙:…\n委员丙:…?"), or on the label of its office when several
  // offices answer ("区税务局:…\n区财政局:…"); else it is all one.
  const count = (kind: Read['kind']) => read.filter((r) => r.kind === kind).length;
  const opensOn: Read['kind'] = count('item') ? 'item' : count('topic') > 1 ? 'topic' : count('member') > 1 ? 'member' : count('office') > 1 ? 'office' : 'item';
  // (The lines before the first opener, the appendix's heading, open the first answer.)
  const starts = read.map((r, k) => (r.kind === opensOn ? k : -1)).filter((k) => k >= 0);
  if (!starts.length) starts.push(0);
  starts[0] = 0;
  const frames: QuestionFrame[] = [];
  let office: Span | null = heading?.office ?? null; // the office answering, carried on until another is named
  for (let n = 0; n < starts.length; n++) {
    const items = read.slice(starts[n], n + 1 < starts.length ? starts[n + 1] : read.length);
    const sectionSpan: Span = [markupStart(text, view, items[0].line.content[0]), items[items.length - 1].line.content[1]];
    // Every office answering here ("区税务局:…\n区财政局:…" under one member's question), the first its writer.
    const offices = items.filter((r) => r.kind === 'office').map((r) => r.office!);
    if (offices.length) office = offices[0];
    const turns: Turn[] = [];
    const push = (from: number, role: Turn['role'], speaker: string | null, anew = false) => {
      const at = markupStart(text, view, from); // ("**询问人**:…": the line's markup opens its turn)
      const last = turns[turns.length - 1];
      if (last && !anew && last.role === role && last.speaker === speaker) return;
      if (last && last.span[0] === at) turns.pop();
      turns.push({ speaker, role, text: '', span: [at, at], answerTo: null });
    };
    const askers: string[] = [];
    const responders: string[] = [];
    let member: Span | null = null;
    for (const r of items) {
      const l = r.line.content;
      if (r.member && !member) {
        member = r.member;
        askers.push(askerId(text, r, people, roles));
      }
      const current = turns[turns.length - 1]?.role;
      if (r.kind === 'member') push(l[0], 'asker', askers[0] ?? null);
      else if (r.kind === 'official') {
        const id = r.speaker ?? null; // (a bare "答:": the office answers)
        if (id !== null && !responders.includes(id)) responders.push(id);
        if (id !== null) roles.set(id, (roles.get(id) ?? new Set<Role>()).add('responder'));
        push(l[0], 'responder', id, true);
      } else if (r.kind === 'office') push(l[0], 'responder', null, true);
      // A line of words goes on with the turn before it; after headings only, the office answers.
      else if (r.kind === 'text' || (r.kind === 'topic' && current === 'responder')) { if (!current || current === 'narration') push(l[0], 'responder', null); }
      else {
        push(l[0], 'narration', null);
        if (r.words < l[1]) push(r.words, 'responder', null); // "关于燃气火灾防控:今年以来…", "【…书面答复】一、…"
      }
    }
    // The turns tile the section: each runs to the next one's start.
    turns.forEach((t, k) => {
      t.span = [t.span[0], k + 1 < turns.length ? turns[k + 1].span[0] : sectionSpan[1]];
      t.text = text.slice(t.span[0], t.span[1]);
    });
    const q = questionText(view, items, heading);
    const organization = office ? text.slice(office[0], office[1]) : null;
    const addressees = [...new Set([...(organization ? [organization] : []), ...offices.map((o) => text.slice(o[0], o[1]))])];
    frames.push({
      index: first + n + 1,
      label: q.marker ? text.slice(q.marker[0], q.marker[1]).trim() : null,
      text: text.slice(q.span[0], q.span[1]),
      span: q.span,
      sectionSpan,
      askers,
      addressees,
      responders,
      turns,
      followUpOf: null,
      group: null,
      written: {
        organization,
        organizationSpan: office,
        heading: heading ? text.slice(heading.line.content[0], heading.line.content[1]) : null,
        headingSpan: heading ? heading.line.content : null,
      },
    });
  }
  return frames;
}

/** How the appendix's line `l` reads (`labels`: the labelled turns of the appendix, in reading order). */
function readLine(view: string, l: Line, people: Cast, labels: readonly SpeechEvent[]): Read {
  // ("## 附:市民政局书面答复" in a Markdown document: the heading's mark is no word of it.)
  const mark = HEADING_MARK.exec(view.slice(l.content[0], l.content[1]))?.[0].length ?? 0;
  const s = view.slice(l.content[0] + mark, l.content[1]);
  const at = (i: number) => l.content[0] + mark + i;
  const base = { line: l, words: l.content[1], office: null, member: null, title: null, marker: null };
  // ("县交通运输局书面答复:" alone, its answer on the lines under it: the office's label, as with the words after its colon.)
  const h = WRITTEN_HEADING.exec(s);
  if (h?.[1] && h.index === 0 && s.startsWith(h[1]) && /:\s*$/u.test(h[0])) return { ...base, kind: 'office', office: [at(0), at(h[1].length)] };
  if (h || WRITTEN_ANNEX.test(s) || AFTER_MEETING_HEADING.test(s) || /^(?:附件|附录)\s*[\d一二三四五六七八九十]{0,3}\s*:?$/u.test(s)) {
    const named = h?.[1] ? [at(s.indexOf(h[1])), at(s.indexOf(h[1]) + h[1].length)] as Span
      : h?.[2] && !NOT_OFFICE.test(h[2].trim()) ? [at(s.indexOf(h[2], h[0].indexOf('('))), at(s.indexOf(h[2], h[0].indexOf('(')) + h[2].length)] as Span : null;
    const rest = h ? h[0].length + (/^\s*/u.exec(s.slice(h[0].length))?.[0].length ?? 0) : s.length;
    return { ...base, kind: 'heading', office: named, words: at(rest) };
  }
  const item = WRITTEN_ITEM.exec(s) ?? MARKED_ABOUT.exec(s);
  if (item) {
    const name = item[2] ?? item[5];
    const from = name ? s.indexOf(name, item[1]?.length ?? 0) : -1;
    return { ...base, kind: 'item', marker: item[1] ? [at(0), at(item[1].length)] : null, member: name ? [at(from), at(from + name.length)] : null, title: item[3] ?? item[4] ?? null };
  }
  const topic = TOPIC.exec(s);
  if (topic) return { ...base, kind: 'topic', words: at(topic[0].length + (/^\s*/u.exec(s.slice(topic[0].length))?.[0].length ?? 0)) };
  const office = OFFICE_FIELD.exec(s) ?? OFFICE_LABEL.exec(s);
  if (office) {
    const name = office[1] ?? office[2];
    const from = s.indexOf(name);
    return { ...base, kind: 'office', office: [at(from), at(from + name.length)] };
  }
  // The recorder's notice that the answers follow ("现将书面答复内容附后。"): narration, as the heading is.
  if (WRITTEN_NOTICE.test(s)) return { ...base, kind: 'notice' };
  // A member's label opening the line ("宋志强委员:请问…", "【委员 宋志强】…"): the question written out; maybe numbered
  // ("一、常委会委员石建国:…?": the item's marker, its label an asker's, so no list of the answer's).
  const numbered = ITEM_MARKER.exec(s);
  const lead = numbered?.[0].length ?? 0;
  const m = people.mentions.find((x) => x.name && x.nameSpan && x.span[0] >= at(lead) && x.span[0] <= at(lead + 1) && x.congress
    && /^\s*[】\]]?\s*(?:问|提问|询问)?\s*[:】\]]/u.test(view.slice(x.span[1], l.content[1])));
  if (m && m.nameSpan) return { ...base, kind: 'member', member: m.nameSpan, title: m.title, marker: numbered ? [at(0), at(numbered[1].length)] : null };
  // A labelled turn opening the line: a member's ("问(委员甘某):", bare "问:") or a named official's ("县卫健局副局长庞某:",
  // "答(局长方某):", "答复:局长方某"). (An office's own label, "区税务局:", was read above: the office answers.)
  // (Only a person the label itself names: a bare "答:" speaks for nobody the meeting's report named before it.)
  // (A person field, "询问人:委员 某", names its person after the field's word: its turn starts with the line.)
  const e = labels.find((x) => (x.turnStart ?? x.start) >= l.span[0] && (x.turnStart ?? x.start) <= at(1));
  const own = e?.mention && e.mention.span[0] >= l.content[0] && e.mention.span[1] <= l.content[1] ? e.mention : null;
  if (e?.role === 'asker') {
    const words = e.wordsStart !== null && e.wordsStart < l.content[1] ? e.wordsStart : l.content[1];
    return { ...base, kind: 'member', words, member: own?.nameSpan ?? null, title: own?.title ?? null };
  }
  if (e?.role === 'responder') return { ...base, kind: 'official', speaker: own?.name ? people.idOf(own) : null };
  return { ...base, kind: 'text' };
}

/** The question as written for the answer of `items`: its heading's words, the member's question, its topic, or the appendix heading. */
function questionText(view: string, items: readonly Read[], heading: Read | null): { span: Span; marker: Span | null } {
  const item = items.find((r) => r.kind === 'item');
  if (item) return { span: [item.marker ? skipSpace(view, item.marker[1]) : item.line.content[0], item.line.content[1]], marker: item.marker };
  const member = items.find((r) => r.kind === 'member');
  // ("问:…?" names nobody: the words after its label.)
  if (member && (!member.member || member.words < member.line.content[1])) return { span: [skipSpace(view, Math.min(member.words, member.line.content[1])), member.line.content[1]], marker: null };
  if (member) {
    const colon = view.slice(member.member![1], member.line.content[1]).search(/[:】\]]/u);
    const from = skipSpace(view, member.member![1] + colon + 1);
    // ("询问人:委员 某⏎…?": the question on the lines after the field's.)
    const next = from >= member.line.content[1] ? items.find((r) => r.kind === 'text' && r.line.content[0] > member.line.content[0]) : undefined;
    // ("1. 某委员:⏎问:…?": the question's own label is no word of it.)
    const asked = next ? ASK_LABEL.exec(view.slice(next.line.content[0], next.line.content[1]))?.[0].length ?? 0 : 0;
    return { span: next ? [next.line.content[0] + asked, next.line.content[1]] : [from, member.line.content[1]], marker: member.marker };
  }
  const topic = items.find((r) => r.kind === 'topic');
  if (topic) return { span: [topic.line.content[0], topic.line.content[0] + view.slice(topic.line.content[0], topic.words).replace(/\s*:\s*$/u, '').length], marker: null };
  // (A bracketed heading with the answer after it, "【市自然资源和规划局书面答复】一、…": the heading alone. An answer after
  // the first with nothing of the kind, "区财政局:…" after "区税务局:…": the office's name.)
  if (heading && !items.includes(heading) && items[0].office) return { span: items[0].office, marker: null };
  const h = heading && items.includes(heading) ? heading : items[0];
  return { span: [h.line.content[0], h.line.content[0] + view.slice(h.line.content[0], h.words).trimEnd().length], marker: null };
}

/** A question's label opening its line under the member's: "问:", "提问:", "询问内容:". */
const ASK_LABEL = /^(?:问|提问|询问|问题)(?:内容)?\s*:\s*/u;

function skipSpace(view: string, at: number): number {
  while (at < view.length && /[ \t\u3000]/u.test(view[at])) at++;
  return at;
}

/** The id of the member `r` names (a person of the transcript with that name, else one added), now an asker. */
function askerId(text: string, r: Read, people: Cast, roles: Map<string, Set<Role>>): string {
  const name = r.member!;
  const written = text.slice(name[0], name[1]);
  let person: Person | undefined = people.persons.find((p) => p.name === written);
  if (!person) {
    person = { id: `pw${people.persons.length + 1}`, name: written, titles: r.title ? [r.title] : [], organization: null, roles: [], mentions: [] };
    people.persons.push(person);
  }
  if (!person.mentions.some((m) => m.span[0] === name[0])) person.mentions.push({ text: written, span: name });
  roles.set(person.id, (roles.get(person.id) ?? new Set<Role>()).add('asker'));
  return person.id;
}
