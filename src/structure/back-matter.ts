/**
 * A document's back matter: what follows the meeting's last words on the page, and is no one's speech.
 *
 * Example: "…在三个月内书面报告整改情况。\n注释:\n[1] 据区人大社会建设工委2023年调研,…\n附件:专题询问应询
 * 人员名单\n序号\t姓名\t职务\n1\t付婉清\t副区长" — the notes of a Word or PDF document (注释:, 注:, footnotes
 * "[1] …", "① …", "¹ …" whose mark stands in the text before, or under a rule "______"), its attachments (附件:, 附表1, 附录: and all after them), and
 * readers' comments under a web article ("网友评论（3）" or a handle's line over its stamp "2025-05-23 11:20 回复 赞(26)": to the end, whoever
 * they quote or ask: no speech at the meeting), a post's list of other posts ("往期回顾\n▶ 代表联络站|听民声 解民忧\n▶ 一图读懂:2025年…"), and the reporter's own
 * notes after a 实录 ("记者手记\n冼某说:“…”一位旁听的村民问:“…?”", 采访手记, 记者观察, 短评, 编后: the reporter's
 * narration, whoever it quotes, to the end unless a labelled turn comes back). So is, without a heading, a
 * paragraph that the time frame puts after the session and that reports an encounter there ("会后,记者采访了县水利局
 * 局长冼某。冼某说:“…”一位旁听的村民问:“…?”": 会后, 会议结束后, 散会后, 会下, 采访中, with the reporter or someone
 * outside the congress asking): who asks there asks no question of the inquiry. Back matter
 * trails: from its first line to the end of the document, every line is back matter or page frame (编辑:…,
 * 长按识别二维码). It is page frame then (build.ts): it ends the last turn, belongs to no question, and the
 * closing is looked for before it. A "注:" under a table with the answer going on after it is no back matter.
 * Written answers appended after the meeting (书面答复, written-answers.ts) open on their heading ("附:书面答复",
 * "附件:区税务局书面答复", "市自然资源和规划局书面答复", "【…书面答复】" with the answer after it, "附件1" over "书面答复"), or on
 * the heading of one answer naming the member whose question it answers ("一、关于宋志强委员所提“…”问题的答复"): they end
 * the oral transcript and run to the end, whatever labels they hold ("区税务局:", "宋志强委员:请问…"); not page frame but
 * questions of the record. So does an attachment with no title of its own ("附件", "附:") right over a labelled turn
 * ("附件\n委员甘某:农村水质检测频次够不够?\n县卫健局副局长庞某:…"): the members' questions answered after the meeting
 * (a transcript attached says so, "附件:询问实录"). So does a bare title of them over a labelled turn ("关于专题询问未当场答复问题
 * 的书面答复\n委员甘某:…?"), as an office's "ORG关于…的书面答复" does.
 * Lines are trimmed lines of the normalized view (ASCII : , ( ) [ ], leading decoration blanked).
 */

import { NOTES_NAME, opensNotes } from './reporter-notes.js';
import { AFTER_MEETING_HEADING, ITEM_MARK, WRITTEN_ANNEX, WRITTEN_HEADING, WRITTEN_ITEM, WRITTEN_NOTICE, WRITTEN_TITLE } from './written-answers.js';

export type BackMatterKind = 'notes' | 'annex' | 'related' | 'reporter' | 'written' | 'distribution' | 'comments';

/** A content line as the back-matter reader sees it. */
export interface MatterLine {
  /** The trimmed line of the view. */
  text: string;
  /** A page-frame line (frame.ts): it may stand anywhere in the back matter. */
  frame: boolean;
  /** A speaker's turn starts on it (a label, a name and a verb of speech). */
  spoken: boolean;
  /** A labelled turn starts on it ("问(某):", "某某委员:"), not reported speech: the exchanges go on. */
  labelled?: boolean;
  /** A member of the congress asks on it (an asker's turn of theirs starts there): the inquiry goes on. */
  asks?: boolean;
  /**
   * A named member asks on it in a report's words ("区人大常委会委员某某关注违停治理:“…?”"), whether or not a turn starts there
   * (a 问/答 appendix makes the report's reported questions give way to its labels): the exchanges have begun.
   */
  reported?: boolean;
}

/** Where the back matter starts (an index into the lines) and the kind of its first block. */
export interface BackMatter {
  start: number;
  kind: BackMatterKind;
  /**
   * Where written answers start (an index into the lines: their heading, "附:书面答复", or an attachment's
   * "附件1" heading them), or null: from there to the end the back matter is the written answers
   * (written-answers.ts), not page frame. Absent when there are none.
   */
  written?: number;
}

/** A notes block's heading: "注释:", "注:", "注释" alone, "脚注:", "附注:". */
const NOTES = /^(?:注释|注解|脚注|尾注|附注|注)\s*(?::|$)/u;
/** A footnote: its mark at the line's start, "[1] 据…", "[2]数据来源:…", "① 本次…", "³ 含线上培训。". */
const FOOTNOTE = /^(?:\[(\d{1,3})\]|([①-⑳])|([¹²³⁴-⁹⁰]{1,2})(?![¹²³⁴-⁹⁰]))/u;
/** A note of a notes block: a footnote, "注1:…", "1. …", "①…", "¹ …", "(1)…", "数据来源:…". */
const NOTE_ITEM = /^(?:\[\d{1,3}\]|【\d{1,3}】|注\s*\d{1,3}|\d{1,2}\s*[.、]|[①-⑳]|[¹²³⁴-⁹⁰]{1,2}\s|\(\d{1,2}\)|(?:数据|资料)来源\s*:)/u;
/** A rule set over the footnotes of a page: "______________", "————————", "--------". */
const RULE = /^[_＿—–\-－=]{5,}$/u;
/** An attachment's heading: "附件:专题询问应询人员名单", "附件1 …", "附表:", "附录一", "附:". */
const ANNEX = /^(?:(?:附件|附表|附录)\s*(?:[\d一二三四五六七八九十]{1,3})?\s*(?::|\s|$)|附\s*:)/u;
/** A list of other posts: "往期回顾", "推荐阅读:", "相关链接 |" (nothing else said on the line). */
const RELATED = /^(?:往期(?:回顾|推荐|精彩|阅读)|精彩(?:回顾|推荐)|(?:相关|推荐|延伸|更多)阅读|相关(?:链接|新闻|报道|推荐)|热(?:文|点)推荐|更多精彩|猜你喜欢|近期推荐|阅读推荐)\s*[:|]?[^\p{sc=Han}]*$/u;
/**
 * The reporter's notes' heading alone on its line, maybe bracketed or with its own title after a colon or a bar:
 * "记者手记", "【采访手记】", "记者观察:让每一滴水都安全", "编后", "短评|…"; or leading their first paragraph ("【记者观察】询问
 * 会上,委员们问得直接…", "记者手记:询问现场,…": reporter-notes.ts, opensNotes).
 */
const REPORTER = new RegExp(String.raw`^[【\[]?\s*${NOTES_NAME}\s*[】\]]?\s*(?:[:|丨｜].{0,40})?$`, 'u');
/**
 * A paragraph the time frame puts after the session ("会后,", "会议结束后,", "散会后,", "询问结束后,", "会下,",
 * "采访中,")…
 */
const AFTER_SESSION = /^(?:(?:会议|询问|座谈)?(?:结束|散会)(?:之)?后|会后|散会后|会下|会外|采访中|会议间隙|休会期间)\s*[,，]?/u;
/**
 * …that reports an encounter there, not the meeting's closing ("询问结束后,主任某作总结讲话" is the closing): the
 * reporter is in it (记者采访了…, 接受记者采访), or someone outside the congress asks (一位旁听的村民问, 有群众问,
 * 居民代表某拦住局长问).
 */
const ENCOUNTER = /记者|采访|(?:村民|群众|居民|市民|网友|家长|旁听)[^。]{0,16}?(?:问|提问|询问)/u;
/** `line` (a trimmed line of the view) reports an encounter after the session ("会后,记者采访了…", "散会后,有村民问…"). */
export function isEncounter(line: string): boolean {
  return AFTER_SESSION.test(line) && ENCOUNTER.test(line);
}

/**
 * A 简报's or 公文's distribution block (版记), its first line: to whom the issue goes, by a one- or two-character verb of
 * sending and a colon — "报：省委常委会各位同志", "送：常委会组成人员，各专门委员会", "发：各市州人大常委会", "抄送：省委办公厅",
 * "分送：…", "抄报：…", "主送：…", "印发：…". No speaker's label: none of these verbs names a role (问/答 do).
 */
const DISTRIBUTION = /^(?:报|送|发|抄送|抄报|分送|主送|报送|发送|印发|呈送|呈报)\s*:/u;
/**
 * A line of that block after its first: another recipient list, the recipients going on (bodies separated by 、 , or
 * spaces, no sentence: "各专门委员会、办事机构"), the print note ("共印120份", "（共印80份）") or the issuing office and date.
 */
const RECIPIENTS = /^[^。?!;]{1,80}$/u;
/** An item of such a list: a bulleted headline ("▶ 蓝溪区人大常委会召开第二十五次会议", "· …", "- …"). */
const BULLETED = /^[■●◆▲★☆□◇○•▶►·>\-*+]/u;
/** …or a headline alone on its line: short, with no full stop (its decoration blanked in the view). */
const HEADLINE = /^[^。]{1,40}$/u;

/**
 * Readers' comments under a web article: their heading, "网友评论（3）", "读者留言", "评论区", "我要评论", "发表评论", "全部评论(12)"
 * (a count or a colon at most after it, nothing said)…
 */
const COMMENTS = /^(?:(?:网友|读者|用户|全部|最新|热门)?(?:评论|留言)(?:区|列表)?|我要(?:评论|留言)|发表(?:评论|留言)|写评论|精选留言)\s*(?:\(\s*\d{1,5}\s*\)|\d{1,5}\s*条)?\s*:?$/u;
/**
 * …or, with no heading, a comment's own stamp under it: the time it was posted with the buttons to answer or like it, "2025-05-23
 * 11:20  回复  赞(26)", "05-23 12:05 回复", "3小时前 赞 14" — nobody at a meeting speaks a line that ends in 回复 or 赞(N).
 */
const COMMENT_STAMP = /^(?:\d{4}\s*[-/.]\s*)?\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|^\d{1,2}\s*(?:分钟|小时|天)前|^(?:刚刚|昨天|前天)\s*\d{0,2}:?\d{0,2}/u;
const COMMENT_BUTTONS = /(?:回复|赞\s*(?:\(\s*\d{1,6}\s*\)|\d{1,6})?|点赞\s*\d{0,6}|举报)\s*$/u;
/** `s` (a trimmed line) is a comment's stamp: a posting time, then 回复 or 赞(N) ending the line. */
export function isCommentStamp(s: string): boolean {
  return s.length <= 48 && COMMENT_STAMP.test(s) && COMMENT_BUTTONS.test(s);
}

/**
 * A numbered member's label opening a line, the question after it: "一、常委会委员石建国:…?", "2.省人大代表陈某:…" — the
 * first written answer's question, right under the notice that they follow ("现将书面答复内容附后。").
 */
const NUMBERED_MEMBER = new RegExp(String.raw`^(?:${ITEM_MARK})\s*[^:。?!]{0,24}?(?:委员|代表)[^:。?!]{0,8}:`, 'u');

/** The kind of block `lines[k]` opens, or null. `cited`: the footnote marks standing inside the text before. */
function opens(lines: readonly MatterLine[], k: number, cited: () => ReadonlySet<string>): BackMatterKind | null {
  const s = lines[k].text;
  if (WRITTEN_HEADING.test(s) || WRITTEN_ANNEX.test(s) || WRITTEN_ITEM.test(s)) return 'written';
  // ("会后答复" under the notice that names written answers, "…会后由相关部门作出书面答复，现附后。": their heading too.)
  if (AFTER_MEETING_HEADING.test(s) && noticeBefore(lines, k)) return 'written';
  // The recorder's notice that written answers follow ("…会后由有关部门书面答复。现将书面答复内容附后。"), nobody's turn, right
  // over them (their heading, or the first member's numbered question): narration opening them, no words of the last answer.
  if (WRITTEN_NOTICE.test(s) && !lines[k].spoken) {
    const j = firstAfter(lines, k);
    if (j < lines.length && !WRITTEN_NOTICE.test(lines[j].text) && (opens(lines, j, cited) === 'written' || NUMBERED_MEMBER.test(lines[j].text))) return 'written';
  }
  // (Comments open on their heading, or on the first comment, its stamp on the line under it: "网友“某某”:…" then "2025-05-23 11:20 回复".)
  if (COMMENTS.test(s) || (k + 1 < lines.length && isCommentStamp(lines[k + 1].text) && !isCommentStamp(s))) return 'comments';
  if (NOTES.test(s)) return 'notes';
  if (ANNEX.test(s)) return 'annex';
  if (RELATED.test(s)) return 'related';
  if (DISTRIBUTION.test(s) && RECIPIENTS.test(s)) return 'distribution'; // (a list of bodies, no sentence)
  if (REPORTER.test(s) || opensNotes(s) || (AFTER_SESSION.test(s) && ENCOUNTER.test(s))) return 'reporter';
  // (A rule over notes: "______" then "① 本次专题询问通过…直播。")
  if (RULE.test(s) && k + 1 < lines.length && NOTE_ITEM.test(lines[k + 1].text)) return 'notes';
  const mark = FOOTNOTE.exec(s);
  return mark && cited().has(mark[1] ?? mark[2] ?? mark[3]) ? 'notes' : null;
}

/** `s` is an item of a block of `kind` (an attachment holds anything that is nobody's turn). */
function fits(kind: BackMatterKind, line: MatterLine): boolean {
  if (kind === 'written') return true; // the answers, their organizations' labels and the questions they answer
  if (kind === 'annex') return !line.spoken;
  if (kind === 'reporter') return !line.labelled;
  if (kind === 'notes') return NOTE_ITEM.test(line.text);
  if (kind === 'distribution') return !line.labelled && RECIPIENTS.test(line.text);
  return BULLETED.test(line.text) || HEADLINE.test(line.text);
}

/** An attachment's heading alone, with no title: "附件", "附件2", "附:", "附录一". */
const BARE_ANNEX = /^(?:(?:附件|附表|附录)\s*(?:[\d一二三四五六七八九十]{1,3})?|附)\s*:?$/u;

/** Written answers mentioning them: "…会后由相关部门作出书面答复，现附后。", "以下问题由相关部门书面答复:". */
const MENTIONS_WRITTEN = /书面(?:答复|回复|回答)/u;

/** The line before `k` (no page frame) is nobody's turn and names written answers: the recorder's notice over them. */
function noticeBefore(lines: readonly MatterLine[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && lines[j].frame) j--;
  return j >= 0 && !lines[j].spoken && MENTIONS_WRITTEN.test(lines[j].text);
}

/** The first line after `k` that is no page frame (or the end). */
function firstAfter(lines: readonly MatterLine[], k: number): number {
  let j = k + 1;
  while (j < lines.length && lines[j].frame) j++;
  return j;
}

/**
 * A footnote's mark inside a line, after its first character: "“建而不用”[1],请问…"; a circled or superscript one right
 * after a word and before a stop ("专题询问①。", "保护区19个②;", "培训3000人³;"): not "…:①加强监管", a list's marker.
 */
const INLINE_MARK = /(?<=.)\[(\d{1,3})\]|(?<=[\p{sc=Han}\d%])(?:([①-⑳])|([¹²³⁴-⁹⁰]{1,2}))(?=[,.;:。,;:、)）”\s]|$)/gu;
/** A circled, superscript or bracketed footnote mark at a position, before a stop or the line's end. */
const MARK_AT = /^(?:\[\d{1,3}\]|[①-⑳]|[¹²³⁴-⁹⁰]{1,2})(?=[,.;:。,;:、)）”\s]|$)/u;

/**
 * The length of the footnote mark glued at `pos` of `view` after a word or a figure ("19个②;", "3000人³;",
 * "12.6%[1]。"), or 0: a reference to a note, no word of the sentence (no indicator, no measure's word).
 */
export function footnoteMarkAt(view: string, pos: number): number {
  if (pos === 0 || !/[\p{sc=Han}\d%]/u.test(view[pos - 1])) return 0;
  const m = MARK_AT.exec(view.slice(pos, pos + 6));
  return m ? m[0].length : 0;
}

/** The trailing back matter of `lines` (content lines, in reading order), or null. */
export function findBackMatter(lines: readonly MatterLine[]): BackMatter | null {
  const firstSpoken = lines.findIndex((l) => l.spoken);
  const firstAsked = lines.findIndex((l) => l.spoken || l.reported);
  let marks: Map<string, number> | null = null; // a footnote mark → the first line citing it
  for (let k = 0; k < lines.length; k++) {
    const citedBefore = () => {
      if (!marks) {
        marks = new Map();
        lines.forEach((l, i) => {
          for (const m of l.text.matchAll(INLINE_MARK)) {
            const mark = m[1] ?? m[2] ?? m[3];
            if (!marks!.has(mark)) marks!.set(mark, i);
          }
        });
      }
      const out = new Set<string>();
      for (const [mark, at] of marks) if (at < k) out.add(mark);
      return out;
    };
    let first = opens(lines, k, citedBefore);
    // (A bare title of them, "关于…的书面答复", opens them over a labelled turn only: an office's own needs none.)
    if (first === null && WRITTEN_TITLE.test(lines[k].text)) {
      const next = lines[firstAfter(lines, k)];
      if (next && (next.labelled || next.asks)) first = 'written';
    }
    // (The reporter's narration may quote someone on its first line, "会后,…冼某说:“…”", but opens on no labelled turn;
    // written answers may open on their heading bracketed as a label, "【区税务局书面答复】今年…".)
    if (first === null || (first === 'reporter' ? lines[k].labelled : first !== 'written' && first !== 'distribution' && first !== 'comments' && lines[k].spoken)) continue;
    // Written answers follow the exchanges: a heading before the first turn (a table of contents) opens none.
    if (first === 'written' && (firstAsked < 0 || firstAsked >= k)) continue;
    // A paragraph put after the session by its time frame, not by a heading, tells of after the exchanges only when
    // they came before it (a feature may open on the scene after the meeting), and while no member asks after it.
    const aftermath = first === 'reporter' && !REPORTER.test(lines[k].text) && !opensNotes(lines[k].text);
    if (aftermath && (firstSpoken < 0 || firstSpoken >= k || lines[k].asks)) continue;
    let kind: BackMatterKind = first; // the block being read
    let written: number | null = first === 'written' ? k : null;
    let j = k + 1;
    for (; j < lines.length; j++) {
      if (kind === 'written' || kind === 'comments') break; // written answers run to the end; so do readers' comments
      if (lines[j].frame) continue;
      if (aftermath && lines[j].asks) break;
      // An attachment may hold the written answers ("附件1" then "书面答复", "附件" then "一、关于某委员所提…的答复").
      const next: BackMatterKind | null = kind === 'reporter' ? null : opens(lines, j, citedBefore);
      if (next === 'written') {
        kind = next;
        written = j - 1 >= k && ANNEX.test(lines[j - 1].text) ? j - 1 : j; // ("附件1" alone heads them)
      }
      // An attachment with no title of its own ("附件", "附:") over a labelled turn ("委员甘某:…?", "问(委员甘某):…") holds
      // the questions answered after the meeting: written answers, after the exchanges (not a transcript: "附件:询问实录").
      else if (kind === 'annex' && lines[j].labelled && j === firstAfter(lines, k) && BARE_ANNEX.test(lines[k].text) && firstSpoken >= 0 && firstSpoken < k) {
        kind = 'written';
        written = k;
      }
      else if (next !== null && kind !== 'annex' && !lines[j].spoken) kind = next;
      else if (!fits(kind, lines[j])) break;
    }
    if (j === lines.length || kind === 'written' || kind === 'comments') return written === null ? { start: k, kind: first } : { start: k, kind: first, written };
  }
  return null;
}
