/**
 * Every rule is complete (style.md §5.7–§5.9): its module is named after its id and listed in the
 * sorted index; it has fixtures (or is covered elsewhere, see helpers/check.ts), a description and
 * messages in zh and en with the same placeholders, and a page docs/rules/<id>.md with the fixed
 * headings whose examples behave as the page says.
 *
 * Doc examples: each ```yaml block under 错误示例 must yield at least one finding of the page's rule,
 * each under 正确示例 none of it. A block is checked as catalogs/320506-吴中区/社会救助.yaml after
 * completing it into a catalog:
 *   - a block whose first line starts with "- " is a list of items and goes under `items:`;
 *   - any of the top-level keys `jurisdiction`, `domain`, `items` the block lacks is taken from a
 *     minimal county catalog (苏州市吴中区, 社会救助, one complete item).
 * So a page can show just the items or just the keys it is about. A block of several YAML documents
 * (separated by ---) is several files in one folder, for cross-file rules. Rules whose findings no text can
 * produce show no yaml block under 错误示例 (file-unreadable, schema-invalid); an encoding-not-utf8
 * example is saved as GB18030 before it is checked.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { Rule } from "../src/check/define-rule.js";
import { checkSources } from "../src/check/engine.js";
import { rules } from "../src/check/rules/index.js";
import { placeholders, type Localised } from "../src/i18n.js";
import { messageOf } from "../src/report/localise.js";
import { checkTexts, coveredElsewhere, findingsOf, readFixture, registries, withoutCoverage } from "./helpers/check.js";

const root = join(import.meta.dirname, "..");
const rulesDir = join(root, "src/check/rules");
const docsDir = join(root, "docs/rules");
const headings = ["说明", "错误示例", "正确示例", "如何修改", "依据"];
const cjk = /\p{Script=Han}/u;

const noTextExample = new Set(["file-unreadable", "schema-invalid"]);
const exampleBytes: Record<string, (text: string) => Uint8Array> = {
  "encoding-not-utf8": (text) => iconv.encode(text, "gb18030"),
};

const minimal = {
  jurisdiction: 'jurisdiction:\n  code: "320506"\n  name: 苏州市吴中区\n  level: 县级',
  domain: "domain: 社会救助",
  items: `items:
  - id: SJ-01-01
    category: 综合业务
    name: 政策法规文件
    content: [社会救助相关法律、法规、规章和规范性文件]
    basis: [《社会救助暂行办法》（国务院令第649号）]
    time_limit: 制定或获取信息之日起10个工作日内
    subject: 苏州市吴中区民政局
    channels: [政府网站]
    audience: 全社会
    method: 主动
    levels: [县级, 乡级]`,
};

function asCatalog(block: string): string {
  const first = block.split("\n").find((line) => line.trim() && !line.trimStart().startsWith("#")) ?? "";
  let text = first.startsWith("- ") ? `items:\n${block.replace(/^(?=.)/gm, "  ")}` : block;
  const has = (key: string) => new RegExp(`^${key}:`, "m").test(text);
  const before = (["jurisdiction", "domain"] as const).filter((k) => !has(k)).map((k) => minimal[k]);
  text = [...before, text.trimEnd(), ...(has("items") ? [] : [minimal.items])].join("\n");
  return `${text}\n`;
}

interface Page {
  text: string;
  title: string;
  summary: string;
  headings: string[];
  yaml: Record<string, string[]>;
}

function readPage(id: string): Page | undefined {
  const file = join(docsDir, `${id}.md`);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, "utf8");
  const lines = text.split("\n");
  const page: Page = { text, title: lines[0] ?? "", summary: "", headings: [], yaml: {} };
  page.summary = lines.slice(1).find((l) => l.trim()) ?? "";
  let section = "";
  let block: string[] | undefined;
  let fence = "";
  for (const line of lines) {
    if (block) {
      if (line.trim() === "```") {
        if (fence === "yaml") (page.yaml[section] ??= []).push(block.join("\n"));
        block = undefined;
      } else block.push(line);
    } else if (line.startsWith("```")) {
      fence = line.slice(3).trim();
      block = [];
    } else if (line.startsWith("## ")) {
      section = line.slice(3).trim();
      page.headings.push(section);
    }
  }
  return page;
}

function findingsOfRule(rule: Rule, block: string, encode?: (text: string) => Uint8Array) {
  // Several documents (split by ---) are several files, for cross-file rules; a first-line comment
  // "# catalogs/….yaml" names a document's file.
  const sources = block.split(/^---$/m).map((document, i) => {
    const text = asCatalog(document);
    const named = /^\s*# (catalogs\/\S+\.ya?ml)\s*$/m.exec(document.split("\n").find((l) => l.trim()) ?? "")?.[1];
    const path = named ?? (i === 0 ? "catalogs/320506-吴中区/社会救助.yaml" : `catalogs/320506-吴中区/${i + 1}.yaml`);
    return { path, bytes: encode ? encode(text) : new TextEncoder().encode(text) };
  });
  const severities = rule.id === "coverage-pilot-domains" ? new Map() : withoutCoverage;
  return checkSources(sources, { registries, severities }).files.flatMap((file) => file.findings.filter((f) => f.rule === rule.id));
}

const moduleFiles = readdirSync(rulesDir).filter((f) => f.endsWith(".ts") && f !== "index.ts");

describe("the rule index", () => {
  it("lists every rule module once, sorted by id", () => {
    const ids = rules.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(moduleFiles.map((f) => basename(f, ".ts")).sort());
  });

  it("has a page for every rule and no page without one", () => {
    const pages = readdirSync(docsDir).filter((f) => f.endsWith(".md")).map((f) => basename(f, ".md"));
    expect(pages.filter((p) => !rules.some((r) => r.id === p))).toEqual([]);
  });
});

for (const rule of rules) {
  describe(rule.id, () => {
    it("lives in src/check/rules/<id>.ts, whose default export is the indexed rule", async () => {
      const file = join(rulesDir, `${rule.id}.ts`);
      expect(existsSync(file)).toBe(true);
      const module = (await import(pathToFileURL(file).href)) as { default: Rule };
      expect(module.default).toBe(rule);
    });

    it("has fixtures in test/rules/<id>/, or a test that covers it instead", () => {
      const covering = coveredElsewhere[rule.id];
      if (covering) {
        // The covering test must exist and name the rule (test/rules.test.ts checks it really fires).
        expect(readFileSync(join(root, covering), "utf8"), covering).toContain(rule.id);
        return;
      }
      for (const kind of ["fail", "pass"]) {
        const dir = join(root, "test/rules", rule.id);
        expect([`${kind}.yaml`, kind].some((p) => existsSync(join(dir, p))), `test/rules/${rule.id}/${kind}.yaml`).toBe(true);
      }
    });

    it("describes itself in zh and en", () => {
      expect(rule.description.zh).toMatch(cjk);
      expect(rule.description.en.trim()).not.toBe("");
    });

    it("has every message in zh and en with the same placeholders", () => {
      const messages = Object.entries(rule.messages as Record<string, Localised>);
      expect(messages.length).toBeGreaterThan(0);
      for (const [id, message] of messages) {
        expect(message.zh, `${id}.zh`).toMatch(cjk);
        expect(message.en.trim(), `${id}.en`).not.toBe("");
        // The same names; one language may use a name twice where the other needs it once.
        expect(new Set(placeholders(message.en)), `${rule.id}/${id}`).toEqual(new Set(placeholders(message.zh)));
      }
    });

    const page = readPage(rule.id);
    it("has docs/rules/<id>.md: its id as title, a zh summary line, the five headings in order", () => {
      expect(page, `docs/rules/${rule.id}.md`).toBeDefined();
      expect(page!.title).toBe(`# ${rule.id}`);
      expect(page!.summary).toMatch(cjk);
      expect(page!.summary.startsWith("#")).toBe(false);
      expect(page!.headings).toEqual(headings);
    });

    it("shows examples that behave as the page says", () => {
      expect(page, `docs/rules/${rule.id}.md`).toBeDefined();
      if (!page) return;
      const bad = page.yaml["错误示例"] ?? [];
      const good = page.yaml["正确示例"] ?? [];
      if (noTextExample.has(rule.id)) expect(bad, "no text can produce this rule's findings: show none").toEqual([]);
      else expect(bad.length, "at least one ```yaml block under 错误示例").toBeGreaterThan(0);
      bad.forEach((block, i) => {
        expect(findingsOfRule(rule, block, exampleBytes[rule.id]).length, `错误示例 #${i + 1} yields no ${rule.id}`).toBeGreaterThan(0);
      });
      good.forEach((block, i) => {
        expect(findingsOfRule(rule, block).map((f) => `${f.range.line}:${f.range.column} ${f.messageId}`), `正确示例 #${i + 1}`).toEqual([]);
      });
    });
  });
}

it("renders every finding of the fixtures and doc examples in zh and en with no placeholder left", () => {
  // A placeholder is filled from the finding's data or, for item, element and where, by localise.ts.
  const files: Record<string, string> = {};
  for (const id of readdirSync(join(root, "test/rules"))) Object.assign(files, readFixture(join(root, "test/rules", id), join(root, "test/rules")));
  const findings = findingsOf(checkTexts(files));
  for (const rule of rules) {
    const page = readPage(rule.id);
    for (const block of [...(page?.yaml["错误示例"] ?? []), ...(page?.yaml["正确示例"] ?? [])]) findings.push(...findingsOfRule(rule, block, exampleBytes[rule.id]));
  }
  const byRule = new Map(rules.map((r) => [r.id, r]));
  expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThan(10);
  for (const finding of findings) {
    for (const lang of ["zh", "en"] as const) {
      const message = messageOf(finding, byRule.get(finding.rule)!, lang);
      expect(message, `${finding.rule}/${finding.messageId} (${lang})`).not.toMatch(/\{\{|\}\}|undefined/);
    }
  }
});
