import { ruleTable } from './dated';

/**
 * How long the certificate of the party-awareness class (giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng) stays
 * valid, in months from the day it was issued. Past it the person must attend the class again before the cell may
 * consider them; the register checks it on the day of the cell's resolution. Both guidance documents were read only
 * in secondary sources.
 */
export const CERTIFICATE_VALIDITY_MONTHS = ruleTable<number>('party-awareness certificate validity', [
  { from: '2017-06-05', value: 60, source: 'Hướng dẫn 09-HD/BTCTW ngày 5/6/2017 (verify)' },
  { from: '2022-01-18', value: 60, source: 'Hướng dẫn 12-HD/BTCTW ngày 18/01/2022 (verify)' },
]);
