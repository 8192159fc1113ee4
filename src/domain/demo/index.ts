// Public surface of the demo-data generator.
export { generateDemo, pickDemoAccountsHints, allot, DEFAULT_DEMO_PEOPLE } from './generate.js';
export type { DemoOptions, DemoResult, DemoPairing, DemoStats, DemoAccountHints } from './generate.js';
export {
  SICHUAN_PREFECTURES,
  SICHUAN_COUNTIES,
  TIBETAN_AREA_COUNTIES,
  TIBETAN_AREA_COUNTY_CODES,
  YI_AREA_COUNTIES,
  ECOSYSTEM_ALTITUDES,
  TIBET_AID_PAIRINGS,
  SUPPORTING_CITIES_7_20,
  SUPPORTING_CITIES_9_12,
  PROVINCE_CODE,
  PROVINCE_NAME,
  OUT_OF_PROVINCE_BIRTHPLACES,
  countyByCode,
  prefectureByCode,
  countiesOf,
  hardshipFromAltitude,
  pairedCountiesByCity,
  supportingCityOf,
} from './geography.js';
export type { PrefectureInfo, CountyInfo, PairingInfo, PairingMode, EthnicMix } from './geography.js';
export { KNOWN_TOWNSHIPS } from './townships.js';
export { SPECIALITIES } from './person-data.js';
export { Rng } from './rng.js';
