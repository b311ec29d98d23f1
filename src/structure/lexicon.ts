/**
 * The lexicons of speaker recognition: office titles, organizations, surnames and the words
 * around a name, read from dict/ once, on first use.
 *
 * Example: in "市法院执行局局长高红丽说" the title 局长 comes from roles.utf8, 法院 (head) and
 * 执行局 (inner department) from organizations.utf8, 高 from surnames.utf8 and 说 from
 * speech-verbs.utf8. The files are resolved from `import.meta.url`, never from the working
 * directory, so src/structure and dist/structure both find ../../dict. This is the only
 * module of speaker recognition that reads files; `parseLexicon` is pure and takes the texts.
 */
import { readFileSync } from 'node:fs';
import { buildTrie, type Trie } from './term-index.js';

export type RoleTag = 'congress' | 'office' | 'byline' | 'weak' | 'not' | 'modifier' | 'descriptor' | 'collective' | 'public';
export type OrgTag = 'head' | 'inner' | 'place' | 'place-suffix' | 'suffix' | 'qualifier' | 'party' | 'mass';
export type WordTag = 'speech' | 'after' | 'before';

export interface Lexicon {
  /** Title term → its tags (a term with no tag is a plain office title). */
  roles: Map<string, Set<RoleTag>>;
  /** Organization term → its tags (a term may be both a place and a place suffix: 市). */
  orgs: Map<string, Set<OrgTag>>;
  /** Single and compound surnames. */
  surnames: Set<string>;
  /** Surnames that are also everyday words (水, 都, 来; tag `word`): surnames only where the grammar makes a name certain. */
  wordSurnames: Set<string>;
  /** Word → its tags (speech verbs, words that may follow or precede a name). */
  words: Map<string, Set<WordTag>>;
  /** Words that start with a surname character but are no names (高度, 党员). */
  notNames: Set<string>;
  /** Longest term length per table, to bound longest-match scans. */
  maxRole: number;
  maxOrg: number;
  maxWord: number;
  /** The same tables as tries (term-index.ts), for lookups that walk the view instead of slicing it. */
  index: LexiconIndex;
}

/** Tries over the tables: forward (terms starting at a position) and backward (terms ending at one). */
export interface LexiconIndex {
  roles: Trie<Set<RoleTag>>;
  orgs: Trie<Set<OrgTag>>;
  orgsBack: Trie<Set<OrgTag>>;
  words: Trie<Set<WordTag>>;
  wordsBack: Trie<Set<WordTag>>;
  notNames: Trie<true>;
  surnames: Trie<true>;
}

/** The four dictionary texts, as read from dict/ (or given by a test). */
export interface LexiconSources {
  roles: string;
  organizations: string;
  surnames: string;
  speechVerbs: string;
  notNames?: string;
}

export interface Entry {
  term: string;
  tags: string[];
  /** 1-based line number in its file, for error messages in tests. */
  line: number;
}

/** One term per line, optional white-space-separated tags, "#" comments, blank lines skipped. */
export function parseEntries(text: string): Entry[] {
  const out: Entry[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const [term, ...tags] = line.split(/\s+/);
    out.push({ term, tags, line: i + 1 });
  });
  return out;
}

function table<T extends string>(text: string): Map<string, Set<T>> {
  const map = new Map<string, Set<T>>();
  for (const { term, tags } of parseEntries(text)) {
    const set = map.get(term) ?? new Set<T>();
    for (const t of tags) set.add(t as T);
    map.set(term, set);
  }
  return map;
}

const longest = (keys: Iterable<string>) => Math.max(0, ...Array.from(keys, (k) => k.length));

export function parseLexicon(src: LexiconSources): Lexicon {
  const roles = table<RoleTag>(src.roles);
  const orgs = table<OrgTag>(src.organizations);
  const words = table<WordTag>(src.speechVerbs);
  const surnameEntries = parseEntries(src.surnames);
  const surnames = new Set(surnameEntries.filter((e) => !e.tags.includes('word')).map((e) => e.term));
  const wordSurnames = new Set(surnameEntries.filter((e) => e.tags.includes('word')).map((e) => e.term));
  const notNames = new Set(parseEntries(src.notNames ?? '').map((e) => e.term));
  const index: LexiconIndex = {
    roles: buildTrie(roles), orgs: buildTrie(orgs), orgsBack: buildTrie(orgs, true),
    words: buildTrie(words), wordsBack: buildTrie(words, true),
    notNames: buildTrie(new Map(Array.from(notNames, (w) => [w, true as const]))),
    surnames: buildTrie(new Map(Array.from(surnames, (w) => [w, true as const]))),
  };
  return { roles, orgs, surnames, wordSurnames, words, notNames, maxRole: longest(roles.keys()), maxOrg: longest(orgs.keys()), maxWord: longest(words.keys()), index };
}

export const DICT_FILES = {
  roles: 'roles.utf8',
  organizations: 'organizations.utf8',
  surnames: 'surnames.utf8',
  speechVerbs: 'speech-verbs.utf8',
  notNames: 'not-names.utf8',
} as const;

/** The URL of a file in dict/, from src/structure or dist/structure alike. */
export function dictUrl(file: string): URL {
  return new URL(`../../dict/${file}`, import.meta.url);
}

/**
 * The terms of organizations.utf8 carrying `tag`, as written, in the file's order (the mass organisations, tag mass, for the
 * addressee and label readers): taken from the loaded lexicon, so the file is read once per process (a second read and
 * parse of it cost ~10 ms of a one-file parse, which builds the lexicon anyway).
 */
export function organizationsTagged(tag: OrgTag): string[] {
  const out: string[] = [];
  for (const [term, tags] of lexicon().orgs) if (tags.has(tag)) out.push(term);
  return out;
}

let loaded: Lexicon | null = null;

/** The lexicon from dict/, read once per process on first use. */
export function lexicon(): Lexicon {
  if (loaded) return loaded;
  const read = (f: string) => readFileSync(dictUrl(f), 'utf8');
  loaded = parseLexicon({
    roles: read(DICT_FILES.roles),
    organizations: read(DICT_FILES.organizations),
    surnames: read(DICT_FILES.surnames),
    speechVerbs: read(DICT_FILES.speechVerbs),
    notNames: read(DICT_FILES.notNames),
  });
  return loaded;
}

/** True for a CJK ideograph (the Han characters names and titles are written in) or 某/×. */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  if (ch.length === 1) { // the usual call, one code unit: no regex
    const c = ch.charCodeAt(0);
    return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0xd7;
  }
  return HAN_OR_MASK.test(ch);
}

/** `isHan` for one UTF-16 code unit (NaN, past the end of a string, is none). */
export function isHanUnit(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0xd7;
}

const HAN_OR_MASK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff某×]/u;
