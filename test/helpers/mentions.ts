/**
 * A speaker mention made by hand for the exchange tests: "苗某" named bare at offset 12, a member
 * of the congress or not. Spans are [start, end) UTF-16 offsets into the test's text.
 */
import type { SpeakerMention } from '../../src/structure/mentions.js';

export const person = (name: string, at: number, congress: boolean): SpeakerMention => ({
  span: [at, at + name.length], form: 'bare-name', name, nameSpan: [at, at + name.length], title: null, titleSpan: null, organization: null, congress,
});
