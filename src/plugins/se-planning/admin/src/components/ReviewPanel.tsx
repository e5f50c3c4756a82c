/**
 * Beside every reviewable item in the Content Manager: its review state, the actions the staff
 * member may take (submit, approve, request changes with a comment, adopt a plan) and the
 * append-only history. The server decides; this panel only asks it.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { Badge, Box, Button, Field, Flex, TextInput, Textarea, Typography } from '@strapi/design-system';
import { isReviewable, reviewActions, reviewStates, type ReviewState } from '../../../common/review';
import { PLUGIN_ID } from '../pluginId';
import { permissionsFor } from '../../../common/permissions';

type HistoryEvent = {
  id: number;
  action: string;
  fromState: string;
  toState: string;
  actorName: string;
  at: string;
  comment?: string;
};
type Review = { reviewState: ReviewState; history: HistoryEvent[] };

const PERMISSIONS = {
  submit: permissionsFor('submit'),
  approve: permissionsFor('approve'),
  managePlan: permissionsFor('managePlan'),
};

const t = (id: string) => `${PLUGIN_ID}.${id}`;

const ReviewPanelContent = ({ type, documentId }: { type: string; documentId: string }) => {
  const { formatMessage, formatDate, locale } = useIntl();
  const language = locale === 'en' ? 'en' : 'lv';
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC(PERMISSIONS);
  const [review, setReview] = React.useState<Review | null>(null);
  const [comment, setComment] = React.useState('');
  const [decision, setDecision] = React.useState({ councilDecisionNumber: '', councilDecisionDate: '' });
  const base = `/${PLUGIN_ID}/review/${type}/${documentId}`;

  const load = React.useCallback(
    () => get<{ data: Review }>(base).then(({ data }) => setReview(data.data)),
    [get, base],
  );
  React.useEffect(() => {
    load().catch(() => setReview(null));
  }, [load]);

  const act = async (url: string, body: object, done: string) => {
    try {
      await post(url, body);
      toggleNotification({ type: 'success', message: done });
      setComment('');
      await load();
    } catch (error: any) {
      const message =
        error?.response?.data?.error?.message ?? formatMessage({ id: t('review.failed'), defaultMessage: 'Neizdevās' });
      toggleNotification({ type: 'danger', message });
    }
  };

  if (!review) return null;
  const state = review.reviewState;
  const label = (key: string, table: Record<string, { lv: string; en: string }>) => table[key]?.[language] ?? key;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="review-panel">
      <Flex gap={2}>
        <Typography variant="sigma">{formatMessage({ id: t('review.state'), defaultMessage: 'Statuss' })}</Typography>
        <Badge data-testid="review-state">{label(state, reviewStates)}</Badge>
      </Flex>

      {allowedActions.canSubmit && (state === 'draft' || state === 'changes_requested') && (
        <Button fullWidth onClick={() => act(`${base}/submit`, {}, label('submitted', reviewStates))}>
          {formatMessage({ id: t('review.submit'), defaultMessage: 'Iesniegt izskatīšanai' })}
        </Button>
      )}

      {allowedActions.canApprove && state === 'submitted' && (
        <>
          <Field.Root name="review-comment">
            <Field.Label>{formatMessage({ id: t('review.comment'), defaultMessage: 'Komentārs' })}</Field.Label>
            <Textarea
              value={comment}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setComment(e.target.value)}
            />
          </Field.Root>
          <Button fullWidth onClick={() => act(`${base}/approve`, { comment }, label('approved', reviewStates))}>
            {formatMessage({ id: t('review.approve'), defaultMessage: 'Apstiprināt' })}
          </Button>
          <Button
            fullWidth
            variant="danger-light"
            onClick={() => act(`${base}/request-changes`, { comment }, label('changes_requested', reviewStates))}
          >
            {formatMessage({ id: t('review.requestChanges'), defaultMessage: 'Pieprasīt labojumus' })}
          </Button>
        </>
      )}

      {type === 'plan' && allowedActions.canManagePlan && state === 'approved' && (
        <>
          <Field.Root name="councilDecisionNumber">
            <Field.Label>
              {formatMessage({ id: t('review.decisionNumber'), defaultMessage: 'Domes lēmuma numurs' })}
            </Field.Label>
            <TextInput
              value={decision.councilDecisionNumber}
              onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                setDecision({ ...decision, councilDecisionNumber: e.target.value })
              }
            />
          </Field.Root>
          <Field.Root name="councilDecisionDate" hint="GGGG-MM-DD">
            <Field.Label>
              {formatMessage({ id: t('review.decisionDate'), defaultMessage: 'Domes lēmuma datums' })}
            </Field.Label>
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
            onClick={() => act(`/${PLUGIN_ID}/plans/${documentId}/adopt`, decision, label('adopt', reviewActions))}
          >
            {formatMessage({ id: t('review.adopt'), defaultMessage: 'Pieņemt plānu' })}
          </Button>
        </>
      )}

      <Box paddingTop={2}>
        <Typography variant="sigma">{formatMessage({ id: t('review.history'), defaultMessage: 'Vēsture' })}</Typography>
        {review.history.length === 0 && (
          <Typography tag="p" textColor="neutral600">
            {formatMessage({ id: t('review.noHistory'), defaultMessage: 'Vēl nav neviena soļa' })}
          </Typography>
        )}
        {[...review.history].reverse().map((event) => (
          <Box key={event.id} paddingTop={2} data-testid="review-event">
            <Typography tag="p" fontWeight="bold">
              {label(event.action, reviewActions)}
            </Typography>
            <Typography tag="p" variant="pi" textColor="neutral600">
              {event.actorName} · {formatDate(event.at, { dateStyle: 'short', timeStyle: 'short' })}
            </Typography>
            {event.comment && (
              <Typography tag="p" variant="pi">
                {event.comment}
              </Typography>
            )}
          </Box>
        ))}
      </Box>
    </Flex>
  );
};

/** The side panel, for the plugin's reviewable content types only (and not while creating). */
export const ReviewPanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  const type = model.startsWith(`plugin::${PLUGIN_ID}.`) ? model.slice(`plugin::${PLUGIN_ID}.`.length) : '';
  if (!documentId || !isReviewable(type)) return null;
  return {
    title: 'Izskatīšana',
    content: <ReviewPanelContent key={documentId} type={type} documentId={documentId} />,
  };
};
