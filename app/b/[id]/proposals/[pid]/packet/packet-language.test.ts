import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { baselineAllocation, type Allocation } from '@/lib/allocation';
import { catalog } from '@/lib/catalog';
import type { LevelKind } from '@/lib/catalog/schema';
import { baselineContent, compareContents } from '@/lib/compare';
import type { Lang } from '@/lib/i18n';
import { norwegianNames, scanBokmal, scanEnglish } from '@/lib/i18n/language-scan';
import type { PacketData } from './packet-load';
import { PacketView } from './packet-view';

/** A proposal that moves every card off today's level, so the packet cites every card's sources. */
function everythingMoves(): PacketData {
  const swap: Partial<Record<LevelKind, LevelKind>> = { kommune: 'stat', spesialisthelsetjenesten: 'kommune', fylkeskommune: 'spesialisthelsetjenesten' };
  const base = baselineAllocation(catalog);
  const allocation: Allocation = {
    levels: [...base.levels, { id: 'stat', kind: 'stat' }, { id: 'interkommunalt', kind: 'interkommunalt' }],
    placements: catalog.responsibilities.map((r, i) => ({ responsibility: r.id, level: swap[r.baselineLevel] ?? 'interkommunalt', order: `a${i}` })),
  };
  const content = { catalogVersion: catalog.version, allocation, custom: [], assumptions: [] };
  const compared = compareContents(baselineContent(catalog), content, catalog);
  if (!compared.ok) throw new Error(`the test proposal does not fit the catalog: ${JSON.stringify(compared.errors)}`);
  const side = { createdAt: null, custom: [] };
  const at = '2026-05-04T10:00:00.000Z';
  return {
    title: 'Verksted Bodø',
    proposal: {
      id: 'forslag1',
      boardId: 'tavle1',
      name: 'Statlig ansvar',
      note: '',
      author: { participantId: 'p1', name: 'Kari Nordmann', organisation: 'KS', role: 'editor' },
      createdAt: at,
      origin: 'board',
      content,
      headline: {},
      // What people type is shown as typed in either language, so the sample uses a word both share.
      openThreads: [
        { id: 't1', anchor: { kind: 'card', id: 'legevakt' }, author: { name: 'Ola Nordmann', organisation: 'Kdf' }, body: 'Finansiering?', stance: null, replies: 0, createdAt: at },
      ],
    },
    comparison: {
      ...compared.value,
      a: { kind: 'baseline', id: null, name: 'Dagens ordning', levels: base.levels, ...side },
      b: { kind: 'proposal', id: 'forslag1', name: 'Statlig ansvar', levels: allocation.levels, ...side },
      share: '/b/tavle1/sammenlign',
    },
    threads: [
      {
        id: 't2',
        boardId: 'tavle1',
        anchor: { kind: 'proposal', id: 'forslag1' },
        status: 'open',
        createdAt: at,
        resolvedAt: null,
        resolvedBy: null,
        comments: [
          { id: 'c1', threadId: 't2', author: { participantId: 'p2', name: 'Ola Nordmann', organisation: 'Kdf', role: 'commenter', verified: true }, body: 'Ja', stance: 'for', mentions: [], createdAt: at, editedAt: null, removedAt: null, removedBy: null },
          { id: 'c2', threadId: 't2', author: { participantId: 'p3', name: 'Anne', organisation: '', role: 'commenter' }, body: 'Nei', stance: 'against', mentions: [], createdAt: at, editedAt: null, removedAt: null, removedBy: null },
        ],
      },
    ],
  };
}

/**
 * The packet's visible text in one language: markup and web addresses taken out, and passages
 * marked as the other language (a web locator, which names a Norwegian table, on the English page).
 */
function visibleText(html: string, lang: Lang): string {
  const other = lang === 'nb' ? 'en' : 'nb';
  return html
    .replace(new RegExp(`<(\\w+)[^>]*\\slang="${other}"[^>]*>[^<]*</\\1>`, 'g'), ' ')
    .replace(/<style[^>]*>[^<]*<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the decision packet as printed', () => {
  it.each(['nb', 'en'] as const)('reads as %s from top to bottom, sources included, with no file names', (lang) => {
    const html = renderToStaticMarkup(createElement(PacketView, { data: everythingMoves(), lang, onLang: () => {} }));
    expect(html).toContain('data-testid="packet-sources"');
    expect(html).toContain('data-testid="packet-input"');
    const text = visibleText(html, lang);
    // One sentence at a time, so a finding points at the sentence that holds it.
    const names = lang === 'nb' ? [] : norwegianNames(catalog);
    const found = text
      .split(/(?<=[.:;!?])\s+/)
      .map((sentence) => ({ sentence, problems: lang === 'nb' ? scanBokmal(sentence, names) : scanEnglish(sentence, names) }))
      .filter((f) => f.problems.length > 0);
    expect(found).toEqual([]);
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{6,}|\.txt\b/);
  });

  it('would catch a seed file name or an English sentence that slipped into the Bokmål packet', () => {
    const html = renderToStaticMarkup(createElement(PacketView, { data: everythingMoves(), lang: 'nb', onLang: () => {} }));
    const planted = visibleText(html.replace('Statlig ansvar', 'This is not translated (003_03a073444dacd5b0.txt, L12-34)'), 'nb');
    expect(scanBokmal(planted).map((p) => p.kind)).toEqual(expect.arrayContaining(['english-in-nb', 'file-name', 'raw-line-ref']));
  });
});
