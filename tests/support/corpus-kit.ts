/** Shared by the bad-workbook corpus files: the case and category shapes, and a seeded random source. */
import type { ZipPart } from './zip-writer';

export interface BadCase {
  category: string;
  name: string;
  build: () => Buffer;
  /** What the refusal should say, where one check is sure to be the one that fires. */
  expect: RegExp;
}

/** The real export's parts (file order), and the export itself. */
export interface CorpusBase {
  real: Buffer;
  parts: ZipPart[];
}

/** A category: its cases at full count, and how many of them npm test runs. */
export interface Category {
  name: string;
  modest: number;
  cases: (base: CorpusBase) => Omit<BadCase, 'category'>[];
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
export const bytes = (r: () => number, n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256)));

/** One part of the base replaced (or added, when it has no such part). */
export function withPart(base: CorpusBase, name: string, data: string | Buffer): ZipPart[] {
  const part = { name, data: typeof data === 'string' ? Buffer.from(data) : data };
  return base.parts.some((p) => p.name === name) ? base.parts.map((p) => (p.name === name ? part : p)) : [...base.parts, part];
}

export const partText = (base: CorpusBase, name: string) => base.parts.find((p) => p.name === name)!.data.toString('utf8');
