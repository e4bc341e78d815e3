import { highlight } from '../../lib/search/highlight.ts';
import type { WordRules } from '../../lib/search/language.ts';

interface Props {
  text: string;
  matched: ReadonlySet<string>;
  rules: WordRules;
}

/** A text with the words the query matched in <mark>; rendered as text nodes, never as HTML. */
export function Highlighted({ text, matched, rules }: Props) {
  return (
    <>{highlight(text, matched, rules).map((segment) => (segment.mark ? <mark>{segment.text}</mark> : segment.text))}</>
  );
}
