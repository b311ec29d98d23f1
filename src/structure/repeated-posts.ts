/**
 * A title, then the surname and the same post again, no given name: "市人大代表王代表补充问:…", "市人大常委会委员王委员问:…".
 * A report naming a member by the short form he is called by (王代表) after his full title: the person is one, with his
 * title and organization, and only his surname (a `surname-title` mention, the registry resolves it as it does 李局长).
 * Not a name of two characters whose second is the post's first ("市人大代表王代明": 代明 is no post), nor another post
 * ("市人大代表王局长": the member is no 局长). Offsets are UTF-16 offsets into the view.
 */
import type { Lexicon } from './lexicon.js';

/** The short posts a member is called by after his surname: 代表, 委员, 常委. */
const SHORT_POSTS = new Set(['代表', '委员', '常委']);

/**
 * When the view at `at` (right after a title whose post is `post`) holds a surname (one or two characters) and then
 * `post` again, the surname's end and the post's end; else null.
 */
export function repeatedPost(lex: Lexicon, view: string, at: number, to: number, post: string): { surnameEnd: number; end: number } | null {
  if (!SHORT_POSTS.has(post)) return null;
  for (const len of [2, 1]) {
    const s = at + len;
    if (s + post.length > to || !lex.surnames.has(view.slice(at, s)) || !view.startsWith(post, s)) continue;
    // (王代表团: the delegation, no member.)
    if (view[s + post.length] === '团') continue;
    return { surnameEnd: s, end: s + post.length };
  }
  return null;
}
