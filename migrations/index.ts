import * as migration_20261129_045151_initial from './20261129_045151_initial';
import * as migration_20261129_054257_share_link_checks_tracking_limits from './20261129_054257_share_link_checks_tracking_limits';

export const migrations = [
  {
    up: migration_20261129_045151_initial.up,
    down: migration_20261129_045151_initial.down,
    name: '20261129_045151_initial',
  },
  {
    up: migration_20261129_054257_share_link_checks_tracking_limits.up,
    down: migration_20261129_054257_share_link_checks_tracking_limits.down,
    name: '20261129_054257_share_link_checks_tracking_limits'
  },
];
