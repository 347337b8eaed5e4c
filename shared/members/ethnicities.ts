/**
 * The 54 ethnic groups of Viet Nam with their official codes (Danh mục các dân tộc Việt Nam, QĐ 121-TCTK/PPCĐ
 * 2/3/1979, kept by Decree 05/2011/NĐ-CP), plus "khác". Names are proper nouns, the same in every interface language;
 * aliases are the other spellings people type (matched after folding, see `findEthnicity`).
 */
export interface Ethnicity {
  code: string;
  name: string;
  aliases?: readonly string[];
}

export const KINH = '01';
export const OTHER_ETHNICITY = '99';

export const ETHNICITIES: readonly Ethnicity[] = [
  { code: '01', name: 'Kinh', aliases: ['Việt'] },
  { code: '02', name: 'Tày' },
  { code: '03', name: 'Thái' },
  { code: '04', name: 'Hoa' },
  { code: '05', name: 'Khơ-me', aliases: ['Khmer', 'Khơ me'] },
  { code: '06', name: 'Mường' },
  { code: '07', name: 'Nùng' },
  { code: '08', name: 'Mông', aliases: ['Hmông', "H'Mông", 'Mèo'] },
  { code: '09', name: 'Dao' },
  { code: '10', name: 'Gia-rai', aliases: ['Jrai'] },
  { code: '11', name: 'Ngái' },
  { code: '12', name: 'Ê-đê', aliases: ['Êđê', 'Rhade'] },
  { code: '13', name: 'Ba-na', aliases: ['Bahnar'] },
  { code: '14', name: 'Xơ-đăng', aliases: ['Sedang'] },
  { code: '15', name: 'Sán Chay', aliases: ['Cao Lan', 'Sán Chỉ'] },
  { code: '16', name: 'Cơ-ho', aliases: ["K'Ho"] },
  { code: '17', name: 'Chăm', aliases: ['Chàm'] },
  { code: '18', name: 'Sán Dìu' },
  { code: '19', name: 'Hrê' },
  { code: '20', name: 'Mnông', aliases: ["M'Nông"] },
  { code: '21', name: 'Ra-glai', aliases: ['Raglai'] },
  { code: '22', name: 'Xtiêng', aliases: ['Stiêng'] },
  { code: '23', name: 'Bru-Vân Kiều', aliases: ['Vân Kiều', 'Bru'] },
  { code: '24', name: 'Thổ' },
  { code: '25', name: 'Giáy' },
  { code: '26', name: 'Cơ-tu', aliases: ['Katu'] },
  { code: '27', name: 'Gié-Triêng' },
  { code: '28', name: 'Mạ' },
  { code: '29', name: 'Khơ-mú', aliases: ['Khmu'] },
  { code: '30', name: 'Co' },
  { code: '31', name: 'Tà-ôi', aliases: ['Pa Cô'] },
  { code: '32', name: 'Chơ-ro' },
  { code: '33', name: 'Kháng' },
  { code: '34', name: 'Xinh-mun' },
  { code: '35', name: 'Hà Nhì' },
  { code: '36', name: 'Chu-ru' },
  { code: '37', name: 'Lào' },
  { code: '38', name: 'La Chí' },
  { code: '39', name: 'La Ha' },
  { code: '40', name: 'Phù Lá' },
  { code: '41', name: 'La Hủ' },
  { code: '42', name: 'Lự' },
  { code: '43', name: 'Lô Lô' },
  { code: '44', name: 'Chứt' },
  { code: '45', name: 'Mảng' },
  { code: '46', name: 'Pà Thẻn' },
  { code: '47', name: 'Cơ Lao' },
  { code: '48', name: 'Cống' },
  { code: '49', name: 'Bố Y' },
  { code: '50', name: 'Si La' },
  { code: '51', name: 'Pu Péo' },
  { code: '52', name: 'Brâu' },
  { code: '53', name: 'Ơ Đu' },
  { code: '54', name: 'Rơ-măm' },
  { code: OTHER_ETHNICITY, name: 'Khác' },
];

export const ETHNICITY_CODES = ETHNICITIES.map((e) => e.code) as [string, ...string[]];
