/**
 * Fixed bins for first-reply times in the style of an HDR histogram: bin 0 holds waits under
 * one second, then every doubling of the wait (1–2 s, 2–4 s, … up to about 97 days) is split
 * into 32 equal bins, so a bin is at most 3.2 % wide and a quantile read from it is within
 * about 1.6 %. The bin comes straight from the bits of the double (exponent and the top five
 * mantissa bits), with no logarithm in the hot loop, and the size of the histogram does not
 * depend on how many messages or replications are counted.
 */
const SUB_BINS_LOG2 = 5;
const SUB_BINS = 1 << SUB_BINS_LOG2;
const OCTAVES = 23;

export const WAIT_BINS = 2 + OCTAVES * SUB_BINS;

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
/** Index of the word holding sign, exponent and top mantissa bits (1 on little-endian machines). */
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** Bin of a wait in minutes. */
export function waitBin(minutes: number): number {
  const seconds = minutes * 60;
  if (!(seconds >= 1)) return 0;
  bits[0] = seconds;
  const high = words[HIGH_WORD];
  const octave = (high >>> 20) - 1023;
  if (octave >= OCTAVES) return WAIT_BINS - 1;
  return 1 + (octave << SUB_BINS_LOG2) + ((high >>> (20 - SUB_BINS_LOG2)) & (SUB_BINS - 1));
}

/** Lower edge of a bin, minutes. */
export function waitBinLowerEdge(bin: number): number {
  if (bin === 0) return 0;
  const index = bin - 1;
  const octave = index >> SUB_BINS_LOG2;
  const sub = index & (SUB_BINS - 1);
  return (Math.pow(2, octave) * (1 + sub / SUB_BINS)) / 60;
}

function upperEdge(bin: number): number {
  return waitBinLowerEdge(bin + 1);
}

/** The p-quantile (minutes) of the counts in `bins[offset .. offset+WAIT_BINS)`; NaN when empty. */
export function waitQuantile(bins: ArrayLike<number>, offset: number, p: number): number {
  let total = 0;
  for (let b = 0; b < WAIT_BINS; b++) total += bins[offset + b];
  if (total <= 0) return NaN;
  const target = p * total;
  let cumulative = 0;
  for (let b = 0; b < WAIT_BINS; b++) {
    const count = bins[offset + b];
    if (count > 0 && cumulative + count >= target) {
      if (b === WAIT_BINS - 1) return waitBinLowerEdge(b);
      const within = (target - cumulative) / count;
      return waitBinLowerEdge(b) + within * (upperEdge(b) - waitBinLowerEdge(b));
    }
    cumulative += count;
  }
  return waitBinLowerEdge(WAIT_BINS - 1);
}
