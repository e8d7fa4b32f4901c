import { nl, type Dictionary } from './nl';
import { en } from './en';

export type Lang = 'nl' | 'en';
export type Key = keyof Dictionary;
const dictionaries: Record<Lang, Dictionary> = { nl, en };
let lang: Lang = localStorage.getItem('spoor.lang') === 'en' ? 'en' : 'nl';

export const currentLang = (): Lang => lang;

export function setLang(l: Lang): void {
  lang = l;
  localStorage.setItem('spoor.lang', l);
  document.documentElement.lang = l;
}

/** The text of a key in the current language, with {name} placeholders filled. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, p: string) => String(params[p] ?? `{${p}}`));
}

/** A key built from data (kind_PERSON, end_HUB, …); the raw value when the dictionary has none. */
export function tOr(key: string, fallback: string): string {
  return (dictionaries[lang] as Record<string, string>)[key] ?? fallback;
}

const locale = () => (lang === 'nl' ? 'nl-NL' : 'en-GB');
export const euro = (v: number): string => new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(v);
export const num = (v: number, digits = 0): string => new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(v);
