/**
 * The labelled turn right after a question answers it, whatever the title of whoever speaks:
 * "市人大常委会委员 龙海波：去年询问提出的问题，整改情况如何？" then "市人大常委会副秘书长 滕书和：整改主要有三个方面。一是…" —
 * the congress's own officials (副秘书长, 专委会主任委员, a member who heads a committee's liaison with a department) reply
 * to members there, as a bureau chief would; their congress title makes no asker of them.
 *
 * The rule stands on the structure, not on the title lexicon:
 *  - a question: a labelled turn of someone asking (or a bare 问: label) whose words hold a question mark;
 *  - the next labelled turn (the chair's lines aside) is someone else's, read as asking only by the title (no verb of
 *    asking in the label, no 追问);
 *  - the chair, between the two, calls on someone to answer ("请市人大常委会副秘书长滕书和回答。") → it answers; the chair
 *    calls on someone to ask ("请下一位委员提问。") → it asks;
 *  - else its words decide: words that ask (a question mark, 请问, 我想问 …) put a second question (members asking in turn
 *    before the answers, 集中提问: batch.ts pairs them with their answers), words that do not ask answer. A plain
 *    member (委员, 代表, no post besides) answers only by the chair's call or when the words open as a reply ("谢谢龙委员的
 *    提问", "关于龙委员提出的问题，…"): a member's remark after another's question is theirs (审议 remarks, exchanges.ts).
 * Matching runs on the view (punctuation folded: ？ → ?); offsets are [start, end) UTF-16 offsets into the text.
 */
import { speakerKey, type SpeechEvent } from './speech.js';
import { thanksOnly } from './closing-remarks.js';

/** A verb of asking in a label (…问:, …提问:, …追问:): the speaker says they ask. */
const ASKING_LABEL = /问/u;
/**
 * Words that ask: a question mark, 请问, 我想问, 想了解, 想请教, 问一下, 我的问题; or that call on someone to answer ("请市民政局
 * 回答。", "请市民政局说明一下": whoever presides, directing, not answering).
 */
const ASKING_WORDS = /[?]|请问|想问|问一下|想了解|想请教|想知道|我的问题|请[^。;!?\n]{1,30}?(?:回答|答复|作答|回应|说明|介绍)/u;
/** Words opening with thanks for the question ("谢谢龙委员的提问", "感谢委员的询问"): a reply, whatever follows. */
const THANKS_FOR_QUESTION = /^\s*(?:谢谢|感谢)[^。;!?,\n]{0,12}?的?(?:提问|询问)/u;
/**
 * Words opening as a reply to the question before: the question named as the subject ("关于龙委员提出的问题,…", "对于委员
 * 关心的…问题"), or the speaker saying they answer ("我来回答"). (Read after the words that ask: "关于龙委员提出的问题,我想
 * 再问一下…" asks on.)
 */
const REPLY_OPENS = /^\s*(?:(?:关于|对于|针对|就)[^。;!?\n]{0,30}?(?:提出|提到|问到|关心|关注|询问)的[^。;!?\n]{0,16}?(?:问题|情况)|我(?:来|先)?(?:回答|答复|回应|介绍)(?:一下)?)/u;
/** The chair calling on someone to answer: "请市人大常委会副秘书长滕书和回答。", "请滕秘书长作答". */
const CALL_TO_ANSWER = /请[^。;!?\n]{0,40}?(?:回答|答复|作答|回应|解答|应询)/u;
/** The chair calling on someone to ask: "请下一位委员提问。", "请龙委员继续询问", "下面请…发问". */
const CALL_TO_ASK = /请[^。;!?\n]{0,40}?(?:提问|询问|发问|追问)|下一位/u;
/** A plain member's title: 委员, 代表 or 组成人员 of a congress, no post besides (no 、 chain). */
const PLAIN_MEMBER = /^[^、]*?(?:委员|代表|组成人员)$/u;
/** …whose last word is a committee's post, not membership: 主任委员, 副主任委员. */
const COMMITTEE_POST = /主任委员$/u;

/**
 * Make the labelled turn right after a question its answer where the header's rule says so (`events` sorted by start;
 * changed in place). `chairs` are the names of whoever presides: their labels are theirs, never an answer.
 */
export function answerQuestions(view: string, events: SpeechEvent[], chairs: ReadonlySet<string>): void {
  for (let i = 0; i + 1 < events.length; i++) {
    const e = events[i];
    if (e.role !== 'asker' || (e.kind !== 'label' && e.kind !== 'qa-label') || e.wordsStart === null) continue;
    if (!view.slice(e.wordsStart, events[i + 1].start).includes('?')) continue;
    // (The chair's lines between, and the chair's call read as a moderator event: "请…滕书和回答。")
    let j = i + 1;
    let calls = false;
    for (; j < events.length && (events[j].role === 'narration' || events[j].kind === 'moderator'); j++) {
      if (events[j].kind === 'moderator') calls = true;
    }
    const next = events[j];
    if (!next || next.role !== 'asker' || next.kind !== 'label' || !next.mention || next.wordsStart === null || next.followUp || next.announces) continue;
    if (speakerKey(next) === speakerKey(e) || (next.mention.name !== null && chairs.has(next.mention.name))) continue;
    if (ASKING_LABEL.test(view.slice(next.mention.span[1], next.wordsStart))) continue;
    const between = view.slice(events[i + 1].start, next.start); // the chair's lines, if any
    const asked = j > i + 1 && (events.slice(i + 1, j).some((x) => x.kind === 'moderator' && x.role === 'asker') || CALL_TO_ASK.test(between));
    const called = j > i + 1 && !asked && (calls || CALL_TO_ANSWER.test(between));
    if (asked) continue;
    const words = view.slice(next.wordsStart, j + 1 < events.length ? events[j + 1].start : view.length);
    if (!called && !answers(words, next.mention.title ?? '')) continue;
    next.role = 'responder';
    next.followUp = false;
  }
}

/** The words of someone whose title reads as asking answer the question before: see the header. */
function answers(words: string, title: string): boolean {
  if (thanksOnly(words)) return false; // (a courtesy, closing-remarks.ts)
  if (THANKS_FOR_QUESTION.test(words)) return true;
  if (ASKING_WORDS.test(words)) return false;
  if (REPLY_OPENS.test(words)) return true;
  return !PLAIN_MEMBER.test(title) || COMMITTEE_POST.test(title);
}
