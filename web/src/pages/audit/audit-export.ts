// Client-side workbook of audit rows (loaded only when the auditor exports).
import ExcelJS from 'exceljs';
import type { AuditItem } from '../../api/types';
import { formatTime } from '../../lib/format';

const FILTER_LABELS: Record<string, string> = { username: '操作人', action: '操作类型', objectType: '对象类型', objectId: '对象编号', from: '开始时间', to: '结束时间', q: '关键词' };

export async function writeAuditWorkbook(rows: AuditItem[], filters: Record<string, string | undefined>): Promise<Blob> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部人才选派交流管理系统';
  const ws = wb.addWorksheet('审计日志');
  const cond = Object.entries(filters)
    .filter(([, v]) => v)
    .map(([k, v]) => `${FILTER_LABELS[k] ?? k}：${k === 'from' || k === 'to' ? formatTime(v) : v}`)
    .join('；');
  ws.addRow([`审计日志（共 ${rows.length} 条${cond ? `；条件：${cond}` : ''}）`]).font = { bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, 9);
  const header = ws.addRow(['序号', '时间', '操作人', '操作', '对象类型', '对象编号', '摘要', 'IP', '结果', '修改前', '修改后']);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    c.border = { bottom: { style: 'thin' } };
  });
  rows.forEach((a, i) =>
    ws.addRow([
      i + 1,
      formatTime(a.at),
      a.username ?? '系统',
      a.actionLabel,
      a.objectType,
      a.objectId ?? '',
      a.summary ?? '',
      a.ip ?? '',
      a.result,
      a.before == null ? '' : JSON.stringify(a.before),
      a.after == null ? '' : JSON.stringify(a.after),
    ]),
  );
  [6, 20, 12, 14, 10, 10, 50, 16, 8, 40, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  const buf = await wb.xlsx.writeBuffer();
  return new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
