/** Actual/forecast pairs a metric scores: hours whose actual is missing (null or NaN) are left out. */
export function* knownPairs(actual: ArrayLike<number | null>, forecast: ArrayLike<number>): Generator<[number, number]> {
  if (actual.length !== forecast.length) {
    throw new RangeError(`actual (${actual.length}) and forecast (${forecast.length}) differ in length`);
  }
  for (let i = 0; i < actual.length; i++) {
    const y = actual[i];
    if (y === null || Number.isNaN(y)) continue;
    yield [y, forecast[i]];
  }
}
