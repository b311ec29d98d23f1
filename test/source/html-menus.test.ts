import { describe, expect, it } from 'vitest';
import { elementEnd, linksOnly, mostlyLinks, namesMenu } from '../../src/source/html-menus.js';

describe('[html-menus] linksOnly', () => {
  it.each([
    ['<li><a href="/">首页</a></li><li><a href="/rdyw/">人大要闻</a></li>', true],
    ['<li><a href="/">首页</a></li> | <li><a href="/x">监督工作</a></li>&nbsp;', true],
    ['<li>一是<a href="/x">完善制度</a></li>', false],
    ['<li>加强监管</li>', false],
    ['', false],
  ])('%j → %s', (content, expected) => {
    expect(linksOnly(content)).toBe(expected);
  });
});

describe('[html-menus] namesMenu', () => {
  it.each([
    ['<div class="nav">', true],
    ['<div class="top nav-bar">', true],
    ["<ul id='mainmenu'>", true],
    ['<div class="navigation clearfix">', true],
    ['<div class="content">', false],
    ['<div class="menu-content">', false],
    ['<div>', false],
  ])('%j → %s', (tag, expected) => {
    expect(namesMenu(tag)).toBe(expected);
  });
});

describe('[html-menus] elementEnd', () => {
  it.each([
    ['<ul><li>a</li></ul>后', 'ul', 4, 14, 19],
    ['<ul><li><ul><li>b</li></ul></li></ul>后', 'ul', 4, 32, 37],
    ['<ul><li>未闭合', 'ul', 4, 11, 11],
  ])('%j', (html, name, openEnd, closeStart, end) => {
    expect(elementEnd(html, name, openEnd)).toEqual({ closeStart, end });
  });
});

describe('[html-menus] mostlyLinks', () => {
  it.each([
    ['<a href="/">首页</a><span>联系我们</span>', true],
    ['<a href="/">首页</a> | <a href="/x">人大要闻</a>', true],
    [`<p>${'区人大常委会开展专题询问。'.repeat(5)}</p>`, false],
  ])('%j → %s', (content, expected) => {
    expect(mostlyLinks(content)).toBe(expected);
  });
});
