/** The id of a relationship field's value, whether Payload returned it populated (depth ≥ 1) or as a bare id. */
export function relationId(value: number | { id: number }): number {
  return typeof value === 'number' ? value : value.id
}
