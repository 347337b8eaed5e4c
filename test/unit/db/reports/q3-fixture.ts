import type { MemberEventInput } from '../../../../shared/members/events';
import type { ReportRegister } from './report-register';

const admitted = (date: string): MemberEventInput => ({ type: 'admitted', date });
const official = (date: string): MemberEventInput => ({ type: 'made_official', date });

/**
 * A committee DB01 with cells CB01 and CB02 (and CB03, closed on 1/3/2026), and thirteen members whose events in the
 * third quarter of 2026 cover every change of đảng số. Hand-computed for 2026-Q3: opening 8, admitted 2,
 * transferred in 1, transferred out 1, died 1, removed 1, expelled 1, closing 7.
 */
export async function buildQ3Fixture(register: ReportRegister): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  await register.call('org.add', { code: 'CB01', name: 'Chi bộ Khu phố 1', kind: 'chi_bo', parentCode: 'DB01' });
  await register.call('org.add', { code: 'CB02', name: 'Chi bộ Khu phố 2', kind: 'chi_bo', parentCode: 'DB01' });
  await register.call('org.add', { code: 'CB03', name: 'Chi bộ Khu phố 3', kind: 'chi_bo', parentCode: 'DB01' });
  await register.call('org.close', { code: 'CB03', closedOn: '01/03/2026' });

  // CB01 — opening (30/6): An, Cường, Nga = 3; + Bình admitted, + Dung transferred in, − Cường died → closing 4.
  ids.an = await register.add('CB01', { fullName: 'Trần Văn An', birthDate: '17/05/1980', theoryLevel: 'trung_cap', qualification: 'dai_hoc' }, [
    admitted('05/01/2010'),
    official('01/02/2011'),
  ]);
  ids.binh = await register.add(
    'CB01',
    { fullName: 'Lê Thị Bình', gender: 'nu', birthDate: '10/03/2000', ethnicity: '02', religion: 'phat_giao', theoryLevel: 'so_cap', qualification: 'cao_dang' },
    [admitted('01/08/2026')],
  );
  ids.cuong = await register.add('CB01', { fullName: 'Phạm Văn Cường', birthDate: '01/01/1950' }, [
    admitted('01/01/1975'),
    official('01/02/1976'),
    { type: 'died', date: '20/08/2026' },
  ]);
  // Admitted by another cell on 2/7, arrived here on 20/7: one transfer in, not an admission here.
  ids.dung = await register.add('CB01', { fullName: 'Đỗ Thị Dung', gender: 'nu', birthDate: '01/07/1985', qualification: 'trung_cap' }, [
    admitted('02/07/2026'),
    { type: 'transferred_in', date: '20/07/2026', otherUnit: 'Chi bộ Xóm Mới' },
  ]);
  ids.nga = await register.add('CB01', { fullName: 'Phan Thị Nga', gender: 'nu', birthDate: '20/11/1998' }, [
    admitted('01/06/2025'),
    official('15/07/2026'),
  ]);

  // CB02 — opening: Em, Phúc, Inh = 3; − Inh transferred out → closing 2. Giang and Hải are only attached here.
  ids.em = await register.add('CB02', { fullName: 'Hoàng Văn Em', birthDate: '02/02/1990', religion: 'cong_giao', qualification: 'thac_si' }, [
    admitted('01/03/2015'),
    official('01/04/2016'),
    { type: 'temporary_out', date: '01/05/2026', otherUnit: 'Chi bộ Công ty X' },
  ]);
  ids.phuc = await register.add('CB02', { fullName: 'Vũ Văn Phúc', birthDate: '15/06/1970', theoryLevel: 'cao_cap', qualification: 'tien_si' }, [
    admitted('01/03/1995'),
    official('01/04/1996'),
    { type: 'exemption_start', date: '01/01/2025' },
  ]);
  ids.giang = await register.add('CB02', { fullName: 'Ngô Thị Giang', gender: 'nu', birthDate: '01/01/1995' }, [
    admitted('01/01/2018'),
    official('01/02/2019'),
    { type: 'temporary_in', date: '01/02/2026', otherUnit: 'Chi bộ Trường Y' },
  ]);
  // Attached here, dies here: not a loss of this register's đảng số (the home cell reports it).
  ids.hai = await register.add('CB02', { fullName: 'Đinh Văn Hải', birthDate: '01/01/1960' }, [
    admitted('01/01/1990'),
    official('01/02/1991'),
    { type: 'temporary_in', date: '01/01/2025', otherUnit: 'Chi bộ Nông trường' },
    { type: 'died', date: '05/09/2026' },
  ]);
  ids.inh = await register.add('CB02', { fullName: 'Lý Văn Inh', birthDate: '03/03/1960' }, [
    admitted('01/01/1990'),
    official('01/02/1991'),
    { type: 'transferred_out', date: '10/09/2026', otherUnit: 'Đảng bộ xã Yên Bình' },
  ]);

  // DB01 itself — opening: Long, Minh = 2; + Khoa admitted, − Khoa removed, − Minh expelled → closing 1.
  ids.khoa = await register.add('DB01', { fullName: 'Mai Văn Khoa', birthDate: '01/01/1988' }, [
    admitted('05/07/2026'),
    { type: 'removed', date: '20/09/2026' },
  ]);
  ids.long = await register.add('DB01', { fullName: 'Tạ Văn Long', birthDate: '01/10/1955', ethnicity: '06', theoryLevel: 'cu_nhan' }, [
    admitted('01/01/2000'),
    official('01/02/2001'),
    { type: 'discipline', date: '10/08/2026', form: 'khien_trach' },
  ]);
  ids.minh = await register.add('DB01', { fullName: 'Bùi Văn Minh', birthDate: '01/01/1978' }, [
    admitted('01/01/2005'),
    official('01/02/2006'),
    { type: 'discipline', date: '25/09/2026', form: 'khai_tru' },
  ]);
  return ids;
}
