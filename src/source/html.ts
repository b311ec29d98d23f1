/**
 * HTML → text, for reports saved from government sites as .htm/.html.
 *
 * Example: `<p>问题一：&ldquo;一府两院&rdquo;如何…？</p><script>var x=1</script>` →
 * "问题一：“一府两院”如何…？". Tags are dropped, block elements (p, div, br, li, h1…,
 * tr …) end a line, script/style/head and comments are removed with their content,
 * entities are decoded, runs of white space inside a line become one space, as a
 * browser shows them, and blank lines are dropped. The result is the text the record's
 * spans index: a parsed .html file is this stripped text, never the markup. Pure.
 */

/** Elements whose content is never text for the reader. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'textarea', 'select']);

/** Elements that stand on their own lines. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

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
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (stop > i) out.push(collapse(decodeEntities(html.slice(i, stop))));
    if (lt < 0) break;
    i = readMarkup(html, lt, out);
  }
  return tidy(out.join(''));
}

/** Read the markup starting at `<` (index `lt`); returns the index after it. */
function readMarkup(html: string, lt: number, out: string[]): number {
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
  if (BLOCKS.has(name)) out.push('\n');
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

/** Trim each line's spaces and drop blank lines: one line per paragraph, as in a .txt transcript. */
function tidy(s: string): string {
  return s.split('\n')
    .map((l) => l.replace(/^ +| +$/g, ''))
    .filter((l) => l !== '')
    .join('\n');
}
