import { readFileSync } from 'node:fs';
const r = JSON.parse(readFileSync('bench/results.json', 'utf8'));
const us = (v) => v < 1000 ? `${Math.round(v)} µs` : `${(v / 1000).toFixed(v < 10000 ? 1 : 0)} ms`.replace('.0 ms',' ms');
const peer = (v) => v < 1e6 ? `${(v/1000).toFixed(1)} ms` : `${(v/1e6).toFixed(1)} s`;
const names = { exact: 'exact', variant: 'variant', script: 'other script', miss: 'miss' };
for (const x of r.results) {
  let first = true;
  for (const [k, v] of Object.entries(x.kinds)) {
    const lead = first ? `| ${x.size.toLocaleString('en')} | ${x.aliases.toLocaleString('en')} | ${(x.buildMs/1000).toFixed(x.buildMs<1000?2:1)} s | ${Math.round(x.heapMb)} MB |` : '| | | | |';
    first = false;
    console.log(`${lead} ${names[k]} | ${us(v.canonym.medianUs)} | ${us(v.canonym.p99Us)} | ${Math.round(v.canonym.perSecond).toLocaleString('en')} | ${v.canonym.accuracy.toFixed(1).replace('.0','.0')} % | ${peer(v.peer.medianUs)} | ${v.peer.accuracy.toFixed(0)} % | ${Math.round(v.throughputRatio).toLocaleString('en')} |`);
  }
  console.log('save/load', x.indexMb.toFixed(1), x.loadMs|0, (x.buildMs/x.loadMs).toFixed(1));
}
console.log(JSON.stringify(r.linearity.map(l=>[l.operation,l.ratio.toFixed(1)])));
console.log(JSON.stringify(r.bundleSizes));
