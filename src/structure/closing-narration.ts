/**
 * Where the last question ends: before the meeting's closing narration after the last answer ("专题询问结束后,
 * 与会人员对应询部门进行了满意度测评。", "会议最后,常委会副主任某某作了讲话。"), the vote's lines and the
 * markup after them, and before the moderator's turns that close the inquiry ("马振华:今天的跟踪询问到此结束。").
 * Spans are [start, end): UTF-16 offsets into the decoded text (the view keeps them).
 */
import type { Span } from '../model/span.js';
import { isFurnitureLine } from './furniture-lines.js';
import { isTopicHeading } from './heading-lines.js';
import { isAttendanceLine } from './attendance-lines.js';
import { STAMP } from './stamps.js';
import { trim, type Line } from './blocks.js';
import { meetingPart } from './meeting-parts.js';
import type { SpeechEvent } from './speech.js';
import { isNotesHeading, opensNotes, withoutNotesLead } from './reporter-notes.js';
import { endsInquiry } from './end-markers.js';
import { rateMayBeVote, saysVoted } from '../extract/vote-evidence.js';
import { GOVERNMENT, STATES_POSITION } from './government-statements.js';
import { INQUIRIES, callsForStatement, closesInquiry, closingSentence, askedHeadPromises, isSceneLine, statementPromises, CONTINUES, SPEECH_TAG, type Closers } from './closers.js';

/**
 * The meeting's closing narration after the last answer ("专题询问结束后,与会人员对应询部门进行了
 * 满意度测评。", "应询部门满意度测评结果为95.6%。", "会议最后,常委会副主任某某作了讲话。") is no
 * part of the last question: the end of `span` before the trailing run of such lines (never
 * before its first line). With `closers`, a line where the chair or a government head closes
 * counts too (closers.ts), and so do the lines continuing one ("他强调,…"). So do the reporter's own
 * lines after the last answer (`narration`: their content starts; reporter-voice.ts): "此外,委员们还就…
 * 提出意见建议。据了解,…", a table of figures — nobody's answer, as they are between two questions.
 */
export function withoutClosing(view: string, body: Line[], span: Span, closers?: Closers, narration?: ReadonlySet<number>): Span {
  const inside = body.filter((l) => l.content[0] >= span[0] && l.content[1] <= span[1]);
  let k = inside.length;
  let cut = k; // the earliest closing line of the trailing run (markup and source lines may follow it)
  let wrapEnd = -1; // end of the hard-wrapped lines just passed, which go on with the line before them
  // The section's first whole line is its question, never cut; but a news report's question may open inside a paragraph
  // ("…整改隐患1.3万处。孔某随后追问瓶装液化气管理，刘局长回应，…。" then "市人大常委会副主任黄某在总结时指出，…"): the
  // asker's words and the answer both stand before the first whole line, which may then be the closing.
  const floor = inside.length && answeredBefore(view, span, inside[0], closers) ? 0 : 1;
  while (k > floor) {
    // "【副省长 聂某】" alone on its line, the words on the next: the speaker's label in corner brackets, read with its words
    // as "副省长 聂某:…" is, and cut with them (`over`).
    const over = k - 2 >= floor && wrapEnd < 0 ? bracketLabelOver(view, inside[k - 2], inside[k - 1]) : null;
    // …or the speaker's attribution on the line under a 表态 ("■表态:省政府将全力推进。⏎——副省长 郁某", a 问答摘登), read so too.
    const under = !over && k - 2 >= floor && wrapEnd < 0 ? statementAttribution(view, inside[k - 2], inside[k - 1]) : null;
    const who = over ?? under;
    // (A bullet before the words is layout: "◆ 会议最后,…".)
    const said = under ? inside[k - 2] : inside[k - 1];
    const words = view.slice(said.content[0], said.content[1]).replace(BULLET, '');
    const line = who ? `${view.slice(who[0], who[1])}:${words}` : words;
    const para: Span = who ? [Math.min(who[0], said.content[0]), inside[k - 1].content[1]] : wrapEnd < 0 ? inside[k - 1].content : [inside[k - 1].content[0], wrapEnd];
    // A labelled answer to the last question, opening its line, is no closing by its words ("戴某:…调查显示,…满意率为88.6%"):
    // the closing starts after it, at the chair's call at the earliest.
    const top = who ? inside[k - 2] : inside[k - 1];
    const firstAnswer = closers?.answered != null && closers.answered === top.content[0];
    // (The head the host asked for a statement speaks from his bracket, the turn opening on it: closers.ts reads him there.)
    const requested = !!over && !!closers?.requested?.some((s) => s >= top.content[0] && s < over[0]) && closers.heads.some((h) => h[0] >= over[0] && h[0] < over[1]);
    // (The promises of a head the last question was put to stay his answer, even framed as closing words: "请问桂副市长,…"
    // then "副市长桂某在讲话中表示,…一是…".)
    // (A 表态 under a government head's attribution is his statement of position on the whole inquiry, as under his label.)
    const attributed = !!under && !firstAnswer && !!closers?.heads.some((h) => h[0] >= under[0] && h[0] < under[1]);
    if ((!firstAnswer && (CLOSING.test(line) || ratesAnswers(line)) && !(closers && askedHeadPromises(view, para, closers))) || (!firstAnswer && VOTE_LINE.test(line)) || requested || attributed || (closers && closesInquiry(view, para, closers)) || narration?.has(inside[k - 1].content[0])) { cut = k - 1; wrapEnd = -1; if (who) cut = --k - 1; }
    // The host's request for a statement right before the head's closing statement ("主持人:…请副县长某某作表态发言。") opens it.
    else if (cut === k && k < inside.length && callsForStatement(line)) { cut = k - 1; wrapEnd = -1; if (who) cut = --k - 1; }
    // (A line hard-wrapped from the line before, and closing nothing by itself, goes on with it: that line decides, read
    // with its wrapped lines.)
    else if (k >= 2 && wraps(view, inside[k - 2], inside[k - 1])) { if (wrapEnd < 0) wrapEnd = inside[k - 1].content[1]; }
    // "他强调,…" goes on with the line before: closing only if a closing line comes before it. So does a line only naming who
    // attended or wrote the record up ("副市长某到会应询。", "会议由…记录整理。", attendance-lines.ts): narration, no turn.
    else if (!TRAILER.test(line) && !CONTINUES.test(line) && !isAttendanceLine(line) && !listUnderClosing(view, inside, k - 1) && !underClosingLead(view, inside, k - 1)) {
      // A government head's statement over several paragraphs ("副省长某:各位委员提出的意见很中肯。⏎⏎省政府将…"): the
      // paragraphs after the head's label, none opening a label of its own, are read with it, and close with it.
      const head = closers ? headStatementStart(view, inside, k - 1, para[1], closers) : -1;
      // …or under a heading or field that names it ("## 表态发言⏎**副市长** 某⏎委员们提的…", "**表态**:副市长 某⏎…").
      const j = head < 0 && closers ? statementHeadingStart(view, inside, k - 1, para[1], closers) : head;
      if (j < 0) break;
      cut = j;
      wrapEnd = -1;
      k = j;
      continue;
    } else wrapEnd = -1;
    k--;
  }
  // A clock time or a rule right before the closing line belongs to it ("15:20\n主持人:询问环节结束。"); so does a reporter's-notes
  // heading alone on its line ("记者手记:\n询问现场气氛热烈。副省长某表态说,…": the genre's label, never an answer's words).
  // (…and so do a live feed's stamp and tag lines over it, "09:31⏎【表态】⏎副县长 某:…", furniture-lines.ts.)
  // (…and so does a sentence on the scene alone on its line, "现场,不少旁听群众举起手机拍照。": the reporter's, nobody's answer.)
  // (…and so does a post's marked section heading over it, "▍表态：以问促改，守护成长", heading-lines.ts.)
  while (cut < inside.length && cut > 1 && (TRAILER.test(view.slice(inside[cut - 1].content[0], inside[cut - 1].content[1])) || isFurnitureLine(view.slice(inside[cut - 1].content[0], inside[cut - 1].content[1])) || isTopicHeading(view.slice(inside[cut - 1].span[0], inside[cut - 1].content[1])) || isNotesHeading(view.slice(inside[cut - 1].content[0], inside[cut - 1].content[1])) || isSceneLine(view.slice(inside[cut - 1].content[0], inside[cut - 1].content[1])))) cut--;
  // The reporter's notes after the last answer are never part of it, whatever their first lines ("记者手记:⏎询问会上,委员们问得
  // 直接…。会后,副市长某表态说,…", "【记者观察】…"): what of them is left here holds the closing (document-end.ts), from their heading on.
  if (closers && closers.answered !== null) {
    const notes = inside.findIndex((l, i) => i > 0 && l.content[0] > closers.answered! && opensNotes(view.slice(l.content[0], l.content[1])));
    if (notes > 0 && notes < cut) cut = notes;
  }
  k = cut;
  // (Every whole line closing: the section ends with its opening paragraph's words.)
  if (k === 0 && inside.length) return [span[0], trim(view, span[0], inside[0].span[0])[1]];
  const last: Span = k === inside.length ? span : [span[0], inside[k - 1].content[1]];
  // Run-on paragraphs: a sentence of the last line that opens the closing ("…政策. 会议最后, …").
  // (A section inside one paragraph, no whole line of its own — "…孔某随后追问…,刘局长回应,…。市人大常委会副主任黄某在总结时
  // 指出,…" — is read as that line.)
  const line = inside[k - 1];
  const from = line ? Math.max(line.content[0], span[0]) : span[0];
  const at = view.slice(from, last[1]).search(CLOSING_SENTENCE);
  if (at > 0) return [span[0], trim(view, from, from + at + 1)[1]];
  // …or where the chair or a government head closes in it.
  const s = closers ? closingSentence(view, from, last[1], closers) : null;
  return s === null ? last : [span[0], trim(view, from, s)[1]];
}

/**
 * The words of a speaker's label alone on its line `label`, right over the line `words` its words open, in corner brackets
 * ("【副省长 聂某】", "【主持人 省人大常委会副主任 孟某】") or with its colon ("省人大常委会副主任 孟某:"): [start, end) of
 * the title and name, or null. A title and a name parted by a space, no sentence's stop: a tag or a heading is no label
 * ("【编者按】", "【记者手记】", "【现场】"), nor a clause announcing what follows ("下面我讲三点:").
 */
function bracketLabelOver(view: string, label: Line, words: Line): Span | null {
  // (Blank lines between at most, a web copy's paragraphs: "【副省长 顾某】⏎⏎尊敬的柏主任,…".)
  if (words.index - label.index > 4 || view.slice(label.content[1], words.content[0]).trim()) return null;
  const m = LABEL_ALONE.exec(view.slice(label.content[0], label.content[1])) ?? (STATEMENT_OPENS.test(view.slice(words.content[0], words.content[1])) ? BARE_LABEL_ALONE.exec(view.slice(label.content[0], label.content[1])) : null);
  const who = m?.[1] ?? m?.[2];
  if (!m || !who || isNotesHeading(who)) return null;
  const at = label.content[0] + m[0].indexOf(who);
  return [at, at + who.length];
}
/**
 * The speaker's words of an attribution line `label` ("——副省长 郁某", as trailing-attribution.ts reads one) right under the line
 * `words` opening a 表态 or a speech ("■表态:…", "讲话:…", STATEMENT_OPENS), blank lines between at most: [start, end) of
 * the title and name, or null. (Under an answer, "■答:…⏎——副省长 某", the head answers: no closing by its layout.)
 */
function statementAttribution(view: string, words: Line, label: Line): Span | null {
  if (label.index - words.index > 4 || view.charCodeAt(label.content[0]) !== 0x2014 && view[label.content[0]] !== '-') return null; // — or -
  if (!STATEMENT_OPENS.test(view.slice(words.content[0], words.content[1]).replace(BULLET, ''))) return null;
  const m = DASH_ALONE.exec(view.slice(label.content[0], label.content[1]));
  if (!m) return null;
  const at = label.content[0] + m[0].indexOf(m[1]);
  return [at, at + m[1].length];
}
const LABEL_WHO = String.raw`[^【】\n,。;:!?“”]{2,40}?[ \t\u3000]+[\p{sc=Han}·]{2,6}`;
const LABEL_ALONE = new RegExp(String.raw`^\s*(?:【\s*(${LABEL_WHO})\s*】|(${LABEL_WHO})\s*:)\s*$`, 'u');
/** A dash and a speaker's title and name, alone on the line: "——副省长 郁某", "—县人大常委会主任 某". */
const DASH_ALONE = new RegExp(String.raw`^(?:——|—|--)\s*(${LABEL_WHO})\s*$`, 'u');
/**
 * A speaker line with no colon, "副省长 贺文龙" (a 实录's layout: the role tag on the next line, "问:", "答:"), is the label of the
 * words below only when they open as a speech to the meeting does: under its tag ("表态发言:", "讲话:") or saluting the chair
 * ("尊敬的罗主任,各位委员…").
 */
const BARE_LABEL_ALONE = new RegExp(String.raw`^\s*(${LABEL_WHO})\s*$`, 'u');
const STATEMENT_OPENS = new RegExp(String.raw`^\s*(?:(?:${SPEECH_TAG}|表态)\s*:|尊敬的)`, 'u');

/**
 * `span` opens inside a paragraph before its first whole line `first`, and the question was answered there too
 * (`closers.answered` before `first`): words of the section stand before that line, asked and answered.
 */
function answeredBefore(view: string, span: Span, first: Line, closers?: Closers): boolean {
  return !!closers && closers.answered !== null && closers.answered >= span[0] && closers.answered < first.content[0]
    && WORDS.test(view.slice(span[0], first.span[0]));
}
const WORDS = /[\p{sc=Han}\p{L}\p{N}]/u;

/**
 * Where a government head's closing statement opens when `inside[k]` (ending at `end`) is one of its later paragraphs: the
 * index of the nearest line before it opening a label, if that label is a head's and the statement read from it to `end`
 * closes the inquiry (closers.ts; promises keep it an answer only from a head the last question was put to, whichever
 * paragraph lists them); else -1. No line between
 * opens a label, and the statement runs over a few paragraphs at most.
 */
function headStatementStart(view: string, inside: Line[], k: number, end: number, closers: Closers): number {
  if (opensLabel(view, inside[k])) return -1;
  for (let j = k - 1; j >= 1 && j >= k - MAX_STATEMENT_PARAGRAPHS; j--) {
    if (!opensLabel(view, inside[j])) continue;
    const [c0, c1] = inside[j].content;
    if (!closers.heads.some((h) => h[0] >= c0 && h[0] < c1)) return -1;
    return closesInquiry(view, [c0, end], closers) ? j : -1;
  }
  return -1;
}
/**
 * A heading or a field that introduces the government head's statement of position after the last exchange: "## 表态发言",
 * "四、政府表态", "副县长表态", "表态讲话" alone on its line (who states it at most before 表态: not a sentence, "委员们要求县政府表态"),
 * the speaker in brackets after it at most ("表态发言(副县长 某某)", as meeting-parts.ts notes a part's chair), or "表态:副市长 某",
 * "表态发言人:副市长 某" (Markdown's bold blanked in the view).
 */
const STATEMENT_HEADING = /^(?:#{1,6}\s*)?(?:[一二三四五六七八九十]{1,3}\s*、|\(\s*[一二三四五六七八九十]{1,3}\s*\)|\d{1,2}\s*[.、])?\s*(?:[^,。;:!?“”\s]{0,4}?(?:政府|领导|负责同志|[省市县区州旗乡镇]长))?表态(?:发言|讲话)?\s*(?:\([^()\n,。;:!?“”]{2,30}\)\s*)?$|^表态(?:发言|讲话)?人?\s*:\s*[^,。;:!?“”]{2,30}$/u;
/**
 * A tag in brackets opening its line that names a part of the meeting's procedure after the questions (meeting-parts.ts),
 * the government's statement or the chair's summing-up: "【表态】副区长 某⏎区政府将…", "【总结】区人大常委会主任 某⏎希望…",
 * "[表态发言]", "【政府表态】" — like the 【询问】/【应询】 tags of the exchanges, it opens a turn, here the closing's (not
 * "【表态】" inside a sentence, nor a tag of the exchanges). Its length in `line`, or 0.
 */
const BRACKETED = /^[【\[]\s*([^】\]\n]{2,12}?)\s*[】\]]/u;
/** …or the part's name as a field, its colon after it, the speaker's label on the same line: "表态:副市长 某:市政府将…". */
const FIELD = /^([^:\n]{2,12}?)\s*:(?=[^:\n]{2,30}:)/u;
function partTag(line: string): number {
  const m = BRACKETED.exec(line) ?? FIELD.exec(line);
  return m && meetingPart(m[1]) === 'closing' ? m[0].length : 0;
}

/**
 * `line` (a line of the view) names a speaker's part of the closing as a heading alone, no speech of its own: "## 表态发言",
 * "表态:副市长 某", "表态发言(副县长 某某)", "【表态】" / "【总结】" alone (STATEMENT_HEADING, partTag).
 */
export function isStatementHeading(line: string): boolean {
  const t = line.trim();
  const tag = partTag(t);
  return STATEMENT_HEADING.test(t) || (tag > 0 && !t.slice(tag).trim());
}

/** `line` (a line of the view) opens on a heading, field or tag of a speaker's part of the closing: "【表态】副区长 某", "表态:副市长 某", "表态发言(副县长 某某)". */
export function opensStatementPart(line: string): boolean {
  const t = line.trim();
  return STATEMENT_HEADING.test(t) || partTag(t) > 0;
}

/**
 * Where the government head's statement opens when `inside[k]` (ending at `end`) is one of its paragraphs under a heading or
 * field naming it (STATEMENT_HEADING) or a tag of its part (partTag, the chair's summing-up too): the index of that line,
 * if it stands after the last question was answered and no other label opens a line between; else -1. The part is the
 * government's 表态, its pledges too ("## 表态发言⏎副县长 某⏎县政府将抓好两项工作:一是…"), unless a head the last
 * question was put to speaks under it with promises (closers.ts: his answer).
 */
function statementHeadingStart(view: string, inside: Line[], k: number, end: number, closers: Closers): number {
  if (closers.answered === null) return -1;
  for (let j = k; j >= 1 && j >= k - MAX_STATEMENT_PARAGRAPHS; j--) {
    const [c0, c1] = inside[j].content;
    if (c0 <= closers.answered) return -1;
    if (STATEMENT_HEADING.test(view.slice(c0, c1).trim()) || partTag(view.slice(c0, c1).trim()) > 0) {
      const asked = closers.addressed?.some((a) => a >= c0 && a < end) ?? false;
      return asked && statementPromises(view.slice(c1, end)) ? -1 : j;
    }
    if (opensLabel(view, inside[j]) && !closers.heads.some((h) => h[0] >= c0 && h[0] < c1)) return -1;
  }
  return -1;
}

/**
 * `inside[k]` is an item of a numbered list that a closing line announces with its colon, only items between ("主持人:…现场
 * 询问到此结束。委员们会前提交的以下问题,请相关部门…书面答复:⏎1.委员某:…?⏎2.…"): the questions left for written answers
 * are the closing's, never the last answer's; the closing line decides, read further back.
 */
function listUnderClosing(view: string, inside: Line[], k: number): boolean {
  const text = (j: number) => view.slice(inside[j].content[0], inside[j].content[1]).trim();
  if (!LIST_ITEM.test(text(k))) return false;
  let j = k - 1;
  while (j >= 1 && LIST_ITEM.test(text(j))) j--;
  return j >= 1 && /:$/u.test(text(j)) && isClosingNarration(text(j));
}
/**
 * `inside[k]` is a paragraph of words that a closing line before it introduces with its colon, alone on its line ("▶ 杨学军在
 * 总结讲话中指出:⏎⏎本次询问问题聚焦、回答务实。他要求,…"): the chair's summing up, never the last answer's; the closing line
 * decides, read further back. Only paragraphs opening no label stand between (a few at most).
 */
function underClosingLead(view: string, inside: Line[], k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - MAX_LEAD_PARAGRAPHS; j--) {
    const line = view.slice(inside[j].content[0], inside[j].content[1]).trim();
    if (/:$/u.test(line)) return isClosingNarration(line);
    if (opensLabel(view, inside[j])) return false;
  }
  return false;
}
/** The most paragraphs a closing line's colon introduces. */
const MAX_LEAD_PARAGRAPHS = 4;

/** A numbered list's item opening its line: "1.", "2、", "(3)", "①". */
const LIST_ITEM = /^(?:\d{1,2}\s*[.、]|\(\s*\d{1,2}\s*\)|[①-⑳])/u;

/** The most paragraphs of one head's statement read together. */
const MAX_STATEMENT_PARAGRAPHS = 12;

/**
 * `line` opens with a label: a short run with no sentence punctuation, then a colon ("副省长某某:", "主持人:"); not a clause
 * announcing what someone will do ("县政府将抓好两项工作:一是…", "我们要做到以下几点:"): a label names, it undertakes nothing.
 */
function opensLabel(view: string, line: Line): boolean {
  const m = LABEL_OPENING.exec(view.slice(line.content[0], Math.min(line.content[1], line.content[0] + 32)));
  return !!m && !UNDERTAKING.test(m[0]);
}
/** A modal or aspect word after the run's first character: the run is a clause (县政府将…, 我们要…), no speaker's name or title. */
const UNDERTAKING = /^.+?(?:将|要|一定|已经|正在)/u;

/**
 * `line` goes on with `before`, hard-wrapped by the page's width: the next line, no blank line between, `before` cut
 * inside a sentence (a Han character, a figure, a 、 or a comma last), and `line` opening no label of its own.
 */
function wraps(view: string, before: Line, line: Line): boolean {
  return before.index === line.index - 1 && before.content[1] - before.content[0] >= WRAP_WIDTH && WRAPPED_END.test(view[before.content[1] - 1])
    && !TAGGED_OPENING.test(view[line.content[0]])
    && !LABEL_OPENING.test(view.slice(line.content[0], Math.min(line.content[1], line.content[0] + 32)));
}
/** The fewest characters of a line cut by the page's width (a clock time alone, "15:30", is no such line). */
const WRAP_WIDTH = 12;
/** A line opening on a tag, a bracket or a bullet starts anew ("【现场】…", "(播放短片)", "■…"). */
const TAGGED_OPENING = /[【\[(〔■●◆▲★☆□◇○•▶►#>*\-]/u;
const WRAPPED_END = /[\p{sc=Han}0-9%、,]/u;
/** A label opening a line: a short run with no sentence punctuation, then a colon ("副省长某某:", "主持人:"). */
const LABEL_OPENING = /^[^,。;:!?“”\n]{1,30}:/u;

/** A bullet opening a line, and the spaces after it (other leading decoration is blanked in the view). */
const BULLET = /^[■●◆▲★☆□◇○•▶►]\s*/u;

/**
 * A sentence opening the closing inside a line: after a full stop (or an English one and a space). 会后 with the speaker
 * as subject is an answer's own plan ("会后我们马上核查", "会后,我们将书面答复"), no narration of the meeting.
 */
const CLOSING_SENTENCE = /[。!?]\s*(?:(?:本次)?(?:专题)?询问结束|会议(?:最后|结束)|会后(?!\s*,?\s*(?:我|咱))|(?:分组|联组)?审议(?:环节)?结束(?:后|时))|\.\s+(?:(?:本次)?(?:专题)?询问结束|会议(?:最后|结束)|会后(?!\s*,?\s*(?:我|咱)))/u;

/**
 * The inquiry ended, then the floor handed over for a speech: "询问结束。请市人民政府副市长刘静讲话。", "询问到此结束。下面请
 * 某某主任作总结讲话。" (a call to answer, "请某局长回答", hands over nothing).
 */
const HANDS_OVER = /询问(?:环节|活动)?(?:到此|就此)?结束[^。?!\n]{0,10}[。!,]\s*(?:下面|最后|现在)?,?\s*(?:请|由)[^。?!\n]{1,30}?(?:作|做|进行)?(?:总结)?(?:讲话|发言|表态|总结)/u;

/** Lines that may follow the closing: Markdown rules, a source line ("*本文来源:…*"), a live page's clock time alone. */
const TRAILER = new RegExp(String.raw`^[\s\-*_=#>]*$|^[\s*_(]*(?:本文)?来源\s*:|^\s*${STAMP}\s*$`, 'u');

/**
 * A line of a satisfaction vote's result, on its own after the closing line ("应到会组成人员35人，实到31人。",
 * "测评结果：满意18票，基本满意11票，不满意2票。"): it belongs to the closing too.
 */
const VOTE_LINE = /^(?:应到|实到|测评结果)|满意(?:票)?\s*[\d一二三四五六七八九十两]+\s*票/u;

/**
 * `line` (a line of the view) is the meeting's closing narration by its own words, whoever tells it: the inquiry ends, a vote,
 * the chair sums up, the report sums the inquiry up (CLOSING, VOTE_LINE); a bullet or the reporter's-notes heading may lead it.
 */
export function isClosingNarration(line: string): boolean {
  const words = withoutNotesLead(line).replace(BULLET, '');
  return CLOSING.test(words) || VOTE_LINE.test(words) || ratesAnswers(words);
}

/**
 * A line giving the members' satisfaction rate ("各应询部门满意率均在90%以上。", "会议对…的回答进行了测评,满意率为96%"):
 * the rate's sentence is no survey or target (vote-evidence.ts), and the line says the members voted or is nobody's
 * labelled words. An official quoting a survey in his answer ("戴某:…第三方开展的调查显示,…满意率为88.6%") or
 * promising a target ("力争…满意率达到95%以上") closes nothing.
 */
function ratesAnswers(line: string): boolean {
  const m = /满意率(?:分别|均)?(?:为|在|达)/u.exec(line);
  if (!m || !rateMayBeVote(line, m.index)) return false;
  return saysVoted(line) || !/^[^:,。\n]{1,24}:/u.test(line);
}

/** A line that is only markup, a source line or a clock time: no words of the closing itself. */
export function isTrailer(line: string): boolean {
  return TRAILER.test(line);
}
/**
 * Someone told speaking for the government in its 表态, the line opening on the speaker (after the moment at most), the
 * statement right after it: "郑某代表市政府表态,将以此次询问为契机…", "询问结束后,副区长某代表区政府作表态发言" — the
 * government's statement to the whole inquiry, whoever speaks it, a name with no title too (government-statements.ts
 * names the governments). Not in the first person ("下面我代表区政府表个态": a label's words, read by closers.ts).
 */
const SPEAKS_FOR_GOVERNMENT = String.raw`^(?:[^,。;:?!“”\n]{1,12},\s*)?[^,。;:?!“”\n我咱]{2,16}?代表${GOVERNMENT}[^。?!;:\n]{0,10}?${STATES_POSITION}`;
/**
 * A closing line: the inquiry or meeting ends (also said by the chair: "主持人:询问环节结束。", "韩某:专题询问到此结束。",
 * or marked as a section of its own, "【询问结束】" alone on its line,
 * for a reason given first, "主持人:由于时间关系,现场询问到此结束。";
 * all its parts, counted: "两场询问结束后,"), its chair sums up (also with 最后 and a bare verb: "某某最后强调,…"), the members rate the answering departments, or the report sums the inquiry up
 * ("询问会上,委员们问得直接,应询人答得坦诚。"), or a congress body's 负责人 tells what follows ("区人大常委会社会建设工委负责人
 * 表示,将继续跟踪监督"); in minutes, the meeting's resolution after the exchanges, the meeting as the
 * subject ("会议要求:区政府及相关部门要…", "会议指出,…", "会议还对…进行了测评": the meeting doing more; the 记录人 and 签发 lines
 * after it are frame fields, frame.ts).
 */
const CLOSING = new RegExp(String.raw`^[【\[]\s*(?:专题)?询问(?:环节|活动)?(?:到此)?结束\s*[】\]]\s*$|^(?:[【\[][^】\]\n]{1,4}[】\]])?\s*(?:${STAMP}\s*)?(?:(?:\*\*|__)?[^:\n,。]{1,24}?:\s*(?:\*\*|__)?\s*)?(?:(?:由于|因为?|鉴于)[^,。:\n]{1,8}?,\s*)?(?:${INQUIRIES}?(?:现场)?(?:专题)?询问(?:环节|活动)?(?:到此)?结束|会议(?:最后|结束)|会后(?!\s*,?\s*(?:我|咱))|(?:分组|联组)?审议(?:环节)?结束(?:后|时)|(?:本次)?专题询问(?:会)?(?:到此)?(?:最后|结束)|(?:今天的?|本次|这次)?(?:专题)?询问(?:环节|活动)?就?(?:到这里|到此为止))|^[^,。\n]{2,16}?(?:在(?:专题)?询问结束时|在[^,。\n]{0,6}?(?:(?:最后|结束)(?:总结|点评|讲话|发言)?|总结|点评)时(?:说|指出|强调|要求|表示)|在(?:总结(?:讲话)?|讲话)中|作(?:总结)?讲话(?:时|指出|要求)|讲话指出|最后(?:表态|表示|强调|指出|要求))|^[^,。\n]{0,24}?人大(?:常委会)?[^,。\n]{0,16}?负责(?:人|同志)[^,。\n]{0,4}?(?:表示|指出|强调|介绍|说)|^(?:对于|针对|就)(?:委员|代表|常委会组成人员|大家)们?(?:提出|所提|关心)的(?:问题|意见建议|意见和建议)|应询(?:部门|单位|人员)?[^。\n]{0,12}满意度测评|满意度测评(?:的)?(?:结果|得分)\s*(?:为|是|显示|:)|进行了满意度测评|(?:询问|会议)(?:环节|活动)?(?:到此|就此)结束[。!]?\s*$|^(?:${STAMP}\s*)?会议(?:(?:要求|指出|强调|认为|决定)\s*[:,]|还(?:进行|开展|组织|听取|通报|对|就|要求|强调))|^[^。\n]{0,20}?(?:共有|先后有)\s*[\d一二三四五六七八九十两]+\s*(?:名|位)[^。\n]{0,30}?(?:提问|询问|发问|提出问题)|^(?:整场|本次|这次|此次)?(?:专题)?(?:询问|联组会议)(?:会|现场)?(?:上|中|过程中)?\s*,\s*(?:委员们|常委会组成人员|委员和代表们|大家)[^。\n]{0,30}?(?:问[得的]|提问|发问)[^。\n]{0,40}?(?:答[得的]|回答|应询)|${SPEAKS_FOR_GOVERNMENT}`, 'u');

/**
 * The chair summing up in a report's words ("彭某在总结讲话中强调,一要…;二要…", "主任某作总结讲话,要求…", "…在讲话中指出,…"):
 * the chair's name opening the line (after the moment at most), then the speech named.
 */
const SUMS_UP = /^(?:[^,。;:?!\n]{1,12},\s*)?[^,。;:?!\n]{2,24}?(?:在(?:总结)?讲话中|作(?:了)?(?:总结)?讲话|在总结时|讲话(?:指出|强调|要求))/u;

/**
 * The lines on which the chair sums up between two exchanges (`body` lines, reading order; `events`: the speech events,
 * by start): an answer before the line, an asker after it, no speaker's turn starting on it, and the chair closing there in
 * a report's words (SUMS_UP, closers.ts). Whatever comes after it (written answers with no heading of their own, a second
 * part), the chair's speech is no part of the answer before it: its list (一要…) is no answer, its figures not that
 * question's. Narration then, up to the next speaker. (`closers` is read only when a line sums up in those words.)
 */
export function chairSummingUp(view: string, body: readonly Line[], readClosers: () => Closers, events: readonly SpeechEvent[]): Line[] {
  let closers: Closers | null = null;
  const lastAsker = events.reduce((at, e) => (e.role === 'asker' ? Math.max(at, e.start) : at), -1);
  const firstAnswer = events.find((e) => e.role === 'responder')?.start ?? Infinity;
  const out: Line[] = [];
  let k = 0;
  for (const l of body) {
    const [c0, c1] = l.content;
    if (c0 <= firstAnswer || c1 >= lastAsker) continue;
    while (k < events.length && events[k].start < c0) k++;
    if (k < events.length && events[k].start < c1 && events[k].role !== 'narration') continue;
    if (!SUMS_UP.test(view.slice(c0, c1))) continue;
    closers ??= readClosers();
    if (closers.chairs.some((c) => c[0] >= c0 && c[0] < c1) && closesInquiry(view, l.content, closers)) out.push(l);
  }
  return out;
}

/**
 * The last question's `span` without the moderator's turns that end it (`moderator`: their spans, each up to
 * the next speaker, in reading order), nobody else speaking after the first of them: "马振华:今天的跟踪询问到此
 * 结束。请市政府认真研究。" and the paragraphs after it close the inquiry, whatever their words. Never from the span's start.
 * A moderator who ends the inquiry and hands the floor over ("主持人:询问结束。请市人民政府副市长刘静讲话。") closes it
 * with whoever then speaks: the one called speaks to the meeting, not to the last question.
 */
export function beforeModerator(view: string, span: Span, moderator: readonly Span[]): Span {
  let cut = trim(view, span[0], span[1])[1];
  // The chair's end marker ("张立:询问结束。下面进行满意度测评。") ends it, whoever speaks after: a head's 表态, the vote.
  const marked = endMarker(view, span, moderator);
  if (marked !== null) cut = marked;
  for (let k = moderator.length - 1; k >= 0; k--) {
    const m = moderator[k];
    if (m[0] >= cut) continue; // after the span
    if (m[0] <= span[0]) break; // it opens the span
    // Someone else speaks after it: only the one it hands over to ("询问结束。请市人民政府副市长刘静讲话。", HANDS_OVER).
    if (m[1] < cut && !HANDS_OVER.test(view.slice(m[0], m[1]))) break;
    cut = m[0];
  }
  return cut < span[1] ? [span[0], trim(view, span[0], cut)[1]] : span; // (its start stays: a label's markup may open it, markdown.ts)
}

/**
 * Where the moderator's turn that ends the inquiry in words opens in the last question's `span` (end-markers.ts:
 * "彭某:专题询问结束。下面进行满意度测评,…", "吴某:询问环节到此结束。…"), after the span's start; or null. Its first
 * line holds the words (a stage note or the vote's lines may follow it in the turn: "(现场进行满意度测评)").
 * Everything from there is the closing, whoever speaks next — the head who answered the last question gives the
 * government's 表态 there, after the end — and nothing before it is (the head speaking before it answers).
 */
export function endMarker(view: string, span: Span, moderator: readonly Span[]): number | null {
  for (const m of moderator) {
    if (m[0] <= span[0] || m[0] >= span[1]) continue;
    // (The label alone on its line, "主持人:⏎询问到此结束。": its words are on the next line.)
    const lines = view.slice(m[0], Math.min(m[1], span[1])).split('\n').filter((l) => l.trim());
    const first = lines.length > 1 && /:[\s*_]*$/u.test(lines[0]) ? lines[0] + lines[1] : lines[0] ?? '';
    if (endsInquiry(first) && !/[?]/u.test(first)) return m[0];
  }
  return null;
}
