import type { Dictionary } from './index';

// What the live board page shows as it opens: toolbar, columns, cards, status and the openers of
// what loads later. The parts that load when needed keep their texts beside them (join.ts,
// board-forms.ts, drag.ts, unsaved.ts, people.ts, card-details.ts, workshop-banners.ts), so the
// first load carries only these. The e2e tests match a few of them (the move menu,
// announcements, "Vis detaljer om …"), so change those together with tests/e2e.
const nb = {
  'page.loading': 'Åpner tavla …',
  'page.title': 'Ansvarstavla',

  'role.facilitator': 'tilrettelegger',
  'role.editor': 'redaktør',
  'role.commenter': 'kommentator',
  'role.viewer': 'tilskuer',

  'status.connecting': 'Kobler til …',
  'status.connected': 'Tilkoblet',
  'status.offline': 'Frakoblet – endringer lagres på denne enheten og sendes når nettet er tilbake',
  'status.saved': 'Lagret',
  'status.saving': 'Lagrer …',
  'status.local': 'Lagret på enheten, ikke på serveren ennå',
  'status.dropped': 'Ikke lagret',
  'status.retrying': 'Tavla kunne ikke lastes akkurat nå – prøver igjen …',
  'status.closed': 'Tilkoblingen ble stengt: {reason}',
  'status.readOnly': 'Du ser på tavla som {role}. Bare redaktører og tilretteleggere kan flytte kort.',

  'close.4401': 'lenken er ugyldig eller utløpt',
  'close.4403': 'lenken er trukket tilbake',
  'close.4404': 'tavla finnes ikke',
  'close.4409': 'for mange er koblet til tavla akkurat nå',
  'close.4410': 'tavla er slettet',
  'close.4413': 'tavla er full, eller endringen var for stor, så den ble ikke lagret',
  'close.4422': 'endringen bryter grensene for tavla og ble ikke lagret',
  'close.4500': 'tavla kunne ikke lastes akkurat nå',
  'close.other': 'kode {code}',
  'close.replaced': 'lenken er byttet ut; be tilretteleggeren om den nye',

  'toolbar.undo': 'Angre',
  'toolbar.redo': 'Gjør om',
  'toolbar.undoHint': 'Angre din siste flytting (Ctrl+Z)',
  'toolbar.redoHint': 'Gjør om (Ctrl+Shift+Z)',
  'toolbar.language': 'English',
  'toolbar.languageHint': 'Switch to English',
  'toolbar.people': '{count} på tavla',
  'toolbar.you': 'deg',
  // The openers in the toolbar; what they open brings its own texts (own-data.ts, notifications.ts).
  'toolbar.ownData': 'Mine data',
  'toolbar.ownDataHint': 'Se og slett det tavla har lagret om deg',
  'toolbar.bell': 'Varsler',
  'toolbar.bellUnread': 'Varsler, {count} uleste',
  // The same word as the badge's (sign-in.ts), here for the people list, which the first load shows.
  'presence.verified': 'verifisert',
  'people.showAll': '+{hidden}: vis alle {count} deltakere',
  'follow.menuButton': '{initials}: valg for {name}',

  'column.cards': '{count} kort',
  'column.empty': 'Ingen oppgaver her ennå. Dra et kort hit.',
  'column.rename': 'Gi nytt navn',
  'column.left': 'Flytt kolonnen til venstre',
  'column.right': 'Flytt kolonnen til høyre',
  'column.remove': 'Fjern kolonnen',
  'column.removeBlocked': 'Bare tomme kolonner kan fjernes',
  'column.add': 'Legg til nivå',
  'column.addLabel': 'Nivå som skal legges til',
  'column.controls': 'Valg for {level}',

  'card.moved': 'flyttet',
  'card.movedHint': 'Ligger på et annet nivå enn i dag ({level})',
  'card.noCost': 'ingen kildebelagt kostnad',
  'card.noStaff': 'ingen kildebelagte årsverk',
  'card.staff': '{count} årsverk',
  'card.conflicts': '{count} i konflikt',
  'card.conflictsHint': 'Aktørposisjoner som brytes av denne plasseringen',
  'card.comments': '{count} kommentarer',
  'card.assumption': 'antakelse av {author}',
  'card.moveTo': 'Flytt til …',
  'card.moveToLabel': 'Flytt til et annet nivå: {card}',
  'card.readOnly': 'Du har lesetilgang: bare redaktører og tilretteleggere kan flytte kort',
  'lock.hint': 'Tilretteleggeren har låst tavla: kort kan ikke flyttes nå',
  'card.dragging': '{name} drar',
  'details.open': 'Detaljer',
  'details.openLabel': 'Vis detaljer om {card}',

  'custom.add': 'Legg til egen oppgave',

  'announce.moved': '{card} flyttet til {level}.',
  'announce.movedBy': '{name} flyttet {card} til {level}.',

  'panel.heading': 'Konsekvenser mot dagens ordning',
  'panel.repaired': 'Noen oppføringer i tavla var ugyldige og vises på standardplassen: {items}',

  'layout.collapse': 'Skjul sidepanelet',
  'layout.expand': 'Vis sidepanelet',
  'layout.resize': 'Bredde på sidepanelet',
  'layout.resizeValue': '{width} piksler',
  'layout.moreColumns': 'Flere kolonner',
  'layout.earlierColumns': 'Forrige kolonner',
  'layout.levels': 'Vis nivå',
  'layout.sheetClose': 'Lukk panelet',
  'layout.compact': 'Kompakte kort',
  'layout.compactHint': 'Knappene på et kort vises når du peker på det, går til det med tastaturet eller trykker på det',
} as const;

/** The board page's strings in Bokmål; English in en/board.ts. */
export const boardText: Dictionary<typeof nb> = { nb };
