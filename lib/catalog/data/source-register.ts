import type { SourceEntry } from '../schema';
import { SEEDS } from '../seeds';

// Several figures come from sub-pages of one Helsedirektoratet report; each page gets its own
// entry so the title says which part of the report to open.
const HDIR_ALLMENNLEGE = 'https://www.helsedirektoratet.no/rapporter/allmennlegetjenesten-arsrapport-2023-inklusive-status-per-mai-2024';
const allmennlege = (nb: string, en: string): SourceEntry => ({
  title: { nb: `Helsedirektoratet: Allmennlegetjenesten, årsrapport 2023 – ${nb}`, en: `Norwegian Directorate of Health: General practice, annual report 2023 – ${en}` },
  publisher: 'Helsedirektoratet',
  year: 2023,
  kind: 'report',
});

const lovdata = (short: string, en: string, year: number): SourceEntry => ({
  title: { nb: `Lovdata: ${short}`, en: `Lovdata: ${en} (${short})` },
  publisher: 'Lovdata',
  year,
  kind: 'law',
});

const ssb = (nb: string, en: string, year: number, kind: SourceEntry['kind'] = 'statistics'): SourceEntry => ({
  title: { nb: `SSB: ${nb}`, en: `Statistics Norway (SSB): ${en}` },
  publisher: 'Statistisk sentralbyrå (SSB)',
  year,
  kind,
});

/**
 * Every document the catalog cites, keyed by the `ref` its citations use: a seed's file name or
 * a page's full URL. The file name never reaches a reader; the title here does.
 */
export const sourceRegister: Readonly<Record<string, SourceEntry>> = {
  [SEEDS.kdf]: {
    title: {
      nb: 'Kommunedirektørforum (Kdf): innspill til Helsereformutvalget (april 2026)',
      en: 'Forum of Municipal Chief Executives (Kdf): input to the Health Reform Committee (April 2026)',
    },
    publisher: 'Norsk Kommunedirektørforum',
    year: 2026,
    kind: 'input',
  },
  [SEEDS.kommunedirektorer]: {
    title: { nb: 'Kommunedirektørene: notat til Helsereformutvalget (2026)', en: 'Municipal chief executives: note to the Health Reform Committee (2026)' },
    publisher: 'Kommunedirektører',
    year: 2026,
    kind: 'input',
  },
  [SEEDS.ks]: {
    title: { nb: 'KS: innspill til arbeidet med helsereformen (2026)', en: 'KS: input to the work on the health reform (2026)' },
    publisher: 'KS',
    year: 2026,
    kind: 'input',
  },
  [SEEDS.stmeld47]: {
    title: { nb: 'St.meld. nr. 47 (2008–2009) Samhandlingsreformen', en: 'Report No. 47 (2008–2009) to the Storting: The Coordination Reform' },
    publisher: 'Helse- og omsorgsdepartementet',
    year: 2009,
    kind: 'white-paper',
  },
  // The slides carry no date of their own, so the entry has no year.
  [SEEDS.utvalget]: {
    title: { nb: 'Helsereformutvalget: lysark om modeller', en: 'Health Reform Committee: slides on models' },
    publisher: 'Helsereformutvalget',
    kind: 'slides',
  },

  'https://lovdata.no/dokument/NL/lov/2011-06-24-30': lovdata('helse- og omsorgstjenesteloven', 'Municipal Health and Care Services Act', 2011),
  'https://lovdata.no/dokument/NL/lov/1999-07-02-61': lovdata('spesialisthelsetjenesteloven', 'Specialist Health Services Act', 1999),
  'https://lovdata.no/dokument/NL/lov/1999-07-02-62': lovdata('psykisk helsevernloven', 'Mental Health Care Act', 1999),
  'https://lovdata.no/dokument/NL/lov/1999-07-02-63': lovdata('pasient- og brukerrettighetsloven', 'Patient and User Rights Act', 1999),
  'https://lovdata.no/dokument/NL/lov/1983-06-03-54': lovdata('tannhelsetjenesteloven', 'Dental Health Services Act', 1983),
  'https://lovdata.no/dokument/NL/lov/2011-06-24-29': lovdata('folkehelseloven', 'Public Health Act', 2011),
  'https://lovdata.no/dokument/NL/lov/2001-06-15-93': lovdata('helseforetaksloven', 'Health Trusts Act', 2001),
  'https://lovdata.no/dokument/NL/lov/1997-02-28-19': lovdata('folketrygdloven', 'National Insurance Act', 1997),
  'https://lovdata.no/dokument/NL/lov/2018-06-22-83': lovdata('kommuneloven', 'Local Government Act', 2018),

  [`${HDIR_ALLMENNLEGE}/vedlegg-utfyllende-tabeller-og-figurer/tabeller-til-kapittel-5`]: allmennlege('tabeller til kapittel 5', 'tables for chapter 5'),
  [`${HDIR_ALLMENNLEGE}/utgifter-til-allmennlegetjenesten/samlede-utgifter-til-allmennlegetjenesten`]: allmennlege('samlede utgifter', 'total expenditure'),
  [`${HDIR_ALLMENNLEGE}/utvikling-i-fastlegeordningen`]: allmennlege('utviklingen i fastlegeordningen', 'trends in the regular GP scheme'),
  [`${HDIR_ALLMENNLEGE}/befolkningens-bruk-av-fastlege-og-legevakt/konsultasjoner-med-legevakt`]: allmennlege(
    'konsultasjoner på legevakt',
    'out-of-hours consultations',
  ),
  'https://www.helsedirektoratet.no/rapporter/status-for-kommunalt-dogntilbud-for-oyeblikkelig-hjelp-2022/sammendrag': {
    title: {
      nb: 'Helsedirektoratet: Status for kommunalt døgntilbud for øyeblikkelig hjelp 2022',
      en: 'Norwegian Directorate of Health: Status of municipal acute inpatient care 2022',
    },
    publisher: 'Helsedirektoratet',
    year: 2022,
    kind: 'report',
  },
  'https://www.ressursportal.no/kommunalt-psykisk-helse--og-rusarbeid/is-248/': {
    title: {
      nb: 'Helsedirektoratets ressursportal: Kommunalt psykisk helse- og rusarbeid 2023 (IS-24/8)',
      en: 'Directorate of Health resource portal: Municipal mental health and substance-use work 2023 (IS-24/8)',
    },
    publisher: 'SINTEF for Helsedirektoratet',
    year: 2023,
    kind: 'statistics',
  },

  'https://www.ssb.no/helse/helsetjenester/statistikk/kommunehelsetenesta': ssb('Kommunehelsetenesta 2023', 'Municipal health services 2023', 2023),
  'https://www.ssb.no/helse/helsetjenester/statistikk/sjukeheimar-heimetenester-og-andre-omsorgstenester': ssb(
    'Sjukeheimar, heimetenester og andre omsorgstenester 2023',
    'Nursing homes, home-based services and other care services 2023',
    2023,
  ),
  'https://www.ssb.no/helse/helsetjenester/statistikk/allmennlegetjenesten': ssb('Allmennlegetjenesten 2023', 'General practitioner services 2023', 2023),
  'https://www.ssb.no/helse/helsetjenester/statistikk/spesialisthelsetjenesten': ssb('Spesialisthelsetjenesten 2022', 'Specialist health services 2022', 2022),
  'https://www.ssb.no/185055/utgifter-i-kommunale-helse-og-omsorgstjenester.1-000-kroner': ssb(
    'Utgifter i kommunale helse- og omsorgstjenester 2013 (1 000 kroner)',
    'Expenditure in municipal health and care services 2013 (NOK 1,000)',
    2013,
  ),
  'https://www.ssb.no/390480/somatiske-spesialisthelsetjenester-hovedtall': ssb(
    'Somatiske spesialisthelsetjenester, hovedtall 2018',
    'Somatic specialist health services, key figures 2018',
    2018,
  ),
  'https://www.ssb.no/helse/statistikker/tannhelse/aar/2018-06-28': ssb('Tannhelsetenesta 2017', 'Dental health services 2017', 2017),
  'https://www.ssb.no/helse/helsetjenester/artikler/legevakttjenesten-i-norske-kommuner-i-2021': ssb(
    'Legevakttjenesten i norske kommuner i 2021',
    'Out-of-hours medical services in Norwegian municipalities in 2021',
    2021,
    'report',
  ),
  'https://www.ssb.no/helse/helsetjenester/statistikk/spesialisthelsetjenesten/artikler/flere-ambulanseoppdrag-i-2021': ssb(
    'Flere ambulanseoppdrag i 2021',
    'More ambulance missions in 2021',
    2021,
    'report',
  ),

  'https://app.cristin.no/results/show.jsf?id=2048188': {
    title: { nb: 'Cristin: Nasjonalt legevaktregister (2022)', en: 'Cristin: National register of out-of-hours services (2022)' },
    publisher: 'Cristin',
    year: 2022,
    kind: 'report',
  },
  'http://www.omsorgsforskning.no/nyheter/ubrukte_senger': {
    title: { nb: 'Omsorgsforskning.no: ubrukte akutte døgnplasser i kommunene (2015)', en: 'Omsorgsforskning.no: unused municipal acute beds (2015)' },
    publisher: 'Senter for omsorgsforskning',
    year: 2015,
    kind: 'news',
  },
  'https://www.dagsavisen.no/nyheter/innenriks/2024/10/31/ssb-legevakt-i-norge-kostet-rundt-48-milliarder-i-fjor/': {
    title: {
      nb: 'Dagsavisen (NTB): SSB-tall om hva legevakten kostet i 2023 (31. oktober 2024)',
      en: 'Dagsavisen (NTB): Statistics Norway figures on what out-of-hours care cost in 2023 (31 October 2024)',
    },
    publisher: 'Dagsavisen / NTB',
    year: 2024,
    kind: 'news',
  },
  'https://www.dagensmedisin.no/okning-i-akuttoppdrag-med-ambulansebiler/641291': {
    title: {
      nb: 'Dagens Medisin: økning i akuttoppdrag med ambulansebil (SSB-tall for 2023)',
      en: 'Dagens Medisin: more emergency missions by road ambulance (Statistics Norway figures for 2023)',
    },
    publisher: 'Dagens Medisin',
    kind: 'news',
  },
  'https://stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2015-2016/inns-201516-186/3/': {
    // It names its session (2015–2016), not one year.
    title: { nb: 'Stortinget: Innst. 186 S (2015–2016)', en: 'Storting: Recommendation 186 S (2015–2016)' },
    publisher: 'Stortinget',
    kind: 'parliament',
  },
  'https://regjeringen.no/no/dokumenter/nou-2024-18/id3054538/?ch=4': {
    title: { nb: 'NOU 2024:18 fra Tannhelseutvalget', en: 'Official Norwegian Report NOU 2024:18 by the Dental Health Committee' },
    publisher: 'Helse- og omsorgsdepartementet',
    year: 2024,
    kind: 'official-report',
  },
  'https://sml.snl.no/distriktspsykiatrisk_senter': {
    title: { nb: 'Store medisinske leksikon: distriktspsykiatrisk senter', en: 'Store medisinske leksikon (Norwegian medical encyclopedia): district psychiatric centre' },
    publisher: 'Store norske leksikon',
    kind: 'encyclopedia',
  },
  'https://github.com/aprestmo/norway-geodata': {
    title: {
      nb: 'norway-geodata: kommunene med folketall (åpent datasett)',
      en: 'norway-geodata: the municipalities with their population (open data set)',
    },
    publisher: 'Alexander Prestmo (GitHub)',
    year: 2025,
    kind: 'dataset',
  },
};
