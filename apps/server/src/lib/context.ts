import type { Config } from '../config';
import type { Database } from '../db/database';

/** What every service needs: the database, the settings and a clock (tests move time by swapping it). */
export type ServiceContext = {
  db: Database;
  config: Config;
  now: () => Date;
};
