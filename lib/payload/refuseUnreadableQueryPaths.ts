import {
  buildVersionCollectionFields,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  getLocalizedPaths,
  type PayloadRequest,
  QueryError,
  type SanitizedCollectionConfig,
  validateQueryPaths,
} from 'payload'

/** One path a request names, in the collection it starts from. */
interface QueryPath {
  collection: SanitizedCollectionConfig
  path: string
  /** Sorting cannot be narrowed to the related documents the user may read, so each relationship it crosses must be readable in full. */
  sorting: boolean
}

/** A collection by a slug that came from a request, or undefined for a slug that names none. */
function collectionBySlug(req: PayloadRequest, slug: string): SanitizedCollectionConfig | undefined {
  const collections: Partial<Record<string, { config: SanitizedCollectionConfig }>> = req.payload.collections
  return Object.hasOwn(collections, slug) ? collections[slug]?.config : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `sort` as REST and the Local API accept it: a string or list, comma lists, `-` for descending, `__` for `.`. */
export function sortPaths(sort: unknown): string[] {
  const entries = Array.isArray(sort) ? sort : [sort]
  return entries
    .filter((entry): entry is string => typeof entry === 'string')
    .flatMap((entry) => entry.split(','))
    .map((entry) => entry.trim().replace(/^[-+]/, '').replace(/__/g, '.'))
    .filter((path) => path !== '')
}

/**
 * The field paths a `select` names. Keys under a blocks field are block slugs,
 * which where-paths skip (`sections.heading` matches any block's `heading`).
 */
export function selectPaths(select: unknown, fields: FlattenedField[], prefix = ''): string[] {
  if (!isRecord(select)) return []
  return Object.entries(select).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    const field = fields.find((candidate) => candidate.name === key)
    if (!field || !isRecord(value)) return [path]
    if (field.type === 'blocks') {
      return Object.entries(value).flatMap(([slug, blockSelect]) => {
        const block = field.blocks.find((candidate) => candidate.slug === slug)
        return block && isRecord(blockSelect) ? selectPaths(blockSelect, block.flattenedFields, path) : [`${path}.${slug}`]
      })
    }
    return 'flattenedFields' in field ? selectPaths(value, field.flattenedFields, path) : [path]
  })
}

/**
 * The same hook runs for `findVersions` (Payload reports it as `read`), whose
 * paths start at the version row: `version.title`, `parent`, `latest`. Those
 * roots are checked against the version fields, the rest against the collection's.
 */
const versionFieldsCache = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()
function versionFieldsOf(req: PayloadRequest, collection: SanitizedCollectionConfig): FlattenedField[] {
  if (!collection.versions) return []
  let fields = versionFieldsCache.get(collection)
  if (!fields) {
    fields = buildVersionCollectionFields(req.payload.config, collection, true)
    versionFieldsCache.set(collection, fields)
  }
  return fields
}

function versionOnlyRoot(req: PayloadRequest, collection: SanitizedCollectionConfig, path: string): boolean {
  const root = path.split('.')[0]
  return !collection.flattenedFields.some((field) => field.name === root) && versionFieldsOf(req, collection).some((field) => field.name === root)
}

/** The collection's fields plus, for a collection with versions, the version row's own (`version`, `parent`, `latest`, …). */
function selectableFields(req: PayloadRequest, collection: SanitizedCollectionConfig): FlattenedField[] {
  const own = new Set(collection.flattenedFields.map((field) => field.name))
  return [...collection.flattenedFields, ...versionFieldsOf(req, collection).filter((field) => !own.has(field.name))]
}

/** Every path an operation's arguments name: sort, select, populate (per related collection) and a distinct field. */
function queryPathsOf(args: Record<string, unknown>, collection: SanitizedCollectionConfig, req: PayloadRequest): QueryPath[] {
  const paths: QueryPath[] = [
    ...sortPaths(args.sort).map((path) => ({ collection, path, sorting: true })),
    ...selectPaths(args.select, selectableFields(req, collection)).map((path) => ({ collection, path, sorting: false })),
  ]
  if (typeof args.field === 'string') paths.push({ collection, path: args.field, sorting: true })
  if (isRecord(args.populate)) {
    for (const [slug, select] of Object.entries(args.populate)) {
      const related = collectionBySlug(req, slug)
      if (!related) paths.push({ collection, path: `populate.${slug}`, sorting: false })
      else paths.push(...selectPaths(select, selectableFields(req, related)).map((path) => ({ collection: related, path, sorting: false })))
    }
  }
  return paths
}

const CONTAINER_TYPES = new Set(['array', 'group', 'blocks', 'tab'])

async function readsEveryDocument(req: PayloadRequest, slug: string): Promise<boolean> {
  const read = collectionBySlug(req, slug)?.access.read
  return read ? (await read({ req })) === true : false
}

/**
 * Is the path one this user may read? Payload's own `where` validation
 * decides (unknown and hidden fields, `access.read`, `hash`/`salt`), asked
 * with `overrideAccess: false` at every hop: Payload 3.90 checks `sort` only
 * for paths it resolves with access overridden, and that resolution already
 * fails on a hidden field behind a relationship (`clinician.hash`), so such a
 * sort went to the database unchecked.
 */
async function isReadablePath(req: PayloadRequest, { collection, path, sorting }: QueryPath): Promise<boolean> {
  const versionFields = versionOnlyRoot(req, collection, path) ? versionFieldsOf(req, collection) : undefined
  const segments = getLocalizedPaths({
    collectionSlug: collection.slug,
    fields: versionFields ?? collection.flattenedFields,
    incomingPath: path,
    locale: req.locale ?? undefined,
    payload: req.payload,
    overrideAccess: false,
  })
  if (segments.length === 0 || segments.some((segment) => segment.invalid)) return false
  if (sorting) {
    // Rows cannot be ordered by a key inside a JSON value (the database fails); nothing here needs it.
    const last = segments.at(-1)
    if (last?.field && (last.field.type === 'json' || last.field.type === 'richText') && !last.path.endsWith(last.field.name)) return false
    for (const segment of segments.slice(1)) if (segment.collectionSlug && !(await readsEveryDocument(req, segment.collectionSlug))) return false
  }
  const target = segments.at(-1)?.field
  // The common case (`-createdAt`, `title`): a visible top-level field with no read rule of its own is readable
  // wherever its document is, so the permission lookup below (which runs the collection's read access) is skipped.
  if (segments.length === 1 && !path.includes('.') && target && !target.access?.read) return true
  if (!sorting && target && CONTAINER_TYPES.has(target.type)) {
    // Payload's where check cannot name a whole array, group or blocks field (it looks for the container's own
    // permission among its children's); selecting one is decided by its own read access, its children redacted as usual.
    return target.access?.read ? Boolean(await target.access.read({ req })) : true
  }
  try {
    await validateQueryPaths({ collectionConfig: collection, overrideAccess: false, req, versionFields, where: { [path]: { exists: true } } })
    return true
  } catch (error) {
    if (error instanceof QueryError) return false
    throw error
  }
}

/** Text-matching operators: on a select or radio field (a PostgreSQL enum) the database has no such operator and fails. */
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const ENUM_TYPES = new Set(['select', 'radio'])

/** One condition of a `where`: the path, the operator and the value, found through `and` / `or`. */
export interface WhereCondition {
  path: string
  operator: string
  value: unknown
}

export function whereConditions(where: unknown): WhereCondition[] {
  if (!isRecord(where)) return []
  return Object.entries(where).flatMap(([key, value]): WhereCondition[] => {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) return value.flatMap(whereConditions)
    if (!isRecord(value)) return []
    return Object.entries(value).map(([operator, operand]) => ({ path: key, operator, value: operand }))
  })
}

/** The values a select or radio path may hold, or null when the path is not one (stored as an enum). */
function enumValuesOf(req: PayloadRequest, collection: SanitizedCollectionConfig, path: string): Set<string> | null {
  const versionFields = versionOnlyRoot(req, collection, path) ? versionFieldsOf(req, collection) : undefined
  const segments = getLocalizedPaths({
    collectionSlug: collection.slug,
    fields: versionFields ?? collection.flattenedFields,
    incomingPath: path,
    locale: req.locale ?? undefined,
    payload: req.payload,
    overrideAccess: true,
  })
  const field = segments.at(-1)?.field
  if (!field || !ENUM_TYPES.has(field.type) || !('options' in field)) return null
  return new Set(field.options.map((option) => (typeof option === 'string' ? option : option.value)))
}

/**
 * A condition PostgreSQL would fail on (a 500 for a typo in a URL): a text
 * operator on an enum, or a value the enum does not have.
 */
function failsOnEnum(req: PayloadRequest, collection: SanitizedCollectionConfig, { path, operator, value }: WhereCondition): boolean {
  if (operator === 'exists') return false
  const allowed = enumValuesOf(req, collection, path)
  if (!allowed) return false
  if (TEXT_OPERATORS.has(operator)) return true
  const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
  return values.some((candidate) => candidate !== null && !allowed.has(String(candidate)))
}

/**
 * Refuses (400, like Payload's own `where` check) any `sort`, `select`,
 * `populate` or distinct field naming a field the user cannot read: unknown
 * paths, hidden auth fields (`hash`, `salt`, `resetPasswordToken`, …), fields
 * with `access.read` false, through relationships too (`clinician.hash`).
 * Sorting by a field you cannot read still reveals it: the order of the rows
 * you get back is an oracle on the values. Server code that passes
 * `overrideAccess: true` is trusted and not checked.
 */
export const refuseUnreadableQueryPaths: CollectionBeforeOperationHook = async ({ args, collection, overrideAccess, req }) => {
  if (overrideAccess === true || !isRecord(args)) return args
  const refused: string[] = []
  for (const queryPath of queryPathsOf(args, collection, req)) {
    if (!(await isReadablePath(req, queryPath))) refused.push(queryPath.path)
  }
  // A text operator or an unknown value on a select answered 500 (the enum refuses it): a 400 instead, as for any bad query.
  for (const condition of whereConditions('where' in args ? args.where : undefined)) {
    if (failsOnEnum(req, collection, condition)) refused.push(condition.path)
  }
  if (refused.length > 0) throw new QueryError([...new Set(refused)].map((path) => ({ path })))
  return args
}
