import { seededRandom } from '../seeded-random.ts';

/** FNV-1a, 32 bit: a small, stable hash of a text (not for security). */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A permutation of 0..length-1 decided by the seed (Fisher–Yates). A class shares one seed, so
 * every student sees the options in the same order and the teacher can say "option B".
 */
export function seededOrder(length: number, seed: string): number[] {
  const order = Array.from({ length }, (_, index) => index);
  const random = seededRandom(hashText(seed));
  for (let index = length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

/** Like seededOrder, but never the original order: steps to put in order must start mixed up. */
export function seededDerangedOrder(length: number, seed: string): number[] {
  const order = seededOrder(length, seed);
  const unchanged = order.every((value, index) => value === index);
  return unchanged && length > 1 ? [...order.slice(1), order[0]!] : order;
}
