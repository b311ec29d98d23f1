/**
 * A numbered question that is a 追问: its header opens a question of its own, and its first speaker says 追问 in the
 * label or the opening words ("问题4⏎市人大常委会委员 董立军（追问）：许局长，…", "第3个问题⏎林华：追问一下，…"). The header
 * numbers the record's questions; the label says which exchange it presses: the question just before (its thread's
 * first), or the one whose official the words address or who answers it (answerer-follow-ups.ts); a header noting it,
 * "询问三（追问）", says so itself (the question before). 再问 alone (我想再问
 * 一下) says no 追问: a member asks again, maybe on a new matter. Offsets are [start, end) UTF-16 code units; matching
 * runs on the view.
 */
import { answererOf, type Answerer } from './back-references.js';
import { answererLink, threadOf } from './answerer-follow-ups.js';
import { asksAgainOnly, speechStart } from './follow-up-cue.js';
import { lineEnd, type SpeechEvent, speakerKey } from './speech.js';
import type { Section } from './sections.js';

/** The 追问's words read for a vocative or a back-reference: this long at most. */
const READ = 120;


/** Set `followUpOf` in place on each headed section (after the first) whose first speaker, an asker, says 追问 in a label. */
export function headedFollowUps(view: string, sections: Section[], events: readonly SpeechEvent[]): void {
  const answerers: Answerer[] = [];
  const openedBy: Array<string | null> = [];
  let k = 0; // events before the section's start are behind (both run in reading order)
  sections.forEach((sec, i) => {
    while (k < events.length && events[k].anchor < sec.span[0]) k++;
    let end = k;
    while (end < events.length && events[end].anchor < sec.span[1]) end++;
    const inside = events.slice(k, end).filter((e) => e.role !== 'narration');
    const first = inside[0];
    const who = first?.role === 'asker' ? speakerKey(first) : null;
    if (i > 0 && sec.header && sec.followUpOf === null && first?.role === 'asker' && first.followUp && first.wordsStart !== null
      && (first.kind === 'label' || first.kind === 'qa-label') && !asksAgainOnly(view, first) && answerers.length) {
      const target = sections[i - 1].followUpOf ?? i;
      const responders: string[] = [];
      for (const e of inside.slice(1)) {
        if (e.role === 'asker') break;
        const key = speakerKey(e);
        if (key !== null) responders.push(key);
      }
      const from = speechStart(view, first.wordsStart);
      const words = view.slice(from, Math.min(from + READ, lineEnd(view, from)));
      const link = answererLink(words, responders, answerers, threadOf(sections.slice(0, i), target), (n) => openedBy[n - 1] ?? null, who, openedBy[target - 1] !== who);
      sec.followUpOf = link ? sections[link.question - 1].followUpOf ?? link.question : target;
    } else if (i > 0 && sec.header?.followUp && sec.followUpOf === null) {
      // "询问三（追问）": the header itself says 追问 — it presses the question before it (its thread's first).
      sec.followUpOf = sections[i - 1].followUpOf ?? i;
    }
    openedBy.push(who);
    // (With their words, to the next speaker: a member may cite them later, "刚才何局长说每季度复查一次…".)
    for (let j = k; j < end; j++) {
      const e = events[j];
      if (e.role !== 'responder') continue;
      const a = answererOf(i + 1, e.mention, view.slice(e.wordsStart ?? e.anchor, j + 1 < events.length ? events[j + 1].start : view.length));
      if (a) answerers.push(a);
    }
    k = end;
  });
}
