/**
 * Status vocabulary: the words and emoji people write for a task's state, in the languages
 * the corpus uses. Data, not logic: `recognize/status.ts` matches it, a config file can extend it.
 * Phrases are lowercase; the matcher compares whole words, longest phrase first.
 */
import type { StatusName } from './status-name.js';

/** Words and phrases per status, per language, lowercase. */
export const STATUS_WORDS: Record<StatusName, readonly string[]> = {
  done: [
    // en
    'done', 'complete', 'completed', 'finished', 'closed', 'resolved', 'fixed', 'merged', 'shipped',
    'delivered', 'accepted', 'implemented', 'fully implemented', 'code complete', 'production ready',
    'released', 'published', 'verified', 'passing', 'met', 'achieved', 'created', 'maintained',
    // es
    'hecho', 'hecha', 'completado', 'completada', 'completados', 'completadas', 'terminado', 'terminada',
    'finalizado', 'finalizada', 'listo', 'lista', 'cerrado', 'cerrada', 'resuelto', 'implementado',
    // pt
    'concluído', 'concluido', 'concluída', 'completo', 'completa', 'feito', 'feita', 'pronto', 'pronta',
    'entregue', 'implementada', 'realizado', 'realizada', 'completo', 'finalizada',
    // fr
    'terminé', 'terminée', 'fait', 'faite', 'fini', 'finie', 'complété', 'complétée', 'livré', 'livrée', 'résolu',
    // de
    'erledigt', 'fertig', 'abgeschlossen', 'umgesetzt', 'geschlossen',
    // it
    'fatto', 'completato', 'completata',
    // ru
    'готово', 'готов', 'сделано', 'выполнено', 'выполнена', 'завершено', 'завершена', 'завершен', 'завершён',
    'завершены', 'закрыто', 'реализовано',
    // tr
    'tamamlandı', 'tamamlandi', 'bitti', 'tamam', 'tamamlanan',
    // sv
    'klar', 'klart', 'färdig', 'färdigt', 'avklarad',
    // ja / zh
    '完了', '済み', '完成', '已完成', '完了済み',
  ],
  in_progress: [
    'in progress', 'in-progress', 'wip', 'doing', 'started', 'ongoing', 'active', 'partial', 'partially',
    'partially implemented', 'partially completed', 'in review', 'in testing',
    'executing', 'underway', 'under way', 'in development', 
    // es
    'en progreso', 'en curso', 'en proceso', 'en desarrollo', 'parcial', 'iniciado', 'iniciada', 'en revisión',
    // pt
    'em andamento', 'em execução', 'em execucao', 'em progresso', 'em desenvolvimento', 'parcialmente', 'ativo',
    // fr
    'en cours', 'commencé', 'partiel',
    // de
    'in arbeit', 'in bearbeitung', 'begonnen', 'läuft', 'teilweise',
    // ru
    'в работе', 'в процессе', 'выполняется', 'активен', 'активна', 'активно', 'частично', 'текущий',
    // tr
    'devam ediyor', 'kısmen', 'sürüyor',
    // sv
    'pågår', 'påbörjad', 'påbörjat',
    // ja / zh
    '進行中', '作業中', '进行中', '处理中',
  ],
  todo: [
    'todo', 'to do', 'to-do', 'not started', 'planned', 'pending', 'queued', 'backlog', 'open', 
    'next', 'ready', 'scheduled', 'upcoming', 'postponed', 'deferred', 'not yet', 'tbd', 'waiting',
    'not implemented', 'not done', 'remaining', 'missing', 'absent', 'later', 'proposed',
    // es
    'pendiente', 'pendientes', 'por hacer', 'no iniciado', 'no iniciada', 'sin empezar', 'planificado',
    'planificada', 'abierto', 'abierta', 'próximo', 'siguiente',
    // pt
    'pendente', 'pendentes', 'a fazer', 'não iniciado', 'nao iniciado', 'planejado', 'planejada', 'na fila',
    'aguardando', 'ausente', 'próximo',
    // fr
    'à faire', 'a faire', 'en attente', 'prévu', 'prévue', 'planifié', 'non commencé', 'à venir',
    // de
    'offen', 'geplant', 'ausstehend', 'nicht begonnen', 'zu erledigen', 'neu',
    // ru
    'запланировано', 'запланирована', 'не начато', 'не начата', 'в очереди', 'ожидает', 'открыто', 'новая',
    'новое', 'следующий',
    // tr
    'bekliyor', 'beklemede', 'planlandı', 'başlanmadı', 'yapılacak', 'ertelendi',
    // sv
    'att göra', 'planerad', 'planerat', 'ej påbörjad', 'ej påbörjat', 'kvar',
    // ja / zh
    '未着手', '予定', '未完了', '待办', '未开始', '计划中', '待处理',
  ],
  blocked: [
    'blocked', 'on hold', 'stuck', 'impeded', 'waiting on', 'blocking',
    'bloqueado', 'bloqueada', 'bloqué', 'bloquée', 'blockiert', 'заблокировано', 'заблокирована',
    'engellendi', 'engelli', 'blockerad', 'blockerat', 'ブロック', '阻塞', '受阻',
  ],
  cancelled: [
    'cancelled', 'canceled', 'dropped', "won't do", 'wont do', 'wontfix', "won't fix", 'abandoned',
    'descoped', 'obsolete', 'removed', 'skipped', 'not needed',
    'cancelado', 'cancelada', 'descartado', 'descartada', 'annulé', 'annulée', 'abgebrochen', 'verworfen',
    'отменено', 'отменена', 'отменён', 'iptal', 'iptal edildi', 'avbruten', 'avbrutet', '中止', '取消', '已取消',
  ],
};
