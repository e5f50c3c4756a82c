/** Reading the model table: which entry a uid is, its relations, who depends on it. */
import { model, planOwned, type ModelEntry } from './model';
import { belongsTo, PLUGIN, uidOf, type Link } from './attributes';

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const prefix = `plugin::${PLUGIN}.`;

export { uidOf };

export const entryOf = (uid: string): ModelEntry | undefined =>
  uid.startsWith(prefix) ? model.find((entry) => entry.singularName === uid.slice(prefix.length)) : undefined;

export const entryNamed = (name: string): ModelEntry => {
  const entry = model.find((candidate) => candidate.singularName === name);
  if (!entry) throw new Error(`Unknown se-planning content type ${name}`);
  return entry;
};

/** Every relation of an entry, the plan owner included. */
export const linksOf = (entry: ModelEntry): Record<string, Link> => ({
  ...(planOwned(entry) ? { plan: belongsTo('plan', camel(entry.pluralName), { required: true }) } : {}),
  ...entry.links,
});

/**
 * The generated inverse sides on an entry, by field: the entry and field that declare each relation (a goal's
 * `tasks` is declared by the task's `goal`). They are read-only: a relation is written where it is declared.
 */
export const inverseLinksOf = (name: string): Record<string, { owner: ModelEntry; field: string; link: Link }> =>
  Object.fromEntries(
    model.flatMap((owner) =>
      Object.entries(linksOf(owner))
        .filter(([, link]) => link.target === name && link.inverse)
        .map(([field, link]) => [link.inverse!, { owner, field, link }]),
    ),
  );

/** Entries (and their field) that must point at an entry of `name`: its required dependants. */
export const requiredDependantsOf = (name: string) =>
  model.flatMap((entry) =>
    Object.entries(linksOf(entry))
      .filter(([, link]) => link.target === name && link.required)
      .map(([field]) => ({ entry, field })),
  );

export const worksheetEntries = () => model.filter((entry) => entry.worksheet !== undefined || entry.publicContent);

export { planOwned };

/** Rows that belong to one municipality (through their plan, or directly): scoped for staff. */
export const isScoped = (entry: ModelEntry) =>
  planOwned(entry) || ['plan', 'municipal-unit', 'organisation'].includes(entry.singularName);
