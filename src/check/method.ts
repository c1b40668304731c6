/** Which disclosure regime an item's time limit answers to, from its 公开方式. */
import type { Item } from "../model/types.js";

/** Disclosed on request only: the limit is the answer period (条例 第三十三条), not the publication delay. */
export function onRequestOnly(item: Pick<Item, "method">): boolean {
  return item.method.length > 0 && item.method.every((m) => m.canonical === "依申请");
}

/** Disclosed actively (alone or besides on request): the 条例 第二十六条 publication limit applies. */
export function disclosedActively(item: Pick<Item, "method">): boolean {
  return item.method.some((m) => m.canonical === "主动");
}
