import { describe, expect, it } from 'vitest';
import { DEPUTY, POST_HEADS, POSTS, heldPost, isRunningDuty, postHeads, postSource, type PostKind } from '../../src/model/posts.js';
import { lexicon } from '../../src/structure/lexicon.js';

/** A set as a whole-string matcher. */
const whole = (source: string) => new RegExp(`^${source}$`, 'u');

describe('[posts] the grammar of a post', () => {
  const post = whole(postSource(['局长', '主任', '检察长'], DEPUTY));
  it.each([
    ['局长', true], ['副局长', true], ['常务副主任', true], ['副检察长', true],
    ['常务局长', false], ['副副局长', false], ['局长副', false], ['处长', false], ['副', false], ['', false],
  ])('%s → %s', (text, ok) => {
    expect(post.test(text)).toBe(ok);
  });

  it('no deputy mark when none is given', () => {
    expect(whole(postSource(['局长'])).test('副局长')).toBe(false);
  });

  it('longest first: a longer head wins where it and its prefix both fit', () => {
    expect(new RegExp(postSource(['主任', '主任委员']), 'u').exec('主任委员会议')?.[0]).toBe('主任委员');
  });

  it('no capturing group', () => {
    for (const source of Object.values(POSTS)) expect(new RegExp(`${source}|`, 'u').exec('')!.length).toBe(1);
  });
});

describe('[posts] the head nouns', () => {
  it('kinds less exceptions, in the table\'s order', () => {
    expect(postHeads(['judicial', 'party'])).toEqual(['院长', '检察长', '书记']);
    expect(postHeads(['government'], ['总理', '旗长', '盟长'])).toEqual(['省长', '市长', '县长', '区长', '州长', '乡长', '镇长', '苏木达']);
  });

  it('every head noun but 同志 is a title of dict/roles.utf8, and none is in two kinds', () => {
    const roles = lexicon().roles;
    const seen = new Set<string>();
    for (const [kind, heads] of Object.entries(POST_HEADS) as [PostKind, readonly string[]][]) {
      for (const h of heads) {
        expect(seen.has(h), `${h} twice`).toBe(false);
        seen.add(h);
        if (h !== '同志') expect(roles.has(h), `${kind}: ${h}`).toBe(true);
      }
    }
  });
});

describe('[posts] the sets each reader needs', () => {
  const sets = Object.fromEntries(Object.entries(POSTS).map(([k, s]) => [k, whole(s)])) as Record<keyof typeof POSTS, RegExp>;
  it.each<[keyof typeof POSTS, string, boolean]>([
    // A host calling an official (杜局长，…？ / 宁常务副区长，…？): any office's post, a deputy's mark allowed.
    ['called', '局长', true], ['called', '常务副区长', true], ['called', '副检察长', true], ['called', '秘书长', true],
    ['called', '站长', true], ['called', '行长', true], ['called', '经理', true], ['called', '书记', true],
    ['called', '旗长', true], ['called', '盟长', true], ['called', '署长', true], ['called', '司长', true],
    ['called', '科长', true], ['called', '组长', true], ['called', '主席', true], ['called', '董事长', true],
    ['called', '关长', true], ['called', '副关长', true], ['called', '支队长', true], ['called', '副大队长', true],
    ['called', '常务副镇长', true],
    // Inner Mongolia's township (苏木) and village (嘎查) heads: 苏木达 as 镇长, 嘎查达 as a village committee's 主任.
    ['called', '苏木达', true], ['called', '副苏木达', true], ['called', '嘎查达', true], ['called', '苏木', false], ['called', '苏木达拉', false],
    ['label', '苏木达', true], ['label', '副嘎查达', true],
    ['government', '苏木达', true], ['government', '嘎查达', false],
    // Heads named by their unit's suffix + 长: 气象台 → 台长, 图书馆 → 馆长, 学校 → 校长, 煤矿 → 矿长, 报社 → 社长.
    ['called', '台长', true], ['called', '副台长', true], ['called', '馆长', true], ['called', '校长', true],
    ['called', '园长', true], ['called', '场长', true], ['called', '厂长', true], ['called', '矿长', true], ['called', '社长', true],
    ['called', '台', false], ['called', '台长期', false],
    ['called', '委员', false], ['called', '代表', false], ['called', '同志', false], ['called', '领导', false],
    ['called', '副副局长', false],
    // A surname+post label (蒋委员: / 钟副主任: / 吉州长: / 韦常务副区长:): congress members too.
    ['label', '委员', true], ['label', '代表', true], ['label', '副主任', true], ['label', '主席', true], ['label', '董事长', true],
    ['label', '司长', true], ['label', '组长', true],
    ['label', '州长', true], ['label', '乡长', true], ['label', '旗长', true], ['label', '盟长', true], ['label', '署长', true],
    ['label', '站长', true], ['label', '关长', true], ['label', '常务副主任', true], ['label', '常务副区长', true],
    ['label', '大队长', true], ['label', '台长', true], ['label', '副馆长', true], ['label', '副校长', true],
    ['label', '同志', false], ['label', '领导', false], ['label', '常务局长', false],
    // A post of the state ending a title (副州长 ends in 州长): no deputy mark of its own, no congress post, no office's.
    ['government', '总理', true], ['government', '旗长', true], ['government', '盟长', true], ['government', '署长', true],
    ['government', '检察长', true], ['government', '院长', true],
    ['government', '司长', true], ['government', '处长', true], ['government', '科长', true], ['government', '关长', true],
    ['government', '所长', true], ['government', '站长', true], ['government', '支队长', true], ['government', '大队长', true],
    // A state institution's head (气象台台长, 图书馆馆长) answers for the government; a school's, a farm's, a works' head
    // may be a member who asks.
    ['government', '台长', true], ['government', '馆长', true],
    ['government', '校长', false], ['government', '园长', false], ['government', '场长', false], ['government', '厂长', false],
    ['government', '矿长', false], ['government', '社长', false],
    ['government', '副州长', false], ['government', '主任', false], ['government', '秘书长', false], ['government', '委员', false],
    ['government', '书记', false], ['government', '队长', false], ['government', '组长', false], ['government', '董事长', false],
    // The official after an addressed organization (市水务局的同志, 县法院副院长, 省财政厅领导, 市水务集团董事长).
    ['official', '同志', true], ['official', '领导', true], ['official', '副院长', true], ['official', '副主任', true],
    ['official', '副县长', true], ['official', '部长', true], ['official', '署长', true], ['official', '行长', true],
    ['official', '副部长', true], ['official', '常务副市长', true], ['official', '省长', true], ['official', '州长', true],
    ['official', '乡长', true], ['official', '镇长', true], ['official', '处长', true], ['official', '科长', true],
    ['official', '所长', true], ['official', '站长', true], ['official', '秘书长', true], ['official', '关长', true],
    ['official', '董事长', true], ['official', '经理', true], ['official', '支队长', true], ['official', '副书记', true],
    ['official', '台长', true], ['official', '副台长', true], ['official', '馆长', true], ['official', '校长', true],
    ['official', '矿长', true],
    ['official', '委员', false], ['official', '代表', false], ['official', '副同志', false], ['official', '副领导', false],
  ])('%s: %s → %s', (set, text, ok) => {
    expect(sets[set].test(text)).toBe(ok);
  });
});

describe('[posts] a post held for the time being: the head\'s post', () => {
  const heads = new Set(postHeads(['department', 'office', 'station']));
  it.each([
    ['代理局长', '局长'],
    ['代局长', '局长'],
    ['临时负责局长', '局长'],
    // A deputy running the office (主持工作): the duty before 的, or bracketed after the post, either bracket width.
    ['主持工作的副局长', '局长'],
    ['主持全面工作的副局长', '局长'],
    ['副主任（主持工作）', '主任'],
    ['副主任(主持工作)', '主任'],
    ['副局长(主持全面工作)', '局长'],
    ['副局长（主持日常工作）', '局长'],
    ['常务副局长（主持工作）', '局长'],
    ['主持工作的副支队长', '支队长'],
    // Near-misses: a deputy, an acting deputy's post no head, 主持 of a meeting or a host, a bracket of another kind.
    ['副局长', '副局长'],
    ['代理副局长', '代理副局长'],
    ['主持人', '主持人'],
    ['副局长（主持召开）', '副局长（主持召开）'],
    ['主持工作会议的副局长', '主持工作会议的副局长'],
    ['副局长（正处级）', '副局长（正处级）'],
    ['局长', '局长'],
    ['代表', '代表'],
  ])('%s → %s', (post, held) => {
    expect(heldPost(post, heads)).toBe(held);
  });
  it('the duty written apart among the titles ("副局长郑某（主持工作）") makes the deputy the head', () => {
    expect(heldPost('副局长', heads, true)).toBe('局长');
    expect(heldPost('副局长', heads, false)).toBe('副局长');
    expect(['主持工作', '主持全面工作', '负责日常工作'].map(isRunningDuty)).toEqual([true, true, true]);
    expect(['主持工作会议', '主持人', '主持召开', '主持'].map(isRunningDuty)).toEqual([false, false, false, false]);
  });
});
