/**
 * A count in English with its noun in the right number, for every message and caption that
 * counts things: `counted(1, 'question')` → "1 question", `counted(2, 'question')` → "2 questions",
 * `counted(1, 'person', 'people')` → "1 person" (the plural given when it is not the noun + s).
 * Zero takes the plural, as English does ("0 warnings").
 */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
