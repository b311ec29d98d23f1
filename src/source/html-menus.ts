/**
 * A page's menus in HTML: what a site puts around every article, never a word of the report.
 *
 * Example: `<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/rdyw/">人大要闻</a></li></ul></div>`
 * — a list whose items are only links is the site's menu (or a 相关新闻 list): htmlToText drops it, so
 * its items (首页, 人大要闻…) never stand as lines above the headline. So are <nav> and <footer>, and an
 * element whose class or id names a menu (class="nav", id="topmenu"). Offsets are indexes into the
 * HTML string, 0-based, end-exclusive.
 */

/** Every tag's start: `<name` or `</name` (the name lower-cased by the caller). */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/g;
/** A class or id attribute's value. */
const NAMING_ATTRIBUTE = /\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
/** Class and id words that name a site menu. */
const MENU_WORDS = new Set(['nav', 'navbar', 'nav-bar', 'navigation', 'topnav', 'top-nav', 'mainnav', 'main-nav', 'subnav', 'menu', 'menubar', 'topmenu', 'top-menu', 'mainmenu', 'main-menu']);
/** A link element with its content. */
const LINK = /<a\b[^>]*>[\s\S]*?<\/a\s*>/gi;
/** Any tag. */
const ANY_TAG = /<[^>]*>/g;
/** What a menu holds between its links: white space, separators, entities of space. */
const BETWEEN_LINKS = /^(?:[\s|｜·•/\\、>»›,，;；\-]|&nbsp;?|&#160;|&middot;)*$/u;

/**
 * The index after the element that opens at `openEnd` (just after its start tag) and is named
 * `name`, counting nested elements of the same name; the end of `html` when it is never closed.
 * Also where its closing tag starts (`closeStart`), for reading its content.
 */
export function elementEnd(html: string, name: string, openEnd: number): { closeStart: number; end: number } {
  let depth = 1;
  const re = TAG; // (shared: each call runs to its end before another starts)
  re.lastIndex = openEnd;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[2].toLowerCase() !== name) continue;
    const gt = html.indexOf('>', m.index);
    const selfClosed = gt > 0 && html[gt - 1] === '/';
    if (m[1]) depth--;
    else if (!selfClosed) depth++;
    if (depth === 0) return { closeStart: m.index, end: gt < 0 ? html.length : gt + 1 };
  }
  return { closeStart: html.length, end: html.length };
}

/** The start tag `tag` (from `<` to `>`) names a menu by its class or id ("nav", "topmenu"). */
export function namesMenu(tag: string): boolean {
  if (!/\b(?:class|id)\s*=/i.test(tag)) return false;
  for (const m of tag.matchAll(NAMING_ATTRIBUTE)) {
    for (const word of (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().split(/\s+/)) if (MENU_WORDS.has(word)) return true;
  }
  return false;
}

/**
 * An element's content that is mostly links: at most a few words outside them ("<a>首页</a><span>联系我们</span>").
 * An element named "nav" that holds paragraphs of the report is no menu, whatever its name.
 */
export function mostlyLinks(content: string): boolean {
  let words = 0;
  const rest = content.replace(LINK, ' ').replace(ANY_TAG, ' ');
  for (let i = 0; i < rest.length && words <= MAX_WORDS_OUTSIDE_LINKS; i++) if (!/\s/u.test(rest[i])) words++;
  return words <= MAX_WORDS_OUTSIDE_LINKS;
}
/** Characters outside the links a menu may hold (a label, a separator, an entity of space). */
const MAX_WORDS_OUTSIDE_LINKS = 40;

/** A list's content (between <ul> and </ul>) that holds links and nothing else: a menu, not the report. */
export function linksOnly(content: string): boolean {
  let links = 0;
  const rest = content.replace(LINK, () => { links++; return ' '; }).replace(ANY_TAG, ' ');
  return links > 0 && BETWEEN_LINKS.test(rest);
}
