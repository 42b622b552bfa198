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
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 14186000000,
          "unit": "NOK",
          "year": 2023
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "legevakt",
      "name": {
        "nb": "Legevakt",
        "en": "Legevakt (out-of-hours emergency primary care)"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 4800000000,
          "unit": "NOK",
          "year": 2023
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "kad",
      "name": {
        "nb": "Kommunale akutte døgnplasser (KAD)",
        "en": "KAD (municipal acute inpatient beds)"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 208120000,
          "unit": "NOK",
          "year": 2013
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "sykehjem",
      "name": {
        "nb": "Sykehjem og heldøgns omsorg",
        "en": "Nursing homes (sykehjem) and 24-hour care"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 43487325000,
          "unit": "NOK",
          "year": 2013
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "hjemmetjenester",
      "name": {
        "nb": "Hjemmebaserte helse- og omsorgstjenester",
        "en": "Home-based care (hjemmetjenester)"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 45914688000,
          "unit": "NOK",
          "year": 2013
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "bpa",
      "name": {
        "nb": "Brukerstyrt personlig assistanse (BPA)",
        "en": "User-controlled personal assistance (BPA)"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "helsestasjon",
      "name": {
        "nb": "Helsestasjon og skolehelsetjeneste",
        "en": "Child health clinics and school health service"
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
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "folkehelse",
      "name": {
        "nb": "Folkehelse og forebygging",
        "en": "Public health and prevention"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "value": 3392474000,
          "unit": "NOK",
          "year": 2023
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "fysio",
      "name": {
        "nb": "Fysio- og ergoterapi",
        "en": "Physiotherapy and occupational therapy"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
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
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "psykisk-helse-rus-kommune",
      "name": {
        "nb": "Psykisk helse- og rusarbeid i kommunen",
        "en": "Municipal mental health and substance-use services"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
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
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "koordinator",
      "name": {
        "nb": "Koordinator og koordinerende enhet",
        "en": "Care coordinator and coordinating unit"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "kommuneoverlege",
      "name": {
        "nb": "Kommuneoverlege (samfunnsmedisin)",
        "en": "Municipal medical officer (kommuneoverlege)"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "dms",
      "name": {
        "nb": "Distriktsmedisinske sentre (DMS), lokalmedisinske sentre og sykestuer",
        "en": "DMS (district medical centres), local medical centres and sykestuer"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "utskrivningsklare",
      "name": {
        "nb": "Utskrivningsklare pasienter: kommunens betalingsplikt",
        "en": "Patients ready for discharge: the kommune’s duty to pay"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "omsorgsboliger",
      "name": {
        "nb": "Omsorgsboliger",
        "en": "Sheltered housing (omsorgsboliger)"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "palliasjon",
      "name": {
        "nb": "Lindrende behandling (palliative enheter)",
        "en": "Palliative care (palliative units)"
      },
      "baselineLevel": "kommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "sykehus",
      "name": {
        "nb": "Sykehus (somatikk i helseforetak)",
        "en": "Hospitals (somatic care in health trusts)"
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
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "dps",
      "name": {
        "nb": "Distriktspsykiatrisk senter (DPS)",
        "en": "District psychiatric centre (DPS)"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "bup",
      "name": {
        "nb": "Psykisk helsevern for barn og unge (BUP)",
        "en": "Child and adolescent mental health service (BUP)"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "tsb",
      "name": {
        "nb": "Tverrfaglig spesialisert rusbehandling (TSB)",
        "en": "Specialised interdisciplinary substance-use treatment (TSB)"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "sikkerhetspsykiatri",
      "name": {
        "nb": "Sikkerhetspsykiatri",
        "en": "Secure (forensic) psychiatry"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "fact",
      "name": {
        "nb": "FACT- og ACT-team",
        "en": "FACT and ACT teams (assertive community treatment)"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "prehospitale",
      "name": {
        "nb": "Prehospitale tjenester (ambulanse og AMK)",
        "en": "Prehospital services (ambulance and emergency dispatch, AMK)"
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
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "avtalespesialister",
      "name": {
        "nb": "Avtalespesialister",
        "en": "Contract specialists (avtalespesialister)"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "value": 3200000000,
          "unit": "NOK",
          "year": 2014
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "rehabilitering-spesialist",
      "name": {
        "nb": "Habilitering og rehabilitering i spesialisthelsetjenesten",
        "en": "Specialist habilitation and rehabilitation"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "laboratorier",
      "name": {
        "nb": "Laboratorier og røntgen",
        "en": "Laboratory and imaging services"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "felleseide-selskaper",
      "name": {
        "nb": "Felleseide selskaper (RHF)",
        "en": "Jointly owned RHF companies"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "ikt-drift",
      "name": {
        "nb": "IKT-drift",
        "en": "IT system operation (IKT-drift)"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "dom-tvungent-psykisk-helsevern",
      "name": {
        "nb": "Dom på tvungent psykisk helsevern",
        "en": "Court-ordered compulsory mental health care"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "kommunal-medfinansiering",
      "name": {
        "nb": "Kommunal medfinansiering av spesialisthelsetjenesten",
        "en": "Municipal co-financing of specialist care"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "sykehusapotek",
      "name": {
        "nb": "Sykehusapotek",
        "en": "Hospital pharmacies (sykehusapotek)"
      },
      "baselineLevel": "spesialisthelsetjenesten",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "tannhelse",
      "name": {
        "nb": "Den offentlige tannhelsetjenesten",
        "en": "Public dental service"
      },
      "baselineLevel": "fylkeskommune",
      "figures": {
        "cost": {
          "value": 3477245000,
          "unit": "NOK",
          "year": 2017
        },
        "staff": {
          "missing": "no sourced figure"
        }
      }
    },
    {
      "id": "folkehelse-fylke",
      "name": {
        "nb": "Folkehelsearbeid i fylkeskommunen",
        "en": "County public health work"
      },
      "baselineLevel": "fylkeskommune",
      "figures": {
        "cost": {
          "missing": "no sourced figure"
        },
        "staff": {
          "missing": "no sourced figure"
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
