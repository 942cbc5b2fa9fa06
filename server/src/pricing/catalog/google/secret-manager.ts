import { isList, isObject, type Value, type ValueObject } from '../../../model/value';
import type { Family, FamilyContext } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { pick, referenced } from '../aws/common';
import { usage } from './common';

const TABLE = 'google/secret-manager';

/**
 * The locations a secret's versions are stored (and billed) in: one for automatic replication ("billed as a
 * single location"), one per replica for user-managed replication. Reads the secret's own attributes.
 */
function locationsOf(secret: ValueObject | undefined): { count: number; how: string } | undefined {
  const replication = pick(secret, 'replication.0') ?? pick(secret, 'replication');
  if (!isObject(replication)) return undefined;
  const replicas: Value | undefined = pick(replication, 'user_managed.0.replicas') ?? pick(replication, 'user_managed.replicas');
  if (isList(replicas) && replicas.length > 0) return { count: replicas.length, how: 'user-managed replicas' };
  if (isObject(replicas)) return { count: 1, how: 'user-managed replica' };
  if (replication.auto !== undefined || replication.automatic === true)
    return { count: 1, how: 'automatic replication (billed as one location)' };
  return undefined;
}

/** Records and returns the location count, defaulting to one when the replication policy cannot be read. */
function locations(r: ResourceReader, secret: ValueObject | undefined, whose: string): number {
  const found = locationsOf(secret);
  r.assume({
    label: 'locations',
    value: String(found?.count ?? 1),
    source: found ? 'derived' : 'default',
    note: found
      ? `from ${whose} ${found.how}; each active version is billed in every location`
      : secret
        ? `${whose} replication policy is not in the configuration: one location (automatic replication)`
        : 'the secret is not declared in this module, so its replication is unknown: one location (automatic replication)',
  });
  return found?.count ?? 1;
}

/** Access operations per 10,000 (usage: monthly_access_operations). */
function accessOperations(ctx: FamilyContext) {
  return usage('Access operations', '10K operations', ctx, 'monthly_access_operations', { table: TABLE, key: ['access'] }, 1 / 10_000);
}

/** Seconds in the month the engine prices (730 hours by default). */
function secondsPerMonth(ctx: FamilyContext): number {
  return ctx.hoursPerMonth * 3600;
}

/**
 * google_secret_manager_secret: active versions (usage: active_secret_versions) × the secret's locations,
 * access operations (usage: monthly_access_operations, per 10K) and rotation notifications (usage:
 * monthly_rotation_notifications; else one per `rotation.rotation_period` when the secret rotates). Versions that
 * are google_secret_manager_secret_version resources are priced on those resources, so the usage count is for the
 * others (added by rotation jobs, the console …). The free tier (6 versions, 10,000 accesses, 3 rotations per
 * billing account) is not taken off.
 */
export const secretManagerSecret: Family = {
  cloud: 'google',
  terraform: ['google_secret_manager_secret'],
  price(r, ctx) {
    const own = r.resource.attributes as ValueObject;
    const locs = locations(r, own, "the secret's");
    const versions = ctx.usage.num('active_secret_versions');
    if (versions !== undefined)
      r.assume({
        label: 'active versions',
        value: `${versions} × ${locs} location${locs === 1 ? '' : 's'}`,
        source: 'derived',
        note: 'active_secret_versions should count only versions Terraform does not declare: each google_secret_manager_secret_version is priced on its own',
      });
    return {
      components: [
        {
          name: 'Active secret versions',
          unit: 'version-months',
          quantity: versions === undefined ? undefined : versions * locs,
          price: { table: TABLE, key: ['version'] },
          usageBased: true,
        },
        accessOperations(ctx),
        {
          name: 'Rotation notifications',
          unit: 'rotations',
          quantity: rotations(r, ctx),
          price: { table: TABLE, key: ['rotation'] },
          usageBased: true,
        },
      ],
    };
  },
};

/** Rotations a month: the usage file's count, else the month divided by the secret's rotation period. */
function rotations(r: ResourceReader, ctx: FamilyContext): number | undefined {
  const fromUsage = ctx.usage.num('monthly_rotation_notifications');
  if (fromUsage !== undefined) return fromUsage;
  const period = r.str('rotation.0.rotation_period');
  const seconds = typeof period === 'string' ? /^(\d+(?:\.\d+)?)s$/.exec(period)?.[1] : undefined;
  if (seconds === undefined || Number(seconds) <= 0) return undefined;
  const n = secondsPerMonth(ctx) / Number(seconds);
  r.assume({
    label: 'rotations',
    value: `${Math.round(n * 100) / 100} a month`,
    source: 'derived',
    note: `one notification every rotation_period (${period}) over ${ctx.hoursPerMonth} hours; set monthly_rotation_notifications to override`,
  });
  return n;
}

/**
 * google_secret_manager_secret_version: one active version (enabled or disabled versions are both billed; only
 * destroyed ones are free) in each location of its secret, read through the `secret` reference, and access
 * operations (usage: monthly_access_operations, per 10K).
 */
export const secretManagerSecretVersion: Family = {
  cloud: 'google',
  terraform: ['google_secret_manager_secret_version'],
  price(r, ctx) {
    const secret = referenced(r, 'secret');
    const locs = locations(r, secret, "its secret's");
    return {
      components: [
        { name: 'Active secret version', unit: 'version-months', quantity: locs, price: { table: TABLE, key: ['version'] } },
        accessOperations(ctx),
      ],
    };
  },
};
