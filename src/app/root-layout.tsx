import { Suspense, useEffect, type ReactNode } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { CourseSidebar } from '@/features/navigation/course-sidebar';
import { SidebarDrawer } from '@/features/navigation/sidebar-drawer';
import { UpdatePrompt } from '@/features/offline/update-prompt';
import { useProgressStore } from '@/features/progress/progress-store';
import { usePrintShortcut } from '@/features/print/print-page';
import { SearchDialog } from '@/features/search/search-dialog';
import { ThemeToggle } from '@/features/theme/theme-toggle';
import { DueCount } from '@/features/review/due-count';
import { paths } from '@/shared/paths';
import { AppLink, useAppLinkNavigation } from '@/ui/app-link';
import { MermaidDiagram } from '@/features/diagrams/mermaid-diagram';
import { CopyLinkButton } from '@/features/share/share-button';
import { MarkdownComponentsContext, type MarkdownComponents } from '@/ui/markdown/markdown-components';

/** What compiled Markdown renders with: the features it needs, given to shared UI from here, above both. */
const MARKDOWN_COMPONENTS: MarkdownComponents = { Diagram: MermaidDiagram, SectionLink: CopyLinkButton };

function ProgressNotice(): ReactNode {
  const notice = useProgressStore((s) => s.notice);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      {notice}
    </div>
  );
}

/** The frame of every page: skip link, header (search, theme, menu), course sidebar, main landmark, footer. */
export function RootLayout(): ReactNode {
  const start = useProgressStore((s) => s.start);
  useAppLinkNavigation();
  usePrintShortcut();
  const pathname = useLocation().pathname.replace(/(.)\/+$/, '$1');
  /** The header marks the section being shown: a page, or any page below it. */
  const isCurrent = (to: string, exact = false): boolean => pathname === to || (!exact && pathname.startsWith(`${to}/`));
  useEffect(() => {
    // data-ready tells browser tests (and anything else watching) that the page is hydrated and progress loaded.
    void start().then(() => {
      document.documentElement.dataset.ready = 'true';
    });
  }, [start]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <AppLink to={paths.home()} className="brand">
          <span aria-hidden="true" className="brand-mark">7L</span> <span className="brand-name">Seven Layers</span>
        </AppLink>
        <nav aria-label="Main">
          <ul>
            <li>
              <AppLink to={paths.home()} current={isCurrent(paths.home(), true) || pathname.startsWith('/layers/')}>Layers</AppLink>
            </li>
            <li>
              <AppLink to={paths.quiz()} current={isCurrent(paths.quiz())}>Quiz</AppLink>
            </li>
            <li>
              <AppLink to={paths.exam()} current={isCurrent(paths.exam())}>Exam</AppLink>
            </li>
            <li>
              <AppLink to={paths.examGuide()} current={isCurrent(paths.examGuide())}>Guide</AppLink>
            </li>
            <li>
              <AppLink to={paths.labs()} current={isCurrent(paths.labs())}>Labs</AppLink>
            </li>
            <li>
              <AppLink to={paths.review()} current={isCurrent(paths.review())}>
                Review <DueCount />
              </AppLink>
            </li>
            <li>
              <AppLink to={paths.progress()} current={isCurrent(paths.progress())}>Progress</AppLink>
            </li>
            <li>
              <AppLink to={paths.services()} current={isCurrent(paths.services())}>Services</AppLink>
            </li>
            <li>
              <AppLink to={paths.about()} current={isCurrent(paths.about())}>About</AppLink>
            </li>
          </ul>
        </nav>
        <div className="header-tools">
          <SearchDialog />
          <ThemeToggle />
          <SidebarDrawer />
        </div>
      </header>
      <ProgressNotice />
      <div className="page-frame">
        {/* Hydrated in its own pass (see the topic body): over fifty links that nothing needs first. */}
        <Suspense>
          <CourseSidebar id="sidebar" />
        </Suspense>
        <main id="main" tabIndex={-1}>
          <MarkdownComponentsContext value={MARKDOWN_COMPONENTS}>
            <Outlet />
          </MarkdownComponentsContext>
        </main>
      </div>
      <footer className="site-footer">
        <p>
          Seven Layers · AWS security through the OSI model · for the AWS Certified Security – Specialty (SCS-C03) exam. Not affiliated with AWS.
        </p>
      </footer>
      <UpdatePrompt />
      <ScrollRestoration />
    </>
  );
}
