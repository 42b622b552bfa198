import type { Pathway } from '../schema';
import { SEEDS } from '../seeds';

const KS = SEEDS.ks;
const MELD47 = SEEDS.stmeld47;
const UTVALGET = SEEDS.utvalget;

/**
 * Patient pathways: ordered walks of one patient group through the cards. The four
 * 'committee' groups are the committee's own (seed 004); the steps are read from St.meld. 47.
 */
export const pathways: Pathway[] = [
  {
    id: 'skrope-eldre',
    name: { nb: 'Skrøpelige eldre', en: 'Frail elderly' },
    group: 'committee',
    description: {
      nb: 'En eldre person med flere sykdommer bor hjemme med hjelp og følges av fastlegen. Ved forverring utenom kontortid kommer legevakten, og pasienten får først en kommunal akutt døgnplass og deretter eventuelt sykehusinnleggelse. Når sykehuset melder pasienten utskrivningsklar, har kommunen ansvaret og betaler for døgnene pasienten blir liggende og vente. Veien hjem går via en kommunal korttidsplass, med fastlegen som følger opp. Forløpet er satt sammen fra St.meld. 47, med KAD slik KS beskriver bruken i dag.',
      en: 'An older person with several illnesses lives at home with help and is followed by the fastlege. When the condition worsens out of hours the legevakt comes, and the patient first gets a municipal acute bed (KAD) and then, if needed, a hospital admission. Once the hospital reports the patient ready for discharge, the kommune is responsible and pays for the days the patient stays on waiting. The way home goes through a municipal short-term bed, with the fastlege following up. The pathway is assembled from St.meld. 47, with KAD as KS describes its use today.',
    },
    steps: [
      {
        responsibility: 'hjemmetjenester',
        what: { nb: 'Bor hjemme med hjemmetjenester', en: 'Lives at home with home care' },
        source: { ref: MELD47, locator: 'L3954-3956' },
      },
      {
        responsibility: 'fastlege',
        what: { nb: 'Fastlegen følger opp, men ordningen fungerer dårligere for eldre som ikke selv kommer seg til legekontoret', en: 'The fastlege follows up, though the scheme works less well for older people who cannot get to the surgery on their own' },
        source: { ref: MELD47, locator: 'L8393-8405' },
      },
      {
        responsibility: 'legevakt',
        what: { nb: 'Fastlegen drar ikke alltid hjem til pasienten, så hjemmetjenesten tilkaller ofte legevakt ved forverring', en: 'The fastlege does not always make home visits, so home care often calls the legevakt when the condition worsens' },
        source: { ref: MELD47, locator: 'L8447-8455' },
      },
      {
        responsibility: 'kad',
        what: { nb: 'Kommunal akutt døgnplass før eller i stedet for innleggelse', en: 'Municipal acute bed before or instead of admission' },
        source: { ref: KS, locator: 'L407-409' },
      },
      {
        responsibility: 'sykehus',
        what: { nb: 'Innleggelse når forverringen krever sykehus', en: 'Admission when the worsening needs a hospital' },
        source: { ref: MELD47, locator: 'L3956-3961' },
      },
      {
        // The point where the patient passes to the kommune, held by the card for the duty to pay.
        responsibility: 'utskrivningsklare',
        what: {
          nb: 'Meldt utskrivningsklar: kommunen har ansvaret og betaler, men pasienten blir ofte liggende og vente på et kommunalt tilbud',
          en: 'Reported ready for discharge: the kommune is responsible and pays, but the patient often stays on waiting for a municipal place',
        },
        source: { ref: MELD47, locator: 'L5320-5322, L9920-9924' },
      },
      {
        responsibility: 'sykehjem',
        what: { nb: 'Korttids- eller intermediærplass i kommunal institusjon etter utskriving', en: 'Short-term or intermediate bed in a municipal institution after discharge' },
        source: { ref: MELD47, locator: 'L9143-9151' },
      },
      {
        responsibility: 'hjemmetjenester',
        what: { nb: 'Hjem igjen med hjemmesykepleie', en: 'Back home with home nursing' },
        source: { ref: MELD47, locator: 'L5716-5720' },
      },
      {
        responsibility: 'fastlege',
        what: { nb: 'Kontrolltime hos fastlegen, bestilt før utskriving', en: 'Follow-up with the fastlege, booked before discharge' },
        source: { ref: MELD47, locator: 'L9136-9137' },
      },
    ],
    sources: [
      { ref: UTVALGET, locator: 'L602-605, L607' },
      { ref: MELD47, locator: 'L3837-3861, L3954-3961, L5320-5322, L8393-8455, L9920-9924' },
      { ref: KS, locator: 'L136, L146, L207, L407-409' },
    ],
  },
  {
    id: 'kronisk-syke',
    name: { nb: 'Personer med flere kroniske tilstander', en: 'People with several chronic conditions' },
    group: 'committee',
    description: {
      nb: 'En person med for eksempel kols eller type 2-diabetes fanges opp av fastlegen, får lavterskel livsstilshjelp i kommunen, og ved forverring en kommunal akuttplass før eventuell sykehusinnleggelse. Forløpet er satt sammen fra St.meld. 47.',
      en: 'A person with, for example, COPD (kols) or type 2 diabetes is picked up by the fastlege, gets low-threshold lifestyle help in the kommune and, when the condition worsens, a municipal acute bed before any hospital stay. The pathway is assembled from St.meld. 47.',
    },
    steps: [
      {
        responsibility: 'fastlege',
        what: { nb: 'Finner risikopersoner og koordinerer den medisinske oppfølgingen', en: 'Identifies people at risk and coordinates medical follow-up' },
        source: { ref: MELD47, locator: 'L8032-8035' },
      },
      {
        responsibility: 'folkehelse',
        what: { nb: 'Lavterskeltilbud (frisklivssentral) for aktivitet, kosthold og røykeslutt', en: 'Low-threshold offer (frisklivssentral) for exercise, diet and quitting smoking' },
        source: { ref: MELD47, locator: 'L8019-8026' },
      },
      {
        responsibility: 'kad',
        what: { nb: 'Observasjonsseng i kommunen ved forverring', en: 'Municipal observation bed when the condition flares up' },
        source: { ref: MELD47, locator: 'L5507-5513' },
      },
      {
        responsibility: 'sykehus',
        what: { nb: 'Rask («halvakutt») poliklinisk vurdering på sykehuset', en: 'Prompt ("halvakutt") outpatient assessment at the hospital' },
        source: { ref: MELD47, locator: 'L9179-9180' },
      },
      {
        responsibility: 'fastlege',
        what: { nb: 'Fastlegen følger opp etter sykehuset', en: 'The fastlege follows up after hospital' },
        source: { ref: MELD47, locator: 'L9136-9137' },
      },
    ],
    sources: [
      { ref: UTVALGET, locator: 'L602-605, L609' },
      { ref: MELD47, locator: 'L3903-3907, L4100-4104, L4114-4124' },
      { ref: KS, locator: 'L207' },
    ],
  },
  {
    id: 'barn-unge',
    name: { nb: 'Barn og unge med store og sammensatte behov', en: 'Children and young people with complex needs' },
    group: 'committee',
    description: {
      nb: 'Et barn med psykiske plager eller funksjonsnedsettelse fanges opp på helsestasjon eller skole, henvises til BUP, og følges videre opp i kommunen med en fast koordinator og habilitering der barnet lever. Forløpet er satt sammen fra St.meld. 47.',
      en: 'A child with mental health problems or a disability is picked up at the helsestasjon or school, referred to BUP, and then followed up in the kommune with a named coordinator and habilitation where the child lives. The pathway is assembled from St.meld. 47.',
    },
    steps: [
      {
        responsibility: 'helsestasjon',
        what: { nb: 'Tidlig hjelp på helsestasjon og i skolehelsetjenesten', en: 'Early help at the helsestasjon and school health service' },
        source: { ref: MELD47, locator: 'L8098-8105' },
      },
      {
        responsibility: 'fastlege',
        what: { nb: 'Fastlegen henviser videre til spesialisthelsetjenesten', en: 'The fastlege refers on to specialist care' },
        source: { ref: MELD47, locator: 'L8628-8635' },
      },
      {
        responsibility: 'bup',
        what: { nb: 'Utredning og behandling i BUP, poliklinisk og ambulant', en: 'Assessment and treatment at BUP, outpatient and ambulant' },
        source: { ref: MELD47, locator: 'L6326-6333' },
      },
      {
        responsibility: 'koordinator',
        what: { nb: 'Fast kontaktperson som koordinerer tjenestene', en: 'A named contact person who coordinates the services' },
        source: { ref: MELD47, locator: 'L4812-4828' },
      },
      {
        responsibility: 'rehabilitering-kommune',
        what: { nb: 'Habilitering i hjemmet, barnehagen og skolen', en: 'Habilitation at home, in kindergarten and at school' },
        source: { ref: MELD47, locator: 'L5742-5746' },
      },
    ],
    sources: [
      { ref: UTVALGET, locator: 'L602-605, L611' },
      { ref: MELD47, locator: 'L4277-4282, L6326-6343' },
      { ref: KS, locator: 'L207' },
    ],
  },
  {
    id: 'psykisk-rus',
    name: { nb: 'Personer med psykiske lidelser og rusmiddelproblemer', en: 'People with mental illness and substance use problems' },
    group: 'committee',
    description: {
      nb: 'En person med psykisk lidelse og rusproblemer møtes av et lavterskeltilbud, henvises via fastlegen til DPS og rusbehandling, og følges etterpå av et oppsøkende team og med bolig og oppfølging i kommunen. Forløpet er satt sammen fra St.meld. 47.',
      en: 'A person with mental illness and substance use problems meets a low-threshold service, is referred by the fastlege to a DPS and to substance use treatment, and is then followed by an outreach team and given housing and follow-up in the kommune. The pathway is assembled from St.meld. 47.',
    },
    steps: [
      {
        responsibility: 'psykisk-helse-rus-kommune',
        what: { nb: 'Lavterskel helsetilbud der brukeren er', en: 'Low-threshold health service where the user is' },
        source: { ref: MELD47, locator: 'L6593-6595' },
      },
      {
        responsibility: 'fastlege',
        what: { nb: 'Lege eller sosialtjeneste henviser til spesialisthelsetjenesten', en: 'A doctor or the social services refer to specialist care' },
        source: { ref: MELD47, locator: 'L6384-6385' },
      },
      {
        responsibility: 'dps',
        what: { nb: 'DPS utreder og behandler poliklinisk, ambulant eller med døgnopphold', en: 'The DPS assesses and treats as outpatient, ambulant or inpatient' },
        source: { ref: MELD47, locator: 'L6317-6324' },
      },
      {
        responsibility: 'tsb',
        what: { nb: 'Avrusning og kort- eller langtidsbehandling i institusjon', en: 'Detox and short- or long-term treatment in an institution' },
        source: { ref: MELD47, locator: 'L6377-6382' },
      },
      {
        responsibility: 'fact',
        what: { nb: 'Oppsøkende team (ACT) følger brukeren der hen bor', en: 'An outreach team (ACT) follows the user where they live' },
        source: { ref: MELD47, locator: 'L6564-6571' },
      },
      {
        responsibility: 'psykisk-helse-rus-kommune',
        what: { nb: 'Forsterket bolig og oppfølging i kommunen', en: 'Supported housing and follow-up in the kommune' },
        source: { ref: MELD47, locator: 'L6511-6516' },
      },
    ],
    sources: [
      { ref: UTVALGET, locator: 'L602-605, L613' },
      { ref: MELD47, locator: 'L3909-3920, L3932-3935' },
      { ref: KS, locator: 'L207, L290' },
    ],
  },
  {
    id: 'akutt-distrikt',
    name: { nb: 'Akutt sykdom langt fra sykehus', en: 'Acute illness far from hospital' },
    group: 'added',
    description: {
      nb: 'En person i distriktet blir akutt syk. Fastlegen tar imot pasienten først, og utenom kontortid overtar legevakten. Pasienten fraktes lang vei til sykehus, og får resten av oppholdet nær hjemmet i et DMS eller en sykestue før hjemmetjenestene tar over. Forløpet er satt sammen fra KS-innspillet og St.meld. 47.',
      en: 'A person in a rural area falls acutely ill. The fastlege sees the patient first, and out of hours the legevakt takes over. The patient is taken a long way to hospital, and spends the rest of the stay close to home in a DMS or sykestue before home care takes over. The pathway is assembled from the KS input and St.meld. 47.',
    },
    steps: [
      {
        responsibility: 'fastlege',
        what: { nb: 'Fastlegen, som kjenner pasienten, tar imot den akutte sykdommen lokalt', en: 'The fastlege, who knows the patient, deals with the acute illness locally' },
        source: { ref: KS, locator: 'L276-280' },
      },
      {
        responsibility: 'legevakt',
        what: {
          nb: 'Utenom kontortid overtar legevakten; på store legevakter kjenner legen sjelden pasienten og ser ikke fastlegens journal',
          en: 'Out of hours the legevakt takes over; at large legevakts the doctor seldom knows the patient and cannot see the fastlege’s records',
        },
        source: { ref: MELD47, locator: 'L12384-12393' },
      },
      {
        responsibility: 'prehospitale',
        what: { nb: 'Transport over lang avstand til sykehus', en: 'Transport over a long distance to hospital' },
        source: { ref: MELD47, locator: 'L34-35' },
      },
      {
        responsibility: 'sykehus',
        what: { nb: 'Behandling ved lokalsykehuset', en: 'Treatment at the local hospital' },
        source: { ref: KS, locator: 'L509' },
      },
      {
        responsibility: 'dms',
        what: { nb: 'Videre opphold i DMS eller sykestue nær hjemmet', en: 'Further stay in a DMS or sykestue close to home' },
        source: { ref: KS, locator: 'L417' },
      },
      {
        responsibility: 'hjemmetjenester',
        what: { nb: 'Hjem med hjemmesykepleie', en: 'Home with home nursing' },
        source: { ref: MELD47, locator: 'L5716-5720' },
      },
    ],
    sources: [
      { ref: KS, locator: 'L220, L276-280, L397, L417' },
      { ref: MELD47, locator: 'L32-37, L8330-8334, L12384-12393' },
    ],
  },
  {
    id: 'svangerskap-fodsel',
    name: { nb: 'Svangerskap og fødsel', en: 'Pregnancy and birth' },
    group: 'added',
    description: {
      nb: 'En gravid følges av jordmor i kommunen, får følgetjeneste ved lang reisevei, føder på en fødeinstitusjon i helseforetaket, og følges hjemme de første dagene av jordmor og helsestasjon. Forløpet er satt sammen fra St.meld. 47.',
      en: 'A pregnant woman is followed by the municipal midwife, gets an escort (følgetjeneste) when the journey is long, gives birth at a birth unit in the health trust, and is followed at home in the first days by the midwife and the helsestasjon. The pathway is assembled from St.meld. 47.',
    },
    steps: [
      {
        responsibility: 'svangerskap',
        what: { nb: 'Svangerskapsomsorg hos jordmor i kommunen', en: 'Antenatal care by the municipal midwife' },
        source: { ref: MELD47, locator: 'L6714-6717' },
      },
      {
        responsibility: 'prehospitale',
        what: { nb: 'Følgetjeneste til fødestedet ved lang reisevei', en: 'Escort to the birth unit when the journey is long' },
        source: { ref: MELD47, locator: 'L6679-6685' },
      },
      {
        responsibility: 'fodsel',
        what: { nb: 'Fødsel på fødeinstitusjon', en: 'Birth at a birth unit' },
        source: { ref: MELD47, locator: 'L6729-6732' },
      },
      {
        responsibility: 'svangerskap',
        what: { nb: 'Jordmor følger opp mor og barn hjemme de første dagene', en: 'The midwife follows up mother and baby at home in the first days' },
        source: { ref: MELD47, locator: 'L6733-6737' },
      },
      {
        responsibility: 'helsestasjon',
        what: { nb: 'Helsestasjonen følger opp mor og barn sammen med jordmor og fastlege', en: 'The helsestasjon follows up mother and baby with the midwife and fastlege' },
        source: { ref: MELD47, locator: 'L6661-6664' },
      },
    ],
    sources: [{ ref: MELD47, locator: 'L6637-6666, L6700-6737' }],
  },
  {
    id: 'lindrende',
    name: { nb: 'Lindrende behandling i livets siste fase', en: 'Palliative care at the end of life' },
    group: 'added',
    description: {
      nb: 'En person med uhelbredelig sykdom, oftest kreft, behandles på sykehuset, bor så hjemme med hjemmesykepleie, og får den siste tiden en plass i en kommunal palliativ enhet nær hjemmet i stedet for å bli lagt inn på sykehus. Forløpet er satt sammen fra St.meld. 47.',
      en: 'A person with an incurable illness, most often cancer, is treated at the hospital, then lives at home with home nursing, and in the last period gets a place in a municipal palliative unit close to home instead of a hospital admission. The pathway is assembled from St.meld. 47.',
    },
    steps: [
      {
        responsibility: 'sykehus',
        what: { nb: 'Behandling på sykehuset, som også har egne palliative enheter', en: 'Treatment at the hospital, which also has palliative units of its own' },
        source: { ref: MELD47, locator: 'L5581-5584, L5625-5628' },
      },
      {
        responsibility: 'hjemmetjenester',
        what: {
          nb: 'Bor hjemme med hjemmesykepleie, med avlastningsopphold i den kommunale enheten',
          en: 'Lives at home with home nursing, with respite stays in the municipal unit',
        },
        source: { ref: MELD47, locator: 'L5545-5549, L5628-5632' },
      },
      {
        responsibility: 'palliasjon',
        what: {
          nb: 'Den siste tiden i en kommunal palliativ enhet nær hjemmet, i stedet for innleggelse på sykehus',
          en: 'The last period in a municipal palliative unit close to home, instead of a hospital admission',
        },
        source: { ref: MELD47, locator: 'L5282-5284, L5309-5311, L5545-5549' },
      },
    ],
    sources: [{ ref: MELD47, locator: 'L5282-5284, L5309-5311, L5534-5650' }],
  },
];
