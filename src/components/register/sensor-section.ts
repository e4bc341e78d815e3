import type { Register, RegisterEntry } from '../../lib/register/load-register.ts';
import type { Labeller } from '../../lib/register/terms.ts';

/** What every section of a sensor page is given. */
export interface SensorSectionProps {
  entry: RegisterEntry;
  register: Register;
  labels: Labeller;
  locale: string;
}
