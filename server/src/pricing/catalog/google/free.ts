/**
 * Google Cloud types that cost nothing by themselves, so they show "free" rather than "unsupported". What
 * they enable (instances, traffic) is priced on the resource that carries the charge.
 */
export const GOOGLE_FREE: readonly string[] = [
  // Projects, APIs and organisation plumbing.
  'google_project', 'google_project_service', 'google_project_services', 'google_folder', 'google_organization_policy',
  'google_project_organization_policy', 'google_billing_project_info', 'google_resource_manager_lien',
  // Identity and access.
  'google_service_account', 'google_service_account_key', 'google_service_account_iam_binding',
  'google_service_account_iam_member', 'google_service_account_iam_policy', 'google_project_iam_binding',
  'google_project_iam_member', 'google_project_iam_policy', 'google_project_iam_custom_role',
  'google_organization_iam_member', 'google_organization_iam_binding', 'google_folder_iam_member', 'google_folder_iam_binding',
  'google_storage_bucket_iam_binding', 'google_storage_bucket_iam_member', 'google_storage_bucket_iam_policy',
  'google_storage_bucket_acl', 'google_storage_default_object_acl', 'google_storage_object_acl',
  'google_pubsub_topic_iam_member', 'google_pubsub_topic_iam_binding', 'google_pubsub_subscription_iam_member',
  'google_cloud_run_service_iam_member', 'google_cloud_run_service_iam_binding', 'google_cloud_run_service_iam_policy',
  'google_cloud_run_v2_service_iam_member', 'google_cloud_run_v2_service_iam_binding',
  'google_cloudfunctions_function_iam_member', 'google_cloudfunctions_function_iam_binding',
  'google_secret_manager_secret_iam_member', 'google_kms_crypto_key_iam_member', 'google_kms_crypto_key_iam_binding',
  'google_kms_key_ring_iam_member', 'google_iam_workload_identity_pool', 'google_iam_workload_identity_pool_provider',
  // VPC plumbing: networks, subnets, routes, firewall rules, peering, routers (NAT is priced separately).
  'google_compute_network', 'google_compute_subnetwork', 'google_compute_route', 'google_compute_firewall',
  'google_compute_firewall_policy', 'google_compute_firewall_policy_rule', 'google_compute_firewall_policy_association',
  'google_compute_network_peering', 'google_compute_router', 'google_compute_router_interface',
  'google_compute_router_peer', 'google_compute_shared_vpc_host_project', 'google_compute_shared_vpc_service_project',
  'google_compute_subnetwork_iam_member', 'google_service_networking_connection', 'google_vpc_access_connector_iam_member',
  // VPN gateways are free; their tunnels are billed (google_compute_vpn_tunnel).
  'google_compute_ha_vpn_gateway', 'google_compute_vpn_gateway', 'google_compute_external_vpn_gateway',
  // Definitions that cost nothing until something runs them.
  'google_compute_instance_template', 'google_compute_region_instance_template', 'google_compute_health_check',
  'google_compute_region_health_check', 'google_compute_http_health_check', 'google_compute_https_health_check',
  'google_compute_autoscaler', 'google_compute_region_autoscaler', 'google_compute_resource_policy',
  'google_compute_disk_resource_policy_attachment', 'google_compute_attached_disk', 'google_compute_instance_group',
  'google_compute_project_metadata', 'google_compute_project_metadata_item', 'google_compute_ssl_certificate',
  'google_compute_managed_ssl_certificate', 'google_compute_ssl_policy', 'google_compute_url_map',
  'google_compute_target_http_proxy', 'google_compute_target_https_proxy', 'google_compute_backend_service',
  'google_compute_region_backend_service', 'google_compute_backend_bucket',
  // Data-plane objects billed through their parent service.
  'google_sql_database', 'google_sql_user', 'google_storage_bucket_object', 'google_storage_notification',
  'google_container_registry', 'google_dns_record_set', 'google_kms_key_ring', 'google_secret_manager_secret_version',
  'google_logging_project_exclusion', 'google_monitoring_notification_channel', 'google_monitoring_alert_policy',
  'google_monitoring_dashboard', 'google_monitoring_uptime_check_config',
];
