/**
 * The fleet plan: which shard of N evaluates which model. Pure (models and their sizes in, shards
 * out); src/engine/fleet.ts measures the sizes, src/cli-plan.ts prints the plan.
 *
 * Algorithm: rendezvous (highest-random-weight) hashing with bounded loads.
 *  1. Each model ranks the shards by sha256(`${name}\0${shard}`), highest first, and goes to its
 *     first choice. Alone, this is rendezvous hashing: a model's shard depends on its name and N
 *     only, so adding or removing a model moves no other model, and changing N moves about 1/N.
 *  2. Rendezvous balances the number of models, not their bytes. So a shard over the capacity
 *     C = (1 + SLACK) × total / N sends away its models with the weakest claim on it (lowest
 *     score) first, each to its next choice with room, until it is within C; a model with room
 *     nowhere goes to the least-loaded other shard when that lowers the larger of the two loads.
 *     (The bounded-loads idea is Mirrokni, Thorup and Zadimoghaddam, SODA 2018; here weighted,
 *     and applied only to overloaded shards so that the rest keep their rendezvous placement.)
 *
 * Trade-off: SLACK buys stability with balance. Bound: the largest shard holds at most
 * max((1 + SLACK) × mean, mean + the largest model) (a shard left over C kept a model that the
 * least-loaded shard, at most the mean, could not take without reaching its load). Measured on
 * 200 heavy-tailed models (test/engine/plan.test.ts, docs/github.md#fleets-over-a-matrix):
 * adding a model moves 0.05 others on average, removing one 0.6; plain rendezvous (slack ∞)
 * moves none but its largest shard reached 2.5× the mean.
 *
 * Sizes are rounded up to a quarter power of two (about 19 % steps, SIZE_STEPS_PER_DOUBLING) before
 * anything else, so that data that grows a little from one day to the next moves no model, and
 * every job of a workflow run, measuring the same checkout, computes the same plan.
 *
 * Cost: O(M·N) hashes and O(M log M + M·N) for the placement, M models over N shards.
 */
import { createHash } from 'node:crypto';

export interface PlanModel {
  readonly name: string;
  /** Bytes of its data (fleet.ts: file sources measured, other sources counted as a default). */
  readonly bytes: number;
}

export interface Shard {
  /** 1-based, as in `--shard 2/3`. */
  readonly index: number;
  /** Its models, in the order given (the policy order). */
  readonly models: readonly string[];
  /** The sum of its models' rounded sizes. */
  readonly bytes: number;
}

export interface Plan {
  readonly count: number;
  readonly shards: readonly Shard[];
  /** Model name → 1-based shard. */
  readonly shardOf: ReadonlyMap<string, number>;
}

/** How much a shard may exceed the mean before a model goes to its next choice. */
export const SLACK = 0.25;
export const SIZE_STEPS_PER_DOUBLING = 4;
/** Most shards `auto` picks (a free account runs 20 jobs at once) and a plan allows (GitHub's matrix limit). */
export const AUTO_MAX_SHARDS = 20;
export const MAX_SHARDS = 256;
/** `auto` aims at no more than this many models, and this many bytes, per shard. */
export const AUTO_MODELS_PER_SHARD = 25;
export const AUTO_BYTES_PER_SHARD = 256 * 1024 * 1024;

/** The size a model is planned with: at least 1 byte, rounded up to a quarter power of two. */
export function plannedSize(bytes: number): number {
  if (!(bytes > 1)) return 1;
  return 2 ** (Math.ceil(Math.log2(bytes) * SIZE_STEPS_PER_DOUBLING - 1e-9) / SIZE_STEPS_PER_DOUBLING);
}

/**
 * `--shards auto`: enough shards that none holds more than 25 models or 256 MiB, at most 20, never
 * more than the models, at least 1: max(⌈M / 25⌉, ⌈bytes / 256 MiB⌉) clamped to [1, min(20, M)].
 */
export function autoShardCount(models: readonly PlanModel[]): number {
  const bytes = models.reduce((sum, m) => sum + plannedSize(m.bytes), 0);
  const wanted = Math.max(Math.ceil(models.length / AUTO_MODELS_PER_SHARD), Math.ceil(bytes / AUTO_BYTES_PER_SHARD));
  return Math.max(1, Math.min(AUTO_MAX_SHARDS, models.length, wanted));
}

/** The model's score for a shard: the first 48 bits of sha256(name NUL shard), as an integer. */
function score(name: string, shard: number): number {
  return createHash('sha256').update(`${name}\0${shard}`).digest().readUIntBE(0, 6);
}

function rankedScores(name: string, count: number): { shard: number; score: number }[] {
  const scores = Array.from({ length: count }, (_, i) => ({ shard: i + 1, score: score(name, i + 1) }));
  return scores.sort((a, b) => b.score - a.score || a.shard - b.shard);
}

/** Shards 1..count ranked for this model, best first (rendezvous order). */
export function ranking(name: string, count: number): number[] {
  return rankedScores(name, count).map((s) => s.shard);
}

/** Throws on a count outside 1..256 or a repeated model name. `slack`: SLACK, or Infinity for plain rendezvous (to measure the trade-off). */
export function planShards(models: readonly PlanModel[], count: number, slack: number = SLACK): Plan {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) throw new RangeError(`the shard count must be an integer from 1 to ${MAX_SHARDS}, got ${count}`);
  const sized = models.map((m, order) => ({ name: m.name, size: plannedSize(m.bytes), order }));
  if (new Set(sized.map((m) => m.name)).size !== sized.length) throw new RangeError('model names must be unique to be planned');
  const total = sized.reduce((sum, m) => sum + m.size, 0);
  const capacity = ((1 + slack) * total) / count;
  const loads = new Array<number>(count + 1).fill(0);
  const shardOf = new Map<string, number>();
  const ranked = new Map<string, { order: number[]; scores: Map<number, number> }>();
  // 1. Rendezvous: every model on its first choice.
  for (const model of sized) {
    const order = rankedScores(model.name, count);
    ranked.set(model.name, { order: order.map((s) => s.shard), scores: new Map(order.map((s) => [s.shard, s.score])) });
    const first = order[0]!.shard;
    shardOf.set(model.name, first);
    loads[first] = (loads[first] ?? 0) + model.size;
  }
  // 2. Bounded loads: a shard over the capacity sends away its models with the weakest claim on it
  //    (lowest score) first, each to its next choice with room, until it is within the capacity. A
  //    model with no room anywhere goes to the least-loaded other shard when that lowers the larger
  //    of the two loads, else stays. One pass, by shard index.
  for (let shard = 1; shard <= count; shard++) {
    if ((loads[shard] ?? 0) <= capacity) continue;
    const here = sized.filter((m) => shardOf.get(m.name) === shard);
    here.sort((a, b) => (ranked.get(a.name)!.scores.get(shard) ?? 0) - (ranked.get(b.name)!.scores.get(shard) ?? 0) || (a.name < b.name ? -1 : 1));
    for (const model of here) {
      if ((loads[shard] ?? 0) <= capacity) break;
      let target = ranked.get(model.name)!.order.find((s) => s !== shard && (loads[s] ?? 0) + model.size <= capacity);
      if (target === undefined) {
        // No room under the capacity: the least-loaded other shard, when that lowers the larger of the two.
        const lightest = ranked.get(model.name)!.order.filter((s) => s !== shard).reduce<number | undefined>((best, s) => (best === undefined || (loads[s] ?? 0) < (loads[best] ?? 0) ? s : best), undefined);
        if (lightest === undefined || (loads[lightest] ?? 0) + model.size >= (loads[shard] ?? 0)) continue;
        target = lightest;
      }
      loads[shard] = (loads[shard] ?? 0) - model.size;
      loads[target] = (loads[target] ?? 0) + model.size;
      shardOf.set(model.name, target);
    }
  }
  const shards: Shard[] = Array.from({ length: count }, (_, i) => ({
    index: i + 1,
    models: sized.filter((m) => shardOf.get(m.name) === i + 1).map((m) => m.name),
    bytes: loads[i + 1] ?? 0,
  }));
  return { count, shards, shardOf };
}

/** `i/N` → { index, count }; throws a message that says what is expected. */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new RangeError(`a shard is written i/N with 1 ≤ i ≤ N ≤ ${MAX_SHARDS} (e.g. 2/3), got ${JSON.stringify(text)}`);
  }
  return { index, count };
}

/**
 * The plan as JSON for `strategy.matrix`: `{"shard":["1/3",…],"include":[{"shard":"1/3","models":"a, b","bytes":…},…]}`.
 * `shard` is the one dimension; an `include` entry matches a `shard` value and only adds
 * `matrix.models` and `matrix.bytes` to that job (GitHub adds an include entry's keys to the
 * combinations it matches without creating new ones).
 */
export function matrixJson(plan: Plan): string {
  const id = (index: number): string => `${index}/${plan.count}`;
  return JSON.stringify({
    shard: plan.shards.map((s) => id(s.index)),
    include: plan.shards.map((s) => ({ shard: id(s.index), models: s.models.join(', '), bytes: Math.round(s.bytes) })),
  });
}
