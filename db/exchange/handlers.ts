import type { Handlers } from '../../shared/api/contract';
import type { exchangeCalls } from '../../shared/exchange/calls';
import { keyCardFileName } from '../../shared/exchange/key-card';
import type { Db } from '../connection';
import { keyCardOf, readKeyCard, writeKeyCard } from './key-card';
import { homeUnitKeys } from './unit-keys';

export function exchangeHandlers(db: Db, now: () => Date): Pick<Handlers, keyof typeof exchangeCalls> {
  return {
    'keys.card': () => {
      const { home, keys } = homeUnitKeys(db, now);
      return {
        file: { fileName: keyCardFileName(home.code), base64: writeKeyCard(keys, home).toString('base64') },
        card: keyCardOf(keys, home),
      };
    },
    'keys.readCard': ({ base64 }) => readKeyCard(Buffer.from(base64, 'base64')),
  };
}
