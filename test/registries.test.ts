/**
 * The registries are data (style.md §5.5): each file matches schemas/registry/<name>.schema.json, the
 * files agree with each other, and schemas/vocabularies.json is exactly what `npm run gen` writes
 * from them.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import jsyaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { createAjv } from "../src/check/ajv.js";
import { createRegistries, shippedRegistries, titleKey } from "../src/model/registries.js";

const root = join(import.meta.dirname, "..");
const registryDir = join(root, "src/registries");
const names = readdirSync(registryDir).filter((f) => f.endsWith(".yaml")).map((f) => basename(f, ".yaml"));
const raw = (name: string) => jsyaml.load(readFileSync(join(registryDir, `${name}.yaml`), "utf8"), { schema: jsyaml.CORE_SCHEMA });
const { domains, laws, channels, variants } = shippedRegistries();

describe("each registry matches its schema", () => {
  it("has a schema for every registry file", () => {
    expect(names.sort()).toEqual(readdirSync(join(root, "schemas/registry")).map((f) => basename(f, ".schema.json")).sort());
  });

  for (const name of names) {
    it(`src/registries/${name}.yaml`, () => {
      const schema = JSON.parse(readFileSync(join(root, "schemas/registry", `${name}.schema.json`), "utf8")) as object;
      const validate = createAjv({ strict: false }).compile(schema);
      expect(validate(raw(name)), JSON.stringify(validate.errors, null, 2)).toBe(true);
    });
  }
});

describe("the registries agree with each other", () => {
  it("has exactly 26 pilot domains, and every domain name and alias names one domain", () => {
    expect(domains.filter((d) => d.pilot)).toHaveLength(26);
    const spellings = domains.flatMap((d) => [d.name, ...(d.aliases ?? [])]);
    expect(spellings.filter((s, i) => spellings.indexOf(s) !== i)).toEqual([]);
    const slugs = domains.map((d) => d.slug);
    expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
  });

  it("gives every law a unique id, and every replaced_by names an existing law", () => {
    const ids = laws.map((l) => l.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(laws.filter((l) => l.replaced_by && !ids.includes(l.replaced_by)).map((l) => l.id)).toEqual([]);
    expect(laws.filter((l) => l.replaced_by === l.id).map((l) => l.id)).toEqual([]);
  });

  it("never calls a replaced law in force", () => {
    for (const law of laws) {
      if (law.replaced_by) expect(law.status, law.id).not.toBe("现行有效");
      if (law.status === "现行有效") expect(law.replaced_on, law.id).toBeUndefined();
    }
  });

  it("points no short name or title at two laws, unless they are versions of one law", () => {
    const owners = new Map<string, Set<string>>();
    for (const law of laws) {
      for (const name of new Set([law.title, ...(law.short ?? [])].map(titleKey))) {
        owners.set(name, (owners.get(name) ?? new Set()).add(law.versions_of ?? law.id));
      }
    }
    expect([...owners].filter(([, ids]) => ids.size > 1).map(([name, ids]) => `${name}: ${[...ids].join(", ")}`)).toEqual([]);
  });

  it("maps every channel variant to one canonical channel, and has the thirteen canonical names", () => {
    expect(channels).toHaveLength(13);
    const canonical = channels.map((c) => c.name);
    const variantOwners = channels.flatMap((c) => (c.variants ?? []).map((v) => [v, c.name] as const));
    expect(variantOwners.filter(([v]) => canonical.includes(v))).toEqual([]);
    const spelled = variantOwners.map(([v]) => v);
    expect(spelled.filter((v, i) => spelled.indexOf(v) !== i)).toEqual([]);
  });

  it("maps every vocabulary variant to a canonical value, never to another variant", () => {
    for (const [field, vocabulary] of Object.entries(variants)) {
      for (const [variant, canonical] of Object.entries(vocabulary.variants as Record<string, string>)) {
        expect(vocabulary.canonical, `${field}: ${variant}`).toContain(canonical);
        expect(vocabulary.canonical, `${field}: ${variant}`).not.toContain(variant);
      }
    }
  });
});

describe("generated files", () => {
  it("schemas/vocabularies.json is what scripts/gen.mjs writes from the registries", () => {
    // A copy of the sources, without dist/: the script then writes only the vocabularies.
    const copy = mkdtempSync(join(tmpdir(), "catalog-gen-"));
    try {
      for (const dir of ["scripts", "src/registries", "schemas"]) cpSync(join(root, dir), join(copy, dir), { recursive: true });
      symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
      execFileSync(process.execPath, [join(copy, "scripts/gen.mjs")], { cwd: copy, stdio: "pipe" });
      expect(readFileSync(join(copy, "schemas/vocabularies.json"), "utf8")).toBe(readFileSync(join(root, "schemas/vocabularies.json"), "utf8"));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("the registries' provenance", () => {
  it("names no file outside the project, in comments or fields", () => {
    for (const name of names) {
      const text = readFileSync(join(registryDir, `${name}.yaml`), "utf8");
      expect(text, name).not.toMatch(/\/work\/|shared\/research|domain\.md|seeds\//);
    }
  });

  it("names the public source of every entry that records when it was issued", () => {
    for (const law of laws) if (law.issued) expect(law.source ?? law.doc_no, law.id).toBeTruthy();
  });

  it("finds a law by a 主席令 number only together with its title (the numbers restart each term)", () => {
    const registries = createRegistries();
    // 主席令第四十三号 is the 2020 solid-waste law in the registry and also the 2016 慈善法, which is not.
    expect(laws.find((l) => l.doc_no === "主席令第四十三号")?.id).toBe("solid-waste-law");
    expect(registries.findLaws("中华人民共和国慈善法", "主席令第四十三号")).toEqual([]);
    expect(registries.findLaws(undefined, "主席令第四十三号")).toEqual([]);
    expect(registries.findLaws("中华人民共和国固体废物污染环境防治法", "主席令第四十三号").map((l) => l.id)).toEqual(["solid-waste-law"]);
    // A State Council order number is unique, so it still finds its regulation alone.
    expect(registries.findLaws(undefined, "国务院令第711号").map((l) => l.id)).toEqual(["ogi-regulation-2019"]);
  });

  it("gives a plan with a period a last day that is a real date", () => {
    for (const law of laws) if (law.valid_until) expect(Number.isNaN(Date.parse(law.valid_until)), law.id).toBe(false);
  });
});
