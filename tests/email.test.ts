/**
 * Review notifications by real e-mail: with SMTP_HOST/SMTP_PORT set, the portal sends through Strapi's nodemailer
 * provider to a local SMTP sink; the submitter gets the approver's decision (changes requested, with the comment;
 * approved) in Latvian, from EMAIL_FROM, and nobody else gets anything.
 */
import type { Core } from '@strapi/strapi';
import { http, makePlan, staffLogin, startStrapi, stopStrapi, type Staff } from './helpers/strapi';
import { as, cm, post, reviewPath } from './helpers/requests';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink';
import { getService } from '../src/plugins/se-planning/server/src/get-service';

const FROM = 'portals@parauga-novads.lv';

let sink: SmtpSink;
let strapi: Core.Strapi;
let editor: Staff;
let approver: Staff;

beforeAll(async () => {
  sink = await startSmtpSink();
  // before Strapi reads its configuration (config/plugins.ts → src/email.ts)
  Object.assign(process.env, sink.env, { EMAIL_FROM: `Sociālās uzņēmējdarbības portāls <${FROM}>` });
  strapi = await startStrapi();
  editor = await staffLogin(strapi, { firstname: 'Pēteris' });
  approver = await staffLogin(strapi, { firstname: 'Inese' });
});
afterAll(async () => {
  await stopStrapi();
  await sink?.stop();
  for (const key of [...Object.keys(sink?.env ?? {}), 'EMAIL_FROM']) delete process.env[key];
});

it('configures the e-mail plugin with the SMTP provider from the environment', () => {
  expect(strapi.config.get('plugin::email.provider')).toBe('nodemailer');
  expect(strapi.config.get('plugin::email.providerOptions')).toMatchObject({
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
  });
  expect(strapi.config.get('plugin::email.providerOptions.auth')).toBeUndefined();
  expect(getService(strapi, 'notifications').smtpConfigured()).toBe(true);
});

it('e-mails the submitter what the approver decided, in Latvian, from EMAIL_FROM', async () => {
  const title = 'Mentorings sociālajiem uzņēmējiem Kalnciemā';
  const { plan } = await makePlan(strapi);
  const created = await post(editor, `${cm('support-programme')}?locale=lv`, { plan, title, kind: 'mentoring' });
  expect(created.status).toBe(201);
  const documentId = created.body.data.documentId as string;

  expect((await post(editor, reviewPath('support-programme', documentId, 'submit'))).status).toBe(200);
  expect(sink.to(editor.user.email)).toEqual([]); // submitting tells nobody

  const sentBack = await post(approver, reviewPath('support-programme', documentId, 'request-changes'), {
    comment: ' Pievienojiet kontaktus ',
  });
  expect(sentBack.status).toBe(200);
  expect((await post(editor, reviewPath('support-programme', documentId, 'submit'))).status).toBe(200);
  expect((await post(approver, reviewPath('support-programme', documentId, 'approve'))).status).toBe(200);
  expect(
    (await http(strapi).get(reviewPath('support-programme', documentId)).set(as(editor))).body.data.reviewState,
  ).toBe('approved');

  const mails = sink.to(editor.user.email);
  expect(mails.map((mail) => [mail.from, mail.to, mail.envelopeTo, mail.subject])).toEqual([
    [FROM, [editor.user.email], [editor.user.email], `Nepieciešami labojumi: ${title}`],
    [FROM, [editor.user.email], [editor.user.email], `Apstiprināts: ${title}`],
  ]);
  expect(mails[0].parsed.from?.value[0].name).toBe('Sociālās uzņēmējdarbības portāls');
  expect(mails[0].parsed.replyTo?.value[0].address).toBe(FROM);
  expect(mails[0].text.trim()).toBe(
    `Jūsu iesniegtais ieraksts "${title}" ir izskatīts: Nepieciešami labojumi.\n` +
      'Komentārs: Pievienojiet kontaktus\nIzskatīja: Inese Darbinieks',
  );
  expect(mails[1].text.trim()).toBe(
    `Jūsu iesniegtais ieraksts "${title}" ir izskatīts: Apstiprināts.\nIzskatīja: Inese Darbinieks`,
  );
  expect(sink.to(approver.user.email)).toEqual([]);
});

it('answers the command even when the SMTP server is gone, and says so in the log', async () => {
  const { plan } = await makePlan(strapi);
  const created = await post(editor, `${cm('support-programme')}?locale=lv`, {
    plan,
    title: 'Telpas bez e-pasta',
    kind: 'premises',
  });
  const documentId = created.body.data.documentId as string;
  await post(editor, reviewPath('support-programme', documentId, 'submit'));
  const error = jest.spyOn(strapi.log, 'error');
  await sink.stop();
  try {
    const approved = await post(approver, reviewPath('support-programme', documentId, 'approve'));
    expect(approved.status).toBe(200);
    expect(error.mock.calls.map(([line]) => String(line))).toEqual([
      expect.stringMatching(new RegExp(`^\\[se-planning\\] e-pastu ${editor.user.email} neizdevās nosūtīt`)),
    ]);
  } finally {
    error.mockRestore();
  }
});
