/**
 * A throwaway self-signed certificate for the hosts the Firefox tests map to the test server, made
 * with the machine's `openssl` for one run and trusted by nothing: Firefox accepts it only because the
 * test session is started with `acceptInsecureCerts` (WebDriver's switch for exactly this). No key is
 * kept in the repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TunnelCertificate } from '../../../scripts/lib/static-server';

export function makeTunnelCertificate(hosts: readonly string[]): TunnelCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'regiolens-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${hosts[0] ?? 'localhost'}`]
        .concat(['-addext', `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`])
        .concat(['-keyout', key, '-out', cert]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } catch (error) {
    throw new Error(`The Firefox tests need openssl to make a throwaway certificate (apt-get install openssl): ${String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
