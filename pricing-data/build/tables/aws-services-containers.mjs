// EKS control plane and Fargate (ECS tasks and EKS Fargate pods) prices.
import { infracost, page } from './aws-services-sources.mjs';

export default [
  {
    id: 'aws/eks',
    description: 'EKS cluster control plane per hour, standard and extended Kubernetes version support',
    keys: ['region', 'support'],
    values: ['price'],
    unit: 'USD per cluster-hour',
    sources: [infracost('eks_cluster_test')],
    build: () => [
      ['us-east-1', 'standard', '0.10'], // 73.00 / 730
      ['us-east-1', 'extended', '0.60'], // 438.00 / 730
    ],
  },
  {
    id: 'aws/fargate',
    description: 'Fargate on-demand per vCPU-hour and GB-hour by CPU architecture; ephemeral storage above 20 GB',
    keys: ['region', 'arch', 'metric'],
    values: ['price'],
    unit: 'USD per vCPU-hour (vcpu), GB-hour (memory, storage)',
    sources: [infracost('ecs_service_test'), page('https://www.vantage.sh/blog/fargate-pricing')],
    build: () => [
      // x86: 147.75 / (5 × 730) = 0.04048; 32.45 / (10 × 730) = 0.004445 (ecs_service_test), and
      // vantage.sh "Linux/x86 $0.04048 $0.004445" (us-east-1).
      ['us-east-1', 'x86_64', 'vcpu', '0.04048'],
      ['us-east-1', 'x86_64', 'memory', '0.004445'],
      ['us-east-1', 'arm64', 'vcpu', '0.03238'], // vantage.sh "Linux/ARM $0.03238 $0.00356"
      ['us-east-1', 'arm64', 'memory', '0.00356'],
      ['us-east-1', 'x86_64', 'storage', '0.000111'], // vantage.sh "$0.000111 per storage GB per hour" above 20 GB
      ['us-east-1', 'arm64', 'storage', '0.000111'],
    ],
  },
  {
    id: 'aws/ecr',
    description: 'ECR private repository storage per GB-month',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per GB-month',
    sources: [page('https://cloudburn.io/blog/amazon-ecr-pricing', '2026-03-01')],
    // "Private storage $0.10/GB/month … All pricing reflects US East (N. Virginia) rates … as of March 2026".
    build: () => [['us-east-1', 'storage', '0.10']],
  },
];
