/**
 * The numeral of a session's dates, meetings and counts, in Chinese characters or in figures: "第二十一次会议",
 * "第7次全体会议", "15名委员". A pattern source (a character class, one or more), for building regexps; its own module so
 * that session-date.ts and background-dates.ts, which session-date.ts imports, can both read it.
 */
export const NUM = '[一二三四五六七八九十百零〇两\\d]+';
