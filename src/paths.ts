import { fileURLToPath } from "node:url";

/** The package root, whether running from src/ (tests) or dist/ (the built CLI). */
export const packageRoot = fileURLToPath(new URL("../", import.meta.url));
export const registriesDir = fileURLToPath(new URL("../src/registries/", import.meta.url));
export const schemasDir = fileURLToPath(new URL("../schemas/", import.meta.url));
export const templatesDir = fileURLToPath(new URL("../templates/", import.meta.url));
export const docsRulesDir = fileURLToPath(new URL("../docs/rules/", import.meta.url));
