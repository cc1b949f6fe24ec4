import { makeStyles } from "@fluentui/react-components";
import { Component, type ComponentType, type ReactNode, Suspense, lazy, useState } from "react";
import { Busy } from "./components/Busy";
import { Notice } from "./components/Notice";
import { PaneButton } from "./components/PaneButton";

/** A section of the task pane that lives in its own chunk, fetched when first opened or when the pane is idle. */
export interface LazySection<P extends object> {
  /** Fetches the chunk once (again after a failure); resolves when the section can render at once. */
  readonly preload: () => Promise<unknown>;
  readonly View: ComponentType<P>;
}

/** How many times Try again was pressed: each press fetches a chunk that failed anew. */
let retries = 0;

export function lazySection<P extends object>(load: () => Promise<ComponentType<P>>): LazySection<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  // One lazy component per try. React keeps no state for a component that suspends before its first mount: it is
  // rendered afresh when its chunk settles, and a new lazy component then would fetch again, and again, instead of
  // letting a failed chunk reach the error boundary.
  let trying: { readonly retries: number; readonly view: ComponentType<P> } | undefined;
  const lazyView = () => {
    if (trying?.retries !== retries) {
      // A lazy component takes its section's props; React's typing of it loses the generic P.
      const view = lazy(() => preload().then((shown) => ({ default: shown }))) as unknown as ComponentType<P>;
      trying = { retries, view };
    }
    return trying.view;
  };
  const preload = () =>
    (loading ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        loading = undefined; // a chunk that failed (offline) is fetched again on the next try
        throw error;
      },
    ));
  function View(props: P) {
    // Chosen once per mount: a section already fetched renders without suspending (no spinner flash), and one
    // that arrives while shown is never swapped for another component type, which would reset its state.
    const [{ Shown }] = useState(() => ({ Shown: loaded ?? lazyView() }));
    return <Shown {...props} />;
  }
  return { preload, View };
}

/** Fetches each section in turn while the pane is idle, after the first screen is interactive. */
export function prefetchWhenIdle(sections: readonly Pick<LazySection<object>, "preload">[]): void {
  const whenIdle = (next: () => void) =>
    typeof requestIdleCallback === "function" ? requestIdleCallback(next, { timeout: 2000 }) : setTimeout(next, 200);
  const fetchFrom = (index: number) => {
    if (index >= sections.length) return;
    whenIdle(
      () =>
        void sections[index].preload().then(
          () => fetchFrom(index + 1),
          () => fetchFrom(index + 1), // a failed prefetch is retried when the section is opened
        ),
    );
  };
  fetchFrom(0);
}

const useStyles = makeStyles({
  // The spinner sits where the section's heading will be: the pane does not jump when the section arrives.
  loading: { display: "flex", justifyContent: "flex-start", paddingBlock: "8px" },
});

interface SectionFrameProps {
  /** The section's name in the pane's language, for the loading and failure messages. */
  readonly name: string;
  readonly loadingText: string;
  readonly failureText: (reason: string) => string;
  readonly retryText: string;
  readonly children: ReactNode;
}

/** Shows a section that may still be fetching: a labelled spinner meanwhile, a retry if its chunk failed. */
export function SectionFrame({ name, loadingText, failureText, retryText, children }: SectionFrameProps) {
  const styles = useStyles();
  const [attempt, setAttempt] = useState(0);
  return (
    <SectionErrorBoundary
      key={attempt}
      fallback={(reason) => (
        <Notice
          intent="error"
          actions={
            <PaneButton
              onClick={() => {
                retries += 1;
                setAttempt((n) => n + 1);
              }}
            >
              {retryText}
            </PaneButton>
          }
        >
          {failureText(reason)}
        </Notice>
      )}
    >
      <Suspense
        fallback={
          <div className={styles.loading} data-section-loading={name}>
            <Busy size="small" label={loadingText} />
          </div>
        }
      >
        {children}
      </Suspense>
    </SectionErrorBoundary>
  );
}

interface BoundaryProps {
  readonly fallback: (reason: string) => ReactNode;
  readonly children: ReactNode;
}

/** React catches a failed chunk only in a class component's error boundary. */
class SectionErrorBoundary extends Component<BoundaryProps, { reason?: string }> {
  override state: { reason?: string } = {};

  static getDerivedStateFromError(error: unknown): { reason: string } {
    return { reason: error instanceof Error ? error.message : String(error) };
  }

  override render(): ReactNode {
    return this.state.reason === undefined ? this.props.children : this.props.fallback(this.state.reason);
  }
}
