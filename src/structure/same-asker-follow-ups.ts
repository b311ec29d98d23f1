/**
 * A follow-up without the word 追问: the member whose question was just answered speaks again, on the same matter.
 *
 * Example: "委员 施红英:问县乡村振兴局,冷库闲置怎么办?\n欧建新:我们准备盘活。\n施红英:什么时间能解决\n欧建新:十月底前"
 * — the second turn of 施红英 follows up her first question (followUpOf 1), as "施红英:追问 什么时间能解决" would. In
 * verbatim records the word 追问 is rarely written; the member presses the answer just given by asking on with no
 * subject of their own (什么时间能解决: the subject is what was just answered), about a numbered part of it (二期什么时候
 * 完工, 下一步怎么办), or about terms first said in that exchange (服务队什么时候到位 after "我们正在组建服务队"); or
 * it leaves out what it asks about (elliptic-questions.ts): a bare facet of the plan just set out (钱从哪里来), a
 * demonstrative pointing back (关于这一点…), one bare clause on the exchange (水利配套怎么跟上 after an exchange on 配套资金).
 * It is a question of its own when another member asked in between, when the chair spoke (or the reporter, or a clip
 * ran) between the answer and it, when a new part of the inquiry opens on it, when it names an office other than the
 * one asked or answering ("请问县财政局,…"), or when it opens a new matter (另外, 此外, 第二个问题). Its verb may say it
 * goes on ("孙某接着问：那代开点的钱从哪里来？", 继续问) and the one who answered answers again: a follow-up, whatever it
 * asks. Words pointing back at the answer just given (那/那么, 那就是说, 刚才, 按您说的, 去年也说过要修), or re-quoting one of its figures ("那71%离
 * 省里要求的75%还差4个百分点，缺口怎么补？") press it in every layout; otherwise a 问:/答: record writes 追问 whenever it means one:
 * its 问 is a question of its own. Offsets are [start, end) UTF-16 code
 * units into the text; matching runs on the view.
 */
import type { Span } from '../model/span.js';
import { sameOrganization } from '../model/org-names.js';
import { lineEnd, type SpeechEvent, addressForms, speakerKey } from './speech.js';
import type { Section } from './sections.js';
import type { GroupHeading } from './groups.js';
import { findAddressees } from './addressees.js';
import { firstSaidIn, picksUp, termsOf } from './follow-ups.js';
import { speechStart } from './follow-up-cue.js';
import { asksOfFacet, bareQuestion, pointsBack, subjectHead } from './elliptic-questions.js';
import { THANKS_LEAD } from './closing-remarks.js';
import { POSTS } from '../model/posts.js';
import { rangeLookup } from './sorted-search.js';
import { append } from '../model/append.js';

/** The member's words read: this long at most. */
const READ = 120;

/**
 * The member's verb of asking says they go on (孙某接着问：…, “…？”孙某继续追问。): after their own question just answered,
 * 接着/继续 press the same exchange when the one who just answered (or their office) answers again. (Another member's
 * 接着问 only says who asked next, and so does the member's when another office answers: "代表某接着问：…职称评聘…？"
 * answered by the 人社 office after the 教育局: a matter of its own.)
 */
const GOES_ON_ASKING = /^\s*(?:同志)?\s*(?:紧接着|接着|继续|随即)(?:追问|提问|询问|发问|问道|问)/u;

/** A word of thanks or assent before the question ("好的,", "谢谢欧局长,"): it ties nothing by itself. */
const THANKS = `(?:${THANKS_LEAD})?`;

/** Words of time opening a question with no subject ("去年实际完成了多少？"): the time of what was just answered. */
const WHEN = '去年|今年|明年|目前|现在|眼下|当前|截至目前|到目前为止|年底前?|年内|上半年|下半年';

/**
 * Words with no subject of their own: after adverbs (那, 还, 到底, 具体, 预计, 最快), an interrogative or a modal asking
 * opens them (什么时间能解决, 能不能提前, 还有多少没完成, 具体怎么做), or a verb of two characters and 了 asking how much
 * (去年实际完成了多少: a noun takes no 了).
 */
const SUBJECTLESS = new RegExp(`^\\s*${THANKS}(?:那|还|又|再|到底|究竟|具体|大概|大约|预计|最快|最迟|最晚|${WHEN}|实际|实际上|已经|一共|总共|累计)*(?:什么时[间候]|啥时候?|何时|几时|多久|多长时间|多少|有多少|有几|几个|能不能|能否|可否|可不可以|是否|有没有|会不会|要不要|需要多|怎么|怎样|如何|为什么|为何|哪|\\p{sc=Han}{2}了(?:多少|几))`, 'u');

/** Words opening on a numbered part of what was answered: 二期, 第二批, 三标段, 下一阶段, 下一步. */
const NUMBERED_PART = new RegExp(`^\\s*${THANKS}(?:第?[一二三四五六七八九十0-9]{1,2}(?:期|批|阶段|标段)|下一(?:期|批|阶段|步))`, 'u');

/** Words opening a new matter: 另外, 此外, 另一个问题, 第二个问题, 换个话题. */
const NEW_MATTER = new RegExp(`^\\s*${THANKS}(?:另外|此外|另一个|再一个|其次|换个|第[二三四五六七八九十0-9]{1,2}个问题|我还有一个问题|还有一个问题)`, 'u');

/**
 * A modal yes/no question with no subject of its own, closing the words' first question (能完成吗, 明年能再增加吗, "“十四五”还剩半年，
 * 能完成规划目标吗？"), after adverbs of time at most: who is asked whether they can is the one addressed, the official just answering. (能源, 会议 … are nouns.)
 */
const ABLE = /^(?:那|还|又|再|到底|究竟|真的|确实|按期|如期|按时|今年|明年|年底前?|年内|近期|下一步)*(?:能(?![源耗力级效量])|能够|会(?![议计展])|可以|有望|来得及|可能(?!性))[^,。?!;:]{0,20}吗\s*$/u;

/**
 * The member cutting into the answer (我打断一下, 我插一句, 插句话, 对不起，打断您一下), or a label noting it (（插话）): they press the
 * answer being given, whatever they ask.
 */
const INTERRUPTS = new RegExp(`^\\s*${THANKS}(?:(?:对不起|不好意思|抱歉)[,。!]?\\s*)?(?:我|我们)?(?:想|要|先|再)?(?:打断(?:您|你)?一下|打断一句|插(?:一|两)?句(?:话)?|插个话|插问一(?:下|句))`, 'u');
const INTERRUPT_NOTE = /\(\s*(?:插话|插问)\s*\)/u;

/** Thanks or assent opening the words, before a vocative ("好的，杨主任，…"). */
const OPENING_THANKS = new RegExp(`^\\s*${THANKS}`, 'u');
/** What follows a vocative: a pause, a greeting or the pronoun of address (杨主任，…, 杨主任您好, 杨明主任，…). */
const AFTER_VOCATIVE = /^(?:副?\p{sc=Han}{0,3}?长|主任|同志)?(?:\s*[,:!。]|您|你)/u;

/**
 * Words opening on a connective that points back at the answer just given: 那/那么 (那71%离75%还差多少), 那就是说, 刚才/您刚才说,
 * 按您说的. They press that answer in every layout, a 问:/答: record's included.
 */
const BACK_REFERS = new RegExp(`^\\s*${THANKS}(?:那么?|那也?就是说|也就是说|(?:您|你)?刚(?:才|刚)|(?:按|按照|照|根据|依)(?:您|你)(?:刚才|刚刚)?(?:说|讲|介绍)的|(?:您|你)说的)`, 'u');

/**
 * Words opening on what was promised before, a reproach pressing the answer just given: "去年也说过要修，今年能不能保证？",
 * "上次就答应过…", "早就讲过…" (a time at most, 也/就/都, a verb of saying or promising with 过).
 */
const SAID_BEFORE = new RegExp(`^\\s*${THANKS}(?:${WHEN}|以前|之前|上次|上回|前年|前几年)?(?:也|就|都|早就|早)?(?:说过|讲过|提过|答应过|承诺过|保证过|表过态)`, 'u');

/** 那/那么 opening the words, before what they open ("那另外,…": a new matter all the same). */
const LEADING_THEN = /^\s*那么?[,\s]*/u;

/**
 * A figure written in digits (71%, 4.5, 198): re-quoted from the answer just given, it presses that answer. Not a year
 * (2025年: a date both may name) nor a digit inside a longer number.
 */
const FIGURE = /(?<![\d.])\d+(?:\.\d+)?%?(?![\d.])(?!(?<=(?<!\d)\d{4})年)/gu;

/** True when `words` re-quote a figure of two characters or more (71%, 198, 4.5) said in `answer`. */
function requotesFigure(words: string, answer: string): boolean {
  for (const m of words.matchAll(FIGURE)) if (m[0].length >= 2 && answer.includes(m[0])) return true;
  return false;
}

/** How many terms first said in the exchange the words must pick up (two: one shared pair is often chance). */
const PICKED_UP = 2;

/**
 * Set `followUpOf` in place on each section opened by the member whose question was just answered, with words tied to
 * that exchange and no new office named (to that question's thread's first, as a 追问's). `narration`: where the
 * reporter's lines and clips start (reporter-voice.ts, clips.ts).
 */
export function sameAskerFollowUps(view: string, sections: Section[], groups: ReadonlyArray<GroupHeading | null>, events: readonly SpeechEvent[], narration: ReadonlySet<number> = new Set()): void {
  // The events and reporter's lines between two places, in their order, found by halving (each question going through
  // all of a long transcript's events was quadratic in the number of questions).
  const within = rangeLookup(events, (x) => x.start);
  const narrationWithin = rangeLookup([...narration], (at) => at);
  for (let i = 1; i < sections.length; i++) {
    const sec = sections[i];
    const prev = sections[i - 1];
    const e = sec.opener;
    const p = prev.opener;
    if (sec.header || prev.header || sec.followUpOf !== null || !e || !p) continue;
    // (A 问:/答: record writes 追问 when it means one; only a back-referring opening or a re-quoted figure ties its 问.)
    if (e.role !== 'asker' || (e.kind !== 'label' && e.kind !== 'quote-first' && e.kind !== 'qa-label') || e.wordsStart === null) continue;
    // (The member may come back by surname and post: "孟委员：我打断一下，…" after 孟庆华委员's question.)
    // (A joint question has several askers, "张某、李某委员:…": any of them may follow it up, "李某委员:苗局长,…?".)
    const joint = jointAskers(within(p.start + 1, e.start), p, e.start);
    const who = e.mention?.name ?? (e.mention?.surname && e.mention.congress ? joint.find((n) => n.startsWith(e.mention!.surname!)) ?? null : null);
    if (!who || !joint.includes(who) || groups[i] !== groups[i - 1]) continue;
    // Between the two: nobody else asks, someone answers, and after the last answer nobody but the member speaks
    // (no chair, no reporter, no clip).
    let lastAnswer: SpeechEvent | null = null;
    let spoke = false; // someone other than the one answering spoke after the last answer
    const answering: string[] = [];
    const handles: string[] = []; // how the ones answering may be addressed: 杨明, 杨主任
    const surnames: string[] = []; // …and the surnames of those answering under a bare name
    for (const x of within(p.start + 1, e.start)) {
      if (x.role === 'asker' && x.mention?.name !== who && !(lastAnswer === null && x.mention?.name && joint.includes(x.mention.name))) { spoke = true; break; }
      if (x.role === 'responder') {
        lastAnswer = x;
        spoke = false;
        if (x.mention?.organization) answering.push(x.mention.organization);
        append(handles, addressForms(x, false));
        // (A bare name's label, "陈冬：", says no post: the member may still call them by surname and post, 陈支队长.)
        if (x.mention?.surname && !x.mention.office) surnames.push(x.mention.surname);
      } else if (x.role === 'narration' && lastAnswer) spoke = true;
    }
    if (spoke || !lastAnswer) continue;
    if (narrationWithin(lastAnswer.start + 1, e.start).length) continue;
    const words = wordsOf(view, e, within);
    // An office named other than the one asked or answering: a new question to it.
    const asked = [...answering, ...findAddressees(view, view, askerWords(view, p, within)).map((a) => a.text)];
    const from = speechStart(view, e.wordsStart);
    const named = findAddressees(view, view, [from, from + words.length]).map((a) => a.text);
    if (named.some((n) => !asked.some((a) => sameOrganization(a, n)))) continue;
    const root = prev.followUpOf ?? i;
    const exchange: Span = [sections[root - 1].span[0], sec.span[0]];
    // (Addressed by name first, "杨主任，能完成吗？", the words after the vocative are read the same.)
    const put = withoutVocative(words, [...handles, ...surnamePosts(words, surnames)]);
    // "那71%离省里要求的75%还差4个百分点,缺口怎么补?": back to the answer just given, by a connective or by its figure.
    const pressed = !NEW_MATTER.test(put) && !NEW_MATTER.test(put.replace(LEADING_THEN, '')) && (BACK_REFERS.test(put) || SAID_BEFORE.test(put) || requotesFigure(put, view.slice(lastAnswer.start, e.start)));
    if (e.kind === 'qa-label') {
      if (pressed) sec.followUpOf = root;
      continue;
    }
    const goesOn = e.mention !== null && GOES_ON_ASKING.test(view.slice(e.mention.span[1], e.mention.span[1] + 8)) && answeredAgain(events, e, lastAnswer, answering);
    if (pressed || SUBJECTLESS.test(put) || NUMBERED_PART.test(put) || (goesOn && !NEW_MATTER.test(put)) || (!NEW_MATTER.test(put) && ABLE.test(firstQuestionClause(put)))
      || INTERRUPTS.test(put) || INTERRUPT_NOTE.test(view.slice(e.start, e.wordsStart))
      || (!NEW_MATTER.test(put) && (pointsBack(put) || asksOfFacet(put) || onExchange(view, put, exchange, () => answeredAgain(events, e, lastAnswer!, answering))))
      || (!NEW_MATTER.test(words) && picksUp(view, words, exchange, PICKED_UP))) sec.followUpOf = root;
  }
}

/**
 * Who asked the question `p` opens: its asker and whoever asks with them before anyone answers (a joint label, "张某、
 * 李某委员:", or the co-askers of a joint call), up to `before`.
 */
function jointAskers(events: readonly SpeechEvent[], p: SpeechEvent, before: number): string[] {
  const out = p.mention?.name ? [p.mention.name] : [];
  const add = (name: string | null | undefined): void => { if (name && !out.includes(name)) out.push(name); };
  for (const m of p.coAskers ?? []) add(m.name);
  for (const x of events) {
    if (x.start <= p.start || x.start >= before) continue;
    if (x.role === 'responder') break;
    if (x.role === 'asker') { add(x.mention?.name); for (const m of x.coAskers ?? []) add(m.name); }
  }
  return out;
}

/**
 * True when `put` is a bare question (elliptic-questions.ts) on the exchange: its subject's head first said there
 * ("水利配套怎么跟上？" after "县级配套资金压力有多大？", whoever answers), or, put to the one who just answered
 * (`again`), any term first said there ("水质检测能不能做到全覆盖？" after "…覆盖人口比例为76%"). Answered by another
 * office, a bare question that only shares a word ("医保支付能不能向基层倾斜？" after an exchange on 基层 doctors) has a
 * subject of its own.
 */
function onExchange(view: string, put: string, exchange: Span, again: () => boolean): boolean {
  if (!bareQuestion(put)) return false;
  const head = subjectHead(put);
  if (head !== null && termsOf(head).size === 1 && firstSaidIn(view, head, exchange)) return true;
  return again() && picksUp(view, put, exchange, 1);
}

/**
 * True when the first to answer after `e` (before anyone else asks) is `last`, who answered just before, or speaks for
 * an office that answered there (`answering`).
 */
function answeredAgain(events: readonly SpeechEvent[], e: SpeechEvent, last: SpeechEvent, answering: readonly string[]): boolean {
  for (const x of events) {
    if (x.start <= e.start) continue;
    if (x.role === 'asker' && speakerKey(x) !== speakerKey(e)) return false;
    if (x.role !== 'responder') continue;
    const org = x.mention?.organization;
    return (speakerKey(x) !== null && speakerKey(x) === speakerKey(last)) || (!!org && answering.some((a) => sameOrganization(a, org)));
  }
  return false;
}

/**
 * True when the words cut into the answer being given (我插一句, 我打断一下, after a vocative naming one of `handles` and
 * thanks at most), or the label (`label`, from the speaker's name to the words) notes it: "某委员（插话）:". Read by
 * chair-interjections.ts too.
 */
export function cutsIn(words: string, label: string, handles: readonly string[]): boolean {
  return INTERRUPTS.test(withoutVocative(words, handles)) || INTERRUPT_NOTE.test(label);
}

/** A post one calls an official by, after their surname: 陈支队长, 王副局长. */
const CALLED_POST = new RegExp(`^${POSTS.called}`, 'u');

/** The surname + post `words` open with (after thanks), for a surname of `surnames`: "陈支队长，…" → 陈支队长. */
function surnamePosts(words: string, surnames: readonly string[]): string[] {
  const at = OPENING_THANKS.exec(words)?.[0].length ?? 0;
  const out: string[] = [];
  for (const s of surnames) {
    if (!words.startsWith(s, at)) continue;
    const post = CALLED_POST.exec(words.slice(at + s.length, at + s.length + 8));
    if (post) out.push(s + post[0]);
  }
  return out;
}

/** `words` after a vocative naming one of `handles` ("杨主任，能完成吗？" → "能完成吗？"), after thanks at most; else `words`. */
function withoutVocative(words: string, handles: readonly string[]): string {
  const at = OPENING_THANKS.exec(words)?.[0].length ?? 0;
  for (const h of handles) {
    if (!words.startsWith(h, at)) continue;
    const after = AFTER_VOCATIVE.exec(words.slice(at + h.length, at + h.length + 8));
    if (after) return words.slice(at + h.length + after[0].length).replace(/^(?:好)?[,!。]?\s*/u, '');
  }
  return words;
}

/** The last clause of the words' first question ("“十四五”还剩半年，能完成吗？" → "能完成吗"); the words when they ask nothing. */
function firstQuestionClause(words: string): string {
  const q = words.indexOf('?');
  const head = q < 0 ? words : words.slice(0, q);
  return head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf('。'), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('!')) + 1);
}

/** The words of `e`: from after its label or quote to the end of the line or the next speaker, READ code units at most. */
function wordsOf(view: string, e: SpeechEvent, within: (lo: number, hi: number) => SpeechEvent[]): string {
  // (A label alone on its line, "▲常委会委员 某：⏎水利配套怎么跟上？", has its words on the next.)
  const from = speechStart(view, e.wordsStart!);
  let to = Math.min(from + READ, lineEnd(view, from));
  for (const x of within(from + 1, to)) if (x.start < to && x.role !== 'narration') to = x.start;
  return view.slice(from, to);
}

/** The asker's words of the question before: from its label (or mention) to the first one speaking after it. */
function askerWords(view: string, p: SpeechEvent, within: (lo: number, hi: number) => SpeechEvent[]): Span {
  const from = p.wordsStart ?? p.start;
  let to = Math.min(from + 4 * READ, view.length);
  for (const x of within(from + 1, to)) if (x.start < to && x.role !== 'asker') to = x.start;
  return [from, to];
}
