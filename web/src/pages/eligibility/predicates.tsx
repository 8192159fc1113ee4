// The leaf predicates of rule-schema.ts as form rows with Chinese field names. Every fact of
// the schema has a spec here; a fact this table does not know yet is edited as JSON, so a
// rule set from a newer server still opens.
import { Input, InputNumber, Select, Switch, Typography } from 'antd';
import type { CodeTableName } from '../../api/types';
import { EDUCATION_GROUP_CODES, EDUCATION_GROUP_LABELS, type Codes } from '../../lib/codes';
import type { Predicate } from './types';

type Option = { value: string; label: string };

export type FieldSpec = { name: string; label: string; required?: boolean } & (
  | { kind: 'number'; min?: number; max?: number; suffix?: string }
  | { kind: 'codes'; table: CodeTableName }
  | { kind: 'code'; table: CodeTableName }
  /** One code or a list (postKindYears.postKind): stored as a string when one is chosen. */
  | { kind: 'codeOrCodes'; table: CodeTableName }
  | { kind: 'enum'; options: Option[]; multi?: boolean }
  | { kind: 'bool'; on: string; off: string }
  | { kind: 'tags'; placeholder?: string }
);

export interface FactSpec {
  fact: string;
  title: string;
  fields: FieldSpec[];
  /** A valid predicate to start from when the rule is added. */
  initial: Predicate;
}

const EDU_OPTIONS: Option[] = EDUCATION_GROUP_CODES.map((c) => ({ value: c, label: EDUCATION_GROUP_LABELS[c] ?? c }));
const MODE_OPTIONS: Option[] = [
  { value: 'fulltime', label: '全日制' },
  { value: 'any', label: '不限（含在职）' },
];
const DEGREE_OPTIONS: Option[] = [
  { value: 'bachelor', label: '学士' },
  { value: 'master', label: '硕士' },
  { value: 'doctor', label: '博士' },
];
const EXPERIENCE_OPTIONS: Option[] = [
  { value: 'county', label: '县级' },
  { value: 'township', label: '乡镇级' },
];

const years = (what: string): FieldSpec[] => [
  { name: 'atLeast', label: `${what}不少于`, kind: 'number', min: 0, max: 100, suffix: '年' },
  { name: 'atMost', label: `${what}不超过`, kind: 'number', min: 0, max: 100, suffix: '年' },
];

export const FACT_SPECS: FactSpec[] = [
  {
    fact: 'age',
    title: '年龄',
    fields: [
      { name: 'min', label: '年龄下限', kind: 'number', min: 0, max: 150, suffix: '岁' },
      { name: 'max', label: '年龄上限', kind: 'number', min: 0, max: 150, suffix: '岁' },
    ],
    initial: { fact: 'age', max: 45 },
  },
  { fact: 'gender', title: '性别', fields: [{ name: 'in', label: '性别为', kind: 'codes', table: 'gender', required: true }], initial: { fact: 'gender', in: ['2'] } },
  { fact: 'ethnicity', title: '民族', fields: [{ name: 'in', label: '民族为', kind: 'codes', table: 'ethnicity', required: true }], initial: { fact: 'ethnicity', in: ['04'] } },
  {
    fact: 'education',
    title: '学历',
    fields: [
      { name: 'atLeast', label: '学历不低于', kind: 'enum', options: EDU_OPTIONS, required: true },
      { name: 'mode', label: '教育类别', kind: 'enum', options: MODE_OPTIONS },
    ],
    initial: { fact: 'education', atLeast: '20', mode: 'fulltime' },
  },
  {
    fact: 'degree',
    title: '学位',
    fields: [
      { name: 'atLeast', label: '学位不低于', kind: 'enum', options: DEGREE_OPTIONS, required: true },
      { name: 'mode', label: '教育类别', kind: 'enum', options: MODE_OPTIONS },
    ],
    initial: { fact: 'degree', atLeast: 'bachelor' },
  },
  { fact: 'politicalStatus', title: '政治面貌', fields: [{ name: 'in', label: '政治面貌为', kind: 'codes', table: 'political_status', required: true }], initial: { fact: 'politicalStatus', in: ['01'] } },
  { fact: 'partyYears', title: '党龄', fields: years('党龄'), initial: { fact: 'partyYears', atLeast: 3 } },
  {
    fact: 'rank',
    title: '职务级别',
    fields: [
      { name: 'in', label: '职务级别为', kind: 'codes', table: 'rank' },
      { name: 'atLeast', label: '职务级别不低于', kind: 'code', table: 'rank' },
      { name: 'atMost', label: '职务级别不高于', kind: 'code', table: 'rank' },
    ],
    initial: { fact: 'rank', in: ['141'] },
  },
  {
    fact: 'grade',
    title: '职级',
    fields: [
      { name: 'in', label: '职级为', kind: 'codes', table: 'grade' },
      { name: 'atLeast', label: '职级不低于', kind: 'code', table: 'grade' },
      { name: 'atMost', label: '职级不高于', kind: 'code', table: 'grade' },
    ],
    initial: { fact: 'grade', in: ['G07', 'G08'] },
  },
  { fact: 'yearsInRank', title: '任现职级年限', fields: years('任现职级'), initial: { fact: 'yearsInRank', atLeast: 2 } },
  { fact: 'postKind', title: '现任岗位类别', fields: [{ name: 'in', label: '现任岗位为', kind: 'codes', table: 'post_kind', required: true }], initial: { fact: 'postKind', in: ['township_party_secretary'] } },
  {
    fact: 'postKindYears',
    title: '累计任职年限',
    fields: [
      { name: 'postKind', label: '岗位类别', kind: 'codeOrCodes', table: 'post_kind', required: true },
      { name: 'atLeast', label: '累计任职不少于', kind: 'number', min: 0, max: 100, suffix: '年' },
      { name: 'atMost', label: '累计任职不超过', kind: 'number', min: 0, max: 100, suffix: '年' },
      { name: 'sameUnit', label: '仅计现单位', kind: 'bool', on: '是', off: '否' },
    ],
    initial: { fact: 'postKindYears', postKind: 'township_party_secretary', atLeast: 3 },
  },
  { fact: 'experience', title: '基层工作经历', fields: [{ name: 'level', label: '有工作经历的层级', kind: 'enum', options: EXPERIENCE_OPTIONS, required: true }], initial: { fact: 'experience', level: 'township' } },
  {
    fact: 'appraisals',
    title: '年度考核',
    fields: [
      { name: 'years', label: '近 N 年', kind: 'number', min: 1, max: 10, suffix: '年', required: true },
      { name: 'atLeast', label: '考核不低于', kind: 'code', table: 'appraisal', required: true },
    ],
    initial: { fact: 'appraisals', years: 3, atLeast: 'competent' },
  },
  {
    fact: 'title',
    title: '专业技术职务',
    fields: [
      { name: 'atLeast', label: '职称不低于', kind: 'code', table: 'title_level', required: true },
      { name: 'series', label: '职称系列', kind: 'codes', table: 'title_series' },
    ],
    initial: { fact: 'title', atLeast: 'intermediate' },
  },
  { fact: 'professionalYears', title: '从事专业工作年限', fields: years('专业工作'), initial: { fact: 'professionalYears', atLeast: 5 } },
  { fact: 'reserve', title: '后备干部', fields: [{ name: 'is', label: '是否后备干部', kind: 'bool', on: '是', off: '否', required: true }], initial: { fact: 'reserve', is: true } },
  { fact: 'pool', title: '优秀年轻干部库', fields: [{ name: 'tiers', label: '入库层级（不选为任一层级）', kind: 'codes', table: 'pool_tier' }], initial: { fact: 'pool' } },
  { fact: 'category', title: '人员类别', fields: [{ name: 'in', label: '人员类别为', kind: 'codes', table: 'category', required: true }], initial: { fact: 'category', in: ['party_government'] } },
  { fact: 'unitKind', title: '单位类型', fields: [{ name: 'in', label: '现单位类型为', kind: 'codes', table: 'unit_kind', required: true }], initial: { fact: 'unitKind', in: ['township'] } },
  { fact: 'unitLevel', title: '单位层级', fields: [{ name: 'in', label: '现单位层级为', kind: 'codes', table: 'unit_level', required: true }], initial: { fact: 'unitLevel', in: ['county'] } },
  { fact: 'tibetanArea', title: '藏区单位', fields: [{ name: 'is', label: '现单位在藏区', kind: 'bool', on: '是', off: '否', required: true }], initial: { fact: 'tibetanArea', is: true } },
  { fact: 'health', title: '健康状况', fields: [{ name: 'in', label: '健康状况为', kind: 'codes', table: 'health', required: true }], initial: { fact: 'health', in: ['healthy'] } },
  {
    fact: 'tags',
    title: '标签',
    fields: [
      { name: 'anyOf', label: '含任一标签', kind: 'tags', placeholder: '输入后回车，如：援藏' },
      { name: 'allOf', label: '含全部标签', kind: 'tags', placeholder: '输入后回车' },
    ],
    initial: { fact: 'tags', anyOf: ['援藏'] },
  },
];

export const FACT_SPEC_BY_NAME = new Map(FACT_SPECS.map((s) => [s.fact, s]));

export function factTitle(fact: string): string {
  return FACT_SPEC_BY_NAME.get(fact)?.title ?? fact;
}

interface Props {
  predicate: Predicate;
  onChange(p: Predicate): void;
  codes: Codes;
  /** Prefix of the inputs' test ids (the node's id or key). */
  testId: string;
}

const set = (p: Predicate, name: string, value: unknown): Predicate => {
  const next: Predicate = { ...p };
  const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) delete next[name];
  else next[name] = value;
  return next;
};

/** The form row of one predicate: a labelled input per field. */
export function PredicateFields({ predicate, onChange, codes, testId }: Props) {
  const spec = FACT_SPEC_BY_NAME.get(predicate.fact);
  if (!spec) return <GenericJson predicate={predicate} onChange={onChange} testId={testId} />;
  return (
    <div className="elig-fields">
      {spec.fields.map((f) => (
        <label key={f.name} className="elig-field">
          <span className="elig-field-label">
            {f.required && <span style={{ color: '#cf1322' }}>* </span>}
            {f.label}
          </span>
          <FieldInput field={f} value={predicate[f.name]} onChange={(v) => onChange(set(predicate, f.name, v))} codes={codes} testId={`${testId}-${f.name}`} />
        </label>
      ))}
    </div>
  );
}

function FieldInput({ field, value, onChange, codes, testId }: { field: FieldSpec; value: unknown; onChange(v: unknown): void; codes: Codes; testId: string }) {
  switch (field.kind) {
    case 'number':
      return (
        <InputNumber
          size="small"
          min={field.min}
          max={field.max}
          precision={0}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange(v ?? undefined)}
          suffix={field.suffix}
          style={{ width: 100 }}
          aria-label={field.label}
          data-testid={testId}
        />
      );
    case 'codes':
      return (
        <Select
          size="small"
          mode="multiple"
          allowClear
          style={{ minWidth: 200, maxWidth: 420 }}
          options={codes.options(field.table)}
          optionFilterProp="label"
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(v) => onChange(v)}
          placeholder="请选择"
          aria-label={field.label}
          data-testid={testId}
        />
      );
    case 'code':
      return (
        <Select
          size="small"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 180 }}
          options={codes.options(field.table)}
          value={typeof value === 'string' ? value : undefined}
          onChange={(v) => onChange(v)}
          placeholder="不限"
          aria-label={field.label}
          data-testid={testId}
        />
      );
    case 'codeOrCodes': {
      const list = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : [];
      return (
        <Select
          size="small"
          mode="multiple"
          style={{ minWidth: 200, maxWidth: 420 }}
          options={codes.options(field.table)}
          optionFilterProp="label"
          value={list}
          onChange={(v: string[]) => onChange(v.length === 1 ? v[0] : v)}
          placeholder="请选择"
          aria-label={field.label}
          data-testid={testId}
        />
      );
    }
    case 'enum':
      return (
        <Select
          size="small"
          allowClear={!field.required}
          mode={field.multi ? 'multiple' : undefined}
          style={{ width: field.multi ? 240 : 150 }}
          options={field.options}
          value={(value as string | string[] | undefined) ?? undefined}
          onChange={(v) => onChange(v)}
          placeholder="不限"
          aria-label={field.label}
          data-testid={testId}
        />
      );
    case 'bool':
      return (
        <Switch
          size="small"
          checked={value === true}
          onChange={(on) => onChange(on ? true : field.required ? false : undefined)}
          checkedChildren={field.on}
          unCheckedChildren={field.off}
          aria-label={field.label}
          data-testid={testId}
        />
      );
    case 'tags':
      return (
        <Select
          size="small"
          mode="tags"
          style={{ minWidth: 200, maxWidth: 420 }}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(v) => onChange(v)}
          placeholder={field.placeholder}
          open={false}
          aria-label={field.label}
          data-testid={testId}
        />
      );
  }
}

/** A fact this page does not know: its fields as JSON. */
function GenericJson({ predicate, onChange, testId }: { predicate: Predicate; onChange(p: Predicate): void; testId: string }) {
  const { fact, ...rest } = predicate;
  return (
    <div>
      <Typography.Text type="secondary">条件类型“{fact}”，参数（JSON）：</Typography.Text>
      <Input.TextArea
        size="small"
        autoSize={{ minRows: 1, maxRows: 6 }}
        defaultValue={JSON.stringify(rest)}
        onBlur={(e) => {
          try {
            const v = JSON.parse(e.target.value) as Record<string, unknown>;
            if (v && typeof v === 'object' && !Array.isArray(v)) onChange({ ...v, fact });
          } catch {
            /* keep the last valid value; the server reports errors on preview */
          }
        }}
        data-testid={`${testId}-json`}
      />
    </div>
  );
}
