import { readFileSync } from 'node:fs';
import { buildSprint } from '../../src/reader/index.js';
const f = process.argv[2]!;
const s = buildSprint(readFileSync(f, 'utf8'), f);
const leaves = s.tasks.filter((t) => t.children.length === 0);
const cnt: Record<string, number> = {};
for (const t of leaves) cnt[t.status] = (cnt[t.status] ?? 0) + 1;
console.log('meta', JSON.stringify({ ...s.metadata, fields: undefined }));
console.log('tasks', s.tasks.length, 'leaves', leaves.length, JSON.stringify(cnt));
for (const t of s.tasks)
  console.log(
    `${'  '.repeat(depth(t))}${t.span.line} [${t.status}${t.statusFrom !== 'written' ? `/${t.statusFrom}` : ''}] ${t.id ?? ''} | ${t.title.slice(0, 60)} | ${t.estimate ? t.estimate.value + t.estimate.unit.charAt(0) : ''} ${t.checklist.length ? `chk ${t.checklist.filter((c) => c.done).length}/${t.checklist.length}` : ''} ${t.dependsOn.length ? `deps ${t.dependsOn.join(',')}` : ''} ${t.blockedBy ? `BLOCKED: ${t.blockedBy}` : ''} occ=${t.occurrences.length} §${t.headingPath[t.headingPath.length - 1] ?? ''}`,
  );
function depth(t: { parent: string | null }): number {
  let d = 0;
  let p = t.parent;
  while (p) {
    d++;
    p = s.tasks.find((x) => x.key === p)?.parent ?? null;
  }
  return d;
}
for (const d of s.diagnostics) console.log('diag', d.line, d.severity, d.code, d.message);
console.log('standups', s.standups.length, JSON.stringify(s.standups.slice(0, 2)));
console.log('tables', s.tables.map((t) => `${t.kind}@${t.line}`).join(' '));
