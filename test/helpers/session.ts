/** The session facts of `intro` under an optional headline and page-frame date, read as the pipeline reads them. */
import { readSession } from '../../src/structure/session.js';
import { normalize } from '../../src/source/normalize.js';

export function session(intro: string, title: string | null = null, frameDate: string | null = null) {
  const text = (title ? title + '\n' : '') + intro;
  const pair = { text, view: normalize(text) };
  const t = title ? ([0, title.length] as [number, number]) : null;
  const start = title ? title.length + 1 : 0;
  return readSession(pair, { title: t, intro: [start, text.length], frameDate: frameDate ? { iso: frameDate, span: [0, 0] } : null });
}
