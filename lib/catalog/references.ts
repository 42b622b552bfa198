import type { Catalog } from './schema';

/**
 * Cross-references zod cannot see: unique ids, and every id a catalog entry names
 * (law, financing, card, stakeholder) existing. Returns one message per broken link.
 */
export function checkCatalogReferences(c: Catalog): string[] {
  const problems: string[] = [];
  const ids = (label: string, list: string[]) => {
    const seen = new Set<string>();
    for (const x of list) {
      if (seen.has(x)) problems.push(`${label}: duplicate id ${x}`);
      seen.add(x);
    }
    return seen;
  };
  const laws = ids('laws', c.laws.map((l) => l.id));
  const financing = ids('financing', c.financing.map((f) => f.id));
  const cards = ids('responsibilities', c.responsibilities.map((r) => r.id));
  const stakeholders = ids('stakeholders', c.stakeholders.map((s) => s.id));
  ids('levels', c.levels.map((l) => l.kind));
  ids('pathways', c.pathways.map((p) => p.id));
  ids('positions', c.positions.map((p) => p.id));
  ids('criteria', c.criteria.map((x) => x.id));
  ids('templates', c.templates.map((t) => t.id));
  const need = (set: Set<string>, value: string, where: string) => {
    if (!set.has(value)) problems.push(`${where}: unknown ${value}`);
  };
  for (const l of c.levels) {
    l.laws.forEach((law) => need(laws, law, `level ${l.kind} law`));
    need(financing, l.financing, `level ${l.kind} financing`);
  }
  for (const r of c.responsibilities) {
    need(laws, r.law, `responsibility ${r.id} law`);
    need(financing, r.financing, `responsibility ${r.id} financing`);
    if (!c.levels.some((l) => l.kind === r.baselineLevel && !l.preset)) {
      problems.push(`responsibility ${r.id}: baseline level ${r.baselineLevel} is not a default level`);
    }
  }
  for (const p of c.pathways) p.steps.forEach((s, i) => need(cards, s.responsibility, `pathway ${p.id} step ${i + 1}`));
  for (const p of c.positions) {
    need(cards, p.responsibility, `position ${p.id}`);
    need(stakeholders, p.stakeholder, `position ${p.id} stakeholder`);
  }
  for (const t of c.templates) {
    t.moves.forEach((m) => need(cards, m.responsibility, `template ${t.id} move`));
    for (const m of t.moves) if (!t.levels.includes(m.to)) problems.push(`template ${t.id}: moves ${m.responsibility} to ${m.to}, which it lacks`);
    for (const r of c.responsibilities) {
      const to = t.moves.find((m) => m.responsibility === r.id)?.to ?? r.baselineLevel;
      if (!t.levels.includes(to)) problems.push(`template ${t.id}: ${r.id} would sit on ${to}, which it lacks`);
    }
  }
  if (!c.templates.some((t) => t.id === 'dagens-ordning' && t.moves.length === 0)) problems.push('templates: no dagens-ordning baseline');
  return problems;
}
