// The baseline: ExcelJS's own streaming reader over the sheet, every cell's value touched, nothing else.
import ExcelJS from 'exceljs';

const path = process.argv[2]!;
const idleRss = process.memoryUsage().rss;
let peakRss = idleRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
const started = performance.now();
const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'emit' });
let rows = 0;
let cells = 0;
for await (const sheet of reader) {
  for await (const row of sheet) {
    rows++;
    for (const value of row.values as unknown[]) if (value !== undefined) cells++;
  }
}
const ms = performance.now() - started;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
process.stdout.write(JSON.stringify({ ms, rows, cells, maxRssMb: peakRss / 1048576, idleRssMb: idleRss / 1048576, addedRssMb: (peakRss - idleRss) / 1048576 }));
