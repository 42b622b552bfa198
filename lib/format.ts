import type { Lang } from './i18n';

/**
 * Number formatting for the UI. Bokmål uses a no-break space for thousands and a comma for
 * decimals ("14,2 mrd. kr"); English uses en-GB grouping and NOK first ("NOK 14.2 bn").
 */

const LOCALE: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };

// Intl.NumberFormat is costly to build and the panel formats hundreds of numbers per render.
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: 0 })));
  return f;
}

/** NOK in the largest sensible unit: "14,2 mrd. kr", "813 mill. kr", "4 951 kr"; en "NOK 14.2 bn", "NOK 813 m", "NOK 4,951". */
export function formatNok(value: number, lang: Lang = 'nb'): string {
  const abs = Math.abs(value);
  const [scaled, digits, nbUnit, enUnit] =
    abs >= 1e9 ? [value / 1e9, 1, ' mrd. kr', ' bn'] : abs >= 1e6 ? [value / 1e6, 0, ' mill. kr', ' m'] : [value, 0, ' kr', ''];
  if (lang === 'nb') return `${numberFormat('nb', digits).format(scaled)}${nbUnit}`;
  // The sign goes before the currency in English ("-NOK 3 m"), as en-GB writes amounts.
  const sign = scaled < 0 ? '-' : '';
  return `${sign}NOK ${numberFormat('en', digits).format(Math.abs(scaled))}${enUnit}`;
}

/** A plain count or amount with the language's grouping and decimal mark. */
export const formatNumber = (value: number, digits = 0, lang: Lang = 'nb') => numberFormat(lang, digits).format(value);

/** A signed change, "+3", "−1 200", or "±0" for no change; `format` shows the size, by default one decimal. */
export function formatDelta(value: number, format?: (v: number) => string, lang: Lang = 'nb'): string {
  if (value === 0) return '±0';
  const size = format ? format(Math.abs(value)) : formatNumber(Math.abs(value), 1, lang);
  return `${value > 0 ? '+' : '−'}${size}`;
}
