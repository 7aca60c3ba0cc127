/**
 * Words of the lines that sum up a document's progress ("**Overall Completion:** 35% (14/40
 * hours)", "Общий прогресс: 0% (0/22 задачи)", "**Days Left:** 12 days"): the labels that name
 * what a number is, and the nouns that say a number counts tasks rather than effort. Lowercase,
 * whole words; data, not logic (`reader/fragments.ts` matches it).
 */
import type { UnitName } from './units.js';
import type { Vocabulary } from './index.js';
import { fold } from '../recognize/text.js';

/** Words that may stand next to a status or progress word in a whole-document label ("Overall Completion", "Общий прогресс"). */
export const LABEL_FILLER_WORDS: readonly string[] = [
  'total',
  'overall',
  'sprint',
  'all',
  'general',
  'current',
  'global',
  'общий',
  'общая',
  'всего',
  'gesamt',
  'genel',
  'toplam',
  'geral',
];

/** Words that, next to a day word, make a label count the sprint's days gone by ("Sprint Days Elapsed: 1/14"). */
export const ELAPSED_LABEL_WORDS: readonly string[] = [
  'elapsed',
  'passed',
  'gone',
  'transcurridos',
  'transcurrido',
  'decorridos',
  'écoulés',
  'écoulé',
  'vergangen',
  'vergangene',
  'прошло',
  'прошедших',
  'geçen',
  'förflutna',
];

/** Nouns after a number that make it a count of work items ("22 задачи", "11 stories"). */
export const COUNT_NOUNS: readonly string[] = [
  'task',
  'tasks',
  'story',
  'stories',
  'item',
  'items',
  'issue',
  'issues',
  'ticket',
  'tickets',
  'user stories',
  'tarea',
  'tareas',
  'historia',
  'historias',
  'tarefa',
  'tarefas',
  'tâche',
  'tâches',
  'aufgabe',
  'aufgaben',
  'задача',
  'задачи',
  'задач',
  'задачу',
  'история',
  'истории',
  'историй',
  'görev',
  'görevler',
  'uppgift',
  'uppgifter',
  'タスク',
  '任务',
];

/** Words that make a label a progress summary ("Overall Completion", "Sprint Progress", "Общий прогресс"). */
export const PROGRESS_LABEL_WORDS: readonly string[] = [
  'completion',
  'progress',
  'прогресс',
  'выполнение',
  'progreso',
  'avance',
  'progresso',
  'andamento',
  'avancement',
  'progression',
  'fortschritt',
  'ilerleme',
  'tamamlanma',
  'framsteg',
  '進捗',
  '进度',
];

/** Words that make a label about what is left ("Remaining", "Left", "Осталось"). */
export const REMAINING_LABEL_WORDS: readonly string[] = [
  'remaining',
  'left',
  'to go',
  'осталось',
  'остаток',
  'restante',
  'restantes',
  'faltan',
  'faltam',
  'restant',
  'restants',
  'verbleibend',
  'verbleibende',
  'übrig',
  'kalan',
  'kvar',
  '残り',
  '剩余',
];

/** Words that make a label about a pace ("Required Velocity"). */
export const VELOCITY_LABEL_WORDS: readonly string[] = ['velocity', 'pace', 'скорость', 'темп', 'velocidad', 'velocidade', 'vitesse', 'hız', 'tempo'];

/** Words that make a pace label about the pace still needed ("Required", "Needed"). */
export const REQUIRED_LABEL_WORDS: readonly string[] = [
  'required',
  'needed',
  'necessary',
  'target',
  'необходимая',
  'нужная',
  'требуемая',
  'requerida',
  'necesaria',
  'necessária',
  'requise',
  'nécessaire',
  'erforderlich',
  'erforderliche',
  'benötigte',
  'gerekli',
  'nödvändig',
];

/** What a fragment's numbers are counted in: tasks, or effort in one of the model's units. */
export type FragmentBasis = 'count' | UnitName;

/**
 * What a unit word means for a fragment: a count of tasks ("tasks", "задачи"), effort in a model
 * unit ("h", "hours", "points"), or null (minutes, weeks, "criteria", "controls": not comparable).
 */
export function basisOfUnit(word: string | null | undefined, vocab: Pick<Vocabulary, 'units'>): FragmentBasis | null {
  if (!word) return null;
  const w = fold(word);
  if (COUNT_NOUNS.includes(w)) return 'count';
  const unit = vocab.units.find((u) => u.word === w);
  return unit && unit.factor === 1 ? unit.unit : null;
}
