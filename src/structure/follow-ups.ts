/**
 * Which question a 追问 follows up when its asker asked an earlier one and someone else asked since.
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

/** A question so far: its section and who answered it (names, or titles for the unnamed). */
export interface Asked {
  span: Span;
  answeredBy: ReadonlySet<string> | undefined;
}

/** The 追问 `e`, answered by `responders`, follows up `own` (the asker's earlier question) rather than `before` (the question just answered, and its thread's first). */
export function followsOwn(view: string, e: SpeechEvent, responders: string[], own: Asked, before: Asked[]): boolean {
  const words = wordsOf(view, e);
  if (OWN_QUESTION.test(words)) return true;
  if (own.answeredBy && responders.some((r) => own.answeredBy!.has(r)) && !responders.some((r) => before.some((b) => b.answeredBy?.has(r)))) return true;
  const terms = termsOf(words);
  if (terms.size === 0) return false;
  const last = before[before.length - 1];
  return shared(terms, view.slice(own.span[0], own.span[1])) - shared(terms, view.slice(last.span[0], last.span[1])) >= MARGIN;
}

/** How many more terms the asker's own question must share than the one just before. */
const MARGIN = 2;

/** The asker's words point to their own earlier question: 我刚才问的…, 我前面提的…, 回到我之前问的…. */
const OWN_QUESTION = /我(?:刚才|刚刚|前面|之前|先前|上午|第一次)(?:所)?(?:问|提|提出|询问|问到|提到)(?:的|过的)/u;

/** The 追问's own words: after its label, else from where its speaker is named, to the end of the line (80 code units at most). */
function wordsOf(view: string, e: SpeechEvent): string {
  const from = e.wordsStart ?? e.start;
  return view.slice(from, Math.min(from + 80, lineEnd(view, from)));
}

/** Characters of function words and of asking itself, never half of a content term. */
const FUNCTION_CHARS = new Set('我你您他她们的了是在和与及对这那个一下问追请再还吗呢么什如何怎样些有没要将会能不就都也把被从为于把说讲刚才些么'.split(''));
const HAN = /\p{sc=Han}/u;

/** The content terms of `words`: pairs of adjacent Han characters, neither a function character. */
function termsOf(words: string): Set<string> {
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
