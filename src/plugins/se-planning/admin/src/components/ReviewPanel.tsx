/**
 * Beside every reviewable item in the Content Manager: its review state, the actions the staff
 * member may take (submit, approve, request changes with a comment; adopt, amend or archive a plan) and the
 * append-only history. The server decides; this panel only asks it, and shows what went wrong
 * when loading or an action fails.
 */
import * as React from 'react';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { Badge, Box, Button, Dialog, Field, Flex, TextInput, Textarea, Typography } from '@strapi/design-system';
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
type Version = { number: number; councilDecisionNumber: string; councilDecisionDate: string; adoptedAt?: string };
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

type LinkedRow = Record<string, unknown>;
type Translate = ReturnType<typeof useTranslate>;

/** A linked row as the panel names it: its name or title (and English name), and apart its address if it has one. */
const nameOf = (row: LinkedRow) => {
  const main = row.name ?? row.title;
  const names = [main, row.nameEn !== main ? row.nameEn : undefined].filter((part) => typeof part === 'string' && part);
  return names.length > 0 ? names.join(' / ') : typeof row.slug === 'string' ? row.slug : JSON.stringify(row);
};
/** Every public field of a row, for two rows whose names and addresses alike do not show what changed. */
const fieldsOf = (row: LinkedRow) =>
  Object.entries(row)
    .map(([key, value]) => `${key}: ${value ?? '—'}`)
    .join(', ');
const urlOf = (row: LinkedRow) => (typeof row.url === 'string' && row.url ? row.url : undefined);
const sameLook = (a: LinkedRow, b: LinkedRow) => nameOf(a) === nameOf(b) && urlOf(a) === urlOf(b);

/** The rows of `rows` that `others` lacks, compared by their JSON, as often as they occur. */
const without = (rows: LinkedRow[], others: LinkedRow[]) => {
  const left = others.map((row) => JSON.stringify(row));
  return rows.filter((row) => {
    const at = left.indexOf(JSON.stringify(row));
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
};

/** One old or new value of a change, labelled in words ("Bija", "Noņemts", …): null is "none". */
type Shown = { label: string; row: LinkedRow | null; detailed?: boolean };

/**
 * What of a relation changed, to show: for a list the rows removed and the rows added (compared by their JSON, as
 * often as they occur), for a single row its old and new value.
 */
const shownChange = (change: LinkedChange, t: Translate['t']): Shown[] | 'reordered' => {
  const { published, now } = change;
  if (Array.isArray(published) || Array.isArray(now)) {
    const before = Array.isArray(published) ? published : published ? [published] : [];
    const after = Array.isArray(now) ? now : now ? [now] : [];
    const removed = without(before, after);
    const added = without(after, before);
    if (removed.length === 0 && added.length === 0) return 'reordered';
    const alike = (row: LinkedRow, others: LinkedRow[]) => others.some((other) => sameLook(row, other));
    return [
      ...removed.map((row) => ({ label: t('review.linkedRemoved'), row, detailed: alike(row, added) })),
      ...added.map((row) => ({ label: t('review.linkedAdded'), row, detailed: alike(row, removed) })),
    ];
  }
  const detailed = published !== null && now !== null && sameLook(published, now);
  return [
    { label: t('review.linkedWas'), row: published, detailed },
    { label: t('review.linkedNow'), row: now, detailed },
  ];
};

/** Changes alike in several languages (relations that are not translated) as one, with its languages (lv first). */
const groupedChanges = (changes: LinkedChange[]) => {
  const groups = new Map<string, LinkedChange & { locales: string[] }>();
  for (const change of changes) {
    const key = JSON.stringify([change.relation, change.published, change.now]);
    const group = groups.get(key) ?? { ...change, locales: [] };
    if (change.locale && !group.locales.includes(change.locale)) group.locales.push(change.locale);
    groups.set(key, group);
  }
  const rank = (locale: string) => (locale === 'lv' ? '' : locale);
  return [...groups.values()].map((group) => ({
    ...group,
    locales: group.locales.sort((a, b) => rank(a).localeCompare(rank(b))),
  }));
};

/** Long names and addresses wrap inside the narrow side panel instead of running out of it. */
const WRAP: React.CSSProperties = { overflowWrap: 'anywhere' };
const LIST: React.CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };

const ShownValue = ({ label, row, detailed, none }: Shown & { none: string }) => {
  const url = row && !detailed ? urlOf(row) : undefined;
  return (
    <Box>
      <Typography tag="p" variant="pi" style={WRAP}>
        <Typography variant="pi" fontWeight="semiBold" textColor="neutral700">
          {label}:
        </Typography>{' '}
        {row === null ? none : detailed ? fieldsOf(row) : nameOf(row)}
      </Typography>
      {url && (
        <Typography
          tag="a"
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          variant="pi"
          textColor="primary700"
          display="block"
          style={WRAP}
        >
          {url}
        </Typography>
      )}
    </Box>
  );
};

const ReviewPanelContent = ({ type, documentId }: { type: string; documentId: string }) => {
  const { t, label, formatDate, formatDay } = useTranslate();
  const linkedHeading = React.useId();
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
              <Box
                data-testid="linked-changes"
                role="region"
                aria-labelledby={linkedHeading}
                background="warning100"
                padding={3}
                hasRadius
              >
                <Flex direction="column" alignItems="stretch" gap={2}>
                  <Typography tag="h3" id={linkedHeading} variant="omega" fontWeight="bold" style={WRAP}>
                    {t('review.linkedChanged')}
                  </Typography>
                  <Typography tag="p" variant="pi">
                    {t('review.linkedChangedHint')}
                  </Typography>
                  <Flex tag="ul" role="list" direction="column" alignItems="stretch" gap={2} style={LIST}>
                    {groupedChanges(linkedChanges).map((change) => {
                      const field = isModelName(type) ? fieldLabel(type, change.relation) : undefined;
                      const name = field ? label(field) : change.relation;
                      const shown = shownChange(change, t);
                      return (
                        <Flex
                          tag="li"
                          key={JSON.stringify([change.relation, change.locales, change.published, change.now])}
                          data-testid="linked-change"
                          direction="column"
                          alignItems="stretch"
                          gap={1}
                          paddingTop={2}
                          borderColor="warning200"
                          style={{ borderWidth: '1px 0 0', borderStyle: 'solid' }}
                        >
                          <Typography tag="p" variant="pi" fontWeight="bold" style={WRAP}>
                            {change.locales.length > 0
                              ? t('review.linkedIn', {
                                  field: name,
                                  count: change.locales.length,
                                  locales: change.locales.join(', '),
                                })
                              : name}
                          </Typography>
                          {shown === 'reordered' ? (
                            <Typography tag="p" variant="pi">
                              {t('review.linkedReordered')}
                            </Typography>
                          ) : (
                            shown.map((value, index) => (
                              <ShownValue key={index} {...value} none={t('review.linkedNone')} />
                            ))
                          )}
                        </Flex>
                      );
                    })}
                  </Flex>
                  {allowedActions.canPublish && state === 'approved' ? (
                    <Dialog.Root>
                      <Dialog.Trigger>
                        <Button fullWidth loading={busy}>
                          {t('review.republish')}
                        </Button>
                      </Dialog.Trigger>
                      <Dialog.Content>
                        <Dialog.Header>{t('review.republishConfirmTitle')}</Dialog.Header>
                        <Dialog.Body>{t('review.republishConfirm')}</Dialog.Body>
                        <Dialog.Footer>
                          <Dialog.Cancel>
                            <Button variant="tertiary">{t('review.cancel')}</Button>
                          </Dialog.Cancel>
                          <Dialog.Action>
                            <Button onClick={() => act(`${base}/republish`, {}, t('review.republished'))}>
                              {t('review.republishConfirmAction')}
                            </Button>
                          </Dialog.Action>
                        </Dialog.Footer>
                      </Dialog.Content>
                    </Dialog.Root>
                  ) : (
                    <Typography tag="p" variant="pi" textColor="neutral600">
                      {t(state === 'approved' ? 'review.republishByApprover' : 'review.republishAfterApproval')}
                    </Typography>
                  )}
                </Flex>
              </Box>
            )}

            {versions && versions.length > 0 && (
              <Box data-testid="plan-versions">
                <Typography tag="h3" variant="sigma">
                  {t('review.versions')}
                </Typography>
                <Flex tag="ul" role="list" direction="column" alignItems="stretch" gap={1} paddingTop={1} style={LIST}>
                  {versions.map((version) => (
                    <Typography tag="li" variant="pi" key={version.number} style={WRAP}>
                      {t('review.version', {
                        number: version.number,
                        decision: version.councilDecisionNumber,
                        date: formatDay(version.councilDecisionDate),
                      })}
                    </Typography>
                  ))}
                </Flex>
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
              <Typography tag="h3" variant="sigma">
                {t('review.history')}
              </Typography>
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
