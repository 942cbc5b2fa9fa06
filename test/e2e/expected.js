// Dollar figures the e2e tier expects on the examples/ workspace, computed BY HAND from the shipped price
// snapshot (never by running product code), so a pricing regression shows up as a failing e2e test.
// Shared by the in-host mocha suite (suite/*.test.js) and the browser driver (drive-chromium.js).
//
// Sources (pricing-data/, prices as of the manifest's pricesAsOf; region us-east-1 from examples/terraform/variables.tf):
//   aws/ec2-ondemand.tsv  m5.large 0.096, m5.xlarge 0.192, t3.medium 0.0416, c5.large 0.085 USD/h
//                         m6g.large 0.077, m7g.large 0.0816, m6i.large 0.096, m7i.large 0.1008 USD/h
//   aws/ebs.tsv           gp2 storage 0.10, gp3 storage 0.08 USD/GB-month (gp3 includes 3,000 IOPS and 125 MiB/s)
// A month is 730 hours (the product's default hours per month).

const HOURS = 730;
const HOURLY = {
  'm5.large': 0.096,
  'm5.xlarge': 0.192,
  't3.medium': 0.0416,
  'c5.large': 0.085,
  'm6g.large': 0.077,
  'm7g.large': 0.0816,
  'm6i.large': 0.096,
  'm7i.large': 0.1008,
};
const GB_MONTH = { gp2: 0.1, gp3: 0.08 };

// aws_instance.web: m5.large 0.096 × 730 = 70.08 + root_block_device 30 GB gp3 × 0.08 = 2.40 → 72.48
const WEB_ROOT = 30 * GB_MONTH.gp3; // 2.40
const web = (type) => HOURLY[type] * HOURS + WEB_ROOT;
// aws_instance.api: count = 3 (terraform.tfvars), t3.medium 0.0416 × 730 = 30.368 + default root 8 GB gp2 × 0.10 = 0.80
//   → 31.168 each, 93.504 in all; t3 is unlimited by default, so CPU credits are usage-based (+ usage).
// aws_ebs_volume.data: 200 GB gp2 × 0.10 = 20.00
// module.worker: replicas = 2 × (c5.large 0.085 × 730 = 62.05 + default root 8 GB gp2 0.80 = 62.85) = 125.70

const terraform = {
  file: 'terraform/main.tf',
  webLens: '$72.48/mo',
  webLensAfterEdit: '$142.56/mo', // m5.xlarge 0.192 × 730 = 140.16 + 2.40
  apiLens: '3 × $31.17 = $93.50/mo + usage',
  dataLens: '$20.00/mo',
  moduleLens: 'module total: $125.70/mo',
  // Resources declared in main.tf itself: 72.48 + 93.504 + 20.00 = 185.984; the worker module's resources live in
  // modules/worker/main.tf, so they are not part of this file's total.
  fileTotal: 'File total: $185.98/mo + usage',
  statusBar: '$185.98/mo',
};

// examples/kubernetes/web.yaml on the cluster of examples/.costlens.yml (EKS nodes, 3 × m6i.xlarge, us-east-1):
//   m6i.xlarge 0.192 USD/h (aws/ec2-ondemand.tsv), 4 vCPU / 16 GiB (aws/ec2-specs.tsv). A pod pays its share of a node,
//   split in the ratio of OpenCost's defaults (kubernetes/opencost-defaults.tsv: cpu 0.031611, ram 0.004237 per hour):
//   node weight 4 × 0.031611 + 16 × 0.004237 = 0.194236 → per vCPU-hour 0.192 × 0.031611 / 0.194236 = 0.0312471,
//   per GiB-hour 0.192 × 0.004237 / 0.194236 = 0.0041882.
//   Deployment web: 3 replicas × 730 h × (0.5 vCPU × 0.0312471 + 1 GiB × 0.0041882 = 0.0198118) = 43.3878
//   PVC uploads: 100 GiB gp3 × 0.08 = 8.00
//   Service web (type LoadBalancer, no annotation): the AWS Load Balancer Controller's default, a Network Load Balancer;
//   aws/elb.tsv us-east-1 network hours 0.0225 × 730 = 16.425 (LCUs depend on traffic: usage, not in the lens).
const kubernetes = {
  file: 'kubernetes/web.yaml',
  deploymentLens: '$43.39/mo',
  serviceLens: '$16.43/mo',
  pvcLens: '$8.00/mo',
  fileTotal: 'File total: $67.81/mo', // 43.3878 + 16.425 + 8.00 = 67.8128
};

// examples/serverless/serverless.yml (us-east-1, x86_64, provider memorySize 512):
//   createOrder: examples/infracost-usage.yml gives CreateOrderLambdaFunction 2,000,000 requests of 120 ms:
//     requests 2 × 0.20 = 0.40 + duration 2,000,000 × 0.12 s × 0.5 GB = 120,000 GB-s × 0.0000166667 = 2.000004
//     → 2.400004 → $2.40/mo (aws/lambda.tsv, x86_64 requests 0.20 USD per 1M, duration 0.0000166667 USD per GB-s).
//   nightlyReport: schedule rate(1 day) fires 730 / 24 = 30.4167 times a month → requests 0.0000304167 × 0.20
//     = 0.0000061; duration has no usage → "<$0.01/mo + usage".
//   httpApi event: aws/api-gateway.tsv http requests (first tier) 1.00 USD per 1M requests, no usage.
//   OrdersTable (PAY_PER_REQUEST): aws/dynamodb.tsv write-requests 0.625 USD per 1M write request units, no usage.
//   the schedule rule is free, so it has no lens. File total 2.400004 + 0.0000061 = 2.40001 → $2.40/mo + usage.
const serverless = {
  file: 'serverless/serverless.yml',
  lenses: {
    'createOrder:': '$2.40/mo',
    'httpApi:': 'usage-based: $1.00 per 1M requests',
    'nightlyReport:': '<$0.01/mo + usage',
    'OrdersTable:': 'usage-based: $0.625 per 1M WRUs',
  },
  fileTotal: 'File total: $2.40/mo + usage',
};

// examples/google/main.tf (us-central1; Cyclenerd pricing.yml via google/compute, google/disk; GKE fee google/gke):
//   cluster ml (zonal, default pool removed): management fee 0.1 × 730 = 73.00
//   pool general: 2 × e2-standard-2 0.06701142 × 730 = 97.8366732 + pd-standard 2 × 50 GB × 0.04 = 4 → 101.8366732
//     (E2 gets no sustained-use discount)
//   pool inference: 1 × g2-standard-4 (1 NVIDIA L4) 0.706832255 × 730 = 515.98754615 + pd-ssd 200 GB × 0.17 = 34
//     → 549.98754615, with the GPU marker
//   bucket models (US multi-region STANDARD): usage-based, google/storage-location us-multi standard 0.026 per GB
//   log sink → Cloud Storage: free (the Log Router costs nothing), so no lens
//   file total 73 + 101.8366732 + 549.98754615 = 724.82421935
const google = {
  file: 'google/main.tf',
  lenses: {
    'resource "google_container_cluster" "ml"': '$73.00/mo',
    'resource "google_container_node_pool" "general"': '$101.84/mo',
    'resource "google_container_node_pool" "inference"': 'GPU ×1 · $549.99/mo',
    'resource "google_storage_bucket" "models"': 'usage-based: $0.026 per GB',
  },
  free: ['resource "google_logging_project_sink" "archive"'],
  fileTotal: 'File total: $724.82/mo + usage',
};

// examples/azure/main.tf (eastus, from the resource group's "East US"; tables from Infracost's goldens):
//   service plan api: Linux P1v3 0.155 × 730 = 113.15 (azure/app-service)
//   redis sessions: Basic C1 0.055 × 730 = 40.15 (azure/redis-cache)
//   key vault secrets: usage-based, standard operations 0.03 per 10K (azure/key-vault)
//   OpenAI chat (gpt-4o-mini 2024-07-18, Standard), examples/infracost-usage.yml 50M input + 10M output tokens:
//     50,000 × 0.000165 = 8.25 + 10,000 × 0.00066 = 6.60 → 14.85 per month (azure/openai, per 1K tokens);
//     assistants tools (code interpreter, file search) have no usage → "+ usage"
//   OpenAI premium (GlobalProvisionedManaged, capacity 15): 15 PTU × 730 h × 1.00 = 10,950.00
//   resource group, web app, cognitive account: free, no lens
//   file total 113.15 + 40.15 + 14.85 + 10,950 = 11,118.15
const azure = {
  file: 'azure/main.tf',
  lenses: {
    'resource "azurerm_service_plan" "api"': '$113.15/mo',
    'resource "azurerm_redis_cache" "sessions"': '$40.15/mo',
    'resource "azurerm_key_vault" "secrets"': 'usage-based: $0.03 per 10K transactions',
    'resource "azurerm_cognitive_deployment" "chat"': '$14.85/mo + usage',
    'resource "azurerm_cognitive_deployment" "premium"': '$10,950.00/mo + usage',
  },
  free: ['resource "azurerm_linux_web_app" "api"', 'resource "azurerm_cognitive_account" "openai"'],
  fileTotal: 'File total: $11,118.15/mo + usage',
};

// The workspace summary: main.tf 185.984 + module.worker 125.70 + web.yaml 67.8128 + serverless.yml 2.40001
// + google/main.tf 724.82421935 + azure/main.tf 11,118.15 = 12,224.87101935.
const workspace = { summaryHeading: '# Workspace cost: $12,224.87/mo' };

/** Exact monthly cost of aws_instance.web with another instance type, for checking a quick fix's stated saving. */
function webMonthly(type) {
  if (!(type in HOURLY)) throw new Error(`no hand-computed price for ${type}: add it to test/e2e/expected.js`);
  return web(type);
}

module.exports = {
  HOURS,
  HOURLY,
  GB_MONTH,
  terraform,
  kubernetes,
  serverless,
  google,
  azure,
  workspace,
  webMonthly,
};
