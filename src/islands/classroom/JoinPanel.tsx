import { encodeJoinCode, joinAddress, showJoinCode, type JoinQuiz } from '../../lib/quiz/join-code.ts';
import { classLink, type ClassSettings } from '../../lib/quiz/class-session.ts';
import { fill } from '../../lib/fill.ts';
import QrCode from '../quiz/QrCode.tsx';

export interface JoinStrings {
  joinCode: string;
  joinAt: string;
  joinQrLabel: string;
  linkQrLabel: string;
  noJoinCode: string;
}

/**
 * How pupils join: the class QR code (a short join address, so the code stays small and scans
 * from the back of the room) and the join code to type where they cannot scan. A class made
 * before join codes has none: its (longer) class link is shown as the QR code instead.
 */
export default function JoinPanel({
  settings,
  quiz,
  lang,
  strings,
  size,
}: {
  settings: ClassSettings;
  quiz: JoinQuiz;
  lang: string;
  strings: JoinStrings;
  size: number;
}) {
  const code = encodeJoinCode(settings, quiz);
  const origin = window.location.origin;
  if (!code)
    return (
      <div class="join-panel">
        <QrCode text={classLink(origin, lang, settings)} label={strings.linkQrLabel} size={size} />
        <p>{strings.noJoinCode}</p>
      </div>
    );
  return (
    <div class="join-panel">
      <QrCode text={joinAddress(origin, lang, code)} label={strings.joinQrLabel} size={size} />
      <div>
        <p class="join-panel__label">{strings.joinCode}</p>
        <p class="join-panel__code" dir="ltr" data-join-code>
          {showJoinCode(code)}
        </p>
        <p>{fill(strings.joinAt, { address: `${window.location.host}/${lang}/classroom/join/` })}</p>
      </div>
    </div>
  );
}
