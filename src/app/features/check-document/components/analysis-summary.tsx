// What the matcher found: the kind of document, and the product groups with the words that made
// them fit. Silence is a result too: a text with no circular subject says so.
import { Badge, Button, Field, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ContentPack } from '../../../../domain/content/model';
import type { Evidence, MatchResult } from '../../../../domain/matcher';
import type { DocumentType } from '../../../../domain/taxonomy';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useLocalised } from '../../../lib/taxonomy';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  groups: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  evidence: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  status: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', minHeight: '24px' },
});

/** the option that returns from a chosen kind of document to the recognised one */
const RECOGNISE = 'recognise';

/** the first evidence per distinct word, at most eight */
function unique(evidence: Evidence[]): Evidence[] {
  const first = new Map<string, Evidence>();
  for (const e of evidence) if (!first.has(e.text.trim())) first.set(e.text.trim(), e);
  return [...first.values()].slice(0, 8);
}

/** "because of" and the words that made something fit: badges, or in an editor buttons that show each word there */
function EvidenceWords({ evidence, onShow }: { evidence: Evidence[]; onShow?: (evidence: Evidence) => void }) {
  const { t } = useI18n();
  return (
    <>
      <Text size={200}>{t('check.because')}</Text>
      {unique(evidence).map((e) =>
        onShow ? (
          <Button key={e.text.trim()} size="small" appearance="outline" aria-label={t('check.showInDocument', { word: e.text.trim() })} data-testid="show-evidence" onClick={() => onShow(e)}>
            {e.text.trim()}
          </Button>
        ) : (
          <Badge key={e.text.trim()} appearance="outline">
            {e.text.trim()}
          </Badge>
        ),
      )}
    </>
  );
}

/**
 * how the kind of document came about: chosen by the person, recognised by a procurement officer's
 * cues, by the words the learned type weighed (kind 'learned'), from a genre's words spoken of in
 * general (kind 'general': a page about tendering is no tender), or not at all (the default kind);
 * all but the first two are where a wrong kind is likeliest, so the hint says so (issue 17)
 */
function typeHint(chosen: boolean, evidence: Evidence[]): MessageKey {
  if (chosen) return 'check.documentTypeChosen';
  if (evidence.length === 0) return 'check.documentTypeNoCue';
  if (evidence.every((e) => e.kind === 'general')) return 'check.documentTypeGeneral';
  return evidence.every((e) => e.kind === 'learned') ? 'check.documentTypeLearned' : 'check.documentTypeRecognised';
}

export interface AnalysisSummaryProps {
  pack: ContentPack;
  result?: MatchResult;
  status: string;
  /** where the text lives in an editor (the Word pane): each word becomes a button that shows it there */
  onShowEvidence?: (evidence: Evidence) => void;
  /** the kind of document the person chose (undefined: recognised from the text) */
  chosenType?: DocumentType;
  /** lets the person correct the kind of document, which decides the practice checklists shown */
  onChooseType: (type: DocumentType | undefined) => void;
}

export function AnalysisSummary(props: AnalysisSummaryProps) {
  const styles = useStyles();
  const { t, tp } = useI18n();
  const text = useLocalised();
  const { result, pack } = props;
  const docType = result && pack.documentTypes.find((d) => d.id === result.documentType);
  // a chat message is the message extension's kind, not one to choose for a document
  const choices = pack.documentTypes.filter((d) => d.id !== 'message' || d.id === result?.documentType);
  return (
    <section className={styles.root} aria-labelledby="analysis-title">
      <h2 id="analysis-title">{t('check.analysisTitle')}</h2>
      <div className={styles.status} role="status" aria-live="polite" data-testid="analysis-status" data-status={props.status}>
        {props.status === 'preparing' && <Spinner size="tiny" label={t('check.preparing')} />}
        {props.status === 'analysing' && <Spinner size="tiny" label={t('check.analysing')} />}
        {props.status === 'ready' && result && <Text>{t('check.analysed', { groups: tp('check.groupCount', result.productGroups.length), items: tp('check.criteriaCount', result.checklistItems.length) })}</Text>}
      </div>
      {result && docType && (
        <div data-testid="document-type" data-document-type={result.documentType} data-chosen={props.chosenType !== undefined}>
          <Field label={t('check.documentTypeLabel')} hint={t(typeHint(props.chosenType !== undefined, result.documentTypeEvidence))}>
            {/* the recognised kind shows as the value; once the person chose one, the first option goes back to recognising */}
            <Select value={result.documentType} onChange={(_, data) => props.onChooseType(data.value === RECOGNISE ? undefined : (data.value as DocumentType))}>
              {props.chosenType && <option value={RECOGNISE}>{t('check.documentTypeRecognise')}</option>}
              {choices.map((d) => (
                <option key={d.id} value={d.id}>
                  {text(d.label)}
                </option>
              ))}
            </Select>
          </Field>
          {!props.chosenType && result.documentTypeEvidence.length > 0 && (
            <div className={styles.evidence} data-testid="document-type-evidence">
              <EvidenceWords evidence={result.documentTypeEvidence} onShow={props.onShowEvidence} />
            </div>
          )}
        </div>
      )}
      {result && result.productGroups.length === 0 && <Text data-testid="no-groups">{t('check.noGroups')}</Text>}
      {result && result.productGroups.length > 0 && (
        <ul className={styles.groups} aria-label={t('check.groupsLabel')}>
          {result.productGroups.map((group) => (
            <li key={group.id} data-testid="matched-group" data-group={group.id}>
              <div className={styles.evidence}>
                <Text weight="semibold">{text(pack.productGroups.find((g) => g.id === group.id)?.label) || group.id}</Text>
                <EvidenceWords evidence={group.evidence} onShow={props.onShowEvidence} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
