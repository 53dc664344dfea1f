import type { Assessment } from '@/lib/schema/assessment';
import { markdownReport } from '@/lib/report/markdown';

export async function copyMarkdownReport(assessment: Assessment, checkedAt: number): Promise<void> {
  await navigator.clipboard.writeText(markdownReport(assessment, checkedAt));
}
