/**
 * A plan of its own municipality with everything the public sees of it: a legal basis (#1) and a target group
 * of its own, a goal with a task, an activity (with its responsible unit) and indicators, an approved and
 * published support programme (lv and en) and engagement activity, a published measurement; the plan adopted
 * (version 1). Staff of the municipality: a planner and an approver.
 */
import type { Core } from '@strapi/strapi';
import { addStaff, adoptPlan, docs, makePlan, staffLogin, unique, type Staff } from './strapi';
import { getService } from '../../src/plugins/se-planning/server/src/get-service';

export type PublicPlan = Awaited<ReturnType<typeof publicPlan>>;

/** Submitted by one staff member, approved by another, published in every language it has. */
export async function reviewAndPublish(strapi: Core.Strapi, type: string, documentId: string, locale = '*') {
  const review = getService(strapi, 'review');
  const [submitter, approver] = [await staffLogin(strapi), await staffLogin(strapi)];
  await review.transition(type, documentId, 'submit', submitter.user as never);
  await review.transition(type, documentId, 'approve', approver.user as never);
  await docs(strapi, type).publish({ documentId, locale });
}

export async function publicPlan(strapi: Core.Strapi) {
  const { municipality, unit, plan } = await makePlan(strapi);
  const slug = (await docs(strapi, 'municipality').findOne({ documentId: municipality })).slug as string;
  const group = (
    await docs(strapi, 'target-group').create({
      data: { name: unique('Mērķa grupa'), nameEn: 'A target group', slug: unique('grupa') },
    })
  ).documentId as string;
  const legalBasis = (
    await docs(strapi, 'policy-document').create({
      data: { plan, kind: 'national_act', title: 'Sociālā uzņēmuma likums', url: 'https://likumi.lv/ta/id/294536' },
    })
  ).documentId as string;
  const goal = (
    await docs(strapi, 'goal').create({
      data: { plan, title: 'Palielināt sociālo uzņēmumu skaitu par 20%', deadline: '2027-12-31', position: 0 },
    })
  ).documentId as string;
  const task = (
    await docs(strapi, 'task').create({ data: { plan, goal, title: 'Izstrādāt grantu programmu', position: 0 } })
  ).documentId as string;
  const activity = (
    await docs(strapi, 'activity').create({
      data: { plan, task, title: 'Informatīvs seminārs', responsibleUnit: unit, position: 0 },
    })
  ).documentId as string;
  const indicator = (
    await docs(strapi, 'indicator').create({
      data: { plan, goal, title: 'Sociālo uzņēmumu skaits', kind: 'quantitative', baseline: 10, target: 12, position: 0 },
    })
  ).documentId as string;
  const seminarIndicator = (
    await docs(strapi, 'indicator').create({
      data: { plan, activity, title: 'Semināra dalībnieki', kind: 'quantitative', target: 30, position: 1 },
    })
  ).documentId as string;
  const programmeSlug = unique('granti-socialajiem-uznemumiem');
  const programme = (
    await docs(strapi, 'support-programme').create({
      locale: 'lv',
      data: {
        plan,
        title: 'Granti sociālajiem uzņēmumiem',
        slug: programmeSlug,
        kind: 'grant',
        summary: 'Atbalsts jaunu darba vietu radīšanai',
        amountMax: 5000,
        targetGroups: [group],
        legalBasis: [legalBasis],
      },
    })
  ).documentId as string;
  await docs(strapi, 'support-programme').update({
    documentId: programme,
    locale: 'en',
    data: { title: 'Grants for social enterprises', slug: unique('grants'), kind: 'grant', plan, targetGroups: [group], legalBasis: [legalBasis] },
  });
  const event = (
    await docs(strapi, 'engagement-activity').create({
      locale: 'lv',
      data: {
        plan,
        title: 'Ideju konkurss jauniešiem',
        slug: unique('ideju-konkurss'),
        startsAt: '2026-09-01T09:00:00.000Z',
        endsAt: '2026-11-30T15:00:00.000Z',
        responsibleUnit: unit,
        targetGroups: [group],
      },
    })
  ).documentId as string;
  const measurement = (
    await docs(strapi, 'measurement').create({ data: { plan, indicator, measuredOn: '2026-06-30', value: 11 } })
  ).documentId as string;
  for (const [type, documentId] of [
    ['support-programme', programme],
    ['engagement-activity', event],
    ['measurement', measurement],
  ])
    await reviewAndPublish(strapi, type, documentId);
  await adoptPlan(strapi, plan, { number: '7/1', date: '2026-01-29' });

  const planner = await staffLogin(strapi, { roles: ['se-planning-editor'], firstname: 'Plānotāja' });
  const approver = await staffLogin(strapi, { roles: ['se-planning-approver'], firstname: 'Apstiprinātāja' });
  await addStaff(strapi, municipality, planner.user.id, approver.user.id);
  return {
    municipality,
    slug,
    unit,
    plan,
    group,
    legalBasis,
    goal,
    task,
    activity,
    indicator,
    seminarIndicator,
    programme,
    programmeSlug,
    event,
    measurement,
    planner: planner as Staff,
    approver: approver as Staff,
  };
}
