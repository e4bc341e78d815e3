import { describe, expect, it } from 'vitest';
import { httpsUrl, previewSitePath } from '../../../src/schemas/links.ts';

describe('links copied from the preview', () => {
  it("finds the site path of every address of one's own computer, and nothing in other addresses", () => {
    expect(previewSitePath('http://localhost:4321/en/lessons/updates/')).toBe('/en/lessons/updates/');
    expect(previewSitePath('https://localhost:4321/nl/register/?kind=camera#map')).toBe(
      '/nl/register/?kind=camera#map',
    );
    expect(previewSitePath('http://127.0.0.1:4321/ar/')).toBe('/ar/');
    expect(previewSitePath('http://[::1]:4321/en/register/')).toBe('/en/register/');
    expect(previewSitePath('http://0.0.0.0:4321/')).toBe('/');
    expect(previewSitePath('http://lindenhaven.local/en/')).toBe('/en/');
    expect(previewSitePath('http://site.localhost:4321/en/')).toBe('/en/');
    expect(previewSitePath('https://www.lindenhaven.example/en/')).toBeUndefined();
    expect(previewSitePath('https://localhost.example.org/en/')).toBeUndefined();
    expect(previewSitePath('/en/lessons/updates/')).toBeUndefined();
    expect(previewSitePath('mailto:team@localhost')).toBeUndefined();
  });

  it('refuses a preview address in a YAML address field, over http as over https, with one message', () => {
    const message =
      "This link points to your own computer (the preview), not to the published site: write the published page's full https:// address, the site's address followed by /en/lessons/updates/.";
    for (const address of ['http://localhost:4321/en/lessons/updates/', 'https://127.0.0.1:4321/en/lessons/updates/']) {
      expect(httpsUrl.safeParse(address).error?.issues.map((issue) => issue.message)).toEqual([message]);
    }
    expect(httpsUrl.safeParse('https://www.etsi.org/').success).toBe(true);
  });

  it('refuses a link with a login or to a private network, with a message that says what to link instead', () => {
    const messages = (address: string) => httpsUrl.safeParse(address).error?.issues.map((issue) => issue.message);
    expect(messages('https://admin:hunter2@10.0.0.5:8443/privacy')).toEqual([
      'Link the public address of the page; this one contains a user name or password (the part before @), which would be published for everyone to read.',
    ]);
    const privateHost =
      'Link the public address of the page; this one points to a private network or to a computer itself (such as 192.168.…, 10.…, localhost or a .local or .internal name), which residents cannot reach.';
    for (const address of ['https://192.168.1.20:8080/cvd', 'https://[fd00::5]/policy', 'https://wiki.city.internal/'])
      expect(messages(address), address).toEqual([privateHost]);
  });
});
