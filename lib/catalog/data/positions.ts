import type { Position, Stakeholder } from '../schema';
import { SEEDS } from '../seeds';

const KS = SEEDS.ks;
const KDF = SEEDS.kdf;
const KDIR = SEEDS.kommunedirektorer;
const STMELD = SEEDS.stmeld47;

/** The five actors whose sourced stances the board checks a proposal against. */
export const stakeholders: Stakeholder[] = [
  {
    id: 'ks',
    name: 'KS',
    short: 'KS',
    description: {
      nb: 'Kommunesektorens organisasjon, her med sitt innspill til helsereformen fra 2026.',
      en: 'The association of local and regional authorities, here through its 2026 input to the health reform.',
    },
  },
  {
    id: 'kdf',
    name: 'Kommunedirektørforum (Kdf)',
    short: 'Kdf',
    description: {
      nb: 'Forumet for kommunedirektører, her med «mursteinsmodellen» de sendte Helsereformutvalget i april 2026.',
      en: "The forum of municipal chief executives, here through the 'brick wall' model it sent the committee in April 2026.",
    },
  },
  {
    id: 'kommunedirektorer',
    name: 'Kommunedirektører (notat)',
    short: 'Kommunedirektørene',
    description: {
      nb: 'Et notat til Helsereformutvalget om erfaringer og utfordringer sett fra kommunedirektørene.',
      en: "A note to the health-reform committee on experience and problems as seen by municipal chief executives.",
    },
  },
  {
    id: 'stmeld47',
    name: 'Regjeringen i St.meld. nr. 47 (2008–2009)',
    short: 'St.meld. 47',
    description: {
      nb: 'Regjeringens stortingsmelding om samhandlingsreformen fra 2009, som flyttet tyngdepunktet mot kommunene.',
      en: 'The 2009 government white paper on the coordination reform, which shifted weight towards the kommuner.',
    },
  },
  {
    id: 'utvalget',
    name: 'Helsereformutvalget',
    short: 'Helsereformutvalget',
    description: {
      nb: 'Utvalget som skal foreslå ny organisering av helse- og omsorgstjenestene innen høsten 2026.',
      en: 'The committee that is to propose a new organisation of health and care services by autumn 2026.',
    },
  },
];

/**
 * Sourced stances on where a card belongs, each about one card, in one scope, citing the seed
 * lines it rests on; one stance of one actor is one position. The committee (utvalget) weighs
 * models and takes no stance on single cards.
 */
// Left out on purpose, because the source takes no stance on the card's place: KS on the
// kommuneoverlege (002 L272 is a reason for the fastlege stance, counted there); the
// kommunedirektører on more treatment in the kommune (001 L136-144: a hedged shift of work for
// large patient groups, not where a service sits); St.meld. 47 on ACT teams (003 L6587-6589: it
// will only consider whether they become a municipal duty); KS on sheltered housing (002 L124-126,
// L421: both housing and nursing homes are needed, a reason in the nursing-home stance); the
// kommunedirektører on palliative care at home (001 L99-105: a lack of skills and money, not a
// placement) and on the health communities (001 L57-65: they need a clearer mandate; no card).
// Court-ordered compulsory care has no stance: the committee only asks (004 L625).
export const positions: Position[] = [
  // KS (seed 002)
  {
    id: 'ks-tannhelse',
    stakeholder: 'ks',
    responsibility: 'tannhelse',
    scope: 'ownership',
    stance: 'keep-at',
    levels: ['fylkeskommune'],
    summary: {
      nb: 'KS vil beholde den offentlige tannhelsetjenesten i fylkeskommunen, slik flertallet i NOU 2024:18 og fylkeslederne anbefaler.',
      en: 'KS wants the public dental service to stay with the fylkeskommune, as the majority of NOU 2024:18 and the county leaders advise.',
    },
    sources: [{ ref: KS, locator: 'L11, L228, L244' }],
  },
  {
    // One stance: L264 (keep GPs municipal) and L268 (not steered by the health trusts) say the
    // same thing, and L272 (the kommuneoverlege needs a municipal GP service) is a reason for it.
    id: 'ks-fastlege',
    stakeholder: 'ks',
    responsibility: 'fastlege',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'KS mener fastlegene og resten av allmennlegetjenesten må høre til kommunens tjenester, og advarer mot å flytte styringen av fastlegeordningen til helseforetakene, fordi båndet til de andre kommunale tjenestene og portnerrollen da kan svekkes.',
      en: 'KS holds that fastleger and the rest of the GP service must stay part of municipal services, and warns against moving steering of the fastlege scheme to the health trusts, since the tie to other municipal services and the gatekeeper role could weaken.',
    },
    sources: [{ ref: KS, locator: 'L13, L248, L264-272' }],
  },
  {
    id: 'ks-legevakt-kommune',
    stakeholder: 'ks',
    responsibility: 'legevakt',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune', 'interkommunalt'],
    summary: {
      nb: 'KS vil ha legevakten som en sentral del av kommunens allmennlegetjeneste og beredskap, og viser til at legevakt egner seg godt for samarbeid mellom kommuner.',
      en: 'KS wants legevakt to stay a core part of the kommune’s GP service and preparedness, and notes that legevakt lends itself well to cooperation between kommuner.',
    },
    sources: [{ ref: KS, locator: 'L14, L270, L278-282' }],
  },
  {
    id: 'ks-kad',
    stakeholder: 'ks',
    responsibility: 'kad',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune', 'interkommunalt'],
    summary: {
      nb: 'KS vil utvikle KAD videre som kommunalt tilbud sammen med sykestuer og DMS; skal akuttfunksjonen styrkes, kan KAD legges sammen med dem og eventuelt drives av flere kommuner sammen for å få nok volum og kompetanse.',
      en: 'KS wants KAD developed further as a municipal service together with sykestuer and DMS; if its acute role is to be strengthened, KAD may be co-located with them and possibly run by several kommuner together for volume and skills.',
    },
    sources: [{ ref: KS, locator: 'L30, L405-409' }],
  },
  {
    // [kommune, delt]: KS sees DMS and sykestuer as K–SHT joint models hosted by a vertskommune,
    // and wants that cooperation kept without moving the basic responsibility.
    id: 'ks-dms',
    stakeholder: 'ks',
    responsibility: 'dms',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune', 'delt'],
    summary: {
      nb: 'KS vil styrke sykestuer, DMS og LMS som felles ordninger mellom kommune og sykehus, med kommunen som vertskap, uten at grunnansvaret flyttes.',
      en: 'KS wants sykestuer, DMS and LMS strengthened as joint kommune–hospital arrangements hosted by a kommune, without moving the basic responsibility.',
    },
    sources: [{ ref: KS, locator: 'L30-31, L399, L423' }],
  },
  {
    id: 'ks-sykehjem',
    stakeholder: 'ks',
    responsibility: 'sykehjem',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'KS vil ha sykehjemmene som en integrert del av kommunens tjenester og avviser felles organisering med sykehusets senger utover sykestuesamarbeid.',
      en: 'KS wants sykehjem to stay an integrated part of municipal services and rejects joint organisation with hospital beds beyond sykestue-type cooperation.',
    },
    sources: [{ ref: KS, locator: 'L32, L419-423' }],
  },
  {
    // KS speaks of the whole 'all to the state' model; home nursing with practical help is where
    // municipal health and care are most bound together, so the card is our reading. Ownership:
    // the passage is about the state taking the service, not about the kommune side as such.
    id: 'ks-hjemmetjenester-not-stat',
    stakeholder: 'ks',
    responsibility: 'hjemmetjenester',
    scope: 'ownership',
    stance: 'not-at',
    levels: ['stat'],
    summary: {
      nb: 'KS påpeker at modellen «alt til staten» forutsetter at kommunens samlede helse- og omsorgstjenester deles opp, og finner den lite egnet når det gjelder beredskap og omstillingskostnader. At dette gjelder hjemmetjenestene, er vår lesning.',
      en: "KS points out that the 'all to the state' model assumes the kommune's joined-up health and care services can be split, and finds it ill suited as regards preparedness and change costs. That this concerns home-based care is our reading.",
    },
    sources: [{ ref: KS, locator: 'L176, L189' }],
  },
  {
    id: 'ks-folkehelse',
    stakeholder: 'ks',
    responsibility: 'folkehelse',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'KS peker på at forebygging i stor grad skjer i kommunene, ofte utenfor helsetjenesten, og mener at å skille deler av primærhelsetjenesten ut av kommunene svekker koblingen mellom forebygging, behandling og oppfølging.',
      en: 'KS points out that prevention largely happens in the kommuner, often outside the health service, and holds that splitting parts of primary care out of the kommuner weakens the link between prevention, treatment and follow-up.',
    },
    sources: [{ ref: KS, locator: 'L205, L248' }],
  },
  {
    id: 'ks-sikkerhetspsykiatri',
    stakeholder: 'ks',
    responsibility: 'sikkerhetspsykiatri',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['spesialisthelsetjenesten'],
    summary: {
      nb: 'KS sier kommunene verken kan eller skal gi sikkerhetspsykiatri, og at ansvaret må ligge klart i spesialisthelsetjenesten.',
      en: 'KS says kommuner can neither provide nor be responsible for secure psychiatry, so it must sit clearly in the specialist service.',
    },
    sources: [{ ref: KS, locator: 'L292-294' }],
  },
  {
    id: 'ks-tsb',
    stakeholder: 'ks',
    responsibility: 'tsb',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['spesialisthelsetjenesten'],
    summary: {
      nb: 'KS vil at spesialisthelsetjenesten har nok døgnplasser i rusbehandlingen (TSB) til å bære sitt ansvar, også for lange nok opphold.',
      en: 'KS wants the specialist service to keep enough inpatient TSB capacity to carry its responsibility, including long enough stays.',
    },
    sources: [{ ref: KS, locator: 'L15, L286' }],
  },
  {
    // KS speaks of psykisk helsevern døgn in general; DPS is the card that holds it here.
    id: 'ks-dps',
    stakeholder: 'ks',
    responsibility: 'dps',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['spesialisthelsetjenesten'],
    summary: {
      nb: 'KS vil at sykehusene tar et større ansvar for alvorlig psykisk syke og har nok døgnkapasitet i psykisk helsevern, i stedet for at oppgavene glir over til kommunene.',
      en: 'KS wants hospitals to take more responsibility for severe mental illness and keep enough inpatient psychiatric capacity, rather than letting the work drift to the kommuner.',
    },
    sources: [{ ref: KS, locator: 'L15, L262, L288' }],
  },
  {
    // Care-level, not ownership: L174-176 quote the committee's mandate (state-owned trusts), not
    // KS, and KS sets the organisation of specialist care aside (L72), so a new owner is no breach.
    id: 'ks-sykehus',
    stakeholder: 'ks',
    responsibility: 'sykehus',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['spesialisthelsetjenesten'],
    summary: {
      nb: 'KS vil bygge videre på dagens ansvarsdeling mellom kommunene og spesialisthelsetjenesten, som sykehusene hører til, fremfor å flytte ansvar. Hvordan spesialisthelsetjenesten organiseres og eies, for eksempel foretaksmodellen, holder KS utenfor dette innspillet.',
      en: 'KS wants to build on today’s division of responsibility between the kommuner and specialist care, where hospitals belong, rather than move responsibility. How specialist care is organised and owned, the health-trust model for example, KS leaves out of this input.',
    },
    sources: [{ ref: KS, locator: 'L72, L232, L240' }],
  },
  {
    // Financing: KS asks to lift the duty to pay for mental health and substance use patients only;
    // no placement of the whole card shows a change for one group, so it is listed, not counted.
    id: 'ks-utskrivningsklare',
    stakeholder: 'ks',
    responsibility: 'utskrivningsklare',
    scope: 'financing',
    stance: 'move-to',
    levels: ['spesialisthelsetjenesten'],
    summary: {
      nb: 'KS vil fjerne kommunenes betalingsplikt for utskrivningsklare pasienter innen rus og psykisk helse, og mener betalingsplikten ofte ikke virker etter hensikten, fordi det er sykehuset som avgjør når en pasient er utskrivningsklar.',
      en: 'KS wants to lift the kommuner’s duty to pay for discharge-ready patients in mental health and substance use care, and holds that the duty often fails its purpose, since it is the hospital that decides when a patient is ready for discharge.',
    },
    sources: [{ ref: KS, locator: 'L134-136, L146' }],
  },

  // Kommunedirektørforum (seed 000)
  {
    id: 'kdf-folkehelse',
    stakeholder: 'kdf',
    responsibility: 'folkehelse',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'Kdf ser forebygging og tidlig innsats som kommunens grunnmur og advarer mot å ta oppgaver fra kommunene, fordi helheten da svekkes.',
      en: 'Kdf sees prevention and early help as the kommune’s foundation and warns that taking tasks away from kommuner weakens the whole.',
    },
    sources: [{ ref: KDF, locator: 'L68-70' }],
  },
  {
    id: 'kdf-sykehjem',
    stakeholder: 'kdf',
    responsibility: 'sykehjem',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'Kdf vil beholde de langvarige tjenestene i kommunene og peker på at mer statlig drift gir risiko for høyere kostnader.',
      en: 'Kdf wants long-term care kept in the kommuner and warns that more state-run services risk higher costs.',
    },
    sources: [{ ref: KDF, locator: 'L68-70, L118' }],
  },
  {
    id: 'kdf-hjemmetjenester',
    stakeholder: 'kdf',
    responsibility: 'hjemmetjenester',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'Kdf regner oppfølging og langvarige tjenester som kommunens kjerne og mener at å bygge ned kommunehelsetjenesten svekker beredskapen.',
      en: 'Kdf counts follow-up and long-term services as the kommune’s core and holds that shrinking municipal health care weakens preparedness.',
    },
    sources: [{ ref: KDF, locator: 'L68-70, L110' }],
  },

  // Kommunedirektørene (seed 001)
  {
    id: 'kommunedirektorer-folkehelse',
    stakeholder: 'kommunedirektorer',
    responsibility: 'folkehelse',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'Notatet ser det som en styrke at kommunen samler folkehelse, forebygging, behandling og omsorg i én struktur nær innbyggerne.',
      en: 'The note sees it as a strength that the kommune holds public health, prevention, treatment and care in one structure close to residents.',
    },
    sources: [{ ref: KDIR, locator: 'L121-129' }],
  },
  {
    id: 'kommunedirektorer-sykehjem',
    stakeholder: 'kommunedirektorer',
    responsibility: 'sykehjem',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'Notatet vil ha tjenestene så lokalt som mulig og understreker at kommunale sykehjem i praksis gir spesialisert helsehjelp som ikke må undervurderes.',
      en: 'The note wants services as local as possible and stresses that municipal sykehjem in practice already give specialised care that must not be underrated.',
    },
    sources: [{ ref: KDIR, locator: 'L126-134' }],
  },
  {
    // Framed as a question; it places DMS in kommunehelsetjenesten (where the committee's
    // slide already has it, seed 004 L543-548) and would widen its content, not move the card.
    id: 'kommunedirektorer-dms',
    stakeholder: 'kommunedirektorer',
    responsibility: 'dms',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'Notatet spør om deler av lokalsykehusmodellen kan videreføres i kommunehelsetjenesten gjennom DMS, og viser til gode erfaringer med lokal behandling støttet av spesialisthelsetjenesten.',
      en: 'The note asks whether parts of the local-hospital model could carry on inside the municipal health service through DMS, citing good experience with local care backed by the specialist service.',
    },
    sources: [{ ref: KDIR, locator: 'L146-151' }],
  },

  // Regjeringen i St.meld. nr. 47 (seed 003)
  {
    id: 'stmeld47-fastlege',
    stakeholder: 'stmeld47',
    responsibility: 'fastlege',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'Meldingen vil at veksten i legeressurser skal komme i kommunene og at kommunene skal styre fastlegene tydeligere.',
      en: 'The paper wants growth in doctors to go to the kommuner and the kommuner to steer fastleger more firmly.',
    },
    sources: [{ ref: STMELD, locator: 'L2363-2365, L2733-2749' }],
  },
  {
    id: 'stmeld47-legevakt',
    stakeholder: 'stmeld47',
    responsibility: 'legevakt',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune', 'interkommunalt'],
    summary: {
      nb: 'Meldingen beskriver legevakt som kommunalt organisert, ofte felles for flere kommuner, og vurderer å gjøre den til en offentlig legeoppgave kommunen kan pålegge.',
      en: 'The paper treats legevakt as municipally run, often shared by several kommuner, and considers making it a public GP duty the kommune can impose.',
    },
    sources: [{ ref: STMELD, locator: 'L8330-8334, L8484-8496, L12381-12386' }],
  },
  {
    id: 'stmeld47-kommuneoverlege',
    stakeholder: 'stmeld47',
    responsibility: 'kommuneoverlege',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune', 'interkommunalt'],
    summary: {
      nb: 'Meldingen vurderer å gjøre kommunelegens rolle i kommunens planlegging tydeligere, og sier at mindre kommuner bør vurdere å samarbeide om samfunnsmedisin.',
      en: 'The paper considers making the municipal medical officer’s role in local planning clearer, and says smaller kommuner should consider sharing community medicine.',
    },
    sources: [{ ref: STMELD, locator: 'L7012-7019, L8514-8518' }],
  },
  {
    id: 'stmeld47-folkehelse',
    stakeholder: 'stmeld47',
    responsibility: 'folkehelse',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'Regjeringen vil styrke forebygging gjennom mer frie inntekter til kommunene og forankre innsatsen i kommunale planer.',
      en: 'The government wants to strengthen prevention through more free income for the kommuner and anchor the work in municipal plans.',
    },
    sources: [{ ref: STMELD, locator: 'L2652-2666' }],
  },
  {
    id: 'stmeld47-folkehelse-fylke',
    stakeholder: 'stmeld47',
    responsibility: 'folkehelse-fylke',
    scope: 'ownership',
    stance: 'keep-at',
    levels: ['fylkeskommune'],
    summary: {
      nb: 'Etter forslaget til ny folkehelselov skal fylkeskommunen støtte kommunenes arbeid med oversikt over helsetilstanden.',
      en: 'Under the proposed public health act, the fylkeskommune is to support the kommuner’s work on mapping local health.',
    },
    sources: [{ ref: STMELD, locator: 'L7864-7871' }],
  },
  {
    id: 'stmeld47-svangerskap',
    stakeholder: 'stmeld47',
    responsibility: 'svangerskap',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune', 'interkommunalt'],
    summary: {
      nb: 'Regjeringen vil at jordmortjenesten fortsatt er kommunal, med avtaler med helseforetaket, og at mindre kommuner samarbeider om den.',
      en: 'The government wants the local midwife service to stay municipal, with agreements with the health trust, and smaller kommuner to run it jointly.',
    },
    sources: [{ ref: STMELD, locator: 'L6700-6710, L6718-6721' }],
  },
  {
    id: 'stmeld47-kad',
    stakeholder: 'stmeld47',
    responsibility: 'kad',
    scope: 'care-level',
    stance: 'move-to',
    levels: ['kommune', 'interkommunalt'],
    summary: {
      nb: 'Meldingen vurderer å bygge opp kommunale døgnplasser før, i stedet for og etter sykehusopphold, i den enkelte kommune eller gjennom kommunesamarbeid.',
      en: 'The paper considers building municipal beds for use before, instead of and after a hospital stay, in single kommuner or through cooperation between them.',
    },
    sources: [{ ref: STMELD, locator: 'L5233-5239, L5350-5359, L5445-5448' }],
  },
  {
    id: 'stmeld47-dms',
    stakeholder: 'stmeld47',
    responsibility: 'dms',
    scope: 'care-level',
    stance: 'move-to',
    levels: ['kommune', 'interkommunalt'],
    summary: {
      nb: 'Regjeringen vil vurdere hvordan lokalmedisinske sentre skal reguleres som kommunal oppgave, der kommunen eller et kommunesamarbeid velger funksjonene, også de sykestuer og DMS har i dag.',
      en: 'The government will consider how to regulate local medical centres as a municipal task, with the kommune or a group of kommuner choosing their functions, including those of today’s sykestuer and DMS.',
    },
    sources: [{ ref: STMELD, locator: 'L5450-5457, L6147-6151' }],
  },
  {
    id: 'stmeld47-rehabilitering-kommune',
    stakeholder: 'stmeld47',
    responsibility: 'rehabilitering-kommune',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'Regjeringen vil vurdere å gi kommunene ansvar for store rehabiliteringsgrupper som i dag får tilbud i spesialisthelsetjenesten, med døgnplasser nær hjemmet.',
      en: 'The government will consider giving the kommuner responsibility for large rehabilitation groups now served by the specialist service, using beds close to home.',
    },
    sources: [{ ref: STMELD, locator: 'L5748-5760' }],
  },
  {
    id: 'stmeld47-rehabilitering-spesialist',
    stakeholder: 'stmeld47',
    responsibility: 'rehabilitering-spesialist',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['spesialisthelsetjenesten'],
    summary: {
      nb: 'Meldingen holder fast ved at spesialisthelsetjenesten skal ha rehabilitering som krever spesialkompetanse eller utstyr, og utredning ved komplikasjoner.',
      en: 'The paper holds that the specialist service keeps rehabilitation needing special skills or equipment, and assessment when there are complications.',
    },
    sources: [{ ref: STMELD, locator: 'L5689-5699' }],
  },
  {
    id: 'stmeld47-psykisk-helse-rus-kommune',
    stakeholder: 'stmeld47',
    responsibility: 'psykisk-helse-rus-kommune',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune'],
    summary: {
      nb: 'Etter prinsippet om beste effektive omsorgsnivå bør lavterskeltilbud i psykisk helse fortsatt ligge i kommunen; meldingen nevner også forsterkede bo- og tjenestetilbud ved psykiske lidelser og lavterskel helsetilbud til rusavhengige blant mulige kommunale oppgaver.',
      en: 'Under the best-effective-level principle, low-threshold mental health care should stay in the kommune; the paper also lists reinforced housing and services for mental illness, and low-threshold health care for drug users, among possible municipal tasks.',
    },
    sources: [{ ref: STMELD, locator: 'L5247-5256, L6493-6496' }],
  },
  {
    // Financing: the decision moves fee talks and money from folketrygden to the regional health
    // authorities. The card already sits with specialist care; the board cannot see who pays it.
    id: 'stmeld47-avtalespesialister',
    stakeholder: 'stmeld47',
    responsibility: 'avtalespesialister',
    scope: 'financing',
    stance: 'move-to',
    levels: ['spesialisthelsetjenesten'],
    summary: {
      nb: 'Regjeringen vil flytte takstforhandlingene og pengene for avtalespesialistene fra staten og folketrygden til de regionale helseforetakene, for å knytte dem til sørge-for-ansvaret.',
      en: 'The government wants to move fee negotiations and money for contract specialists from the state and folketrygden to the regional health authorities, tying them to their duty to provide.',
    },
    sources: [{ ref: STMELD, locator: 'L10134-10146' }],
  },
  {
    // Care-level: the model set aside gives the kommuner (alone or made to cooperate, L10286-10288)
    // the duty to provide all health services, so the kommune side as a whole is excluded.
    id: 'stmeld47-sykehus-not-kommune',
    stakeholder: 'stmeld47',
    responsibility: 'sykehus',
    scope: 'care-level',
    stance: 'not-at',
    levels: ['kommune'],
    summary: {
      nb: 'Regjeringen foreslår ikke den finske modellen med kommunalt ansvar for alt, fordi den krever at statens eierskap til sykehusene avvikles og at kommunestrukturen endres.',
      en: 'The government does not propose the Finnish model of full municipal responsibility, since it would end state ownership of hospitals and require a new municipal structure.',
    },
    sources: [{ ref: STMELD, locator: 'L10232-10236, L10282-10291' }],
  },
  {
    // Service form: the stance is that a contact person must exist in the services, wherever the
    // card sits; no placement shows it.
    id: 'stmeld47-koordinator',
    stakeholder: 'stmeld47',
    responsibility: 'koordinator',
    scope: 'service-form',
    stance: 'keep-at',
    levels: ['kommune', 'spesialisthelsetjenesten'],
    summary: {
      nb: 'Regjeringen vil lovfeste at pasienter med behov for koordinerte tjenester får en fast kontaktperson, lagt til en vanlig stilling i tjenestene som følger pasienten.',
      en: 'The government wants a legal duty to give patients needing coordinated care one contact person, added to an ordinary job in the services that follow the patient.',
    },
    sources: [{ ref: STMELD, locator: 'L4812-4838' }],
  },
  {
    // Care-level: the paper moves the responsibility for the patients and its resources, not only a
    // payment, to the kommuner (L3060-3063), so the card's side is what the stance is about.
    id: 'stmeld47-utskrivningsklare',
    stakeholder: 'stmeld47',
    responsibility: 'utskrivningsklare',
    scope: 'care-level',
    stance: 'move-to',
    levels: ['kommune', 'interkommunalt'],
    summary: {
      nb: 'Regjeringen vil gi kommunene ansvaret og pengene for utskrivningsklare pasienter, med plikt til å betale for dem som blir liggende på sykehus, for å gjøre det lønnsomt å bygge billigere kommunale plasser. Små kommuner kan dempe risikoen ved å samarbeide.',
      en: 'The government wants to give the kommuner the responsibility and the money for discharge-ready patients, with a duty to pay for those who stay in hospital, to make cheaper municipal places worth building. Small kommuner can lower the risk by cooperating.',
    },
    sources: [{ ref: STMELD, locator: 'L3057-3076, L3093-3098, L9920-9924' }],
  },
  {
    // Financing: the kommune pays a share while the specialist service keeps the treatment (L9394-9399);
    // on today's board, which has no such share, a counted stance would read as broken.
    id: 'stmeld47-medfinansiering',
    stakeholder: 'stmeld47',
    responsibility: 'kommunal-medfinansiering',
    scope: 'financing',
    stance: 'move-to',
    levels: ['kommune', 'interkommunalt'],
    summary: {
      nb: 'Regjeringen vil innføre kommunal medfinansiering av spesialisthelsetjenesten, slik at kommunene får et økonomisk medansvar og grunn til å satse på forebygging og tilbud på lavere nivå.',
      en: 'The government wants to introduce municipal co-financing of specialist care, giving the kommuner a share of the financial responsibility and a reason to invest in prevention and care at a lower level.',
    },
    sources: [{ ref: STMELD, locator: 'L9387-9399, L9415-9427' }],
  },
  {
    id: 'stmeld47-palliasjon',
    stakeholder: 'stmeld47',
    responsibility: 'palliasjon',
    scope: 'care-level',
    stance: 'keep-at',
    levels: ['kommune', 'interkommunalt'],
    summary: {
      nb: 'Meldingen regner lindrende behandling blant de døgntilbudene kommunene bør ha, og vil ha kommunale palliative enheter som samarbeider tett med sykehusenes enheter og gjør hele den kommunale tjenesten mer kompetent.',
      en: 'The paper counts palliative care among the bed services the kommuner should offer, and wants municipal palliative units working closely with the hospitals’ units and making the whole municipal service more skilled.',
    },
    sources: [{ ref: STMELD, locator: 'L5233-5239, L5619-5632' }],
  },
];
