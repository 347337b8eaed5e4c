import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatViDate, parseViDate, type IsoDate } from '../../../shared/dates/calendar';
import { DateInput } from '../../components/DateInput';

interface AsOfInputProps {
  asOf: IsoDate | '';
  onChange: (asOf: IsoDate | '') => void;
  className?: string;
}

/**
 * "Tính đến ngày": the list as it stood on a past day (statuses and ages replayed from the events). Applied once the
 * typed text is a whole date; left empty, the list is as of today.
 */
export function AsOfInput({ asOf, onChange, className }: AsOfInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(asOf ? formatViDate(asOf) : '');
  // "Bỏ lọc" clears the day from outside: clear the box with it.
  const [shown, setShown] = useState(asOf);
  if (asOf !== shown) {
    setShown(asOf);
    if (asOf === '') setText('');
  }
  const complete = text.trim() === '' || parseViDate(text) !== null;
  return (
    <DateInput
      size="md"
      label={t('members.list.asOf')}
      // No line under the box, so it lines up with the other filters; the placeholder says what empty means.
      description={null}
      placeholder={t('members.list.asOfHelp')}
      value={text}
      error={complete ? undefined : t('validation.date_invalid')}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        if (typed.trim() === '') onChange('');
        else {
          const date = parseViDate(typed);
          if (date) onChange(date);
        }
      }}
      className={className}
    />
  );
}
