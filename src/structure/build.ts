// PLACEHOLDER (owned by the structure helper): replaced by the real layout reader.
import type { Structure, TextPair } from './types.js';
export function buildStructure(pair: TextPair): Structure {
  return {
    session: { title: null, body: null, meeting: null, format: null, topic: null, date: null, statedAskerCount: null, span: null,
      spans: { title: null, body: null, meeting: null, format: null, topic: null, date: null, statedAskerCount: null } },
    people: [], questions: [], outside: [[0, pair.text.length]], warnings: [],
  };
}
