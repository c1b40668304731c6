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

/** A counted noun: Chinese takes a measure word, English a plural form (1 error, 2 errors). */
export interface Noun {
  zh: string;
  en: readonly [singular: string, plural: string];
}

export function counted(n: number, noun: Noun, lang: Lang): string {
  return lang === "zh" ? `${n} ${noun.zh}` : `${n} ${n === 1 ? noun.en[0] : noun.en[1]}`;
}
