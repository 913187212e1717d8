/** Child process for the lock test: takes a database file's lock, says so, and waits to be killed. */
import { acquireLock } from '../../electron/db/lock';

acquireLock(process.argv[2], 'Plan Editor (test holder)');
process.stdout.write('locked\n');
setInterval(() => {}, 1000);
