/**
 * How the model-free engine reads one shopping request, for whoever changes its readings:
 * `npm run -s why:request -- "the request"` prints the request's shape (subjects, requirements) and which lead-in
 * reading named the subject, and the checklist items read from the requirements.
 */
import { classifyRequest, leadInTrace } from '../agents/curate/request-shape';
import { requirementItems } from '../agents/curate/requirements';
import { subjectKind } from '../agents/curate/product-kind';

const text = process.argv.slice(2).join(' ').trim();
if (!text) {
  console.error('usage: npm run -s why:request -- "a shopping request"');
  process.exit(2);
}
const readings: string[] = [];
leadInTrace.report = (reading) => readings.push(reading);
const shape = classifyRequest(text);
console.log(`lead-in reading: ${readings.join(', ') || '(none: the subject is read from the request itself)'}`);
console.log(JSON.stringify(shape, null, 1));
console.log('checklist from the requirements:');
// (As the shopping agent reads them: of the kind the first subject names.)
for (const item of requirementItems(shape.requirements, subjectKind(shape.subjects[0] ?? ''))) console.log(`  ${item.hard ? 'must' : 'wish'}: ${item.label}`);
