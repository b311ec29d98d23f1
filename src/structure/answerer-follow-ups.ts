/**
 * Which earlier question a 追问 follows up when it addresses, or is answered by, who answered that question.
 *
 * Example: "市人大常委会委员 董立军（追问）：许局长，“双碳”目标要求2030年前碳达峰…" after 董立军's own question to
 * 市水务局 and 邓玉兰's to 市住建局, answered by 市生态环境局局长许振东, who answered question 1 only: it follows up
 * question 1, not the question just answered. A 追问 presses an answer, and who gave it says which one: the words
 * name them (a vocative opening the words, "许局长，…"; a back-reference, "刚才许局长提到…", back-references.ts), or,
 * failing that, one who answered that question answers it and nobody of the exchange the 追问 would otherwise follow.
 * Among several such questions, the latest one the same member asked, else the latest (the same asker only breaks
 * the tie). Matching runs on the view; offsets are UTF-16 code units.
 */
import { referredQuestion, type Answerer } from './back-references.js';

/** What may open the words before a vocative: thanks, assent, 请问, 我追问一下, 我想再问. */
export const BEFORE_VOCATIVE = /^\s*(?:“\s*)?(?:(?:好的?|嗯|谢谢|感谢)[,。!]\s*)?(?:请问|(?:我|我们)?(?:想|要|再|还|就)*(?:追问|问)(?:一下|一句)?(?:[,:]\s*)?)?/u;
/**
 * What follows a vocative: a pause (许局长，…), a greeting or the pronoun of address (许局长您好, 许局长你们…), after the
 * post when the full name is said (许振东局长，…, 许振东同志，…).
 */
export const AFTER_VOCATIVE = /^(?:副?\p{sc=Han}{0,3}?长|主任|同志|书记|主席)?(?:\s*[,:!。、]|您|你)/u;

/** Where the link is found: the question (1-based) and whether the words named who answered it. */
export interface AnswererLink {
  question: number;
  named: boolean;
}

/**
 * The earlier question the 追问 with `words` (its own words, after its label) follows up, answered now by `responders`
 * (keys: names, or titles for the unnamed), when the evidence points away from `keep` (the questions of the exchange it
 * would follow otherwise); null when it points into `keep` or nowhere. `answerers`: who answered each question so far.
 * `byAnswerOnly`: whether answering alone, the words naming nobody, is evidence enough (not when the member presses
 * their own exchange, which a new office may answer). `askerOf(n)`: who opened question n; `who`: who asks now.
 */
export function answererLink(words: string, responders: readonly string[], answerers: readonly Answerer[], keep: ReadonlySet<number>,
  askerOf: (n: number) => string | null, who: string | null, byAnswerOnly: boolean): AnswererLink | null {
  if (!answerers.length) return null;
  const pick = (hits: readonly Answerer[]): number => {
    const mine = who === null ? [] : hits.filter((a) => askerOf(a.question) === who);
    return latest(mine.length ? mine : hits);
  };
  const addressed = vocative(words, answerers);
  if (addressed.length) return addressed.some((a) => keep.has(a.question)) ? null : { question: pick(addressed), named: true };
  const referred = referredQuestion(words, answerers, responders);
  if (referred !== null) return keep.has(referred) ? null : { question: referred, named: true };
  if (!byAnswerOnly) return null;
  const by = answerers.filter((a) => responders.includes(a.key));
  if (!by.length || by.some((a) => keep.has(a.question))) return null;
  return { question: pick(by), named: false };
}

/**
 * Who the words address at their start ("许局长，…", "请问许局长，…", "谢谢。许振东局长您好"): the answerers of one person
 * (or one office's head) so named, every question they answered; none when nobody or two different people are named.
 */
function vocative(words: string, answerers: readonly Answerer[]): Answerer[] {
  const at = BEFORE_VOCATIVE.exec(words)?.[0].length ?? 0;
  const hits = answerers.filter((a) => a.handles.some((h) => h.length >= 2 && words.startsWith(h, at) && AFTER_VOCATIVE.test(words.slice(at + h.length, at + h.length + 6))));
  return new Set(hits.map((a) => a.key)).size === 1 ? hits : [];
}

/** The questions (1-based) of the thread `target` opened (it and those following it up), and `last`, the question just answered. */
export function threadOf(questions: ReadonlyArray<{ followUpOf: number | null }>, target: number, last = questions.length): Set<number> {
  const keep = new Set<number>([target, last]);
  for (let n = target + 1; n <= last; n++) if (questions[n - 1].followUpOf === target) keep.add(n);
  return keep;
}

function latest(hits: readonly Answerer[]): number {
  let n = hits[0].question;
  for (const a of hits) if (a.question > n) n = a.question;
  return n;
}

/** The verb of a reported 追问 and whom it presses, before the words: "刘某代表追问李文斌:", "…再次追问张局长,". */
const PRESSES = /(?:追问|再次追问|接着追问)\s*(\S{2,12}?)\s*[:,]/u;

/**
 * The question whose answerer a reported 追问 names as the one it presses ("刘某代表追问李文斌:…?", `clause` the words from
 * after the asker's name to his words): the latest that person (one person, by name or surname + post) answered; null when
 * the clause names nobody who answered. A 追问 so addressed presses that exchange even under a new topic heading.
 */
export function pressedAnswerer(clause: string, answerers: readonly Answerer[]): number | null {
  const m = PRESSES.exec(clause);
  if (!m) return null;
  const hits = answerers.filter((a) => a.handles.some((h) => h.length >= 2 && m[1] === h));
  return hits.length && new Set(hits.map((a) => a.key)).size === 1 ? latest(hits) : null;
}
