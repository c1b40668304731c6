/**
 * Display width in terminal columns. string-width segments text into graphemes, which costs
 * a hundred microseconds per message: a city's legacy warnings are tens of thousands of messages. Text
 * made only of printable ASCII and the punctuation messages use (· — ‘’ “” …, one column each) and of
 * CJK ideographs, CJK punctuation and fullwidth forms (two each) is counted directly; anything else
 * goes to string-width. test/formatters checks the direct count against string-width for every
 * character it takes.
 */
import stringWidth from "string-width";

/** The characters counted directly, and of those the two-column ones. */
export const directlyCounted = /^[\x20-\x7e\u00b7\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u3029\u3030-\u303e\u4e00-\u9fff\uff01-\uff60]*$/;
const wide = /[\u3000-\u303e\u4e00-\u9fff\uff01-\uff60]/g;

export function displayWidth(text: string): number {
  if (!directlyCounted.test(text)) return stringWidth(text);
  return text.length + (text.match(wide)?.length ?? 0);
}
