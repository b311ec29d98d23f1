/**
 * A member following up another member's question by naming it: "我接着曾委员的问题追问一下，零售药店的药价监管由谁负责？",
 * "我接着欧阳委员的问题再问一下：…", "就王委员刚才提的问题，我再补充问一下…". The words say which exchange is pressed — the
 * question of the member named by surname (or full name) + 委员/代表 — whoever asked in between and whoever answers. The
 * phrase is the cue: a preposition of taking up (接着, 就, 针对, 顺着, 沿着), the member, then 的问题 (刚才, 提的, 问的,
 * 提出的 may stand between). Not a member merely praised ("王委员的问题提得很好"), nor a question named by no member
 * ("就刚才的问题"), nor an official's words ("接着李局长的话").
 * Several earlier members share the surname (two 王): the nearest earlier one is meant — the exchange the room has
 * just heard, as 刚才 in such phrases says. Offsets are [start, end) UTF-16 code units; matching runs on the view.
 */
import { speechStart } from './follow-up-cue.js';
import { lineEnd, speakerKey, type SpeechEvent } from './speech.js';
import type { Section } from './sections.js';

/** The opening words read for the phrase: this long at most (it leads the question). */
const READ = 40;

/**
 * 接着/就/… + the member (one to four characters of a name, no 的) + 委员/代表 + (刚才) (提/问/提出/讲/说/关心/关注) 的 +
 * 问题/提问/话题: group 1 is the name or surname.
 */
const NAMED_QUESTION = /(?:接着|紧接着|就|针对|顺着|沿着|承接|延续)\s*(?:刚才|刚刚)?\s*(\p{sc=Han}{1,4}?)\s*(?:常委|委员|代表)\s*(?:刚才|刚刚|所)?\s*(?:(?:提出|提|问|讲|说|关心|关注|询问)(?:的|过的)|的)\s*(?:问题|提问|话题|询问)/u;

/** The member named as the one whose question is followed up ("曾" of 我接着曾委员的问题追问一下), or null. */
export function namedAsker(words: string): string | null {
  const m = NAMED_QUESTION.exec(words.slice(0, READ));
  return m ? m[1] : null;
}

/**
 * The question (1-based) asked by the member `name` names, the nearest before question `before`: its thread's first when
 * it follows up another. `askers[n - 1]` is who opened question n (null when unknown). Null when no other earlier member
 * fits (a member does not name their own question so).
 */
export function namedQuestion(name: string, askers: ReadonlyArray<string | null>, followUpOf: ReadonlyArray<number | null>, before: number): number | null {
  const self = askers[before - 1];
  if (self === name) return null;
  // (Nor is the member asking the one meant when they share the surname: 王晓燕's "王委员" is another 王.)
  for (let n = before - 1; n >= 1; n--) {
    const who = askers[n - 1];
    if (who && who !== self && who.startsWith(name)) return followUpOf[n - 1] ?? n;
  }
  return null;
}

/**
 * Set `followUpOf` in place on each section whose first asker opens by naming another member's question; returns the
 * indexes (0-based) of the sections so linked (their addressees default to the question followed: build.ts).
 */
export function namedFollowUps(view: string, sections: Section[], events: readonly SpeechEvent[]): Set<number> {
  const linked = new Set<number>();
  const askers: Array<string | null> = [];
  let k = 0; // events before the section's start are behind (both run in reading order)
  sections.forEach((sec, i) => {
    while (k < events.length && events[k].anchor < sec.span[0]) k++;
    const first = sec.opener ?? events.slice(k).find((e) => e.anchor < sec.span[1] && e.role === 'asker' && e.anchor >= sec.span[0]) ?? null;
    const asker = first && first.role === 'asker' ? first : null;
    // (A member labelled by surname and post, "王委员：", is known by the surname.)
    askers.push(asker ? (asker.mention?.name ? speakerKey(asker) : asker.mention?.surname ?? null) : null);
    if (i === 0 || !asker || asker.wordsStart === null) return;
    const from = speechStart(view, asker.wordsStart);
    const name = namedAsker(view.slice(from, lineEnd(view, from)));
    if (name === null) return;
    const target = namedQuestion(name, askers, sections.map((s) => s.followUpOf), i + 1);
    if (target === null) return;
    sec.followUpOf = target;
    linked.add(i);
  });
  return linked;
}
