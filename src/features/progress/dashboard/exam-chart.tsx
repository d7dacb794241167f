import type { ReactNode } from 'react';
import { PASS_SCORE as PASSING_SCORE, type ExamResult } from './exam-history';

const W = 560;
const H = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };
const y = (score: number) => PAD.top + ((1000 - score) / 900) * (H - PAD.top - PAD.bottom);
const dateOf = (ms: number) => new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** Exam scores over time: an SVG line with the pass mark, described for screen readers, and the same data as a table. */
export function ExamChart({ exams }: { exams: readonly ExamResult[] }): ReactNode {
  if (exams.length === 0) return <p>No exam submitted yet. Your scores will appear here after your first practice exam.</p>;
  const x = (i: number) => PAD.left + (exams.length === 1 ? 0.5 : i / (exams.length - 1)) * (W - PAD.left - PAD.right);
  const points = exams.map((e, i) => `${x(i).toFixed(1)},${y(e.scaled).toFixed(1)}`).join(' ');
  const last = exams[exams.length - 1];
  const best = Math.max(...exams.map((e) => e.scaled));
  const summary = `${exams.length} exam${exams.length === 1 ? '' : 's'}; latest ${last?.scaled ?? 0}, best ${best}; the pass mark is ${PASSING_SCORE}.`;
  return (
    <figure className="exam-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="exam-chart-title exam-chart-desc" className="exam-chart-svg">
        <title id="exam-chart-title">Practice exam scores over time</title>
        <desc id="exam-chart-desc">{summary}</desc>
        {[100, 400, 750, 1000].map((s) => (
          <g key={s}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} className={s === PASSING_SCORE ? 'chart-pass' : 'chart-grid'} />
            <text x={PAD.left - 6} y={y(s) + 4} textAnchor="end" className="chart-label">
              {s}
            </text>
          </g>
        ))}
        <polyline points={points} className="chart-line" fill="none" />
        {exams.map((e, i) => (
          <circle key={e.exam} cx={x(i)} cy={y(e.scaled)} r={4.5} className={e.passed ? 'chart-dot chart-dot-pass' : 'chart-dot'} />
        ))}
      </svg>
      <figcaption>{summary}</figcaption>
      <details>
        <summary>Scores as a table</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Correct</th>
              <th scope="col">Score</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {exams.map((e) => (
              <tr key={e.exam}>
                <td>{dateOf(e.submittedAt)}</td>
                <td>
                  {e.correct} of {e.total}
                </td>
                <td>{e.scaled}</td>
                <td>{e.passed ? 'Pass' : 'Below the pass mark'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
