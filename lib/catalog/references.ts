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
    if (l.dutyAct) need(laws, l.dutyAct, `level ${l.kind} duty act`);
    need(financing, l.financing, `level ${l.kind} financing`);
  }
  for (const r of c.responsibilities) {
    r.laws.forEach((law) => need(laws, law, `responsibility ${r.id} law`));
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
  ids('sectors', c.sectors.map((x) => x.id));
  for (const sector of c.sectors) sector.responsibilities.forEach((r) => need(cards, r, `sector ${sector.id}`));
  for (const split of c.payerSplits) {
    need(cards, split.responsibility, 'payer split');
    // The parts must add up to the card's own cost, or money would appear or vanish when it moves.
    const cost = c.responsibilities.find((r) => r.id === split.responsibility)?.figures.cost;
    const sum = split.parts.reduce((t, p) => t + p.value, 0);
    if (!cost || !('value' in cost) || cost.value !== sum) problems.push(`payer split ${split.responsibility}: parts add up to ${sum}, not the card's cost`);
    if (split.parts.filter((p) => p.payer === 'operator').length !== 1) problems.push(`payer split ${split.responsibility}: needs exactly one operator part`);
  }
  if (!c.templates.some((t) => t.id === 'dagens-ordning' && t.moves.length === 0)) problems.push('templates: no dagens-ordning baseline');
  return problems;
}
