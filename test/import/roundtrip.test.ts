/**
 * The round trip: the project's own HTML, CSV and Word outputs of every shipped catalog, imported,
 * give back catalogs equal to the sources — the same items with the same values, as the typed model
 * reads them (vocabulary canonical, as the outputs print it). Ids travel only in the CSV (事项编号);
 * HTML and Word print none, so there the imported ids are the generated ones and are not compared.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { build, validate } from "../../src/api.js";
import { importFile } from "../../src/import/index.js";
import { printedCitation } from "../../src/model/citation.js";
import { Normaliser } from "../../src/model/normalise.js";
import { createRegistries } from "../../src/model/registries.js";
import type { Catalog, Item } from "../../src/model/types.js";
import { cleanLines } from "../../src/render/table.js";
import { packageRoot } from "../../src/paths.js";

const registries = createRegistries();
const normaliser = new Normaliser(registries);

/** What an item says, as printed: the outputs print canonical vocabulary and one line per entry. */
function values(item: Item, withId: boolean) {
  const canonical = (terms: readonly { canonical?: string; raw: string }[]) => terms.map((t) => t.canonical ?? t.raw).sort();
  return {
    ...(withId ? { id: item.id } : {}),
    category: item.category,
    name: item.name,
    content: item.content.flatMap(cleanLines),
    // Citations as printed, without the separators between them (a string holding two 《》 is two citations).
    basis: item.basis.map(printedCitation).join("").replace(/[\s、；;，,]/g, ""),
    time_limit: item.timeLimit.raw,
    subject: item.subject,
    channels: item.channels.map((c) => (c.other !== undefined ? `其他：${c.other}` : (c.canonical ?? c.raw))).sort(),
    audience: canonical(item.audience),
    method: canonical(item.method),
    levels: canonical(item.levels),
    note: item.note ?? "",
  };
}

let sources: Catalog[];
let out: string;

beforeAll(async () => {
  // Non-disclosure lists (kind: negative-list) are checked but not published, so nothing imports them back;
  // village lists are published under their township's folder by name (test/village.test.ts), not by domain.
  sources = (await validate({ paths: ["catalogs"], cwd: packageRoot, baseline: false })).catalogs.filter((c) => !c.negativeList && !c.village);
  out = join(mkdtempSync(join(tmpdir(), "catalog-import-rt-")), "public");
  const built = await build({ paths: ["catalogs"], cwd: packageRoot, out, baseline: false, epoch: 0 });
  expect(built.files.length).toBeGreaterThan(0);
}, 120_000);

describe.each(["html", "csv", "docx"] as const)("importing the %s outputs", (format) => {
  it("gives back every shipped catalog, item by item", async () => {
    expect(sources.length).toBe(18);
    for (const source of sources) {
      const file = join(out, `${source.jurisdiction.code}-${source.jurisdiction.name}`, `${source.domain}.${format}`);
      const outcome = await importFile(file, file, { registries, out: join(out, "..", "imported") });
      expect(outcome.error).toBeUndefined();
      expect(outcome.planned).toHaveLength(1);
      const planned = outcome.planned[0]!;
      const imported = normaliser.catalog(planned.path, parse(planned.text));
      expect(imported.jurisdiction).toEqual({ code: source.jurisdiction.code, name: source.jurisdiction.name, level: expect.objectContaining({ canonical: source.jurisdiction.level.canonical }) });
      expect(imported.domain).toBe(source.domain);
      expect(imported.items.map((i) => values(i, format === "csv"))).toEqual(source.items.map((i) => values(i, format === "csv")));
    }
  }, 120_000);
});

describe("the combined CSV of a jurisdiction", () => {
  it("becomes one catalog per domain, equal to the sources", async () => {
    const file = join(out, "320506103-苏州市吴中区木渎镇", "全部领域.csv");
    const outcome = await importFile(file, file, { registries, out: join(out, "..", "imported") });
    const township = sources.filter((s) => s.jurisdiction.code === "320506103");
    expect(outcome.planned.map((p) => p.domain).sort()).toEqual(township.map((s) => s.domain).sort());
    for (const planned of outcome.planned) {
      const source = township.find((s) => s.domain === planned.domain)!;
      const imported = normaliser.catalog(planned.path, parse(readFileSync(file) && planned.text));
      expect(imported.items.map((i) => values(i, true))).toEqual(source.items.map((i) => values(i, true)));
    }
  }, 60_000);
});
