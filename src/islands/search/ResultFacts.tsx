import type { ShownResult } from '../../lib/search/engine.ts';
import type { FactStrings } from './strings.ts';

interface Props {
  result: ShownResult;
  strings: FactStrings;
}

/**
 * The line under a result's title: its type, and for sensors kind, district and personal data;
 * for others their facts in words (an advisory's severity and status).
 */
export function ResultFacts({ result, strings }: Props) {
  const facts = result.sensor
    ? [
        result.sensor.kind,
        result.sensor.districts,
        result.sensor.personalData ? strings.personalData : strings.noPersonalData,
      ]
    : [strings.kinds[result.type], result.facts];
  return <span class="search-facts">{facts.filter(Boolean).join(' · ')}</span>;
}
