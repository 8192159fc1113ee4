// 批量导入: template → upload → preview (bad rows and cells highlighted) → commit or cancel;
// and .lrmx appointment forms, several files at once.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Result, Row, Space, Statistic, Steps, Table, Tabs, Tag, Tooltip, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { CloudUploadOutlined, DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { api, download, messageOf } from '../../api/client';
import type { ImportCommit, ImportPreview, LrmxImportAnswer, LrmxImportFileResult } from '../../api/types';
import { formatDate } from '../../lib/format';

function ExcelImport() {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [uploading, setUploading] = useState(false);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const [done, setDone] = useState<ImportCommit | null>(null);

  const reset = () => {
    setPreview(null);
    setError(null);
    setDone(null);
    setStep(1);
  };

  const upload = async (file: File) => {
    setUploading(true);
    setError(null);
    try {
      const fd = new FormData();
      fd.append('file', file, file.name);
      const p = await api<ImportPreview>('/people/import/preview', { method: 'POST', body: fd });
      setPreview(p);
      setStep(2);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setUploading(false);
    }
  };

  const commit = async () => {
    if (!preview?.token) return;
    setCommitting(true);
    setError(null);
    try {
      const r = await api<ImportCommit>('/people/import/commit', { method: 'POST', body: { token: preview.token } });
      setDone(r);
      setStep(3);
      await qc.invalidateQueries({ queryKey: ['people'] });
      await qc.invalidateQueries({ queryKey: ['units'] });
      await qc.invalidateQueries({ queryKey: ['dashboard'] });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setCommitting(false);
    }
  };

  const cancel = async () => {
    if (preview?.token) {
      try {
        await api('/people/import/cancel', { method: 'POST', body: { token: preview.token } });
      } catch (err) {
        message.error(messageOf(err));
      }
    }
    message.info('已取消本次导入，数据库未做任何修改');
    reset();
  };

  const downloadErrors = async () => {
    if (!preview?.token) return;
    try {
      await download(`/people/import/${preview.token}/errors`, undefined, '导入错误报告.xlsx');
    } catch (err) {
      message.error(messageOf(err));
    }
  };

  const clean = !!preview && preview.invalid === 0 && preview.headerErrors.length === 0 && preview.valid > 0;
  // Columns of the bad-row table: the file's columns that carry an error come first.
  const columnsWithErrors = preview ? [...new Set(preview.rows.flatMap((r) => r.errors.map((e) => e.column)))] : [];
  const otherColumns = preview ? (preview.headers.length ? preview.headers : [...new Set(preview.rows.flatMap((r) => Object.keys(r.values)))]).filter((c) => !columnsWithErrors.includes(c) && c !== '姓名') : [];

  return (
    <div>
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={[{ title: '下载模板' }, { title: '上传文件' }, { title: '预览校验' }, { title: '完成导入' }]}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="import-error" />}
      {step === 0 && (
        <Card size="small">
          <Typography.Paragraph>
            请先下载导入模板，按模板中的列填写人员信息（带 * 的为必填项；代码类字段请填写下拉列表中的名称，所在单位请从“单位列表”工作表中复制）。填写完成后上传，系统会先逐行校验并预览，确认无误后才写入数据库；任何一行有错误，整批都不会导入。
          </Typography.Paragraph>
          <Space>
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                void download('/people/template', undefined, '人员信息导入模板.xlsx').catch((err: unknown) => message.error(messageOf(err)))
              }
              data-testid="download-template"
            >
              下载导入模板
            </Button>
            <Button type="primary" onClick={() => setStep(1)}>
              已有填好的文件，下一步
            </Button>
          </Space>
        </Card>
      )}
      {step === 1 && (
        <Card size="small">
          <div data-testid="import-upload">
          <Upload.Dragger
            accept=".xlsx"
            multiple={false}
            showUploadList={false}
            disabled={uploading}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{uploading ? '正在上传并校验…' : '点击或将 Excel 文件拖到此处上传'}</p>
            <p className="ant-upload-hint">仅支持由模板填写的 .xlsx 文件；上传后只做校验预览，不会修改数据库</p>
          </Upload.Dragger>
          </div>
          <div style={{ marginTop: 12 }}>
            <Button onClick={() => setStep(0)}>上一步</Button>
          </div>
        </Card>
      )}
      {step === 2 && preview && (
        <Card size="small">
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col span={6}>
              <Statistic title="文件" value={preview.fileName ?? ''} valueStyle={{ fontSize: 16 }} />
            </Col>
            <Col span={6}>
              <Statistic title="数据行" value={preview.total} suffix="行" />
            </Col>
            <Col span={6}>
              <Statistic title="校验通过" value={preview.valid} suffix="行" valueStyle={{ color: '#389e0d' }} />
            </Col>
            <Col span={6}>
              <Statistic title="有错误" value={preview.invalid} suffix="行" valueStyle={{ color: preview.invalid ? '#cf1322' : undefined }} data-testid="import-invalid" />
            </Col>
          </Row>
          {preview.headerErrors.length > 0 && (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title="文件格式不符合模板" description={<ul style={{ margin: 0, paddingLeft: 18 }}>{preview.headerErrors.map((h) => <li key={h}>{h}</li>)}</ul>} />
          )}
          {!clean && preview.headerErrors.length === 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              data-testid="import-rejected"
              title={preview.valid === 0 && preview.invalid === 0 ? '文件中没有可导入的数据行' : `文件中有 ${preview.invalid} 行错误，整批不会导入，数据库未做任何修改`}
              description="请按下表（或下载错误报告）修改后重新上传。标红的单元格为出错字段，鼠标悬停可查看原因。"
            />
          )}
          {preview.rows.length > 0 && (
            <Table
              size="small"
              rowKey="row"
              rowClassName={() => 'row-error'}
              dataSource={preview.rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              data-testid="import-bad-rows"
              columns={[
                { title: '行号', dataIndex: 'row', width: 60, fixed: 'left' },
                { title: '姓名', key: 'name', width: 90, fixed: 'left', render: (_, r) => r.name || r.values['姓名'] || '' },
                ...columnsWithErrors.map((col) => ({
                  title: <span className="cell-error">{col}</span>,
                  key: `c-${col}`,
                  width: 120,
                  onCell: (r: ImportPreview['rows'][number]) => (r.errors.some((e) => e.column === col) ? { className: 'cell-bad' } : {}),
                  render: (_: unknown, r: ImportPreview['rows'][number]) => {
                    const errs = r.errors.filter((e) => e.column === col);
                    const v = r.values[col] ?? '';
                    return errs.length ? (
                      <Tooltip title={errs.map((e) => e.message).join('；')}>
                        <span className="cell-error" data-testid="bad-cell">
                          {v || '（空）'}
                        </span>
                      </Tooltip>
                    ) : (
                      v
                    );
                  },
                })),
                {
                  title: '错误说明',
                  key: 'errors',
                  width: 420,
                  render: (_, r) => (
                    <ul style={{ margin: 0, paddingLeft: 16 }}>
                      {r.errors.map((e, i) => (
                        <li key={i} className="cell-error">
                          {e.message}
                        </li>
                      ))}
                    </ul>
                  ),
                },
                ...otherColumns.slice(0, 8).map((col) => ({ title: col, key: `o-${col}`, width: 110, render: (_: unknown, r: ImportPreview['rows'][number]) => r.values[col] ?? '' })),
              ]}
            />
          )}
          {clean && (
            <>
              <Alert type="success" showIcon style={{ marginBottom: 16 }} title={`全部 ${preview.valid} 行校验通过，确认后将一次性导入`} data-testid="import-clean" />
              <Table
                size="small"
                rowKey="row"
                dataSource={preview.sample}
                pagination={false}
                title={() => (preview.valid > preview.sample.length ? `预览前 ${preview.sample.length} 行（共 ${preview.valid} 行）` : '预览')}
                columns={[
                  { title: '行号', dataIndex: 'row', width: 70 },
                  { title: '姓名', dataIndex: 'name', width: 120 },
                  { title: '出生日期', key: 'b', width: 120, render: (_, r) => formatDate(r.birthDate) },
                  { title: '所在单位', dataIndex: 'unit' },
                ]}
              />
            </>
          )}
          <Space style={{ marginTop: 16 }}>
            {clean && (
              <Button type="primary" icon={<CloudUploadOutlined />} loading={committing} onClick={() => void commit()} data-testid="import-commit">
                确认导入
              </Button>
            )}
            {!clean && preview.rows.length > 0 && (
              <Button icon={<FileExcelOutlined />} onClick={() => void downloadErrors()}>
                下载错误报告
              </Button>
            )}
            {!clean && (
              <Button type="primary" onClick={reset} data-testid="import-reupload">
                修改后重新上传
              </Button>
            )}
            <Button onClick={() => void cancel()} data-testid="import-cancel">
              取消
            </Button>
          </Space>
        </Card>
      )}
      {step === 3 && done && (
        <Result
          status="success"
          title={`导入成功：新增 ${done.created} 人`}
          subTitle="导入操作已记入审计日志。"
          data-testid="import-done"
          extra={[
            <Link to="/people?sort=-updatedAt" key="list">
              <Button type="primary">查看人员列表</Button>
            </Link>,
            <Button key="again" onClick={reset}>
              继续导入
            </Button>,
          ]}
        />
      )}
    </div>
  );
}

const LRMX_STATUS: Record<LrmxImportFileResult['status'], { color: string; text: string }> = {
  created: { color: 'green', text: '已新增' },
  updated: { color: 'blue', text: '已更新' },
  'would-create': { color: 'green', text: '将新增' },
  'would-update': { color: 'blue', text: '将更新' },
  error: { color: 'red', text: '失败' },
  skipped: { color: 'default', text: '已跳过' },
};

function LrmxImport() {
  const qc = useQueryClient();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [running, setRunning] = useState<'check' | 'import' | null>(null);
  const [answer, setAnswer] = useState<{ dryRun: boolean; result: LrmxImportAnswer } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (dryRun: boolean) => {
    setRunning(dryRun ? 'check' : 'import');
    setError(null);
    try {
      const fd = new FormData();
      for (const f of files) if (f.originFileObj) fd.append('files', f.originFileObj, f.name);
      const result = await api<LrmxImportAnswer>('/lrmx/import', { method: 'POST', body: fd, query: { dryRun: dryRun ? 'true' : undefined } });
      setAnswer({ dryRun, result });
      if (!dryRun) {
        setFiles([]);
        await qc.invalidateQueries({ queryKey: ['people'] });
        await qc.invalidateQueries({ queryKey: ['units'] });
      }
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setRunning(null);
    }
  };

  const r = answer?.result;
  return (
    <div>
      <Typography.Paragraph>
        可一次选择多个干部任免审批表文件（.lrmx）。系统按“姓名 + 身份证号码”（无身份证号码时按“姓名 + 出生年月”）匹配已有人员：匹配到的更新，未匹配的新增；每个文件单独给出结果。可先“检查”查看将要发生的变化，不写入数据库。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="lrmx-error" />}
      <div data-testid="lrmx-upload">
        <Upload.Dragger accept=".lrmx" multiple fileList={files} beforeUpload={() => false} onChange={(info) => setFiles(info.fileList)}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">点击或将 .lrmx 文件拖到此处（可多选）</p>
        </Upload.Dragger>
      </div>
      <Space style={{ marginTop: 12 }}>
        <Button disabled={!files.length || running !== null} loading={running === 'check'} onClick={() => void run(true)}>
          检查（不写入）
        </Button>
        <Button type="primary" disabled={!files.length || running !== null} loading={running === 'import'} onClick={() => void run(false)} data-testid="lrmx-import">
          导入（{files.length} 个文件）
        </Button>
      </Space>
      {r && answer && (
        <>
          <Alert
            style={{ marginTop: 16 }}
            type={r.failed ? 'warning' : 'success'}
            showIcon
            data-testid="lrmx-summary"
            title={
              answer.dryRun
                ? `检查完成：将新增 ${r.files.filter((f) => f.status === 'would-create').length} 人，更新 ${r.files.filter((f) => f.status === 'would-update').length} 人，${r.failed} 个文件有问题（数据库未修改）`
                : `导入完成：新增 ${r.created} 人，更新 ${r.updated} 人，${r.failed} 个文件失败`
            }
          />
          <Table<LrmxImportFileResult>
            style={{ marginTop: 12 }}
            size="small"
            rowKey="name"
            dataSource={r.files}
            pagination={false}
            data-testid="lrmx-results"
            columns={[
              { title: '文件', dataIndex: 'name' },
              { title: '结果', key: 'status', width: 90, render: (_, f) => <Tag color={LRMX_STATUS[f.status].color}>{LRMX_STATUS[f.status].text}</Tag> },
              { title: '人员', key: 'p', width: 120, render: (_, f) => (f.personId ? <Link to={`/people/${f.personId}`}>{f.personName ?? f.personId}</Link> : (f.personName ?? '')) },
              {
                title: '说明',
                key: 'm',
                render: (_, f) => (
                  <div>
                    {f.message && <div className={f.status === 'error' ? 'cell-error' : undefined}>{f.message}</div>}
                    {f.warnings.map((w) => (
                      <div key={w} style={{ color: '#ad6800' }}>
                        {w}
                      </div>
                    ))}
                  </div>
                ),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}

export default function ImportPage() {
  return (
    <Card>
      <Tabs
        items={[
          { key: 'excel', label: 'Excel 批量导入', children: <ExcelImport /> },
          { key: 'lrmx', label: '任免审批表（.lrmx）导入', children: <LrmxImport /> },
        ]}
      />
    </Card>
  );
}
