import * as migration_20261129_045151_initial from './20261129_045151_initial';
import * as migration_20261129_054321_auth_sessions from './20261129_054321_auth_sessions';

export const migrations = [
  {
    up: migration_20261129_045151_initial.up,
    down: migration_20261129_045151_initial.down,
    name: '20261129_045151_initial',
  },
  {
    up: migration_20261129_054321_auth_sessions.up,
    down: migration_20261129_054321_auth_sessions.down,
    name: '20261129_054321_auth_sessions'
  },
];
