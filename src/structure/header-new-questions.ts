/**
 * A member's new question under a question header: "问题一　加装电梯" / "委员汪某：请问区住建局，…?" / "区住建局局长吕某：…" /
 * "委员汪某：好，谢谢。我还有一个问题，问区财政局：维保补助资金有没有列入预算？". The header scopes a topic, not one
 * question and its answer: a member who, after an answer in the section, announces another question (我还有一个问题,
 * 我再问一个不同的问题, 另外一个问题, 第二个问题; after thanks at most) and puts it to an office nobody in the section
 * was asked nor answered for opens a question of its own — as the same turn does with no header (sections.ts turnSections).
 * Announced without a new office ("我再问一个问题：维保费用由谁承担？") it stays in the header's question: the section's
 * offices answer it. Under a topic's heading ("一、关于国有资产管理", "（四）关于…服务效能问题"), another member asking
 * once the question is answered asks one of their own — and so does one asking outright, on a line of their own, right
 * after another member's question and before any answer (members asking in turn, 先后发问, answered after: a batch,
 * batch.ts). Under a header naming itself a question, another member pressing it stays in it; but once a member's 追问
 * has split off a question of its own ("问题三：医保基金运行风险" / … / "委员周某追问：异地就医直接结算
 * 比例是多少？" / "市医保局局长廖某：…" / "委员蔡某：灵活就业人员参保有没有新办法？"), a member who has not asked under
 * the header yet and then asks outright, the 追问 answered, puts a question of their own: a 追问 is its asker's, and one
 * member's question is no part of another's (together only when the text says so: one label, or 追问 again).
 * Offsets are [start, end) UTF-16 code units into the view (same length as the text).
 */
import { sameOrganization } from '../model/org-names.js';
import { findAddressees } from './addressees.js';
import { speechStart } from './follow-up-cue.js';
import type { SpeechEvent } from './speech.js';
import { THANKS_LEAD, asksNothing } from './closing-remarks.js';
import { append } from '../model/append.js';

/** Thanks or assent before the announcement ("好，谢谢。", "谢谢吕局长的回答，", "好的，"). */
const THANKS = `(?:${THANKS_LEAD})*`;
/** Words announcing another question: 我还有一个问题, 再问一个(不同的)问题, 另外一个问题, 另一个问题, 第二个问题. */
const ANNOUNCES = new RegExp(String.raw`^\s*${THANKS}(?:我|那我)?(?:还有|还想(?:再)?问|再问|再提|另有|想再问)(?:一个|个|一下)?(?:不同的|新的|别的|其他的?)?问题|^\s*${THANKS}(?:还有|再问|我还想问)?(?:另外|另)一个(?:不同的|新的)?问题|^\s*${THANKS}(?:我的)?第[二三四五六七八九十2-9]个问题`, 'u');
/** A header that names itself a question: 问题二, 询问三, 提问一, 第三问, 问1 (not a topic's heading, 一、关于…). */
const QUESTION_HEADER = /问题|询问|提问|第[一二三四五六七八九十\d]+问|问[一二三四五六七八九十\d]/u;
/**
 * The head noun closing a topic's heading: "（四）关于住房公积金服务效能问题", "二、资金使用效率的问题" name a matter the
 * members ask about, not one question — a committee's report on an inquiry groups several members' questions under it.
 * (Read before QUESTION_HEADER: "问题二：关于积水点整治的问题" still names itself a question by its label.)
 */
const TOPIC_NOUN = /(?:的)?问题[\s)）】\]。.:：]*$/u;
/** A question asked outright, in the view (its ？ folded to ?). */
const QUESTION_MARK = /[?]/u;
/** How far the member's words are read for the announcement and the office (UTF-16 code units). */
const READ = 80;

/**
 * The asker events in `events` that open a new question inside the header section whose content starts at `from` and
 * ends at `to` (see the header). `header` is the header line's span, whose office (问题三：市检察院…) counts as asked.
 */
export function headerNewQuestions(view: string, events: readonly SpeechEvent[], from: number, to: number, header: [number, number]): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  const asked: string[] = findAddressees(view, view, header).map((a) => a.text);
  let answered = false;
  // Who asked the section's question so far: under a topic's heading (a digest's "一、关于国有资产管理" over several
  // members' 问/答 exchanges) another member asking outright once it is answered asks a question of their own. A header
  // naming itself a question ("问题二：水质检测", "【询问三】") is one question: a member pressing it stays in it.
  const topical = !QUESTION_HEADER.test(view.slice(header[0], header[1]).replace(TOPIC_NOUN, ''));
  let askers = new Set<string>();
  // The member whose 追问, after an answer, opened the question now under way (sections.ts splits it off), and whether
  // it has been answered since.
  let presser: string | null = null;
  let pressAnswered = false;
  // The member who last asked outright (a question mark in their words) with no answer since, if any.
  let lastAsked: SpeechEvent | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.start < from || e.anchor <= header[1]) continue;
    if (e.start >= to) break;
    if (e.role === 'responder') {
      answered = true;
      pressAnswered = true;
      if (e.mention?.organization) asked.push(e.mention.organization);
      continue;
    }
    if (e.role !== 'asker') continue;
    const who = e.mention?.name ?? null;
    const asksOwn = QUESTION_MARK.test(view.slice(e.wordsStart ?? e.anchor, i + 1 < events.length ? Math.min(events[i + 1].start, to) : to));
    // (Reported speech, "常委会委员、市人大代表石秋云提出，…？", has no words after a label: it asks all the same.)
    // Before any answer, members asking one after another under the matter, each a question of their own on a line of its
    // own ("喻海涛问，…如何清理？⏎苏和问，…靠什么维持？", then the answers): a batch, as with no heading (batch.ts links them).
    const inTurn = !answered && lastAsked !== null && asksOwn && view.slice(lastAsked.start, e.start).includes('\n');
    if (topical && (answered || inTurn) && who !== null && askers.size > 0 && !askers.has(who) && !e.followUp) {
      out.push(e);
      answered = false;
      askers = new Set([who]);
      presser = null;
      lastAsked = asksOwn ? e : null;
      continue;
    }
    lastAsked = asksOwn && !answered ? e : null;
    if (e.wordsStart === null) {
      if (who !== null) askers.add(who);
      continue;
    }
    if (e.followUp && answered) {
      presser = who;
      pressAnswered = false;
    } else if (presser !== null && pressAnswered && who !== null && who !== presser && !askers.has(who) && !e.followUp && !e.announces
      && !asksNothing(view.slice(e.wordsStart, i + 1 < events.length ? Math.min(events[i + 1].start, to) : to))) {
      // Another member asking outright after the 追问's answer (see the header).
      out.push(e);
      answered = false;
      askers = new Set([who]);
      presser = null;
      continue;
    }
    if (who !== null) askers.add(who);
    const start = speechStart(view, e.wordsStart);
    let end = Math.min(start + READ, to);
    for (let j = i + 1; j < events.length && events[j].start < end; j++) if (events[j].start > start) end = events[j].start;
    const named = findAddressees(view, view, [start, end]).map((a) => a.text);
    // (再问 reads as a 追问 cue: "我再问一个不同的问题，想问区卫健局" announces a new question all the same.)
    if (answered && ANNOUNCES.test(view.slice(start, end)) && named.some((n) => !asked.some((a) => sameOrganization(a, n)))) {
      out.push(e);
      answered = false;
      presser = null;
    }
    append(asked, named);
  }
  return out;
}
