/**
 * The layout reader: page frame, headline and introduction, question sections, speakers and turns.
 *
 * Example: "曲靖“多问”探寻…提升路径\n近日,曲靖市六届人大常委会…开展专题询问。…\n问题一:“一府两院”
 * 将采取哪些措施…?\n…市人大常委会副主任缪应虎向“一府两院”询问…\n市政府副市长海建才分析,…" gives
 * the session (title, body, meeting…), question 1 (label 问题一, the header's question as text),
 * its asker 缪应虎, its responders in order, and turns tiling its section. Without headers, each
 * asker's turn opens a question ("王某某委员问:…", "请王某某委员询问", "委员王某某就…进行提问");
 * a 追问 opens its own question with `followUpOf`. All spans are [start, end): 0-based UTF-16
 * offsets into `pair.text`; matching runs on `pair.view`.
 */
import { resolveShortOrganizations } from './short-orgs.js';
import { assignAskedPosts } from './asked-posts.js';
import { sideBoxLines } from './side-boxes.js';
import { unreadQaLabels } from './damaged-qa-labels.js';
import type { Span } from '../model/span.js';
import type { ClosingStatement, Role } from '../model/record.js';
import { warning, type Warning } from '../model/diagnostics.js';
import type { QuestionFrame, Structure, TextPair } from './types.js';
import { splitLines, trim, type Line } from './blocks.js';
import { frameKind, bylineSpans, trailingDateline, withoutHan } from './frame.js';
import { attendanceBetween, withoutAttendanceTail } from './attendance-lines.js';
import { findHeaderCandidates, BRACKETED, type Header } from './headings.js';
import { chooseHeaders, enclosingBreaks } from './header-layout.js';
import { agendaItems } from './agenda.js';
import { readSession, isHeadline, continuesHeadline } from './session.js';
import { isTagLine } from './session-topic.js';
import { mastheadLength } from './masthead.js';
import { menuLength } from './page-menu.js';
import { datedHeadline } from './dated-headline.js';
import { readSpeech, type SpeechEvent } from './attribution.js';
import { sessionChair } from './session-chair.js';
import { lineEnd } from './speech.js';
import { beforeModerator, endMarker, withoutClosing, chairSummingUp } from './closing-narration.js';
import { assignPostOrganizations } from './post-orgs.js';
import { currentOrganization } from '../model/former-posts.js';
import { hostCongress, hostStandingCommittee } from './host-committee.js';
import { headedGovernment } from './government-heads.js';
import { findPeople } from './cast.js';
import { findMentions } from './speakers.js';
import { opensWithQuestionTurn } from './opening-turn.js';
import { addAnnouncedRoles, renumberPeople } from './people-roles.js';
import { addPartChairs } from './part-chairs.js';
import { outsideSpans } from './outside.js';
import { headerSections, turnSections, type Section } from './sections.js';
import { topicLeads } from './topic-leads.js';
import { findClosers, headsSpeakingAgain, type Closers } from './closers.js';
import { withoutChairClosing } from './chair-closing-turns.js';
import { closingStatements } from './closing-statements.js';
import { readQuestion } from './question-frame.js';
import { linkBatches } from './batch.js';
import { linkTableAnswers } from './table-answers.js';
import { batchFollowUps } from './batch-follow-ups.js';
import { linkHandOvers } from './redirected-answers.js';
import { findGroupHeadings, placeGroups, leadFollowUps } from './groups.js';
import { sameAskerFollowUps } from './same-asker-follow-ups.js';
import { chairInterjections } from './chair-interjections.js';
import { headedFollowUps } from './headed-follow-ups.js';
import { namedFollowUps } from './named-follow-ups.js';
import { reporterLines } from './reporter-voice.js';
import { clipLines } from './clips.js';
import { summaryBrief } from './summary-brief.js';
import { framingLines, introAfterFraming } from './page-framing.js';
import { pastedSessionHeads, isReportHeadline, reportMarkLength } from './pasted-sessions.js';
import { repeatedParagraphs } from './repeated-paragraphs.js';
import { partHeading } from './meeting-parts.js';
import { readWrittenAnswers } from './written-answers.js';
import { recordMarkers, summaryGivesWay } from './summary-record.js';
import { closingSpan, moveBackMatter, closingAfterWritten, writtenAfterClosing, cutAtTail, moderatorTurns, droppedAfter } from './document-end.js';
import { markupStart } from '../source/markdown.js';
import { labelsInIntroduction } from './intro-labels.js';
import { isProceedingNote } from './stage-notes.js';
import { withoutPublicationLines, firstFrameDate, withoutHeadingMark, titleSpan, nextLineStart, chairOpening, ledeNarration } from './introduction.js';
import { rangeLookup } from './sorted-search.js';
import { append, replaceAll } from '../model/append.js';

// buildStructure reads top to bottom; its steps are module-level functions (not closures inside
// one big function), so each is compiled and optimized on its own. The headline's and introduction's
// spans come from introduction.ts; back matter, the closing and the page's tail from document-end.ts.

/** A headline naming the inquiry or its congress, no label nor question in it: "白河县人大常委会农村公路养护专题询问". */
const INQUIRY_HEADLINE = /询问|问政|人大|常委会|人民代表大会/u;
function namesInquiry(line: string): boolean {
  return isHeadline(line) && INQUIRY_HEADLINE.test(line) && !/[:?]/u.test(line);
}

export function buildStructure(pair: TextPair): Structure {
  const { text, view } = pair;
  const warnings: Warning[] = [];
  const lines = splitLines(view);
  const content = lines.filter((l) => l.content[1] > l.content[0]);

  // The page frame: publication lines, bylines, tools, trailers. A leading run of them, and the
  // trailing run after the last content line, belong to no question.
  const frameLines: Line[] = [];
  const body: Line[] = [];
  const printed = new Set<Line>(); // page numbers and running headers: the page turns, the text goes on
  // A briefing's masthead (工作简报 / 第12期 / 县人大常委会办公室 2021年6月18日) is frame: its date the issue's.
  const masthead = mastheadLength(content.slice(0, 8).map((l) => view.slice(l.content[0], l.content[1])), (s) => frameKind(s) !== null);
  // A site's menu above the headline ("首页\n人大要闻\n监督工作"), saved with the page, is frame too.
  const menu = masthead ? 0 : menuLength(content.slice(0, 40).map((l) => view.slice(l.content[0], l.content[1])), (s) => frameKind(s) !== null, isHeadline);
  // A bracketed dateline closing the report ("（2024年1月16日　记者　肖文）") is the page's: its date, no one's words.
  const dateline = trailingDateline(content.map((l) => view.slice(l.content[0], l.content[1])));
  for (let k = 0; k < content.length; k++) {
    const l = content[k];
    const kind = k === dateline ? 'trailer' : frameKind(view.slice(l.content[0], l.content[1]));
    // A site's genre or column tag alone above the headline ("【实录】" / "…专题询问"): the page's, not the title.
    const tag = body.length === 0 && k + 1 < content.length && isTagLine(view.slice(l.content[0], l.content[1])) && namesInquiry(view.slice(content[k + 1].content[0], content[k + 1].content[1]));
    // (So is a heading line in Latin letters over the Chinese headline, a bilingual page's: no title, frame.ts's withoutHan.)
    const foreign = body.length === 0 && withoutHan(view.slice(l.content[0], l.content[1]));
    (kind !== null || k < masthead || k < menu || tag || foreign ? frameLines : body).push(l);
    // (A photo caption between two paragraphs of an answer, "▲图为区教育局局长某某回答询问", is set in the text the same way.)
    if (kind === 'print' || kind === 'caption') printed.add(l);
  }
  // The paper's framing (a masthead, a column tag, the site's name above the headline; an editor's note): page frame.
  const framing = framingLines(view, body, isHeadline);
  if (framing.size) {
    replaceAll(body, body.filter((l) => !framing.has(l)));
    append(frameLines, framing);
    frameLines.sort((a, b) => a.span[0] - b.span[0]);
  }
  // A report's headline on a page of several ("一、市人大常委会就…开展专题询问" over its dated lede) heads a report, no question.
  const reportHeads = new Set(body.filter((l, k) => isReportHeadline(view.slice(l.content[0], l.content[1]), body[k + 1] && view.slice(body[k + 1].content[0], body[k + 1].content[1]))));
  let candidates = findHeaderCandidates(pair, body).filter((h) => !reportHeads.has(h.line));
  const firstIsHeader = candidates.some((h) => h.line === body[0] && h.family !== '、' && h.family !== '()' && h.family !== '.' && h.family !== BRACKETED);
  const firstLine = body.length > 1 && !firstIsHeader ? view.slice(body[0].content[0], body[0].content[1]) : null;
  // "2023年11月28日 省人大常委会联组会议开展专题询问": a headline with its date before (or after) it.
  const dated = firstLine !== null ? datedHeadline(firstLine) : null;
  // (An excerpt opening on its first speaker, "委员 陈兴旺:…怎么落实?", has no headline: the line is that member's turn.)
  const mentions = findMentions(pair);
  const titleLine = firstLine !== null && (dated || isHeadline(firstLine)) && !opensWithQuestionTurn(view, body[0], mentions, text) ? body[0] : null;
  // A headline over two lines: "某省人大常委会第十一次会议联组会议" / "关于…专题询问发言摘要" (a blank line between at most).
  const titleGap = titleLine && body.length > 2 ? body[1].index - titleLine.index : 0;
  const titleEnd = titleLine && (titleGap === 1 || (titleGap === 2 && !view.slice(titleLine.content[1], body[1].content[0]).trim()))
    && continuesHeadline(view.slice(titleLine.content[0], titleLine.content[1]), view.slice(body[1].content[0], body[1].content[1]), titleGap === 2) ? body[1] : titleLine;
  const published = firstFrameDate(view, frameLines);

  // Speakers: mentions outside the frame, the headline and inline bylines.
  const blocked: Span[] = frameLines.map((l) => l.content);
  // A side box quoting another time's exchange ("【延伸阅读】⏎2019年专题询问回顾:委员某问:…局长某答:…"): nobody speaks there,
  // and its figures and words are not the question's (it is given out with the page frame).
  const boxes = sideBoxLines(view, body);
  for (const l of boxes) blocked.push(l.content);
  if (titleLine) blocked.push(titleLine.content);
  if (titleEnd && titleEnd !== titleLine) blocked.push(titleEnd.content);
  for (const l of body) for (const b of bylineSpans(view, l.content[0], l.content[1])) blocked.push(b);
  const people = findPeople(pair, blocked, mentions);
  const speech = readSpeech(view, 0, view.length, people.mentions, pair.text);
  const chairs = speech.chairs;
  // Trailing back matter (注释 and footnotes, 附件 and its table, 往期回顾 lists) is page frame: no speech in it.
  // (No heading over the written answers: the chair's closing words before a member's question end the oral part.)
  const moved = moveBackMatter(view, content, frameLines, body, speech.events, people.mentions) ?? writtenAfterClosing(view, body, frameLines, speech.events, people.mentions);
  const back = moved?.from ?? null;
  // Written answers set before the chair's closing ("附:书面答复…" then "林某在总结时说,…"): the closing stays the meeting's.
  const resumedAt = moved?.written != null ? closingAfterWritten(view, moved.written, people.mentions, speech.events, frameLines, body) : null;
  const spoken = back === null ? speech.events : speech.events.filter((e) => e.start < back || (resumedAt !== null && e.start >= resumedAt));
  // A news report's exchanges before written answers laid out as 问/答 ("附件⏎…书面答复⏎问(委员某):…⏎答(局长某):…"): the
  // appendix's labels make no 问/答 layout of the report (its reported askers would give way to them), so the oral part is
  // read again on its own.
  if (moved?.written != null && resumedAt === null && qaLayoutFrom(speech.events, moved.written)) {
    const own = readSpeech(view, 0, moved.written, people.mentions, pair.text).events;
    replaceAll(spoken, own.filter((e) => e.start < back!));
  }
  // A news summary, then "以下为询问实录（节选）：" and the same exchanges word for word: the summary is the lead.
  const summed = summaryGivesWay(view, body, spoken);
  // The chair summing up after the last answer with a bare verb ("田家旺指出,…") asks nothing: no asker's turn.
  const events = withoutChairClosing(view, body, summed, findClosers(view, people.mentions, summed, null));
  // A 问/答-shaped line that no rule read as a label, in a document of 问(…)/答(…) labels: its words join the turn before (damaged-qa-labels.ts).
  for (const s of unreadQaLabels(view, events)) warnings.push(warning('unread-label', `a 问/答 label not read as one: ${pair.text.slice(s[0], s[1])}`, s));
  // (The page frame among them, "责任编辑:…" after the last answer, stays frame.)
  const appendix = moved?.written != null ? frameLines.filter((l) => l.content[0] >= moved.written! && (resumedAt === null || l.content[0] < resumedAt)
    && frameKind(view.slice(l.content[0], l.content[1])) === null) : [];
  if (back !== null) candidates = candidates.filter((h) => h.line.span[0] < back);
  const chair = sessionChair(pair, people.mentions, chairs);
  // The reporter's own lines ("此外,委员们还就…", "据了解,…", a table of figures) end whoever spoke before.
  const resumed: Line[] = []; // "他表示,…" after them: the one who spoke before goes on
  const narration = new Set(reporterLines(view, body, events, resumed).map((l) => l.content[0]));
  // A clip played between the exchanges ("(播放暗访短片…)", "短片显示:…", "画外音:…") ends whoever spoke before, up to the next speaker.
  const clips = clipLines(view, body, events, new Set(candidates.map((h) => h.line.content[0])));
  for (const l of clips) narration.add(l.content[0]);
  // Who else attended, told between the exchanges ("出席联组会议的还有…列席会议。"): the reporter's, no answer's words.
  for (const l of attendanceBetween(view, body, events)) narration.add(l.content[0]);
  // The chair summing up between two exchanges ("彭某在总结讲话中强调,一要…" before questions answered in writing): no answer.
  for (const l of chairSummingUp(view, body, () => findClosers(view, people.mentions, events, null), events)) narration.add(l.content[0]);
  for (const l of recordMarkers(view, body)) narration.add(l.content[0]); // "以下为询问实录（节选）：", "以下为询问后半段实录："
  for (const l of body) if (isProceedingNote(view.slice(l.content[0], l.content[1]))) narration.add(l.content[0]); // "（上午询问结束，休会）"
  for (const l of boxes) narration.add(l.content[0]); // (the side box ends whoever spoke before it: side-boxes.ts)
  // A second transcript pasted after the first: its title and date line end whoever spoke before ("…;三是" stays empty).
  // (Only where questions follow: a related article's headline in the page's tail is no second session.)
  const lastAsker = events.reduce((at, e) => (e.role === 'asker' ? Math.max(at, e.start) : at), -1);
  const pasted = pastedSessionHeads(view, body, questionsStart(events, candidates, titleEnd)).filter((h) => h[h.length - 1].content[1] < lastAsker);
  for (const head of pasted) for (const l of head) narration.add(l.content[0]);
  // A paragraph repeated by a bad copy (the same turn twice, a cut-off copy next to the whole one) is read once:
  // the copy stays in its speaker's turn, but its lists and figures are not read (pipeline.ts).
  const copies = repeatedParagraphs(view, body);
  for (const l of copies) {
    warnings.push(warning('duplicate-paragraph', 'this paragraph repeats the one next to it (or is a cut-off copy of it): read once', l.content));
  }
  const goesOn = new Set(resumed.map((l) => l.content[0]));
  // (A caption set inside an answer's list item, "二是扩大助餐服务覆盖面,⏎▲…回答询问⏎今年新增…", ends that item there: a
  // measure's text is the slice of its span (RECORD.md), which cannot leave the caption out; the list goes on after it.)
  // After a photo caption set inside an answer ("▲图为…回答询问" between 二是… and 三是…), the one who spoke before goes on.
  for (const l of printed) {
    if (frameKind(view.slice(l.content[0], l.content[1])) !== 'caption') continue;
    const next = body.find((b) => b.content[0] > l.content[0]);
    if (next && !events.some((e) => e.start >= next.span[0] && e.start < next.span[1])) goesOn.add(next.content[0]);
    // (Before someone else's words, "▲副市长某某表态发言" then "副市长某某表态,…", the caption ends the turn before it: the reporter's.)
    else if (next) narration.add(l.content[0]);
  }

  // Question sections: headers if the document has a header layout, else asker turns.
  const lastLine = body[body.length - 1];
  const contentEnd = lastLine ? lastLine.content[1] : 0;
  const sections = findSections(view, body, candidates, [titleLine, titleEnd], events, contentEnd, warnings);
  // A header in Markdown bold ("**询问一**", its marks blanked in the view) opens its section with its opening mark, as a bold
  // label opens its turn: the marks are the header's, never text in nobody's section.
  for (const sec of sections) if (sec.header && sec.span[0] === sec.header.line.content[0]) sec.span = [markupStart(text, view, sec.span[0]), sec.span[1]];
  // An outline's closing part after the exchanges ("三、表态", "四、讲话"): the meeting's closing from there on, whoever speaks.
  closingPartCut(view, body, events, sections);
  // A numbered question whose first speaker says 追问 ("问题4⏎委员某（追问）：许局长，…") follows up an earlier one.
  headedFollowUps(view, sections, events);
  // Headings of the inquiry's parts ("第二场：农村饮水安全") open the next question, never end the last answer.
  const groups = placeGroups(view, sections, findGroupHeadings(view, body.filter((l) => l !== titleLine && l !== titleEnd)));
  leadFollowUps(view, sections, groups);
  // The member just answered asking on, with no 追问 ("施红英:什么时间能解决"): a follow-up too.
  sameAskerFollowUps(view, sections, groups, events, narration);
  // The chair cutting into the answer under way ("皇甫局长，我插一句，…?"): a follow-up of the question answered.
  chairInterjections(view, sections, groups, events, chairs);
  // A member taking up another's question by name ("我接着曾委员的问题追问一下，…"): a follow-up of that question.
  const named = namedFollowUps(view, sections, events);

  // The closing narration (询问结束, 满意度测评结果) belongs to no question: it is the session's closing.
  // (So does the chair summing up, or a government head speaking to all after the last answer.)
  // Page numbers and running headers between pages end neither the closing nor the page.
  // (Written answers are no page tail: a closing after them is the meeting's.)
  const tailLines = printed.size || appendix.length ? frameLines.filter((l) => !printed.has(l) && !appendix.includes(l)) : frameLines;
  let closing: Span | null = null;
  let closers: Closers | null = null;
  if (sections.length) {
    const last = sections[sections.length - 1];
    const before = last.span;
    const moderator = moderatorTurns(events, contentEnd);
    const kept = beforeModerator(view, before, moderator);
    closers = findClosers(view, people.mentions, events, kept);
    // (Before the chair's end marker a head's unframed words answer the last question: closers.ts.)
    closers.marked = endMarker(view, before, moderator);
    closers.again = headsSpeakingAgain(people.mentions, closers);
    last.span = withoutClosing(view, body, kept, closers, narration);
    // Who attended and who presided, told after the last answer ("国务院副总理丁某到会听取意见。…副委员长郑某主持联组会议。"):
    // the reporter's narration before the closing, none of the answer's words.
    const answeredAt = closers.answered;
    if (answeredAt !== null && answeredAt < last.span[1]) last.span = [last.span[0], withoutAttendanceTail(view, answeredAt + 1, last.span[1])];
    // (The last section may end before the content does: an outline's enclosing "三、表态发言" / "四、会议小结" after the
    // numbered questions closes it, header-layout.ts. What follows is the meeting's end, no gap: the closing runs on.)
    closing = closingSpan(pair, body, tailLines, last.span[1], Math.max(before[1], contentEnd));
  }

  // A brief summing up the inquiry with no exchange reported ("邓某某，苏某某…等分别作了回答。"): its named officials
  // answered, and a 表态 or the chair's 讲话 after the summary is the closing (summary-brief.ts).
  const summary = sections.length ? null : summaryBrief(view, body, people.mentions);
  if (summary && summary.closingFrom !== null) {
    closing = closingSpan(pair, body, tailLines, summary.closingFrom, contentEnd);
    closers = findClosers(view, people.mentions, events, closing);
  }

  // The page's tail: from the first frame line after the last section starts ("责任编辑:…",
  // "相关新闻", "上一篇:…"), everything belongs to no question; a page number does not end it.
  const lastSection = sections[sections.length - 1];
  if (lastSection) cutAtTail(body, tailLines, lastSection);
  // A "closing" after the page's tail (a related article's last lines) is not this meeting's.
  if (closing && lastSection && tailLines.some((l) => l.span[0] >= lastSection.span[0] && l.span[0] < closing![0])) closing = null;

  // The session's fields are the first transcript's: the closing after the last question is another's; a 表态 right before
  // the second headline is the first's ("副县长某表态，…" / "■ 县人大常委会专题询问…").
  // (The closing read after the last question is the last session's: kept aside, to be flagged below.)
  const lastSessionClosing = pasted.length && closing && closers && closing[0] >= pasted[pasted.length - 1][0].content[1] ? { span: closing, closers } : null;
  if (pasted.length) {
    closing = null;
    const cut = pastedClosing(pair, body, tailLines, sections, events, people.mentions, narration, pasted[0][0].span[0]);
    if (cut) ({ closing, closers } = cut);
    for (const [title] of pasted) warnings.push(warning('multiple-sessions', `a second session's title after the questions began: two transcripts in one file (session fields are the first's; its closing is not the file's last lines)`, title.content));
  }

  // Who speaks in the closing (the chair summing up, a government head's 表态), read from the same mentions as the exchanges.
  const closingSpeakers = closing && closers ? closingStatements(pair, closing, people, events, closers, chair?.name ?? null) : [];
  // The record holds one closing, the first session's: the last session's 表态 or 讲话 would fall in no question and no
  // closing, so each is named in a warning ("副县长郝美云表态，…" after the second headline's questions).
  if (lastSessionClosing) append(warnings, laterSessionClosing(pair, lastSessionClosing.span, closingStatements(pair, lastSessionClosing.span, people, events, lastSessionClosing.closers, chair?.name ?? null)));

  // The introduction: from the headline (or first content line) to the first section.
  const firstBody = body[0];
  const introEnd = sections.length ? sections[0].span[0] : contentEnd;
  // (An editor's note between the headline and the lede is the paper's voice: the introduction starts after it.)
  const intro = firstBody ? trim(view, introAfterFraming(body, framing, titleEnd ? nextLineStart(body, titleEnd) ?? introEnd : firstBody.content[0], introEnd), introEnd) : null;
  const session = readSession(intro ? withoutPublicationLines(pair, frameLines, intro) : pair, {
    title: titleLine && titleEnd ? withoutReportMark(view, reportHeads.has(titleLine), withoutHeadingMark(view, titleSpan(titleLine, titleEnd, dated))) : null,
    masthead: content.slice(0, masthead).map((l) => l.content),
    partHeading: groups.length ? groups[0]?.span ?? null : null,
    dateline: titleLine && dated ? [titleLine.content[0] + dated.date[0], titleLine.content[0] + dated.date[1]] : null,
    intro: intro && intro[1] > intro[0] ? intro : null,
    frameDate: published,
    // A feature's lede may open on the first question ("“…?”11月15日,在市十七届人大常委会第二十五次会议联组会议上,…"):
    // its line names the meeting when the introduction and the headline do not.
    opening: sections.length ? trim(view, sections[0].span[0], Math.min(sections[0].span[1], lineEnd(view, sections[0].span[0]))) : null,
    closing: sections.length ? [sections[sections.length - 1].span[1], contentEnd] : null,
    ledeNarration: sections.length ? ledeNarration(view, sections[0], events) : null,
    chairOpening: sections.length ? chairOpening(view, sections[0], events) : null,
    roster: askerRoster(events),
  }, warnings);
  // An asker's or a responder's label opening a line of the introduction: an exchange was read as the opening (intro-labels.ts).
  if (sections.length) {
    const inIntro = labelsInIntroduction(view, intro, events);
    if (inIntro.length) warnings.push(warning('labels-in-introduction', `the introduction holds ${inIntro.length} speaker label(s) of askers or responders: ${inIntro.map((s) => pair.text.slice(s[0], s[1])).join(', ')}`, inIntro[0]));
  }
  // The session's span runs from the headline, unless page-frame lines (date, source, byline)
  // stand between the headline and the introduction: they are no part of it.
  const framed = titleLine && session.span && frameLines.some((l) => l.span[0] > titleLine.span[0] && l.span[0] < session.span![0]);
  if (session.span === null && titleLine && titleEnd) session.span = [titleLine.content[0], titleEnd.content[1]];
  else if (session.span && titleLine && !framed) session.span = [titleLine.content[0], session.span[1]];

  // Each section's speakers, turns, question text and addressees.
  const roles = new Map<string, Set<Role>>();
  const questions: QuestionFrame[] = [];
  const unanswered = new Map<number, Warning | null>(); // question index → its question-without-responder warning (null: answered in writing)
  // A news report's topic leads ("【资金使用】 常委会委员某关心…"): the questions' labels, the reporter's words.
  const leads = topicLeads(view, sections.map((s) => (s.header ? null : s.span[0])), people.mentions);
  // (Each section is given the events, reporter's lines and resumptions inside it, found by halving: a transcript of
  // thousands of questions had each of them go through all of its events.)
  const eventsWithin = rangeLookup(events, (e) => e.start);
  const narrationWithin = rangeLookup([...narration], (at) => at);
  const goesOnWithin = rangeLookup([...goesOn], (at) => at);
  for (let i = 0; i < sections.length; i++) {
    const before = warnings.length;
    const [s0, s1] = sections[i].span;
    const q = readQuestion(pair, sections[i], i, eventsWithin(s0, s1), people, roles, warnings, groups[i], new Set(narrationWithin(s0 + 1, s1)), new Set(goesOnWithin(s0 + 1, s1)), leads[i]);
    questions.push(copies.length ? withoutCopy(pair, q, copies) : q);
    const w = warnings.slice(before).find((x) => x.code === 'question-without-responder');
    if (w) unanswered.set(i + 1, w);
    else if (warnings.slice(before).some((x) => x.code === 'written-answer')) unanswered.set(i + 1, null); // answered in writing: no warning to add
  }
  // …put to the offices of the question it takes up when it names none itself.
  for (const i of named) {
    const target = questions[i].followUpOf;
    if (target !== null && !questions[i].addressees.length) questions[i].addressees.push(...questions[target - 1].addressees);
  }
  // Askers one after another, then the answers (集中提问、逐一回答): each answer to its question.
  // …and an answer after the chair hands a member's earlier question to an office ("请市财政局回答贾春生委员的问题。"): that question's.
  // …and the answers reported after a question table naming its responders ("询问中,钭志远回答说,…"): the row naming him.
  const linked = [...new Set([...linkBatches(pair, questions, people.persons, people.mentions), ...linkHandOvers(pair, questions, people.persons), ...linkTableAnswers(pair, questions)])];
  // A member of the batch addressing who answered their question, right after the answers ("宁局长，…？"): a follow-up of it.
  if (linked.length) batchFollowUps(pair, questions, people.persons);
  if (linked.length) {
    questions.forEach((q, i) => {
      const w = unanswered.get(i + 1);
      const answeredNow = q.responders.length > 0 || linked.includes(i + 1) || q.turns.some((t) => t.role === 'responder' && t.answerTo === null);
      if (answeredNow && w) warnings.splice(warnings.indexOf(w), 1);
      // The last question of a batch whose every answer answers another one.
      else if (!answeredNow && !unanswered.has(i + 1)) warnings.push(warning('question-without-responder', `question ${i + 1} names no responder`, sections[i].header?.labelSpan ?? sections[i].span));
    });
  }

  for (const m of summary?.responders ?? []) roles.set(people.idOf(m), new Set<Role>(['responder']));
  // The introduction's lists of askers and responders name the people behind turns no label names.
  if (questions.length) addAnnouncedRoles(view, people, questions, roles);
  // A part's own chair (下午第二场's 主持人) is a person of the record, the session's chair being the first.
  if (questions.length) addPartChairs(view, people, chairs, chair?.name ?? null, roles, sections.length ? sections[0].span[1] : Infinity);
  // Written answers appended after the meeting (书面答复): questions of their own after the oral ones, no page frame.
  const oral = questions.length;
  if (oral && appendix.length) append(questions, readWrittenAnswers(pair, appendix, people, roles, oral, speech.events));
  const frameOut = questions.length > oral ? frameLines.filter((l) => !appendix.includes(l)) : frameLines;
  // People are the askers and responders, numbered p1, p2 … in order of first appearance.
  const persons = renumberPeople(people.persons, roles, questions);
  assignPostOrganizations(persons, questions); // 刘振华厅长: answering a question put to 省水利厅
  // A former post's office (区卫生健康局 of 区卫生健康局原局长, 原市乡村振兴局局长) is no organization the person answers for now.
  for (const p of persons) p.organization = currentOrganization(p.organization, p.titles);
  // 临沅市分行副行长 after 中国人民银行临沅市分行行长: the branch named short is the one named whole before.
  resolveShortOrganizations(persons);
  // 区委社会工作部副部长、区民政局局长 answering a question put to 区委社会工作部: the post the question was put to.
  assignAskedPosts(persons, questions);
  // 常委会委员某 (and 某委员 with no organization): the bare 常委会 is the standing committee holding the session (市人大常委会).
  for (const p of persons) p.organization = hostStandingCommittee(p.organization, session.body, p.titles);
  // 人大代表 (or 代表) with no level: the congress of the session's level (县人大 at a county's meeting).
  for (const p of persons) p.organization = hostCongress(p.organization, session.body, p.titles);
  // The same for the chair and whoever speaks in the closing (李某副委员长主持 → 全国人大常委会; 常委会副主任某主持 → 市人大常委会).
  if (chair) chair.organization = hostStandingCommittee(chair.organization, session.body, chair.titles, true);
  for (const st of closingSpeakers) st.speaker.organization = hostStandingCommittee(st.speaker.organization, session.body, st.speaker.titles, st.role === 'chair');
  // 湖口县副县长 (read as 湖口县), 副省长 (nothing): a head of a people's government answers for that government (湖口县政府, 省政府).
  for (const p of persons) p.organization = headedGovernment(p.organization, p.titles);
  for (const p of persons) {
    if (p.name === null) warnings.push(warning('name-not-found', `a ${p.roles.join('/')} is named by office only: ${p.titles[0] ?? p.organization ?? '(no title)'}`, p.mentions[0]?.span ?? null));
  }

  // Askers announced in the introduction against askers found (those asking at the meeting, or with the ones
  // answered in writing: "共有6位委员报名提问…其余2位委员的问题由相关单位会后书面答复").
  const askerIds = new Set<string>();
  for (const q of questions.slice(0, oral)) for (const id of q.askers) askerIds.add(id);
  const oralCount = askerIds.size;
  for (const q of questions.slice(oral)) for (const id of q.askers) askerIds.add(id);
  const askerCount = askerIds.size;
  if (session.statedAskerCount !== null && questions.length && askerCount !== session.statedAskerCount && oralCount !== session.statedAskerCount) {
    warnings.push(warning('stated-asker-count-mismatch', `the introduction announces ${session.statedAskerCount} askers, ${askerCount} found`, session.spans.statedAskerCount));
  }

  // Outside every question: frame lines, introduction, trailers, and anything between.
  const outside = outsideSpans(view, content, questions.map((q) => q.sectionSpan));
  if (!questions.length && summary) {
    warnings.push(warning('summary-only', 'the text summarises the inquiry (…等分别作了回答) without reporting its exchanges: no questions read', summary.sentence));
  } else if (!questions.length) {
    warnings.push(warning('unrecognized-layout', 'no question headers and no asker turns were found', [0, text.length]));
  } else {
    // Between the first and the last section, text outside both is left over by the layout (the closing before written answers is not).
    const first = questions[0].sectionSpan[0];
    const last = questions[Math.max(0, oral - 1)].sectionSpan[1];
    for (const s of outside) {
      const inFrame = frameLines.some((l) => l.content[0] <= s[0] && s[1] <= l.content[1]);
      // (A Markdown heading's mark before a question's header, "## 问题二：…", is no text left over.)
      // (Nor is the first session's closing before a second session's headline: multiple-sessions.)
      const closes = closing !== null && pasted.length > 0 && s[0] >= closing[0] && s[1] <= closing[1];
      if (!inFrame && !closes && s[0] >= first && s[1] <= last && !MARKUP_ONLY.test(text.slice(s[0], s[1]))) warnings.push(warning('unclassified-text', 'text between question sections that belongs to none', s));
    }
    // After the last exchange everything is the closing or page frame: text in neither would be dropped, and says so.
    // (A second transcript pasted after the first has its closing taken away on purpose: multiple-sessions says so.)
    if (!pasted.length) {
      for (const s of droppedAfter(view, body, tailLines, last, closing ? [...questions.map((q) => q.sectionSpan), closing] : questions.map((q) => q.sectionSpan))) {
        warnings.push(warning('unclassified-text', 'text after the last question that is neither its closing nor page frame', s));
      }
    }
  }
  return { session, chair, closing, closingStatements: closingSpeakers, people: persons, questions, outside, frame: [...frameOut, ...boxes].sort((a, b) => a.span[0] - b.span[0]).map((l) => l.content), clips: clips.map((l) => l.content), copies: copies.map((l) => l.content), warnings };
}

/**
 * Sections cut at an outline's heading of a closing part after the exchanges ("三、表态", "四、会议小结": meeting-parts.ts):
 * from there on the text is the meeting's closing, whoever speaks under it (the chair summing up is no new asker). The
 * section holding the heading ends before it and those after it are dropped, in place. (Only once someone has answered.)
 */
function closingPartCut(view: string, body: Line[], events: readonly SpeechEvent[], sections: Section[]): void {
  if (!sections.length) return;
  const answered = events.find((e) => e.role === 'responder' && e.start > sections[0].span[0]);
  if (!answered) return;
  const heading = body.find((l) => l.content[0] > answered.start && partHeading(view.slice(l.content[0], l.content[1]))?.part === 'closing');
  if (!heading) return;
  const at = heading.span[0];
  const keep = sections.filter((x) => x.span[0] < at);
  if (!keep.length) return;
  const last = keep[keep.length - 1];
  if (last.span[1] > at) last.span = [last.span[0], trim(view, last.span[0], at)[1]];
  sections.splice(keep.length);
}

/** Markdown marks alone: a heading's "##", a rule, emphasis marks. */
const MARKUP_ONLY = /^[#*_>\-=\s]+$/u;

/** The 问/答 labels of the text all stand at or after `from` (where written answers start): none before it. */
function qaLayoutFrom(events: readonly SpeechEvent[], from: number): boolean {
  let after = false;
  for (const e of events) {
    if (e.kind !== 'qa-label') continue;
    if (e.start < from) return false;
    after = true;
  }
  return after;
}

/** The question's words up to a copy of its paragraph after them (the asker's line pasted twice): asked once. */
function withoutCopy({ text, view }: TextPair, q: QuestionFrame, copies: readonly Line[]): QuestionFrame {
  const copy = copies.find((l) => l.content[0] > q.span[0] && l.content[0] < q.span[1]);
  if (!copy) return q;
  let end = copy.content[0];
  while (end > q.span[0] && /\s/u.test(view[end - 1])) end--;
  return { ...q, span: [q.span[0], end], text: text.slice(q.span[0], end) };
}

/**
 * The roster of askers standing before the first asker speaks ("询问人：石某林、赵某凤", roster-fields.ts): how many
 * people it names and its span, from the field's name to its line's end; several such lines add up.
 */
function askerRoster(events: readonly SpeechEvent[]): { count: number; span: Span } | null {
  let count = 0;
  let span: Span | null = null;
  for (const e of events) {
    if (e.role === 'asker') break;
    if (!e.roster || e.wordsStart === null) continue;
    count += e.roster;
    span = [span?.[0] ?? e.start, e.wordsStart];
  }
  return span && { count, span };
}

/** A report's headline as the title, without the report's mark before it ("■ 县人大常委会专题询问…"). */
function withoutReportMark(view: string, marked: boolean, [s, e]: Span): Span {
  return marked ? [s + reportMarkLength(view.slice(s, e)), e] : [s, e];
}

/**
 * The first session's closing when a second follows: the last section before the second headline loses its closing lines
 * (a 表态 after its last answer) as the file's last section would, and they run up to that headline at most.
 */
function pastedClosing(pair: TextPair, body: Line[], tailLines: Line[], sections: Section[], events: SpeechEvent[], mentions: Parameters<typeof findClosers>[1], narration: ReadonlySet<number>, head: number): { closing: Span; closers: Closers } | null {
  const view = pair.view;
  const k = sections.findIndex((sec) => sec.span[0] < head && sec.span[1] >= head) ;
  if (k < 0) return null;
  const sec = sections[k];
  const kept: Span = [sec.span[0], head];
  const closers = findClosers(view, mentions, events.filter((e) => e.start < head), kept);
  const cut = withoutClosing(view, body, kept, closers, narration);
  if (cut[1] >= head) return null;
  const closing = closingSpan(pair, body, tailLines, cut[1], head);
  if (!closing) return null;
  sec.span = [sec.span[0], cut[1]];
  // The second headline and its lede open the next section (the reporter's lines there), never text of no section.
  const next = sections[k + 1];
  const from = body.find((l) => l.content[0] >= closing[1]);
  if (next && from && from.content[0] < next.span[0]) next.span = [from.content[0], next.span[1]];
  return { closing, closers };
}

/**
 * The warnings for a later session's closing, kept in no field of the record: one per statement read in it, naming its
 * speaker ("副县长郝美云表态，县政府将…" → 郝美云 (副县长)), or one for the whole closing when it names no speaker.
 */
function laterSessionClosing(pair: TextPair, span: Span, statements: readonly ClosingStatement[]): Warning[] {
  const why = 'after a later session\'s questions: the record keeps the first session\'s closing only (multiple-sessions)';
  const named = statements.filter((s) => s.speaker.name || s.speaker.titles.length);
  if (!named.length) return [warning('later-session-closing', `a later session's closing "${excerpt(pair.text.slice(span[0], span[1]))}" ${why}`, span)];
  return named.map((s) => {
    const who = [s.speaker.name, s.speaker.titles.length ? `(${s.speaker.titles.join('、')})` : null].filter(Boolean).join(' ');
    return warning('later-session-closing', `${who}'s closing statement "${excerpt(s.text)}" ${why}`, s.span);
  });
}
/** The first words of a stretch, for a message. */
function excerpt(words: string): string {
  const flat = words.replace(/\s+/gu, ' ').trim();
  return flat.length > 24 ? `${flat.slice(0, 24)}…` : flat;
}

/** Where the questions start: the first asker's words, or the first header after the headline. */
function questionsStart(events: SpeechEvent[], candidates: Header[], titleEnd: Line | null): number {
  const after = titleEnd ? titleEnd.content[1] : 0;
  const asker = events.find((e) => e.role === 'asker' && e.start >= after);
  const header = candidates.find((h) => h.line.content[0] >= after && h.family !== '、' && h.family !== '()' && h.family !== '.' && h.family !== BRACKETED);
  return Math.min(asker?.start ?? Infinity, header?.line.content[0] ?? Infinity);
}

/** Sections from the header layout when the document has one (its gaps and repeats warned), else from asker turns. */
function findSections(view: string, body: Line[], candidates: Header[], title: Array<Line | null>, events: SpeechEvent[], contentEnd: number, warnings: Warning[]): Section[] {
  const askerStarts = events.filter((e) => e.role === 'asker').map((e) => e.anchor);
  // An agenda listed in the introduction ("问题清单:1.…2.…") stays in it: its items head no exchange.
  const agenda = agendaItems(candidates, events.filter((e) => e.role !== 'narration').map((e) => e.anchor), askerStarts);
  const layout = chooseHeaders(view, candidates.filter((h) => !title.includes(h.line) && !agenda.has(h)), askerStarts);
  if (!layout) return turnSections(view, body, events, contentEnd);
  for (const [a, b] of layout.gaps) warnings.push(warning('question-number-gap', `question header ${b.label} follows ${a.label}`, b.labelSpan));
  for (const h of layout.duplicates) warnings.push(warning('duplicate-question-label', `question header ${h.label} repeats the previous number`, h.labelSpan));
  // Numbered questions that start only after labelled exchanges were asked and answered ("常委会委员某问:…?⏎局长某答:…" ×5,
  // then under an unknown heading "(一)常委会委员某:…?⏎市城管局:…"): the headers are the layout of their own stretch, the
  // oral part above them keeps its own (each asker's turn opens a question) and is no introduction.
  const cut = layout.headers[0].line.span[0];
  const before = events.filter((e) => e.start < cut);
  const askedBefore = before.filter((e) => e.role === 'asker');
  if (askedBefore.length >= 2 && before.some((e) => e.role === 'responder' && e.start > askedBefore[0].start)) {
    const oralBody = body.filter((l) => l.span[0] < cut);
    const oral = turnSections(view, oralBody, before, oralBody.length ? oralBody[oralBody.length - 1].content[1] : cut);
    const headed = headerSections(view, body.filter((l) => l.span[0] >= cut), layout.headers, contentEnd, events.filter((e) => e.start >= cut), enclosingBreaks(view, candidates, layout));
    return [...oral, ...headed.map((s) => ({ ...s, followUpOf: s.followUpOf === null ? null : s.followUpOf + oral.length }))];
  }
  return headerSections(view, body, layout.headers, contentEnd, events, enclosingBreaks(view, candidates, layout));
}
