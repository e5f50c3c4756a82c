/**
 * The plan's document (plan-document.ts) as Word (DOCX), made with the `docx` library: A4 landscape (the sheets'
 * tables are wide), "Projekts" in the header of every page of a working copy, page numbers in the footer, the title
 * page, each worksheet from a new page with its heading, purpose line and tables (header rows repeated on every
 * page), and the SMART cards.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { documentWords as words, type DocumentTable, type PlanDocument } from './plan-document';

const cell = (text: string, header = false) =>
  new TableCell({
    children: text
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] })),
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2EC' } } : {}),
  });

const table = ({ columns, rows }: { columns: string[]; rows: string[][] }) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((column) => cell(column, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
    ],
  });

const line = (label: string, value: string) =>
  new Paragraph({
    spacing: { after: 120 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });

function titlePage(plan: PlanDocument) {
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: 2400, after: 600 },
      children: [new TextRun(plan.title)],
    }),
    ...(plan.municipality ? [line(words.municipality, plan.municipality)] : []),
    line(words.period, plan.period),
    line(words.status, plan.status),
    ...(plan.draft
      ? [new Paragraph({ children: [new TextRun({ text: words.workingCopy, bold: true })] })]
      : [
          line(words.version, String(plan.version ?? '—')),
          line(words.decision, words.decisionText(plan.decision?.number ?? null, plan.decision?.date ?? null)),
        ]),
  ];
}

const tableBlock = (sheetTable: DocumentTable) => [
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(sheetTable.name)] }),
  sheetTable.note
    ? new Paragraph(sheetTable.note)
    : sheetTable.rows.length
      ? table(sheetTable)
      : new Paragraph(words.noRows),
];

/** The plan's document as DOCX bytes. */
export async function planDocx(plan: PlanDocument): Promise<Buffer> {
  const marking = plan.draft
    ? words.draft
    : `${words.version} ${plan.version ?? '—'} · ${words.decision} ${words.decisionText(plan.decision?.number ?? null, plan.decision?.date ?? null)}`;
  const document = new Document({
    creator: plan.municipality ?? undefined,
    title: plan.title,
    description: plan.draft ? words.draft : `${words.version} ${plan.version}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: marking, bold: plan.draft, color: plan.draft ? 'B00020' : '333333' })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [`${words.page} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...titlePage(plan),
          ...plan.sheets.flatMap((sheet) => [
            new Paragraph({
              heading: HeadingLevel.HEADING_1,
              pageBreakBefore: true,
              children: [new TextRun(`${words.sheet(sheet.number)}: ${sheet.title}`)],
            }),
            new Paragraph({
              spacing: { after: 200 },
              children: [new TextRun({ text: `${words.purpose}: `, bold: true }), new TextRun(sheet.purpose)],
            }),
            ...sheet.tables.flatMap(tableBlock),
          ]),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            pageBreakBefore: true,
            children: [new TextRun(words.smart)],
          }),
          ...plan.smart.flatMap((card) => [
            new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(card.goal)] }),
            table({
              columns: [words.criterion, words.assessment, words.reason],
              rows: card.criteria.map((c) => [c.name, c.met ? words.met : words.notMet, c.reason]),
            }),
          ]),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
