import * as path from 'path';
import { REPO } from '../golden-runner';
import { checkCoverage } from '../google/evaluated-runner';

const FREE = [
  'azurerm_resource_group.shop',
  'azurerm_virtual_network.main',
  'azurerm_subnet.web',
  'azurerm_subnet.aks',
  'azurerm_network_security_group.web',
  'azurerm_subnet_network_security_group_association.web',
  'azurerm_lb_backend_address_pool.web',
  'azurerm_lb_probe.web',
  'azurerm_lb_rule.https',
  'azurerm_nat_gateway_public_ip_association.egress',
  'azurerm_subnet_nat_gateway_association.web',
  'azurerm_postgresql_flexible_server_database.app',
  'azurerm_storage_container.images',
];

describe('example module: Azure web stack', () => {
  it('prices or frees every resource except the known gaps', () => {
    checkCoverage(path.join(REPO, 'test/golden/azure/examples/web_stack'), {
      ...Object.fromEntries(FREE.map((a) => [a, 'free' as const])),
      'azurerm_public_ip.lb': 'priced',
      'azurerm_public_ip.nat': 'priced',
      'azurerm_lb.web': 'priced',
      'azurerm_linux_virtual_machine_scale_set.web': 'priced',
      'azurerm_kubernetes_cluster.workers': 'priced',
      'azurerm_nat_gateway.egress': 'priced',
      'azurerm_postgresql_flexible_server.db': 'priced',
      'azurerm_dns_zone.shop': 'priced',
      // Stored GB, vault operations, ingested GB and DNS queries are usage.
      'azurerm_storage_account.assets': 'usage',
      'azurerm_key_vault.main': 'usage',
      'azurerm_log_analytics_workspace.main': 'usage',
      'azurerm_dns_a_record.www': 'usage',
    });
  });
});
