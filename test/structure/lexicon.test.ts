import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DICT_FILES, dictUrl, isHan, lexicon, parseEntries, parseLexicon } from '../../src/structure/lexicon.js';

const TAGS: Record<keyof typeof DICT_FILES, string[]> = {
  roles: ['congress', 'office', 'byline', 'weak', 'not', 'modifier', 'descriptor', 'collective', 'public'],
  organizations: ['head', 'inner', 'place', 'place-suffix', 'suffix', 'qualifier', 'party'],
  surnames: [],
  speechVerbs: ['speech', 'after', 'before'],
  notNames: [],
};

describe('[lexicon] dictionary files', () => {
  it.each(Object.entries(DICT_FILES))('%s (%s) parses: Han terms, known tags, no duplicates, documented format', (key, file) => {
    const text = readFileSync(dictUrl(file), 'utf8');
    expect(text.startsWith('#')).toBe(true);
    expect(text).toMatch(/Format:/);
    const entries = parseEntries(text);
    expect(entries.length).toBeGreaterThan(5);
    const seen = new Set<string>();
    for (const e of entries) {
      expect(Array.from(e.term).every((c) => isHan(c)), `${file}:${e.line} ${e.term}`).toBe(true);
      for (const t of e.tags) expect(TAGS[key as keyof typeof DICT_FILES], `${file}:${e.line} tag ${t}`).toContain(t);
      const id = `${e.term} ${e.tags.join(' ')}`;
      expect(seen.has(id), `${file}:${e.line} duplicate ${id}`).toBe(false);
      seen.add(id);
    }
  });

  it('no term is both a title and a blocking word', () => {
    const roles = parseEntries(readFileSync(dictUrl(DICT_FILES.roles), 'utf8'));
    const terms = new Map<string, number>();
    for (const e of roles) terms.set(e.term, (terms.get(e.term) ?? 0) + 1);
    expect([...terms].filter(([, n]) => n > 1)).toEqual([]);
  });
});

describe('[lexicon] contents', () => {
  const lex = lexicon();
  it.each([
    ['副市长', []], ['常务副检察长', []], ['执行局局长', []], ['主任委员', ['congress']], ['委员', ['congress']],
    ['代表', ['congress']], ['负责人', ['office']], ['记者', ['byline']], ['委员会', ['not']], ['领导', ['weak']],
    ['居民', ['descriptor']], ['种粮大户', ['descriptor']], ['群众代表', ['public']], ['市民代表', ['public']], ['企业代表', ['public']],
  ])('title %s %j', (term, tags) => {
    expect([...(lex.roles.get(term) ?? ['missing'])]).toEqual(tags);
  });

  it.each([
    ['人大常委会', 'head'], ['政府', 'head'], ['检察院', 'head'], ['中级人民法院', 'head'], ['市场监管局', 'head'],
    ['执行局', 'inner'], ['法工委', 'inner'], ['党委', 'inner'], ['市', 'place'], ['区', 'place-suffix'],
    ['街道', 'place-suffix'], ['局', 'suffix'], ['中心', 'suffix'], ['相关', 'qualifier'],
  ])('organization %s is %s', (term, tag) => {
    expect(lex.orgs.get(term)?.has(tag as never)).toBe(true);
  });

  it.each(['王', '李', '缪', '代', '海', '骆', '欧阳', '司马', '上官', '诸葛'])('surname %s', (s) => {
    expect(lex.surnames.has(s)).toBe(true);
  });

  it.each(['都', '过', '来', '但'])('function word %s is no surname', (s) => {
    expect(lex.surnames.has(s)).toBe(false);
  });

  it.each([['表示', 'speech'], ['回应', 'speech'], ['就', 'after'], ['同志', 'after'], ['请', 'before'], ['对此', 'before']])('word %s is %s', (w, tag) => {
    expect(lex.words.get(w)?.has(tag as never)).toBe(true);
  });

  it('is loaded once', () => {
    expect(lexicon()).toBe(lex);
  });
});

describe('[lexicon] parsing', () => {
  it.each([
    ['局长\n# 注释\n\n副局长  \n', [['局长', []], ['副局长', []]]],
    ['\uFEFF委员 congress # 人大\r\n负责人 office\r\n', [['委员', ['congress']], ['负责人', ['office']]]],
    ['出席 after before', [['出席', ['after', 'before']]]],
  ])('%j', (text, expected) => {
    expect(parseEntries(text).map((e) => [e.term, e.tags])).toEqual(expected);
  });

  it('builds a lexicon from given texts (no files)', () => {
    const lex = parseLexicon({ roles: '局长\n委员 congress', organizations: '市 place\n局 suffix', surnames: '王', speechVerbs: '说 speech' });
    expect(lex.maxRole).toBe(2);
    expect(lex.roles.get('委员')?.has('congress')).toBe(true);
    expect(lex.surnames.has('王')).toBe(true);
    expect(lex.notNames.size).toBe(0);
  });
});
