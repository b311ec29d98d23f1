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
  '次白强群培决参土泽降郎拥秋顺乐肉里素甫杜马穷呷' +
  // 阿拉腾 ("golden", opening 阿拉腾苏和, 阿拉腾其木格…), 腾格尔, 朝鲁, 斯日古楞, 托娅 (Mongolian).
  '腾鲁楞娅', (c) => c.charCodeAt(0)));

/** True when the UTF-16 unit `c` is a character of transliterated names (see TRANSLITERATION). */
export function isTransliterationUnit(c: number): boolean {
  return TRANSLITERATION.has(c);
}

/**
 * Syllables of Tibetan names as written in Chinese, two characters each. A Tibetan name is two or three of them
 * (四郎|扎西, 泽仁|邓珠, 呷绒|降初, 降央|多吉, 格桑|顿珠), and one alone is a name too (扎西:, 旦增:, 四郎:). Read as
 * syllables, so any name they compose reads, not a list of whole names. Those the character table above cannot hold
 * matter most: a numeral (四郎 and 三郎, Kham spellings of Sonam; 七林, of Tsering) or a character that opens or ends
 * common Han words (增, 才, 让, 确, 藏, 邓, 绒, 初: 增加, 才能, 确保, 最初), which the table must not admit alone.
 * The others are listed for completeness: a syllable is one whatever its characters.
 */
const SYLLABLES: ReadonlySet<string> = new Set([
  // Ü-Tsang (Lhasa, Shigatse)
  '扎西', '多吉', '次仁', '旺堆', '平措', '顿珠', '洛桑', '尼玛', '达瓦', '格桑', '卓玛', '拉姆', '央金', '白玛', '索朗',
  '边巴', '普布', '巴桑', '米玛', '拉巴', '次旺', '旦增', '丹增', '仁增', '群增', '益西', '罗布', '强巴', '土登', '群培',
  '贡布', '阿旺', '曲珍', '德吉', '嘎玛', '赤列', '坚参', '次珍', '旺姆', '卓嘎', '欧珠', '才旦', '德庆', '贡觉', '穷达',
  // Amdo (Qinghai, Gansu)
  '才让', '才仁', '才加', '才措', '才毛', '公保', '仁欠', '尕藏', '更藏', '完玛', '万玛', '确吉', '切吉', '东主', '加羊',
  '周措', '多杰', '措毛', '拉毛', '索南', '桑杰', '更登',
  // Kham (Garzê, Qamdo, Dêqên): numerals and 绒, 邓, 初 among them
  '四郎', '三郎', '七林', '呷绒', '格绒', '洛绒', '泽仁', '泽郎', '泽旺', '降初', '降措', '降央', '降泽', '邓珠', '登珠',
  '旺丹', '根呷', '呷玛', '拥忠', '翁姆', '志玛', '拉初',
]);
/** The first code units of SYLLABLES: most positions open none, and are passed without a slice. */
const SYLLABLE_FIRST: ReadonlySet<number> = new Set(Array.from(SYLLABLES, (s) => s.charCodeAt(0)));

/** True when a syllable of SYLLABLES is written at `view[at, at + 2)`. */
function syllableAt(view: string, at: number): boolean {
  return SYLLABLE_FIRST.has(view.charCodeAt(at)) && SYLLABLES.has(view.slice(at, at + 2));
}

/** True when `view[start, end)` is one syllable of SYLLABLES, a Tibetan name of two characters alone (扎西, 四郎, 旦增). */
export function isTibetanSyllable(view: string, start: number, end: number): boolean {
  return end - start === 2 && syllableAt(view, start);
}

/**
 * True when `view[start, end)` is written in the characters of transliterated names: every unit is a character of
 * TRANSLITERATION or lies in a syllable of SYLLABLES ("四郎扎西" = 四郎 + 扎, 西; "呷绒降初" = 呷绒 + 降初; "额尔敦巴雅尔"
 * character by character). An empty range is not.
 */
export function transliterated(view: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isTransliterationUnit(view.charCodeAt(i))) i++;
  if (i === end) return end > start; // most names: character by character
  const n = end - start;
  if (n >= REACH.length) return false;
  // REACH[k]: view[start, start + k) splits into characters and syllables.
  REACH.fill(0, 0, n + 1);
  REACH[0] = 1;
  for (let k = 0; k < n; k++) {
    if (REACH[k] === 0) continue;
    if (isTransliterationUnit(view.charCodeAt(start + k))) REACH[k + 1] = 1;
    if (k + 2 <= n && syllableAt(view, start + k)) REACH[k + 2] = 1;
  }
  return REACH[n] === 1;
}
/** Scratch for `transliterated`, reused: names are far shorter than this (a longer range is no name). */
const REACH = new Uint8Array(48);
