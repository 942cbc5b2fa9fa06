import type { Family } from '../../family';
import { str, usage } from './common';

/** aws_api_gateway_rest_api / AWS::ApiGateway::RestApi: requests per 1M (usage: monthly_requests), tiered. */
export const restApi: Family = {
  cloud: 'aws',
  terraform: ['aws_api_gateway_rest_api'],
  cloudformation: ['AWS::ApiGateway::RestApi'],
  price(_r, ctx) {
    const price = { table: 'aws/api-gateway', key: ['rest', 'requests'], tiered: true };
    return { components: [usage('Requests', '1M requests', ctx, 'monthly_requests', price, 1e-6)] };
  },
};

/**
 * aws_apigatewayv2_api / AWS::ApiGatewayV2::Api: HTTP APIs bill requests per 1M in 512 KB increments;
 * WebSocket APIs bill messages (32 KB increments) and connection minutes. Usage keys as in Infracost.
 */
export const httpApi: Family = {
  cloud: 'aws',
  terraform: ['aws_apigatewayv2_api'],
  cloudformation: ['AWS::ApiGatewayV2::Api'],
  price(r, ctx) {
    const protocol = str(r, 'protocol_type', 'ProtocolType', 'HTTP', 'the common case');
    const sized = (key: string, step: number) => Math.max(1, Math.ceil((ctx.usage.num(key) ?? step) / step));
    if (protocol === 'WEBSOCKET') {
      return {
        components: [
          usage('Messages', '1M messages', ctx, 'monthly_messages', { table: 'aws/api-gateway', key: ['websocket', 'messages'], tiered: true }, sized('message_size_kb', 32) / 1e6),
          usage('Connection minutes', '1M minutes', ctx, 'monthly_connection_mins', { table: 'aws/api-gateway', key: ['websocket', 'connection-minutes'], tiered: true }, 1e-6),
        ],
      };
    }
    const price = { table: 'aws/api-gateway', key: ['http', 'requests'], tiered: true };
    return { components: [usage('Requests', '1M requests', ctx, 'monthly_requests', price, sized('request_size_kb', 512) / 1e6)] };
  },
};
