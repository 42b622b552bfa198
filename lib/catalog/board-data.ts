// Written by board.test.ts from the catalog (toBoardCatalog); do not edit by hand. After a change
// to the catalog, write it again with: npx vitest run lib/catalog/board.test.ts -u
import type { BoardCatalog } from './board';

/** The shipped catalog's board part; see boardCatalog in board.ts. */
export const boardCatalogData: BoardCatalog = {
  "version": "2026.12.3",
  "levels": [
    {
      "kind": "kommune",
      "name": {
        "nb": "Kommune",
        "en": "Kommune"
      },
      "preset": false
    },
    {
      "kind": "fylkeskommune",
      "name": {
        "nb": "Fylkeskommune",
        "en": "Fylkeskommune (county)"
      },
      "preset": false
    },
    {
      "kind": "spesialisthelsetjenesten",
      "name": {
        "nb": "Spesialisthelsetjenesten",
        "en": "Specialist health service"
      },
      "preset": false
    },
    {
      "kind": "stat",
      "name": {
        "nb": "Staten",
        "en": "The state"
      },
      "preset": true
    },
    {
      "kind": "region",
      "name": {
        "nb": "Folkevalgt region",
        "en": "Elected region"
      },
      "preset": true
    },
    {
      "kind": "interkommunalt",
      "name": {
        "nb": "Interkommunalt samarbeid",
        "en": "Inter-municipal cooperation"
      },
      "preset": true
    },
    {
      "kind": "delt",
      "name": {
        "nb": "Delt kommune–sykehus",
        "en": "Joint kommune–hospital"
      },
      "preset": true
    },
    {
      "kind": "bindende-samarbeid",
      "name": {
        "nb": "Forpliktende interkommunalt samarbeid",
        "en": "Binding inter-municipal cooperation"
      },
      "preset": true
    },
    {
      "kind": "forsikring",
      "name": {
        "nb": "Forsikringsordning",
        "en": "Insurance scheme"
      },
      "preset": true
    }
  ],
  "responsibilities": [
    {
      "id": "fastlege",
      "name": {
        "nb": "Fastlege",
        "en": "Regular GP (fastlege)"
      },
      "gloss": {
        "nb": "Allmennlegen hver innbygger står på liste hos, som er første kontakt med helsetjenesten og henviser videre til spesialist.",
        "en": "The general practitioner each resident is listed with: the first point of contact and the gatekeeper to specialist care."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 14186000000,
          "unit": "NOK",
          "year": 2023
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "SSB oppgir 6 987,3 legeårsverk i 2023 for alle leger i kommunenes helse- og omsorgstjenester: fastleger, LIS1 og andre kommuneleger. Summen gjelder flere kort og er ikke fordelt på dem.",
            "en": "SSB gives 6,987.3 doctor FTEs in 2023 for all doctors in municipal health and care: regular GPs, LIS1 interns and other municipal doctors. The total spans several cards and is not split between them."
          }
        }
      }
    },
    {
      "id": "legevakt",
      "name": {
        "nb": "Legevakt",
        "en": "Legevakt (out-of-hours emergency primary care)"
      },
      "gloss": {
        "nb": "Kommunal legetjeneste for akutt hjelp når fastlegekontoret er stengt, med beredskap hele døgnet.",
        "en": "Municipal doctor service for urgent help when the GP office is closed, on call around the clock."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 4800000000,
          "unit": "NOK",
          "year": 2023
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Helsedirektoratet oppgir ingen årsverk for legevakt, og i KOSTRA kan legevaktens kostnader ikke skilles ut.",
            "en": "The Directorate of Health reports no FTEs for out-of-hours care, and KOSTRA cannot separate its cost."
          }
        }
      }
    },
    {
      "id": "kad",
      "name": {
        "nb": "Kommunale akutte døgnplasser (KAD)",
        "en": "KAD (municipal acute inpatient beds)"
      },
      "gloss": {
        "nb": "Døgnplasser i kommunen for pasienter som ellers ville blitt lagt inn akutt på sykehus.",
        "en": "Municipal inpatient beds for patients who would otherwise be admitted to hospital as emergencies."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 208120000,
          "unit": "NOK",
          "year": 2013
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall for KAD.",
            "en": "No FTE figure for KAD was found."
          }
        }
      }
    },
    {
      "id": "sykehjem",
      "name": {
        "nb": "Sykehjem og heldøgns omsorg",
        "en": "Nursing homes (sykehjem) and 24-hour care"
      },
      "gloss": {
        "nb": "Kommunale institusjonsplasser med pleie, behandling og tilsyn hele døgnet, for lange eller korte opphold.",
        "en": "Municipal institution places with nursing, treatment and supervision around the clock, for long or short stays."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 43487325000,
          "unit": "NOK",
          "year": 2013
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "SSB oppgir 157 076 årsverk for alle omsorgstjenestene i 2023 (sykehjem, hjemmetjenester og BPA samlet); vi fant ingen fordeling per tjeneste.",
            "en": "SSB gives 157,076 FTEs for all care services in 2023 (nursing homes, home-based care and BPA together); no split by service was found."
          }
        }
      }
    },
    {
      "id": "hjemmetjenester",
      "name": {
        "nb": "Hjemmebaserte helse- og omsorgstjenester",
        "en": "Home-based care (hjemmetjenester)"
      },
      "gloss": {
        "nb": "Hjemmesykepleie og praktisk bistand til folk som bor i egen bolig eller omsorgsbolig.",
        "en": "Home nursing and practical help for people living in their own home or in sheltered housing."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 45914688000,
          "unit": "NOK",
          "year": 2013
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "SSB oppgir 157 076 årsverk for alle omsorgstjenestene i 2023 (sykehjem, hjemmetjenester og BPA samlet); vi fant ingen fordeling per tjeneste.",
            "en": "SSB gives 157,076 FTEs for all care services in 2023 (nursing homes, home-based care and BPA together); no split by service was found."
          }
        }
      }
    },
    {
      "id": "bpa",
      "name": {
        "nb": "Brukerstyrt personlig assistanse (BPA)",
        "en": "User-controlled personal assistance (BPA)"
      },
      "gloss": {
        "nb": "Praktisk hjelp i hverdagen der brukeren selv styrer assistentene og hvordan hjelpen gis.",
        "en": "Everyday practical help where the user directs the assistants and how the help is given."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen egen kostnad. BPA inngår i KOSTRA-funksjon 254, og det gamle tallet fra 2013 for den funksjonen står på kortet for hjemmetjenester.",
            "en": "No separate cost was found. BPA is part of KOSTRA function 254, whose old 2013 figure sits on the home-based care card."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall for BPA; assistentene inngår i omsorgssummen (157 076 årsverk, 2023), som ikke er fordelt.",
            "en": "No FTE count for BPA was found; the assistants are inside the care total (157,076 FTEs, 2023), which is not split."
          }
        }
      }
    },
    {
      "id": "helsestasjon",
      "name": {
        "nb": "Helsestasjon og skolehelsetjeneste",
        "en": "Child health clinics and school health service"
      },
      "gloss": {
        "nb": "Forebyggende helsetilbud til barn og unge fra 0 til 20 år og familiene deres, med kontroller, vaksiner og samtaler.",
        "en": "Preventive health service for children and young people aged 0–20 and their families: check-ups, vaccines and counselling."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 6483504000,
          "unit": "NOK",
          "year": 2023
        },
        "staff": {
          "value": 6994.3,
          "unit": "arsverk",
          "year": 2023
        }
      }
    },
    {
      "id": "svangerskap",
      "name": {
        "nb": "Svangerskapsomsorg (jordmor i kommunen)",
        "en": "Antenatal care (municipal midwife)"
      },
      "gloss": {
        "nb": "Kontroller og oppfølging av gravide, og av mor og barn de første dagene etter fødselen, ved jordmor, helsestasjon og fastlege.",
        "en": "Check-ups and follow-up of pregnant women, and of mother and baby in the first days after birth, by the midwife, helsestasjon and fastlege."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen egen kostnad. Jordmødre i kommunen lønnes som andre kommuneansatte (St.meld. 47), så kostnaden ligger i kommunens øvrige helseutgifter.",
            "en": "No separate cost was found. Municipal midwives are paid like other municipal staff (St.meld. 47), so the cost sits inside wider municipal health spending."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall for jordmødre i kommunene.",
            "en": "No FTE count for municipal midwives was found."
          }
        }
      }
    },
    {
      "id": "folkehelse",
      "name": {
        "nb": "Folkehelse og forebygging",
        "en": "Public health and prevention"
      },
      "gloss": {
        "nb": "Kommunens arbeid for å fremme helse og forebygge sykdom i hele befolkningen, også i andre sektorer, blant annet miljørettet helsevern og smittevern.",
        "en": "The kommune’s work to promote health and prevent disease across the population, also in other sectors, including environmental health and infection control."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 3392474000,
          "unit": "NOK",
          "year": 2023
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall for folkehelsearbeidet.",
            "en": "No FTE count for public health work was found."
          }
        }
      }
    },
    {
      "id": "fysio",
      "name": {
        "nb": "Fysio- og ergoterapi",
        "en": "Physiotherapy and occupational therapy"
      },
      "gloss": {
        "nb": "Trening, behandling og tilrettelegging som hjelper folk å bevare eller vinne tilbake funksjon i hverdagen.",
        "en": "Training, treatment and adaptation that help people keep or regain everyday function."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen kostnad. St.meld. 47 oppgir bare hvordan avtalefysioterapeutene finansieres: driftstilskudd 25 %, refusjoner fra folketrygden om lag 58 % og egenandeler om lag 17 %.",
            "en": "No cost was found. St.meld. 47 gives only how contract physiotherapists are financed: practice grant 25 %, refunds from national insurance about 58 % and patient fees about 17 %."
          }
        },
        "staff": {
          "value": 5322.5,
          "unit": "arsverk",
          "year": 2023
        }
      }
    },
    {
      "id": "rask-psykisk-helsehjelp",
      "name": {
        "nb": "Rask psykisk helsehjelp",
        "en": "Rapid mental health help (Rask psykisk helsehjelp)"
      },
      "gloss": {
        "nb": "Lavterskeltilbud i kommunen som gir tidlig og kortvarig hjelp ved lettere psykiske plager.",
        "en": "Low-threshold municipal service giving early, short-term help for milder mental health problems."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ikke tall for denne tjenesten, og heller ikke for kommunenes utgifter til psykisk helse generelt.",
            "en": "No figure was found for this service, nor for municipal mental health spending in general."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall for tjenesten; SINTEF-tallet på kortet for psykisk helse- og rusarbeid i kommunen kan omfatte den.",
            "en": "No FTE figure was found for this service; the SINTEF count on the municipal mental health and substance-use card may include it."
          }
        }
      }
    },
    {
      "id": "psykisk-helse-rus-kommune",
      "name": {
        "nb": "Psykisk helse- og rusarbeid i kommunen",
        "en": "Municipal mental health and substance-use services"
      },
      "gloss": {
        "nb": "Kommunens oppfølging, behandling, bolig- og aktivitetstilbud for personer med psykiske lidelser eller rusproblemer.",
        "en": "The kommune’s follow-up, treatment, housing and activity services for people with mental illness or substance-use problems."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ikke kommunenes utgifter til psykisk helse- og rusarbeid.",
            "en": "No figure was found for municipal spending on mental health and substance-use work."
          }
        },
        "staff": {
          "value": 17436,
          "unit": "arsverk",
          "year": 2023
        }
      }
    },
    {
      "id": "rehabilitering-kommune",
      "name": {
        "nb": "Habilitering og rehabilitering i kommunen",
        "en": "Municipal habilitation and rehabilitation"
      },
      "gloss": {
        "nb": "Tverrfaglig hjelp til å utvikle eller gjenvinne funksjon og mestring der folk bor: hjemme, på skolen eller i kommunale døgnplasser.",
        "en": "Interdisciplinary help to build or regain function and coping where people live: at home, at school or in municipal beds."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen egen kostnad. KOSTRA-funksjon 241 (diagnose, behandling og re-/habilitering: 22 736 994 i 1 000 kr, 2023) rommer også utgifter til fastlege, legevakt og fysioterapi og er ikke fordelt på kortene.",
            "en": "No separate cost was found. KOSTRA function 241 (diagnosis, treatment and re-/habilitation: 22,736,994 in NOK 1,000, 2023) also includes spending on regular GPs, out-of-hours care and physiotherapy and is not split between the cards."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall for rehabilitering i kommunene.",
            "en": "No FTE count for municipal rehabilitation was found."
          }
        }
      }
    },
    {
      "id": "koordinator",
      "name": {
        "nb": "Koordinator og koordinerende enhet",
        "en": "Care coordinator and coordinating unit"
      },
      "gloss": {
        "nb": "En fast kontaktperson, og en enhet, som samordner tjenestene for pasienter med langvarige og sammensatte behov.",
        "en": "A named contact person, and a unit, that coordinate services for patients with long-term and complex needs."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Det finnes ikke noe kostnadstall; ifølge St.meld. 47 legges rollen til eksisterende stillinger, ikke nye.",
            "en": "No cost figure exists; according to St.meld. 47 the role is added to existing posts, not new ones."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Ingen årsverkstall; koordinatorrollen ligger i eksisterende stillinger.",
            "en": "No FTE figure; the coordinator role sits in existing posts."
          }
        }
      }
    },
    {
      "id": "kommuneoverlege",
      "name": {
        "nb": "Kommuneoverlege (samfunnsmedisin)",
        "en": "Municipal medical officer (kommuneoverlege)"
      },
      "gloss": {
        "nb": "Legen som er kommunens medisinskfaglige rådgiver, med ansvar for blant annet smittevern, beredskap og helse i planarbeidet.",
        "en": "The doctor who is the kommune’s medical adviser, covering infection control, preparedness and health in planning."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen egen kostnad.",
            "en": "No separate cost was found."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall; SSBs sum av legeårsverk (6 987,3 i 2023) gjelder alle kommuneleger og er ikke fordelt.",
            "en": "No FTE figure was found; the SSB total of doctor FTEs (6,987.3 in 2023) covers all municipal doctors and is not split."
          }
        }
      }
    },
    {
      "id": "dms",
      "name": {
        "nb": "Distriktsmedisinske sentre (DMS), lokalmedisinske sentre og sykestuer",
        "en": "DMS (district medical centres), local medical centres and sykestuer"
      },
      "gloss": {
        "nb": "Lokale sentre der kommuner, ofte sammen, samler tjenester som legevakt, døgnplasser og poliklinikk med spesialister fra sykehuset.",
        "en": "Local centres where municipalities, often together, gather services such as legevakt, beds and outpatient clinics with visiting hospital specialists."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant verken antall eller kostnad. KS påpeker at finansieringen varierer: noen sykehus kjøper tjenester av kommunen, andre deler kostnadene etter faste nøkler.",
            "en": "Neither a count nor a cost was found. KS notes that financing varies: some hospitals buy services from the municipality, others share the costs by fixed keys."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall.",
            "en": "No FTE figure was found."
          }
        }
      }
    },
    {
      "id": "utskrivningsklare",
      "name": {
        "nb": "Utskrivningsklare pasienter: kommunens betalingsplikt",
        "en": "Patients ready for discharge: the kommune’s duty to pay"
      },
      "gloss": {
        "nb": "Et betalingsansvar, ikke en tjeneste. Når sykehuset har meldt at en pasient er ferdigbehandlet, skal kommunen ta over, og den betaler sykehuset for døgnene pasienten blir liggende og vente. Ligger kortet hos spesialisthelsetjenesten, bærer sykehuset selv kostnaden for ventedøgnene.",
        "en": "A duty to pay, not a service. Once the hospital has reported a patient ready for discharge, the kommune is to take over, and it pays the hospital for the days the patient stays on waiting. With the card in specialist care, the hospital carries the cost of those waiting days itself."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Ingen kilde sier hva kommunene betaler i dag. St.meld. 47 anslo sykehusets kostnad for ventedøgnene til 725 mill. kr i året (2008, regnet med 5 000 kr per døgn og med stor usikkerhet), og kommunene skulle få tilført midler tilsvarende sykehuskostnaden. I 2007 ble bare om lag 40 mill. kr krevd inn fra kommunene.",
            "en": "No source says what the kommuner pay today. St.meld. 47 put the hospital cost of the waiting days at NOK 725 m a year (2008, at NOK 5,000 a day and very uncertain), and the kommuner were to receive funds matching that hospital cost. In 2007 only about NOK 40 m was charged to the kommuner."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Et betalingsansvar har ingen egne årsverk; de som tar imot pasienten, står på kortene for sykehjem og hjemmetjenester.",
            "en": "A duty to pay has no staff of its own; those who receive the patient are on the nursing home and home care cards."
          }
        }
      }
    },
    {
      "id": "omsorgsboliger",
      "name": {
        "nb": "Omsorgsboliger",
        "en": "Sheltered housing (omsorgsboliger)"
      },
      "gloss": {
        "nb": "Kommunale boliger for folk som trenger hjelp i hverdagen. Sammen med hjemmetjenestene er de en av måtene kommunene gir omsorg hele døgnet på, ved siden av sykehjem. Hjelpen beboerne får, ligger på kortet for hjemmetjenester.",
        "en": "Municipal housing for people who need help in daily life. Together with home care it is one of the ways the kommuner give round-the-clock care, beside nursing homes. The help residents get is on the home care card."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Ingen kostnad funnet. SSB-statistikken for omsorgstjenestene som tavla starter fra, dekker hjelpen som gis (KOSTRA-funksjon 234, 253, 254 og 261), ikke selve boligene, så kortet regnes ikke inn i den.",
            "en": "No cost found. The SSB care statistic the board starts from covers the help given (KOSTRA functions 234, 253, 254 and 261), not the housing itself, so the card is not counted inside it."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Årsverkene som gir hjelp i boligene, ligger i SSBs sum for omsorgstjenestene (157 076 i 2023), som ikke er delt på tjenester.",
            "en": "The årsverk giving help in the housing are in SSB’s total for the care services (157,076 in 2023), which is not split by service."
          }
        }
      }
    },
    {
      "id": "palliasjon",
      "name": {
        "nb": "Lindrende behandling (palliative enheter)",
        "en": "Palliative care (palliative units)"
      },
      "gloss": {
        "nb": "Behandling, pleie og omsorg for pasienter med uhelbredelig sykdom og kort forventet levetid: her de palliative enhetene og sengene i kommunens sykehjem. Sykehusene har egne palliative enheter, som de kommunale skal samarbeide tett med.",
        "en": "Treatment, nursing and care for patients with incurable illness and a short life expectancy: here the palliative units and beds in the kommune’s nursing homes. Hospitals have palliative units of their own, which the municipal ones are to work closely with."
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Ingen kostnad funnet. St.meld. 47 sier bare om én enhet at driften koster mer enn et vanlig sykehjem og vesentlig mindre enn sykehus, og at sykehuset var med og betalte for plassene.",
            "en": "No cost found. St.meld. 47 says of one unit only that it costs more to run than an ordinary nursing home and much less than a hospital, and that the hospital helped pay for the places."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Ingen årsverk funnet; St.meld. 47 beskriver bemanningen uten tall. Personalet ligger i SSBs sum for omsorgstjenestene.",
            "en": "No årsverk found; St.meld. 47 describes the staffing without numbers. The staff are in SSB’s total for the care services."
          }
        }
      }
    },
    {
      "id": "sykehus",
      "name": {
        "nb": "Sykehus (somatikk i helseforetak)",
        "en": "Hospitals (somatic care in health trusts)"
      },
      "gloss": {
        "nb": "Utredning og behandling av kroppslige sykdommer og skader på sykehus, akutt og planlagt, med innleggelse eller poliklinisk.",
        "en": "Diagnosis and treatment of physical illness and injury in hospital, acute and planned, as inpatient or outpatient care."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "value": 103332000000,
          "unit": "NOK",
          "year": 2018
        },
        "staff": {
          "value": 76101,
          "unit": "arsverk",
          "year": 2018
        }
      }
    },
    {
      "id": "fodsel",
      "name": {
        "nb": "Fødsel (fødeinstitusjon)",
        "en": "Childbirth at a maternity unit"
      },
      "gloss": {
        "nb": "Hjelp under fødselen på sykehusenes fødeinstitusjoner, med følgetjeneste for fødende som har lang reisevei.",
        "en": "Care during birth at the hospitals’ maternity units, with an escort service for women who live far away."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen kostnad for fødselsomsorgen.",
            "en": "No cost for birth care was found."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall; St.meld. 47 sier bare at de fleste jordmødre jobber i spesialisthelsetjenesten.",
            "en": "No FTE figure was found; St.meld. 47 says only that most midwives work in specialist care."
          }
        }
      }
    },
    {
      "id": "dps",
      "name": {
        "nb": "Distriktspsykiatrisk senter (DPS)",
        "en": "District psychiatric centre (DPS)"
      },
      "gloss": {
        "nb": "Lokalt spesialisttilbud i psykisk helsevern for voksne, med poliklinikk, ambulant arbeid, dag- og døgnbehandling.",
        "en": "Local specialist mental health service for adults, with outpatient clinics, outreach work, day and inpatient care."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen nyere kostnad for DPS. Den gamle summen for psykisk helsevern (23 536 mill. kr og 19 438 årsverk, 2017) gjelder voksne og barn samlet, så den hører ikke til ett enkelt kort.",
            "en": "No recent DPS cost was found. The old mental health care total (NOK 23,536 m and 19,438 FTEs, 2017) covers adults and children together, so it belongs to no single card."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall for DPS. Den gamle summen for psykisk helsevern (23 536 mill. kr og 19 438 årsverk, 2017) gjelder voksne og barn samlet, så den hører ikke til ett enkelt kort.",
            "en": "No FTE figure for DPS was found. The old mental health care total (NOK 23,536 m and 19,438 FTEs, 2017) covers adults and children together, so it belongs to no single card."
          }
        }
      }
    },
    {
      "id": "bup",
      "name": {
        "nb": "Psykisk helsevern for barn og unge (BUP)",
        "en": "Child and adolescent mental health service (BUP)"
      },
      "gloss": {
        "nb": "Spesialisthelsetjenestens utredning og behandling av psykiske lidelser hos barn og unge, mest poliklinisk og i samarbeid med kommunen.",
        "en": "Specialist assessment and treatment of mental illness in children and young people, mostly outpatient and together with municipal services."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen nyere kostnad for BUP. Den gamle summen for psykisk helsevern (23 536 mill. kr og 19 438 årsverk, 2017) gjelder voksne og barn samlet, så den hører ikke til ett enkelt kort.",
            "en": "No recent BUP cost was found. The old mental health care total (NOK 23,536 m and 19,438 FTEs, 2017) covers adults and children together, so it belongs to no single card."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall for BUP. Den gamle summen for psykisk helsevern (23 536 mill. kr og 19 438 årsverk, 2017) gjelder voksne og barn samlet, så den hører ikke til ett enkelt kort.",
            "en": "No FTE figure for BUP was found. The old mental health care total (NOK 23,536 m and 19,438 FTEs, 2017) covers adults and children together, so it belongs to no single card."
          }
        }
      }
    },
    {
      "id": "tsb",
      "name": {
        "nb": "Tverrfaglig spesialisert rusbehandling (TSB)",
        "en": "Specialised interdisciplinary substance-use treatment (TSB)"
      },
      "gloss": {
        "nb": "Spesialisthelsetjenestens behandling av rusavhengighet: poliklinikk, avrusning og kortere eller lengre institusjonsopphold, også LAR.",
        "en": "Specialist treatment of substance dependence: outpatient care, detox and short or long institutional stays, including opioid substitution (LAR)."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen nyere kostnad for TSB. Summene for hele spesialisthelsetjenesten i 2022 (180 590 mill. kr og 134 784 årsverk) dekker alle spesialistkortene og er ikke fordelt.",
            "en": "No recent TSB cost was found. The 2022 totals for all specialist care (NOK 180,590 m and 134,784 FTEs) cover every specialist card and are not split."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall for TSB.",
            "en": "No FTE figure for TSB was found."
          }
        }
      }
    },
    {
      "id": "sikkerhetspsykiatri",
      "name": {
        "nb": "Sikkerhetspsykiatri",
        "en": "Secure (forensic) psychiatry"
      },
      "gloss": {
        "nb": "Psykisk helsevern med høyt sikkerhetsnivå for pasienter som kan være til fare for andre.",
        "en": "Mental health care with a high level of security for patients who may be a danger to others."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen kostnad for sikkerhetspsykiatrien.",
            "en": "No cost for secure psychiatry was found."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall.",
            "en": "No FTE figure was found."
          }
        }
      }
    },
    {
      "id": "fact",
      "name": {
        "nb": "FACT- og ACT-team",
        "en": "FACT and ACT teams (assertive community treatment)"
      },
      "gloss": {
        "nb": "Tverrfaglige oppsøkende team fra DPS og kommune som følger opp folk med alvorlig psykisk lidelse, ofte med rusproblemer, der de bor.",
        "en": "Interdisciplinary outreach teams from DPS and the kommune that follow up people with severe mental illness, often with substance use, where they live."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen kostnad for ACT- og FACT-team.",
            "en": "No cost for ACT and FACT teams was found."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen nasjonale årsverkstall; St.meld. 47 oppgir bare størrelsen på ett team (minst seks stillinger).",
            "en": "No national FTE figure was found; St.meld. 47 gives only the size of one team (at least six posts)."
          }
        }
      }
    },
    {
      "id": "prehospitale",
      "name": {
        "nb": "Prehospitale tjenester (ambulanse og AMK)",
        "en": "Prehospital services (ambulance and emergency dispatch, AMK)"
      },
      "gloss": {
        "nb": "Ambulanse på vei, sjø og i lufta og medisinske nødmeldesentraler, som gir akutt hjelp før pasienten kommer til sykehus.",
        "en": "Road, boat and air ambulances and emergency medical dispatch centres, giving urgent care before the patient reaches hospital."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "value": 8800000000,
          "unit": "NOK",
          "year": 2023
        },
        "staff": {
          "value": 5030,
          "unit": "arsverk",
          "year": 2023
        }
      }
    },
    {
      "id": "pasientreiser",
      "name": {
        "nb": "Pasientreiser",
        "en": "Patient travel (pasientreiser)"
      },
      "gloss": {
        "nb": "Dekning og organisering av pasienters reiser til og fra offentlig finansiert undersøkelse og behandling.",
        "en": "Covering and arranging patients’ journeys to and from publicly funded examination and treatment."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ikke kostnaden for pasientreiser.",
            "en": "The cost of patient travel was not found."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall.",
            "en": "No FTE figure was found."
          }
        }
      }
    },
    {
      "id": "avtalespesialister",
      "name": {
        "nb": "Avtalespesialister",
        "en": "Contract specialists (avtalespesialister)"
      },
      "gloss": {
        "nb": "Privatpraktiserende lege- og psykologspesialister som har driftsavtale med et regionalt helseforetak.",
        "en": "Self-employed medical and psychology specialists with an operating contract with a regional health authority."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "value": 3200000000,
          "unit": "NOK",
          "year": 2014
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall, bare et antall personer.",
            "en": "No FTE figure was found, only a head count."
          }
        }
      }
    },
    {
      "id": "rehabilitering-spesialist",
      "name": {
        "nb": "Habilitering og rehabilitering i spesialisthelsetjenesten",
        "en": "Specialist habilitation and rehabilitation"
      },
      "gloss": {
        "nb": "Habilitering og rehabilitering som krever spesialkompetanse eller spesialutstyr, i sykehus og i private institusjoner med avtale.",
        "en": "Habilitation and rehabilitation that need special expertise or equipment, in hospitals and in contracted private institutions."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen nasjonal kostnad, bare regionale kjøp fra private institusjoner: om lag 300 mill. kr i Helse Nord i 2023 (uklart om per år) og rundt 300 mill. kr i året i Helse Midt-Norge rundt 2016. Hvert tall gjelder én region og er ikke brukt.",
            "en": "No national cost was found, only regional purchases from private institutions: about NOK 300 m in Helse Nord in 2023 (unclear whether per year) and around NOK 300 m a year in Helse Midt-Norge around 2016. Each covers one region and is not used."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall.",
            "en": "No FTE figure was found."
          }
        }
      }
    },
    {
      "id": "laboratorier",
      "name": {
        "nb": "Laboratorier og røntgen",
        "en": "Laboratory and imaging services"
      },
      "gloss": {
        "nb": "Medisinske laboratorieanalyser og bildediagnostikk ved sykehus og ved private institutter med avtale.",
        "en": "Medical laboratory tests and imaging at hospitals and at contracted private institutes."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen nyere kostnad for laboratorier og røntgen.",
            "en": "No recent cost for laboratory and imaging services was found."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall.",
            "en": "No FTE figure was found."
          }
        }
      }
    },
    {
      "id": "felleseide-selskaper",
      "name": {
        "nb": "Felleseide selskaper (RHF)",
        "en": "Jointly owned RHF companies"
      },
      "gloss": {
        "nb": "Fem selskaper som de fire regionale helseforetakene eier sammen: Sykehusinnkjøp, Luftambulansetjenesten, Pasientreiser, Nødnett og Sykehusbygg.",
        "en": "Five companies the four regional health authorities own together: Sykehusinnkjøp, Luftambulansetjenesten, Pasientreiser, Nødnett and Sykehusbygg."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen kostnad for de felleseide selskapene.",
            "en": "No cost for the jointly owned companies was found."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall.",
            "en": "No FTE figure was found."
          }
        }
      }
    },
    {
      "id": "ikt-drift",
      "name": {
        "nb": "IKT-drift",
        "en": "IT system operation (IKT-drift)"
      },
      "gloss": {
        "nb": "Drift av journalsystemer, nett og annen IKT for helseforetakene, gjort av fire (fem) IKT-driftere.",
        "en": "Running patient record systems, networks and other IT for the health trusts, done by four (five) IT operators."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen kostnad for IKT-driften.",
            "en": "No IT operating cost was found."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall.",
            "en": "No FTE figure was found."
          }
        }
      }
    },
    {
      "id": "dom-tvungent-psykisk-helsevern",
      "name": {
        "nb": "Dom på tvungent psykisk helsevern",
        "en": "Court-ordered compulsory mental health care"
      },
      "gloss": {
        "nb": "En særreaksjon i straffesaker: retten dømmer en lovbryter til tvungent psykisk helsevern i stedet for straff, og spesialisthelsetjenesten gjennomfører dommen. Utvalget spør om dette bør over til justissektoren.",
        "en": "A special sanction in criminal cases: the court sentences an offender to compulsory mental health care instead of punishment, and specialist care carries out the sentence. The committee asks whether this should move to the justice sector."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Ingen kostnad funnet. Den gamle summen for psykisk helsevern (23 536 mill. kr, 2017) dekker all psykisk helsevern og er ikke delt.",
            "en": "No cost found. The old total for mental health care (NOK 23,536 m, 2017) covers all of it and is not split."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Ingen årsverk funnet.",
            "en": "No årsverk found."
          }
        }
      }
    },
    {
      "id": "kommunal-medfinansiering",
      "name": {
        "nb": "Kommunal medfinansiering av spesialisthelsetjenesten",
        "en": "Municipal co-financing of specialist care"
      },
      "gloss": {
        "nb": "Et finansieringsgrep, ikke en tjeneste: kommunen betaler en andel av spesialisthelsetjenestene innbyggerne bruker, og får overført en del av statens tilskudd til helseforetakene for å gjøre det. Hos spesialisthelsetjenesten betyr kortet at kommunene ikke betaler noen slik andel, som i dag; i kommunen at de gjør det, slik St.meld. 47 foreslo.",
        "en": "A way of paying, not a service: the kommune pays a share of the specialist care its residents use, and receives part of the state’s grant to the health authorities to do so. With the card in specialist care the kommuner pay no such share, as today; with it in the kommune they do, as St.meld. 47 proposed."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Ingen enkelt sum: beløpet avhenger av hvordan ordningen innrettes. Med en andel på 20 % anslo St.meld. 47 om lag 13 mrd. 2009-kroner for en generell ordning (10 mrd. somatikk, 3 mrd. psykisk helsevern, rusbehandling og rehabilitering) og om lag 2,5 mrd. kroner for en ordning avgrenset til pasienter over 80 år. Tavla velger ikke mellom dem.",
            "en": "No single sum: the amount depends on how the scheme is designed. At a 20 % share St.meld. 47 estimated about NOK 13 bn in 2009 kroner for a general scheme (NOK 10 bn somatic, NOK 3 bn mental health, substance use treatment and rehabilitation) and about NOK 2.5 bn for a scheme limited to patients over 80. The board does not choose between them."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Et finansieringsgrep flytter ingen årsverk.",
            "en": "A way of paying moves no staff."
          }
        }
      }
    },
    {
      "id": "sykehusapotek",
      "name": {
        "nb": "Sykehusapotek",
        "en": "Hospital pharmacies (sykehusapotek)"
      },
      "gloss": {
        "nb": "Apotekene som de regionale helseforetakene eier, og som forsyner sykehusene med legemidler og gir råd om bruken av dem. Vanlige apotek er private virksomheter og ikke en offentlig oppgave på noe nivå, så de står ikke på tavla.",
        "en": "The pharmacies the regional health authorities own, which supply the hospitals with medicines and advise on their use. Community pharmacies are private businesses and not a public task on any level, so they are not on the board."
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Ingen kostnad funnet for sykehusapotekene.",
            "en": "No cost found for the hospital pharmacies."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Ingen årsverk funnet.",
            "en": "No årsverk found."
          }
        }
      }
    },
    {
      "id": "tannhelse",
      "name": {
        "nb": "Den offentlige tannhelsetjenesten",
        "en": "Public dental service"
      },
      "gloss": {
        "nb": "Fylkeskommunens gratis eller rimelige tannbehandling for barn, unge og andre prioriterte grupper, og tilbud til voksne mot betaling.",
        "en": "The county’s free or low-cost dental care for children, young people and other priority groups, plus paid care for adults."
      },
      "baselineLevel": "fylkeskommune",
      "figures": {
        "cost": {
          "value": 3477245000,
          "unit": "NOK",
          "year": 2017
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "SSB oppgir 4 041,5 tannlegeårsverk og 991,2 tannpleierårsverk for 2017, men for offentlig og privat tannhelse samlet, så tallene måler ikke dette kortet.",
            "en": "SSB gives 4,041.5 dentist FTEs and 991.2 dental hygienist FTEs for 2017, but for public and private dental care together, so they do not measure this card."
          }
        }
      }
    },
    {
      "id": "folkehelse-fylke",
      "name": {
        "nb": "Folkehelsearbeid i fylkeskommunen",
        "en": "County public health work"
      },
      "gloss": {
        "nb": "Fylkeskommunens oversikt over helsetilstanden i fylket og støtte til kommunenes folkehelsearbeid.",
        "en": "The county’s overview of health in the county and its support for the municipalities’ public health work."
      },
      "baselineLevel": "fylkeskommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen kostnad for fylkeskommunenes folkehelsearbeid.",
            "en": "No cost for county public health work was found."
          }
        },
        "staff": {
          "missing": "no sourced figure",
          "note": {
            "nb": "Vi fant ingen årsverkstall.",
            "en": "No FTE figure was found."
          }
        }
      }
    }
  ],
  "pathways": [
    {
      "id": "skrope-eldre",
      "name": {
        "nb": "Skrøpelige eldre",
        "en": "Frail elderly"
      }
    },
    {
      "id": "kronisk-syke",
      "name": {
        "nb": "Personer med flere kroniske tilstander",
        "en": "People with several chronic conditions"
      }
    },
    {
      "id": "barn-unge",
      "name": {
        "nb": "Barn og unge med store og sammensatte behov",
        "en": "Children and young people with complex needs"
      }
    },
    {
      "id": "psykisk-rus",
      "name": {
        "nb": "Personer med psykiske lidelser og rusmiddelproblemer",
        "en": "People with mental illness and substance use problems"
      }
    },
    {
      "id": "akutt-distrikt",
      "name": {
        "nb": "Akutt sykdom langt fra sykehus",
        "en": "Acute illness far from hospital"
      }
    },
    {
      "id": "svangerskap-fodsel",
      "name": {
        "nb": "Svangerskap og fødsel",
        "en": "Pregnancy and birth"
      }
    },
    {
      "id": "lindrende",
      "name": {
        "nb": "Lindrende behandling i livets siste fase",
        "en": "Palliative care at the end of life"
      }
    }
  ],
  "templates": [
    {
      "id": "dagens-ordning"
    },
    {
      "id": "ks-varianter"
    },
    {
      "id": "kdf-murstein"
    },
    {
      "id": "modell-1a"
    },
    {
      "id": "modell-1b"
    },
    {
      "id": "modell-2"
    },
    {
      "id": "modell-3"
    },
    {
      "id": "modell-4",
      "arrangements": [
        {
          "id": "somatikk",
          "name": {
            "nb": "Somatikk og øvrige tjenester: som i dag",
            "en": "Somatic and other services: as today"
          }
        },
        {
          "id": "psykisk-helse-rus",
          "name": {
            "nb": "Psykisk helse og rus: samlet i spesialisthelsetjenesten",
            "en": "Mental health and substance use: gathered in specialist care"
          }
        }
      ]
    }
  ]
};
