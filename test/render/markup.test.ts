/** The one HTML escape and the element builder: catalog text never becomes markup, in text or in attributes. */
import { expect, it } from "vitest";
import { esc, fill, fragment, h, href, Html } from "../../src/render/html/markup.js";

it("escapes the five characters that can end text or a quoted attribute", () => {
  expect(esc(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  expect(esc(42)).toBe("42");
  expect(esc("社会救助")).toBe("社会救助");
});

it("escapes attribute values and text children, keeps Html children, drops false and undefined attributes", () => {
  const built = h("a", { href: "x.csv", download: '社会救助" onmouseover="alert(1)', hidden: true, title: undefined, lang: false }, "<b>", new Html("<i>ok</i>"), null, false, [1, "&"]);
  expect(built.html).toBe('<a href="x.csv" download="社会救助&quot; onmouseover=&quot;alert(1)" hidden>&lt;b&gt;<i>ok</i>1&amp;</a>');
  for (const tag of ["meta", "input", "br", "col", "link", "img", "hr"]) expect(h(tag, { class: "x" }).html).toBe(`<${tag} class="x">`);
  expect(h("p", {}, undefined, null, false, "").html).toBe("<p></p>");
  expect(h("td").html).toBe("<td></td>");
  expect(fragment("<", new Html("&nbsp;")).toString()).toBe("&lt;&nbsp;");
});

it("percent-encodes each path segment of an href, so a name can never become a scheme or a query", () => {
  expect(href("../320506-吴中区/a?b#c:d.csv")).toBe("../320506-%E5%90%B4%E4%B8%AD%E5%8C%BA/a%3Fb%23c%3Ad.csv");
  expect(href("./javascript:alert(1)")).toBe("./javascript%3Aalert(1)");
  expect(href("../../index.html")).toBe("../../index.html");
});

it("fills a template: strings escaped, Html inserted as is", () => {
  expect(fill("<h1>{{title}}</h1>{{body}}", { title: "<script>", body: new Html("<p>x</p>") })).toBe("<h1>&lt;script&gt;</h1><p>x</p>");
});
