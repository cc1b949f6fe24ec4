// The bench's yardstick: React 18 and a Fluent UI v9 FluentProvider with one Button, nothing else, started the way
// the task pane starts (after Office.onReady), marking "voc-interactive" once the button is on screen.
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useEffect } from "react";
import { createRoot } from "react-dom/client";

function Minimal() {
  useEffect(() => {
    performance.mark("voc-interactive");
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Run</Button>
    </FluentProvider>
  );
}

void Office.onReady().then(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<Minimal />);
});
