import { Unknown } from '../../../model/value';
import type { Family, FamilyContext } from '../../family';
import { isCfn, usage } from './common';

/** Requests are billed in 64 KB chunks (SQS, SNS): a 256 KB message is 4 requests. */
function chunks(ctx: FamilyContext): number {
  const kb = ctx.usage.num('request_size_kb');
  return kb === undefined ? 1 : Math.max(1, Math.ceil(kb / 64));
}

/** aws_sqs_queue / AWS::SQS::Queue: requests per 1M (usage: monthly_requests, request_size_kb), tiered. */
export const sqsQueue: Family = {
  cloud: 'aws',
  terraform: ['aws_sqs_queue'],
  cloudformation: ['AWS::SQS::Queue'],
  price(r, ctx) {
    const fifo = r.bool(isCfn(r) ? 'FifoQueue' : 'fifo_queue', false, 'standard queue unless FIFO is set') === true;
    const type = fifo ? 'fifo' : 'standard';
    const price = { table: 'aws/sqs', key: [type], tiered: true };
    return { components: [usage(`Requests (${type})`, '1M requests', ctx, 'monthly_requests', price, chunks(ctx) / 1e6)] };
  },
};

/**
 * aws_sns_topic / AWS::SNS::Topic: publishes per 1M (usage: monthly_requests, request_size_kb) and HTTP/S
 * deliveries (usage: http_subscriptions, the number of HTTP/S subscribers each publish reaches). Deliveries to
 * SQS and Lambda are free.
 */
export const snsTopic: Family = {
  cloud: 'aws',
  terraform: ['aws_sns_topic'],
  cloudformation: ['AWS::SNS::Topic'],
  price(r, ctx) {
    const fifo = r.bool(isCfn(r) ? 'FifoTopic' : 'fifo_topic', false, 'standard topic unless FIFO is set') === true;
    const price = fifo ? new Unknown('FIFO topic prices are not in the price snapshot') : { table: 'aws/sns', key: ['publish'] };
    const requests = ctx.usage.num('monthly_requests');
    const publishes = requests === undefined ? undefined : (requests * chunks(ctx)) / 1e6;
    const subscribers = ctx.usage.num('http_subscriptions');
    const deliveries = publishes === undefined || subscribers === undefined ? undefined : publishes * subscribers;
    return {
      components: [
        { name: 'Publish requests', unit: '1M requests', quantity: publishes, price, usageBased: true },
        { name: 'HTTP/S notifications', unit: '1M notifications', quantity: deliveries, price: { table: 'aws/sns', key: ['http-delivery'] }, usageBased: true },
      ],
    };
  },
};
