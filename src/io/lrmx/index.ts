// The appointment-form file (干部任免审批表, .lrmx): reader, writer, batch reader (see src/io/README.md).
export { parseLrmx } from './parse-lrmx.js';
export type { ParseLrmxOptions } from './parse-lrmx.js';
export { lrmxFileName, writeLrmx } from './write-lrmx.js';
export type { LrmxWriteInput, WriteLrmxOptions } from './write-lrmx.js';
export { readLrmxFiles, MAX_LRMX_BYTES } from './read-lrmx-files.js';
export type { LrmxFileInput, LrmxFileResult } from './read-lrmx-files.js';
export {
  KNOWN_LRMX_VERSIONS,
  LRMX_ELEMENTS,
  LRMX_FAMILY_ELEMENTS,
  LRMX_VERSION,
  LrmxParseError,
} from './lrmx-format.js';
export type { LrmxErrorCode, LrmxExtras, LrmxRecord, ParsedLrmx } from './lrmx-format.js';
export { parseAppraisalText, formatAppraisalText } from './appraisal-text.js';
export { parseResume, formatResume } from './resume.js';
