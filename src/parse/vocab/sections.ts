/**
 * Words that shape how a section of a document is read: which headings are time (day sections),
 * which are status buckets ("Completed Tasks"), which lists are acceptance criteria, which tables
 * are not task tables. Lowercase data; see docs in README "How a document is read".
 */

/** Words that start a day section heading ("Day 3", "Days 1-2", "Día 2", "День 1"). */
export const DAY_WORDS: readonly string[] = [
  'day',
  'days',
  'día',
  'dia',
  'días',
  'dias',
  'jour',
  'jours',
  'tag',
  'tage',
  'dag',
  'dagar',
  'день',
  'дни',
  'дня',
  'дней',
  'gün',
  'giorno',
  'dzień',
  '日目',
];

/** Short forms of a day word that number a day in a burn-down row label ("D1", "D3-4"); not heading words. */
export const DAY_ABBREVIATIONS: readonly string[] = ['d'];

/** Words that start a week section heading. */
export const WEEK_WORDS: readonly string[] = ['week', 'semana', 'semaine', 'woche', 'vecka', 'неделя', 'hafta'];

/** Nouns that may stand next to a status word in a bucket heading ("Completed Tasks", "Sprints Pendientes"). */
export const BUCKET_NOUNS: readonly string[] = [
  'task',
  'tasks',
  'work',
  'items',
  'item',
  'stories',
  'story',
  'features',
  'feature',
  'sprints',
  'sprint',
  'objectives',
  'objetivos',
  'goals',
  'deliverables',
  'todos',
  'issues',
  'archive',
  'list',
  'backlog',
  'phase',
  'phases',
  'milestones',
  'this',
  'week',
  'next',
  'the',
  'and',
  'of',
  'work',
  'tareas',
  'trabajo',
  'tarefas',
  'trabalho',
  'tâches',
  'aufgaben',
  'задачи',
  'задач',
  'работы',
  'görevler',
  'uppgifter',
  'タスク',
  '任务',
  'requirements',
  'criteria',
  'now',
  'so',
  'far',
  'recently',
  'recent',
  'items:',
  'tickets',
  'epics',
  'plans',
];

/**
 * Labels that announce a list of work ("Tasks:", "Tareas", "To do", "Stories"): a list of done items
 * after one is work, not a list of achievements.
 */
export const WORK_LIST_LABELS: readonly string[] = [
  'task',
  'tasks',
  'tarea',
  'tareas',
  'tarefa',
  'tarefas',
  'задачи',
  'aufgaben',
  'görevler',
  'todo',
  'to do',
  'work',
  'stories',
];

/** Words that mark a work item optional in parentheses ("### 4.3 Docs (optional)"). */
export const OPTIONAL_WORDS: readonly string[] = ['optional', 'opcional', 'опционально', 'optionnel', 'facoltativo', 'isteğe bağlı', '任意', '可选'];

/**
 * Headings and labels over a meeting's follow-ups ("Action Items"): what a standup or a review
 * agreed to chase, not the sprint's work items.
 */
export const ACTION_ITEM_WORDS: readonly string[] = [
  'action items',
  'action item',
  'follow-ups',
  'follow ups',
  'followups',
  'puntos de acción',
  'itens de ação',
  'actions à mener',
  'aktionspunkte',
  'アクションアイテム',
  '行动项',
];

/** Labels that announce acceptance criteria: checklists under them belong to a task, they are not tasks. */
export const CRITERIA_LABELS: readonly string[] = [
  'acceptance criteria',
  'acceptance criteria status',
  'acceptance',
  'success criteria',
  'criteria',
  'definition of done',
  'dod',
  'done when',
  'verification',
  'checks',
  'completed criteria',
  'all criteria met',
  'критерии приемки',
  'критерии приёмки',
  'проверка',
  'критерии',
  'criterios de aceptación',
  'criterios',
  'critérios de aceitação',
  'critères d’acceptation',
  "critères d'acceptation",
  'akzeptanzkriterien',
  'kabul kriterleri',
  'acceptanskriterier',
  '受け入れ基準',
  '验收标准',
  'requirements',
  'validation criteria',
];

/**
 * Labels of a definition the work is held to (Definition of Done, of Ready): checkboxes under one
 * are a checklist, but status-marked bullets there (`- ✅ Code reviewed`) state the definition, with
 * the mark as decoration; they are neither tasks nor checklist items.
 */
export const DEFINITION_LABELS: readonly string[] = [
  'definition of done',
  'dod',
  'definition of ready',
  'definición de hecho',
  'definición de terminado',
  'definición de listo',
  'definição de pronto',
  'definição de feito',
  'definição de concluído',
  'définition de fini',
  'définition de terminé',
  'définition du fini',
  'definition of done (dod)',
  'definition von done',
  'definition of done checklist',
  'определение готовности',
  'tamamlanma tanımı',
  'definitie van gereed',
  'definicja ukończenia',
  '完了の定義',
  '完成的定义',
];

/**
 * Labels of checklists that belong to the sprint as a whole (review, sign-off, release, DoD): outside
 * every work item their boxes are the sprint's checklist, not tasks. Inside a work item they are its criteria.
 */
export const SPRINT_CHECKLIST_LABELS: readonly string[] = [
  ...DEFINITION_LABELS,
  'execution checklist',
  'review checklist',
  'sprint review',
  'sprint review checklist',
  'release checklist',
  'deployment checklist',
  'launch checklist',
  'qa checklist',
  'closing checklist',
  'sign-off',
  'sign off',
  'signoff',
  // Readiness before the sprint starts ("Pre-Sprint Setup Status": access verified, tools installed).
  'pre-sprint',
  'pre sprint',
  'pre-sprint setup',
  'pre-sprint checklist',
  'sprint readiness',
  'readiness checklist',
  'success criteria',
  'exit criteria',
  'sprint checklist',
  'lista de verificación',
  'lista de verificação',
  'checkliste',
  'чек-лист',
  'контрольный список',
  'kontrol listesi',
  'criterios de éxito',
  'critérios de sucesso',
  'критерии успеха',
  'başarı kriterleri',
  // The sprint's Scrum events, ticked as they happen ("Ceremony-Status": Planning, Daily, Review, Retro).
  'ceremonies',
  'ceremony',
  'ceremony status',
  'ceremony-status',
  'scrum ceremonies',
  'sprint ceremonies',
  'scrum events',
  'zeremonien',
  'ceremonias',
  'ceremonias scrum',
  'cerimônias',
  'cerimonias',
  'cérémonies',
  'церемонии',
  'seremoniler',
  'セレモニー',
  '仪式',
];

/** First-column (or any-column) headers that make a table something other than a task table. */
export const NON_TASK_TABLE_HEADERS: Record<string, readonly string[]> = {
  goals: ['goal', 'goals', 'objective', 'objetivo', 'цель', 'ziel', 'hedef', '目標', '目标'],
  metrics: [
    'metric',
    'metrics',
    'kpi',
    'measure',
    'métrica',
    'метрика',
    'metrik',
    '指標',
    '基準',
    'criterion',
    'criteria',
    'criterio',
    'критерий',
    'scenario',
    'operation',
    'test',
    'test case',
    'plan',
    'benchmark',
  ],
  gates: ['gate', 'quality gate', 'control', 'control id', 'check', 'requirement'],
  risks: ['risk', 'risk id', 'riesgo', 'risco', 'risque', 'risiko', 'риск', 'risk/issue'],
  events: ['ceremony', 'meeting', 'milestone', 'event', 'reunión', 'встреча', 'hito'],
  people: ['agent', 'member', 'team member', 'person', 'developer', 'participant', 'role'],
  blockers: ['blocker id', 'blocker', 'impediment'],
  reviews: ['pr', 'pr #', 'pull request', 'review'],
  decisions: ['decision', 'decision id', 'decisión'],
  files: ['file', 'files', 'artifact', 'document', 'archivo', 'arquivo', 'файл', 'dosya', 'link'],
};

/** Column headers that mark a metrics-like table wherever they appear (a "Target" column means measurements, not tasks). */
export const TARGET_HEADERS: readonly string[] = [
  'target',
  'threshold',
  'expected',
  'goal',
  'цель',
  'objetivo',
  'meta',
  'hedef',
  'ziel',
  '閾値',
  '目標',
  'cible',
];

/** Words that mark a table's summary row ("**TOTAL**"), which is not a task. */
export const SUMMARY_ROW_WORDS: readonly string[] = [
  'total',
  'totals',
  'overall',
  'sum',
  'итого',
  'всего',
  'toplam',
  'gesamt',
  'summe',
  'totale',
  '合計',
  '合计',
];

/** Placeholder cell values meaning "nothing here". */
export const PLACEHOLDERS: readonly string[] = [
  '-',
  '—',
  '–',
  '--',
  'n/a',
  'na',
  'none',
  'tbd',
  '?',
  '…',
  '...',
  '*(none)*',
  '(none)',
  'ninguno',
  'нет',
  'yok',
  'keine',
  'aucun',
  'aucune',
  'none yet',
  'nothing yet',
  'none so far',
  'none identified',
  'none reported',
  'nothing',
  'nada',
  'nada aún',
  'ninguno aún',
  'nenhum',
  'nenhuma',
  'rien',
  'nichts',
  'ничего',
  'пока нет',
  'hiçbiri',
  'inga',
  'ingen',
  'brak',
  'geen',
  'なし',
  '无',
  '暂无',
];

/** Labels of legend lists ("**Legend**:") whose items redefine status emoji for one document. */
export const LEGEND_LABELS: readonly string[] = ['legend', 'leyenda', 'legenda', 'légende', 'легенда', 'açıklama', 'key', 'status key'];

/** Prefix words of headings/titles that carry an ID ("Task 2.1", "Story 4", "Phase 1", "Tarea #1", "Sprint 9"). */
export const ID_PREFIX_WORDS: readonly string[] = [
  'task',
  'story',
  'user story',
  'phase',
  'sprint',
  'epic',
  'feature',
  'step',
  'stage',
  'issue',
  'ticket',
  'item',
  'us',
  'tarea',
  'historia',
  'fase',
  'etapa',
  'tarefa',
  'história',
  'tâche',
  'étape',
  'aufgabe',
  'schritt',
  'задача',
  'этап',
  'спринт',
  'фаза',
  'görev',
  'aşama',
  'uppgift',
  'steg',
  'スプリント',
  'タスク',
  'フェーズ',
];

/** Prefix words whose number alone is the item's identity: "Task 2.1" and "2.1" are one item; "Story 4" keeps its word. */
export const ID_GENERIC_PREFIX_WORDS: readonly string[] = [
  'task',
  'tarea',
  'tarefa',
  'tâche',
  'aufgabe',
  'задача',
  'görev',
  'uppgift',
  'item',
  'ticket',
  'issue',
  'タスク',
];

/**
 * Words that start a milestone's name ("Milestone 2", "Hito #1", "Marco 3"): a milestone groups or
 * restates work; its heading is never a work item itself.
 */
export const MILESTONE_WORDS: readonly string[] = [
  // An epic groups the stories under it the way a milestone does.
  'epic',
  'épica',
  'épico',
  'epico',
  'эпик',
  'epik',
  'エピック',
  '史诗',
  'milestone',
  'hito',
  'marco',
  'jalon',
  'meilenstein',
  'mijlpaal',
  'веха',
  'контрольная точка',
  'kilometre taşı',
  'milstolpe',
  'マイルストーン',
  '里程碑',
  'pietra miliare',
];

/**
 * Words that name one sprint when a code follows ("Sprint 3", "Спринт 2", "スプリント1", "Iteration 4").
 * Singular only: "Sprints A-E" names several and is not one sprint.
 */
export const SPRINT_WORDS: readonly string[] = [
  'sprint',
  'iteration',
  'iteración',
  'iteração',
  'itération',
  'спринт',
  'итерация',
  'スプリント',
  'イテレーション',
  '스프린트',
  '冲刺',
  '衝刺',
  'sprint no',
  'sprint nr',
  'sprint n°',
  'sprint nº',
];

/** Words that wrap a sprint's number in CJK ordinal form ("第2冲刺", "第3スプリント"): prefix and suffix. */
export const SPRINT_ORDINAL = { prefix: '第', suffix: ['冲刺', '衝刺', 'スプリント', '次スプリント'] } as const;

/**
 * Headings of what a sprint is measured against (goals, success metrics, KPIs): their bullets are
 * notes, and their checkboxes outside every work item are the sprint's checklist, not tasks.
 */
export const TARGET_SECTION_WORDS: readonly string[] = [
  'goals',
  'sprint goals',
  'objectives',
  'objetivos',
  'objectifs',
  'ziele',
  'цели',
  'hedefler',
  '目標',
  '目标',
  'metrics',
  'success metrics',
  'kpis',
  'kpi',
  'métricas',
  'métriques',
  'kennzahlen',
  'метрики',
  'метрики успеха',
  'metrikler',
];

/**
 * Headings of sections that hold notes about the work rather than the work: recommendations, tips,
 * lessons, retrospective remarks, dependencies. Their bullets are not tasks (checkboxes still are).
 */
export const NOTE_SECTION_WORDS: readonly string[] = [
  'recommendations',
  'recommendation',
  'suggestions',
  'tips',
  'advice',
  'notes',
  'lessons learned',
  'learnings',
  'observations',
  'insights',
  'what went well',
  'what could be improved',
  'what went wrong',
  'remarks',
  'recomendaciones',
  'sugerencias',
  'consejos',
  'notas',
  'lecciones aprendidas',
  'observaciones',
  'recomendações',
  'sugestões',
  'dicas',
  'lições aprendidas',
  'observações',
  'recommandations',
  'conseils',
  'remarques',
  'leçons apprises',
  'empfehlungen',
  'hinweise',
  'tipps',
  'anmerkungen',
  'erkenntnisse',
  'рекомендации',
  'советы',
  'заметки',
  'примечания',
  'выводы',
  'tavsiyeler',
  'öneriler',
  'notlar',
  'dersler',
  'rekommendationer',
  'lärdomar',
  'anteckningar',
  '推奨事項',
  '推奨',
  'メモ',
  '注意事項',
  '建议',
  '备注',
  '注意事项',
  // Risks, goals and metrics are what the work is measured against or guarded from, not the work.
  'risks',
  'risk',
  'risk register',
  'riesgos',
  'riscos',
  'risques',
  'risiken',
  'риски',
  'riskler',
  'risker',
  'リスク',
  '风险',
  ...TARGET_SECTION_WORDS,
  // Links to other documents are references, not work ("### Ссылки" / "- 📋 План: `plan.md`").
  'links',
  'references',
  'resources',
  'useful links',
  'related documents',
  'enlaces',
  'referencias',
  'links úteis',
  'referências',
  'liens',
  'références',
  'referenzen',
  'ссылки',
  'полезные ссылки',
  'bağlantılar',
  'kaynaklar',
  'länkar',
  'referenser',
  'リンク',
  '参考',
  '参考资料',
  '链接',
  // What the work depends on (other teams, assets, earlier sprints) is not the work itself.
  'dependencies',
  'external dependencies',
  'зависимости',
  'внешние зависимости',
  'dependencias',
  'dependencias externas',
  'dependências',
  'dépendances',
  'abhängigkeiten',
  'bağımlılıklar',
  'beroenden',
  '依存関係',
  '依赖',
  '依赖项',
];

/**
 * Words of headings that describe the state of things rather than list work ("Status", "Overview",
 * "Summary", "Estado"): a `Status:` field under such a heading, or under a heading inside one, is
 * the state of what is described there, not a work item.
 */
export const OVERVIEW_WORDS: readonly string[] = [
  'status',
  'position',
  'progress',
  'overview',
  'summary',
  'state',
  'estado',
  'situação',
  'resumen',
  'resumo',
  'статус',
  'состояние',
  'обзор',
  'сводка',
  'durum',
  'özet',
  'stand',
  'übersicht',
  'zusammenfassung',
  'statut',
  'aperçu',
  'résumé',
  'översikt',
  'sammanfattning',
  'ステータス',
  '概要',
  '状态',
  '概览',
  '总结',
];

/**
 * Words of headings over summary tables ("Progress Summary", "Overview", "Resumen"): a task table there
 * restates work the document lists in detail elsewhere, when it does.
 */
export const SUMMARY_SECTION_WORDS: readonly string[] = [
  'summary',
  'statistics',
  'stats',
  'estadísticas',
  'estatísticas',
  'statistiques',
  'statistik',
  'statistiken',
  'статистика',
  'istatistikler',
  '統計',
  '统计',
  'overview',
  'resumen',
  'resumo',
  'обзор',
  'сводка',
  'özet',
  'übersicht',
  'zusammenfassung',
  'résumé',
  'aperçu',
  'översikt',
  'sammanfattning',
  '概要',
  '概览',
  '总结',
  'riepilogo',
  'panoramica',
];

/** Words of headings that hold a standup ("Daily Standup", "Daily Scrum", "Стендап"). */
export const STANDUP_WORDS: readonly string[] = [
  'standup',
  'standups',
  'stand-up',
  'stand-ups',
  'daily scrum',
  'daily notes',
  'daily',
  'scrum',
  'дейли',
  'стендап',
  'reunión diaria',
  'daily stand-up',
  'tägliches standup',
  'günlük toplantı',
  'デイリー',
  '站会',
];

/** Words that, in parentheses after a title, say an item goes on from an earlier board ("(continued)"). */
export const CONTINUATION_WORDS: readonly string[] = [
  'continued',
  'cont',
  'cont.',
  'continuación',
  'continuação',
  'suite',
  'fortsetzung',
  'продолжение',
  'devam',
];

/** Words that start a blockers section's heading ("Active Blockers", "Impedimentos", "Блокеры"). */
export const BLOCKER_SECTION_WORDS: readonly string[] = [
  'blockers',
  'blocker',
  'active blockers',
  'current blockers',
  'open blockers',
  'impediments',
  'impediment',
  'bloqueos',
  'bloqueo',
  'bloqueios',
  'bloqueio',
  'блокеры',
  'блокеры и риски',
  'engeller',
  'hinder',
  'blockaden',
  'blocages',
  'ブロッカー',
  '阻塞',
];

/** Words that say a blockers list has none ("None", "No blockers", "Ninguno"), beyond the placeholders. */
export const NO_BLOCKER_WORDS: readonly string[] = [
  'none',
  'no blockers',
  'no blocker',
  'nothing',
  'ninguno',
  'nenhum',
  'нет',
  'yok',
  'keine',
  'aucun',
  'inga',
];

/** Nouns of work items in a declared count ("total_plans: 5", "Completed tasks: 2", "Stories done: 3"). */
export const COUNT_ITEM_NOUNS: readonly string[] = [
  'задач',
  'tâches',
  'aufgaben',
  'tasks',
  'plans',
  'stories',
  'items',
  'issues',
  'tickets',
  'work items',
  'tareas',
  'historias',
  'tarefas',
  'задачи',
  'görevler',
  'features',
  'funcionalidades',
  'fonctionnalités',
  'funktionen',
  'функции',
];

/**
 * Nouns that name one work item before its number in running text ("Story 0.5", "Task 12",
 * "Ticket #4"): how a standup log refers to the work it reports on. The plural nouns above name
 * several ("Stories 0.5 and 0.8").
 */
export const WORK_ITEM_NOUNS: readonly string[] = [
  'task',
  'story',
  'user story',
  'ticket',
  'issue',
  'bug',
  'work item',
  'tarea',
  'historia',
  'tarefa',
  'história',
  'tâche',
  'aufgabe',
  'задача',
  'görev',
  'uppgift',
  'タスク',
];

/** Words that offer alternatives ("COMPLETED or CANCELLED"): states joined by one are a condition, not a status. */
export const DISJUNCTIONS: readonly string[] = ['or', 'o', 'ou', 'oder', 'of', 'eller', 'veya', 'или', 'lub', 'または', '或'];

/** Words that join the items of a list in running text ("0.5 and 0.8", "3 y 4"); commas and "&" join them too. */
export const LIST_CONJUNCTIONS: readonly string[] = ['and', 'y', 'e', 'et', 'und', 'en', 'och', 've', 'и', 'i', 'oraz'];

/** Words of a declared count's kind: the total, or the done part. */
export const COUNT_WORDS: { total: readonly string[]; done: readonly string[] } = {
  total: ['total', 'all', 'planned', 'committed', 'всего'],
  done: ['completed', 'done', 'finished', 'closed', 'завершено', 'completadas', 'concluídas'],
};

/** First-column words of a table that runs by day (a burn-down log): "Day", "Date", "Fecha", "День". */
export const TIMELINE_COLUMN_WORDS: readonly string[] = [
  'day',
  'days',
  'date',
  'dates',
  'días',
  'dias',
  'дни',
  'tage',
  'jours',
  'día',
  'dia',
  'день',
  'tag',
  'jour',
  'gün',
  'datum',
  'fecha',
  'data',
  'dag',
  'giorno',
];

/** First-column words of a table that runs by sprint or week (a velocity log): "Sprint", "Week", "Iteration". */
export const PERIOD_COLUMN_WORDS: readonly string[] = ['sprint', 'iteration', 'week', 'semana', 'semaine', 'woche', 'vecka', 'неделя', 'hafta', 'спринт'];

/** Header words of a velocity log's figures: "Completed", "Velocity", "Planned". */
export const VELOCITY_COLUMN_WORDS: readonly string[] = ['completed', 'velocity', 'planned', 'velocidad', 'velocidade', 'скорость', 'geschwindigkeit'];

/** Last words of a cumulative-progress label in a day section: "Completed", "Overall Progress", "Story Points Done". */
export const COMPLETION_LABEL_WORDS: readonly string[] = ['completed', 'complete', 'done', 'progress', 'completion', 'completado', 'concluído', 'выполнено'];

/** Leading words of a burn-down log's column of work done: "Actual", "Done", "Completed". */
export const ACTUAL_COLUMN_WORDS: readonly string[] = ['actual', 'done', 'completed', 'real', 'фактически', 'gerçek', 'hecho', 'feito'];

/** Leading words of a burn-down log's column of planned scope: "Planned", "Plan", "Target". */
export const PLANNED_COLUMN_WORDS: readonly string[] = ['planned', 'plan', 'target', 'geplant', 'planificado', 'planejado', 'план'];

/**
 * Words in a section heading whose `**Key:** value` lines describe the sprint itself even below
 * the second level ("### Sprint Overview", "### Timeline", "### Resumen"); matched inside the title.
 */
export const METADATA_SECTION_WORDS: readonly string[] = [
  'overview',
  'detail',
  'summary',
  'sprint',
  'timeline',
  'status',
  'progress',
  'resumen',
  'detalles',
  'обзор',
  'velocity',
  'burn',
];

/**
 * Words of headings over example or template text ("Tasks Breakdown (Example)", "Sample board",
 * "Plantilla"): what stands under such a heading illustrates a format and is never work.
 */
export const EXAMPLE_SECTION_WORDS: readonly string[] = [
  'example',
  'examples',
  'sample',
  'template',
  'ejemplo',
  'ejemplos',
  'plantilla',
  'exemplo',
  'exemplos',
  'exemple',
  'exemples',
  'beispiel',
  'beispiele',
  'vorlage',
  'пример',
  'примеры',
  'шаблон',
  'örnek',
  'şablon',
  'exempel',
  'テンプレート',
  '示例',
  '模板',
];
