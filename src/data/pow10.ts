/** 10^0 … 10^22, all exactly representable as doubles (number.ts, long-decimal.ts, decimal-key.ts). */
export const POW10 = new Float64Array(23);
for (let i = 0, p = 1; i < 23; i++, p *= 10) POW10[i] = p;
