import { createHash } from 'node:crypto';
import { unitKeysFrom, type UnitKeys } from '../../db/exchange/keys';

/**
 * Deterministic unit keys for tests and for the specification's example: the raw private keys are SHA-256 of a label,
 * so anyone can rebuild them. TEST ONLY — never a real unit's key.
 */
export function testSeed(label: string): Buffer {
  return createHash('sha256').update(label).digest();
}

export function testUnitKeys(code: string): UnitKeys {
  return unitKeysFrom({
    code,
    signingPrivateKey: testSeed(`sochibo test ${code} signing`).toString('base64'),
    exchangePrivateKey: testSeed(`sochibo test ${code} exchange`).toString('base64'),
    createdAt: '2026-01-01T00:00:00.000Z',
  });
}
