/**
 * Which labelled lines are the moderator's, and which names inside a labelled turn are spoken about. A label
 * whose words open or close the inquiry ("马振华:下面开始询问。"), call on someone ("市人大常委会副主任王某某:
 * 下面请李委员询问。") or are the chair's is narration; names inside a speaker's words ("邵华:宁海涛委员提的问题
 * 很重要") do not speak, and a person named in the moderator's call is called (a 'moderator' event the called
 * person's turn then replaces, exchanges.ts). Offsets are [start, end) UTF-16 offsets into the decoded text.
 */
import { lineEnd, wordsFrom, type SpeechEvent } from './speech.js';
import { asksQuestion, callsChair } from './chair.js';
import { requestsStatement } from './host-questions.js';
import { restatesQuestion } from './restatements.js';
import { covering, someCovering } from './covering.js';
import { ASKED_BEFORE } from './redirected-answers.js';
import { INQUIRY_END } from './end-markers.js';

const CALLING = /^[^。?!”\n]{0,40}?请[^。?!”\n]{0,40}?(?:询问|提问|发问|追问|回答|答复|作答|回应)/u; // (within the first sentence: "…怎么监管?”贾厅长请某作答" is no call)

/**
 * The moderator's line under a label, which asks nothing: the chair's ("马振华:下面开始询问。", "马振华:询问结束。")
 * unless it puts a question, and a call handing over the floor ("市人大常委会副主任王某某:下面请李委员询问。") —
 * but not a member's question that opens by naming who should answer ("委员吴某:请市某局回答。…何时完成?").
 */
function moderatorLine(view: string, e: SpeechEvent, chairs: ReadonlySet<string>, officials: ReadonlySet<string> = new Set(), chairCalls: ReadonlySet<string> = new Set()): boolean {
  const asks = e.wordsStart !== null && asksQuestion(view, e.wordsStart);
  // (A label saying 问/答 — "马振华问:" — says what the turn is.)
  // (…nor does the chair restating a member's question: restatements.ts.)
  // (The chair may be called by surname and post: "上官副主任:下面请某主任补充。", chair.ts's chairAddresses.)
  const chair = e.mention !== null && (e.mention.name ? chairs.has(e.mention.name) : callsChair(e.mention, chairCalls));
  if (e.kind === 'label' && chair && !/[问答]/u.test(view.slice(e.mention!.span[1], e.wordsStart ?? e.mention!.span[1]))) {
    // (A request for a statement on a subject of the chair's own asks too: "请州政府领导就冰雪旅游工作表个态。", host-questions.ts.)
    return !(asks || (e.wordsStart !== null && requestsStatement(view, e.wordsStart))) || (e.wordsStart !== null && restatesQuestion(view.slice(wordsFrom(view, e.wordsStart), lineEnd(view, wordsFrom(view, e.wordsStart)))));
  }
  const from = wordsFrom(view, e.wordsStart ?? e.start); // (under a label ending its line, the words of the next)
  const call = CALLING.exec(view.slice(from, lineEnd(view, from)));
  if (!call) return moderates(view, e);
  // "省某厅厅长某:这个问题请某副厅长回答。": an official of the answering side who passes the floor to a colleague
  // answers, with his own words (the hand-overs of the chair, of the congress, are the moderator's).
  if (e.role === 'responder' && e.mention?.name && officials.has(e.mention.name)) return false;
  // A member's words that go on past the call ask something ("请市某局回答一下改造的进展情况。").
  // …and so do a member's words that name the matter before the call in the same sentence ("资金闲置问题如何解决,请省财政厅
  // 回答。", "审计查出闲置资金,请财政厅和审计厅分别作答。"): the member puts the question and says who should answer it.
  if (e.role === 'asker' && e.mention?.congress) return !(asks || !CALL_ENDS.test(view.slice(from + call[0].length, lineEnd(view, from))) || membersRequest(e, call[0]));
  // Whoever else asks (a bare name, "周某:首先请区教育局回答。覆盖率是多少?"): calling for an answer, then putting the
  // question in the same turn, is the asker naming who should answer; a moderator hands over the floor and stops.
  return !(e.role === 'asker' && asks && ANSWER_CALL.test(call[0]));
}

/**
 * A member's post, the last word of the label's title: 委员, 代表, 组成人员 (a special committee's 主任委员 too, a member
 * of the standing committee), not the congress's leaders, 主任/副主任/秘书长, who preside.
 */
const MEMBER_POST = /(?:委员|代表|组成人员)$/u;
/**
 * …or a member's link anywhere in the title chain ("市人大代表、龙潭镇卫生院院长": a deputy whose other post is outside the
 * congress), unless the last post is one that may preside (主任, 主席, 秘书长: "常委会委员、秘书长").
 */
const MEMBER_LINK = /(?:委员|代表)(?=、|$)/u;
const PRESIDING_POST = /(?:主任|主席|秘书长)$/u;
/**
 * The clause before a call for an answer, in its sentence, names a matter ("资金闲置问题如何解决,请…回答"): words, then a
 * comma, then 请 (maybe 我想/我们想 before it). A courtesy or a sequence word alone before the call ("好,请…", "谢谢主任,
 * 请…", "下面,请…") names nothing, nor does a reference back ("关于这个问题,请…": the question was put before). Group 1 is the
 * clause.
 */
const MATTER_THEN_CALL = /^([^。?!;\n]*?)\s*,\s*(?:我|我们)?(?:想|希望)?请(?!问)[^。?!;,\n]{0,30}?(?:回答|答复|作答|回应)$/u;
const TWO_HAN = /\p{sc=Han}{2}/u;
const NO_MATTER = /^(?:好|好的|那么|那|下面|接下来|现在|首先|最后|先|再|谢谢|感谢|(?:谢谢|感谢)[^,]{0,12}|是的|对|(?:关于|针对|就|对于?)?(?:这个|这一|此|该|上述|刚才的?|以上|前面的?)(?:问题|情况|提问))$/u;

/** A member (by the label's post) naming a matter before calling for its answer, in one sentence: `call` is CALLING's match. */
function membersRequest(e: SpeechEvent, call: string): boolean {
  const post = e.mention?.office ?? e.mention?.title;
  const title = e.mention?.title ?? '';
  if (!post || !(MEMBER_POST.test(post) || (MEMBER_LINK.test(title) && !PRESIDING_POST.test(post)))) return false;
  const m = MATTER_THEN_CALL.exec(call);
  if (!m) return false;
  const clause = m[1].trim();
  return TWO_HAN.test(clause) && !NO_MATTER.test(clause);
}

/** A call for an answer (not for a question): "请区教育局回答", "请某局长作答". */
const ANSWER_CALL = /(?:回答|答复|作答|回应)$/u;

/** What may follow a call that only hands over the floor: "一下", the full stop. */
const CALL_ENDS = /^(?:一下)?\s*[。!]?\s*$/u;

/**
 * Words that open or close the inquiry, asking nothing ("同志们,…下面开始询问。", "询问到此结束。我讲三点意见:…散会。"),
 * or open its words on a clip to be shown ("下面请看第二段暗访短片。": clips.ts):
 * the chair's, whoever the label names. (Tested on the label's line; a line holding a ? asks.)
 */
const MODERATING = new RegExp(String.raw`${INQUIRY_END}|(?:现在|下面)(?:开始|进行)(?:专题)?询问|散会[。!]?\s*$`, 'u');
/** A short line that only shows a clip ("下面请看第二段暗访短片。", "请大家观看专题片。"): an official answering says more. */
const CLIP_CALL = /^[^。?!\n]{0,12}?(?:请|一起|共同)(?:大家)?(?:看|观看)(?:一下)?(?:一段|一部|第[一二三四五六七八九十\d]{1,2}段|两段|下一段)?[^。?!,\n]{0,8}?(?:短片|视频|专题片|宣传片)[^。?!\n]{0,6}[。!]?\s*$/u;

function moderates(view: string, e: SpeechEvent): boolean {
  const from = wordsFrom(view, e.wordsStart ?? e.start);
  const end = lineEnd(view, from);
  const words = view.slice(from, end);
  return (moderatingFrom(view, from, end) || CLIP_CALL.test(words)) && !/[?]/u.test(words);
}

/**
 * MODERATING.test(view.slice(from, end)): some match of it starts at `from` or later. Where the last one of the line
 * starts is found once per line (labels on one line of megabytes each asked the rest of it: quadratic); it holds no
 * lookbehind nor ^, so a match starting at or after `from` is one in the words alone.
 */
function moderatingFrom(view: string, from: number, end: number): boolean {
  const m = lastModerating;
  if (m.view !== view || m.end !== end || from < m.from) {
    let last = -1;
    const words = view.slice(from, end);
    MODERATING_ALL.lastIndex = 0;
    for (let hit = MODERATING_ALL.exec(words); hit !== null; hit = MODERATING_ALL.exec(words)) {
      last = from + hit.index;
      MODERATING_ALL.lastIndex = hit.index + 1; // (every start, overlapping ones too: the last is wanted)
    }
    lastModerating = { view, from, end, last };
  }
  return lastModerating.last >= from;
}
const MODERATING_ALL = new RegExp(MODERATING.source, 'gu');
/** The line moderatingFrom read last: its end, the words' start it read from, the last match's start (-1: none). */
let lastModerating: { view: string | null; from: number; end: number; last: number } = { view: null, from: 0, end: 0, last: -1 };

/**
 * Names of the officials of the answering side: named somewhere with a post or an organization outside the congress
 * ("省人力资源社会保障厅厅长钟某", "省财政厅 戴某"), never with one of the congress, and not presiding.
 */
function answeringOfficials(events: SpeechEvent[], chairs: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const congress = new Set<string>();
  for (const e of events) {
    const m = e.mention;
    if (!m?.name) continue;
    if (m.congress) congress.add(m.name);
    else if (m.title || m.organization) out.add(m.name);
  }
  for (const n of out) if (congress.has(n) || chairs.has(n)) out.delete(n);
  return out;
}

/**
 * Names inside a labelled turn ("邵华:宁海涛委员提的问题很重要") are spoken about, not speaking; a label whose words call on
 * someone, open or close the inquiry, or the chair's (by name, or by surname and post: `chairCalls`), is the moderator's.
 */
export function insideLabels(view: string, events: SpeechEvent[], chairs: ReadonlySet<string>, chairCalls: ReadonlySet<string> = new Set()): SpeechEvent[] {
  const officials = answeringOfficials(events, chairs);
  const labels = new Set(events.filter((e) => (e.kind === 'label' || e.kind === 'qa-label') && e.role !== 'narration' && !moderatorLine(view, e, chairs, officials, chairCalls)));
  // The words of each speaker's label, and of each narration or moderator's line, as intervals (covering.ts: a
  // compilation of many transcripts has thousands of labels, and testing each against every event was quadratic).
  const speakers = covering([...labels].filter((l) => l.wordsStart !== null).map((l) => ({ start: l.wordsStart!, end: wordsEnd(view, l.wordsStart!), item: l })));
  const moderating = covering(events.filter((l) => (l.role === 'narration' || ((l.kind === 'label' || l.kind === 'qa-label') && !labels.has(l))) && l.wordsStart !== null)
    .map((l) => ({ start: l.wordsStart!, end: moderatorWordsEnd(view, l), item: l })));
  const out: SpeechEvent[] = [];
  for (const e of events) {
    if (e.role === 'narration' || e.relayed) out.push(e); // (a relayed question is the member's, read in the reader's words)
    // "市人大常委会副主任王某某:下面请李委员询问。" — a named moderator's line is narration.
    else if (e.kind === 'label' || e.kind === 'qa-label') out.push(labels.has(e) ? e : { ...e, mention: null, role: 'narration', followUp: false, moderator: true });
    else if (someCovering(speakers, e.anchor, (l) => !answersAfterQuestion(view, l, e))) continue;
    // "主持人:刘红梅委员要追问。" — named in the moderator's words, the member is called, as by 请;
    // so is one person not yet named ("请下一位委员提问"); a group ("下面请列席的市人大代表提问。") is spoken to, and nobody speaks yet.
    else if (e.kind === 'reported' && someCovering(moderating, e.anchor)) {
      // "下面请市财政局回答贾春生委员的问题。贾委员刚才还问到了…": a member whose earlier question is handed to an office is
      // spoken about, not called to ask (the answer is that question's: redirected-answers.ts).
      if (e.mention && ASKED_BEFORE.test(view.slice(e.mention.span[1], e.mention.span[1] + 16))) continue;
      if (e.mention?.name || e.mention?.reference) out.push({ ...e, kind: 'moderator', start: lineEnd(view, e.anchor) });
    } else out.push(e);
  }
  return out;
}

/**
 * Where the words of a narration or moderator's line `l` end: its line's end; a moderator's label ending its line
 * ("宇文涛:⏎蒲委员,可以继续追问。") speaks on the next. (Other narration, a trailing "(龚某委员)" alone on its
 * line, has no words after it: the next line is someone else's.)
 */
function moderatorWordsEnd(view: string, l: SpeechEvent): number {
  return lineEnd(view, l.role === 'narration' && !l.moderator ? l.wordsStart! : wordsFrom(view, l.wordsStart!));
}

/**
 * Run-on reports ("程某追问:水费如何收缴? 全某回答说,…"): an official reported answering right
 * after the asker's question mark takes the turn; the asker's words ended at the "?".
 */
function answersAfterQuestion(view: string, label: SpeechEvent, e: SpeechEvent): boolean {
  return label.role === 'asker' && e.role === 'responder' && e.kind === 'reported' && /[?]\s*$/u.test(view.slice(label.wordsStart!, e.anchor));
}

/**
 * Where a label's words end: the end of its line, or, when the words are one quotation
 * ("委员赵海燕追问:“…?”欧阳明回答,…"), its closing quote: the narration after it names the next speaker.
 */
function wordsEnd(view: string, wordsStart: number): number {
  const end = lineEnd(view, wordsFrom(view, wordsStart)); // (under a label ending its line, the next line's)
  let i = wordsFrom(view, wordsStart);
  while (i < end && /\s/u.test(view[i])) i++;
  if (view[i] !== '“') return end;
  let depth = 0;
  for (let j = i; j < end; j++) {
    if (view[j] === '“') depth++;
    else if (view[j] === '”' && --depth === 0) return j + 1;
  }
  return end;
}
