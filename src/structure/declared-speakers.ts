/**
 * A 问:/答: pair of lines that only names who asks and who answers, before the exchange written as "Name:" turns:
 *
 *   问：市人大常委会委员 庞玉兰
 *   答：市农业农村局局长 佟立新；市自然资源局副局长 栾秋月
 *
 *   庞玉兰：耕地“非粮化”问题…怎么整治？
 *   佟立新：我们将分类处置，…
 *
 * The 问 line holds its speakers and nothing else, and its words would start on the next line — where the 答 line
 * stands, no words at all. Such a pair declares the exchange's speakers as 询问人:/应询人: fields do: each of its
 * events announces (field-label-events.ts), and the "Name:" labels below then give way to nobody (exchanges.ts).
 * The 答 line's speakers may be several (split at ；、), or unread ("答：市发展改革委主任（…）司徒某"): a line with no
 * sentence in it is a declaration all the same. Offsets are [start, end) UTF-16 code units of the view.
 */
import { lineEnd, type SpeechEvent } from './speech.js';

/** What a declaring line may hold after its label: a title and a name, separators, brackets — no sentence. */
const NO_SENTENCE = /^[^。?!:,\n]{2,80}$/u;

/** Where the next line holding something starts after `at`. */
function nextLineStart(view: string, at: number): number {
  let p = at;
  while (p < view.length && /\s/u.test(view[p])) p++;
  return p;
}

/** Turn the 问/答 pairs of `events` (sorted or not; mutated in place) that only name their speakers into announcements. */
export function declaredSpeakers(view: string, events: SpeechEvent[]): void {
  const labels = events.filter((e) => e.kind === 'qa-label' && e.role !== 'narration').sort((a, b) => a.start - b.start);
  for (const ask of labels) {
    if (ask.role !== 'asker' || !ask.named || !ask.mention || ask.wordsStart === null || ask.followUp) continue;
    const askEnd = lineEnd(view, ask.start);
    if (ask.wordsStart <= askEnd) continue; // words on its own line: a 问 that speaks
    const answerAt = nextLineStart(view, askEnd);
    const answers = labels.filter((e) => e.role === 'responder' && lineEnd(view, e.start) === lineEnd(view, answerAt) && e.start >= answerAt);
    const first = answers.find((e) => e.start === answerAt);
    if (!first) continue;
    const answerEnd = lineEnd(view, answerAt);
    // The 答 line names its speakers only (its words would start on the next line), or holds no sentence.
    const bare = first.named && first.mention ? (first.wordsStart ?? 0) > answerEnd : NO_SENTENCE.test(view.slice(first.wordsStart ?? answerAt, answerEnd).trim());
    if (!bare) continue;
    // …and what follows is someone's own label, not the words of the pair.
    const after = nextLineStart(view, answerEnd);
    if (after < view.length && !events.some((e) => e.kind === 'label' && e.start === after && e.mention)) continue;
    const asks = labels.filter((e) => e.role === 'asker' && lineEnd(view, e.start) === askEnd);
    for (const line of [asks, answers]) {
      const at = line[0].start;
      line.forEach((e, k) => {
        if (!e.mention) {
          // (A 答 line whose person no reader could take names nobody: the line is narration, as a roster field is.)
          Object.assign(e, { role: 'narration', kind: 'label', wordsStart: lineEnd(view, at), named: false, followUp: false });
          return;
        }
        // (As a field's: one anchor for the line, which is the label of the first it names, field-label-events.ts.)
        if (k === 0) e.turnStart = at;
        e.start = e.mention.span[0];
        e.anchor = at;
        e.kind = 'reported';
        e.announces = true;
        e.wordsStart = null;
      });
    }
  }
}
