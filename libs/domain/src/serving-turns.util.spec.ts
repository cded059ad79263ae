import { ServingTurns } from './serving-turns.util';

const orderAt = (turns: ServingTurns, turn: number) => {
  const order: number[] = [];
  turns.forEach(turn, (pool) => order.push(pool));
  return order;
};

describe('ServingTurns', () => {
  it('serves the pools answering fewer queues first, and rotates who goes first among equals turn by turn', () => {
    // pools 0 and 2 answer two queues, pool 1 one, pool 3 three
    const turns = new ServingTurns([2, 1, 2, 3]);
    expect(orderAt(turns, 0)).toEqual([1, 0, 2, 3]);
    expect(orderAt(turns, 1)).toEqual([1, 2, 0, 3]);
    expect(orderAt(turns, 2)).toEqual([1, 0, 2, 3]);
    expect(turns.size).toBe(4);
  });
});
