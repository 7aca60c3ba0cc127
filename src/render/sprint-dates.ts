/** The sprint's date line: "2025-01-24 → 2025-02-04 (12 days)". */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The date line for a start and end as the model stores them; null when neither is known. */
export function formatSprintDates(start: string | null, end: string | null): string | null {
  if (start && end) {
    const days = inclusiveDays(start, end);
    return `${start} → ${end}${days === null ? '' : ` (${days} ${days === 1 ? 'day' : 'days'})`}`;
  }
  if (start) return `starts ${start}`;
  if (end) return `ends ${end}`;
  return null;
}

/** Calendar days from start to end, both counted; null unless both are ISO dates in order. */
export function inclusiveDays(start: string, end: string): number | null {
  const a = isoDay(start);
  const b = isoDay(end);
  if (a === null || b === null || b < a) return null;
  return Math.round((b - a) / DAY_MS) + 1;
}

function isoDay(text: string): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : ms;
}
