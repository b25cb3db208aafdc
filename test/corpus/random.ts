/**
 * The corpus's seeded choices: mulberry32 (the tests' copy of examples/data/random.mjs), so that the same
 * seed writes the same corpus, byte for byte, on every machine.
 */
export interface Rng {
  /** A uniform in [0, 1). */
  (): number;
}

export { mulberry32 } from '../stats/detectors/prng.js';

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)]!;
}

/** Up to `n` distinct items, in a seeded order. */
export function sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

export function integer(rng: Rng, low: number, high: number): number {
  return low + Math.floor(rng() * (high - low + 1));
}

/** A short, stable tag for a name (FNV-1a, 32 bits, hex). */
export function tag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
