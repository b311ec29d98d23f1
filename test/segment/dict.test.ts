/**
 * The dictionary files in dict/: the user dictionary parses as jieba reads it, has no
 * duplicates and every term comes back whole; the indexes match nodejieba's installed files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSegmenter, jiebaFiles } from '../../src/segment/jieba.js';
import { DICT_DIR, USER_DICT } from '../../src/segment/word-lists.js';
import { parseUserDictionary } from '../../src/segment/userDict.js';
import { INDEX_FORMAT, WordIndex } from '../../src/segment/wordIndex.js';

const user = parseUserDictionary(readFileSync(USER_DICT, 'utf8'));

describe('[dict] user.dict.utf8', () => {
  it('every line parses as "词 频率 词性" and no term is repeated', () => {
    expect(user.problems).toEqual([]);
    expect(user.entries.length).toBeGreaterThan(100);
  });

  it('uses only LF line ends and ends with one', () => {
    const text = readFileSync(USER_DICT, 'utf8');
    expect(text).not.toMatch(/\r/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it.each(['一府两院', '人大常委会', '专题询问', '联组会议', '综治中心', '枫桥经验', '府检联动', '法检联动', '监检衔接', '行政复议', '公益诉讼', '高效办成一件事', '诉源治理', '矛盾纠纷', '副市长', '常务副检察长', '代理院长', '主任委员', '市场监管局', '政务服务管理局'])('holds %s', (term) => {
    expect(user.entries.map((e) => e.word)).toContain(term);
  });

  // 商务部 is a word of jieba's and so is 门将 (a goalkeeper): "商务部门将督促…" had cut 商务部|门将 and put 门将 among a
  // question's keywords (t70 #11). The other X部门 of government read whole or as X|部门.
  it('商务部门将督促 cuts the department whole', () => {
    expect(defaultSegmenter().cut('商务部门将督促企业落实').map((t) => t.text)).toEqual(['商务部门', '将', '督促', '企业', '落实']);
  });

  it('every term comes back from cut() as one token', () => {
    const split = user.entries.map((e) => defaultSegmenter().cut(e.word).map((t) => t.text)).filter((tokens) => tokens.length !== 1);
    expect(split).toEqual([]);
  });
});

describe('[dict] indexes of nodejieba\'s dictionaries', () => {
  const files = jiebaFiles();
  it.each([
    ['jieba.dict.index', files.dict],
    ['idf.index', files.idf],
  ])('%s was built from the installed %s', (name, source) => {
    const index = new WordIndex(readFileSync(join(DICT_DIR, name)));
    const bytes = readFileSync(source);
    expect(index.header.format).toBe(INDEX_FORMAT);
    expect(index.header.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(index.header.size).toBe(bytes.length);
    expect(index.header.lines).toBe(bytes.toString('utf8').split('\n').filter(Boolean).length);
  });

  it('every line of the main dictionary is "词 频率 词性" and no word is repeated', () => {
    const lines = readFileSync(files.dict, 'utf8').split('\n').filter(Boolean);
    expect(lines.filter((l) => !/^\S+ [1-9][0-9]* [a-z]+$/.test(l))).toEqual([]);
    expect(new Set(lines.map((l) => l.split(' ')[0])).size).toBe(lines.length);
  });
});
