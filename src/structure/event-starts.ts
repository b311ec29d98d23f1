/**
 * Whether anyone's event starts in a stretch, without a scan of all the events: a section opening asks whether
 * someone else spoke earlier on its line ("…。委员王某:…" after an answer on the same line), a subhead whether
 * anyone spoke between it and the line it heads, once per question — quadratic in a compilation when each asked
 * every event.
 *
 * Offsets are UTF-16 code units of the view, [start, end).
 */
import type { SpeechEvent } from './speech.js';
import { firstNotBelow } from './sorted-search.js';

/** Events sorted by start (stably), with their starts. */
export interface EventStarts { starts: number[]; events: SpeechEvent[] }

/** The events that pass `keep`, by start. Build it once for a loop over events that does not change them. */
export function eventStarts(events: readonly SpeechEvent[], keep: (e: SpeechEvent) => boolean = () => true): EventStarts {
  const sorted = events.filter(keep).sort((a, b) => a.start - b.start);
  return { starts: sorted.map((e) => e.start), events: sorted };
}

/** Whether an event of the index other than `except` starts in [lo, hi). */
export function startsBetween(index: EventStarts, lo: number, hi: number, except: SpeechEvent | null = null): boolean {
  for (let j = firstNotBelow(index.starts.length, (i) => index.starts[i] < lo); j < index.starts.length && index.starts[j] < hi; j++) if (index.events[j] !== except) return true;
  return false;
}
