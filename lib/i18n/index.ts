import * as z from 'zod/mini';

/**
 * The board's two languages and a tiny typed translator. A feature keeps its Bokmål strings in
 * one dictionary module (see `panel.ts`) and its English table, with exactly the same keys, in
 * `en/` beside it (see `en/panel.ts`); `english.ts` puts each English table in its dictionary.
 *
 *   const nb = { greeting: 'Hei, {name}!' } as const;
 *   export const helloText: Dictionary<typeof nb> = { nb };
 *   // en/hello.ts
 *   export const helloEn = { greeting: 'Hello, {name}!' } satisfies English<typeof helloText>;
 *   const t = translator(helloText, lang);
 *   t('greeting', { name: 'Kari' }); // "Hei, Kari!" when lang is 'nb'
 *
 * English lives apart so that a page can leave it out of its first load: the board page loads it
 * with `loadLang` (load-lang.ts) when someone chooses it; tests and the other pages import
 * `english.ts` at once.
 */

/** Every language the UI speaks, Bokmål first because it is the default. */
export const LANGS = ['nb', 'en'] as const;

/** Parses a language code from a URL, cookie or message; anything else is rejected. */
export const langSchema = z.enum(LANGS);

/** A language the UI speaks. */
export type Lang = z.infer<typeof langSchema>;

/** The language shown when nothing else is chosen. */
export const DEFAULT_LANG: Lang = 'nb';

/** A table of texts with exactly the keys of the Bokmål table `N`. */
export type Table<N extends Record<string, string>> = { [K in keyof N]: string };

/**
 * A feature's strings: `nb` as written (declare it `as const` so placeholders are typed) and
 * `en` once English is registered (english.ts), with exactly the Bokmål keys.
 */
export type Dictionary<N extends Record<string, string>> = { readonly nb: N; en?: Table<N> };

/**
 * The English table for a dictionary. Check a literal with `satisfies English<typeof fooText>`:
 * a missing or extra key is then a type error.
 */
export type English<D extends Dictionary<Record<string, string>>> = Table<D['nb']>;

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
 * English that is not registered yet reads as Bokmål, so an early call never throws; a page
 * waits for `loadLang` before it shows English, so no reader should meet that fallback.
 */
export function translator<N extends Record<string, string>>(dictionary: Dictionary<N>, lang: Lang) {
  // The table is looked up per call, so a `t` made before English arrived speaks it afterwards.
  return <K extends keyof N & string>(key: K, ...vars: VarsArg<N[K]>): string => {
    const table: Table<N> = dictionary[lang] ?? dictionary.nb;
    return interpolate(table[key] ?? key, vars[0]);
  };
}

/** The `t` that `translator` returns for a dictionary, for passing it to helpers. */
export type Translate<N extends Record<string, string>> = ReturnType<typeof translator<N>>;
