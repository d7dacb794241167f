// Validates the course: every file parses, every link and diagram resolves, every question can be scored,
// and the editorial rules hold. Prints file:line: message for each problem; exits 1 if there is any.
import { buildCourse, formatIssue, loadContent } from '../src/pipeline/index';
import { checkBankRules, checkCourseRules } from '../src/pipeline/course-rules';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'content';
const course = await buildCourse(dir);
const files = loadContent(dir);
const rules = process.argv.includes('--no-rules') ? [] : [...checkCourseRules(course, files), ...checkBankRules(course, files)];
const issues = [...course.issues, ...rules];
for (const issue of issues) console.error(formatIssue(issue));
const topics = course.topics.size;
const questions = [...course.questions.values()].reduce((n, list) => n + list.length, 0);
console.log(`${issues.length === 0 ? 'ok' : 'FAILED'}: ${course.index.layers.length} layers, ${topics} topics, ${course.diagrams.length} diagrams, ${questions} questions, ${course.labs.length} lab scenarios, ${issues.length} problems`);
process.exit(issues.length === 0 ? 0 : 1);
