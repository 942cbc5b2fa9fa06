import { K8S_META } from '../../../formats/kubernetes/meta';
import type { Family } from '../../family';
import { str } from './pod-cost';
import { loadBalancerPrice } from './tables';

/**
 * Service of type LoadBalancer and Ingress with a cloud class: the load balancer's hours. Capacity units and
 * data processed depend on traffic and are left to the usage file. Other Services and in-cluster ingress
 * controllers are free by themselves.
 */
export const loadBalancer: Family = {
  cloud: 'kubernetes',
  kubernetes: ['Service', 'Ingress'],
  price(r, ctx) {
    const kind = str(r.meta(K8S_META.loadBalancer)) ?? 'none';
    if (kind === 'none') return { components: [], free: 'not a LoadBalancer Service' };
    if (kind === 'in-cluster') return { components: [], free: str(r.meta(K8S_META.loadBalancerNote)) ?? 'in-cluster ingress controller' };
    r.assume({ label: 'load balancer', value: str(r.meta(K8S_META.loadBalancerNote)) ?? kind, source: 'derived' });
    return { components: [{ name: `Load balancer (${kind})`, unit: 'hours', quantity: ctx.hoursPerMonth, price: loadBalancerPrice(kind) }] };
  },
};
