/** `npm run seed`: apply migrations and add whatever demo content is missing. Safe to repeat. */
import { prepareServerCommand } from './prepareServerCommand'

const database = await prepareServerCommand()
const { migrateAndSeed } = await import('../lib/db/migrateAndSeed')
const report = await migrateAndSeed({ demoAccounts: database.embedded || process.env.CARELEAF_SEED_DEMO === 'true' })
console.log(`users created: ${report.createdUsers.length}, topics created: ${report.createdTopics.length}`)
await database.stop()
