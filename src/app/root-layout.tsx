import { useEffect, type ReactNode } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration } from 'react-router';
import { CourseSidebar } from '@/features/navigation/course-sidebar';
import { SidebarDrawer } from '@/features/navigation/sidebar-drawer';
import { UpdatePrompt } from '@/features/offline/update-prompt';
import { useProgressStore } from '@/features/progress/progress-store';
import { SearchDialog } from '@/features/search/search-dialog';
import { ThemeToggle } from '@/features/theme/theme-toggle';
import { DueCount } from '@/features/review/due-count';
import { paths } from './paths';

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
        <Link to={paths.home()} className="brand">
          <span aria-hidden="true" className="brand-mark">7L</span> <span className="brand-name">Seven Layers</span>
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to={paths.home()} end>
                Layers
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.quiz()}>Quiz</NavLink>
            </li>
            <li>
              <NavLink to={paths.exam()}>Exam</NavLink>
            </li>
            <li>
              <NavLink to={paths.review()}>
                Review <DueCount />
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.progress()}>Progress</NavLink>
            </li>
            <li>
              <NavLink to={paths.services()}>Services</NavLink>
            </li>
            <li>
              <NavLink to={paths.about()}>About</NavLink>
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
        <CourseSidebar id="sidebar" />
        <main id="main" tabIndex={-1}>
          <Outlet />
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
