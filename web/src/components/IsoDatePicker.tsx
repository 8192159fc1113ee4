// A DatePicker whose value is an ISO date string ('1985-06-15') or null, as the API holds it.
import type { CSSProperties } from 'react';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface Props {
  value?: string | null;
  onChange?(v: string | null): void;
  placeholder?: string;
  style?: CSSProperties;
  disabled?: boolean;
  id?: string;
}

export function IsoDatePicker({ value, onChange, placeholder = '选择日期', style, disabled, id }: Props) {
  const d = value ? dayjs(value) : null;
  return (
    <DatePicker
      id={id}
      value={d && d.isValid() ? d : null}
      onChange={(v) => onChange?.(v ? v.format('YYYY-MM-DD') : null)}
      placeholder={placeholder}
      style={{ width: '100%', ...style }}
      disabled={disabled}
      format="YYYY-MM-DD"
    />
  );
}
