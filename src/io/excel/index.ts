// Excel import/export of the registry (see src/io/README.md).
export { buildPeopleTemplate, defaultAppraisalYears, PEOPLE_SHEET, TEMPLATE_ROWS } from './people-template.js';
export type { PeopleTemplateOptions, TemplateUnit } from './people-template.js';
export { parsePeopleWorkbook } from './people-import.js';
export type {
  ImportCellError,
  PeopleImportContext,
  PeopleImportResult,
  PeopleImportRow,
  UnitResolution,
} from './people-import.js';
export {
  ERROR_REPORT_MESSAGE_COLUMN,
  ERROR_REPORT_ROW_COLUMN,
  writeImportErrorReport,
  writeListWorkbook,
} from './list-export.js';
export type { ErrorReportOptions, ErrorReportRow, ListColumn, ListColumnType, ListWorkbookInput } from './list-export.js';
export { peopleColumns, columnForHeader } from './people-columns.js';
export type { PeopleColumn } from './people-columns.js';
