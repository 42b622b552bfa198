import * as z from 'zod/mini';

/**
 * The board's two languages and a tiny typed translator. A feature keeps its strings in
 * one dictionary module (see `panel.ts`): Bokmål first, English with exactly the same keys.
 *
 *   const nb = { greeting: 'Hei, {name}!' } as const;
 *   export const helloText = { nb, en: { greeting: 'Hello, {name}!' } } satisfies Dictionary<typeof nb>;
 *   const t = translator(helloText, lang);
 *   t('greeting', { name: 'Kari' }); // "Hei, Kari!" when lang is 'nb'
 */

/** Every language the UI speaks, Bokmål first because it is the default. */
export const LANGS = ['nb', 'en'] as const;

/** Parses a language code from a URL, cookie or message; anything else is rejected. */
export const langSchema = z.enum(LANGS);

/** A language the UI speaks. */
export type Lang = z.infer<typeof langSchema>;

/** The language shown when nothing else is chosen. */
export const DEFAULT_LANG: Lang = 'nb';

/**
 * A feature's strings: `nb` as written (declare it `as const` so placeholders are typed) and
 * `en` with exactly its keys. Check a literal with `satisfies Dictionary<typeof nb>`: a
 * missing or extra English key is then a type error.
 */
export type Dictionary<N extends Record<string, string>> = { nb: N; en: { [K in keyof N]: string } };

/** The `{name}` placeholders in a string literal type, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** Values for placeholders; numbers are shown as given, so format them first. */
export type Vars = Record<string, string | number>;

// A literal with placeholders requires exactly those vars, a literal without takes none, and a
// widened `string` (a dictionary not declared `as const`) accepts any vars.
type VarsArg<S extends string> = string extends S
  ? [vars?: Vars]
  : [Placeholders<S>] extends [never]
    ? []
    : [vars: Record<Placeholders<S>, string | number>];

/**
 * Replaces each `{name}` with its value. A placeholder with no value is left as written, so a
 * forgotten variable shows on screen instead of vanishing.
 */
export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/**
 * A `t(key, vars?)` for one dictionary and language; keys and required vars are checked by
 * type. A key the table lacks at run time (an untyped caller) comes back as the key itself.
 */
export function translator<N extends Record<string, string>>(dictionary: Dictionary<N>, lang: Lang) {
  const table: Record<keyof N, string> = dictionary[lang];
  return <K extends keyof N & string>(key: K, ...vars: VarsArg<N[K]>): string => interpolate(table[key] ?? key, vars[0]);
}

/** The `t` that `translator` returns for a dictionary, for passing it to helpers. */
export type Translate<N extends Record<string, string>> = ReturnType<typeof translator<N>>;
