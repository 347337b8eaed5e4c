import type { Gender } from '../../shared/members/levels';
import type { Random } from './random';

/**
 * Family names with their rough share of the population (percent), so searches such as "nguyen van" hit about as
 * many members as in a real register.
 */
const HO: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 3],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 2],
  ['Võ', 1.9],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.6],
  ['Trương', 0.6],
  ['Lương', 0.4],
  ['Mai', 0.4],
  ['Đoàn', 0.4],
  ['Cao', 0.3],
  ['Lâm', 0.3],
  ['Tạ', 0.2],
  ['Hà', 0.3],
  ['Kiều', 0.1],
  ['Chu', 0.2],
];

const TEN_DEM: Record<Gender, readonly (readonly [string, number])[]> = {
  nam: [
    ['Văn', 40],
    ['Hữu', 6],
    ['Đức', 8],
    ['Minh', 8],
    ['Quang', 6],
    ['Thanh', 5],
    ['Ngọc', 3],
    ['Xuân', 4],
    ['Công', 4],
    ['Đình', 5],
    ['Quốc', 4],
    ['Tiến', 2],
    ['Văn Minh', 2],
    ['Hoàng Anh', 1],
    ['Bá', 2],
  ],
  nu: [
    ['Thị', 45],
    ['Ngọc', 6],
    ['Thu', 6],
    ['Thanh', 5],
    ['Kim', 4],
    ['Minh', 4],
    ['Phương', 3],
    ['Thùy', 3],
    ['Hồng', 4],
    ['Thị Thu', 4],
    ['Thị Ngọc', 3],
    ['Bích', 2],
    ['Diệu', 1],
    ['Mỹ', 2],
  ],
};

const TEN: Record<Gender, readonly string[]> = {
  nam: [
    'An', 'Anh', 'Bảo', 'Bình', 'Cường', 'Chiến', 'Dũng', 'Duy', 'Đạt', 'Đức', 'Định', 'Giang', 'Hải', 'Hiếu', 'Hòa',
    'Hùng', 'Huy', 'Khánh', 'Khoa', 'Lâm', 'Lộc', 'Long', 'Lực', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang',
    'Sơn', 'Tài', 'Tâm', 'Thắng', 'Thành', 'Thịnh', 'Tiến', 'Toàn', 'Trí', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ',
  ],
  nu: [
    'Anh', 'Châu', 'Chi', 'Dung', 'Diệp', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huệ', 'Hương',
    'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Tâm', 'Thảo',
    'Thu', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Đào',
  ],
};

/** A full name as on a citizen ID: họ, tên đệm (one or two words), tên. */
export function vietnameseName(random: Random, gender: Gender): string {
  return `${random.weighted(HO)} ${random.weighted(TEN_DEM[gender])} ${random.pick(TEN[gender])}`;
}

export const PROVINCES = [
  'Hà Nội', 'Hải Phòng', 'Nam Định', 'Thái Bình', 'Nghệ An', 'Hà Tĩnh', 'Thanh Hóa', 'Quảng Bình', 'Thừa Thiên Huế',
  'Đà Nẵng', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Khánh Hòa', 'Đắk Lắk', 'Lâm Đồng', 'Đồng Nai', 'Bình Dương',
  'TP. Hồ Chí Minh', 'Long An', 'Tiền Giang', 'Bến Tre', 'Cần Thơ', 'An Giang', 'Cà Mau', 'Cao Bằng', 'Lạng Sơn',
  'Hòa Bình', 'Sơn La', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Dương', 'Quảng Ninh', 'Ninh Bình',
];

export const OCCUPATIONS = [
  'Cán bộ hưu trí', 'Giáo viên', 'Công chức', 'Viên chức', 'Công nhân', 'Kinh doanh', 'Bác sĩ', 'Kỹ sư', 'Nông dân',
  'Bộ đội xuất ngũ', 'Công an', 'Sinh viên', 'Nhân viên văn phòng',
];

export const POSITIONS = ['Đảng viên', 'Đảng viên', 'Đảng viên', 'Đảng viên', 'Tổ trưởng tổ dân phố', 'Chi ủy viên', 'Phó bí thư chi bộ', 'Bí thư chi bộ'];

export const OTHER_UNITS = [
  'Chi bộ Trường THCS Nguyễn Du',
  'Đảng bộ phường Bến Nghé',
  'Chi bộ Bệnh viện Đa khoa tỉnh',
  'Đảng bộ xã Đông Hưng',
  'Chi bộ Công ty Điện lực',
  'Đảng bộ Quân sự thành phố',
  'Chi bộ Khu phố 7, phường Tân Định',
];

export const REWARDS = [
  'Đảng viên hoàn thành xuất sắc nhiệm vụ năm',
  'Giấy khen của Đảng ủy phường',
  'Bằng khen của Thành ủy',
  'Đảng viên tiêu biểu 5 năm liền',
];
