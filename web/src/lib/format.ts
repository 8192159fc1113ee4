// Date display as users write it on cadre forms: 1985.06 for months, 2026-06-01 14:03 for times.
import dayjs from 'dayjs';

export function formatMonth(iso: string | null | undefined): string {
  if (!iso) return '';
  return iso.slice(0, 7).replace('-', '.');
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return iso.slice(0, 10);
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
}
