import { describe, expect, it } from 'vitest';
import { allocationFromTemplate } from './allocation';
import { catalog } from './catalog';
import { parseProposalFile, PROPOSAL_FILE_FORMAT, toProposalFile, type ProposalFile } from './proposal-file';
import { headlineOf, type Proposal } from './proposals';

const modell2 = catalog.templates.find((t) => t.id === 'modell-2')!;

function proposal(): Proposal {
  const content = { catalogVersion: catalog.version, allocation: allocationFromTemplate(modell2, catalog), custom: [], assumptions: [] };
  const headline = headlineOf(content, catalog);
  if (!headline.ok) throw new Error(headline.errors.join());
  return {
    id: 'p1',
    boardId: 'b1',
    name: 'Forslag A',
    note: 'Sykehusene til staten',
    author: { participantId: 'kari-0001', name: 'Kari', organisation: 'KS', role: 'editor' },
    createdAt: '2026-11-30T10:00:00.000Z',
    origin: 'board',
    content,
    headline: headline.value,
    openThreads: [],
  };
}

const file = (): ProposalFile => toProposalFile(proposal(), 'Verksted', '2026-11-30T11:00:00.000Z');
const refusal = (raw: unknown) => {
  const r = parseProposalFile(raw, catalog);
  if (r.ok) throw new Error('accepted');
  return r.errors[0]!;
};

describe('proposal files', () => {
  it('accept what they export, through JSON text', () => {
    const text = JSON.stringify(file());
    const parsed = parseProposalFile(JSON.parse(text), catalog);
    expect(parsed.ok && parsed.value).toEqual(file());
  });

  it('refuse anything that is not an object, or of another format, with a message saying so', () => {
    expect(refusal([1, 2]).message).toMatch(/expected a JSON object/);
    expect(refusal(null).message).toMatch(/expected a JSON object/);
    expect(refusal({ ...file(), format: 'miro-board' }).message).toContain(`"${PROPOSAL_FILE_FORMAT}"`);
  });

  it('name the version they read when the schema version differs', () => {
    expect(refusal({ ...file(), schemaVersion: 2 }).message).toBe('unsupported schema version 2: this board reads version 1');
    expect(refusal({ ...file(), schemaVersion: '1' }).message).toMatch(/unsupported schema version "1"/);
  });

  it('list the fields that break the schema, unknown fields included', () => {
    const e = refusal({ ...file(), name: '', extra: true });
    expect(e.message).toMatch(/does not match its schema/);
    expect(Object.keys(e.fields ?? {})).toEqual(expect.arrayContaining(['name', '(file)']));
  });

  it('refuse a card the catalog does not know, naming it', () => {
    const f = file();
    f.content.allocation.placements[0] = { ...f.content.allocation.placements[0]!, responsibility: 'teleportasjon' };
    expect(refusal(f).message).toMatch(/unknown responsibility "teleportasjon"/);
  });

  it('refuse recorded figures that do not follow from the allocation', () => {
    const f = file();
    f.headline.moneyMoved = (f.headline.moneyMoved ?? 0) + 1;
    expect(refusal(f).message).toMatch(/the file was altered/);
  });

  it('recompute rather than compare figures recorded under another catalog version', () => {
    const f = file();
    f.content.catalogVersion = '2020.1.1';
    f.headline.moneyMoved = 1;
    expect(parseProposalFile(f, catalog).ok).toBe(true);
  });
});
