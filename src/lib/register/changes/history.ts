import { canonical } from './facts.ts';

interface HistoryEvent {
  date?: unknown;
  type?: unknown;
}

/**
 * A device's public history only grows: every past event stays exactly as published (feed
 * readers keep entry ids built from them) and a change adds an event. Returns one message per
 * past event that is missing or altered in `after`, naming the device and the event.
 */
export function historyProblems(
  id: string,
  before: readonly unknown[],
  after: readonly unknown[] | undefined,
): string[] {
  return before.flatMap((event, index) => {
    const { date, type } = event as HistoryEvent;
    const name = `${id}: the "${String(type)}" event of ${String(date)} (event ${index + 1})`;
    const now = after?.[index];
    if (now === undefined)
      return [`${name} is missing. History only grows: keep every past event and add a new one for the change.`];
    if (canonical(now) !== canonical(event))
      return [
        `${name} was altered. Published events cannot change: restore it and add a new event that says what changed.`,
      ];
    return [];
  });
}
