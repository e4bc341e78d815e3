import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { componentExamples } from '../../../src/components/examples.ts';
import Callout from '../../../src/components/Callout.astro';
import Contact from '../../../src/components/Contact.astro';
import FallbackNotice from '../../../src/components/FallbackNotice.astro';
import { city } from '../../../src/site/city.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({
    astroConfig: {
      i18n: {
        locales: city.locales.map((l) => l.code),
        defaultLocale: city.defaultLocale,
        routing: { prefixDefaultLocale: true },
      },
    },
  });
});

function render(component: unknown, props: Record<string, unknown> = {}, slot?: string, locale = 'en') {
  return container.renderToString(component as never, {
    props,
    slots: slot ? { default: slot } : {},
    request: new Request(`https://site.example/${locale}/`),
    locals: {},
    partial: true,
  });
}

const cases = componentExamples.flatMap(({ name, component, examples }) =>
  examples.map((example) => [name, example.title, component, example] as const),
);

describe('every example renders', () => {
  it.each(cases)('%s: %s', async (_name, _title, component, example) => {
    const html = await render(component, example.props, example.slot);
    expect(html.trim().length).toBeGreaterThan(0);
    if (example.slot) expect(html).toContain(example.slot.replace(/<[^>]+>/g, '').slice(0, 20));
  });
});

describe('component behaviour', () => {
  it('Callout: a labelled aside with the type in the title', async () => {
    const html = await render(Callout, { type: 'warning' }, '<p>Call 112.</p>');
    expect(html).toMatch(/<aside class="callout callout--warning"[^>]*aria-label="Warning"/);
  });
  it('Callout: refuses an unknown type, saying which types exist', async () => {
    await expect(render(Callout, { type: 'danger' })).rejects.toThrow('type must be one of note, tip, warning');
  });
  it('Icon: decorative icons are hidden, labelled ones are images', async () => {
    const icon = componentExamples.find((c) => c.name === 'Icon')!.component;
    expect(await render(icon, { name: 'sensor' })).toContain('aria-hidden="true"');
    const labelled = await render(icon, { name: 'warning', label: 'Warning' });
    expect(labelled).toContain('role="img"');
    expect(labelled).toContain('aria-label="Warning"');
  });
  it('Breadcrumbs: the last item is the current page, without a link', async () => {
    const crumbs = componentExamples.find((c) => c.name === 'Breadcrumbs')!;
    const html = await render(crumbs.component, crumbs.examples[0]!.props);
    expect(html).toMatch(/<li aria-current="page"[^>]*>About this site<\/li>/);
    expect(html).toContain('<a href="/en/"');
  });
  it('Contact: team name in the page language and a mailto link from the city profile', async () => {
    const html = await render(Contact, { role: 'privacy' }, undefined, 'nl');
    expect(html).toContain('Functionaris gegevensbescherming');
    expect(html).toContain('href="mailto:privacy@lindenhaven.example"');
  });
  it('Contact: refuses an unknown role', async () => {
    await expect(render(Contact, { role: 'mayor' })).rejects.toThrow(
      'role must be one of privacy, cert, register, web',
    );
  });
  it("FallbackNotice: names both languages in the reader's language", async () => {
    expect(await render(FallbackNotice, { locale: 'nl', contentLocale: 'en' })).toContain(
      'Deze pagina is nog niet beschikbaar in het Nederlands. Je ziet hem in het Engels.',
    );
    expect(await render(FallbackNotice, { locale: 'ar', contentLocale: 'en' })).toContain('الإنجليزية');
  });
});
