/**
 * The forms of the nouns that follow a number in the rollup lines `sync` rewrites ("1 hour" /
 * "17 hours", "1 задача" / "22 задачи" / "0 задач"): writeback/noun-agreement.ts picks the one that
 * agrees with the new number. Lowercase; data, not logic.
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

/** Both tables, as writers use them. */
export const NOUN_FORMS = { two: TWO_FORMS, russian: RUSSIAN_FORMS } as const;
