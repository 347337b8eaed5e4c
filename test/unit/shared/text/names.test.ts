import { describe, expect, it } from 'vitest';
import { compareVietnameseNames, normaliseName, sortByVietnameseName, splitName } from '../../../../shared/text/names';

const sorted = (names: string[]) => [...names].sort(compareVietnameseNames);

describe('splitting a name', () => {
  it('takes the first word as họ, the last as tên and the rest as tên đệm', () => {
    expect(splitName('Nguyễn Thị Minh Khai')).toEqual({ ho: 'Nguyễn', tenDem: 'Thị Minh', ten: 'Khai' });
    expect(splitName('Lê Lợi')).toEqual({ ho: 'Lê', tenDem: '', ten: 'Lợi' });
    expect(splitName('Thuận')).toEqual({ ho: '', tenDem: '', ten: 'Thuận' });
    expect(splitName('   ')).toEqual({ ho: '', tenDem: '', ten: '' });
  });

  it('normalises spaces and composes marks', () => {
    expect(normaliseName('  Trần   Văn\u00a0An ')).toBe('Trần Văn An');
    expect(normaliseName('Trần Văn Ân'.normalize('NFD'))).toBe('Trần Văn Ân');
  });
});

describe('register order', () => {
  it('sorts by tên first: "Trần Văn An" before "Lê Thị Bình"', () => {
    expect(sorted(['Lê Thị Bình', 'Trần Văn An'])).toEqual(['Trần Văn An', 'Lê Thị Bình']);
  });

  it('then by tên đệm, then by họ', () => {
    expect(sorted(['Nguyễn Văn An', 'Lê Thị An', 'Trần An', 'Bùi Văn An'])).toEqual([
      'Trần An',
      'Lê Thị An',
      'Bùi Văn An',
      'Nguyễn Văn An',
    ]);
  });

  it('follows the Vietnamese alphabet: a ă â … d đ … o ô ơ … u ư', () => {
    expect(sorted(['Vũ Đức', 'Lê Ân', 'Hà Ăn', 'Võ Dũng', 'Trần An', 'Lý Ơn', 'Mai Ôn', 'Tô On', 'Hồ Ưng', 'Đỗ Uy'])).toEqual([
      'Trần An',
      'Hà Ăn',
      'Lê Ân',
      'Võ Dũng',
      'Vũ Đức',
      'Tô On',
      'Mai Ôn',
      'Lý Ơn',
      'Đỗ Uy',
      'Hồ Ưng',
    ]);
  });

  it('puts base letters before tone marks, tones in dictionary order (none, huyền, hỏi, ngã, sắc, nặng), and ignores case', () => {
    expect(sorted(['Lê Thị Ạnh', 'Lê Thị Ánh', 'Lê Thị Anh', 'Lê Thị Ảnh', 'Lê Thị Ãnh', 'Lê Thị Ành'])).toEqual([
      'Lê Thị Anh',
      'Lê Thị Ành',
      'Lê Thị Ảnh',
      'Lê Thị Ãnh',
      'Lê Thị Ánh',
      'Lê Thị Ạnh',
    ]);
    expect(sorted(['Lê Thị Ánh', 'Lê Thị Ang'])).toEqual(['Lê Thị Ang', 'Lê Thị Ánh']);
    expect(compareVietnameseNames('lê thị anh', 'Lê Thị Bình')).toBeLessThan(0);
  });

  it('reads marks before the next letter: "Lan" before "Lăng" before "Lân"', () => {
    expect(sorted(['Phạm Thị Lân', 'Phạm Thị Lăng', 'Phạm Thị Lan'])).toEqual(['Phạm Thị Lan', 'Phạm Thị Lăng', 'Phạm Thị Lân']);
  });

  it('is a total order: only the same name compares equal', () => {
    expect(compareVietnameseNames('Trần Văn An', 'Trần  Văn An')).toBe(0);
    expect(compareVietnameseNames('Trần Văn An', 'Trần Văn Ân')).not.toBe(0);
  });
});

describe('sorting many names', () => {
  const names = [
    'Nguyễn Văn An',
    'Trần Văn Ân',
    'Lê Thị Ánh',
    'Lê Thị Anh',
    'Lê Thị Ạnh',
    'Lê thị anh',
    'Đỗ Văn Đức',
    'Đặng Đức',
    'Dương Đức',
    'Vũ Văn Dũng',
    'Thuận',
    'Thuân',
    'An',
    'Nguyễn Văn An',
    'Trần  Văn An',
    ' Phạm Thị Lân ',
    'Phạm Thị Lăng',
    'Phạm Thị Lan',
    'Bùi Thị Thu Hương',
    'Bùi Thị Hương',
    'Hồ Ưng',
    'Đỗ Uy',
    'Trần Văn Ân'.normalize('NFD'),
    'Lý Ơn',
    'Mai Ôn',
    'Tô On',
    'Nguyễn Văn An 2',
    'Nguyễn Văn An 10',
  ];

  it('gives the order of compareVietnameseNames, equal names kept in their order', () => {
    const items = names.map((name, index) => ({ name, index }));
    const expected = [...items].sort((a, b) => compareVietnameseNames(a.name, b.name));
    expect(sortByVietnameseName(items, (item) => item.name)).toEqual(expected);
    expect(sortByVietnameseName([...items].reverse(), (item) => item.name).map((item) => item.name)).toEqual(
      [...items].reverse().sort((a, b) => compareVietnameseNames(a.name, b.name)).map((item) => item.name),
    );
  });

  it('leaves the list it is given as it was', () => {
    const copy = [...names];
    sortByVietnameseName(names, (name) => name);
    expect(names).toEqual(copy);
  });
});
