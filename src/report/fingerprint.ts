/**
 * Identities of findings that survive edits elsewhere in a file: what the baseline matches on and what
 * SARIF's partialFingerprints and GitLab's fingerprint carry. Line numbers and list positions are left
 * out (inserting an item or a citation above must not make old findings look new); the item's id, the
 * element and the message data stay in. Identical findings in one item share a key and are counted.
 */
import { createHash } from "node:crypto";
import type { Finding } from "./finding.js";

const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** The item a finding is about, by id (its identity across revisions), else by position. */
export function itemOf(finding: Finding): string | undefined {
  if (finding.itemIndex === undefined) return undefined;
  return finding.itemId ?? `#${finding.itemIndex + 1}`;
}

/** The element a finding is about without list positions: `basis`, `jurisdiction.level`. */
export function elementOf(finding: Finding): string {
  const start = finding.itemIndex !== undefined ? 2 : 0;
  return finding.path.slice(start).filter((s) => typeof s === "string").join(".");
}

/** The finding's key within its file. */
export function findingKey(finding: Finding): string {
  // `places` (once-per-run findings) counts citations elsewhere: it must not move the key.
  const data = Object.keys(finding.data).filter((k) => k !== "places").sort().map((k) => [k, finding.data[k]]);
  return hash(JSON.stringify([finding.rule, finding.messageId, itemOf(finding) ?? "", elementOf(finding), data]));
}

/** One fingerprint per finding, unique within the list: file, key and the occurrence of that key. */
export function fingerprints(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = `${f.file}\u0000${findingKey(f)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return hash(`${key}\u0000${n}`);
  });
}
