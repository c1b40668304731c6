/**
 * The documented integrations, each run: the GitHub Actions workflow's validate step and the GitLab CI
 * job's script are executed against the CLI in a project folder and their reports checked where the
 * next step or GitLab expects them; the pre-commit hook's entry is run by the built program with two
 * staged file names; the editor setup (docs/editors.md, `catalog schema`) points at files that exist.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { validateSarif } from "../formatters/sarif-schema.js";
import { runCli } from "../helpers/cli.js";
import { catalog, item, project } from "./project.js";

const root = join(import.meta.dirname, "../..");
const readYaml = <T>(path: string) => parse(readFileSync(join(root, path), "utf8")) as T;
const defective = catalog([item("SJ-01-01", "政策法规文件", { audience: "特定群众" }), item("SJ-01-01", "办事指南")]);
const clean = catalog([item("SJ-01-01", "政策法规文件")]);

/** `npx catalog validate --a b` → ["validate", "--a", "b"]: the commands a CI step runs, as the CLI receives them. */
function catalogCommands(script: string | string[]): string[][] {
  const lines = (Array.isArray(script) ? script : script.split("\n")).map((l) => l.trim()).filter(Boolean);
  return lines.filter((l) => l.startsWith("npx catalog ")).map((l) => l.slice("npx catalog ".length).split(/\s+/));
}

it("`npx catalog` finds the package's executable", () => {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string>; files: string[] };
  expect(existsSync(join(root, pkg.bin.catalog!))).toBe(true);
  expect(pkg.files).toEqual(expect.arrayContaining(["bin", "dist", "schemas", "templates", "docs"]));
});

describe("docs/integrations/github-actions.yml", () => {
  type Step = { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> };
  const workflow = readYaml<{ permissions: Record<string, string>; jobs: Record<string, { "runs-on": string; steps: Step[] }> }>("docs/integrations/github-actions.yml");
  const steps = Object.values(workflow.jobs)[0]!.steps;
  const validateStep = steps.find((s) => s.name === "catalog validate")!;
  const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif"))!;

  it("checks out, sets up Node 20, installs with npm ci, validates, uploads SARIF even after findings", () => {
    expect(steps[0]!.uses).toMatch(/^actions\/checkout@v\d+$/);
    expect(steps[1]).toMatchObject({ uses: expect.stringMatching(/^actions\/setup-node@v\d+$/), with: { "node-version": 20 } });
    expect(steps[2]!.run).toBe("npm ci");
    expect(steps.indexOf(validateStep)).toBeGreaterThan(2);
    expect(upload.if).toContain("always()");
    expect(workflow.permissions["security-events"]).toBe("write");
  });

  it("its validate step annotates the findings and writes the SARIF file the upload step reads", async () => {
    const dir = project({ "catalogs/320506-吴中区/社会救助.yaml": defective });
    const [args] = catalogCommands(validateStep.run!);
    const run = await runCli(args!, { cwd: dir, env: { GITHUB_ACTIONS: "true", CI: "true" } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=catalogs\/320506-吴中区\/社会救助\.yaml,line=\d+,.*title=duplicate-id::/m);
    const sarifFile = join(dir, String(upload.with!.sarif_file));
    const log = JSON.parse(readFileSync(sarifFile, "utf8"));
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThanOrEqual(2);
  });

  it("passes on clean catalogs", async () => {
    const dir = project({ "catalogs/320506-吴中区/社会救助.yaml": clean });
    const [args] = catalogCommands(validateStep.run!);
    const run = await runCli(args!, { cwd: dir, env: { GITHUB_ACTIONS: "true" } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/^::(error|warning) /m);
    expect(existsSync(join(dir, String(upload.with!.sarif_file)))).toBe(true);
  });
});

describe("docs/integrations/gitlab-ci.yml", () => {
  type Job = { image: string; script: string[]; artifacts: { when: string; reports: { codequality: string; junit: string } } };
  const job = Object.values(readYaml<Record<string, Job>>("docs/integrations/gitlab-ci.yml"))[0]!;

  it("installs with npm ci on Node 20 and keeps the reports even when the job fails", () => {
    expect(job.image).toBe("node:20");
    expect(job.script[0]).toBe("npm ci");
    expect(job.artifacts.when).toBe("always");
  });

  it("its script writes the Code Quality and JUnit reports the artifacts name", async () => {
    const dir = project({ "catalogs/320506-吴中区/社会救助.yaml": defective, "catalogs/320506-吴中区/养老服务.yaml": clean.replace("domain: 社会救助", "domain: 养老服务") });
    const commands = catalogCommands(job.script);
    expect(commands).toHaveLength(1);
    const run = await runCli(commands[0]!, { cwd: dir, env: { GITLAB_CI: "true" } });
    expect(run.code).toBe(1);
    const issues = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), "utf8")) as Record<string, unknown>[];
    expect(issues.length).toBeGreaterThanOrEqual(2);
    for (const issue of issues) {
      expect(issue).toEqual({ description: expect.any(String), check_name: expect.any(String), fingerprint: expect.any(String), severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/), location: { path: expect.any(String), lines: { begin: expect.any(Number) } } });
    }
    const junit = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(dir, job.artifacts.reports.junit), "utf8"));
    expect(junit.testsuites.testsuite).toHaveLength(2);
  });
});

describe(".pre-commit-hooks.yaml", () => {
  type Hook = { id: string; entry: string; language: string; files: string; exclude: string; pass_filenames: boolean; require_serial: boolean };
  const hooks = readYaml<Hook[]>(".pre-commit-hooks.yaml");
  const hook = hooks.find((h) => h.id === "catalog-validate")!;
  // pre-commit applies both patterns with Python's re.search; these patterns mean the same in JavaScript.
  const selected = (path: string) => new RegExp(hook.files).test(path) && !new RegExp(hook.exclude).test(path);

  it("is catalog-validate: `catalog validate` with the staged file names, in one run", () => {
    expect(hook).toMatchObject({ entry: "catalog validate", language: "node", pass_filenames: true, require_serial: true });
    expect(hook.files).toBe("\\.ya?ml$");
  });

  it("selects catalogs, and leaves out CI files, dot folders and the tool's own files", () => {
    expect(["catalogs/320506-吴中区/社会救助.yaml", "社会救助.yml"].filter(selected)).toHaveLength(2);
    const others = [".github/workflows/catalog.yml", ".gitlab-ci.yml", ".pre-commit-config.yaml", "catalog.config.yaml", "ci/catalog.config.yml", "catalog-baseline.yaml", "README.md"];
    expect(others.filter(selected)).toEqual([]);
  });

  it("its entry, run by the built program with two file names, checks both and sets the exit code", () => {
    const dir = project({ "catalogs/a/社会救助.yaml": defective, "catalogs/b/社会救助.yaml": clean, "catalogs/c/broken.yaml": "items: [\n" });
    const [command, ...args] = hook.entry.split(" ");
    expect(command).toBe("catalog");
    const bin = resolve(root, "bin/catalog.js");
    const run = (files: string[]) => spawnSync(process.execPath, [bin, ...args, ...files], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const failing = run(["catalogs/a/社会救助.yaml", "catalogs/b/社会救助.yaml"]);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain("catalogs/a/社会救助.yaml");
    expect(failing.stdout).toMatch(/2 个文件/);
    expect(failing.stdout).not.toContain("broken.yaml"); // only the files passed are checked
    const passing = run(["catalogs/b/社会救助.yaml"]);
    expect(passing.status).toBe(0);
  });
});

describe("editor support", () => {
  it("`catalog schema` prints the absolute path of the catalog schema, --config that of the config schema", async () => {
    const dir = project();
    const catalogSchema = (await runCli(["schema"], { cwd: dir })).stdout.trim();
    expect(catalogSchema).toBe(join(root, "schemas/catalog.schema.json"));
    expect(JSON.parse(readFileSync(catalogSchema, "utf8")).title).toBe("政务公开事项标准目录");
    const configSchema = await runCli(["schema", "--config"], { cwd: dir });
    expect([configSchema.code, configSchema.stdout]).toEqual([0, `${join(root, "schemas/config.schema.json")}\n`]);
  });

  it("docs/editors.md's yaml.schemas settings name schemas that exist, for this repository and an npm install", () => {
    const doc = readFileSync(join(root, "docs/editors.md"), "utf8");
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as { "yaml.schemas": Record<string, string> });
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      const schemas = Object.keys(block["yaml.schemas"]);
      expect(schemas.map((s) => s.replace(/^\.\/(node_modules\/zwgk-catalog\/)?/, "")).every((s) => existsSync(join(root, s)))).toBe(true);
      expect(Object.values(block["yaml.schemas"])).toEqual(["catalogs/**/*.yaml", "catalog.config.yaml"]);
    }
    expect(doc).toContain("# yaml-language-server: $schema=../../schemas/catalog.schema.json");
  });

  it("the example catalogs' modelines resolve to the schema", () => {
    const base = join(root, "catalogs");
    for (const folder of readdirSync(base)) {
      for (const file of readdirSync(join(base, folder)).filter((f) => f.endsWith(".yaml"))) {
        const modeline = /^# yaml-language-server: \$schema=(.+)$/m.exec(readFileSync(join(base, folder, file), "utf8"))?.[1];
        expect(modeline && resolve(base, folder, modeline), `${folder}/${file}`).toBe(join(root, "schemas/catalog.schema.json"));
      }
    }
  });

  it("every key of the catalog schema has a Chinese title and description for hover texts", () => {
    type Node = { title?: string; description?: string; properties?: Record<string, Node>; items?: Node; definitions?: Record<string, Node> };
    const schema = readYaml<Node>("schemas/catalog.schema.json");
    const keys: [string, Node][] = [];
    const walk = (node: Node | undefined, path: string) => {
      if (!node) return;
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        keys.push([`${path}.${key}`, child]);
        walk(child, `${path}.${key}`);
      }
      walk(node.items, `${path}[]`);
      for (const [name, child] of Object.entries(node.definitions ?? {})) walk(child, `#${name}`);
    };
    walk(schema, "");
    expect(keys.length).toBeGreaterThan(20);
    const han = /\p{Script=Han}/u;
    expect(keys.filter(([, n]) => !han.test(n.title ?? "") || !han.test(n.description ?? "")).map(([k]) => k)).toEqual([]);
  });
});
