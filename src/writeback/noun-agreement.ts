/**
 * A noun after a rewritten number agrees with it the way the document's language wants:
 * "1 hour" / "17 hours", "1 задача" / "22 задачи" / "21 задача" / "0 задач". Only nouns in the
 * table below change; any other word is kept as written.
 */

/** Singular/plural pairs (English, Spanish, Portuguese, French, German, Swedish, Turkish-free). */
const TWO_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['hour', 'hours'],
  ['day', 'days'],
  ['point', 'points'],
  ['task', 'tasks'],
  ['story', 'stories'],
  ['item', 'items'],
  ['issue', 'issues'],
  ['ticket', 'tickets'],
  ['hora', 'horas'],
  ['tarea', 'tareas'],
  ['día', 'días'],
  ['dia', 'dias'],
  ['punto', 'puntos'],
  ['tarefa', 'tarefas'],
  ['ponto', 'pontos'],
  ['heure', 'heures'],
  ['jour', 'jours'],
  ['tâche', 'tâches'],
  ['stunde', 'stunden'],
  ['aufgabe', 'aufgaben'],
  ['tag', 'tage'],
  ['punkt', 'punkte'],
  ['timme', 'timmar'],
  ['uppgift', 'uppgifter'],
  ['dag', 'dagar'],
];

/** Russian nouns: the form after 1 (21, 31…), after 2–4 (22…), and after 0, 5–20 (25…). */
const RUSSIAN_FORMS: ReadonlyArray<readonly [string, string, string]> = [
  ['задача', 'задачи', 'задач'],
  ['час', 'часа', 'часов'],
  ['день', 'дня', 'дней'],
  ['история', 'истории', 'историй'],
  ['очко', 'очка', 'очков'],
  ['балл', 'балла', 'баллов'],
  ['пункт', 'пункта', 'пунктов'],
];

/** The form of `noun` that goes with `n` (a fraction is plural: "0.5 hours"), in the noun's own capitalization; unknown nouns unchanged. */
export function agreeNoun(noun: string, n: number): string {
  const lower = noun.toLocaleLowerCase('und');
  const whole = Number.isInteger(n);
  for (const forms of RUSSIAN_FORMS) {
    if (!forms.includes(lower)) continue;
    const mod10 = n % 10;
    const mod100 = n % 100;
    // A fraction takes the genitive singular ("1,5 часа").
    const form = !whole ? forms[1] : mod10 === 1 && mod100 !== 11 ? forms[0] : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? forms[1] : forms[2];
    return sameCase(noun, form);
  }
  for (const [one, many] of TWO_FORMS) {
    if (lower !== one && lower !== many) continue;
    return sameCase(noun, n === 1 ? one : many);
  }
  return noun;
}

/** `word` in the capitalization of `model` (all caps, capitalized, or lowercase). */
function sameCase(model: string, word: string): string {
  if (model === model.toLocaleUpperCase('und') && model !== model.toLocaleLowerCase('und')) return word.toLocaleUpperCase('und');
  const first = model.charAt(0);
  if (first !== first.toLocaleLowerCase('und')) return word.charAt(0).toLocaleUpperCase('und') + word.slice(1);
  return word;
}
