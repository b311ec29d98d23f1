/**
 * The question as written, and its label.
 *
 * Examples: after "问题一:" the header's sentence ("“一府两院”将采取哪些措施…?"); after a label
 * ("王某某委员问:请问李局长,…?") the asker's words; in quote-first narrative the quotation
 * ("“资金从哪里来?”委员某某追问。" → 资金从哪里来?); after "首先发问:“…”" the quoted words; in
 * reported speech the asker's sentence ("委员某某就…进行提问。"). Labels: 问题一 from the header,
 * 问 / 追问 / 询问 from 问:/追问:/【询问】 labels, null for named speakers. Spans are [start, end):
 * UTF-16 offsets into the decoded text.
 */
import type { Span } from '../model/span.js';
import { beforeFields } from './field-runs.js';
import { isSpace, splitSentences, trim, sentenceStart } from './blocks.js';
import { lineEnd, SEQUENCE_ADVERBS, type SpeechEvent } from './speech.js';
import { MANNER_ADVERBS } from './speech-patterns.js';
import type { Section } from './sections.js';
import { afterFieldPerson, beforeFieldLine, questionField } from './field-labels.js';
import { PARAGRAPH_NUMBER, stampLength } from './stamps.js';
import { normalize } from '../source/normalize.js';
import { lineStartAt } from '../source/line-bounds.js';
import { relayedParaphrase } from './relayed-paraphrase.js';

/**
 * The question as written: the header's sentence(s) after the label; without a header (or when
 * the header is a bare title), the asker's words: after a label's colon, inside a quote, or the
 * asker's sentence in reported speech.
 */
export function questionText(view: string, sec: Section, events: SpeechEvent[], askerTurns: Span[]): Span {
  return relayedMatter(view, withoutSpeakerTag(view, beforeFieldLine(view, withoutFollowUpMarker(view, withoutRoleTag(view, withoutStamp(view, askedWords(view, sec, events, askerTurns)))))));
}

/**
 * A question the chair relays in a paraphrase ("…递了一张条子,问的是残疾人“两项补贴”的问题,请县民政局简要回答。"): the
 * matter after 问的是 is what is asked (relayed-paraphrase.ts); the source and the call are the chair's narration.
 */
function relayedMatter(view: string, words: Span): Span {
  const m = relayedParaphrase(view.slice(words[0], words[1]));
  return m ? [words[0] + m[0], words[0] + m[1]] : words;
}

/**
 * A role tag opening the words under a speaker's line ("省人大常委会委员 王某⏎问：我省是煤炭大省,…?"): the record's mark
 * of who asks, as 答： is of who answers, no word asked; the question starts after it. Not 问题：, nor 问 inside a word.
 */
const ROLE_TAG = /^\s*(?:问|提问|询问|追问)\s*:\s*/u;

/** `words` without a role tag opening them, unless nothing would be left. */
function withoutRoleTag(view: string, words: Span): Span {
  const m = ROLE_TAG.exec(view.slice(words[0], Math.min(words[1], words[0] + 12)));
  return m && words[0] + m[0].length < words[1] ? trim(view, words[0] + m[0].length, words[1]) : words;
}

/**
 * A final parenthesis naming a speaker by role and person, "…还有多少没有整改到位?(询问人:省人大常委会委员温某)" or
 * "(提问人 委员某)": the speaker's tag (trailing-attribution.ts reads it), no words asked. The turn keeps it.
 */
const SPEAKER_TAG_END = /\(\s*(?:询问人|提问人|追问人|应询人|答复人|回答人|询问|提问|应询|答复)\s*[:\s]\s*[^()\n]{2,40}\)\s*$/u;

/** `words` without a speaker tag closing them, unless nothing would be left. */
function withoutSpeakerTag(view: string, words: Span): Span {
  const m = SPEAKER_TAG_END.exec(view.slice(words[0], words[1]));
  return m && m.index > 0 ? trim(view, words[0], words[0] + m.index) : words;
}

/** `words` without a live feed's stamp opening them ("【09:12】委员某就…提问,…": the entry's time, no words asked). */
function withoutStamp(view: string, words: Span): Span {
  const n = stampLength(view, words[0]);
  return n > 0 && words[0] + n < words[1] ? trim(view, words[0] + n, words[1]) : words;
}

/**
 * A follow-up marker opening the words ("追问一下,", "我想追问一下,", "再追问一句:", "我再问一下,"), maybe after
 * thanks or 接着刚才的问题 ("谢谢白玛主任刚才详细的介绍,再追问一句:…"): it says that the speaker asks again; the
 * question starts after it.
 */
const FOLLOW_UP_MARKER = /^\s*(?:(?:谢谢|感谢)[^,。?!;:]{0,16}[,。!]\s*)?(?:接着(?:刚才|刚刚|前面|上面)(?:的|那个|这个)?(?:问题|话题)\s*[,:]\s*)?[我想还要再]{0,4}(?:追问(?:一下|一句|一个问题|两句|几句)?|问(?:一下|一句|一个问题))\s*[,:]\s*/u;

/** `words` without a leading follow-up marker, unless nothing would be left. */
function withoutFollowUpMarker(view: string, words: Span): Span {
  const m = FOLLOW_UP_MARKER.exec(view.slice(words[0], Math.min(words[1], words[0] + 48)));
  return m && words[0] + m[0].length < words[1] ? trim(view, words[0] + m[0].length, words[1]) : words;
}

function askedWords(view: string, sec: Section, events: SpeechEvent[], askerTurns: Span[]): Span {
  const h = sec.header;
  // "X就<topic>问题回答询问时说,…": the question the report leaves out is the topic answered (reported-exchanges.ts).
  if (!h && sec.opener?.opensExchange && sec.opener.topic) return sec.opener.topic;
  // (The fields on the header's line are no words of it: "问题一:执行难(询问人:委员 某;应询人:院长 某)", field-runs.ts.)
  const hr: Span = h ? beforeFields(view, h.rest) : [0, 0];
  const rest = h ? view.slice(hr[0], hr[1]) : '';
  // A news subhead of two parts ("一、大气治理:“蓝天”如何更持久") names the theme; the question is
  // what the asker then says.
  const subhead = !!h && /^[^:?]{2,16}:[^:]{2,24}$/u.test(rest.trim()) && events.some((e) => e.role === 'asker' && e.anchor >= hr[1]);
  if (h && hr[1] > hr[0] && !subhead) {
    // "【询问一】王某某委员:请问…": the asker's words on the header line, else the header's sentence.
    // (The label's event may start inside the header, "【询问一】县人大常委会委员王某问:…": its words start after it.)
    const onLine = events.find((e) => e.role === 'asker' && e.wordsStart !== null && e.start >= h.line.span[0] && e.wordsStart > hr[0] && e.wordsStart <= hr[1]);
    // (…up to where the asker's turn ends: "…如何建立长效管护机制?省水利厅厅长某回答:…" answers on the same line.)
    if (onLine) return trim(view, onLine.wordsStart!, Math.min(hr[1], askerTurns.find((t) => t[0] <= onLine.start && onLine.start < t[1])?.[1] ?? hr[1]));
    // "【询问一】县人大常委会委员某问县文化和旅游局:全县景区…?": the header's words open with the asker, the verb and
    // the office asked, then a colon; the question is what follows the colon.
    const reported = events.find((e) => e.role === 'asker' && e.kind === 'reported' && e.start === hr[0] && e.mention && e.mention.span[1] < hr[1]);
    const said = reported ? REPORTED_WORDS.exec(view.slice(reported.mention!.span[1], hr[1])) : null;
    if (said && /:\s*$/u.test(said[0]) && reported!.mention!.span[1] + said[0].length < hr[1]) return trim(view, reported!.mention!.span[1] + said[0].length, hr[1]);
    // "一、关于食品安全问题。市人大常委会委员王某询问…": the header's words end before the first speaker.
    const speaker = events.find((e) => e.anchor > hr[0] && e.anchor < hr[1]);
    const cut = speaker ? trim(view, hr[0], sentenceStart(view, speaker.anchor, hr[0])) : hr;
    const words = cut[1] > cut[0] ? cut : hr;
    // "询问一:学校食堂监管" / "【询问1】学校食堂监管" then "委员某:请问…?": a topic phrase heads the
    // exchange; the question as written is what the asker then says (kept in the header's
    // narration turn, the phrase is not lost). A header that asks, or an asker only reported
    // ("委员王某询问如何监管"), keeps the header's words.
    // (A header after its asker's label, "委员某:问题一:农村教师流失问题。", has the asker before it: the question follows.)
    // (So does "委员某问市水务局:…?" under it: the asker's verb, whom he asks, a colon, his words.)
    // (…and so does "常委会委员某提出,…请问市住房公积金管理中心,…?" under "(一)关于住房公积金制度扩面问题": a report's section
    // heading over the member's reported words that ask, after the verb and its comma.)
    const asksBelow = events.some((e) => e.role === 'asker' && e.anchor >= words[1] && (e.wordsStart !== null
      || (e.anchor < sec.span[1] && e.kind === 'reported' && e.mention !== null && reportedAsking(view, e.mention.span[1]))));
    if (!isTopicPhrase(view.slice(words[0], words[1])) || (!h.afterLabel && !asksBelow)) return words;
  }
  // A header alone on its line ("问题一" then "校园食品安全如何保障?"): the next line, when it asks
  // and nobody is speaking in it yet.
  if (h && h.line.span[1] < view.length) {
    const next = trim(view, h.line.span[1] + 1, lineEnd(view, h.line.span[1] + 1));
    // (Spoken also when a label opens it whose turn was announced above: "问:…?" after "问题一 询问人:委员 某".)
    const spoken = events.some((e) => (e.anchor >= next[0] && e.anchor < next[1]) || (e.start >= next[0] && e.start < next[1]));
    if (next[1] > next[0] && !spoken && /[?]/u.test(view.slice(next[0], next[1]))) return next;
  }
  const opener = sec.opener ?? events.find((e) => e.role === 'asker') ?? null;
  const openerTurn = opener ? askerTurns.find((s) => s[0] <= opener.start && opener.start < s[1]) : askerTurns[0];
  // "常委会委员 甲、市人大代表 乙:…": named together, the first asker's words follow the others' names.
  const turn = opener?.wordsStart != null && openerTurn && opener.wordsStart >= openerTurn[1]
    ? askerTurns.find((s) => s[0] <= opener.wordsStart! && opener.wordsStart! < s[1]) ?? openerTurn
    : openerTurn;
  if (opener && turn) {
    // "询问人:…\n应询单位:…\n询问内容:…?": a field block's question is its 询问内容 field.
    const field = opener.announces ? questionField(view, turn[0], turn[1]) : null;
    if (field) return field;
    // "询问人:…\n应询单位:…\n饮水工程…?": no 询问内容 field; the words are the lines after the person's.
    const lines = opener.announces && opener.mention && opener.wordsStart === null ? afterFieldPerson(view, opener.mention.span[1], turn[1]) : null;
    if (lines) return lines;
    if (opener.kind === 'quote-first' && opener.wordsStart !== null) {
      const close = closingQuote(view, opener.wordsStart, turn[1]);
      // “城市更新不能只见房不见人。”…她询问市政府如何…? — the question is the sentence that asks.
      const asking = close >= 0 && !/[?]/u.test(view.slice(opener.wordsStart, close)) ? askingSentence(view, close + 1, turn[1]) : null;
      if (asking) {
        // The member's words, all of them: a first quotation that is a sentence of theirs (“…。”) is part of the question,
        // which runs from its opening mark to the end of what asks — a second quotation (“…。”委员某的提问开门见山,“请问…?”,
        // to its closing mark) or the sentence (“…。”代表某提出,欺诈骗保问题如何治理?). A span is one stretch: the reporting
        // clause between stays in it. A quoted term opening the narration (“执行难”是…问题,委员某问省法院:…?) is no sentence
        // of theirs: the question is then what asks, without the asker's name and verb.
        const said = /[。!?…]\s*$/u.test(view.slice(opener.wordsStart, close));
        const from = view[opener.wordsStart - 1] === '“' ? opener.wordsStart - 1 : opener.wordsStart;
        const open = view.indexOf('“', asking[0]);
        const shut = open >= 0 && open < asking[1] ? closingQuote(view, open + 1, asking[1] + 1) : -1;
        if (shut > open + 1 && /[?]/u.test(view.slice(open, shut))) return said ? [from, shut + 1] : trim(view, open + 1, shut);
        if (said) return trim(view, from, asking[1]);
        const m = opener.mention && opener.mention.span[0] >= asking[0] && opener.mention.span[1] <= asking[1]
          ? REPORTED_WORDS.exec(view.slice(opener.mention.span[1], asking[1])) : null;
        return m ? trim(view, opener.mention!.span[1] + m[0].length, asking[1]) : asking;
      }
      if (close > opener.wordsStart) return trim(view, opener.wordsStart, close);
    }
    if (opener.wordsStart !== null && opener.wordsStart < turn[1]) {
      // "委员赵海燕追问:“区域评估成果如何让企业共享?”欧阳明回答": the words are the quotation.
      let words = trim(view, opener.wordsStart, turn[1]);
      // "委员询问:韩某委员提出,目前…?": minutes name the member again, in reported speech, before the words.
      const again = opener.mention && opener.mention.span[0] === words[0] ? opener.mention : null;
      const said = again ? REPORTED_WORDS.exec(view.slice(again.span[1], words[1])) : null;
      if (again && said) words = trim(view, again.span[1] + said[0].length, words[1]);
      const close = view[words[0]] === '“' ? closingQuote(view, words[0] + 1, words[1]) : -1;
      // (A quoted phrase opening the words, “最后一公里”怎么打通?, ends with no stop of its own.)
      const whole = close > words[0] + 1 && /[?。!]\s*$/u.test(view.slice(words[0] + 1, close)) && !/[?]/u.test(view.slice(close + 1, words[1]));
      return whole ? trim(view, words[0] + 1, close) : outsideAside(view, opener.start, words);
    }
    // "在回应代表某关于预算执行的提问时,局长某介绍,…": a question reported in an adverbial asked about its topic.
    if (opener.topic && opener.topic[0] >= turn[0] && opener.topic[1] <= turn[1]) return opener.topic;
    const quoted = quotedAfterVerb(view, opener.start, turn[1]) ?? (opener.mention ? askingAfterColon(view, opener.mention.span[1], turn[1]) : null);
    if (quoted) return withReportedLead(view, opener, quoted, turn[1]);
    // "陶某委员接着追问,已建成的设施运行负荷率偏低怎么办?" / "…追问人民银行某分行:小微企业贷款利率…?":
    // reported asking whose words follow the verb, after a comma or a colon.
    const said = opener.kind === 'reported' && opener.role === 'asker' && opener.mention ? REPORTED_WORDS.exec(view.slice(opener.mention.span[1], turn[1])) : null;
    if (said) {
      const words = framedWords(view, withoutSpeechFrame(view, trim(view, opener.mention!.span[1] + said[0].length, turn[1])));
      const lastAsk = view.slice(words[0], words[1]).lastIndexOf('?');
      // (What follows the last question mark leads on to the answer: "…降了多少?该行行长某答道".)
      if (lastAsk >= 0) return trim(view, words[0], words[0] + lastAsk + 1);
      // "代表某提出，园区企业职工普遍反映孩子没人带，希望市教育局推动…。": reported speech asking nothing outright — the
      // words after the verb all the same, as after 问 (the asker's description is the turn's, not the question's).
      // So after 问/问道/追问 when the words ask with no question mark ("委员某问道，城市更新中…矛盾如何平衡，请市自然资源和
      // 规划局回答。"): the member's words, not the reporting clause. (Words after 问 that ask nothing keep the whole
      // sentence, a report of asking: "委员某询问了有关情况，…".)
      // (Words that open on a verb of asking still report it: "…就惠企政策进行提问，询问州政府如何解决…的问题。" stays whole.)
      const asks = ASKING.test(view.slice(words[0], words[1])) && !ASKING_VERB.test(view.slice(words[0], words[1]));
      // So after a verb of saying (说, 表示, 指出): "代表某说，这几年古城游客量增长很快，…值得警惕。" — the frame "代表某说，" is
      // no word of theirs.
      if ((/提出|关心|关注|关切|说|表示|指出/u.test(said[0]) || asks) && words[1] > words[0]) return words;
    }
    if (opener.kind === 'moderator') return trim(view, opener.start, turn[1]);
    // "委员刘某首先提问。她说,近年来…请问…?": the words follow the pronoun and its verb of saying.
    const continued = opener.kind === 'reported' && opener.role === 'asker' ? pronounWords(view, opener.start, turn[1]) : null;
    if (continued) return continued;
    return trim(view, turn[0], turn[1]);
  }
  if (h && rest) return h.rest;
  if (turn) return trim(view, turn[0], turn[1]);
  // (From the header: a part's heading before it, "第二场:农村饮水安全", is no question.)
  return trim(view, h ? h.line.content[0] : sec.span[0], sec.span[1]);
}

/**
 * "（现场委员插话:调蓄池的运维费用每年多少?）": an aside set in brackets, the label opening right after the bracket — the
 * bracket closing it is the aside's, not the words'. `start`: where the label (or its bracket) starts; `words`: the words read.
 */
function outsideAside(view: string, start: number, words: Span): Span {
  if (view[words[1] - 1] !== ')') return words;
  let i = start;
  while (i > 0 && isSpace(view.charCodeAt(i - 1))) i--;
  // (The bracket right before the label, or opening it: "（委员插话：…）" is read from its bracket, labels.ts.)
  if (view[i - 1] !== '(' && view[start] !== '(') return words;
  const inside = view.slice(words[0], words[1] - 1);
  // (A bracket of the words' own, "(含民办)?）", stays: only one left unopened in the words closes the aside.)
  if (inside.split('(').length !== inside.split(')').length) return words;
  return trim(view, words[0], words[1] - 1);
}

/**
 * "市人大代表陆某说,去年询问时市自然资源和规划局表示要修订配建标准,“现在修订完成了吗?”": the asker's frame (说,) opens
 * reported words of theirs, and the quotation closing the same sentence after a comma goes on with them — a bare question
 * (one sentence) that says nothing of what it asks about without them. The question runs from the reported words to the
 * quotation's closing mark (a span is one stretch: the marks stay). A quotation right after the frame, or after a colon
 * ("委员某询问市自然资源局:“…?”"), or of more than one sentence, is the question alone as before.
 */
function withReportedLead(view: string, opener: SpeechEvent, quoted: Span, to: number): Span {
  if (opener.kind !== 'reported' || opener.role !== 'asker' || !opener.mention || view[quoted[1]] !== '”') return quoted;
  const open = view.lastIndexOf('“', quoted[0]);
  const said = REPORTED_WORDS.exec(view.slice(opener.mention.span[1], to));
  if (!said || open < 0) return quoted;
  const lead = opener.mention.span[1] + said[0].length;
  // (The reported words: the same sentence, up to a comma right before the quotation; the quotation one question.)
  if (lead >= open || !/,\s*$/u.test(view.slice(lead, open)) || /[。?!;:“”]/u.test(view.slice(lead, open))) return quoted;
  if (!BARE_QUESTION.test(view.slice(open + 1, quoted[1]))) return quoted;
  return trim(view, lead, quoted[1] + 1);
}
/** One sentence that asks, no other before it. */
const BARE_QUESTION = /^[^。?!;]*\?\s*$/u;

/** A verb of asking opening reported words: they report the asking, not what was asked. */
const ASKING_VERB = /^(?:询问|追问|提问|发问|问|请教)/u;
/** Words that ask: a question mark, an interrogative word or particle. */
const ASKING = /[?]|如何|怎样|怎么|哪些|哪里|什么|是否|能否|可否|有无|有没有|为何|为什么|多少|何时|几时|请问|吗|呢/u;

/**
 * Reported words right after an asker's mention ending at `at`, on its line: the verb and a colon ("…问市水务局:…"), or the
 * verb and a comma before words that ask ("…提出,…请问市住房公积金管理中心,如何推动…?").
 */
function reportedAsking(view: string, at: number): boolean {
  const line = view.slice(at, lineEnd(view, at));
  const said = REPORTED_WORDS.exec(line)?.[0] ?? '';
  return /:\s*$/u.test(said) || (/,\s*$/u.test(said) && /[?]/u.test(line.slice(said.length)));
}

/**
 * A header's words that only name a topic: a short noun phrase ("学校食堂监管", "关于农药残留的问题。"),
 * at most 20 characters, no clause break inside, nothing that asks.
 */
export function isTopicPhrase(words: string): boolean {
  const w = words.trim().replace(/[。.]$/u, '');
  return w.length > 0 && w.length <= 20 && !/[,;。:!]/u.test(w) && !ASKING.test(w);
}

/**
 * Where or by what means the asker speaks, between the name and the verb: a place after 在 ("在主会场", "在分会场", "在代表
 * 联络站", "在会上", "在询问中"), a means after 通过 ("通过视频", "通过视频连线") or 以/借助/利用 … 方式 — how the question reached
 * the meeting, no word of it.
 */
const SETTING = '(?:在[^,。:?!\\s“”]{1,12}?|通过[^,。:?!\\s“”]{1,10}?|(?:以|借助|利用)[^,。:?!\\s“”]{1,8}?(?:方式|形式))';

/**
 * After the asker's name: an adverb, what the asking is about (就饮水问题, 围绕…, 针对…), where or how (在主会场, 通过视频), a
 * verb of asking or saying, maybe whom it asks, then a comma or a colon; the words follow ("委员某接着追问,…?", "…追问马厅长,…?",
 * "…提出,…?", "委员某就饮水问题询问州水务局:请问…?", "委员某在主会场问:…?").
 */
/** The others of a joint subject after the first asker, asking together: "和市人大常委会委员包某联合", "、市人大代表褚某共同". */
const JOINT_SUBJECT = String.raw`[、和与及][^,。:?!\s“”]{1,40}?(?:联合|共同)`;
/** The others of a list asking one after another after the first asker: "、自治区人大代表某先后" (announced.ts's order words). */
const LISTED_SUBJECT = String.raw`[、和与及][^,。:?!\s“”]{1,40}?(?:先后|依次|相继|分别|轮流)`;
// (A member's concern reported as his question, "委员某则关心,…为何落实不到位。", "…关心的是…", "…关注的是…": what follows
// is what he asked about; 则 sets the second of two askers against the first.)
const REPORTED_WORDS = new RegExp(`^\\s*(?:同志)?\\s*(?:${JOINT_SUBJECT}|${LISTED_SUBJECT})?(?:${SETTING})?(?:${SEQUENCE_ADVERBS}|${MANNER_ADVERBS}|随即|则)?(?:(?:就|围绕|针对|关于)[^,。:?!\\s“”]{1,20}?)?(?:${SETTING}(?:时)?)?(?:(?:关心|关注|关切)的是\\s*[,:]?|(?:追问|提问|发问|问道|询问|问|提到|提出|说|表示|指出|关心|关注|关切)(?:道|说)?(?:[,:]|[^,。:?!\\s“”]{1,20}:|[^,。:?!\\s“”]{1,8},))\\s*(?!“)`, 'u');

/**
 * Narration that frames reported words: a pronoun for the asker and a verb of saying or asking, then a comma or a
 * colon ("她说,", "他指出,", "他还表示:", "她问:", "他追问:"), or a verb of asking and whom it asks ("他请问市商务局,", "他问市应急
 * 管理局,"). The asker's words follow it.
 */
const FRAME = `(?:她|他)(?:${SEQUENCE_ADVERBS}|进一步)?(?:(?:说|指出|表示|认为|提到|谈到|强调|问道|问|追问|提问|发问|询问|提出|坦言|直言)(?:道)?|(?:请问|问|询问|追问)(?![题责])[^,。:?!\\s“”]{2,16}?)\\s*[,:]\\s*`;
const SPEECH_FRAME = new RegExp(`^\\s*${FRAME}`, 'u');

/** `words` without a leading speech frame ("他指出,全市…" → "全市…"), unless nothing would be left. */
function withoutSpeechFrame(view: string, words: Span): Span {
  const m = SPEECH_FRAME.exec(view.slice(words[0], words[1]));
  return m && words[0] + m[0].length < words[1] ? trim(view, words[0] + m[0].length, words[1]) : words;
}

/** A speech frame after a sentence of the words: "…的看护问题。他说:“…?”", "…意见很大。她问道:“…?”". */
const FRAME_INSIDE = new RegExp(`[。!?]\\s*(?=${FRAME})`, 'u');

/**
 * The asker's words when a sentence of narration comes first and a speech frame then opens them: "白某关注的是乡村文物的
 * 看护问题。他说:“我们来远镇…如何保障?”" — the topic (乡村文物的看护问题) is the reporter's, the question is what he says,
 * inside its quotation marks when quoted. The same with a statement before "她问道:“…?”": a span is one stretch, and the
 * frame in the middle is no word of theirs, so the question is what follows it. Only when what follows asks, or what
 * comes before does not (the question is never left behind); else `words` as they are.
 */
function framedWords(view: string, words: Span): Span {
  const text = view.slice(words[0], words[1]);
  const m = FRAME_INSIDE.exec(text);
  if (!m) return words;
  const framed = withoutSpeechFrame(view, trim(view, words[0] + m.index + 1, words[1]));
  if (framed[0] <= words[0] + m.index + 1 || framed[1] <= framed[0]) return words;
  const after = view.slice(framed[0], framed[1]);
  if (!ASKING.test(after) && /[?]/u.test(text.slice(0, m.index + 1))) return words;
  return unquoted(view, framed);
}

/**
 * Words opening on a quotation after their frame ("他问:“…?”"): the quotation inside its marks, when it is all the words
 * or when it asks (narration after it, "…?”⏎对于某代表的提问,", is the reporter's). A quotation that asks nothing with
 * words going on after it ("她说:“…。”她还问…") is left as it is.
 */
function unquoted(view: string, words: Span): Span {
  if (view[words[0]] !== '“') return words;
  const close = closingQuote(view, words[0] + 1, words[1]);
  if (close <= words[0] + 1) return words;
  if (!/^[。!?]?\s*$/u.test(view.slice(close + 1, words[1])) && !/[?]/u.test(view.slice(words[0], close))) return words;
  return trim(view, words[0] + 1, close);
}

/**
 * "委员刘某首先提问。她说,近年来…": the opener's sentence reports the asking, the next one opens on a
 * speech frame; the words are what follows the frame, to the end of the turn. Null when the next
 * sentence opens otherwise.
 */
function pronounWords(view: string, from: number, to: number): Span | null {
  const stop = view.slice(from, to).search(/[。!?]/u);
  if (stop < 0) return null;
  const next = trim(view, from + stop + 1, to);
  const words = withoutSpeechFrame(view, next);
  return words[0] > next[0] ? unquoted(view, words) : null;
}

/** The offset of the ” closing the quotation whose words start at `open` (nested quotes skipped), or -1. */
function closingQuote(view: string, open: number, to: number): number {
  let depth = 1;
  for (let i = open; i < to; i++) {
    if (view[i] === '“') depth++;
    else if (view[i] === '”' && --depth === 0) return i;
  }
  return -1;
}

/** The first sentence of `[from, to)` that asks (ends in ?), trimmed, or null. */
function askingSentence(view: string, from: number, to: number): Span | null {
  const s = splitSentences(view, from, to).find(([a, b]) => /[?]/u.test(view.slice(a, b)));
  return s ? trim(view, s[0], s[1]) : null;
}

/** After a closing quote: the sentence (or clause) ends, or the text does. */
const QUOTE_ENDS_SENTENCE = /^(?:[。?!,;]|\s|$)/u;

/** "…委员章立群首先发问:“…”": the words inside the quotation opened by the verb of asking, in the first sentence. */
function quotedAfterVerb(view: string, from: number, to: number): Span | null {
  const slice = view.slice(from, to);
  // (The addressee may stand between the verb and a colon: 询问市自然资源局:“…”.)
  const m = /(?:问道|发问|追问|提问|询问|问|说|表示|指出|称|接过话题)(?:[^。?!“”:,\n]{1,16}[:,]|\s*[:,]?)\s*“/u.exec(slice);
  if (!m) return null;
  const firstStop = slice.search(/[。?!]/u);
  if (firstStop >= 0 && firstStop < m.index) return null;
  const open = from + m.index + m[0].length;
  const close = closingQuote(view, open, to);
  if (close < 0) return trim(view, open, to);
  // Straight after the verb, no colon: what was said only when it is a sentence (“…?”, “…。”) or the
  // whole object (“…”? / “…”。); "询问“幽灵外卖”治理情况" quotes a term inside the narration.
  const bare = !/[:,]\s*“$/u.test(m[0]);
  if (bare && !/[?。!]\s*$/u.test(view.slice(open, close)) && !QUOTE_ENDS_SENTENCE.test(view.slice(close + 1, close + 2))) return null;
  return trim(view, open, close);
}

/**
 * "…代表邵某关心电梯安全:“加装的电梯谁来管?出了问题找谁?”": after the asker, a clause with any
 * verb (关心, 关注, 直指 …), a colon and a quotation that asks: the quotation is the question.
 */
function askingAfterColon(view: string, from: number, to: number): Span | null {
  const m = /^[^。?!“”:\n]{0,16}:\s*“/u.exec(view.slice(from, Math.min(to, from + 24)));
  if (!m) return null;
  const open = from + m[0].length;
  const close = closingQuote(view, open, to);
  return close > open && view.slice(open, close).includes('?') ? trim(view, open, close) : null;
}

/**
 * A question header opening the asker's words, right after the label's colon: "区人大常委会委员 汪某:问题一:全区
 * 目前有多少养老床位?" (in exchanges read without a header layout). The header is the question's label, the
 * words after it the question. A colon, a bar, a closing bracket or white space after it (not "问题一是资金不足": a sentence).
 */
const OPENING_HEADER = /^[【\[(]?\s*((?:问题|询问)\s*(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3})|第[一二三四五六七八九十\d]{1,3}个?(?:问题|问))\s*(?:[】\])]\s*[:|]?|[:|]|\s)\s*/u;

/** The header opening `words` (its label's span) and the words after it; null when none opens them. */
export function openingHeader(view: string, words: Span): { label: Span; rest: Span } | null {
  const c = view.charCodeAt(words[0]);
  if (c !== 0x95ee && c !== 0x8be2 && c !== 0x7b2c && c !== 0x3010 && c !== 0x5b && c !== 0x28) return null; // 问 询 第 【 [ (: most words open otherwise
  const m = OPENING_HEADER.exec(view.slice(words[0], Math.min(words[1], words[0] + 24)));
  if (!m || words[0] + m[0].length >= words[1]) return null;
  const at = words[0] + m[0].indexOf(m[1]);
  return { label: [at, at + m[1].length], rest: trim(view, words[0] + m[0].length, words[1]) };
}

/** A document's paragraph number opening a line, then its spaces: "2.1  常委会委员某问：…" (stamps.ts). */
const PARAGRAPH_HEAD = new RegExp(String.raw`^[ \t\u3000]*(${PARAGRAPH_NUMBER})[ \t\u3000]+`, 'u');

/**
 * 问/答/追问 labels and role tags as a question label; named speakers carry none. A paragraph number the opener's line
 * opens with, nothing else before the opener, is the label as written: "2.1  常委会委员某问：" → 2.1, "2.2.1  追问（某）：" → 2.2.1.
 */
export function labelOf(text: string, opener: SpeechEvent | null): string | null {
  if (!opener) return null;
  const c = text.charCodeAt(opener.start);
  const lineStart = lineStartAt(text, opener.start);
  // (Most openers stand at their line's start on no digit: told apart without a regex.)
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || (lineStart < opener.start && opener.start - lineStart <= 12)) {
    const p = PARAGRAPH_HEAD.exec(normalize(text.slice(lineStart, Math.min(text.length, opener.start + 16))));
    if (p && lineStart + p[0].length >= opener.start) {
      const at = lineStart + p[0].indexOf(p[1]);
      return text.slice(at, at + p[1].length);
    }
  }
  if (opener.kind !== 'qa-label' && opener.kind !== 'label') return null;
  // 问:, 追问:, 问题: and role tags (【询问】, 【追问】, 「问」) label a question; a named label does not.
  // (After a clock time or a bullet: "■问:市人大常委会委员 叶某". A magazine's Q, "Q｜孟某委员", is its 问: role-words.ts.)
  const m = /^(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*)?(?:[■●◆▲★☆□◇○•▶►]\s*)?(?:\*\*|__)?(?:[【\[［「『〔(（]\s*)?(追问|问题|提问|询问|问(?:\d{1,3}(?![\d.]))?|[QＱ](?:[\d０-９]{1,3})?(?=[\s:：|｜丨│—-]))/u.exec(text.slice(opener.start, opener.start + 16));
  return m ? m[1] : null;
}
