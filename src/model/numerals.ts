/** Chinese and Arabic numerals as written in citations and time limits (第二十一条, 第101条, 十五个工作日). */
const digits: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const numeralPattern = "[0-9０-９零〇一二两三四五六七八九十百千]+";

/** The value of a numeral, or undefined when the text is not one. */
export function parseNumeral(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  let total = 0;
  let pending = 0;
  for (const ch of text) {
    if (ch in digits) pending = digits[ch]!;
    else {
      total += (pending || 1) * units[ch]!;
      pending = 0;
    }
  }
  return total + pending;
}
