/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit seeded PRNG with period 2³², good enough
 * for simulated test streams and reproducible from its seed alone. Returns floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 0/1 error stream: row i is an error with probability rate(i). */
export function errorStream(seed: number, length: number, rate: (i: number) => number): Uint8Array {
  const random = mulberry32(seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = random() < rate(i) ? 1 : 0;
  return out;
}
