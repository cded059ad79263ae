// looked up once: global Math/Number lookups are very slow inside Jest's sandbox
const { max, min } = Math;

/**
 * Minimises `objective` over the unit box [0, 1]^d with the Nelder–Mead simplex (points are
 * clamped into the box). Deterministic: same start, same answer. Good enough for the three to
 * five smoothing weights of a forecasting model, where each evaluation is one pass over the data.
 */
export function minimiseInUnitBox(
  objective: (point: number[]) => number,
  start: number[],
  options: { iterations: number; initialStep: number },
): { point: number[]; value: number } {
  const dimension = start.length;
  const clamp = (point: number[]) => point.map((value) => min(1, max(0, value)));
  const simplex: number[][] = [clamp(start)];
  for (let i = 0; i < dimension; i++) {
    const vertex = [...start];
    vertex[i] = vertex[i] + options.initialStep > 1 ? vertex[i] - options.initialStep : vertex[i] + options.initialStep;
    simplex.push(clamp(vertex));
  }
  let values = simplex.map(objective);
  for (let iteration = 0; iteration < options.iterations; iteration++) {
    const order = values.map((_, index) => index).sort((a, b) => values[a] - values[b]);
    const sorted = order.map((index) => simplex[index]);
    values = order.map((index) => values[index]);
    sorted.forEach((vertex, index) => (simplex[index] = vertex));
    const centroid = new Array<number>(dimension).fill(0);
    for (let i = 0; i < dimension; i++) for (let j = 0; j < dimension; j++) centroid[j] += simplex[i][j] / dimension;
    const worst = simplex[dimension];
    const toward = (factor: number) => clamp(centroid.map((value, j) => value + factor * (value - worst[j])));
    const reflected = toward(1);
    const reflectedValue = objective(reflected);
    if (reflectedValue < values[0]) {
      const expanded = toward(2);
      const expandedValue = objective(expanded);
      if (expandedValue < reflectedValue) {
        simplex[dimension] = expanded;
        values[dimension] = expandedValue;
      } else {
        simplex[dimension] = reflected;
        values[dimension] = reflectedValue;
      }
    } else if (reflectedValue < values[dimension - 1]) {
      simplex[dimension] = reflected;
      values[dimension] = reflectedValue;
    } else {
      const contracted = toward(-0.5);
      const contractedValue = objective(contracted);
      if (contractedValue < values[dimension]) {
        simplex[dimension] = contracted;
        values[dimension] = contractedValue;
      } else {
        // shrink everything toward the best vertex
        for (let i = 1; i <= dimension; i++) {
          simplex[i] = clamp(simplex[i].map((value, j) => simplex[0][j] + 0.5 * (value - simplex[0][j])));
          values[i] = objective(simplex[i]);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= dimension; i++) if (values[i] < values[best]) best = i;
  return { point: simplex[best], value: values[best] };
}
