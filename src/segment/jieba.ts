/**
 * The one door to nodejieba: loads it lazily, once per process, with a dictionary made for
 * the text at hand, and turns its strings into tokens with spans.
 *
 * Example: defaultSegmenter().withWords(['缪应虎']).cut('市人大常委会副主任缪应虎向“一府两院”询问')
 * → 市 / 人大常委会 / 副主任 / 缪应虎 / 向 / “ / 一府两院 / ” / 询问, each with its span.
 *
 * Loading jieba's full dictionaries costs ~0.8 s and ~300 MB; cutting a transcript costs a
 * few ms. So before cutting, the words of the text are looked up in dict/jieba.dict.index
 * (built once by scripts/build-dict-index.mjs) and only those are loaded, with fillers that
 * keep the total and the smallest frequency (see subdict.ts): same tokens, ~20 ms. Likewise
 * its HMM model holds only the characters of the text (see hmm-model.ts).
 * `prepare(text, view)` loads for a whole document before its sections are cut; pieces of
 * covered texts need no lookup. Names are kept whole by cutting around them, so nothing is
 * reloaded per document for them. A batch lane loads one dictionary for a whole chunk of
 * documents (`prepareDocuments`); a process that keeps meeting new text without it goes over
 * to the full dictionary once. The word lists are read by word-lists.ts; this module writes the
 * dictionaries it loads to a temporary folder, removed after each load.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Segmenter, Token } from './segmenter.js';
import { anchor, wellFormed, type Anchored, type Piece } from './anchor.js';
import { FILLER_MIN, GrowingDictionary, WordFinder } from './subdict.js';
import { rankKeywords, type IdfTable } from './keywords.js';
import { USER_DICT, lazyIdf, openIndex, userDictionaryText } from './word-lists.js';
import { addChars, GrowingHmmModel } from './hmm-model.js';
import { cutAround, nameForms } from './names.js';
import { isFragment, type TagOf } from './fragments.js';
import { normalize } from '../source/normalize.js';

/** The binding, plus the default file paths its index.js exports but its typings omit. */
type NodeJieba = typeof import('nodejieba') & { DEFAULT_DICT: string; DEFAULT_HMM_DICT: string; DEFAULT_IDF_DICT: string; DEFAULT_STOP_WORD_DICT: string };

/**
 * Which main dictionary to load: 'auto' (the default) the words of the text, until a process
 * has met so much text that the full one is cheaper; 'document' always the words of the text;
 * 'full' all 349k words. All three give the same tokens.
 */
export type DictionaryMode = 'auto' | 'document' | 'full';

export interface JiebaOptions {
  /** Default 'auto'. */
  dictionary?: DictionaryMode;
  /** User dictionary text ("词 频率 词性" lines); default the content of dict/user.dict.utf8. */
  userDictionary?: string;
}

/** Everything read from disk, read on first use. */
interface Resources {
  jieba: NodeJieba;
  /** Null when no index could be had: the full dictionary is loaded instead (slow, same tokens). */
  finder: WordFinder | null;
  idf: IdfTable;
  stopWords: Set<string>;
}

let resources: Resources | null = null;

function load(): Resources {
  if (resources) return resources;
  const jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
  const index = openIndex('jieba.dict.index', jieba.DEFAULT_DICT);
  resources = {
    jieba,
    finder: index ? new WordFinder(index) : null,
    idf: lazyIdf(jieba.DEFAULT_IDF_DICT),
    stopWords: new Set(readFileSync(jieba.DEFAULT_STOP_WORD_DICT, 'utf8').split('\n').filter(Boolean)),
  };
  return resources;
}

/** What nodejieba holds now (it is one global instance per process); `complete`: the full dictionary. */
let loaded: { kind: 'document' | 'full'; words: Set<number>; user: string; texts: string[]; complete: boolean } | null = null;

/** Document dictionaries loaded so far in this process, and the limits before loading the full one. */
let documentLoads = 0;
const MAX_DOCUMENT_LOADS = 8;
const MAX_DOCUMENT_WORDS = 30_000;
/**
 * Texts covered by the last `prepareDocuments` load (documents and their normalized views,
 * one chunk of a batch): a document of the chunk and the pieces of it need no lookup.
 */
let chunkTexts = new Set<string>();
/** Covered texts longer than this (UTF-16 code units) are not searched for a piece: see `ensure`. */
const SEARCHED_TEXT = 64 * 1024;
/** Words loaded by `prepareDocuments` so far: past the full dictionary's size, loading it once is cheaper. */
let chunkWordsLoaded = 0;

/**
 * A batch lane is about to parse these documents: load one dictionary that covers all of them
 * (and their normalized views), so that no document needs a load of its own. Loading costs
 * ≈ 15 ms + 2.5 ms per 1000 words, the full dictionary ≈ 0.7 s and ≈ 300 MB; the words of a
 * chunk of a batch (16–128 transcripts, see pool.ts) are 3,000–8,000. The dictionary grows with each chunk that
 * brings new words, and once the words loaded in all add up to more than the full
 * dictionary, the full one is loaded instead (so a batch never pays more than twice it).
 * Tokens are the same either way.
 */
export function prepareDocuments(texts: readonly string[]): void {
  const r = load();
  const user = shipped();
  if (withoutTemporaryFiles && loaded) return;
  const same = loaded !== null && loaded.kind === 'document' && loaded.user === user;
  if (same && loaded!.complete) return;
  const finder = r.finder;
  if (!finder) return void ensure('auto', texts, user); // the full dictionary, once
  const views = texts.map((text) => normalize(text));
  const needed = new Set<number>();
  texts.forEach((text, i) => {
    finder.collectVariant(text, views[i], finder.collect(text, needed));
    // The words of the document as the parser may read it, wraps and gaps joined: without them
    // such a document would load the whole dictionary again for a word or two.
    finder.collectJoined(text, needed);
    if (views[i] !== text) finder.collectJoined(views[i], needed);
  });
  let fresh = !same;
  if (same) for (const id of needed) if (!loaded!.words.has(id)) { fresh = true; break; }
  if (fresh) {
    const words = same ? new Set([...loaded!.words, ...needed]) : needed;
    chunkWordsLoaded += words.size;
    if (chunkWordsLoaded > finder.index.header.lines) {
      reload(r, null, user);
      loaded!.kind = 'document'; // the full dictionary serves every later text
    } else reload(r, words, user, [...texts, ...views]);
  }
  chunkTexts = new Set([...texts, ...views]);
  loaded!.texts = [];
}

/** Make sure the loaded dictionary covers the texts and that the user dictionary is exactly `user`. */
function ensure(mode: DictionaryMode, texts: readonly string[], user: string): Resources {
  const r = load();
  if (withoutTemporaryFiles && loaded) return r;
  const finder = mode === 'full' ? null : r.finder; // without an index, the full dictionary
  let same = loaded !== null && loaded.kind === (finder ? 'document' : 'full') && loaded.user === user;
  if (!finder) {
    if (!same || !loaded!.complete) reload(r, null, user);
    return r;
  }
  if (same && loaded!.complete) {
    if (mode === 'auto') return r;
    same = false; // 'document' asks for a document dictionary, even after 'auto' went full
  }
  if (same && texts.every((text) => chunkTexts.has(text))) { // a document of the chunk loaded for
    loaded!.texts = [...texts];
    return r;
  }
  // A part of a text already covered needs no lookup: its words are a subset. (Searched for only in texts of
  // a transcript's size: in a compilation of megabytes, a search per piece made the parse quadratic, and
  // looking up the piece's own words costs what the piece is long.)
  const fresh = same ? texts.filter((text) => !loaded!.texts.some((t) => t.length <= SEARCHED_TEXT && t.includes(text))) : texts;
  if (fresh.length === 0) return r;
  const needed = new Set<number>();
  fresh.forEach((text, i) => {
    const base = fresh.slice(0, i).find((t) => t.length === text.length); // a text and its view
    if (base === undefined) finder.collect(text, needed);
    else finder.collectVariant(base, text, needed);
  });
  const covered = same ? loaded!.texts : [];
  if (same && [...needed].every((n) => loaded!.words.has(n))) {
    loaded!.texts = [...covered, ...fresh].slice(-64);
    return r;
  }
  // Grow, so that pieces and repeated texts need no reload. Load time grows with the words
  // (≈ 15 ms + 2.5 ms per 1000), so a process that keeps meeting new text (a batch) switches
  // to the full dictionary once, after a few loads: ≈ 0.8 s, then no load at all.
  const words = same ? new Set([...loaded!.words, ...needed]) : needed;
  if (mode === 'auto' && (++documentLoads > MAX_DOCUMENT_LOADS || words.size > MAX_DOCUMENT_WORDS)) {
    reload(r, null, user);
    loaded!.kind = 'document'; // the full dictionary serves every later text
    return r;
  }
  reload(r, words, user, fresh);
  loaded!.texts = [...covered, ...fresh].slice(-64);
  return r;
}

/** Set when no temporary file could be written: the shipped files are then loaded once, as they are. */
let withoutTemporaryFiles = false;

/**
 * Code points whose HMM emission probabilities are loaded (see hmm-model.ts); null when jieba's
 * whole model is. Only grows while document dictionaries are loaded.
 */
let hmmChars: Set<number> | null = null;

/** The texts of the last document dictionary and HMM model loaded, kept to write the next ones from. */
let dictionaryText: GrowingDictionary | null = null;
let hmmText: GrowingHmmModel | null = null;

/**
 * Make sure the loaded HMM model holds the characters of `text` (about to be cut): a text whose
 * words were all loaded already may still bring a character no text loaded for had.
 */
function coverChars(r: Resources, text: string): void {
  if (hmmChars === null || loaded === null) return;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (!hmmChars.has(c)) {
      const { texts, kind } = loaded;
      reload(r, loaded.words, loaded.user, [text]);
      loaded.texts = texts;
      loaded.kind = kind;
      return;
    }
    if (c > 0xffff) i++;
  }
}

/**
 * Load the document dictionary of `words`, or the full one for null. A document dictionary
 * comes with an HMM model for the characters of `texts` (and of every text loaded for since
 * the last full load); the full one with jieba's whole model.
 */
function reload(r: Resources, words: Set<number> | null, user: string, texts: readonly string[] = []): void {
  let dir: string | null = null;
  try {
    dir = mkdtempSync(join(tmpdir(), 'inquiry-jieba-'));
    const userDict = join(dir, 'user.dict.utf8');
    writeFileSync(userDict, user);
    // Keywords are ranked in keywords.ts, so jieba's own IDF table is replaced by one line.
    const idfDict = join(dir, 'idf.utf8');
    writeFileSync(idfDict, `${FILLER_MIN} 1.0\n`);
    let dict = r.jieba.DEFAULT_DICT;
    let hmmDict = r.jieba.DEFAULT_HMM_DICT;
    let chars: Set<number> | null = null;
    if (words) {
      dict = join(dir, 'document.dict.utf8');
      writeFileSync(dict, (dictionaryText ??= new GrowingDictionary(r.finder!.index)).text(words));
      chars = addChars(texts, new Set(hmmChars ?? []));
      hmmDict = join(dir, 'hmm_model.utf8');
      writeFileSync(hmmDict, (hmmText ??= new GrowingHmmModel(() => readFileSync(r.jieba.DEFAULT_HMM_DICT, 'utf8'))).for(chars));
    }
    hmmChars = null; // (until the load below succeeds)
    r.jieba.load({ dict, hmmDict, userDict, idfDict });
    hmmChars = chars;
  } catch {
    // A read-only or full temporary directory: the full dictionary and dict/user.dict.utf8
    // as shipped (slow, and without the document's names), loaded once for the process.
    withoutTemporaryFiles = true;
    hmmChars = null;
    r.jieba.load({ userDict: USER_DICT });
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
  loaded = { kind: words ? 'document' : 'full', words: words ?? new Set(), user, texts: [], complete: words === null || withoutTemporaryFiles };
  loads++;
}

/** Dictionaries nodejieba loaded in this process: each load costs ≈ 15 ms + 2.5 ms per 1000 words. */
let loads = 0;

/** How many dictionaries this process has loaded so far (for tests and benchmarks: loads are what batches pay for). */
export function dictionaryLoads(): number {
  return loads;
}

/** Cuts that could not be lined up with their text in this process (see `Segmenter.anchorFailures`). */
let anchorFailures = 0;

function makeSegmenter(mode: DictionaryMode, base: () => string, words: readonly string[]): Segmenter {
  const names = nameForms(words, normalize);
  /** Cut `text`; `whole`: more terms kept whole (a question's quoted terms and formulations, as nameForms gives them), before the names. */
  const segmentWith = (text: string, tag: boolean, whole: readonly string[], prepared = false): Anchored => {
    if (text.length === 0) return { tokens: [], anchored: true };
    // A blanked part of the prepared document needs no lookup of its words (see KeywordOptions.prepared):
    // a question's blanked text is no substring of the document, and looking it up cost a one-file parse ~5 ms.
    const r = prepared && loaded !== null && loaded.user === base() ? load() : ensure(mode, [text], base());
    const { jieba } = r;
    const safe = wellFormed(text);
    coverChars(r, safe);
    const cut = (s: string): Piece[] => (tag ? jieba.tag(s) : jieba.cut(s, true).map((word) => ({ word })));
    const around = (s: string): Piece[] => cutAround(s, names, cut, tag);
    const result = anchor(safe, whole.length ? cutAround(safe, whole, around, tag) : around(safe));
    if (safe !== text) for (const t of result.tokens) t.text = text.slice(t.span[0], t.span[1]);
    if (!result.anchored) anchorFailures++;
    return result;
  };
  const segment = (text: string, tag = false): Anchored => segmentWith(text, tag, []);
  const self: Segmenter = {
    cut: (text) => segment(text, false).tokens,
    tag: (text) => segment(text, true).tokens,
    segment,
    prepare: (...texts) => { if (texts.some((t) => t.length)) ensure(mode, texts, base()); },
    anchorFailures: () => anchorFailures,
    keywords: (text, n, options) => {
      // Terms to keep whole are cut around as names are (names.ts): a few per question, no reload, and the
      // document's names (thousands in a compilation) are not sorted again for each question.
      const whole = options?.whole?.length ? nameForms(options.whole, normalize) : [];
      const tokens: Token[] = segmentWith(text, false, whole, options?.prepared).tokens;
      const r = load();
      const afterFigure = options?.afterFigure;
      const texts = tokens.map((t) => t.text);
      const tagOf = tagsOf(r, base());
      const known = new Set([...names, ...whole]);
      const words: string[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const before = i > 0 ? tokens[i - 1].text.charCodeAt(tokens[i - 1].text.length - 1) : 0;
        if (afterFigure && before >= 0x30 && before <= 0x39 && afterFigure(tokens[i].text)) continue;
        // A piece of a longer word or name (联合报 | 送 of 报送, 遗在 of 非遗 | 在, 韩子 | 墨: fragments.ts) is no word of the question.
        if (texts[i].length > 1 && isFragment(texts, i, tagOf, known, options?.opensName)) continue;
        words.push(tokens[i].text);
      }
      return rankKeywords(words, n, r.idf, r.stopWords, options?.exclude);
    },
    idfTable: () => load().idf,
    tagOf: (word) => tagsOf(load(), base())(word),
    withWords: (more) => makeSegmenter(mode, base, [...words, ...more]),
  };
  return self;
}

/** The tag lookup of the main dictionary and the user dictionary `user` (its "词 频率 词性" lines), made once per user text. */
let tags: { user: string; tagOf: TagOf } | null = null;

function tagsOf(r: Resources, user: string): TagOf {
  if (tags?.user === user) return tags.tagOf;
  const own = new Map<string, string>();
  for (const line of user.split('\n')) {
    const [word, , tag] = line.trim().split(/\s+/);
    if (word) own.set(word, tag ?? '');
  }
  const index = r.finder?.index;
  // Without the index every word counts as known: no token is judged a fragment.
  const tagOf: TagOf = (word) => {
    const mine = own.get(word);
    if (mine !== undefined) return mine;
    return index ? index.tag(word) : '';
  };
  tags = { user, tagOf };
  return tagOf;
}

let shippedUser: string | null = null;
const shipped = () => (shippedUser ??= userDictionaryText(readFileSync(USER_DICT, 'utf8')));
let shared: Segmenter | null = null;

/** nodejieba with dict/ (nothing is loaded until the first cut). */
export function defaultSegmenter(): Segmenter {
  return (shared ??= makeSegmenter('auto', shipped, []));
}

/** A segmenter with other dictionaries: 'full' serves agreement checks, `userDictionary` tuning. */
export function jiebaSegmenter(options: JiebaOptions = {}): Segmenter {
  const mode = options.dictionary ?? 'auto';
  if (mode === 'auto' && options.userDictionary === undefined) return defaultSegmenter();
  const text = options.userDictionary;
  const own = text === undefined ? null : userDictionaryText(text);
  const user = own === null ? shipped : () => own;
  return makeSegmenter(mode, user, []);
}

/** The paths of nodejieba's own dictionary files (for scripts/build-dict-index.mjs). */
export function jiebaFiles(): { dict: string; idf: string; stopWords: string } {
  const jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
  return { dict: jieba.DEFAULT_DICT, idf: jieba.DEFAULT_IDF_DICT, stopWords: jieba.DEFAULT_STOP_WORD_DICT };
}
