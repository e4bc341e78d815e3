import { useEffect, useState } from 'preact/hooks';
import { readStored, writeStored } from '../../lib/lessons/device-storage.ts';
import {
  deviceActions,
  deviceCheckQuestions,
  type DeviceAnswers,
  isDeviceCheck,
} from '../../lib/lessons/device-check.ts';
import { fill } from '../../lib/fill.ts';

interface Props {
  strings: {
    title: string;
    intro: string;
    deviceName: string;
    yes: string;
    no: string;
    unsure: string;
    questions: Record<string, string>;
    actions: Record<string, string>;
    result: string;
    allGood: string;
    makeList: string;
    startOver: string;
    thisDevice: string;
  };
}

/** Walks through one of the reader's own devices and makes a to-do list that stays in this browser. */
export default function DeviceCheck({ strings }: Props) {
  const [device, setDevice] = useState('');
  const [answers, setAnswers] = useState<DeviceAnswers>({});
  const [done, setDone] = useState(false);
  useEffect(() => {
    const saved = readStored('device-check', undefined, isDeviceCheck);
    if (saved) {
      setDevice(saved.device);
      setAnswers(saved.answers);
      setDone(true);
    }
  }, []);

  const submit = (event: Event) => {
    event.preventDefault();
    setDone(true);
    writeStored('device-check', { device, answers });
  };
  const restart = () => {
    setDevice('');
    setAnswers({});
    setDone(false);
    writeStored('device-check', null);
  };
  const actions = deviceActions(answers);

  if (done) {
    return (
      <section class="interactive device-check" aria-labelledby="device-check-result">
        <h3 id="device-check-result" tabIndex={-1}>
          {fill(strings.result, { device: device.trim() || strings.thisDevice })}
        </h3>
        {actions.length === 0 ? (
          <p>{strings.allGood}</p>
        ) : (
          <ol>
            {actions.map((action) => (
              <li key={action}>{strings.actions[action]}</li>
            ))}
          </ol>
        )}
        <button type="button" class="button" onClick={restart}>
          {strings.startOver}
        </button>
      </section>
    );
  }
  return (
    <form class="interactive device-check" onSubmit={submit} aria-labelledby="device-check-title">
      <h3 id="device-check-title">{strings.title}</h3>
      <p>{strings.intro}</p>
      <label for="device-check-name">{strings.deviceName}</label>
      <input
        id="device-check-name"
        type="text"
        maxLength={60}
        value={device}
        onInput={(e) => setDevice(e.currentTarget.value)}
      />
      {deviceCheckQuestions.map((question) => (
        <fieldset key={question}>
          <legend>{strings.questions[question]}</legend>
          {(['yes', 'no', 'unsure'] as const).map((value) => (
            <span class="device-check__option" key={value}>
              <input
                type="radio"
                id={`device-check-${question}-${value}`}
                name={`device-check-${question}`}
                checked={answers[question] === value}
                onChange={() => setAnswers({ ...answers, [question]: value })}
              />
              <label for={`device-check-${question}-${value}`}>{strings[value]}</label>
            </span>
          ))}
        </fieldset>
      ))}
      <button type="submit" class="button button--primary">
        {strings.makeList}
      </button>
    </form>
  );
}
