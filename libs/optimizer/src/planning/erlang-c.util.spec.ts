import { erlangCAgents, erlangCServiceLevel, erlangCWaitProbability } from './erlang-c.util';

describe('Erlang C', () => {
  // Textbook example: 100 calls per half hour, 3-minute handle time → 10 Erlangs; 80 % within 20 s.
  it('gives the textbook probabilities of waiting for 10 Erlangs', () => {
    expect(erlangCWaitProbability(11, 10)).toBeCloseTo(0.6821, 4);
    expect(erlangCWaitProbability(13, 10)).toBeCloseTo(0.2853, 4);
    expect(erlangCWaitProbability(14, 10)).toBeCloseTo(0.1741, 4);
  });

  it('gives the textbook service levels and staffs 14 agents for 80 % in 20 s', () => {
    expect(erlangCServiceLevel(13, 10, 20, 180)).toBeCloseTo(0.7956, 4);
    expect(erlangCServiceLevel(14, 10, 20, 180)).toBeCloseTo(0.8884, 4);
    expect(erlangCAgents(200, 3, 0.8, 20)).toBe(14);
  });

  it('agrees with the closed form A^N/N! · N/(N−A) / (Σ A^k/k! + …) on a small case', () => {
    const traffic = 2.5;
    const agents = 4;
    const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
    const top = (traffic ** agents / factorial(agents)) * (agents / (agents - traffic));
    let bottom = top;
    for (let k = 0; k < agents; k++) bottom += traffic ** k / factorial(k);
    expect(erlangCWaitProbability(agents, traffic)).toBeCloseTo(top / bottom, 10);
  });

  it('needs no agents without contacts and more than the traffic otherwise', () => {
    expect(erlangCAgents(0, 3, 0.8, 20)).toBe(0);
    expect(erlangCWaitProbability(3, 3)).toBe(1);
    expect(erlangCAgents(1, 6, 0.8, 60)).toBe(1);
  });
});
