import nlp from 'fr-compromise';
import { makeArticles, paragraphs } from './extract.js';
import { extract } from '../src/extract/extract.js';

/*
 * How many calls extract() and fr-compromise need before their cost per article stops falling:
 * the median CPU ms per article of each pass over the same articles, pass after pass, one side per
 * process (`node --import tsx bench/warmup-curve.ts extract|baseline [passes] [articles]`).
 */
const side = process.argv[2] === 'baseline' ? 'baseline' : 'extract';
const passes = Number(process.argv[3] ?? 25);
const articles = makeArticles(await paragraphs(), Number(process.argv[4] ?? 200));
const run = side === 'extract' ? (a: string) => extract(a) : (a: string) => nlp(a).json();
const medians: string[] = [];
for (let p = 0; p < passes; p++) {
  const cpu = articles.map((a) => {
    const t0 = process.cpuUsage();
    run(a);
    const d = process.cpuUsage(t0);
    return (d.user + d.system) / 1000;
  });
  cpu.sort((x, y) => x - y);
  medians.push(cpu[Math.floor(cpu.length / 2)]!.toFixed(2));
}
console.log(`${side}: median CPU ms per article, pass by pass over ${articles.length} articles: ${medians.join(' ')}`);
