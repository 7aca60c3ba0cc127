/**
 * Field keys: the labels of `**Key:** value` lines (metadata, task detail sections, standups)
 * and of table headers, per meaning. Lowercase; matched against the whole label.
 */

/** Meaning of a `Key: value` label or a table column. */
export type FieldName =
  | 'id'
  | 'title'
  | 'status'
  | 'estimate'
  | 'assignee'
  | 'priority'
  | 'dependencies'
  | 'blockedBy'
  | 'started'
  | 'completed'
  | 'due'
  | 'notes'
  | 'progress'
  | 'description'
  | 'goal'
  | 'sprint'
  | 'duration'
  | 'start'
  | 'end'
  | 'date'
  | 'asOf'
  | 'capacity'
  | 'totalScope'
  | 'yesterday'
  | 'today'
  | 'blockers'
  | 'remaining'
  | 'ideal'
  | 'actual'
  | 'planned'
  | 'velocity';

/** Label spellings per meaning. */
export const FIELD_LABELS: Record<FieldName, readonly string[]> = {
  id: ['id', '#', 'task id', 'story id', 'key', 'ticket', 'issue', 'nº', 'no', 'no.', 'n°', 'номер', 'код', 'clave'],
  title: [
    'task',
    'tasks',
    'task name',
    'subtask',
    'sub-task',
    'subtarea',
    'subtarefa',
    'подзадача',
    'story',
    'story title',
    'user story',
    'title',
    'name',
    'item',
    'élément',
    'elemento',
    'element',
    'feature',
    'deliverable',
    'work item',
    'tarea',
    'historia',
    'historia de usuario',
    'tarefa',
    'história',
    'tâche',
    'titre',
    'aufgabe',
    'titel',
    'задача',
    'название',
    'görev',
    'başlık',
    'uppgift',
    'タスク',
    '機能',
    '任务',
    '标题',
    'objective',
    'attività',
    'compito',
    'taak',
    'zadanie',
    'tugas',
    'nhiệm vụ',
    'công việc',
    '작업',
    '업무',
    '할 일',
    'category',
    'phase',
    'epic',
  ],
  status: [
    'status',
    'state',
    'estado',
    'statut',
    'zustand',
    'статус',
    'состояние',
    'durum',
    'ステータス',
    '状态',
    '状態',
    'situação',
    'stato',
    'stan',
    'trạng thái',
    '상태',
    '진행 상태',
  ],
  estimate: [
    'hours',
    'h',
    'hrs',
    'estimate',
    'est',
    'est.',
    'est. days',
    'est days',
    'estimated',
    'estimated time',
    'time estimate',
    'effort',
    'points',
    'story points',
    'sp',
    'pts',
    'size',
    'estimación',
    'estimación de esfuerzo',
    'esfuerzo',
    'horas',
    'puntos',
    'estimativa',
    'pontos',
    'heures',
    'estimation',
    'stunden',
    'aufwand',
    'punkte',
    'оценка',
    'часы',
    'очки',
    'tahmin',
    'saat',
    'puan',
    '見積もり',
    '工数',
    '估算',
    '工时',
    'duración estimada',
    'tempo estimado',
    'ore',
    'stima',
    'uren',
    'schatting',
    'godziny',
    'estymacja',
    'estimasi',
    'jam',
    'ước tính',
    'giờ',
    '예상 시간',
    '소요 시간',
    '공수',
    'süre',
    'estimated effort',
    'time',
    'days',
  ],
  assignee: [
    'assignee',
    'assigned to',
    'owner',
    'agent',
    'who',
    'responsible',
    'developer',
    'dev',
    'responsable',
    'responsável',
    'verantwortlich',
    'исполнитель',
    'ответственный',
    'sorumlu',
    '担当',
    '负责人',
    'author',
    'responsabile',
    'assegnatario',
    'eigenaar',
    'verantwoordelijke',
    'odpowiedzialny',
    'osoba',
    'penanggung jawab',
    'pic',
    'người phụ trách',
    'người thực hiện',
    'người',
    '담당자',
    '담당',
  ],
  priority: [
    'priority',
    'prio',
    'prioridad',
    'prioridade',
    'priorité',
    'priorität',
    'приоритет',
    'öncelik',
    '優先度',
    '优先级',
    'priorità',
    'prioriteit',
    'priorytet',
    'prioritas',
    'ưu tiên',
    'độ ưu tiên',
    '우선순위',
  ],
  dependencies: [
    'dependencies',
    'depends on',
    'deps',
    'dependency',
    'dependencias',
    'dependências',
    'dépendances',
    'abhängigkeiten',
    'зависимости',
    'bağımlılıklar',
  ],
  blockedBy: ['blocked by', 'blocker', 'bloqueado por', 'blockiert durch', 'заблокировано', 'engelleyen'],
  started: ['started', 'started on', 'inicio', 'início', 'début', 'beginn', 'начало'],
  completed: [
    'completed',
    'completed on',
    'done on',
    'finished',
    'completion date',
    'done date',
    'terminado',
    'concluído',
    'tamamlanma',
    'завершено',
    '完了日',
  ],
  due: ['due', 'due date', 'deadline', 'target date', 'fecha límite', 'prazo', 'срок'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'notas', 'nota', 'bemerkungen', 'примечания', 'notlar', 'memo', 'メモ'],
  progress: ['%', '% complete', 'progress', 'completion', 'прогресс', 'progreso', 'progresso', 'ilerleme', 'fortschritt', '進捗'],
  description: ['description', 'descripción', 'descrição', 'beschreibung', 'описание', 'açıklama', 'details'],
  goal: ['sprint goal', 'goal', 'objective', 'objetivo', 'ziel', 'цель', 'hedef', 'objectif', '目標', '目标', 'focus', 'current focus', 'theme'],
  sprint: ['sprint', 'sprint name', 'nombre del sprint', 'спринт', 'iteration'],
  duration: [
    'duration',
    'sprint duration',
    'period',
    'dates',
    'timeline',
    'duración',
    'duración del sprint',
    'período',
    'periodo',
    'период',
    'dauer',
    'durée',
    'süre',
  ],
  start: ['start', 'start date', 'starts', 'fecha de inicio', 'data início', 'data de início', 'début', 'startdatum', 'дата начала', 'başlangıç', '開始日'],
  end: [
    'end',
    'end date',
    'ends',
    'fecha de finalización',
    'fecha de fin',
    'data fim',
    'data de término',
    'fin',
    'enddatum',
    'дата окончания',
    'bitiş',
    '完了日',
    'due',
  ],
  date: ['date', 'fecha', 'data', 'datum', 'дата', 'tarih', '日付'],
  asOf: [
    'current date',
    'last updated',
    'updated',
    'current day',
    'as of',
    'última actualización',
    'последнее обновление',
    'son güncelleme',
    'data de verificação',
    'atualização',
    'last update',
  ],
  capacity: ['capacity', 'planned capacity', 'team capacity', 'capacidad', 'capacidade', 'kapazität', 'ёмкость'],
  totalScope: ['total points', 'total story points', 'total estimated hours', 'total hours', 'committed', 'commitment', 'total estimate', 'total'],
  yesterday: [
    'yesterday',
    'what did i do yesterday',
    'ayer',
    'ontem',
    'hier',
    'gestern',
    'вчера',
    'dün',
    'igår',
    'what did you do yesterday',
    'done yesterday',
    '昨日',
  ],
  today: [
    'today',
    'what will i do today',
    'hoy',
    'objetivos de hoy',
    'hoje',
    "aujourd'hui",
    'heute',
    'сегодня',
    'bugün',
    'i dag',
    'idag',
    'plan for today',
    '今日',
  ],
  blockers: [
    'blockers',
    'blocker',
    'impediments',
    'impediment',
    'bloqueos',
    'impedimentos',
    'bloqueios',
    'blocages',
    'hindernisse',
    'блокеры',
    'препятствия',
    'engeller',
    'hinder',
    '障害',
  ],
  remaining: ['remaining', 'remaining points', 'remaining hours', 'actual remaining', 'restante', 'restantes', 'осталось', 'kalan', 'återstår', 'rest'],
  ideal: ['ideal', 'ideal remaining', 'ideal line', 'guideline'],
  actual: ['actual', 'real', 'фактически', 'gerçek'],
  planned: ['planned', 'planned points', 'planned hours', 'plan', 'committed points', 'planificado', 'planejado', 'запланировано'],
  velocity: ['velocity', 'velocidad', 'velocidade', 'скорость', 'hız', 'completed points', 'completed hours'],
};

/** ID headers that usually number rows ("#", "No."): another column that names the ID wins over them. */
export const ROW_NUMBER_HEADERS: readonly string[] = ['#', 'no', 'no.', 'nº', 'n°', 'nr', 'nr.', '№'];

/**
 * Column headers that name their role by a leading word or words ("Task Description", "User
 * Story (as a …)", "Tarea principal", "Est Days", "% Complete (approx.)"), when the whole header
 * is not a field label. Lowercase; whole words.
 */
export const HEADER_LEAD_WORDS: Partial<Record<FieldName, readonly string[]>> = {
  title: ['task', 'story', 'user story', 'tarea', 'tarefa', 'tâche', 'aufgabe', 'задача', 'görev', 'uppgift'],
  actual: ['actual', 'spent', 'logged'],
  // A unit opening a longer header names the estimate in it ("Points indicatifs", "Horas planificadas").
  estimate: [
    'est',
    'points',
    'story points',
    'sp',
    'pts',
    'hours',
    'hrs',
    'horas',
    'puntos',
    'pontos',
    'heures',
    'stunden',
    'punkte',
    'часы',
    'очки',
    'saat',
    'puan',
  ],
  progress: ['% complete', '%complete', 'complete %', 'прогресс'],
};

/** Word beginnings that make any header word name the role ("Horas Estimadas", "Est. Days", "Estimación", "Schätzung"). */
export const HEADER_WORD_STEMS: Partial<Record<FieldName, readonly string[]>> = {
  estimate: ['est.', 'estim', 'schätz', 'geschätz', 'оценк', '预估', '估'],
};

/** Trailing header words that give the column its role: an identifier ("Task ID", "Story #"), time spent, time left. */
export const HEADER_TRAIL_WORDS: Partial<Record<FieldName, readonly string[]>> = {
  id: ['id', '#', 'no', 'nº', 'key'],
  // Time already spent ("Horas Reales", "Hours Spent", "Stunden tatsächlich").
  actual: ['reales', 'real', 'reais', 'réelles', 'réels', 'spent', 'logged', 'actual', 'gastadas', 'tatsächlich', 'фактически', 'фактические'],
  // What is still to do ("Hours Remaining", "Points restants", "Horas restantes", "Stunden übrig").
  remaining: ['remaining', 'left', 'restante', 'restantes', 'restants', 'übrig', 'verbleibend', 'осталось', 'kalan'],
};

/**
 * Standup questions written as sentences ("Vad jobbade du med igår?", "What we need to do today",
 * "What challenges we expect"): a label that asks (it ends with a question mark or starts with a
 * question word) and names a day or an obstacle asks that standup question. Whole words, lowercase.
 */
export const STANDUP_QUESTION_WORDS: {
  questions: readonly string[];
  keywords: Readonly<Record<'yesterday' | 'today' | 'blockers', readonly string[]>>;
} = {
  questions: [
    'what',
    'which',
    'how',
    'any',
    'did',
    'do',
    'does',
    'are',
    'is',
    'can',
    'should',
    'vad',
    'finns',
    'har',
    'qué',
    'que',
    'cuáles',
    'hay',
    'o que',
    'quais',
    'há',
    'was',
    'gibt',
    'welche',
    "qu'est-ce",
    'quel',
    'quelle',
    'quels',
    'quelles',
    'como',
    'cómo',
    'что',
    'какие',
    'есть',
    'ne',
    'neler',
    'hangi',
  ],
  keywords: {
    yesterday: FIELD_LABELS.yesterday,
    today: FIELD_LABELS.today,
    // The blockers labels, and the words a question uses for what stands in the way.
    blockers: [...FIELD_LABELS.blockers, 'blocked', 'obstacles', 'challenges', 'obstáculos'],
  },
};

/**
 * Date fields whose label may carry a qualifier after it ("Start Date (planned)", "Data Início
 * Execução", "Fecha de inicio real"): the leading words name the field.
 */
export const QUALIFIED_DATE_FIELDS: readonly FieldName[] = ['start', 'end', 'started', 'completed', 'due', 'asOf'];

/**
 * Title headers that name the finest level of work (a task, not the story or epic it belongs to):
 * in a "User Story | Task | Status" table the task column is the title and the story groups rows.
 */
export const TASK_LEVEL_TITLES: readonly string[] = [
  'task',
  'tasks',
  'task name',
  'subtask',
  'sub-task',
  'tarea',
  'subtarea',
  'tarefa',
  'subtarefa',
  'tâche',
  'aufgabe',
  'задача',
  'подзадача',
  'görev',
  'uppgift',
  'タスク',
  '任务',
];
