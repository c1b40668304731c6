// Generated files (vocabularies, the config schema's rule ids, README's rule table) must match their
// sources: a rule added without `npm run gen` fails here, as markdownlint's CI does.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";

it("generated files are up to date (npm run gen)", () => {
  const run = spawnSync(process.execPath, [join(import.meta.dirname, "../scripts/gen.mjs"), "--check"], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
});
