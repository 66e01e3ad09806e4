// The staff app's dictionaries: its own screens and every feature's. Imported by the staff layout, so they load with
// the first signed-in page and never with the public pages (ADR 0005).
import '../../features/complaints/complaints.i18n';
import '../../features/performance/performance.i18n';
import '../../features/surveys/skm.i18n';
import { en } from './en';
import { id } from './id';
import { addDictionaries } from '.';

addDictionaries({ id, en });
