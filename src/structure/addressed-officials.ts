/**
 * A question put to an official by name and post: the office that official answers for is the addressee.
 *
 * Example: "我想问罗强副省长，省级财政对困难群众参保资助还能不能再提高？" puts the question to 罗强, a 副省长: he
 * answers for 省政府 (a government's head answers for that government, government-heads.ts), so the addressee is
 * 省政府; "请问王明局长," with 王明 introduced as 市财政局局长 gives 市财政局. The person is found among the people of
 * the record by name (or by surname when one person bears it); an office no one read (a post of no government, named
 * nowhere else) gives nothing. Not a name after the noun 问题 ("问题罗强…"), nor a post with no name (请问局长, the
 * office of addressees.ts). Matching runs on the view; offsets are [start, end) UTF-16 offsets.
 */
import type { Span } from '../model/span.js';
import type { Person } from '../model/record.js';
import { POSTS } from '../model/posts.js';
import { headedGovernment } from './government-heads.js';

/** 问 (not 问题) or another verb of asking, then a name of one to three ideographs and the official's post, then a pause. */
const ASKED_OFFICIAL = new RegExp(`(?:询问|追问|请问|请教|问(?!题))(?:一下)?[ \\t]*([\\u4e00-\\u9fff]{1,3}?)(${POSTS.called})(?=[ \\t]*(?:同志)?[ \\t]*[,:。?、])`, 'gu');

/** The offices of the officials a question in `span` is put to by name and post ("问罗强副省长," → 省政府), in reading order. */
export function addressedOfficials(view: string, span: Span, persons: readonly Person[]): string[] {
  const out: string[] = [];
  ASKED_OFFICIAL.lastIndex = 0;
  const slice = view.slice(span[0], span[1]);
  for (let m = ASKED_OFFICIAL.exec(slice); m; m = ASKED_OFFICIAL.exec(slice)) {
    const [, name, post] = m;
    const person = personNamed(persons, name);
    if (!person) continue; // no one of that name: words before a post ("问一下关于局长…")
    // (Asked by a government post, the government answers, whatever other office the person heads: "请问贺副市长," to a
    // 副市长兼市公安局局长 → 市政府; a place read alone keeps its name, 湖口县副县长 → 湖口县政府.)
    const byPost = headedGovernment(null, [post]);
    const own = headedGovernment(person.organization, [...person.titles, post]);
    const office = byPost !== null && own === person.organization && !(own ?? '').endsWith('政府') ? byPost : own;
    if (office && !out.includes(office)) out.push(office);
  }
  return out;
}

/** The one person named `name`, or bearing it as surname (罗 for 罗强) when only one does. */
function personNamed(persons: readonly Person[], name: string): Person | null {
  const exact = persons.find((p) => p.name === name);
  if (exact) return exact;
  if (name.length !== 1) return null;
  const bearing = persons.filter((p) => p.name !== null && p.name.startsWith(name));
  return bearing.length === 1 ? bearing[0] : null;
}
