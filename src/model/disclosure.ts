/** 公开属性 (disclosure status): what an item states, or what its 公开方式 implies when it states none. */
import type { Disclosure, Item } from "./types.js";

/** The status as written; else 主动公开 when the method includes 主动, 依申请公开 when it is 依申请 alone. */
export function disclosureOf(item: Pick<Item, "disclosure" | "method">): Disclosure | undefined {
  if (item.disclosure) return item.disclosure;
  const methods = new Set(item.method.map((m) => m.canonical));
  if (methods.has("主动")) return "主动公开";
  return methods.has("依申请") ? "依申请公开" : undefined;
}
