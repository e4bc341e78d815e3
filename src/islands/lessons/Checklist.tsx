import { useEffect, useState } from 'preact/hooks';
import { isNumberList, readStored, writeStored } from '../../lib/lessons/device-storage.ts';
import { fill } from '../../lib/fill.ts';

interface Props {
  id: string;
  items: string[];
  strings: { label: string; progress: string; saved: string };
}

/** A list of steps to tick off; the ticks are remembered in this browser only. */
export default function Checklist({ id, items, strings }: Props) {
  const key = `checklist:${id}`;
  const [ticked, setTicked] = useState<number[]>([]);
  useEffect(() => setTicked(readStored(key, [], isNumberList)), [key]);

  const toggle = (index: number, on: boolean) => {
    const next = on ? [...new Set([...ticked, index])].sort() : ticked.filter((i) => i !== index);
    setTicked(next);
    writeStored(key, next);
  };
  return (
    <fieldset class="checklist">
      <legend>{strings.label}</legend>
      {items.map((item, index) => (
        <div class="checklist__item" key={index}>
          <input
            type="checkbox"
            id={`${id}-${index}`}
            checked={ticked.includes(index)}
            onChange={(event) => toggle(index, event.currentTarget.checked)}
          />
          <label for={`${id}-${index}`}>{item}</label>
        </div>
      ))}
      <p class="checklist__progress" aria-live="polite">
        {fill(strings.progress, { done: ticked.filter((i) => i < items.length).length, total: items.length })}
      </p>
      <p class="meta">{strings.saved}</p>
    </fieldset>
  );
}
