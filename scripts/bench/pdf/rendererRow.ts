import { printTable } from '../report'
import { fmt } from '../stats'

/** One renderer's line in the A/B table. */
export interface RendererRow {
  label: string
  runs: number
  first: number
  p50: number
  p95: number
  pages: number
  memory: string
  peakBytes: number
}

export async function countPages(pdf: Buffer): Promise<number> {
  const { extractPdfText } = await import('../../../tests/support/extractPdfText')
  return (await extractPdfText(pdf)).numPages
}

export function printRendererTable(rows: RendererRow[]): void {
  console.log(
    'A/B. Renderers side by side (same handout; react-pdf memory is the whole benchmark process, its worker being a thread in it; Chromium memory is the summed PSS of its processes):',
  )
  printTable(
    [
      ['Renderer', 'runs', 'first ms', 'p50 ms', 'p95 ms', 'pages', 'memory'],
      ...rows.map((row) => [row.label, String(row.runs), fmt(row.first), fmt(row.p50, 1), fmt(row.p95, 1), String(row.pages), row.memory]),
    ],
    [0, 6],
  )
  console.log('')
}
