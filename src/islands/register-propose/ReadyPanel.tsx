import type { Ref } from 'preact';
import {
  proposalFileName,
  proposalFileText,
  proposalMailto,
  type ProposalFile,
} from '../../lib/register/proposal/proposal-file.ts';
import type { ProposeData, Strings } from './strings.ts';

interface Props {
  file: ProposalFile;
  s: Strings;
  data: ProposeData;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Saves the proposal as a file, made here in the browser: nothing is sent to a server. */
function download(file: ProposalFile): void {
  const url = URL.createObjectURL(new Blob([proposalFileText(file)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = proposalFileName(file);
  link.click();
  // Some browsers read the object URL after this task: it is let go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The end of the form: the file to download and the e-mail to the register team. */
export function ReadyPanel({ file, s, data, headingRef }: Props) {
  const name = String((file.entries[0]!['name'] as Record<string, string>)[data.defaultLocale]);
  const mail = proposalMailto(data.registerEmail, file, {
    subject: s('propose.mail.subject', { name }),
    intro: s('propose.mail.intro'),
    attach: s('propose.mail.attach', { file: proposalFileName(file) }),
  });
  return (
    <section class="propose-ready" aria-labelledby="propose-ready-title">
      <h2 id="propose-ready-title" ref={headingRef} tabIndex={-1}>
        {s('propose.ready')}
      </h2>
      <p class="prose">{s('propose.readyText', { email: data.registerEmail })}</p>
      <ol class="propose-ready__steps">
        <li>
          <button type="button" class="button button--primary" onClick={() => download(file)}>
            {s('propose.download')}
          </button>{' '}
          <span class="propose-field__hint">{proposalFileName(file)}</span>
        </li>
        <li>
          <a class="button" href={mail.href}>
            {s('propose.email')}
          </a>
          <p class="propose-field__hint">{s(mail.inBody ? 'propose.emailInBody' : 'propose.emailAttach')}</p>
        </li>
      </ol>
    </section>
  );
}
