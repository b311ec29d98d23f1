// PLACEHOLDER (owned by the measures helper).
import type { Answer } from '../model/record.js';
import type { Warning } from '../model/diagnostics.js';
import type { QuestionFrame, TextPair } from '../structure/types.js';
export function extractAnswers(_pair: TextPair, _q: QuestionFrame): { answers: Answer[]; warnings: Warning[] } {
  return { answers: [], warnings: [] };
}
