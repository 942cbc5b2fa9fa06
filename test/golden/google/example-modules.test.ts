import * as path from 'path';
import { REPO } from '../golden-runner';
import { checkCoverage } from './evaluated-runner';

// The realistic example modules (a small web stack per cloud) through the evaluator and the engine: which
// resources get a price, which are free, which are not priced yet and why. Figures live in the family goldens.

const FREE = [
  'google_project_service.apis["compute.googleapis.com"]',
  'google_project_service.apis["redis.googleapis.com"]',
  'google_project_service.apis["run.googleapis.com"]',
  'google_project_service.apis["sqladmin.googleapis.com"]',
  'google_compute_network.vpc',
  'google_compute_subnetwork.app',
  'google_compute_firewall.health_checks',
  'google_compute_firewall.iap_ssh',
  'google_compute_router.router',
  'google_service_account.web',
  'google_project_iam_member.web_logs',
  'google_compute_instance_template.web',
  'google_compute_health_check.web',
  'google_compute_backend_service.web',
  'google_compute_url_map.web',
  'google_compute_managed_ssl_certificate.web',
  'google_compute_target_https_proxy.web',
  'google_sql_database.app',
  'google_sql_user.app',
  'google_dns_record_set.www',
];

describe('example module: Google web stack', () => {
  it('prices or frees every resource except the known gaps', () => {
    checkCoverage(path.join(REPO, 'test/golden/google/examples/web_stack'), {
      ...Object.fromEntries(FREE.map((a) => [a, 'free' as const])),
      'google_compute_global_forwarding_rule.https': 'priced',
      'google_compute_instance.bastion': 'priced',
      'google_sql_database_instance.db': 'priced',
      'google_redis_instance.sessions': 'priced',
      // Reads its instance template through the reference the evaluator resolves.
      'google_compute_region_instance_group_manager.web': 'priced',
      // Usage-based: unit prices until the usage file gives VMs/GB, stored GB, requests.
      'google_compute_router_nat.nat': 'usage',
      'google_storage_bucket.assets': 'usage',
      'google_cloud_run_v2_service.api': 'usage',
      // In use by the global forwarding rule: Google does not charge for the address.
      'google_compute_global_address.web': 'free',
      'google_dns_managed_zone.shop': 'priced',
    });
  });
});
