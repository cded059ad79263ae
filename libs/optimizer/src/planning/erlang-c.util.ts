/**
 * Erlang C (M/M/N queue) for real-time channels such as live chat, where a contact waits
 * on the line: the probability of waiting, the service level, and the fewest agents that
 * reach a target service level. Traffic is in Erlangs: contacts per hour × handle hours.
 */

/** Probability that a contact has to wait with `agents` agents and `traffic` Erlangs (1 when agents ≤ traffic). */
export function erlangCWaitProbability(agents: number, traffic: number): number {
  if (traffic <= 0) return 0;
  if (agents <= traffic) return 1;
  // Erlang B by its stable recursion, then C from B
  let blocking = 1;
  for (let n = 1; n <= agents; n++) blocking = (traffic * blocking) / (n + traffic * blocking);
  return (agents * blocking) / (agents - traffic * (1 - blocking));
}

/** Share of contacts answered within `answerWithinSeconds`. */
export function erlangCServiceLevel(agents: number, traffic: number, answerWithinSeconds: number, handleSeconds: number): number {
  if (traffic <= 0) return 1;
  if (agents <= traffic) return 0;
  const waiting = erlangCWaitProbability(agents, traffic);
  return 1 - waiting * Math.exp((-(agents - traffic) * answerWithinSeconds) / handleSeconds);
}

/**
 * Fewest agents on line in an hour with `contactsPerHour` arrivals of `handleMinutes` each so
 * that at least `serviceLevel` of them are answered within `answerWithinSeconds` (0 without contacts).
 */
export function erlangCAgents(contactsPerHour: number, handleMinutes: number, serviceLevel: number, answerWithinSeconds: number): number {
  if (!(contactsPerHour > 0) || !(handleMinutes > 0)) return 0;
  const traffic = (contactsPerHour * handleMinutes) / 60;
  const handleSeconds = handleMinutes * 60;
  let agents = Math.max(1, Math.floor(traffic) + 1);
  while (erlangCServiceLevel(agents, traffic, answerWithinSeconds, handleSeconds) < serviceLevel) agents++;
  return agents;
}
