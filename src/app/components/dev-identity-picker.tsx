// Local mode only: choose which demo staff member you are. The label says, in both languages and
// whatever the app's language, that this is a development identity and not a sign-in.
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DEMO_STAFF } from '../../auth/demo-staff';

const useStyles = makeStyles({
  field: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorPaletteMarigoldBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export const DEV_IDENTITY_LABEL = 'Ontwikkelidentiteit / Development identity';

export function DevIdentityPicker(props: { currentId: string; onChange: (oid: string) => void }) {
  const styles = useStyles();
  return (
    <Field label={DEV_IDENTITY_LABEL} size="small" className={styles.field} orientation="horizontal">
      <Select value={props.currentId} onChange={(_, data) => props.onChange(data.value)} data-testid="dev-identity">
        {DEMO_STAFF.map((person) => (
          <option key={person.oid} value={person.oid}>
            {person.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
