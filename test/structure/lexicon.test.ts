import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DICT_FILES, dictUrl, isHan, lexicon, organizationsTagged, parseEntries, parseLexicon } from '../../src/structure/lexicon.js';

const TAGS: Record<keyof typeof DICT_FILES, string[]> = {
  roles: ['congress', 'office', 'byline', 'weak', 'not', 'modifier', 'descriptor', 'collective', 'public'],
  organizations: ['head', 'inner', 'place', 'place-suffix', 'suffix', 'qualifier', 'party', 'mass'],
  surnames: ['word'],
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
    ['网友', ['public']], ['网友代表', ['public']], ['市民', ['public']],
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

  // s85 #3: the tagged terms come from the loaded lexicon (one read of the file), in the file's order, as the file lists them
  it.each([['mass', ['总工会', '妇联', '残联']], ['party', []]] as const)('organizationsTagged(%s) lists the file\'s terms so tagged, in order', (tag, some) => {
    const file = parseEntries(readFileSync(dictUrl(DICT_FILES.organizations), 'utf8')).filter((e) => e.tags.includes(tag)).map((e) => e.term);
    expect(organizationsTagged(tag)).toEqual(file);
    for (const t of some) expect(organizationsTagged(tag)).toContain(t);
  });

  it.each(['王', '李', '缪', '代', '海', '骆', '欧阳', '司马', '上官', '诸葛'])('surname %s', (s) => {
    expect(lex.surnames.has(s)).toBe(true);
  });

  it.each(['都', '过', '来', '但'])('function word %s is no surname', (s) => {
    expect(lex.surnames.has(s)).toBe(false);
  });

  // The 百家姓 in full (single surnames, then compound ones), and surnames in current use outside it:
  // every one is listed, as a plain surname or as one that is also a word (tag `word`).
  const BAIJIAXING = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎'
    + '鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹'
    + '姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆'
    + '高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠'
    + '甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙'
    + '叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂'
    + '濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东'
    + '欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公'
    + '仉督晋楚闫法汝鄢涂钦岳帅缑亢况郈有琴商牟佘佴墨哈谯笪年爱阳佟言福';
  const COMPOUND = ['万俟', '司马', '上官', '欧阳', '夏侯', '诸葛', '闻人', '东方', '赫连', '皇甫', '尉迟', '公羊', '澹台', '公冶',
    '宗政', '濮阳', '淳于', '单于', '太叔', '申屠', '公孙', '仲孙', '轩辕', '令狐', '钟离', '宇文', '长孙', '慕容', '鲜于', '闾丘',
    '司徒', '司空', '亓官', '司寇', '子车', '颛孙', '端木', '巫马', '公西', '漆雕', '乐正', '壤驷', '公良', '拓跋', '夹谷', '宰父',
    '谷梁', '段干', '百里', '东郭', '南门', '呼延', '归海', '羊舌', '微生', '梁丘', '左丘', '东门', '西门', '伯赏', '南宫', '第五'];
  const CURRENT = '肖付代覃闫铁檀禚眭蹇郅綦禤靖雒贠佀弭菅嵩寸者展门种占过才线买保念银冶但位战院把字撒达拜锁虎玉力来洛矫畅朗智续校逢生渠户运台可千区黑';
  const listed = (s: string) => lex.surnames.has(s) || lex.wordSurnames.has(s);
  it.each([['百家姓, single', Array.from(BAIJIAXING)], ['百家姓, compound', COMPOUND], ['in current use', Array.from(CURRENT)]])('every surname of %s is listed', (_, names) => {
    expect((names as string[]).filter((s) => !listed(s))).toEqual([]);
  });

  it.each([['铁', true], ['檀', true], ['笪', true], ['谯', true], ['都', false], ['水', false], ['来', false], ['习', false], ['微生', false]])('surname %s is plain: %s (else a word too)', (s, plain) => {
    expect(lex.surnames.has(s)).toBe(plain);
    expect(lex.wordSurnames.has(s)).toBe(!plain);
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
