/** File names made from catalog content are safe on every file system and in every URL. */
import { describe, expect, it } from "vitest";
import { NameSet, safeName } from "../../src/render/names.js";

describe("safeName", () => {
  it("keeps ordinary Chinese names as they are", () => {
    expect(safeName("社会救助", "x")).toBe("社会救助");
    expect(safeName("320506-苏州市吴中区", "x")).toBe("320506-苏州市吴中区");
  });

  it.each([
    ["../../etc/passwd", "_.._etc_passwd"],
    ["a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j"],
    ["控制\u0000字符\u001f\u007f", "控制_字符__"],
    ["...隐藏", "隐藏"],
    ["结尾. . ", "结尾"],
    ["50%#锚点", "50__锚点"],
  ])("%j → %j", (input, expected) => {
    const name = safeName(input, "fallback");
    expect(name).toBe(expected);
    expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
    expect(name.startsWith(".")).toBe(false);
  });

  it("prefixes reserved device names and falls back when nothing is left", () => {
    expect(safeName("CON", "x")).toBe("_CON");
    expect(safeName("nul.txt", "x")).toBe("_nul.txt");
    expect(safeName("com1", "x")).toBe("_com1");
    expect(safeName("", "catalog")).toBe("catalog");
    expect(safeName("///", "catalog")).toBe("catalog");
    expect(safeName("..", "catalog")).toBe("catalog");
  });

  it("folds runs of white space into one space and trims both ends", () => {
    expect(safeName("  社会  救助　领域 ", "x")).toBe("社会 救助 领域");
  });

  it("bounds the length in bytes, cutting whole characters, and never ends on a dot after the cut", () => {
    expect(safeName("很".repeat(200), "x")).toBe("很".repeat(60)); // 180 bytes exactly
    expect(safeName("很".repeat(60), "x")).toBe("很".repeat(60));
    expect(safeName(`${"很".repeat(59)}.很`, "x")).toBe("很".repeat(59));
  });

  it("prefixes only whole reserved names", () => {
    expect(safeName("lpt1", "x")).toBe("_lpt1");
    expect(safeName("aux.yaml", "x")).toBe("_aux.yaml");
    for (const name of ["console", "xcon", "lptx", "comma"]) expect(safeName(name, "x")).toBe(name);
  });
});

describe("NameSet", () => {
  it("hands out unique names, ignoring case, and never a reserved one", () => {
    const names = new NameSet(["index"]);
    expect(["Index", "a", "A", "a"].map((n) => names.claim(n))).toEqual(["Index-2", "a", "A-2", "a-3"]);
  });
});
