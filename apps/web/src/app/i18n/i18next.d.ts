import 'i18next';
import type { auditLogId } from '../../features/audit/audit-log.i18n';
import type { complaintsId } from '../../features/complaints/complaints.i18n';
import type { performanceId } from '../../features/performance/performance.i18n';
import type { skmId } from '../../features/surveys/skm.i18n';
import type { id } from './id';
import type { shellId } from './shell.i18n';

// Every key the app may ask for, although the dictionaries load in parts (index.ts `addDictionaries`).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof shellId &
        typeof id & {
          skm: typeof skmId;
          complaints: typeof complaintsId;
          performance: typeof performanceId;
          auditLog: typeof auditLogId;
        };
    };
  }
}
