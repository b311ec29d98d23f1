import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { decodeEntities, htmlToText, looksLikeHtml } from '../../src/source/html.js';

describe('[html] htmlToText', () => {
  it.each([
    ['<p>问题一：如何推进？</p><p>市政府副市长李某回答。</p>', '问题一：如何推进？\n市政府副市长李某回答。'],
    ['<div>一是健全机制<br>二是强化监督</div>', '一是健全机制\n二是强化监督'],
    ['<p>&ldquo;一府两院&rdquo;&nbsp;联动</p>', '“一府两院” 联动'],
    ['<p>&#20013;&#x6587;&amp;&lt;b&gt;</p>', '中文&<b>'],
    ['<script>var s = "<p>不是正文</p>";</script><p>正文</p>', '正文'],
    ['<style>p { color: red }</style><p>正文</p>', '正文'],
    ['<head><title>曲靖人大网</title><meta charset="gbk"></head><body><h1>标题</h1><p>正文</p></body>', '标题\n正文'],
    ['<!-- 注释 <p>藏起来</p> --><p>看得见</p>', '看得见'],
    ['<p>多个\n   空白\t合并</p>', '多个 空白 合并'],
    ['<a href="x.html" title="a > b">链接</a>文字', '链接文字'],
    ['<p>a<b>粗</b>c</p>', 'a粗c'],
    ['<p>1 < 2 且 3>2</p>', '1 < 2 且 3>2'],
    ['<!DOCTYPE html><html><body><p>　　全角缩进保留</p></body></html>', '　　全角缩进保留'],
    // A table row is one line, its cells separated by tabs (as copied from a word processor).
    ['<table><tr><td>委员</td><td>王某某</td></tr></table>', '委员\t王某某'],
    ['<p>未闭合的<script>alert(1)', '未闭合的'],
    ['<head><title>无结束</title><p>正文在此', '正文在此'],
    ['<img width=5" src=x.png><p>后文不丢</p>', '后文不丢'],
    ["<a title = 'x > y'>链接</a>", '链接'],
    ['<SCRIPT>document.write("</p>")</SCRIPT ><P>大写标签</P>', '大写标签'],
    ['<script>a</scripty>b</script><p>正文</p>', '正文'],
    ['', ''],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('[html] tables, menus and the headline', () => {
  it.each([
    // Rows of figures: one line per row; a short cell's paragraphs join.
    ['<p>晏副市长表态。</p><table><tr><th>指标</th><th>2020年</th></tr><tr><td><p>绿化覆盖率</p></td><td><p>41.5%</p></td></tr></table><p>会议最后…</p>',
      '晏副市长表态。\n指标\t2020年\n绿化覆盖率\t41.5%\n会议最后…'],
    // A page laid out in a table keeps its paragraphs.
    [`<table><tr><td><p>${'甲'.repeat(200)}</p><p>${'乙'.repeat(200)}</p></td></tr></table>`, `${'甲'.repeat(200)}\n${'乙'.repeat(200)}`],
    ['<table><tr><td><table><tr><td>内</td><td>表</td></tr></table><p>段落</p></td></tr></table>', '内\t表\n段落'],
    // Menus: <nav>, <footer>, a list of links only, an element named nav/menu.
    ['<nav><a href="/">首页</a> | <a href="/a">要闻</a></nav><h1>柳城区人大常委会开展专题询问</h1>', '柳城区人大常委会开展专题询问'],
    ['<ul><li><a href="/">首页</a></li><li><a href="/b">代表工作</a></li></ul><p>正文</p>', '正文'],
    ['<div id="topmenu"><a href="/">首页</a><span>联系我们</span></div><p>正文</p>', '正文'],
    ['<p>正文</p><footer><p>版权所有：某某县人大</p></footer>', '正文'],
    // An element named nav that holds the report, or a menu never closed, drops nothing.
    [`<div class="nav"><p>${'正文'.repeat(30)}</p></div>`, '正文'.repeat(30)],
    ['<div class="nav"><a href="/">首页</a><div><p>正文未闭合', '首页\n正文未闭合'],
    // Above the article's <h1>: a logo's or a column's words drop, a sentence stays; a short <h1> (a column's name) drops nothing.
    ['<div class="logo">桐溪县人大常委会</div><div>人大要闻</div><h1>县人大常委会开展养老服务专题询问</h1><p>正文</p>', '县人大常委会开展养老服务专题询问\n正文'],
    ['<p>5月12日，桐溪县人大常委会举行联组会议。</p><h1>县人大常委会开展养老服务专题询问</h1>', '5月12日，桐溪县人大常委会举行联组会议。\n县人大常委会开展养老服务专题询问'],
    ['<div>桐溪县人大常委会</div><h1>人大要闻</h1><p>县人大常委会开展养老服务专题询问</p>', '桐溪县人大常委会\n人大要闻\n县人大常委会开展养老服务专题询问'],
    // A list of words (the report's own) stays.
    ['<ul><li>一是加强监管</li><li>二是<a href="/x">完善制度</a>建设</li></ul>', '一是加强监管\n二是完善制度建设'],
    // No <h1>, the headline nowhere in the text: the <title>'s headline (less the site's name) opens it.
    ['<head><title>桐溪县人大常委会就养老服务开展专题询问_桐溪人大网</title></head><body><p>5月12日，…</p></body>', '桐溪县人大常委会就养老服务开展专题询问\n5月12日，…'],
    ['<head><title>桐溪县人大常委会就养老服务开展专题询问 - 桐溪人大网</title></head><body><div class="tit">桐溪县人大常委会就养老服务开展专题询问</div><p>正文</p></body>', '桐溪县人大常委会就养老服务开展专题询问\n正文'],
    ['<head><title>桐溪人大网</title></head><body><p>正文</p></body>', '正文'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('[html] a whole page', () => {
  it('fixture 97 is its page.htm read as text (menus, related list and footer dropped, the table by rows)', () => {
    const dir = new URL('../fixtures/transcripts/97-web-page-menu-table-reporter-close/', import.meta.url);
    expect(htmlToText(readFileSync(new URL('page.htm', dir), 'utf8')) + '\n').toBe(readFileSync(new URL('input.txt', dir), 'utf8'));
  });
});

describe('[html] decodeEntities', () => {
  it.each([
    ['&hellip;&mdash;&middot;', '…—·'],
    ['&nbsp&nbsp', '\u00a0\u00a0'],
    ['&unknown;', '&unknown;'],
    ['&#0;&#xD800;&#99999999;', '\ufffd\ufffd\ufffd'],
    ['AT&T', 'AT&T'],
    ['&ldquo', '&ldquo'],
  ])('%j → %j', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('[html] looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html>', true],
    ['  <html lang="zh">', true],
    ['问题一：<b>', false],
    ['市政府副市长李某回答。', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('[html] any input', () => {
  const pieces = ['<p>', '</p>', '<br>', '<script>', '</script>', '<style>', '</style', '<!--', '-->', '<head>', '</head>', '<a href="', '">', "'", '"', '=', '<', '>', '&', '&amp;', '&#', '&#x4e2d;', ';', '问题一：', '李某表示', '\n', ' ', '<!DOCTYPE html>', '<title>', '</title>', '<![CDATA[', ']]>'];
  const htmlish = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));

  it('never throws, and leaves no blank line or edge spaces', () => {
    fc.assert(fc.property(fc.oneof(htmlish, fc.string({ maxLength: 200 })), (html) => {
      const text = htmlToText(html);
      expect(text).not.toMatch(/\n\n|^\n|\n$|^ | $|\n | \n/);
    }), { numRuns: 300 });
  });

  it('stays linear on a page full of scripts (1,000 scripts, 1 MB)', () => {
    const page = Array.from({ length: 1000 }, (_, i) => `<script>var a${i}="${'x'.repeat(1000)}";</script><p>第${i}段</p>`).join('');
    const started = performance.now();
    const text = htmlToText(page);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(text.split('\n')).toHaveLength(1000);
  });
});
