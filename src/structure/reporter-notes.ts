/**
 * The headings of a reporter's own notes in a news report: "记者手记", "【采访手记】", "记者观察:", "编后", "短评".
 *
 * Example: "记者手记:询问现场,副省长某某表态说,省政府将…" — a genre label, the reporter's narration after it: never a
 * speaker's words, never part of an answer. After a 实录 the notes are back matter (back-matter.ts), unless they open on the
 * inquiry's closing (the government head's 表态, the chair summing up: closers.ts), which the label then only heads.
 * Matching runs on the normalized view (ASCII : folded); the sources below are embedded in other regexes.
 */

/** The genre's name: 记者手记, 采访手记, 记者札记, 采访札记, 记者观察, 编后(语/记/话), 短评 — a regex source. */
export const NOTES_NAME = String.raw`(?:记者手记|采访手记|记者札记|采访札记|记者观察|编后(?:语|记|话)?|短评)`;

/** The genre's heading as a lead before the words on its line: "记者手记:", "【记者手记】", "记者手记 " — a regex source. */
export const NOTES_LEAD = String.raw`(?:[【\[]\s*${NOTES_NAME}\s*[】\]]\s*:?|${NOTES_NAME}\s*(?::|\s))`;

/** The heading alone on its line, maybe bracketed, with its colon: "记者手记", "【记者手记】", "记者手记:". */
const NOTES_ALONE = new RegExp(String.raw`^\s*[【\[]?\s*${NOTES_NAME}\s*[】\]]?\s*:?\s*$`, 'u');

/** `line` (a line of the view) is a reporter's-notes heading and nothing else. */
export function isNotesHeading(line: string): boolean {
  return NOTES_ALONE.test(line);
}

/** The genre's heading opening a line, alone or before the notes' first words: "记者手记", "【记者观察】询问会上,…", "编后:…". */
const NOTES_OPENING = new RegExp(String.raw`^\s*${NOTES_LEAD}`, 'u');

/** `line` (a line of the view) opens the reporter's notes: their heading alone, or leading the notes' first paragraph. */
export function opensNotes(line: string): boolean {
  return NOTES_ALONE.test(line) || NOTES_OPENING.test(line);
}

/** `line` without the notes' heading leading it ("【记者观察】询问会上,…" → "询问会上,…"); other lines as they are. */
export function withoutNotesLead(line: string): string {
  return line.replace(NOTES_OPENING, '');
}
