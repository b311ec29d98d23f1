/**
 * HTML → text, for reports saved from government sites as .htm/.html.
 *
 * Example: `<p>问题一：&ldquo;一府两院&rdquo;如何…？</p><script>var x=1</script>` →
 * "问题一：“一府两院”如何…？". Tags are dropped, block elements (p, div, br, li, h1…,
 * tr …) end a line, script/style/head and comments are removed with their content,
 * entities are decoded, runs of white space inside a line become one space, as a
 * browser shows them, and blank lines are dropped. A table row is one line, its cells
 * separated by tabs ("指标\t2018年\t2019年"), as a table copied from a word processor. The
 * site's menus (<nav>, <footer>, link-only lists: html-menus.ts) are dropped; a page with no
 * <h1> whose headline appears nowhere in its text gets its <title>'s headline as first line.
 * The result is the text the record's spans index: a parsed .html file is this stripped
 * text, never the markup. Pure.
 */
import { elementEnd, linksOnly, mostlyLinks, namesMenu } from './html-menus.js';

/** Elements whose content is never text for the reader. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'textarea', 'select']);

/** Elements that stand on their own lines. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Table cells: a tab before each, on their row's line. */
const CELLS = new Set(['td', 'th']);
/** Blocks that still end a line inside a cell: a nested table's own rows. */
const ROWS = new Set(['table', 'tr', 'tbody', 'thead', 'tfoot']);
/** Elements that are always page furniture. */
const FURNITURE = new Set(['nav', 'footer']);
/** Elements dropped when they hold only links (a menu) or their class/id names a menu. */
const MENU_CANDIDATES = new Set(['ul', 'ol', 'div', 'header', 'section', 'aside', 'table', 'p', 'span', 'dl']);
const LISTS = new Set(['ul', 'ol']);
/** A cell read as one line: no table inside, at most this many characters of markup-free content. */
const FLAT_CELL = 300;
const NESTED_TABLE = /<table[\s>]/i;
const ANY_TAG = /<[^>]*>/g;

/** Named entities seen on Chinese news and government pages (the rest are rare there). */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', laquo: '\u00ab', raquo: '\u00bb',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', middot: '\u00b7', bull: '\u2022', times: '\u00d7', divide: '\u00f7',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', plusmn: '\u00b1', permil: '\u2030', yen: '\u00a5',
  sect: '\u00a7', para: '\u00b6', zwj: '\u200d', zwnj: '\u200c', shy: '\u00ad', iexcl: '\u00a1', cent: '\u00a2', pound: '\u00a3',
};

/** Decode character references: `&ldquo;` → “, `&#20013;` → 中, `&#x4e2d;` → 中. Unknown names stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Surrogates, NUL and out-of-range references are replaced, as browsers do.
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref] ?? NAMED[ref.toLowerCase()];
    // Only the old entities may omit their ';' (&nbsp as in "&nbsp&nbsp").
    if (named === undefined || (!whole.endsWith(';') && !/^(amp|lt|gt|quot|nbsp|copy|reg)$/i.test(ref))) return whole;
    return named;
  });
}

/** True when a text that came without a file name looks like an HTML page. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<meta\s)/i.test(text.slice(0, 1024));
}

/** The text of an HTML page, one line per block, as a reader sees it. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const n = html.length;
  const state: ReadState = { flatUntil: -1, headline: -1 };
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i) out.push(collapse(decodeEntities(html.slice(i, stop))));
    if (lt < 0) break;
    i = readMarkup(html, lt, out, state);
  }
  if (state.headline < 0) return withTitle(html, tidy(out.join('')));
  // Above the article's <h1>: a logo's words, a column's name, a breadcrumb — short lines, no sentence — are the site's.
  const above = tidy(out.slice(0, state.headline).join('')).split('\n').filter((l) => l.length > ABOVE_HEADLINE || SENTENCE.test(l));
  return [...above, tidy(out.slice(state.headline).join(''))].filter((l) => l !== '').join('\n');
}

interface ReadState {
  /** Where the table cell being read ends, when its paragraphs are read as one (a figure, a short answer). */
  flatUntil: number;
  /** The index in the output where the article's <h1> opens (the first with a headline's length), or -1. */
  headline: number;
}
/** Lines above the headline that may be the report's (a lede placed above it): longer than this, or a sentence. */
const ABOVE_HEADLINE = 24;
const SENTENCE = /[。？！；，,;?!]/u;
/** An <h1> this long (markup-free) is the article's headline, not a logo's or a column's name. */
const HEADLINE_LENGTH = 6;

/** The document's <title>, and a page heading in its body. */
const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i;
const H1 = /<h1[\s>]/i;
/** Between a title's headline and the site's name: "…专题询问_青岚县人大网", "… | 某市人大", "… - 某网". */
const TITLE_PARTS = /\s*(?:[_|｜]|\s[-—–]+\s|——)\s*/u;
/** A part that names the site, not the article. */
const SITE_NAME = /(?:网|网站|门户|首页|主页|频道)$/u;

/**
 * `text` with the <title>'s headline as its first line when the page has no <h1> and the headline
 * appears nowhere in the text (a page whose headline is an image, or built by a script); else as it is.
 */
function withTitle(html: string, text: string): string {
  const title = TITLE.exec(html.slice(0, 65536));
  if (!title || H1.test(html)) return text;
  const parts = collapse(decodeEntities(title[1])).trim().split(TITLE_PARTS).filter((p) => !SITE_NAME.test(p));
  const headline = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (headline.length < 8 || !/\p{sc=Han}/u.test(headline) || text.includes(headline)) return text;
  return text ? `${headline}\n${text}` : headline;
}

/** Read the markup starting at `<` (index `lt`); returns the index after it. */
function readMarkup(html: string, lt: number, out: string[], state: ReadState): number {
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return end < 0 ? html.length : end + 3;
  }
  const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
  if (!tag) {
    if (html[lt + 1] === '!' || html[lt + 1] === '?') return skipTo(html, lt, '>'); // doctype, CDATA, PI
    out.push('<'); // a lone "<" is text ("a<b")
    return lt + 1;
  }
  const closing = tag[1] === '/';
  const name = tag[2].toLowerCase();
  const end = endOfTag(html, lt + tag[0].length);
  // The site's menus, and lists of links only: no words of the report.
  // (Only an element that is closed: broken markup never takes the rest of the page with it.)
  if (!closing && (FURNITURE.has(name) || (MENU_CANDIDATES.has(name) && end - lt > name.length + 6 && namesMenu(html.slice(lt, end))))) {
    const element = elementEnd(html, name, end);
    if (element.closeStart < html.length && (FURNITURE.has(name) || mostlyLinks(html.slice(end, element.closeStart)))) {
      out.push('\n');
      return element.end;
    }
  }
  if (!closing && LISTS.has(name)) {
    const list = elementEnd(html, name, end);
    if (list.closeStart < html.length && linksOnly(html.slice(end, list.closeStart))) { out.push('\n'); return list.end; }
  }
  if (!closing && name === 'h1' && state.headline < 0) {
    const h1 = elementEnd(html, name, end);
    if (collapse(decodeEntities(html.slice(end, h1.closeStart).replace(ANY_TAG, ''))).trim().length >= HEADLINE_LENGTH) state.headline = out.length;
  }
  // A row is a line; its cells are separated by tabs, a short cell's paragraphs by spaces ("<td><p>88.2%</p></td>").
  // (A page laid out in a table keeps its paragraphs: a long cell, or one holding a table, is no cell of figures.)
  if (CELLS.has(name)) {
    if (!closing) {
      out.push('\t');
      const cell = elementEnd(html, name, end);
      const content = html.slice(end, cell.closeStart);
      if (!NESTED_TABLE.test(content) && content.replace(ANY_TAG, '').length <= FLAT_CELL) state.flatUntil = cell.closeStart;
    }
  } else if (BLOCKS.has(name)) out.push(lt < state.flatUntil && !ROWS.has(name) ? ' ' : '\n');
  if (!closing && SKIPPED.has(name) && !html.slice(lt, end).endsWith('/>')) {
    const closer = new RegExp(`</${name}[\\s>/]`, 'ig');
    closer.lastIndex = end;
    const close = closer.exec(html);
    // A page that never closes its <head> keeps its body: only the <title> inside is dropped then.
    if (!close) return name === 'head' ? end : html.length;
    return endOfTag(html, close.index + name.length + 2);
  }
  return end;
}

/**
 * The index after the `>` that ends a tag, skipping quoted attribute values. A quote opens a
 * value only right after `=` (as in `alt="a > b"`); a stray one (`width=5"`) is just a character,
 * so broken markup cannot swallow the rest of the page.
 */
function endOfTag(html: string, from: number): number {
  let quote = '';
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) { if (c === quote) quote = ''; continue; }
    if ((c === '"' || c === "'") && afterEquals) quote = c;
    else if (c === '>') return i + 1;
    if (c === '=') afterEquals = true;
    else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') afterEquals = false;
  }
  return html.length;
}

function skipTo(html: string, from: number, token: string): number {
  const end = html.indexOf(token, from);
  return end < 0 ? html.length : end + token.length;
}

/** White space inside a line collapses to one space, as a browser renders it; a no-break space is a plain one. */
function collapse(s: string): string {
  return s.replace(/[ \t\r\n\f]+/g, ' ').replace(/\u00a0/g, ' ');
}

/** Trim each line's spaces (and a row's outer tabs, spaces around its cells) and drop blank lines: one line per paragraph, as in a .txt transcript. */
function tidy(s: string): string {
  return s.split('\n')
    .map((l) => (l.includes('\t') ? l.replace(/ *\t */g, '\t').replace(/^\t+|\t+$/g, '') : l).replace(/^ +| +$/g, ''))
    .filter((l) => l !== '')
    .join('\n');
}
