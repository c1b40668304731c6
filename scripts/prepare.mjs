#!/usr/bin/env node
// `prepare` (npm install in a clone, npm pack, a git dependency) and `npm start`: builds dist/ when it
// is missing or older than what it is built from, else does nothing (so `npm ci && npm start` builds
// once). It prints nothing on stdout: `npm pack` prints the tarball's name there and tools read it
// (pre-commit installs a hook from `npm pack`'s output). When the devDependencies were left out (Debian's
// pre-commit 3.0 runs `npm install --dev --prod`, which npm 10 reads as --omit=dev), the build tools
// are installed first, without touching package.json or the lock, so no tsc need be on the machine.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const built = join(root, "dist/cli/index.js");
const inputs = ["src", "scripts", "schemas", "package.json", "tsconfig.json", "tsconfig.build.json"];

function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const fresh = existsSync(built) && statSync(built).mtimeMs >= Math.max(...inputs.map((p) => newest(join(root, p))));
if (fresh) process.exit(0);

// npm passes its own settings to scripts as npm_config_*: the nested npm must not inherit --omit=dev.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(omit|production|only|include)$/i.test(key)));
const npm = (args) => {
  const command = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath, ...args] : ["npm", ...args];
  // stdout joins stderr: nothing of a build reaches the caller's stdout.
  const run = spawnSync(command[0], command.slice(1), { cwd: root, env, stdio: ["ignore", 2, 2], shell: !process.env.npm_execpath && process.platform === "win32" });
  if (run.status !== 0) process.exit(run.status ?? 1);
};

const tools = ["typescript", "esbuild"];
if (!tools.every((name) => existsSync(join(root, "node_modules", name, "package.json")))) {
  process.stderr.write(`catalog: installing the build tools (${tools.join(", ")}) to build dist/\n`);
  npm(["install", "--no-save", "--include=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]);
  // esbuild's platform binary comes with its optional dependency; its install script only checks it.
}
npm(["run", "build", "--silent"]);
