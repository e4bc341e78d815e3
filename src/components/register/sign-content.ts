import { city } from '../../site/city.ts';
import { useTranslations } from '../../i18n/index.ts';
import type { IconName } from '../../lib/icons.ts';
import { sensorUrl } from '../../lib/register/exports.ts';
import type { RegisterEntry } from '../../lib/register/load-register.ts';
import { formatDuration, parseRetention } from '../../lib/register/retention.ts';
import { siteExportContext, siteRegister } from '../../site/register.ts';
import type { SignContent } from '../../lib/register/sign.ts';
import { labeller } from '../../lib/register/terms.ts';

/** Everything a street sign says, in every site language, for one device. */
export function signContent(entry: RegisterEntry): SignContent {
  const register = siteRegister();
  const url = sensorUrl(siteExportContext(), entry.id);
  const retention = parseRetention(entry.retention);
  return {
    id: entry.id,
    city: city.name[city.defaultLocale]!,
    url,
    kindIcon: register.vocabularies.kinds.find((term) => term.id === entry.kind)!.icon as IconName,
    personalData: entry.personalData,
    checkAddress: useTranslations(city.defaultLocale)('sign.checkAddress', { host: new URL(city.siteUrl).host }),
    languages: city.locales.map(({ code, dir }) => {
      const t = useTranslations(code);
      const labels = labeller(register, code, city.defaultLocale);
      return {
        code,
        dir,
        title: t('sign.title'),
        name: labels.name(entry),
        purpose: labels.labels('purposes', entry.purposes).join(' · '),
        personalData: entry.personalData ? t('sign.personalYes') : t('sign.personalNo'),
        // The line is the longest time the device's data is normally kept; when the register
        // names cases in which some data is kept longer (retentionNote), the sign says so.
        retention: retention
          ? t(entry.retentionNote ? 'sign.keptExceptions' : 'sign.kept', { duration: formatDuration(retention, code) })
          : t('sign.notKept'),
        accountable: labels.organisation(entry.organisation),
      };
    }),
  };
}
