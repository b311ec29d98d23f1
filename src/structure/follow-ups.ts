/**
 * Which question a 追问 follows up when its asker asked an earlier one and someone else asked since,
 * and whether a 追问 by a member who has asked nothing yet follows up anything at all.
 *
 * By default the question just answered ("市人大常委会委员郑某：我追问一句，停产整治会不会影响就业？" after the
 * answer on 停产整治); the asker's own earlier question only on evidence: the words say so ("我刚才问的…"),
 * the 追问 is answered by who answered that one and by nobody who answered the question just before, or
 * its words share clearly more terms with that question's section than with the one just before
 * ("金融支持政策如何惠及中小城市?" after an answer on 政策性金融支持). Offsets are [start, end) UTF-16
 * offsets into the text; matching runs on the view.
 */
import type { Span } from '../model/span.js';
import { lineEnd, type SpeechEvent } from './speech.js';
import { sentenceStart } from './blocks.js';
import { speechStart } from './follow-up-cue.js';

/** A question so far: its section and who answered it (names, or titles for the unnamed). */
export interface Asked {
  span: Span;
  answeredBy: ReadonlySet<string> | undefined;
  /** How its answerers may be named when addressed: names, organizations, surname + post (温部长, 车部长). */
  handles?: ReadonlySet<string>;
}

/**
 * The 追问 `e`, answered by `responders`, follows up `own` (the asker's earlier question) rather than `before` (the question just answered, and its thread's first).
 * `askerFirst` (a 追问 whose label marks it so: （追问）, 追问：): the member who asked `own` presses that question unless
 * the words tie the 追问 to the exchange just before: they point at the answer just given (刚才…, 您提到…, 接着…追问) or
 * share terms with it, at least as many as with the member's own ("蒋委员（追问）：省财政能不能保障到位？" after
 * 林委员's exchange on 医保 → 蒋委员's question on 补贴). Otherwise the question just answered unless evidence says otherwise.
 */
export function followsOwn(view: string, e: SpeechEvent, responders: string[], own: Asked, before: Asked[], askerFirst = false): boolean {
  // "周敏回答了张立关于排污口整治的追问。": reported after another member's exchange, out of its place, the member's 追问
  // presses their own question (reported-questions.ts).
  if (e.answeredBefore !== undefined && e.followUp) return true;
  const words = wordsOf(view, e);
  if (OWN_QUESTION.test(words)) return true;
  if (own.answeredBy && responders.some((r) => own.answeredBy!.has(r)) && !responders.some((r) => before.some((b) => b.answeredBy?.has(r)))) return true;
  const marked = askerFirst && e.wordsStart !== null && MARKED_LABEL.test(view.slice(e.start, e.wordsStart));
  if (marked && (REFERS_BACK.test(words) || SAME_EXCHANGE.test(words))) return false;
  const terms = termsOf(words);
  if (terms.size === 0) return marked;
  const last = before[before.length - 1];
  const mine = shared(terms, view.slice(own.span[0], own.span[1]));
  const theirs = shared(terms, view.slice(last.span[0], last.span[1]));
  return marked ? mine > theirs || theirs === 0 : mine - theirs >= MARGIN;
}

/** A label that marks its turn a 追问: "委员蒋某（追问）：", "蒋某委员追问：", "【追问】", "问（追问）：" (not 追问 said in the words). */
const MARKED_LABEL = /追问/u;

/**
 * Whether the 追问 `e` of a member who has asked nothing yet continues the exchange `before` (the question just
 * answered and its thread's first; `exchange`: the question just answered, from its start to the 追问), answered by
 * `responders`. News reports write 追问(道) for any next question ("“检察机关如何发挥公益诉讼作用?”委员冉秋实
 * 追问道。" after another member's question to 财政部): another member's follow-up continues the same exchange,
 * and shows it. It does when its sentence says so (接着追问, 就此追问, 针对…的回答追问, 刚才…), when it names
 * who answered there (追问温部长, 请问生态环境部), when one who answered there (or their office) answers it, or when its words
 * pick up terms first said in the question just answered, its answer mostly ("停产整治会不会影响就业?" after
 * "逾期一律停产整治"). Otherwise, answered by others, it is a question of its own.
 * (Not answered by anyone named: nothing shows a new addressee, and it stays a follow-up.)
 */
export function continuesExchange(view: string, e: SpeechEvent, responders: string[], before: Asked[], exchange: Span): boolean {
  if (responders.length === 0) return true;
  // A record's own 追问 label ("追问:具体什么时候?", "问(追问):…" in a 询问人/问/答 record): the recorder writes 问 for a
  // question of its own and 追问 for one pressing the exchange just answered, whoever asks it.
  if (e.kind === 'qa-label' && e.wordsStart !== null && RECORD_FOLLOW_UP_LABEL.test(view.slice(e.start, e.wordsStart))) return true;
  // From the start of the sentence that leads to it ("针对蒲振华的回答,委员裘某追问:…") to the end of its line.
  const from = sentenceStart(view, e.anchor, Math.max(0, e.anchor - 40));
  const sentence = view.slice(from, Math.min(e.anchor + 200, lineEnd(view, e.anchor)));
  const words = wordsOfFollowUp(view, e);
  // A newcomer naming a subject of their own ("…蒋某接着就技能培训追问：…") asks a new question, 追问 the reporter's verb
  // only, whoever answers it — unless the subject or the words take up what the exchange just answered said.
  const subject = NEW_SUBJECT.exec(sentence);
  if (subject && !ANSWER_WORD.test(subject[1]) && !REFERS_BACK.test(words) && !picksUp(view, `${subject[1]}，${words}`, exchange)) return false;
  // (`responders`: their names and organizations; the same office answering, whoever speaks for it, is the same exchange.)
  if (responders.some((r) => before.some((b) => b.answeredBy?.has(r) || b.handles?.has(r)))) return true;
  if (SAME_EXCHANGE.test(sentence)) return true;
  if (REFERS_BACK.test(words)) return true;
  for (const b of before) for (const h of b.handles ?? []) if (sentence.includes(h)) return true;
  // Terms said in the question just answered and not before it: the inquiry's own subject (大气污染, 资金) links nothing.
  return picksUp(view, words, exchange);
}

/**
 * A 追问's words, without whoever says them: reported, after the speaker ("委员裘某追问:“…”"); quoted first, up to
 * the closing quote ("…?”委员聂某追问道").
 */
export function wordsOfFollowUp(view: string, e: SpeechEvent): string {
  const at = e.wordsStart !== null ? speechStart(view, e.wordsStart) : e.mention?.span[1] ?? e.start;
  const all = view.slice(at, Math.min(at + 80, lineEnd(view, at)));
  // (Reported, its own sentence only: "委员骆某追问产业扶贫的持续性。省农业厅厅长蓝某回应说,…" — the answer after it is not its words.)
  const close = e.kind === 'quote-first' ? all.indexOf('”') : e.kind === 'reported' ? sentenceStop(all) : -1;
  return close < 0 ? all : all.slice(0, close);
}

/**
 * A subject the 追问 names for itself before the verb: 就技能培训追问, 围绕农村养老问题追问, 针对资金缺口进行追问 (group 1).
 * Not one pointing back: 就此, 就这个问题, 就刚才…, 就上述…, 针对…的回答 (ANSWER_WORD); nor 就 of 就业, 就医, 成就.
 */
const NEW_SUBJECT = /(?:(?<![成造迁])就(?![业医学读近诊餐])|围绕|针对)(?!此|这|该|上述|以上|刚才|刚刚|前面|上面|您|其)([^。?!;“”,:]{2,16}?)(?:等?问题|方面|情况)?(?:进行|提出|再次|继续|进一步)?追问/u;

/** A subject that is the answer just given: 针对…的回答, 就…的答复. */
const ANSWER_WORD = /的(?:回答|答复|回应|介绍|说明|发言|解答)/u;

/**
 * True when `words` say at least `needed` terms first said in `exchange` (not before it): they take up what was said
 * there ("绩效评价结果到底怎么用?" after an answer ending "(3)绩效评价结果运用不够"), not the inquiry's own subject.
 */
export function picksUp(view: string, words: string, exchange: Span, needed = PICKED_UP): boolean {
  let n = 0;
  for (const t of termsOf(words)) if (firstSaidIn(view, t, exchange) && ++n >= needed) return true;
  return false;
}

/** True when `term` is first said in `exchange` (not before it). */
export function firstSaidIn(view: string, term: string, exchange: Span): boolean {
  const first = view.indexOf(term);
  return first >= exchange[0] && first < exchange[1];
}

/** A 问/答 record's label that says 追问 itself: 追问:, 问(追问):, 【追问】 (not 问: whose words announce it). */
const RECORD_FOLLOW_UP_LABEL = /^[^\n]{0,12}?(?:追问\s*[:】\]]|问\s*\(\s*追问\s*\))/u;

/** Where the first sentence of `words` ends (after its 。, ! or ?), or -1 when it runs on. */
function sentenceStop(words: string): number {
  const k = words.search(/[。!?]/u);
  return k < 0 ? -1 : k + 1;
}

/** How many terms of the exchange a 追问 must pick up (two: one shared pair of characters is often chance). */
export const PICKED_UP = 2;

/**
 * A sentence that ties a 追问 to the answer just given: 接着(…)追问, 就此追问, 对此追问, 就这个问题追问, 针对…的回答(…)追问,
 * 顺着…追问, 追问道:刚才…; 著 for 着 as Traditional copies write it (接著追問: the view keeps 著, also a Simplified character).
 */
const SAME_EXCHANGE = /(?:接[着著]|随即|顺[着著]|就此|对此|就(?:这个|这一|该|此)问题|针对(?:这个|这一|该|此)问题|(?:针对|就|对|围绕|根据|结合)[^。?!;“”]{1,24}?的(?:回答|答复|回应|介绍|说明|发言|解答))[^。?!;“”]{0,12}?追问|追问[^。?!;“”]{0,4}?[,:“]\s*(?:刚才|刚刚)/u;

/**
 * Words that open by pointing at the answer just given: 刚才…, 您刚刚提到…, 那么…, 接着刚才的问题…, after thanks at most,
 * and maybe after the clause that announces the 追问 ("我追问一下区财政,刚才提到的…").
 */
const REFERS_BACK = /^\s*(?:“\s*)?(?:(?:好的?|谢谢[^,。?!;]{0,8}|感谢[^,。?!;]{0,8})[,。!]\s*)?(?:(?:我|我们)?(?:想|要|再|还|就|也|接[着著])*(?:追问|再问)[^,。?!;:]{0,8}[,:]\s*)?(?:(?:我想)?(?:请问)?(?:您|你|局长|厅长)?(?:刚才|刚刚)|那么|您(?:提到|讲到|说到|介绍)|接[着著](?:刚才|刚刚|前面|上面|您刚才|您刚刚))/u;

/** How many more terms the asker's own question must share than the one just before. */
const MARGIN = 2;

/** The asker's words point to their own earlier question: 我刚才问的…, 我前面提的…, 回到我之前问的…. */
const OWN_QUESTION = /我(?:刚才|刚刚|前面|之前|先前|上午|第一次)(?:所)?(?:问|提|提出|询问|问到|提到)(?:的|过的)/u;

/** The 追问's own words: after its label (on the next line when the label stands alone), else from where its speaker is named, to the end of the line (80 code units at most). */
function wordsOf(view: string, e: SpeechEvent): string {
  const from = e.wordsStart !== null ? speechStart(view, e.wordsStart) : e.start;
  return view.slice(from, Math.min(from + 80, lineEnd(view, from)));
}

/** Characters of function words and of asking itself, never half of a content term. */
const FUNCTION_CHARS = new Set('我你您他她们的了是在和与及对这那个一下问追请再还吗呢么什如何怎样些有没要将会能不就都也把被从为于把说讲刚才些么'.split(''));
const HAN = /\p{sc=Han}/u;

/** The content terms of `words`: pairs of adjacent Han characters, neither a function character. */
export function termsOf(words: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    if (HAN.test(a) && HAN.test(b) && !FUNCTION_CHARS.has(a) && !FUNCTION_CHARS.has(b)) out.add(a + b);
  }
  return out;
}

/** How many of `terms` occur in `text`. */
function shared(terms: Set<string>, text: string): number {
  let n = 0;
  for (const t of terms) if (text.includes(t)) n++;
  return n;
}
