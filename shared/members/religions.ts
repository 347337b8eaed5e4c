/**
 * Religions as coded for the statistical form 4-TCTW (ethnicity and religion). "khong" is no religion. The list holds
 * the religions most members declare; anything else is "khac".
 */
export interface Religion {
  code: string;
  name: string;
  aliases?: readonly string[];
}

export const NO_RELIGION = 'khong';

export const RELIGIONS: readonly Religion[] = [
  { code: NO_RELIGION, name: 'Không', aliases: ['Không tôn giáo', 'Không có'] },
  { code: 'phat_giao', name: 'Phật giáo', aliases: ['Đạo Phật'] },
  { code: 'cong_giao', name: 'Công giáo', aliases: ['Thiên Chúa giáo', 'Thiên chúa'] },
  { code: 'tin_lanh', name: 'Tin lành', aliases: ['Đạo Tin lành'] },
  { code: 'cao_dai', name: 'Cao Đài', aliases: ['Đạo Cao Đài'] },
  { code: 'hoa_hao', name: 'Phật giáo Hòa Hảo', aliases: ['Hòa Hảo', 'Hoà Hảo'] },
  { code: 'hoi_giao', name: 'Hồi giáo', aliases: ['Islam'] },
  { code: 'ba_la_mon', name: 'Bà-la-môn', aliases: ['Bà La Môn'] },
  { code: 'khac', name: 'Khác' },
];

export const RELIGION_CODES = RELIGIONS.map((r) => r.code) as [string, ...string[]];
