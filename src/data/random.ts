/**
 * mulberry32 (Tommy Ettinger, 2017): a 32-bit seeded PRNG with a 2^32 period, fast and good
 * enough for sampling rows (passes gjrand/PractRand up to modest sizes). `uniform()` joins two
 * draws into a 53-bit fraction in [0, 1), so `floor(uniform() · n)` is unbiased to within 2^−53
 * for any row count. The seed is taken modulo 2^32. O(1) per draw.
 */
export function mulberry32(seed: number): { next32(): number; uniform(): number } {
  let state = seed | 0;
  const next32 = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    next32,
    uniform: () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992,
  };
}
