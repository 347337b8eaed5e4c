import { call, noInput, returns } from '../api/call';
import { fileSchema, type FilePayload } from '../members/views';
import type { KeyCard } from './key-card';

/** The home unit's public key card, ready to save, and the fingerprint to read aloud. */
export interface KeyCardFile {
  file: FilePayload;
  card: KeyCard;
}

export const exchangeCalls = {
  /** The home unit's key card file (`CB012.sochibo-key`); the unit's keys are made here if it has none yet. */
  'keys.card': call(noInput, returns<KeyCardFile>()),
  /** Reads and verifies a key card (e.g. the parent's, before encrypting to it): refused if altered or not a card. */
  'keys.readCard': call(fileSchema, returns<KeyCard>()),
} as const;
