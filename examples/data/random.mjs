// The seeded generator shared by the example data scripts and the benchmark: mulberry32
// (Tommy Ettinger, 2017), a 32-bit PRNG returning uniforms in [0, 1). The same seed gives the
// same numbers on every machine, so every generated file is reproducible byte for byte.
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
