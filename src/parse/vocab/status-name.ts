/** The five states a work item can be in; the model's StatusSchema mirrors this list. */
export const STATUS_NAMES = ['todo', 'in_progress', 'done', 'blocked', 'cancelled'] as const;

/** One of the five task states. */
export type StatusName = (typeof STATUS_NAMES)[number];
