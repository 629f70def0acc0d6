import os from 'node:os'

/** 1-minute load average now: other work on the machine skews every figure, and this says how much. */
export const load1 = () => os.loadavg()[0]!.toFixed(1)

/** The load average as `1 / 5 / 15` minutes. */
export const loadAverages = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ')

export interface Target {
  text: string
  met: boolean
}

interface Figure {
  part: string
  label: string
  measured: string
  target: string
  verdict: 'PASS' | 'MISS' | ''
  load: string
}

/**
 * Every figure of a run, each beside its target (PASS/MISS) and the load
 * average when it was taken, printed as one table at the end.
 */
export class FigureReport {
  private readonly figures: Figure[] = []

  /** `load` defaults to now; pass an earlier reading when the figure was measured before other work ran. */
  add(part: string, label: string, measured: string, target?: Target, load: string = load1()): void {
    this.figures.push({ part, label, measured, target: target?.text ?? '', verdict: target ? (target.met ? 'PASS' : 'MISS') : '', load })
  }

  print(): void {
    console.log('Figures (load = 1-minute load average when the figure was taken; on a shared machine, a high load makes every figure pessimistic):')
    printTable(
      [
        ['', 'figure', 'measured', 'target', 'verdict', 'load'],
        ...this.figures.map((row) => [row.part, row.label, row.measured, row.target, row.verdict, row.load]),
      ],
      [0, 1, 2, 3],
    )
  }
}

/** A plain-text table, columns padded to their widest cell; `leftAligned` columns pad on the right. */
export function printTable(rows: string[][], leftAligned: number[]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((line) => line[column]!.length)))
  for (const [index, line] of rows.entries()) {
    console.log(
      `  ${line.map((cell, column) => (leftAligned.includes(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`.trimEnd(),
    )
    if (index === 0) console.log(`  ${widths.map((width) => '-'.repeat(width)).join('  ')}`)
  }
}
