/**
 * Estimate units: every spelling the corpus uses, mapped to the three units the model knows.
 * Minutes become hours and weeks become (work)days through `factor`. Lowercase, whole words.
 */

/** The units effort is summed in. */
export type UnitName = 'hours' | 'points' | 'days';

/** Unit spellings → unit and the factor that converts a value into it. */
export const UNIT_WORDS: ReadonlyArray<{ words: readonly string[]; unit: UnitName; factor: number }> = [
  {
    unit: 'hours',
    factor: 1,
    words: [
      'h', 'hr', 'hrs', 'hour', 'hours', 'hs', 'horas', 'hora', 'heure', 'heures', 'stunde', 'stunden', 'std',
      'ч', 'час', 'часа', 'часов', 'saat', 'timme', 'timmar', 'tim', '時間', '小时', '小時', 'uur',
    ],
  },
  { unit: 'hours', factor: 1 / 60, words: ['min', 'mins', 'minute', 'minutes', 'minutos', 'мин', 'минут', 'dakika', '分'] },
  {
    unit: 'points',
    factor: 1,
    words: [
      'sp', 'pt', 'pts', 'point', 'points', 'story point', 'story points', 'storypoints', 'puntos', 'punto',
      'pontos', 'ponto', 'punkte', 'punkt', 'очков', 'очка', 'очко', 'балл', 'балла', 'баллов', 'sp.', 'puan',
      'poäng', 'ポイント', '点', 'pkt',
    ],
  },
  {
    unit: 'days',
    factor: 1,
    words: [
      'd', 'day', 'days', 'día', 'días', 'dia', 'dias', 'jour', 'jours', 'j', 'tag', 'tage', 'tagen', 'день',
      'дня', 'дней', 'дн', 'gün', 'dag', 'dagar', 'giorni', 'giorno', '日', '天', 'dní', 'dni',
    ],
  },
  {
    unit: 'days',
    factor: 5,
    words: ['w', 'wk', 'wks', 'week', 'weeks', 'semana', 'semanas', 'semaine', 'semaines', 'woche', 'wochen', 'неделя', 'недели', 'недель', 'hafta', 'vecka', 'veckor', '週', '周'],
  },
];
