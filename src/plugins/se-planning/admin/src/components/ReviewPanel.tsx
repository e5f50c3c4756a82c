/**
 * Beside every reviewable item in the Content Manager: its review state, the actions the staff
 * member may take (submit, approve, request changes with a comment; adopt, amend or archive a plan) and the
 * append-only history. The server decides; this panel only asks it, and shows what went wrong
 * when loading or an action fails.
 */
import * as React from 'react';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { Badge, Box, Button, Field, Flex, TextInput, Textarea, Typography } from '@strapi/design-system';
import { permissionsFor } from '../../../common/permissions';
import { fieldLabel } from '../../../common/field-labels';
import { isModelName } from '../../../common/model-names';
import { isReviewable, reviewActions, reviewStates, type ReviewState } from '../../../common/review';
import type { Label } from '../../../common/vocabulary';
import { useAdminData } from '../hooks/useAdminData';
import { PLUGIN_ID } from '../pluginId';
import { isAbort, serverError, type ServerError } from '../server-error';
import { useTranslate } from '../translate';
import { LoadError, Loaded } from './LoadError';

type HistoryEvent = {
  id: number;
  action: string;
  fromState: string;
  toState: string;
  actorName: string;
  at: string;
  comment?: string;
};
type Linked = Record<string, unknown> | Record<string, unknown>[] | null;
type LinkedChange = { locale: string | null; relation: string; published: Linked; now: Linked };
type Version = { number: number; councilDecisionNumber: string; councilDecisionDate: string };
type Review = {
  reviewState: ReviewState;
  planStatus?: string;
  history: HistoryEvent[];
  /** Published programmes and activities: what of their linked rows changed since they were published. */
  linkedChanges?: LinkedChange[];
  /** Plans: their adopted versions. */
  versions?: Version[];
};

const PERMISSIONS = {
  submit: permissionsFor('submit'),
  approve: permissionsFor('approve'),
  publish: permissionsFor('publish'),
  managePlan: permissionsFor('managePlan'),
};

/** A linked row as the panel names it: its name or title, and its address if it has one. */
const describeLinked = (value: Linked): string => {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.map(describeLinked).join('; ') || '—';
  return [value.name ?? value.title, value.url].filter(Boolean).join(' ') || '—';
};

const ReviewPanelContent = ({ type, documentId }: { type: string; documentId: string }) => {
  const { t, label, formatDate } = useTranslate();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC(PERMISSIONS);
  const base = `/${PLUGIN_ID}/review/${type}/${documentId}`;
  const review = useAdminData<{ data: Review }>(base);
  const [comment, setComment] = React.useState('');
  const [decision, setDecision] = React.useState({ councilDecisionNumber: '', councilDecisionDate: '' });
  const [busy, setBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<ServerError | null>(null);

  const named = (table: Record<string, Label>, key: string) => (table[key] ? label(table[key]) : key);

  const act = async (url: string, body: object, done: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await post(url, body);
      toggleNotification({ type: 'success', message: done });
      setComment('');
    } catch (thrown) {
      if (isAbort(thrown)) return;
      console.error(`[se-planning] POST ${url} failed`, thrown);
      const error = serverError(thrown);
      setFailure(error);
      toggleNotification({ type: 'danger', message: error.message ?? t('review.failed') });
    } finally {
      setBusy(false);
    }
    // After a success the state has moved; after a refusal it may have moved under us.
    review.reload();
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="review-panel">
      <Loaded result={review} errorTitle={t('review.error')}>
        {({ data: { reviewState: state, planStatus, history, linkedChanges = [], versions } }) => (
          <>
            <Flex gap={2}>
              <Typography variant="sigma">{t('review.state')}</Typography>
              <Badge data-testid="review-state">{named(reviewStates, state)}</Badge>
            </Flex>

            {linkedChanges.length > 0 && (
              <Box data-testid="linked-changes" background="warning100" padding={3} hasRadius>
                <Typography tag="p" fontWeight="bold">
                  {t('review.linkedChanged')}
                </Typography>
                <Typography tag="p" variant="pi">
                  {t('review.linkedChangedHint')}
                </Typography>
                {linkedChanges.map((change) => {
                  const field = isModelName(type) ? fieldLabel(type, change.relation) : undefined;
                  return (
                    <Typography tag="p" variant="pi" key={`${change.locale}-${change.relation}`}>
                      {field ? label(field) : change.relation}
                      {change.locale ? ` (${change.locale})` : ''}: {describeLinked(change.published)} →{' '}
                      {describeLinked(change.now)}
                    </Typography>
                  );
                })}
                {allowedActions.canPublish && state === 'approved' ? (
                  <Box paddingTop={2}>
                    <Button
                      fullWidth
                      loading={busy}
                      onClick={() => act(`${base}/republish`, {}, t('review.republished'))}
                    >
                      {t('review.republish')}
                    </Button>
                  </Box>
                ) : (
                  <Typography tag="p" variant="pi" textColor="neutral600">
                    {t(state === 'approved' ? 'review.republishByApprover' : 'review.republishAfterApproval')}
                  </Typography>
                )}
              </Box>
            )}

            {versions && versions.length > 0 && (
              <Box data-testid="plan-versions">
                <Typography variant="sigma">{t('review.versions')}</Typography>
                {versions.map((version) => (
                  <Typography tag="p" variant="pi" key={version.number}>
                    {t('review.version', {
                      number: version.number,
                      decision: version.councilDecisionNumber,
                      date: version.councilDecisionDate,
                    })}
                  </Typography>
                ))}
              </Box>
            )}

            {failure && <LoadError title={t('review.failed')} error={failure} testId="review-action-error" />}

            {allowedActions.canSubmit && (state === 'draft' || state === 'changes_requested') && (
              <Button
                fullWidth
                loading={busy}
                onClick={() => act(`${base}/submit`, {}, named(reviewStates, 'submitted'))}
              >
                {t('review.submit')}
              </Button>
            )}

            {allowedActions.canApprove && state === 'submitted' && (
              <>
                <Field.Root name="review-comment">
                  <Field.Label>{t('review.comment')}</Field.Label>
                  <Textarea
                    value={comment}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)}
                  />
                </Field.Root>
                <Button
                  fullWidth
                  loading={busy}
                  onClick={() => act(`${base}/approve`, { comment }, named(reviewStates, 'approved'))}
                >
                  {t('review.approve')}
                </Button>
                <Button
                  fullWidth
                  loading={busy}
                  variant="danger-light"
                  onClick={() => act(`${base}/request-changes`, { comment }, named(reviewStates, 'changes_requested'))}
                >
                  {t('review.requestChanges')}
                </Button>
              </>
            )}

            {type === 'plan' && allowedActions.canManagePlan && state === 'approved' && planStatus !== 'archived' && (
              <>
                <Field.Root name="councilDecisionNumber">
                  <Field.Label>{t('review.decisionNumber')}</Field.Label>
                  <TextInput
                    value={decision.councilDecisionNumber}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                      setDecision({ ...decision, councilDecisionNumber: e.target.value })
                    }
                  />
                </Field.Root>
                <Field.Root name="councilDecisionDate" hint="GGGG-MM-DD">
                  <Field.Label>{t('review.decisionDate')}</Field.Label>
                  <TextInput
                    placeholder="2025-01-30"
                    value={decision.councilDecisionDate}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                      setDecision({ ...decision, councilDecisionDate: e.target.value })
                    }
                  />
                  <Field.Hint />
                </Field.Root>
                <Button
                  fullWidth
                  loading={busy}
                  onClick={() =>
                    act(`/${PLUGIN_ID}/plans/${documentId}/adopt`, decision, named(reviewActions, 'adopt'))
                  }
                >
                  {t('review.adopt')}
                </Button>
              </>
            )}

            {type === 'plan' && allowedActions.canManagePlan && planStatus === 'adopted' && (
              <>
                <Field.Root name="amend-reason" hint={t('review.amendHint')}>
                  <Field.Label>{t('review.amendReason')}</Field.Label>
                  <Textarea
                    value={comment}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)}
                  />
                  <Field.Hint />
                </Field.Root>
                <Button
                  fullWidth
                  loading={busy}
                  variant="secondary"
                  onClick={() =>
                    act(`/${PLUGIN_ID}/plans/${documentId}/amend`, { comment }, named(reviewActions, 'amend'))
                  }
                >
                  {t('review.amend')}
                </Button>
                <Button
                  fullWidth
                  loading={busy}
                  variant="danger-light"
                  onClick={() => act(`/${PLUGIN_ID}/plans/${documentId}/archive`, {}, named(reviewActions, 'archive'))}
                >
                  {t('review.archive')}
                </Button>
              </>
            )}

            <Box paddingTop={2}>
              <Typography variant="sigma">{t('review.history')}</Typography>
              {history.length === 0 && (
                <Typography tag="p" textColor="neutral600">
                  {t('review.noHistory')}
                </Typography>
              )}
              {[...history].reverse().map((event) => (
                <Box key={event.id} paddingTop={2} data-testid="review-event">
                  <Typography tag="p" fontWeight="bold">
                    {named(reviewActions, event.action)}
                  </Typography>
                  <Typography tag="p" variant="pi" textColor="neutral600">
                    {event.actorName} · {formatDate(event.at)}
                  </Typography>
                  {event.comment && (
                    <Typography tag="p" variant="pi">
                      {event.comment}
                    </Typography>
                  )}
                </Box>
              ))}
            </Box>
          </>
        )}
      </Loaded>
    </Flex>
  );
};

/** The side panel, for the plugin's reviewable content types only (and not while creating). */
export const ReviewPanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  const { t } = useTranslate();
  const type = model.startsWith(`plugin::${PLUGIN_ID}.`) ? model.slice(`plugin::${PLUGIN_ID}.`.length) : '';
  if (!documentId || !isReviewable(type)) return null;
  return {
    title: t('review.title'),
    content: <ReviewPanelContent key={documentId} type={type} documentId={documentId} />,
  };
};
