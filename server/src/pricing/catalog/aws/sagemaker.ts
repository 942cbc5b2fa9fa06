import { isUnknown, Unknown } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import { accelerators, hourly, isCfn, num, str } from './common';

/**
 * aws_sagemaker_endpoint_configuration / AWS::SageMaker::EndpointConfig: real-time inference hosting,
 * instance type × initial instance count per production variant. Serverless variants bill per use; their
 * prices are not in the snapshot. GPU counts come from the EC2 type behind the ml.* type.
 */
export const sagemakerEndpointConfig: Family = {
  cloud: 'aws',
  terraform: ['aws_sagemaker_endpoint_configuration'],
  cloudformation: ['AWS::SageMaker::EndpointConfig'],
  price(r, ctx) {
    const variants = isCfn(r) ? 'ProductionVariants' : 'production_variant';
    const components: ComponentSpec[] = [];
    let gpus = 0;
    r.list(variants).forEach((_, i) => {
      const v = `${variants}.${i}`;
      if (r.has(`${v}.${isCfn(r) ? 'ServerlessConfig' : 'serverless_config'}`)) {
        components.push({ name: `Variant ${i} (serverless)`, unit: 'GB-seconds', quantity: undefined, price: new Unknown('SageMaker Serverless Inference prices are not in the price snapshot'), usageBased: true });
        return;
      }
      const type = str(r, `${v}.instance_type`, `${v}.InstanceType`) ?? new Unknown(`${v}.instance_type is not set`);
      const count = num(r, `${v}.initial_instance_count`, `${v}.InitialInstanceCount`, 1, 'one instance') ?? 1;
      const price = isUnknown(type) ? type : { table: 'aws/sagemaker-hosting', key: [type] };
      components.push({ ...hourly(`Variant ${i} hosting (${isUnknown(type) ? '?' : type})`, ctx, price, count), unit: 'instance-hours' });
      const marker = isUnknown(type) || isUnknown(count) ? undefined : accelerators(r, ctx, type, count);
      if (marker) gpus += marker.count;
    });
    return { components, gpu: gpus > 0 ? { count: gpus } : undefined };
  },
};
