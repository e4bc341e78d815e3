import { describe, expect, it } from 'vitest';
import { isPrivateHost, privateAddressProblem } from '../../../src/schemas/private-address.ts';

describe('links that must not be published', () => {
  it('finds a user name or password in a link', () => {
    expect(privateAddressProblem('https://admin:hunter2@10.0.0.5:8443/privacy')).toBe('credentials');
    expect(privateAddressProblem('https://admin@www.lindenhaven.example/')).toBe('credentials');
    expect(privateAddressProblem('https://:secret@www.lindenhaven.example/')).toBe('credentials');
  });

  it('finds every private, loopback, link-local and carrier-grade NAT IPv4 host, however it is written', () => {
    for (const host of [
      '10.0.0.5',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.20',
      '127.0.0.1',
      '169.254.10.1',
      '100.64.0.7',
      '100.127.255.255',
      '0.0.0.0',
    ])
      expect(privateAddressProblem(`https://${host}:8080/cvd`), host).toBe('privateHost');
    // The URL parser reads these as 127.0.0.1 and 192.168.1.20.
    expect(privateAddressProblem('https://0x7f.1/')).toBe('privateHost');
    expect(privateAddressProblem('https://3232235796/')).toBe('privateHost');
    for (const host of ['172.32.0.1', '100.128.0.1', '192.169.0.1', '11.0.0.1', '93.184.215.14'])
      expect(privateAddressProblem(`https://${host}/`), host).toBeUndefined();
  });

  it('finds loopback, unique-local, link-local and IPv4-mapped private IPv6 hosts', () => {
    for (const host of [
      '[::1]',
      '[::]',
      '[fc00::1]',
      '[fd12:3456::7]',
      '[fe80::1]',
      '[febf::1]',
      '[::ffff:192.168.1.20]',
    ])
      expect(isPrivateHost(new URL(`https://${host}/`).hostname), host).toBe(true);
    for (const host of ['[2001:db8::1]', '[fec0::1]', '[::ffff:93.184.215.14]', '[2a00:1450::200e]'])
      expect(isPrivateHost(new URL(`https://${host}/`).hostname), host).toBe(false);
  });

  it('finds names that only resolve inside a computer or a network', () => {
    for (const host of ['localhost', 'site.localhost', 'printer.local', 'wiki.corp.internal', 'LOCALHOST.'])
      expect(privateAddressProblem(`https://${host}/`), host).toBe('privateHost');
    for (const host of [
      'www.lindenhaven.example',
      'local.example.org',
      'internal.lindenhaven.nl',
      'localhost.example.org',
    ])
      expect(privateAddressProblem(`https://${host}/`), host).toBeUndefined();
    expect(privateAddressProblem('not a link')).toBeUndefined();
  });
});
