// safeName (src/render/names.ts) against Windows' reserved device names: the name alone or with an extension is
// reserved; a longer word that starts or ends with one is not. A name of underscores only takes the fallback.
import { describe, expect, it } from "vitest";
import { safeName } from "../../src/render/names.js";

describe("safeName and reserved device names", () => {
  it.each([
    ["con", "_con"],
    ["CON.csv", "_CON.csv"],
    ["lpt1.html", "_lpt1.html"],
    ["com²", "_com²"],
    ["console", "console"],
    ["falcon", "falcon"],
    ["lpta", "lpta"],
    ["社会救助_aux", "社会救助_aux"],
  ])("%s → %s", (text, name) => {
    expect(safeName(text, "目录")).toBe(name);
  });

  it("takes the fallback for a name of underscores only, not for one with underscores inside", () => {
    expect(safeName("***", "目录")).toBe("目录");
    expect(safeName("a__", "目录")).toBe("a__");
    expect(safeName("__a", "目录")).toBe("__a");
  });
});
