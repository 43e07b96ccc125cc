// The countries generate-places.js takes from GeoNames, the file each goes to, and where the places
// of each first-level division (GeoNames admin1 code) lie: a region of ontology/gazetteer/places.ttl.
// A division that has no curated region there is left out, and its places lie in the country. So are
// the divisions that are a capital city (Kyiv City, Aden, Yangon): a settlement lies in no settlement
// (shapes/), so the parts of such a city that GeoNames lists lie in the country.
//
// A country taken only in part lists the divisions it is taken from in `only` and says which part in `part`
// (Russia: the North Caucasus and the oblasts on the border with Ukraine); the places of its other divisions are
// left out, and take no part in the filters of generate-places.js.
'use strict';

/** Syria and Iraq: every governorate is curated. */
const SYRIA_IRAQ = 'ontology/gazetteer/places-geonames.ttl';
/** The other wars: one file for all, sorted by country. */
const OTHER_WARS = 'ontology/gazetteer/places-geonames-conflicts.ttl';

const COUNTRIES = {
  SY: {
    key: 'syria', name: 'Syria', file: SYRIA_IRAQ, filtered: false,
    regions: {
      '01': 'al-hasakah-governorate', '02': 'latakia-governorate', '03': 'quneitra-governorate', '04': 'raqqa-governorate',
      '05': 'suwayda-governorate', '06': 'daraa-governorate', '07': 'deir-ez-zor-governorate', '08': 'rif-dimashq',
      '09': 'aleppo-governorate', '10': 'hama-governorate', '11': 'homs-governorate', '12': 'idlib-governorate',
      '13': 'damascus-governorate', '14': 'tartus-governorate',
    },
  },
  IQ: {
    key: 'iraq', name: 'Iraq', file: SYRIA_IRAQ, filtered: false,
    regions: {
      '01': 'anbar', '02': 'basra-governorate', '03': 'muthanna', '04': 'al-qadisiyah', '05': 'sulaymaniyah-governorate',
      '06': 'babil', '07': 'baghdad-governorate', '08': 'duhok-governorate', '09': 'dhi-qar', '10': 'diyala',
      '11': 'erbil-governorate', '12': 'karbala-governorate', '13': 'kirkuk-governorate', '14': 'maysan', '15': 'nineveh',
      '16': 'wasit', '17': 'najaf-governorate', '18': 'salah-ad-din', '19': 'halabja-governorate',
    },
  },
  AF: {
    key: 'afghanistan', name: 'Afghanistan', file: OTHER_WARS,
    regions: {
      '01': 'badakhshan-province', '02': 'badghis-province', '03': 'baghlan-province', '05': 'bamyan-province',
      '06': 'farah-province', '07': 'faryab-province', '08': 'ghazni-province', '09': 'ghor-province',
      '10': 'helmand-province', '11': 'herat-province', '13': 'kabul-province', '14': 'kapisa-province',
      '17': 'logar-province', '18': 'nangarhar-province', '19': 'nimruz-province', '23': 'kandahar-province',
      '24': 'kunduz-province', '26': 'takhar-province', '27': 'wardak-province', '28': 'zabul-province',
      '29': 'paktika-province', '30': 'balkh-province', '31': 'jowzjan-province', '32': 'samangan-province',
      '33': 'sar-e-pol-province', '34': 'kunar-province', '35': 'laghman-province', '36': 'paktia-province',
      '37': 'khost-province', '38': 'nuristan-province', '39': 'uruzgan-province', '40': 'parwan-province',
      '41': 'daykundi-province', '42': 'panjshir-province',
    },
  },
  AM: {
    // Syunik, Tavush and Gegharkunik: the provinces on the border that Azerbaijan's forces shelled or entered.
    key: 'armenia', name: 'Armenia', file: OTHER_WARS,
    regions: { '04': 'gegharkunik-province', '08': 'syunik-province', '09': 'tavush-province' },
  },
  AZ: {
    // GeoNames' divisions are districts: those of Nagorno-Karabakh (Khojaly, Shusha, Khojavend, Khankendi) and the
    // Nakhchivan exclave have curated regions; the others lie in the country.
    key: 'azerbaijan', name: 'Azerbaijan', file: OTHER_WARS,
    regions: {
      '35': 'nakhchivan-autonomous-republic', '55': 'nagorno-karabakh', '56': 'nagorno-karabakh',
      '61': 'nagorno-karabakh', '64': 'nagorno-karabakh', '65': 'nagorno-karabakh',
    },
  },
  BA: {
    // The two entities of the Dayton agreement; Brčko District lies in the country.
    key: 'bosnia-and-herzegovina', name: 'Bosnia and Herzegovina', file: OTHER_WARS,
    regions: { '01': 'federation-of-bosnia-and-herzegovina', '02': 'republika-srpska' },
  },
  BF: {
    // Centre (Ouagadougou) and Sahel are not curated: "Centre Region" and "Sahel region" name other places too.
    key: 'burkina-faso', name: 'Burkina Faso', file: OTHER_WARS,
    regions: {
      '01': 'boucle-du-mouhoun-region', '02': 'cascades-region', '04': 'centre-est-region', '05': 'centre-nord-region',
      '06': 'centre-ouest-region', '07': 'centre-sud-region', '08': 'est-region-burkina-faso', '09': 'hauts-bassins-region',
      '10': 'nord-region-burkina-faso', '11': 'plateau-central-region', '13': 'sud-ouest-region',
    },
  },
  CD: {
    key: 'democratic-republic-of-the-congo', name: 'Democratic Republic of the Congo', file: OTHER_WARS,
    regions: {
      '11': 'north-kivu', '12': 'south-kivu', '16': 'haut-uele-province', '17': 'ituri-province',
      '29': 'tanganyika-province',
    },
  },
  CF: {
    // Bangui is a division of its own, so its places lie in the country.
    key: 'central-african-republic', name: 'Central African Republic', file: OTHER_WARS,
    regions: {
      '02': 'basse-kotto-prefecture', '03': 'haute-kotto-prefecture', '05': 'haut-mbomou-prefecture', '08': 'mbomou-prefecture',
      '11': 'ouaka-prefecture', '12': 'ouham-prefecture', '13': 'ouham-pende-prefecture', '14': 'vakaga-prefecture',
      '15': 'nana-grebizi-prefecture',
    },
  },
  CM: {
    // Only the Far North is curated: "the north-west region" and "the south-west region" name parts of many countries.
    key: 'cameroon', name: 'Cameroon', file: OTHER_WARS,
    regions: { '12': 'far-north-region-cameroon' },
  },
  CO: {
    // The departments of the war with the FARC, the ELN and the paramilitaries; Bogotá is a division of its own.
    key: 'colombia', name: 'Colombia', file: OTHER_WARS,
    regions: {
      '02': 'antioquia-department', '03': 'arauca-department', '08': 'caqueta-department', '09': 'cauca-department',
      '11': 'choco-department', '14': 'guaviare-department', '19': 'meta-department', '20': 'narino-department',
      '21': 'norte-de-santander-department', '22': 'putumayo-department', '30': 'vaupes-department',
    },
  },
  CY: {
    // The island of the coup and the Turkish invasion of 1974. GeoNames' divisions are the six districts of the
    // Republic, whose names are those of their towns and which the line of 1974 cuts: its places lie in the country.
    key: 'cyprus', name: 'Cyprus', file: OTHER_WARS,
    regions: {},
  },
  ET: {
    key: 'ethiopia', name: 'Ethiopia', file: OTHER_WARS,
    regions: {
      '45': 'afar-region', '46': 'amhara-region', '47': 'benishangul-gumuz-region',
      '49': 'gambela-region', '51': 'oromia-region', '52': 'somali-region', '53': 'tigray-region',
    },
  },
  GE: {
    // Tbilisi is a division of its own. South Ossetia is no division in GeoNames (its places lie in Shida Kartli).
    key: 'georgia', name: 'Georgia', file: OTHER_WARS,
    regions: { '02': 'abkhazia' },
  },
  HR: {
    // Croatia's counties are seldom named in war reporting: its places lie in the country.
    key: 'croatia', name: 'Croatia', file: OTHER_WARS,
    regions: {},
  },
  HT: {
    key: 'haiti', name: 'Haiti', file: OTHER_WARS,
    regions: { '06': 'artibonite-department', '11': 'ouest-department' },
  },
  IL: {
    // Israel's districts are seldom named in war reporting; GeoNames files a few West Bank settlements under IL.WE.
    key: 'israel', name: 'Israel', file: OTHER_WARS,
    regions: { WE: 'west-bank' },
  },
  IN: {
    // Only the union territory of Jammu and Kashmir (GeoNames' division 12, without Ladakh since 2019): the Line of
    // Control, the insurgency and the strikes across it. The rest of India is far from these wars, and its many towns
    // would take the names of Pakistan's and Afghanistan's.
    key: 'india', name: 'India', file: OTHER_WARS,
    part: 'the union territory of Jammu and Kashmir',
    only: ['12'],
    regions: { '12': 'jammu-and-kashmir' },
  },
  IR: {
    // Iraq's neighbour in the war of 1980-88. Only Khuzestan, the province of its front in the south, is curated; the
    // places of the other provinces lie in the country.
    key: 'iran', name: 'Iran', file: OTHER_WARS,
    regions: { '15': 'khuzestan-province' },
  },
  KW: {
    // The emirate Iraq invaded and occupied in 1990-91. Its six governorates are not curated (their names are those
    // of their towns, and the Capital governorate holds Kuwait City): its places lie in the country.
    key: 'kuwait', name: 'Kuwait', file: OTHER_WARS,
    regions: {},
  },
  LB: {
    key: 'lebanon', name: 'Lebanon', file: OTHER_WARS,
    regions: {
      '05': 'mount-lebanon-governorate', '06': 'south-governorate-lebanon', '07': 'nabatieh-governorate',
      '08': 'bekaa-governorate', '09': 'north-governorate-lebanon', '10': 'akkar-governorate',
      '11': 'baalbek-hermel-governorate',
    },
  },
  LK: {
    // The nine provinces. The Vanni (the mainland of the Northern Province) is curated but is no GeoNames division: its
    // places from GeoNames lie in the Northern Province, its curated towns in the Vanni.
    key: 'sri-lanka', name: 'Sri Lanka', file: OTHER_WARS,
    regions: {
      '29': 'central-province-sri-lanka', '30': 'north-central-province-sri-lanka', '32': 'north-western-province-sri-lanka',
      '33': 'sabaragamuwa-province', '34': 'southern-province-sri-lanka', '35': 'uva-province',
      '36': 'western-province-sri-lanka', '37': 'eastern-province-sri-lanka', '38': 'northern-province-sri-lanka',
    },
  },
  LY: {
    // Libya's districts grouped into its three historic regions; Al Jufrah, on their border, lies in the country.
    key: 'libya', name: 'Libya', file: OTHER_WARS,
    regions: {
      '67': 'tripolitania', '68': 'tripolitania', '72': 'tripolitania', '74': 'tripolitania', '76': 'tripolitania',
      '77': 'tripolitania', '80': 'tripolitania', '81': 'tripolitania', '82': 'tripolitania',
      '63': 'cyrenaica', '65': 'cyrenaica', '66': 'cyrenaica', '69': 'cyrenaica', '70': 'cyrenaica', '79': 'cyrenaica',
      '83': 'cyrenaica',
      '71': 'fezzan', '73': 'fezzan', '75': 'fezzan', '78': 'fezzan', '84': 'fezzan',
    },
  },
  ML: {
    key: 'mali', name: 'Mali', file: OTHER_WARS,
    regions: {
      '03': 'kayes-region', '04': 'mopti-region', '05': 'segou-region', '06': 'sikasso-region',
      '07': 'koulikoro-region', '08': 'timbuktu-region', '09': 'gao-region', '10': 'kidal-region',
      '12070575': 'taoudenit-region', '12070577': 'menaka-region',
    },
  },
  MM: {
    key: 'myanmar', name: 'Myanmar', file: OTHER_WARS,
    regions: {
      '01': 'rakhine-state', '02': 'chin-state', '03': 'ayeyarwady-region', '04': 'kachin-state', '05': 'kayin-state',
      '06': 'kayah-state', '08': 'mandalay-region', '10': 'sagaing-region', '11': 'shan-state', '12': 'tanintharyi-region',
      '13': 'mon-state', '15': 'magway-region', '16': 'bago-region',
    },
  },
  MZ: {
    key: 'mozambique', name: 'Mozambique', file: OTHER_WARS,
    regions: { '01': 'cabo-delgado-province', '06': 'nampula-province', '07': 'niassa-province' },
  },
  NE: {
    key: 'niger', name: 'Niger', file: OTHER_WARS,
    regions: {
      '01': 'agadez-region', '02': 'diffa-region', '03': 'dosso-region', '04': 'maradi-region', '06': 'tahoua-region',
      '07': 'zinder-region', '09': 'tillaberi-region',
    },
  },
  NG: {
    // The states of the north-east, the north-west, the Middle Belt and the Niger Delta; the others lie in the country.
    key: 'nigeria', name: 'Nigeria', file: OTHER_WARS,
    regions: {
      '23': 'kaduna-state', '24': 'katsina-state', '26': 'benue-state', '27': 'borno-state', '29': 'kano-state', '31': 'niger-state',
      '35': 'adamawa-state', '36': 'delta-state', '40': 'kebbi-state', '43': 'taraba-state', '44': 'yobe-state', '46': 'bauchi-state',
      '49': 'plateau-state', '50': 'rivers-state', '51': 'sokoto-state', '52': 'bayelsa-state', '55': 'gombe-state',
      '57': 'zamfara-state',
    },
  },
  PK: {
    // Only Azad Kashmir (06), across the Line of Control from Jammu and Kashmir, and Khyber Pakhtunkhwa (03, with the
    // former tribal areas), on the border with Afghanistan and where India's jets struck Balakot in 2019. Punjab,
    // Sindh and Balochistan are not taken: their towns would take the names of India's and Afghanistan's.
    key: 'pakistan', name: 'Pakistan', file: OTHER_WARS,
    part: 'Azad Kashmir and Khyber Pakhtunkhwa',
    only: ['03', '06'],
    regions: { '03': 'khyber-pakhtunkhwa', '06': 'azad-kashmir' },
  },
  PS: {
    key: 'palestine', name: 'Palestinian territories', file: OTHER_WARS,
    regions: { GZ: 'gaza-strip', WE: 'west-bank' },
  },
  RS: {
    // GeoNames divides Serbia into Vojvodina and the rest ("Central Serbia"), which lies in the country.
    key: 'serbia', name: 'Serbia', file: OTHER_WARS,
    regions: { VO: 'vojvodina' },
  },
  RU: {
    // Only the North Caucasus and the oblasts on the border with Ukraine: the rest of Russia is far from these wars, and
    // its many villages would take the names of Ukraine's.
    key: 'russia', name: 'Russia', file: OTHER_WARS,
    part: 'the North Caucasus and the oblasts on the border with Ukraine',
    only: ['09', '10', '12', '17', '19', '22', '27', '41', '61', '68', '70'],
    regions: {
      '09': 'belgorod-oblast', '10': 'bryansk-oblast', '12': 'chechnya', '17': 'dagestan', '19': 'ingushetia',
      '22': 'kabardino-balkaria', '27': 'karachay-cherkessia', '41': 'kursk-oblast', '61': 'rostov-oblast',
      '68': 'north-ossetia', '70': 'stavropol-krai',
    },
  },
  SD: {
    key: 'sudan', name: 'Sudan', file: OTHER_WARS,
    regions: {
      '29': 'khartoum-state', '36': 'red-sea-state', '38': 'gezira-state', '39': 'gedaref-state', '41': 'white-nile-state',
      '42': 'blue-nile-state', '43': 'northern-state-sudan', '47': 'west-darfur', '49': 'south-darfur', '50': 'south-kordofan',
      '52': 'kassala-state', '53': 'river-nile-state', '55': 'north-darfur', '56': 'north-kordofan', '58': 'sennar-state',
      '60': 'east-darfur', '61': 'central-darfur', '62': 'west-kordofan',
    },
  },
  SO: {
    key: 'somalia', name: 'Somalia', file: OTHER_WARS,
    regions: {
      '01': 'bakool', '03': 'bari-region', '04': 'bay-region', '05': 'galguduud', '06': 'gedo',
      '07': 'hiran-region', '08': 'middle-juba', '09': 'lower-juba', '10': 'mudug', '12': 'sanaag', '13': 'middle-shabelle',
      '14': 'lower-shabelle', '18': 'nugal', '19': 'togdheer', '20': 'woqooyi-galbeed', '21': 'awdal', '22': 'sool',
    },
  },
  SS: {
    key: 'south-sudan', name: 'South Sudan', file: OTHER_WARS,
    regions: {
      '01': 'central-equatoria', '02': 'eastern-equatoria', '03': 'jonglei-state', '04': 'lakes-state', '05': 'northern-bahr-el-ghazal',
      '06': 'unity-state', '07': 'upper-nile-state', '08': 'warrap-state', '09': 'western-bahr-el-ghazal', '10': 'western-equatoria',
    },
  },
  TD: {
    // N'Djamena is a division of its own.
    key: 'chad', name: 'Chad', file: OTHER_WARS,
    regions: { '07': 'lac-province', '12': 'ouaddai-province', '26': 'tibesti-province' },
  },
  UA: {
    // Sevastopol's places lie in Crimea.
    key: 'ukraine', name: 'Ukraine', file: OTHER_WARS,
    regions: {
      '01': 'cherkasy-oblast', '02': 'chernihiv-oblast', '03': 'chernivtsi-oblast', '04': 'dnipropetrovsk-oblast',
      '05': 'donetsk-oblast', '06': 'ivano-frankivsk-oblast', '07': 'kharkiv-oblast', '08': 'kherson-oblast',
      '09': 'khmelnytskyi-oblast', '10': 'kirovohrad-oblast', '11': 'crimea', '13': 'kyiv-oblast', '14': 'luhansk-oblast',
      '15': 'lviv-oblast', '16': 'mykolaiv-oblast', '17': 'odesa-oblast', '18': 'poltava-oblast', '19': 'rivne-oblast', '20': 'crimea',
      '21': 'sumy-oblast', '22': 'ternopil-oblast', '23': 'vinnytsia-oblast', '24': 'volyn-oblast', '25': 'zakarpattia-oblast',
      '26': 'zaporizhzhia-oblast', '27': 'zhytomyr-oblast',
    },
  },
  XK: {
    // Kosovo's districts are seldom named in war reporting: its places lie in the country.
    key: 'kosovo', name: 'Kosovo', file: OTHER_WARS,
    regions: {},
  },
  YE: {
    key: 'yemen', name: 'Yemen', file: OTHER_WARS,
    regions: {
      '01': 'abyan-governorate', '03': 'al-mahrah-governorate', '04': 'hadramaut-governorate',
      '05': 'shabwah-governorate', '08': 'hodeidah-governorate', '10': 'al-mahwit-governorate', '11': 'dhamar-governorate',
      '14': 'marib-governorate', '15': 'saada-governorate', '16': 'sanaa-governorate', '18': 'dhale-governorate',
      '19': 'amran-governorate', '20': 'al-bayda-governorate', '21': 'al-jawf-governorate', '22': 'hajjah-governorate',
      '23': 'ibb-governorate', '24': 'lahij-governorate', '25': 'taiz-governorate', '27': 'raymah-governorate',
      '28': 'socotra',
    },
  },
};

module.exports = { COUNTRIES, SYRIA_IRAQ, OTHER_WARS };
