// The floor the tab's first script is compared with: React and the Fluent UI components the tab's
// shell renders at start (provider and theme, spinner, text, button, link, message bar, a field
// with a select: src/app/shell and the components it shows), and nothing of ours.
import { Button, Field, FluentProvider, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Select, Spinner, Text, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <main>
      <Spinner label="Bezig met laden" labelPosition="below" />
      <Text>Circulaire keuzes</Text>
      <Link href="#/">Start</Link>
      <Field label="Medewerker">
        <Select>
          <option>Sanne de Vries</option>
        </Select>
      </Field>
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>Niet gelukt</MessageBarTitle>
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary">Opnieuw</Button>
        </MessageBarActions>
      </MessageBar>
    </main>
  </FluentProvider>,
);
