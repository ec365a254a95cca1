import fs from 'fs';
import {feature} from 'topojson-client';
const topo = JSON.parse(fs.readFileSync('node_modules/world-atlas/land-110m.json'));
const land = feature(topo, topo.objects.land);
const rings = [];
const geoms = land.type === 'FeatureCollection' ? land.features.map(f => f.geometry) : [land.geometry];
for (const g of geoms) {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) for (const ring of poly) {
    const out = [];
    for (const [lon, lat] of ring) {
      const p = [Math.round(lon * 10) / 10, Math.round(lat * 10) / 10];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    if (out.length >= 4) rings.push(out);
  }
}
fs.writeFileSync('land-110m.json', '[\n' + rings.map(r => JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(rings.length, rings.reduce((a, r) => a + r.length, 0));
