/**
 * Chromium under an enterprise policy, for one run only.
 *
 * Chromium on Linux reads managed policy only from a fixed folder (Debian's build:
 * /etc/chromium/policies/managed/*.json); no command-line switch points it elsewhere (the
 * `--policy` switch is for development builds and Android, and carries no extension policy). Rather
 * than write into /etc, which every Chromium on the machine would read (other test runs included)
 * and which needs root, the browser is started in a mount namespace of its own (`unshare`, with a
 * user namespace when not root) in which a temporary folder is bind-mounted over /etc/chromium.
 * Only that browser sees the policy; the host's /etc is never written, and the folder is removed
 * afterwards. A changed policy is tested by starting the browser again on the same profile with the
 * new file in place: Chromium also watches the folder while it runs, but when it notices a change
 * depends on a file watcher and a reload delay, which on a busy machine took longer than 90 s.
 *
 * The extension's own settings go under `3rdparty.extensions.<id>`, as an administrator's policy
 * file does; an unpacked extension's id is derived from its folder's path, as Chromium does.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { chromiumPath } from '../../../scripts/lib/chromium';
import { isBuildCurrent, launchWithExtension } from './extension';

const ROOT = new URL('../../../', import.meta.url).pathname;
/** The release build: the one an organisation deploys. */
export const RELEASE_DIR = join(ROOT, '.output/chrome-mv3');
/** Where Debian's Chromium looks for policy (compiled in). */
const POLICY_ROOT = '/etc/chromium';

/** The id Chromium gives an extension loaded unpacked from `dir`: its path's SHA-256, hex digits as letters a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Makes sure the release build exists and is newer than every source; builds it when not. */
export function ensureReleaseBuild(): void {
  if (isBuildCurrent(RELEASE_DIR)) return;
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REGIOLENS_TEST_KEYS: '' },
  });
  if (result.status !== 0) throw new Error('The release build (npx wxt build) failed.');
}

export interface PolicyBrowser {
  /** The running browser; replaced by `restartWithPolicy`. */
  readonly context: BrowserContext;
  extensionId: string;
  /** Closes the browser, replaces the extension's policy and starts the same profile again, as after a reboot. */
  restartWithPolicy(policy: Record<string, unknown>): Promise<BrowserContext>;
  close(): Promise<void>;
}

function checkNamespaces(): void {
  if (!existsSync(POLICY_ROOT)) {
    throw new Error(
      `${POLICY_ROOT} does not exist: the policy test needs Debian's chromium package, whose policy folder is there.`,
    );
  }
  const unprivileged = process.getuid?.() !== 0;
  const probe = spawnSync('unshare', [...(unprivileged ? ['--map-root-user'] : []), '--mount', 'true']);
  if (probe.status !== 0) {
    throw new Error(
      `The policy test starts Chromium in a mount namespace of its own (unshare --mount${unprivileged ? ' --map-root-user' : ''}), which this machine refused: ${String(probe.stderr).trim()}. ` +
        'Run it as root, or allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1).',
    );
  }
}

export async function launchWithPolicy(serverPort: number, policy: Record<string, unknown>): Promise<PolicyBrowser> {
  checkNamespaces();
  const extensionId = unpackedExtensionId(RELEASE_DIR);
  const folder = mkdtempSync(join(tmpdir(), 'regiolens-policy-'));
  const etc = join(folder, 'etc-chromium');
  // The rest of /etc/chromium (Debian's first-run preferences) stays as it was.
  cpSync(POLICY_ROOT, etc, { recursive: true });
  const managed = join(etc, 'policies/managed');
  mkdirSync(managed, { recursive: true });
  const setPolicy = (values: Record<string, unknown>) =>
    writeFileSync(
      join(managed, 'regiolens.json'),
      JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }, null, 2),
    );
  setPolicy(policy);

  const wrapper = join(folder, 'chromium-with-policy');
  const userNamespace = process.getuid?.() === 0 ? '' : ' --map-root-user';
  writeFileSync(
    wrapper,
    [
      '#!/bin/sh',
      "# Chromium with this run's policy folder over /etc/chromium, visible to this browser only.",
      `exec unshare --mount --propagation private${userNamespace} /bin/sh -c 'mount --bind "$1" ${POLICY_ROOT} || exit 1; browser="$0"; shift; exec "$browser" "$@"' '${chromiumPath()}' '${etc}' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(wrapper, 0o755);
  const profileDir = join(folder, 'profile');
  mkdirSync(profileDir);
  const launch = () => launchWithExtension(serverPort, { extensionDir: RELEASE_DIR, executablePath: wrapper, profileDir });
  let context = await launch();
  return {
    get context() {
      return context;
    },
    extensionId,
    async restartWithPolicy(values) {
      await context.close();
      setPolicy(values);
      context = await launch();
      return context;
    },
    async close() {
      await context.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
