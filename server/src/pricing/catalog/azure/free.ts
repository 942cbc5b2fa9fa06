/**
 * Azure types that cost nothing by themselves, so they show "free" rather than "unsupported". What they
 * enable (VMs, traffic) is priced on the resource that carries the charge.
 */
export const AZURE_FREE: readonly string[] = [
  // Resource groups, management and tagging.
  'azurerm_resource_group', 'azurerm_management_group', 'azurerm_management_lock', 'azurerm_resource_provider_registration',
  // Identity and access.
  'azurerm_role_assignment', 'azurerm_role_definition', 'azurerm_user_assigned_identity',
  'azurerm_federated_identity_credential', 'azurerm_key_vault_access_policy',
  // Virtual network plumbing.
  'azurerm_virtual_network', 'azurerm_subnet', 'azurerm_network_security_group', 'azurerm_network_security_rule',
  'azurerm_subnet_network_security_group_association', 'azurerm_route_table', 'azurerm_route',
  'azurerm_subnet_route_table_association', 'azurerm_network_interface', 'azurerm_network_interface_security_group_association',
  'azurerm_network_interface_backend_address_pool_association', 'azurerm_application_security_group',
  'azurerm_subnet_nat_gateway_association', 'azurerm_nat_gateway_public_ip_association',
  'azurerm_nat_gateway_public_ip_prefix_association', 'azurerm_virtual_network_peering',
  'azurerm_private_dns_zone_virtual_network_link', 'azurerm_lb_backend_address_pool', 'azurerm_lb_probe',
  'azurerm_lb_rule', 'azurerm_lb_nat_rule', 'azurerm_lb_outbound_rule', 'azurerm_network_watcher',
  // Attachments and configuration of billed resources.
  'azurerm_virtual_machine_data_disk_attachment', 'azurerm_virtual_machine_extension', 'azurerm_availability_set',
  'azurerm_proximity_placement_group', 'azurerm_storage_container', 'azurerm_storage_blob', 'azurerm_storage_queue',
  'azurerm_storage_table', 'azurerm_storage_share', 'azurerm_storage_account_network_rules',
  'azurerm_postgresql_flexible_server_database', 'azurerm_postgresql_flexible_server_configuration',
  'azurerm_postgresql_flexible_server_firewall_rule', 'azurerm_mysql_flexible_database',
  'azurerm_mysql_flexible_server_firewall_rule', 'azurerm_mssql_firewall_rule', 'azurerm_mssql_virtual_network_rule',
  'azurerm_key_vault_secret', 'azurerm_key_vault_key', 'azurerm_key_vault_certificate', 'azurerm_monitor_diagnostic_setting',
  'azurerm_monitor_action_group', 'azurerm_app_service_custom_hostname_binding', 'azurerm_dns_a_record',
  'azurerm_dns_cname_record', 'azurerm_dns_txt_record', 'azurerm_private_dns_a_record',
];
