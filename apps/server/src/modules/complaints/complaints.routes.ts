import type { AppInstance } from '../../lib/app-instance';
import { complaintAdminRoutes } from './complaint-admin.routes';
import { complaintCitizenRoutes } from './complaint-citizen.routes';
import { complaintIntakeRoutes } from './complaint-intake.routes';
import { complaintPrivacyRoutes } from './complaint-privacy.routes';
import { complaintStaffRoutes } from './complaint-staff.routes';
import { complaintTrackingRoutes } from './complaint-tracking.routes';
import { complaintWorkflowRoutes } from './complaint-workflow.routes';
import { open311Routes } from './open311.routes';

/** Complaint routes: public intake and tracking (no login), staff workflow, statistics and administration. */
export async function complaintRoutes(app: AppInstance) {
  await app.register(open311Routes);
  await complaintIntakeRoutes(app);
  await complaintTrackingRoutes(app);
  await complaintStaffRoutes(app);
  await complaintWorkflowRoutes(app);
  await complaintAdminRoutes(app);
  await complaintCitizenRoutes(app);
  await complaintPrivacyRoutes(app);
}
