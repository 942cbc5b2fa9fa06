import { Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';

const TABLE = 'azure/defender';

/** One plan component: [name, unit, usage key, table item or undefined (no price), per hour?, usage divisor]. */
type Part = [string, string, string, string | undefined, boolean, number?];

const PLANS: Record<string, Part[]> = {
  VirtualMachines: [
    ['Defender for servers, plan 1', 'server-hours', 'monthly_servers_plan_1_nodes', undefined, true],
    ['Defender for servers, plan 2', 'server-hours', 'monthly_servers_plan_2_nodes', 'servers-p2', true],
  ],
  AppServices: [['Defender for App Service', 'node-hours', 'monthly_app_service_nodes', 'node', true]],
  SqlServers: [['Defender for SQL, outside Azure', 'vCore-hours', 'monthly_sql_outside_azure_vcores', 'vcore', true]],
  SqlServerVirtualMachines: [
    ['Defender for SQL, Azure-connected', 'instances', 'monthly_sql_azure_connected_instances', 'instance', false],
  ],
  OpenSourceRelationalDatabases: [
    ['Defender for MySQL', 'instances', 'monthly_mysql_instances', 'mysql', false],
    ['Defender for PostgreSQL', 'instances', 'monthly_postgresql_instances', 'postgresql', false],
    ['Defender for MariaDB', 'instances', 'monthly_mariadb_instances', undefined, false],
  ],
  Dns: [['Defender for DNS', '1M queries', 'monthly_dns_queries', 'queries', false, 1_000_000]],
  ContainerRegistry: [
    ['Defender for container registries', 'images', 'monthly_container_registry_images', 'image', false],
  ],
};

/**
 * azurerm_security_center_subscription_pricing: Microsoft Defender for Cloud, subscription-wide. The Free tier costs
 * nothing; a Standard plan bills what it protects, from the usage file (Infracost's keys): servers, App Service
 * nodes and SQL vCores outside Azure per hour (count × hours a month), SQL on VMs, MySQL and PostgreSQL per instance,
 * DNS per 1M queries, registry images per image. Plan parts without a known price are unknown only when their usage
 * is set (servers plan 1 also when subplan is P1); other resource types are unknown.
 */
export const defenderPlan: Family = {
  cloud: 'azure',
  terraform: ['azurerm_security_center_subscription_pricing'],
  price(r, ctx) {
    const tier = r.str('tier') ?? new Unknown('tier is not set');
    if (tier === 'Free') return { components: [], free: 'the Free tier of Defender for Cloud has no charge' };
    const type = r.str('resource_type', 'VirtualMachines', 'provider default') ?? 'VirtualMachines';
    const parts = typeof type === 'string' && tier === 'Standard' ? PLANS[type] : undefined;
    if (!parts) {
      const why =
        tier !== 'Standard'
          ? new Unknown(`${String(tier)} is not a Defender tier (Free, Standard)`)
          : new Unknown(`Defender for ${String(type)} is not in the snapshot`);
      return { components: [{ name: `Defender for ${String(type)}`, unit: 'months', quantity: 1, price: why }] };
    }
    const subplan = r.str('subplan');
    const components: ComponentSpec[] = [];
    for (const [name, unit, key, item, hourly, per = 1] of parts) {
      const n = ctx.usage.num(key);
      // Plan 1 shows only when chosen (subplan P1) or counted; plan 2 not when P1 is chosen; other unpriced parts
      // only when counted.
      if (key === 'monthly_servers_plan_1_nodes') {
        if (n === undefined && subplan !== 'P1') continue;
      } else if (key === 'monthly_servers_plan_2_nodes') {
        if (subplan === 'P1') continue;
      } else if (!item && n === undefined) continue;
      const quantity = n === undefined ? undefined : hourly ? n * ctx.hoursPerMonth : n / per;
      const price = item
        ? { table: TABLE, key: [type as string, item] }
        : new Unknown(`${name} has no price in the snapshot`);
      components.push({ name, unit, quantity, price, usageBased: true });
    }
    return { components };
  },
};
