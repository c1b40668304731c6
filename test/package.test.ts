/**
 * The package as a stranger installs it: packed with `npm pack`, installed into a clean folder outside
 * the repository (engines enforced), run through npx by its published name, imported as a typed ES
 * module, and checked by attw and publint. Needs the npm registry for the dependencies (as any install).
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../src/paths.js";

/** The shipped example township's folder (catalogs/<code>-木渎镇). */
const township = readdirSync(join(packageRoot, "catalogs")).find((name) => name.endsWith("-木渎镇"))!;

const pkg = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { name: string; version: string };
const scratch = mkdtempSync(join(tmpdir(), "catalog-package-"));
const project = join(scratch, "project");
const bin = (name: string) => join(packageRoot, "node_modules/.bin", name);

function sh(command: string, args: readonly string[], cwd: string, options: SpawnSyncOptions = {}) {
  // npm_* settings of the test run (npm test) must not leak into the clean install.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));
  const run = spawnSync(command, args, { cwd, encoding: "utf8", timeout: 300_000, env: { ...env, FORCE_COLOR: "0", NO_COLOR: "1" }, ...options });
  return { status: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

let tarball: string;
let packStdout: string;
let install: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  const pack = sh("npm", ["pack", "--pack-destination", scratch], packageRoot);
  expect(pack.status, pack.stderr).toBe(0);
  packStdout = pack.stdout;
  tarball = join(scratch, pack.stdout.trim().split("\n").at(-1)!);
  cpSync(join(packageRoot, `catalogs/${township}`), join(project, `catalogs/${township}`), { recursive: true });
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "wuzhong-catalogs", private: true, type: "module" }, null, 2)}\n`);
  install = sh("npm", ["install", "--save-dev", "--engine-strict", "--no-audit", "--no-fund", "--prefer-offline", tarball], project);
}, 600_000);

describe(`the packed ${pkg.name}`, () => {
  it("npm pack prints only the tarball's name on stdout (pre-commit reads it)", () => {
    expect(packStdout).toBe(`${pkg.name}-${pkg.version}.tgz\n`);
  });

  it("installs in a clean folder on this Node with engines enforced, and no engine warning", () => {
    expect(install.status, install.stderr).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toContain("EBADENGINE");
  });

  it(`runs by its published name: npx ${pkg.name} validate, then build`, () => {
    const validate = sh("npx", ["--no-install", pkg.name, "validate"], project);
    expect(validate.status, validate.stderr).toBe(0);
    // seven domain catalogs, the non-disclosure list (which has no items) and two village lists (3 items each)
    expect(validate.stdout).toContain("10 个文件、64 个事项");
    const build = sh("npx", ["--no-install", "catalog", "build", "--out", "public", "--formats", "html,csv"], project);
    expect(build.status, build.stderr).toBe(0);
    expect(readFileSync(join(project, "public/index.html"), "utf8")).toContain("木渎镇");
  });

  it("import() gives validate, build and diff, and their types check", () => {
    writeFileSync(
      join(project, "use.ts"),
      [
        `import { validate, build, diff, version, type ValidateOutcome, type DiffOutcome } from "${pkg.name}";`,
        `const checked: ValidateOutcome = await validate({ cwd: process.cwd() });`,
        `const findings: number = checked.results.reduce((n, r) => n + r.findings.length, 0);`,
        `const changes: DiffOutcome = await diff({ cwd: process.cwd(), old: "catalogs", new: "catalogs" });`,
        `const added: number = changes.result.summary.items.added;`,
        `console.log(JSON.stringify({ version, files: checked.results.length, findings, added, build: typeof build }));`,
        ``,
      ].join("\n"),
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: false, outDir: "out", skipLibCheck: false, types: ["node"] }, files: ["use.ts"] }),
    );
    // The consumer's own @types/node, as a TypeScript project would have.
    cpSync(join(packageRoot, "node_modules/@types/node"), join(project, "node_modules/@types/node"), { recursive: true });
    cpSync(join(packageRoot, "node_modules/undici-types"), join(project, "node_modules/undici-types"), { recursive: true });
    const tsc = sh(process.execPath, [join(packageRoot, "node_modules/typescript/bin/tsc"), "-p", "."], project);
    expect(tsc.status, tsc.stdout).toBe(0);
    const run = sh(process.execPath, ["out/use.js"], project);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { version: string; files: number; added: number; build: string };
    expect(result).toMatchObject({ version: pkg.version, added: 0, build: "function" });
    expect(result.files).toBeGreaterThan(0);
  });

  it("keeps its internals private: a deep import is refused", () => {
    const run = sh(process.execPath, ["--input-type=module", "-e", `await import("${pkg.name}/dist/api.js")`], project);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("ERR_PACKAGE_PATH_NOT_EXPORTED");
  });

  it("builds from a clone installed without devDependencies (no tsc on the machine), printing only the tarball's name", () => {
    const clone = join(scratch, "clone");
    const files = sh("git", ["ls-files", "-z"], packageRoot).stdout.split("\0").filter(Boolean);
    for (const file of files) cpSync(join(packageRoot, file), join(clone, file));
    const install = sh("npm", ["install", "--omit=dev", "--no-save", "--no-audit", "--no-fund", "--prefer-offline"], clone);
    expect(install.status, install.stderr).toBe(0);
    expect(existsSync(join(clone, "dist/cli/index.js"))).toBe(true);
    const pack = sh("npm", ["pack"], clone);
    expect([pack.status, pack.stdout]).toEqual([0, `${pkg.name}-${pkg.version}.tgz\n`]);
  }, 600_000);

  it("is clean under attw (every ESM resolution) and publint", () => {
    const attw = sh(bin("attw"), [tarball, "--profile", "esm-only", "--format", "json"], scratch);
    expect(attw.status, attw.stdout).toBe(0);
    const report = JSON.parse(attw.stdout) as { analysis: { problems: { kind: string; resolutionKind: string }[] } };
    expect(report.analysis.problems.filter((p) => p.resolutionKind !== "node10" && p.resolutionKind !== "node16-cjs")).toEqual([]);
    const publint = sh(bin("publint"), ["--strict", join(project, "node_modules", pkg.name)], scratch);
    expect(publint.status, publint.stdout).toBe(0);
    expect(publint.stdout).toContain("All good");
  });
});
