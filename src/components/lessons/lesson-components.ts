import Callout from '../Callout.astro';
import Fact from '../Fact.astro';
import Checklist from './Checklist.astro';
import DeviceCheck from './DeviceCheck.astro';
import Diagram from './Diagram.astro';
import KeyTerm from './KeyTerm.astro';
import KnowledgeCheck from './KnowledgeCheck.astro';
import Reveal from './Reveal.astro';
import Scenario from './Scenario.astro';
import SensorLink from './SensorLink.astro';

/** Components that lesson MDX may use without importing them (docs/lesson-components.md). */
export const lessonComponents = {
  Callout,
  Checklist,
  DeviceCheck,
  Diagram,
  Fact,
  KeyTerm,
  KnowledgeCheck,
  Reveal,
  Scenario,
  SensorLink,
};
