/**
 * The chair summing up after the last answer, told with a bare verb after the name: "田家旺指出,要把询问成果转化为推动工作的
 * 具体措施。", "主任某某强调,…". The chair sits in the congress, so such a line reads as an asker's turn (a member speaking),
 * and a question would be made of it — one nobody answers. But the chair, named before as presiding or as the committee's
 * head (closers.ts), speaking without asking after the last exchange closes the inquiry: the line is closing narration,
 * like "田家旺在讲话中指出,…". Such events are dropped, so the line stays with the last question, whose closing run takes it
 * off (closing-narration.ts), together with the government's 表态 before it.
 * Not a chair's question (a ? on the line, "主任某某追问:…?"), nor a line with an answer after it: then the chair asks.
 * Offsets are UTF-16 into the view, [start, end).
 */
import { lineAt, type Line } from './blocks.js';
import { closesInquiry, type Closers } from './closers.js';
import type { SpeechEvent } from './speech.js';

/** `events` without the chair's closing words after the last answer, read as askers' turns (see the header). */
export function withoutChairClosing(view: string, body: Line[], events: SpeechEvent[], closers: Closers): SpeechEvent[] {
  if (!body.length) return events;
  const lastAnswer = events.reduce((at, e) => (e.role === 'responder' ? Math.max(at, e.start) : at), -1);
  if (lastAnswer < 0) return events;
  const dropped = new Set<SpeechEvent>();
  for (const e of events) {
    if (e.start <= lastAnswer || e.role !== 'asker' || !e.mention) continue;
    if (!closers.chairs.some((c) => c[0] === e.mention!.span[0])) continue;
    const line = lineAt(body, e.start);
    if (line.content[0] <= e.start && e.start < line.content[1] && closesInquiry(view, line.content, closers)) dropped.add(e);
  }
  return dropped.size ? events.filter((e) => !dropped.has(e)) : events;
}
