import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family, PriceQuery } from '../../family';
import { hourly, usage } from './common';

/**
 * google_sql_database_instance (MySQL, PostgreSQL; Enterprise edition): custom tiers `db-custom-<vCPU>-<MiB>`
 * as vCPU-hours + memory GB-hours, shared-core tiers per instance-hour, both at the zonal or regional (HA)
 * rate; SSD storage per GB; backups as usage (backup_storage_gb). The idle-IP charge applies only to stopped
 * instances and is not shown. SQL Server licences and Enterprise Plus are not in the snapshot.
 */
export const sqlDatabaseInstance: Family = {
  cloud: 'google',
  terraform: ['google_sql_database_instance'],
  price(r, ctx) {
    const tier = r.str('settings.0.tier') ?? new Unknown('settings.tier is not set');
    const ha =
      r.str('settings.0.availability_type', 'ZONAL', 'provider default availability') === 'REGIONAL'
        ? 'regional'
        : 'zonal';
    const version = r.str('database_version');
    const edition = r.str('settings.0.edition', 'ENTERPRISE', 'default edition');
    const components: ComponentSpec[] = [];
    const unknownWhy =
      edition === 'ENTERPRISE_PLUS'
        ? new Unknown('Enterprise Plus prices are not in the offline snapshot')
        : typeof version === 'string' && version.startsWith('SQLSERVER')
          ? new Unknown('SQL Server licence prices are not in the offline snapshot')
          : undefined;
    const custom = typeof tier === 'string' ? /^db-custom-(\d+)-(\d+)$/.exec(tier) : null;
    const q = (item: string): PriceQuery | Unknown => unknownWhy ?? { table: 'google/cloud-sql', key: [item, ha] };
    if (isUnknown(tier)) components.push(hourly('SQL instance', ctx, tier));
    else if (custom) {
      const vcpu = Number(custom[1]);
      const gb = Number(custom[2]) / 1024;
      components.push(hourly(`vCPUs (${vcpu}, ${ha})`, ctx, q('vcpu'), vcpu));
      components.push({ ...hourly(`Memory (${gb} GB, ${ha})`, ctx, q('memory'), gb), unit: 'GB-hours' });
    } else if (tier === 'db-f1-micro' || tier === 'db-g1-small') {
      components.push(hourly(`SQL instance (${tier}, ${ha})`, ctx, q(tier)));
    } else {
      components.push(
        hourly(
          `SQL instance (${tier}, ${ha})`,
          ctx,
          new Unknown(
            `price unknown: Cloud SQL tier ${tier} is not in the offline snapshot (custom and shared-core tiers are)`,
          ),
        ),
      );
    }
    const diskType = r.str('settings.0.disk_type', 'PD_SSD', 'provider default disk type');
    const diskGb = r.num('settings.0.disk_size', 10, 'provider default disk size') ?? 10;
    const storagePrice =
      diskType === 'PD_SSD'
        ? q('ssd')
        : new Unknown(`Cloud SQL ${String(diskType)} storage prices are not in the offline snapshot`);
    components.push({
      name: `Storage (${diskType === 'PD_SSD' ? 'SSD' : 'HDD'}, ${ha})`,
      unit: 'GB',
      quantity: diskGb,
      price: storagePrice,
    });
    components.push(
      usage('Backups', 'GB', ctx, 'backup_storage_gb', { table: 'google/cloud-sql', key: ['backup', 'any'] }),
    );
    return { components };
  },
};
