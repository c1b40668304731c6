/** Language choice and {{placeholder}} filling: the only copy in the code base. */
export const languages = ["zh", "en"] as const;
export type Lang = (typeof languages)[number];

/** A user-facing text in every supported language; a missing translation is a compile error. */
export type Localised = Record<Lang, string>;

export function isLang(value: string): value is Lang {
  return (languages as readonly string[]).includes(value);
}

/** Fills `{{name}}` placeholders; an unknown placeholder is left visible so a test can catch it. */
export function interpolate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

export function localise(text: Localised, lang: Lang, data?: Readonly<Record<string, string | number>>): string {
  return interpolate(text[lang], data);
}

/** Names of the placeholders a template uses, for the meta test (zh and en must agree). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
}
