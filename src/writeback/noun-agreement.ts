/**
 * A noun after a rewritten number agrees with it the way the document's language wants:
 * "1 hour" / "17 hours", "1 задача" / "22 задачи" / "21 задача" / "0 задач". Only nouns in the
 * vocabulary (parse/vocab/noun-forms.ts) change; any other word is kept as written.
 */
import { NOUN_FORMS } from '../parse/vocab/noun-forms.js';

/** The form of `noun` that goes with `n` (a fraction is plural: "0.5 hours"), in the noun's own capitalization; unknown nouns unchanged. */
export function agreeNoun(noun: string, n: number): string {
  const lower = noun.toLowerCase();
  const whole = Number.isInteger(n);
  for (const forms of NOUN_FORMS.russian) {
    if (!forms.includes(lower)) continue;
    const mod10 = n % 10;
    const mod100 = n % 100;
    // A fraction takes the genitive singular ("1,5 часа").
    const form = !whole ? forms[1] : mod10 === 1 && mod100 !== 11 ? forms[0] : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? forms[1] : forms[2];
    return sameCase(noun, form);
  }
  for (const [one, many] of NOUN_FORMS.two) {
    if (lower !== one && lower !== many) continue;
    return sameCase(noun, n === 1 ? one : many);
  }
  return noun;
}

/** `word` in the capitalization of `model` (all caps, capitalized, or lowercase). */
function sameCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  const first = model.charAt(0);
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
