/** How the channel rules tell a slip of a listed channel, a stand-in and a local channel apart. */
import type { Registries } from "../model/registries.js";
import { slipOf } from "./similar.js";

/** 同上 and its kin stand where channels belong: they name no channel at all. */
export function standsIn(raw: string): boolean {
  return /^(?:同上|同前|如上|见上|同左)$/.test(raw);
}

/** The listed channel an unlisted one misses by a character (政府网 → 政府网站). */
export function slipOfChannel(raw: string, registries: Registries): string | undefined {
  return slipOf(raw, registries.channels.map((c) => c.name));
}
