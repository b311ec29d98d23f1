/**
 * Group headings: the parts of one inquiry ("第一场：大气污染防治", "第二组：课后服务质量如何提升？",
 * "【第三轮】", "下午场：农村饮水安全", "（上半场）") set on lines of their own between exchanges.
 *
 * Example: "…完成年度任务的85%。\n\n第二场：农村饮水安全\n\n询问一：\n省人大常委会委员 马秀英…" —
 * the heading is no tail of the answer before it, and no question of its own: it opens the next
 * question's section (a narration turn there, as a question header's line is), and every question
 * up to the next heading stands under it (`group` on the question, label 第二场, topic 农村饮水安全).
 * Matching runs on the view (full-width colon and question mark folded); spans are [start, end):
 * 0-based UTF-16 offsets into the decoded text.
 */
import type { Span } from '../model/span.js';
import type { Group } from '../model/record.js';
import { trim, type Line } from './blocks.js';
import type { Section } from './sections.js';
import { stampAbove, stampLength } from './stamps.js';
import { partHeading } from './meeting-parts.js';

/**
 * The heading's part: 第 + a number + a word for a part of a meeting (场, 组, 轮, 部分, 单元, 环节,
 * 板块, 阶段, 篇章) maybe after the half-day it is held in (上午第一场, 下午 第二场), or a half-day (上午场,
 * 下半场, 上午, 晚上; maybe numbered as a part: "(二)下午", "二、下午"; maybe after its day, as a bulletin that sums up
 * two sittings heads each: "11月26日上午　联组会议专题询问…"), maybe naming the asking (第一轮询问,
 * 第二场专题询问). In brackets or not, then a separator
 * (colon, 、, space) and a topic of at most 30 characters that is no sentence (no 。;!, no second
 * colon: "第一组 区人大代表 某:…" is someone speaking), ending the line.
 */
const GROUP_HEADING = /^(?:#{1,6}[ \t]+)?([【\[(〔“]?\s*(?:(?:(?:上午|下午|晚上|晚间)\s*)?第[一二三四五六七八九十百零〇两\d]{1,3}(?:场|组|轮|部分|单元|环节|板块|阶段|篇章)|(?:上|下)半场|(?:\([一二三四五六七八九十\d]{1,2}\)\s*|[一二三四五六七八九十]{1,2}、\s*)?(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:上午|下午|晚上|晚间)场?)(?:专题询问|询问|提问|问答)?\s*[】\])〕”]?)(?:\s*(?:[:、.]|(?<=[】\])〕”])|[ \t\u3000])\s*([^:;。!\n]{1,30}?))?\s*:?$/u;

/**
 * A topic subhead of a news post: 问 + a topic of one to four characters, a colon and the question it
 * sums up ("问水质:黑臭水体如何长治久清?", "问就业:稳岗扩岗怎么做"). Not 问题一:/问答:/问询: (a question's own
 * header), not a word that opens on 问 (问责:, 问卷:, 问效:), and not someone asked by post ("问秦局长:…", see ASKED_PERSON).
 */
const TOPIC_HEADING = /^(问(?![题答询责政计卷候效需])\p{sc=Han}{1,4}?)\s*:\s*([^:;。!\n]{1,30}?)\s*$/u;
/** A post or a person where a subhead's topic stands: "问秦局长", "问各位委员". */
/** What TOPIC_HEADING's lookahead refuses after its 问 (问题一:… is a question's header), and a word GROUP_HEADING needs. */
const TOPIC_NOT_SECOND = '题答询责政计卷候效需';
const GROUP_WORDS = ['第', '半场', '上午', '下午', '晚上', '晚间'];
const ASKED_PERSON = /[长任员记表人您你他她]/u;

/** What a heading line can open with: a bracket, 第, 上, 下, 晚, 问, a part's number (一、下午), a day's digit (11月26日上午) or a Markdown mark. */
const OPENERS = new Set([...'【[(〔“第上下晚问#一二三四五六七八九十0123456789'].map((c) => c.charCodeAt(0)));

/**
 * A part opened by a narrated paragraph rather than a heading, in one sentence: its day (and half-day or hour), then the
 * meeting held and the inquiry's topic after 就/围绕/对, and who presides — "11月26日上午,常委会举行联组会议,就检察公益诉讼
 * 工作开展专题询问,常委会副主任宋启明主持。" The label is the day, the topic what the inquiry is on. Only after the first exchange
 * (placeGroups): before it, such a paragraph is the introduction of the whole session.
 */
const PART_PARAGRAPH = /^((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上|晚间)?(?:\s*\d{1,2}\s*[时:]\s*(?:\d{1,2}\s*分?)?)?)\s*,[^。!?;]{0,60}?(?:就|围绕|对)([^,。!?;]{2,30}?)(?:开展|进行|举行)(?:了)?专题询问[^。!?;]{0,40}?主持[。.]?$/u;

/** A part's number and a note in brackets after it, nothing else: "第一组(召集人:某某)", "第二场(11月3日下午)". */
const PART_NOTE = /^((?:(?:上午|下午|晚上|晚间)\s*)?第[一二三四五六七八九十百零〇两\d]{1,3}(?:场|组|轮|部分|单元|环节|板块|阶段))\s*\([^()\n]{2,48}\)$/u;

/** Whether `line` (one line of the view, trimmed) is a part's heading ("下午第二场：农村饮水安全", "(二)下午：…"). */
export function isGroupHeading(line: string): boolean {
  if (line.length > 48 || !OPENERS.has(line.charCodeAt(0))) return false;
  return GROUP_WORDS.some((w) => line.includes(w)) && GROUP_HEADING.test(line);
}

/** Whether `line` (one line of the view, trimmed) heads a group: a part's heading or a 问 topic subhead ("问水源:饮用水源地如何保护?"). */
export function headsGroup(line: string): boolean {
  if (isGroupHeading(line)) return true;
  const t = line.charCodeAt(0) === 0x95ee && line.length <= 48 && !TOPIC_NOT_SECOND.includes(line[1]) ? TOPIC_HEADING.exec(line) : null; // 问
  return t !== null && !ASKED_PERSON.test(t[1]);
}

export interface GroupHeading {
  /** The heading line's content (after a live feed's stamp opening it). */
  span: Span;
  /** Where its line's content starts, a live feed's stamp before the heading included: the part opens there. */
  opens: number;
  /** The part's name, brackets included ("第二场", "【第三轮】", "(上半场)"). */
  label: Span;
  /** The words after it, or null ("第二场" alone). */
  topic: Span | null;
  /** A narrated paragraph opens the part (PART_PARAGRAPH), no heading: it opens one only after the first exchange. */
  narrated?: boolean;
}

/** The group headings of `lines` (on the view), in reading order. */
export function findGroupHeadings(view: string, lines: Line[]): GroupHeading[] {
  const out: GroupHeading[] = [];
  for (const l of lines) {
    // (After a live feed's stamp opening the line, "【10:30】第二场:…", the line is still the heading's.)
    const s = l.content[0] + stampLength(view, l.content[0]);
    const e = l.content[1];
    // (A narrated part's paragraph: a day's digit opens it, and it names the inquiry and who presides.)
    const c = view.charCodeAt(s);
    if (c >= 0x30 && c <= 0x39 && e - s <= 160 && view.includes('专题询问', s) && view.lastIndexOf('主持', e) > s) {
      const p = PART_PARAGRAPH.exec(view.slice(s, e));
      if (p) {
        const at = s + p[0].indexOf(p[2], p[1].length);
        out.push({ span: [s, e], opens: l.content[0], label: trim(view, s, s + p[1].length), topic: trim(view, at, at + p[2].length), narrated: true });
        continue;
      }
    }
    if (e <= s || e - s > 64 || !OPENERS.has(c)) continue;
    const line = view.slice(s, e);
    // An outline's part of the meeting where the asking is done ("一、分组询问(1月14日下午)", "二、联组询问(…主持)"):
    // meeting-parts.ts. Its label the numbered part, its note no topic.
    const part = partHeading(line);
    if (part) {
      if (part.part === 'asking') out.push({ span: [s, e], opens: l.content[0], label: trim(view, s, s + part.label), topic: null });
      continue;
    }
    // "第一组(召集人:县人大常委会副主任 欧阳宏)": a part's number with a note of its convener, time or place.
    const noted = PART_NOTE.exec(line);
    if (noted) { out.push({ span: [s, e], opens: l.content[0], label: trim(view, s, s + noted[1].length), topic: null }); continue; }
    if (e - s > 48) continue;
    // Each regex only where its fixed words allow a match: compiling one costs more than the
    // test (TOPIC_HEADING's \p{sc=Han} most), and most lines of a text fit neither.
    const t = line.charCodeAt(0) === 0x95ee && !TOPIC_NOT_SECOND.includes(line[1]) ? TOPIC_HEADING.exec(line) : null; // 问
    const m = t && !ASKED_PERSON.test(t[1]) ? t : GROUP_WORDS.some((w) => line.includes(w)) ? GROUP_HEADING.exec(line) : null;
    if (!m) continue;
    const labelAt = s + m[0].indexOf(m[1]);
    const label = trim(view, labelAt, labelAt + m[1].length);
    let topic: Span | null = null;
    if (m[2]) {
      const at = s + m[0].lastIndexOf(m[2]);
      topic = trim(view, at, at + m[2].length);
    }
    out.push({ span: [s, e], opens: l.content[0], label, topic });
  }
  return out;
}

/**
 * Put the headings between the sections, in place: a heading inside a section that another section
 * follows ends that section before it and opens the next one (so it is a narration turn there,
 * never the tail of an answer); headings before the first section open that one. A heading after
 * the last section's start stays where it is. Returns, for each section, the heading it stands
 * under (the last one before its exchange began), or null.
 */
export function placeGroups(view: string, sections: Section[], all: GroupHeading[]): Array<GroupHeading | null> {
  const starts = sections.map((s) => s.span[0]); // where each exchange began, before any move
  // The gap each heading stands in: after the start of exchange k (-1: before the first).
  const gapOf = (h: GroupHeading) => {
    let k = -1;
    while (k + 1 < sections.length && starts[k + 1] < h.span[0]) k++;
    return k;
  };
  // (A narrated paragraph before the first exchange introduces the whole session: no part's.)
  all = all.filter((h) => !h.narrated || gapOf(h) >= 0);
  const gaps = all.map(gapOf);
  // Parts of one kind listed together with no exchange between ("第一场：…" / "第二场：…" in the
  // introduction's plan of the day) are an agenda, no headings; a part within a part (上午场 /
  // 第一组：…) is not.
  const kind = (h: GroupHeading) => {
    const label = view.slice(h.label[0], h.label[1]);
    if (h.narrated) return 'narrated';
    if (partHeading(label)) return 'part';
    return label.includes('第') ? label.replace(/[^场组轮分元节块段章]/gu, '').slice(-1) : label.startsWith('问') ? 'topic' : 'half-day';
  };
  const headings = all.filter((h, i) => !all.some((o, j) => j !== i && gaps[j] === gaps[i] && kind(o) === kind(h)));
  for (const h of headings) {
    const k = gapOf(h); // the last section that starts before the heading
    const at = stampAbove(view, h.opens, k >= 0 ? starts[k] : 0); // (with a live feed's stamp alone above it)
    const next = sections[k + 1];
    if (!next || next.span[0] <= at) continue; // no exchange after it, or an earlier heading already opens that one
    next.span = [at, next.span[1]];
    if (k >= 0) {
      const prev = sections[k];
      prev.span = [prev.span[0], Math.min(prev.span[1], trim(view, prev.span[0], at)[1])];
    }
  }
  return starts.map((start) => {
    let last: GroupHeading | null = null;
    for (const h of headings) if (h.span[0] < start) last = h;
    return last;
  });
}

/** The record's view of a heading: its text, the label and topic as written. */
export function groupOf(text: string, h: GroupHeading | null): Group | null {
  if (!h) return null;
  return { text: text.slice(h.span[0], h.span[1]), span: h.span, label: text.slice(h.label[0], h.label[1]), topic: h.topic ? text.slice(h.topic[0], h.topic[1]) : null };
}

/** The on-air lead questioner of a TV inquiry (主问官, 副主问官), who presses the answer just given. */
const LEAD_ASKER = /主问官$/u;
/** 请问 and an office (请问区财政局, 请问市住建委; not 请问骆局长): the question is put to someone new. */
const NEW_ADDRESSEE = /请问[^,。?!]{1,16}?(?:局|委|办|厅|院|中心|政府|公司|集团|海关|街道|镇|乡)(?![长员主])/u;

/**
 * "区人大代表 某:…?" / "区教育局局长 某:…" / "主问官 某:整改结果什么时候公布?": the lead questioner
 * speaking after another asker's question was answered, in the same part, follows it up. Sets
 * `followUpOf` in place (to the question that part of the exchange began with).
 */
export function leadFollowUps(view: string, sections: Section[], groups: Array<GroupHeading | null>): void {
  for (let i = 1; i < sections.length; i++) {
    const sec = sections[i];
    const who = sec.opener?.mention;
    if (sec.header || sec.followUpOf !== null || !who?.title || !LEAD_ASKER.test(who.title) || groups[i] !== groups[i - 1]) continue;
    if (groups[i] && groups[i]!.span[0] >= sec.span[0]) continue; // the part opens on it (maybe after its stamp): a question of its own
    // "主问官 某:请问区财政局,…": an office asked by name, a question of its own.
    const words = sec.opener!.wordsStart;
    if (words !== null && NEW_ADDRESSEE.test(view.slice(words, words + 40))) continue;
    const prev = sections[i - 1];
    const root = prev.followUpOf ?? i;
    const rootWho = sections[root - 1].opener?.mention;
    if (rootWho && rootWho.name !== who.name) sec.followUpOf = root;
  }
}
