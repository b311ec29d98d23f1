/**
 * Bare names that open a line as a speaker label, with no title: "达瓦次仁:请问县教育局…",
 * "王明远问:…", "**格桑卓玛:**…". The colon at the start of a line is the evidence a name
 * needs, so a name whose first character is no listed surname (达瓦次仁, 巴特尔) is read here,
 * three or four characters long; a name with a listed surname may have two (王明:). A label
 * without its verb (问/答) must also be followed by words that speak (请问, 谢谢, 我们…, a "?"):
 * "焦点:", "编者按:", "相关新闻:" are followed by none.
 * A two-character name padded to three columns ("张　伟:", "李 明:") is read too, its name without the pad,
 * and a dotted name ("古丽娜尔·吐尔逊:", "买买提-艾力:", see readDottedName), whose dot is sign enough of a person.
 * A name that opens two such lines or more, one of them handing over the floor, speaks at each, whatever its
 * words: "杭某:同志们,…先请卜某委员提问。" / "杭某:最后请汪某副省长回答。" / "杭某:今天的专题询问很有成效。" (a chair
 * never introduced). So does the moderator a 主持人 field names without a title: "主持人:杭某", "主持人杭某:…",
 * "主持人(杭某):…", "杭某(主持人):…" give a mention of 杭某 (and the name is then found bare at its labels).
 * Not names: "向大家:" (a preposition and a pronoun), field lines ("时间:", "会议地点:",
 * "列席人员:", "主持人:"), question and answer labels ("答复:", "委员询问:").
 * A two-character name with no listed surname ("扎西:", "次仁:") needs more: see short-label-names.ts.
 * Matching runs on the view; spans are [start, end) UTF-16 offsets into the text.
 */
import type { Span } from '../model/span.js';
import { STAMP } from './stamps.js';
import { speakerMention, type SpeakerMention } from './mentions.js';
import type { TextPair } from './types.js';
import { mayBeCertainName } from './certain-names.js';
import { isHanUnit, type Lexicon } from './lexicon.js';
import { followerNode, hasTitleAt, surnameAt, surnameLength } from './name-context.js';
import { readName } from './names.js';
import { readDottedName } from './dotted-names.js';
import { TAG, TERM, deepestAt, firstUp } from './term-index.js';
import { transliterated } from '../source/transliteration.js';
import { acceptedShortNames, type ShortLabel } from './short-label-names.js';
import { endBeforeTiWen } from './ti-wen.js';
import { bracketSpeaker } from './post-bracket-labels.js';
import { isCongress } from './chain-facts.js';

/**
 * A line's label: lead (spaces, clock time, bullet, Markdown bold), a Han run, an optional 问/答 verb (set apart by a
 * space or two in minutes' columns: "杨梅 追问:", as "杨梅追问:"), a colon.
 */
const LINE_LABEL = new RegExp(String.raw`[ \t\u3000]*(?:${STAMP}[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t\u3000]*|[-*+][ \t]+)?(?:\*\*|__)?(\p{sc=Han}[ \u00a0\u3000]{1,2}\p{sc=Han}|\p{sc=Han}{1,6}(?:[·・•‧∙⋅﹒.\-‐‑—]\p{sc=Han}{1,8}?){1,3}?|\p{sc=Han}{2,6}?)(?:[ \t\u3000]{1,2}(?=追问|提问|询问|回答|答复|问\s*:|答\s*:))?(追问|提问|询问|问|回答|答复|答)?[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:`, 'uy');
/**
 * A bare name in brackets right after a 问/答/追问 label, before or after its colon: "问:(彭德明)我县…",
 * "答(谢春华):…", "追问:【彭德明】…", also after 提问/询问/回答/答复 and 应询, 询问人, 应询人 ("应询(谢春华):…"), maybe after the
 * speaker's unit ("答(县住建局 谢春华):", its organization). The label is the sign of speech; the bracket holds the name alone, opening
 * on a listed surname (a bracket may also hold a stage direction: "答:(停顿片刻)…").
 */
const LABEL_BRACKET_NAME = new RegExp(String.raw`[ \t\u3000]*(?:${STAMP}[ \t\u3000]*)?(?:[■●◆▲★☆□◇○•▶►][ \t\u3000]*)?(?:\*\*|__)?(?:追问|提问|询问人|询问|应询人|应询|回答|答复|问|答)[ \t\u3000]*(?:[::][ \t\u3000]*)?(?:\(|【|\[)[ \t\u3000]*(\p{sc=Han}[ \u00a0\u3000]{1,2}\p{sc=Han}|\p{sc=Han}{2,4}|\p{sc=Han}{2,24}?[ \t\u3000]{0,2}\p{sc=Han}{2,4})[ \t\u3000]*(?:\)|】|\])`, 'uy');
/** What every match of LABEL_BRACKET_NAME holds: its verb's last character (问, 答, 询 of 应询, 人 of 询问人), then the bracket. */
const BRACKET_AFTER_LABEL = /[问答询人][ \t\u3000]*(?:[::][ \t\u3000]*)?[(【\[]/;
/** Characters that end a group or a post, never a personal name (主持人, 列席人员, 委员们). */
const NOT_LAST = units('人员者们方处位组');
/** Characters of places, institutions and grammar that personal names do not use. */
const NEVER_IN_NAMES = units('市省县乡镇区局府厅委办的了是这那该我你他她');
const MOU = '某'.charCodeAt(0);

/** The code units of one-unit characters, as a Set of numbers (tested without making a string). */
function units(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}

/**
 * The matches of the sticky `re` at each line start of `s` (its start, and after a line break), in
 * order: what /^…/gm finds, without trying the pattern at every offset of the text.
 */
function* atLineStarts(re: RegExp, s: string): Generator<RegExpExecArray> {
  for (let i = 0; i < s.length; i++) {
    if (i > 0) {
      const c = s.charCodeAt(i - 1);
      if (c !== 0x0a && c !== 0x0d && c !== 0x2028 && c !== 0x2029) continue;
    }
    re.lastIndex = i;
    const m = re.exec(s);
    if (m) yield m;
  }
}

const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * What atLineStarts finds, tried only at the starts of lines holding each of `needles`: for a pattern that reads
 * within its line and whose every match holds each of them ("主持人:杭某" holds 主 and 持), the same matches,
 * without compiling the pattern on a text whose lines never hold them. Each code unit is read a few times at most.
 */
function* atStartsOfLinesHolding(re: RegExp, s: string, needles: readonly [string, ...string[]]): Generator<RegExpExecArray> {
  let next = 0; // where the first line not yet tried starts
  for (let p = s.indexOf(needles[0]); p !== -1; p = s.indexOf(needles[0], next)) {
    let start = p;
    while (start > next && !isLineBreak(s.charCodeAt(start - 1))) start--;
    let end = p + needles[0].length;
    while (end < s.length && !isLineBreak(s.charCodeAt(end))) end++;
    next = end + 1;
    const line = needles.length > 1 ? s.slice(start, end) : '';
    if (needles.some((n, k) => k > 0 && !line.includes(n))) continue;
    re.lastIndex = start;
    const m = re.exec(s);
    if (m) yield m;
  }
}

/** Bare-name label mentions in `range`, outside `claimed` spans, in reading order. */
export function labelNameMentions(pair: TextPair, lex: Lexicon, range: Span, claimed: readonly Span[]): SpeakerMention[] {
  const { text, view } = pair;
  const out: SpeakerMention[] = [];
  const slice = view.slice(range[0], range[1]);
  const short: ShortLabel[] = [];
  const mention = (start: number, end: number) => speakerMention([start, end], 'label', text.slice(start, end), [start, end], null, null, null, false, null, surnameAt(lex, view, start));
  // Labels whose words do not speak, by name, and the names that open a line's label (more than once: a moderator).
  const held = new Map<string, Span[]>();
  const labels = new Map<string, { count: number; handsOver: boolean }>();
  // Bare labels whose words answer the question on the line before (陈冬:今年我们优化…。), and how many lines open on a label.
  const answering: Span[] = [];
  let labelLines = 0;
  for (const m of atLineStarts(LINE_LABEL, slice)) {
    labelLines++;
    const start = range[0] + m.index + m[0].indexOf(m[1]);
    let end = start + m[1].length;
    // "马买提问:" with "马买提追问:" elsewhere, "阿依古丽·买买提问:": 提 is the name's, 问 the verb (ti-wen.ts).
    if (m[2] === '提问') {
      const e = endBeforeTiWen(lex, view, start, end, range[1]);
      if (e !== end && labelNameVerdict(lex, view, start, e)) end = e;
    }
    if (overlapsClaimed(claimed, start, end)) continue;
    const verdict = labelNameVerdict(lex, view, start, end);
    if (!verdict) continue;
    const wordsAt = range[0] + m.index + m[0].length;
    const name = view.slice(start, end);
    const seen = labels.get(name) ?? { count: 0, handsOver: false };
    labels.set(name, { count: seen.count + 1, handsOver: seen.handsOver || HANDS_OVER.test(view.slice(wordsAt, lineEndAt(view, wordsAt, range[1]))) });
    // A bare label needs a second sign of speech: its verb (巴特尔问:) or words that speak (请问…, 谢谢…, a "?"),
    // or a dotted name (古丽娜尔·吐尔逊:, 买买提-艾力:), itself the sign of a person.
    if (!m[2] && !dotted(view, start, end) && !speaks(view, wordsAt, range[1])) {
      if (verdict !== 'short') held.set(name, [...(held.get(name) ?? []), [start, end]]);
      if (verdict === 'name' && answersQuestion(view, range[0] + m.index, wordsAt, range[1])) answering.push([start, end]);
      continue;
    }
    if (verdict === 'short') short.push({ span: [start, end], name });
    else out.push(mention(start, end));
  }
  // …or the name moderates: it opens two labels or more, one of them handing over the floor.
  for (const [name, spans] of held) {
    const seen = labels.get(name)!;
    if (seen.count >= 2 && seen.handsOver) for (const [start, end] of spans) out.push(mention(start, end));
  }
  // …or the text is laid out in label turns (other lines open on labels) and the name's words answer the question before.
  if (labelLines >= ANSWERING_LAYOUT) for (const [start, end] of answering) if (!out.some((x) => x.span[0] === start)) out.push(mention(start, end));
  // The moderator a 主持人 field or label names without a title: "主持人:杭某", "主持人杭某:", "杭某(主持人):".
  // (Each reads no further than its line, and holds 主 and 持, letter-spaced or not: only lines holding both are tried.)
  for (const [re, needles] of PRESIDER_FIELDS) {
    for (const m of atStartsOfLinesHolding(re, slice, needles)) {
      const start = range[0] + m.index + m[0].lastIndexOf(m[1]);
      const end = start + m[1].length;
      // (The field frames the name: a surname that is also a word, 和丽芬, opens it there as before a label's colon.)
      if (overlapsClaimed(claimed, start, end) || !isLabelName(lex, view, start, end, true)) continue;
      if (!out.some((x) => x.span[0] === start)) out.push(mention(start, end));
    }
  }
  // (Only when some two-character label may be a name: most texts have none.)
  if (short.length) for (const s of acceptedShortNames(view, short, claimed, out.map((m) => m.span))) {
    out.push(speakerMention(s.span, 'label', text.slice(s.span[0], s.span[1]), s.span, null, null, null, false, null, null));
  }
  // (Only when a 问 or 答 comes right before a bracket somewhere: most texts have none, and the
  // search spares compiling LABEL_BRACKET_NAME, costly for its \p{sc=Han}.)
  if (BRACKET_AFTER_LABEL.test(slice)) for (const m of atLineStarts(LABEL_BRACKET_NAME, slice)) {
    const start = range[0] + m.index + m[0].lastIndexOf(m[1]);
    const end = start + m[1].length;
    if (overlapsClaimed(claimed, start, end)) continue;
    // "应询(县住建局 单于宏):": the speaker's unit before the name, a place or an institution, is the organization
    // (post-bracket-labels.ts reads the bracket; a post and a name there are a mention of their own, claimed).
    const who = end - start > 4 ? bracketSpeaker(lex, view, start, end, end) : null;
    if (who && who.unit && !who.post && who.organization) {
      const [ns, ne] = who.name;
      const org = text.slice(who.organization[0], who.organization[1]);
      out.push(speakerMention([start, end], 'label', text.slice(ns, ne), [ns, ne], null, null, org, isCongress(org, false), null, surnameAt(lex, view, ns)));
      continue;
    }
    // A listed surname too, or two or three characters that may be a name whatever the surname (certain-names.ts):
    // a stage direction in brackets ("(停顿片刻)", "(掌声响起)") has no colon to vouch for it.
    if (!(surnameLength(lex, view, start) || mayBeCertainName(lex, view, start, end, end)) || !isLabelName(lex, view, start, end)) continue;
    out.push(speakerMention([start, end], 'label', text.slice(start, end), [start, end], null, null, null, false, null, surnameAt(lex, view, start)));
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** Words handing over the floor: "先请卜某委员提问", "最后请汪某副省长回答", "请省财政厅补充回答" (请问 asks). */
const HANDS_OVER = /请(?!问)[^。?!\n]{0,30}?(?:提问|询问|发问|追问|回答|答复|作答|回应|补充)/u;
/**
 * "主持人:杭某" (the name alone on its line), "主持人杭某:…", "会议主持人 杭某(…)", "主持人(杭某):…", a minutes' "主持:杭某":
 * the name after the field, whose name may be letter-spaced ("主 持 人:", "主　持:").
 */
const PRESIDER_AFTER = /[ \t\u3000]*(?:\*\*|__)?(?:会议)?(?:主[ \t\u3000]*持[ \t\u3000]*人[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*(?::|\((?=[ \t\u3000]*\p{sc=Han}{2,4}[ \t\u3000]*\)[ \t\u3000]*:))?|主[ \t\u3000]*持[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*:)[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*(\p{sc=Han}[ \u00a0\u3000]{1,2}\p{sc=Han}|\p{sc=Han}{2,4})[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*(?=[:()\r\n]|$)/uy;
/** "杭某(主持人):…": the name, then the role in brackets. */
const PRESIDER_BEFORE = /[ \t\u3000]*(?:\*\*|__)?(\p{sc=Han}[ \u00a0\u3000]{1,2}\p{sc=Han}|\p{sc=Han}{2,4})[ \t\u3000]*\([ \t\u3000]*(?:会议)?主持人[ \t\u3000]*\)/uy;
/** Each with the words its every match holds. */
const PRESIDER_FIELDS: ReadonlyArray<[RegExp, [string, ...string[]]]> = [[PRESIDER_AFTER, ['持', '主']], [PRESIDER_BEFORE, ['主持人']]];

/** End of the line holding `at`, at most `limit`. */
function lineEndAt(view: string, at: number, limit: number): number {
  const nl = view.indexOf('\n', at);
  return nl < 0 || nl > limit ? limit : nl;
}

/** True when `[start, end)` overlaps a claimed span (a plain loop: it runs for every line label, mostly unoptimized). */
function overlapsClaimed(claimed: readonly Span[], start: number, end: number): boolean {
  for (let k = 0; k < claimed.length; k++) if (start < claimed[k][1] && claimed[k][0] < end) return true;
  return false;
}

/** Words that open a speaker's turn: asking, thanking, first person, a topic (关于…), an address (主任, 各位). */
const SPEECH_OPENING = /^(?:请问|请|谢谢|感谢|我|咱|关于|针对|对于|好的|是的|主任|各位|刚才|首先|下面|您好|你好|尊敬)/u;

/** True when the words after a label's colon (on its line, or on the next line when none follow) speak. */
function speaks(view: string, at: number, limit: number): boolean {
  let i = at;
  while (i < limit && /[\s*_]/u.test(view[i])) i++;
  const nl = view.indexOf('\n', i);
  const words = view.slice(i, nl < 0 || nl > limit ? limit : nl);
  return SPEECH_OPENING.test(words) || /[?]/u.test(words);
}

/** True when `view[start, end)` holds a character that is not Han: a name's dot (or its stand-in) for this module's matches. */
function dotted(view: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHanUnit(view.charCodeAt(i)) && !/\s/u.test(view[i])) return true;
  return false;
}

/** How many lines must open on a label for a bare name answering a question to be read as one: a layout of label turns. */
const ANSWERING_LAYOUT = 4;
/** A line of an answer: a sentence of eight characters or more ending on a stop, no question (sticky, read at the words). */
const ANSWER_WORDS = /[^\n?]{8,}[。!;…][ \t”’)]*(?:\n|$)/uy;

/**
 * True when the label at `lineStart` answers a question: the line before it (blank lines skipped) ends on a question mark,
 * and its own words from `wordsAt` are a sentence that ends on a stop ("任委员:…如何治理?⏎⏎陈冬:今年我们优化信号灯配时路口186个…。").
 * A word that heads what follows ("目前:", "其中:") is followed by a list or a clause, not by an answer after a question.
 */
function answersQuestion(view: string, lineStart: number, wordsAt: number, limit: number): boolean {
  let i = lineStart - 1;
  while (i >= 0 && /\s/u.test(view[i])) i--;
  if (i < 0 || (view[i] !== '?' && !(view[i] === '”' && view[i - 1] === '?'))) return false;
  let w = wordsAt;
  while (w < limit && (view[w] === ' ' || view[w] === '\t')) w++;
  ANSWER_WORDS.lastIndex = w;
  const m = ANSWER_WORDS.exec(view);
  return m !== null && m.index + m[0].length <= limit + 1;
}

/** True when `view.slice(start, end)`, right before a label's colon, reads as a personal name. */
export function isLabelName(lex: Lexicon, view: string, start: number, end: number, framed = false): boolean {
  return labelNameVerdict(lex, view, start, end, framed) === 'name';
}

/**
 * Whether `view.slice(start, end)`, right before a label's colon (`framed`: or filling a field's value), reads as a personal name ('name'), or as a
 * two-character name with no listed surname, all of whose characters transliterate ('short': 扎西, 次仁,
 * 巴图, 艾力), a name only on more evidence (short-label-names.ts); else null.
 */
function labelNameVerdict(lex: Lexicon, view: string, start: number, end: number, framed = false): 'name' | 'short' | null {
  const yes = (ok: boolean) => (ok ? 'name' : null);
  // 古丽娜尔·吐尔逊, 买买提-艾力: a dotted name, read whole.
  if (dotted(view, start, end)) {
    const n = readDottedName(lex, view, start, end);
    return yes(n !== null && n.end === end);
  }
  // 张　伟: a two-character name padded to three columns (see readName).
  if (end - start > 2 && !isHanUnit(view.charCodeAt(start + 1))) {
    const n = readName(lex, view, start, end);
    return yes(n !== null && n.end === end);
  }
  for (let i = start; i < end; i++) {
    const c = view.charCodeAt(i);
    if (!isHanUnit(c) || c === MOU || NEVER_IN_NAMES.has(c)) return null;
  }
  if (NOT_LAST.has(view.charCodeAt(end - 1))) return null;
  // 答复:, 委员询问:, 局长:, 会议指出: — a word of speaking or a post is no name, wherever it starts.
  for (let i = start; i < end; i++) {
    const w = followerNode(lex, view, i, end);
    if ((w && w.depth >= 2) || hasTitleAt(lex, view, i, end)) return null;
    if (startsOrganization(lex, view, i, end)) return null;
  }
  for (let i = start; i < end; i++) if (firstUp(deepestAt(lex.index.notNames, view, i, end), TERM)) return null; // 时间, 会议, 具体
  if (surnameLength(lex, view, start)) {
    const n = readName(lex, view, start, end, [], framed);
    return yes(n !== null && n.end === end);
  }
  if (followerNode(lex, view, start, end)) return null;
  // No listed surname: only the colon supports the name, so it must be long enough to be one; two characters
  // that transliterate may be one on more evidence.
  // (旦增, 才让, 四郎: syllables of Tibetan names whose characters the table lacks, see source/transliteration.ts.)
  if (end - start === 2 && transliterated(view, start, end)) return 'short';
  return yes(end - start >= 3 && end - start <= 4);
}

/** True when a place or an institution of two or more characters starts at `pos`. */
function startsOrganization(lex: Lexicon, view: string, pos: number, limit: number): boolean {
  for (let n = deepestAt(lex.index.orgs, view, pos, Math.min(limit, pos + lex.maxOrg)); n !== null && n.depth >= 2; n = n.up) {
    if ((n.flags & (TAG.head | TAG.place)) !== 0) return true;
  }
  return false;
}
