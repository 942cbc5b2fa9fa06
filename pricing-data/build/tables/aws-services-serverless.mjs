// AWS serverless and messaging prices: Lambda (tiered duration), API Gateway, SQS, SNS.
// us-east-1 only where the source is a us-east-1 page; the engine falls back to it for other regions and
// says so on the component.
import { infracost, page } from './aws-services-sources.mjs';

export default [
  {
    id: 'aws/lambda',
    description: 'Lambda requests, duration (tiered by monthly GB-seconds per architecture) and ephemeral storage',
    keys: ['region', 'arch', 'metric', 'tierStart'],
    values: ['price'],
    unit: 'USD per 1M requests (requests), per GB-second (duration, ephemeral-storage)',
    sources: [infracost('lambda_function_test')],
    build: () => [
      ['us-east-1', 'x86_64', 'requests', '0', '0.20'], // "$0.20 per 1M requests"
      ['us-east-1', 'x86_64', 'duration', '0', '0.0000166667'], // "Duration (first 6B) … $0.0000166667 per GB-seconds"
      ['us-east-1', 'x86_64', 'duration', '6000000000', '0.000015'], // 135,000.00 / 9,000,000,000
      ['us-east-1', 'x86_64', 'duration', '15000000000', '0.0000133334'], // 619,203.10 / 46,440,000,000
      ['us-east-1', 'x86_64', 'ephemeral-storage', '0', '0.0000000309'], // "$0.0000000309 per GB-seconds"
      ['us-east-1', 'arm64', 'requests', '0', '0.20'],
      ['us-east-1', 'arm64', 'duration', '0', '0.0000133334'], // "Duration (first 7.5B) … $0.0000133334 per GB-seconds"
      ['us-east-1', 'arm64', 'duration', '7500000000', '0.0000120001'], // 135,001.13 / 11,250,000,000
      ['us-east-1', 'arm64', 'duration', '18750000000', '0.0000106667'], // 597,356.53 / 56,002,000,000
      ['us-east-1', 'arm64', 'ephemeral-storage', '0', '0.0000000309'],
    ],
  },
  {
    id: 'aws/api-gateway',
    description: 'API Gateway requests (REST, HTTP) and WebSocket messages and connection minutes, per 1M, tiered',
    keys: ['region', 'apiType', 'metric', 'tierStart'],
    values: ['price'],
    unit: 'USD per 1M requests / messages / connection minutes; tierStart in millions per month',
    sources: [
      page('https://www.learnaws.org/2021/01/10/api-gateway-pricing/', '2021-01-10'),
      page('https://www.apigatewaycost.com/aws'),
      page('https://amnic.com/blogs/aws-api-gateway-pricing'),
    ],
    build: () => [
      ['us-east-1', 'rest', 'requests', '0', '3.50'], // "REST API $3.50 (first 333M)" (amnic, apigatewaycost)
      ['us-east-1', 'http', 'requests', '0', '1.00'], // "First 300 million $1.00" (learnaws, us-east-1)
      ['us-east-1', 'http', 'requests', '300', '0.90'], // "300+ million $0.90" (learnaws)
      ['us-east-1', 'websocket', 'messages', '0', '1.00'], // "$1.00/M messages" (amnic)
      ['us-east-1', 'websocket', 'connection-minutes', '0', '0.25'], // "$0.25/M connection-minutes" (amnic)
    ],
  },
  {
    id: 'aws/sqs',
    description: 'SQS requests per 1M (64 KB chunks), tiered for standard queues',
    keys: ['region', 'queueType', 'tierStart'],
    values: ['price'],
    unit: 'USD per 1M requests; tierStart in millions per month',
    sources: [page('https://cloudburn.io/blog/amazon-sqs-pricing', '2026-03-14')],
    build: () => [
      // "Standard $0.40/M (first 100B), $0.30/M (next 100B), $0.24/M (200B+) … FIFO $0.50/M (flat rate)",
      // "All prices are for US East (N. Virginia) as of March 2026".
      ['us-east-1', 'standard', '0', '0.40'],
      ['us-east-1', 'standard', '100000', '0.30'],
      ['us-east-1', 'standard', '200000', '0.24'],
      ['us-east-1', 'fifo', '0', '0.50'],
    ],
  },
  {
    id: 'aws/sns',
    description: 'SNS standard topic publishes and deliveries per 1M (deliveries to SQS and Lambda are free)',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per 1M requests / notifications',
    sources: [page('https://www.factualminds.com/blog/amazon-sns-pricing-publishes-fanout-protocols/', '2026-06-13')],
    build: () => [
      // "Standard topic publish is $0.50/M, but HTTP delivery is $0.60/M … email is $2/100K" (us-east-1).
      ['us-east-1', 'publish', '0.50'],
      ['us-east-1', 'http-delivery', '0.60'],
      ['us-east-1', 'email-delivery', '20'], // $2 per 100K = $20 per 1M
    ],
  },
  {
    id: 'aws/step-functions',
    description: 'Step Functions: Standard state transitions, Express requests and duration',
    keys: ['region', 'metric'],
    values: ['price'],
    unit: 'USD per 1k transitions (standard-transitions), per 1M requests (express-requests), per GB-second (express-duration)',
    sources: [page('https://www.wring.co/blog/aws-step-functions-pricing-guide', '2026-03-14')],
    build: () => [
      ['us-east-1', 'standard-transitions', '0.025'], // "State transitions $25.00 per million" = 0.025 per 1,000
      ['us-east-1', 'express-requests', '1.00'], // "Requests $1.00 per million requests"
      ['us-east-1', 'express-duration', '0.00001667'], // "Duration $0.00001667 per GB-second (64 MB minimum)"
    ],
  },
];
