import { describe, expect, it } from 'vitest';
import { eventStarts, startsBetween } from '../../src/structure/event-starts.js';
import type { SpeechEvent } from '../../src/structure/speech.js';

const at = (start: number, role: SpeechEvent['role'] = 'asker') => ({ start, role }) as unknown as SpeechEvent;

describe('[event-starts] whether someone starts speaking in a stretch', () => {
  const events = [at(40), at(10, 'narration'), at(25, 'responder'), at(10)];
  const index = eventStarts(events);
  it.each<[string, number, number, boolean]>([
    ['the stretch holds a start', 20, 30, true],
    ['start inclusive', 25, 26, true],
    ['end exclusive', 26, 40, false],
    ['before every event', 0, 10, false],
    ['an empty stretch', 25, 25, false],
  ])('%s', (_, lo, hi, expected) => expect(startsBetween(index, lo, hi)).toBe(expected));
  it('leaves out the event asked about, and those the index was not built with', () => {
    expect(startsBetween(index, 25, 26, events[2])).toBe(false);
    expect(startsBetween(index, 10, 11, events[3])).toBe(true); // (the narration at 10 is there)
    const speakers = eventStarts(events, (e) => e.role !== 'narration');
    expect(startsBetween(speakers, 10, 11, events[3])).toBe(false);
  });
});
