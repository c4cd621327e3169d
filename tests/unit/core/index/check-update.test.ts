import { describe, expect, test } from 'vitest';
import { checkIndexUpdate, type IndexCheckOptions } from '../../../../lib/core/index/check-update';
import { INDEX_MAX_VERSION } from '../../../../lib/core/index/limits';
import { parseSignatureFile } from '../../../../lib/core/index/signature';
import { DEFAULT_TRUSTED_PUBLISHER_KEYS, trustedKeysFrom } from '../../../../lib/core/index/trusted-keys';
import { indexBytes, makeEntry, makeIndex, textBytes } from '../../../fixtures/index/make-index';
import { DEMO_KEY, signatureFor, TEST_KEY, UNTRUSTED_KEY } from '../../../fixtures/index/keys';

const options: IndexCheckOptions = { trustedKeys: [TEST_KEY.publicKey], activeVersion: 1 };

describe('checkIndexUpdate', () => {
  test('accepts a newer, valid, correctly signed index', async () => {
    const bytes = indexBytes(makeIndex(2));
    const result = await checkIndexUpdate(bytes, await signatureFor(bytes), options);
    expect(result).toMatchObject({ ok: true, signedBy: TEST_KEY.publicKey, byteLength: bytes.byteLength });
  });

  test('accepts a signature from any one of several trusted keys (rotation)', async () => {
    const bytes = indexBytes(makeIndex(2));
    const result = await checkIndexUpdate(bytes, await signatureFor(bytes, UNTRUSTED_KEY), {
      ...options,
      trustedKeys: [TEST_KEY.publicKey, UNTRUSTED_KEY.publicKey],
    });
    expect(result.ok).toBe(true);
  });

  const valid = indexBytes(makeIndex(2));
  const cases: Array<{
    name: string;
    bytes: Uint8Array;
    sig: () => Promise<string | null>;
    opts?: Partial<IndexCheckOptions>;
    code: string;
  }> = [
    { name: 'missing signature', bytes: valid, sig: async () => null, code: 'signature_missing' },
    { name: 'empty signature', bytes: valid, sig: async () => '', code: 'signature_missing' },
    { name: 'garbage signature', bytes: valid, sig: async () => 'not base64!', code: 'signature_invalid' },
    {
      name: 'signature of other bytes',
      bytes: valid,
      sig: () => signatureFor(indexBytes(makeIndex(3))),
      code: 'signature_invalid',
    },
    {
      name: 'one changed byte',
      bytes: indexBytes(makeIndex(2)).map((b, i) => (i === 40 ? b ^ 1 : b)),
      sig: () => signatureFor(valid),
      code: 'signature_invalid',
    },
    {
      name: 'unknown key (with hint)',
      bytes: valid,
      sig: () => signatureFor(valid, UNTRUSTED_KEY),
      code: 'signature_unknown_key',
    },
    {
      name: 'unknown key (no hint)',
      bytes: valid,
      sig: () => signatureFor(valid, UNTRUSTED_KEY, false),
      code: 'signature_invalid',
    },
    {
      name: 'no trusted keys',
      bytes: valid,
      sig: () => signatureFor(valid),
      opts: { trustedKeys: ['short'] },
      code: 'no_trusted_keys',
    },
    {
      name: 'malformed JSON',
      bytes: textBytes('{"format":'),
      sig: () => signatureFor(textBytes('{"format":')),
      code: 'malformed_json',
    },
    {
      name: 'equal version',
      bytes: indexBytes(makeIndex(1)),
      sig: () => signatureFor(indexBytes(makeIndex(1))),
      code: 'not_newer',
    },
    {
      name: 'older version',
      bytes: indexBytes(makeIndex(1)),
      sig: () => signatureFor(indexBytes(makeIndex(1))),
      opts: { activeVersion: 5 },
      code: 'not_newer',
    },
    { name: 'too large', bytes: valid, sig: () => signatureFor(valid), opts: { maxBytes: 100 }, code: 'too_large' },
  ];
  test.each(cases)('refuses $name with $code', async ({ bytes, sig, opts, code }) => {
    const result = await checkIndexUpdate(bytes, await sig(), { ...options, ...opts });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  test('schema violations are refused with every problem listed', async () => {
    const index = makeIndex(2, 3);
    const broken = {
      ...index,
      entries: [{ ...index.entries[0], title: '' }, { ...index.entries[1], themes: ['nope'] }, index.entries[2]],
    };
    const bytes = textBytes(JSON.stringify(broken));
    const result = await checkIndexUpdate(bytes, await signatureFor(bytes), options);
    expect(result).toMatchObject({ ok: false, code: 'schema_invalid' });
    if (!result.ok) expect(result.problems.map((problem) => problem.path)).toEqual(['entries[0].title', 'entries[1].themes[0]']);
  });

  test('duplicate ids are refused', async () => {
    const bytes = textBytes(JSON.stringify({ ...makeIndex(2, 1), entries: [makeEntry(1), makeEntry(1)] }));
    const result = await checkIndexUpdate(bytes, await signatureFor(bytes), options);
    expect(result).toMatchObject({ ok: false, code: 'duplicate_ids' });
  });

  describe('the version has an upper bound (issue 11, item 8)', () => {
    /** A signed index with the given version, written as it would appear in the file. */
    const withVersion = (version: string) =>
      textBytes(JSON.stringify(makeIndex(2)).replace('"version":2', `"version":${version}`));

    test.each(['1e21', '9007199254740991', '2147483648', '1e400'])(
      'a signed version %s is refused as version_too_high, so it cannot block every later update',
      async (version) => {
        const bytes = withVersion(version);
        const result = await checkIndexUpdate(bytes, await signatureFor(bytes), options);
        expect(result).toMatchObject({ ok: false, code: 'version_too_high' });
        if (!result.ok) {
          expect(result.message).toContain('2147483647');
          expect(result.problems.map((problem) => problem.path)).toContain('version');
        }
      },
    );

    test('2^31-1 itself is accepted', async () => {
      const bytes = withVersion(String(INDEX_MAX_VERSION));
      const result = await checkIndexUpdate(bytes, await signatureFor(bytes), options);
      expect(result).toMatchObject({ ok: true, index: { version: 2 ** 31 - 1 } });
    });
  });

  test('without requireSignature (index:check without --sig) the other checks still run', async () => {
    const result = await checkIndexUpdate(textBytes('nope'), null, { ...options, requireSignature: false });
    expect(result).toMatchObject({ ok: false, code: 'malformed_json' });
  });
});

describe('keys and signature files', () => {
  test('the release defaults hold no key whose private half is in the repository (tests/fixtures/keys/)', () => {
    for (const key of [DEMO_KEY, TEST_KEY, UNTRUSTED_KEY]) expect(DEFAULT_TRUSTED_PUBLISHER_KEYS).not.toContain(key.publicKey);
  });

  test.each([
    { name: 'no policy: the defaults', managed: undefined, keys: [...DEFAULT_TRUSTED_PUBLISHER_KEYS], rejected: [] },
    { name: 'policy keys replace the defaults', managed: [TEST_KEY.publicKey], keys: [TEST_KEY.publicKey], rejected: [] },
    {
      name: 'malformed ones reported, duplicates dropped',
      managed: [TEST_KEY.publicKey, TEST_KEY.publicKey, DEMO_KEY.publicKey, 'abc', 42],
      keys: [TEST_KEY.publicKey, DEMO_KEY.publicKey],
      rejected: ['abc', '42'],
    },
    { name: 'only malformed keys: nothing is trusted (fail closed)', managed: ['abc'], keys: [], rejected: ['abc'] },
    { name: 'an empty policy list: nothing is trusted', managed: [], keys: [], rejected: [] },
  ])('trusted keys: $name', ({ managed, keys, rejected }) => {
    expect(trustedKeysFrom(managed)).toEqual({ keys, rejected });
  });

  test.each([
    ['', false],
    ['AAAA', false],
    [`${'A'.repeat(86)}==`, true],
    [`${'A'.repeat(86)}==\n${TEST_KEY.publicKey}\n`, true],
    [`${'A'.repeat(86)}==\nnot-a-key`, false],
    [`${'A'.repeat(86)}==\n${TEST_KEY.publicKey}\nthird line`, false],
  ])('parseSignatureFile(%j) ok=%s', (text, ok) => {
    expect(parseSignatureFile(text).ok).toBe(ok);
  });
});
