// A labelled filter over one kind of taxonomy id: "any" (the empty value) first, then every id by
// its label. The filter bars of the checklists and of my decisions use it alike.
import { Field, Select } from '@fluentui/react-components';
import { useI18n } from '../lib/i18n';

export function FilterSelect<T extends string>(props: {
  label: string;
  value: string;
  ids: readonly T[];
  labels: Record<T, string>;
  onChange: (value: string) => void;
  /** what the empty value means, where it is not "any" (a default set by policy) */
  emptyLabel?: string;
}) {
  const { t } = useI18n();
  return (
    <Field label={props.label}>
      <Select value={props.value} onChange={(_, data) => props.onChange(data.value)}>
        <option value="">{props.emptyLabel ?? t('checklists.any')}</option>
        {props.ids.map((id) => (
          <option key={id} value={id}>
            {props.labels[id]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
