/**
 * nodejieba through the document dictionary: the same tokens as the full dictionary, names
 * kept whole, tags, keywords. Runs the native binding (the only test file besides dict.test.ts).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { globSync } from 'tinyglobby';
import { defaultSegmenter, jiebaSegmenter, prepareDocuments } from '../../src/segment/jieba.js';
import { normalize } from '../../src/source/normalize.js';

const SENTENCES = [
  '近日,曲靖市六届人大常委会第二十九次会议举行联组会议,对曲靖市群众安全感满意度、法治建设满意度提升工作开展专题询问。',
  '市人大常委会副主任缪应虎向“一府两院”询问出现这种情况的原因及改进措施。',
  '全市矛盾纠纷化解率97.78%,同比提升2.3个百分点,新建综治中心136个。',
  '坚持和发展新时代“枫桥经验”,推进府检联动、法检联动、监检衔接,2024年办理行政复议案件1.5万件。',
  '问题三：如何破解“执行难”？市法院执行局局长高红丽回答：一是……二是……',
  '青山县十九届人大常委会第十二次会议举行全体会议，对全县农村人居环境整治提升工作开展专题询问。',
  'AT&T 与 iPhone 15 Pro 的 5G 网络\r\n第二行\t制表符　全角空格',
];
const FILES = ['seeds/qujing-2025-safety-rule-of-law.txt', ...globSync('test/fixtures/transcripts/*/input.txt').sort()];
const texts = [...SENTENCES, ...FILES.map((f) => readFileSync(f, 'utf8'))];
const words = (tokens: { text: string }[]) => tokens.map((t) => t.text);

describe('[jieba] the document dictionary segments like the full one', () => {
  // Document dictionaries first, then the full one: each switch reloads nodejieba.
  const documentCuts = texts.map((t) => words(jiebaSegmenter({ dictionary: 'document' }).cut(t)));
  const documentTags = texts.map((t) => jiebaSegmenter({ dictionary: 'document' }).tag(t).map((x) => `${x.text}/${x.tag}`));
  const full = jiebaSegmenter({ dictionary: 'full' });
  it.each(texts.map((t, i) => [t.slice(0, 24), i]))('%s…', (_label, i) => {
    expect(documentCuts[i as number]).toEqual(words(full.cut(texts[i as number])));
    expect(documentTags[i as number]).toEqual(full.tag(texts[i as number]).map((x) => `${x.text}/${x.tag}`));
  });
});

describe('[jieba] the document dictionary segments like the full one: generated texts', () => {
  // Fragments of the seed, digits, Latin words with dictionary entries (AT&T, B超, c#), mixed
  // case, punctuation of both widths, spaces and line breaks, glued at random.
  const seed = texts[SENTENCES.length];
  const fragment = fc.oneof(
    fc.nat(seed.length - 12).chain((at) => fc.nat(11).map((n) => seed.slice(at, at + 1 + n))),
    fc.constantFrom('AT&T', 'at&t', 'B超', 'b超', 'c#', 'C#', 'iPhone', '3.5', '１２３', '97.78%', ' ', '\n', '\r\n', '，', ',', '“', '”', '—', '…', '\t'),
  );
  const generated = fc.sample(fc.array(fragment, { minLength: 1, maxLength: 12 }).map((a) => a.join('')), { numRuns: 300, seed: 4 });
  const document = jiebaSegmenter({ dictionary: 'document' });
  const tagged = (tokens: { text: string; tag?: string }[]) => tokens.map((x) => `${x.text}/${x.tag}`).join(' ');
  const documentCuts = generated.map((t) => tagged(document.tag(t)));
  const full = jiebaSegmenter({ dictionary: 'full' });
  it('300 texts, identical tokens and tags', () => {
    const differ = generated.filter((t, i) => documentCuts[i] !== tagged(full.tag(t)));
    expect(differ).toEqual([]);
  });
});

describe('[jieba] a batch lane: one dictionary per chunk of documents, same tokens', () => {
  // Two chunks, as a lane meets them: the second brings new words, so the dictionary grows.
  // Each document is then cut whole, in its normalized view, and in pieces, as parse() does.
  const half = Math.ceil(texts.length / 2);
  const chunks = [texts.slice(0, half), texts.slice(half)];
  const cuts = chunks.flatMap((chunk) => {
    prepareDocuments(chunk);
    const auto = defaultSegmenter();
    return chunk.map((t) => [t, normalize(t), t.slice(t.length >> 2, t.length >> 1)].map((x) => words(auto.cut(x))));
  });
  it.each(texts.map((t, i) => [t.slice(0, 24), i]))('%s…', (_label, i) => {
    const full = jiebaSegmenter({ dictionary: 'full' });
    const t = texts[i as number];
    expect(cuts[i as number]).toEqual([t, normalize(t), t.slice(t.length >> 2, t.length >> 1)].map((x) => words(full.cut(x))));
  });
});

describe('[jieba] a batch lane: a document read with its wraps joined needs no load of its own', () => {
  // pipeline.ts reads a PDF copy with its hard wraps joined ("委\n员会" → 委员会): the chunk's
  // dictionary must hold the words across the joins, or that document loads the dictionary again.
  const wrapped = [
    '县人大常委会农业与农村工作委\n员会主任委员发言，全县高标准农\n田建设面积达到十二点\n五万亩。',
    '市政府副秘书长回答：今年新增投\n诉量比去年下降百分之七\n十二点六。',
  ];
  it.each(wrapped)('%j', async (text) => {
    // A fresh copy of the module, as a lane starts: the loads above left this one's dictionary full.
    vi.resetModules();
    const lane = await import('../../src/segment/jieba.js');
    lane.prepareDocuments([text, texts[0]]);
    const joined = text.replace(/\n/g, '');
    const before = lane.dictionaryLoads();
    const cut = words(lane.defaultSegmenter().cut(joined));
    expect(lane.dictionaryLoads()).toBe(before);
    expect(cut).toEqual(words(jiebaSegmenter({ dictionary: 'full' }).cut(joined)));
  });
});

describe('[jieba] keywords of a blanked part of the prepared document: no lookup, the same keywords', () => {
  // pipeline.ts blanks the labels of a question's section before ranking its keywords: white space never
  // makes a word, so the document's dictionary covers the text and `prepared` skips the lookup.
  it.each([
    ['市人大常委会委员 柯某某：请问市水务局，城区供水管网漏损率下降了多少？下一步如何推进老旧管网改造？', [0, 17]],
    ['县交通运输局局长 韦某：农村公路养护资金今年到位三千万元，我们将推行“路长制”，实现县乡村三级全覆盖。', [0, 12]],
  ] as const)('%s', async (text, blank) => {
    vi.resetModules();
    const lane = await import('../../src/segment/jieba.js');
    const doc = `${text}\n${texts[0]}`;
    const segmenter = lane.defaultSegmenter();
    segmenter.prepare!(doc, normalize(doc));
    const blanked = ' '.repeat(blank[1] - blank[0]) + text.slice(blank[1]);
    const { WordFinder } = await import('../../src/segment/subdict.js');
    const lookups = vi.spyOn(WordFinder.prototype, 'collect');
    const before = lane.dictionaryLoads();
    const fast = segmenter.keywords(blanked, 8, { prepared: true });
    expect(lookups).not.toHaveBeenCalled();
    expect(lane.dictionaryLoads()).toBe(before);
    expect(fast).toEqual(segmenter.keywords(blanked, 8));
    expect(lookups).toHaveBeenCalled(); // without `prepared` the blanked text is looked up
    lookups.mockRestore();
  });
});

describe('[jieba] auto: a process that meets much text goes over to the full dictionary, same tokens', () => {
  it('twelve distinct texts in a row', () => {
    const auto = defaultSegmenter();
    const pieces = Array.from({ length: 12 }, (_, i) => texts[SENTENCES.length].slice(i * 600, i * 600 + 700));
    const cuts = pieces.map((p) => words(auto.cut(p)));
    const strict = jiebaSegmenter({ dictionary: 'document' });
    pieces.forEach((p, i) => expect(cuts[i]).toEqual(words(strict.cut(p))));
  });
});

describe('[jieba] tokens', () => {
  const s = defaultSegmenter();
  it.each(texts.map((t) => [t.slice(0, 24), t]))('tile the input: %s…', (_label, text) => {
    const tokens = s.cut(text);
    let at = 0;
    for (const t of tokens) {
      expect(t.span[0]).toBe(at);
      expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
      at = t.span[1];
    }
    expect(at).toBe(text.length);
  });

  it.each([
    ['市人大常委会开展专题询问', ['市', '人大常委会', '开展', '专题询问']],
    ['向“一府两院”询问', ['向', '“', '一府两院', '”', '询问']],
    ['市政务服务管理局局长', ['市', '政务服务管理局', '局长']],
    ['市检察院常务副检察长', ['市', '检察院', '常务副检察长']],
    ['高效办成一件事', ['高效办成一件事']],
    ['同比提升2.3个百分点', ['同比', '提升', '2.3', '个', '百分点']],
    // compounds of people's services kept whole: no fragment across their boundary (员调, 抓线, 银山, 幸福 | 院) is a keyword
    ['代办员调岗以后', ['代办员', '调岗', '以后']],
    ['一手抓线上服务', ['一手', '抓', '线上', '服务']],
    ['复印费由谁承担', ['复印费', '由', '谁', '承担']],
    ['转化为金山银山', ['转化', '为', '金山银山']],
    ['建设互助幸福院和日间照料中心', ['建设', '互助幸福院', '和', '日间照料中心']],
    // …and the words around them stay whole (起跑线 | 上 is no 线上)
    ['不能输在起跑线上', ['不能', '输在', '起跑线', '上']],
  ])('%s', (text, expected) => {
    expect(words(s.cut(text))).toEqual(expected);
  });

  it('tags the domain terms', () => {
    expect(s.tag('向一府两院询问').find((t) => t.text === '一府两院')?.tag).toBe('nt');
  });

  it.each([
    ['a lone surrogate', '法\uD800院问题'],
    ['a lone low surrogate first', '\uDC00法院'],
    ['NUL and a BOM', 'a\u0000b\uFEFF法院'],
    ['emoji with a skin tone', '😀法院👍🏽'],
    ['a combining accent', 'e\u0301法院'],
    ['line and paragraph separators', '法院\u2028问题\u2029'],
  ])('odd characters are tokens too: %s', (_label, text) => {
    const { tokens, anchored } = s.segment!(text);
    expect(anchored).toBe(true);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
  });

  it('an empty text has no tokens and loads nothing', () => {
    expect(s.cut('')).toEqual([]);
    expect(s.segment!('')).toEqual({ tokens: [], anchored: true });
  });

  it('prepare() then sections: the same tokens as cutting the section alone', () => {
    const text = texts[SENTENCES.length];
    const section = text.slice(200, 900);
    const alone = words(s.cut(section));
    s.prepare!(text);
    expect(words(s.cut(section))).toEqual(alone);
  });
});

describe('[jieba] withWords: the people of the document come out whole', () => {
  it.each([
    ['市人大常委会副主任缪应虎向“一府两院”询问', '缪应虎'],
    ['市政府副市长海建才分析', '海建才'],
    ['市法院代理院长邓玲表示', '邓玲'],
    ['市人大常委会委员、沾益区人大常委会主任韩寅燕询问', '韩寅燕'],
    ['市检察院常务副检察长杨开宇回答', '杨开宇'],
    ['市人大常委会委员卢燕问', '卢燕'],
  ])('%s', (text, name) => {
    const tokens = defaultSegmenter().withWords([name]).cut(text);
    expect(words(tokens)).toContain(name);
    // The words before the name stay as they were without it.
    const at = text.indexOf(name);
    const before = (list: { text: string; span: [number, number] }[]) => words(list.filter((t) => t.span[1] <= at));
    expect(before(tokens)).toEqual(before(defaultSegmenter().cut(text)));
  });

  it.each([['副主任缪应虎表示', '缪应虎'], ['局长余中平表示', '余中平'], ['委员赵华江表示', '赵华江']])('%s: split without it', (text, name) => {
    expect(words(defaultSegmenter().cut(text))).not.toContain(name);
    expect(words(defaultSegmenter().withWords([name]).cut(text))).toContain(name);
  });

  it('a name written in Traditional characters is whole in the normalized view too', () => {
    expect(words(defaultSegmenter().cut('副主任缪应虎表示'))).not.toContain('缪应虎');
    expect(words(defaultSegmenter().withWords(['繆應虎']).cut('副主任缪应虎表示'))).toContain('缪应虎');
  });

  it('a name is tagged nr, and the longest of overlapping names wins', () => {
    const tokens = defaultSegmenter().withWords(['杨开', '杨开宇']).tag('常务副检察长杨开宇回答');
    expect(tokens.find((t) => t.text === '杨开宇')?.tag).toBe('nr');
    expect(tokens.map((t) => t.text)).not.toContain('杨开');
  });

  it('does not change the base segmenter', () => {
    const base = defaultSegmenter();
    base.withWords(['缪应虎']);
    expect(words(base.cut('缪应虎'))).toEqual(words(jiebaSegmenter({ dictionary: 'document', userDictionary: readFileSync('dict/user.dict.utf8', 'utf8') }).cut('缪应虎')));
  });
});

describe('[jieba] keywords', () => {
  it('are words of the text, distinct, at most n', () => {
    const text = texts[1] + texts[2] + texts[3];
    const k = defaultSegmenter().keywords(text, 5);
    expect(k.length).toBe(5);
    expect(new Set(k).size).toBe(5);
    for (const w of k) expect(text).toContain(w);
  });

  it('rank a domain term above common words', () => {
    const k = defaultSegmenter().keywords('推进府检联动工作,府检联动工作取得成效,府检联动机制不断完善', 3);
    expect(k[0]).toBe('府检联动');
  });

  it.each([
    ['a quoted term', '全面推行“一村一档”,“一村一档”覆盖所有行政村', ['一村一档'], '一村一档', ['一村', '一档', '村一']],
    ['a formulation before more words', '坚持四个最严要求,落实四个最严要求', ['四个最严'], '四个最严', ['严要求']],
  ])('keep the whole terms whole: %s', (_label, text, whole, kept, fragments) => {
    const k = defaultSegmenter().keywords(text, 8, { whole });
    expect(k).toContain(kept);
    for (const f of fragments) expect(k).not.toContain(f);
  });

  it('leave out a word the caller rules out right after a figure, and only there', () => {
    // jieba cuts 12个易涝点 as 12 | 个易涝 | 点: 个易涝 is the count's fragment there.
    const opens = (w: string) => w.startsWith('个');
    const seg = defaultSegmenter();
    expect(seg.keywords('新建12个易涝点排水设施', 20)).toContain('个易涝');
    expect(seg.keywords('新建12个易涝点排水设施', 20, { afterFigure: opens })).not.toContain('个易涝');
    expect(seg.keywords('新建个易涝点排水设施', 20, { afterFigure: opens })).toEqual(seg.keywords('新建个易涝点排水设施', 20));
  });

  it.each([
    // The dictionary's newspaper 联合报 won over 联合 | 报送; 遗在 and 就惠企 are guesses glued to a function word.
    ['a dictionary name over a word', '多部门联合报送机制,建立联合报送制度', '联合报', ['机制', '制度']],
    ['a guess closed by a preposition', '让非遗在文旅融合中活起来,非遗在乡村焕发生机', '遗在', ['文旅']],
    ['a guess opened by an adverb', '委员就惠企政策兑现问题提问,就惠企政策提出建议', '就惠企', ['政策']],
  ])('leave out a piece of a longer word: %s', (_label, text, fragment, words) => {
    const seg = defaultSegmenter();
    const k = seg.keywords(text, 20);
    expect(k).not.toContain(fragment);
    for (const w of words) expect(k).toContain(w);
  });

  it('leave out a name cut short only when the caller says what opens a name', () => {
    // 韩子墨 is no person the parser found: jieba's HMM cuts 韩子 | 墨.
    const text = '市广播电视台台长 韩子墨:目前预警信息发布时效提升到10分钟以内。';
    const seg = defaultSegmenter();
    const opensName = (w: string) => w.length === 2 && w[0] === '韩';
    expect(seg.keywords(text, 20)).toContain('韩子');
    expect(seg.keywords(text, 20, { opensName })).not.toContain('韩子');
    // A word opening with a surname before a character that is no name's stays: 易涝 | 点.
    expect(seg.keywords('排查易涝点,整治易涝点', 20, { opensName: (w) => w[0] === '易' })).toContain('易涝');
  });

  it('keep guessed words of content characters', () => {
    const k = defaultSegmenter().keywords('普惠托育服务供给不足,托育机构运维经费不足', 20);
    expect(k).toContain('托育');
    expect(k).toContain('运维');
  });

  it('leave out the words the caller excludes', () => {
    const text = '开展三轮巡查,三轮巡查发现问题,巡查整改到位';
    expect(defaultSegmenter().keywords(text, 8)).toContain('三轮');
    expect(defaultSegmenter().keywords(text, 8, { exclude: (w) => w === '三轮' })).not.toContain('三轮');
  });
});
