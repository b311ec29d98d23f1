/**
 * Characters of Mongolian, Tibetan, Uyghur and Kazakh names as written in Chinese (额尔敦巴雅尔,
 * 宝音达来, 阿拉坦仓, 乌兰图雅, 扎西多吉, 次仁卓玛, 索朗旺堆, 阿不都热合曼, 买买提艾力 …): the
 * transliteration tables use a few hundred syllable characters, few of them common in Han given names.
 * Read by the name readers (structure/names.ts) and by normalize, which keeps the dot of
 * "买买提.艾力" a dot rather than a full stop. Units are UTF-16 code units of the view.
 */
const TRANSLITERATION: ReadonlySet<number> = new Set(Array.from(
  '阿艾爱安昂敖奥巴拜班邦包宝保贝本比毕必边别宾波伯博卜布部仓策查察昌朝车陈成赤楚川达大代丹旦道德登迪典丁顿多朵' +
  '俄额恩尔二发法帆方菲夫福嘎噶干甘冈刚高戈哥格根更工贡古固瓜关广贵衮果哈海罕汗杭好浩合和赫黑亨红洪呼胡虎华' +
  '吉加嘉坚江杰金晋京九久居卡喀开凯坎康克肯孔库夸昆拉喇来兰朗劳勒雷力丽利连列林琳琳伦罗洛玛买麦满曼芒毛梅美' +
  '门蒙孟米密敏明莫墨木姆穆那纳娜乃南尼年娘努诺帕潘庞佩彭皮平珀普其奇齐恰钦琴青琼曲却热仁日荣如若萨塞赛桑色森' +
  '沙莎善尚舍什史士斯松苏索塔太泰坦汤唐陶特提天帖廷通图吐托瓦娃旺威维卫温文乌吾西希锡夏先贤香祥孝辛新兴秀' +
  '逊雅亚延扬央尧耶叶伊依义亦音英尤玉育云再赞扎札曾珍真正支芝志智卓孜宗祖佐尕措堆珠瓦益敦不都茹' +
  // 次仁, 白玛, 强巴, 群培, 仓决, 坚参, 土登, 泽仁, 降央, 四郎, 拥措, 秋吉 (Tibetan); 那顺, 格日乐 (Mongolian);
  // 肉孜, 克里木, 玉素甫, 阿卜杜, 马木提 (Uyghur); 穷达, 呷绒 (Tibetan of Sichuan).
  '次白强群培决参土泽降郎拥秋顺乐肉里素甫杜马穷呷', (c) => c.charCodeAt(0)));

/** True when the UTF-16 unit `c` is a character of transliterated names (see TRANSLITERATION). */
export function isTransliterationUnit(c: number): boolean {
  return TRANSLITERATION.has(c);
}

/**
 * Two-syllable Tibetan given names, whole, that the table above misses for one character (旦增, 丹增, 才让, 尕藏,
 * 确吉): a name alone is often written with two syllables ("旦增:请问…", "县人大常委会委员 旦增:"). Whole names rather
 * than their characters: 增, 才, 让, 确, 藏 open common words (增加, 增长, 才能, 确保), which the table must not admit.
 */
const TWO_SYLLABLE_NAMES: ReadonlySet<string> = new Set([
  '旦增', '丹增', '仁增', '群增', '欧珠', '才旦', '才让', '才仁', '才加', '才措', '才毛', '公保', '仁欠', '尕藏', '更藏',
  '完玛', '万玛', '德庆', '确吉', '切吉', '贡觉', '东主', '加羊', '周措', '四郎', '呷绒',
]);

/** True when `view[start, end)` is a two-syllable Tibetan name of TWO_SYLLABLE_NAMES (a lexicon of whole names). */
export function isTwoSyllableName(view: string, start: number, end: number): boolean {
  return end - start === 2 && TWO_SYLLABLE_NAMES.has(view.slice(start, end));
}
