import * as assert from 'assert';
import { analyzeKubernetes, kubernetesFormat } from '../../../../server/src/formats/kubernetes';
import { cronFiringsPerMonth } from '../../../../server/src/formats/kubernetes/cron';
import { K8S_META } from '../../../../server/src/formats/kubernetes/meta';
import { durationHours } from '../../../../server/src/formats/kubernetes/objects';
import { cpuCores, gibibytes } from '../../../../server/src/formats/kubernetes/quantity';
import { detectFileFormat } from '../../../../server/src/formats/registry';
import { isUnknown } from '../../../../server/src/model/value';
import { positionOf } from '../yaml/position';

const noFs = { readFile: () => undefined, listDir: () => [], isDirectory: () => false };
const REGIONS = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' } as const;
const ctx = { fs: noFs, defaultRegions: REGIONS };

function deployment(resources: string, extra = ''): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${extra}      containers:\n        - name: app\n${resources}`;
}

describe('kubernetes: quantities, schedules, durations', () => {
  it('reads CPU and memory quantities', () => {
    assert.strictEqual(cpuCores('250m'), 0.25);
    assert.strictEqual(cpuCores(2), 2);
    assert.strictEqual(cpuCores('1.5'), 1.5);
    assert.strictEqual(gibibytes('512Mi'), 0.5);
    assert.strictEqual(gibibytes('2Gi'), 2);
    assert.strictEqual(gibibytes('1G'), 1e9 / 2 ** 30);
    assert.strictEqual(gibibytes('1e9'), 1e9 / 2 ** 30);
    assert.strictEqual(cpuCores('lots'), undefined);
    assert.strictEqual(gibibytes('-1Gi'), undefined);
  });

  it('counts cron firings over the 730-hour month', () => {
    assert.strictEqual(cronFiringsPerMonth('0 * * * *'), 730);
    assert.strictEqual(cronFiringsPerMonth('*/5 * * * *'), 8760);
    assert.strictEqual(cronFiringsPerMonth('@daily'), 365 / 12);
    assert.strictEqual(cronFiringsPerMonth('0 0 1 * *'), 1);
    // Weekdays 9–17 every 15 minutes: 2025 has 261 weekdays; 261 × 9 × 4 / 12.
    assert.strictEqual(cronFiringsPerMonth('*/15 9-17 * * MON-FRI'), (261 * 9 * 4) / 12);
    // Both day fields restricted: a day matches either (the 1st, or any Sunday: 12 + 52 − 1 overlap in 2025).
    assert.strictEqual(cronFiringsPerMonth('0 0 1 * 0'), (12 + 52 - 1) / 12);
    assert.strictEqual(cronFiringsPerMonth('CRON_TZ=UTC 0 * * * *'), 730);
    assert.strictEqual(cronFiringsPerMonth('61 * * * *'), undefined);
    assert.strictEqual(cronFiringsPerMonth('not a schedule'), undefined);
  });

  it('reads run-time durations', () => {
    assert.strictEqual(durationHours('30m'), 0.5);
    assert.strictEqual(durationHours('1h30m'), 1.5);
    assert.strictEqual(durationHours('90s'), 0.025);
    assert.strictEqual(durationHours('soon'), undefined);
  });
});

describe('kubernetes: format', () => {
  it('is detected by apiVersion and kind, after serverless and CloudFormation', () => {
    assert.strictEqual(detectFileFormat('/w/a.yaml', deployment(''))?.id, 'kubernetes');
    assert.strictEqual(kubernetesFormat.detect('/w/a.yaml', 'foo: bar\n'), false);
    assert.strictEqual(detectFileFormat('/w/a.tf', deployment('')), undefined);
  });

  it('sums containers, takes the larger init container, falls back to limits', () => {
    const text = deployment(
      '          resources: { requests: { cpu: 200m, memory: 256Mi } }\n        - name: side\n          resources: { limits: { cpu: 300m, memory: 256Mi } }\n',
      '      initContainers:\n        - name: init\n          resources: { requests: { cpu: "1", memory: 128Mi } }\n',
    );
    const r = analyzeKubernetes('/w/a.yaml', text, ctx).resources[0];
    assert.strictEqual(r.meta?.[K8S_META.podCpu], 1);
    assert.strictEqual(r.meta?.[K8S_META.podMemoryGiB], 0.5);
    assert.strictEqual(r.meta?.[K8S_META.replicas], 1);
  });

  it('warns "no resource requests" on the container and uses the configured default', () => {
    const text = deployment('          image: nginx\n');
    const res = analyzeKubernetes('/w/a.yaml', text, ctx);
    const p = res.problems.find((x) => x.message.startsWith('no resource requests'));
    assert.ok(p, 'a warning is reported');
    assert.strictEqual(p.severity, 'warning');
    assert.deepStrictEqual(p.range.start, positionOf(text, 'app\n'));
    assert.strictEqual(res.resources[0].meta?.[K8S_META.podCpu], 0.1);
    assert.strictEqual(res.resources[0].meta?.[K8S_META.podMemoryGiB], 0.125);
  });

  it('records the default cluster as an assumption and anchors the lens on metadata.name', () => {
    const text = deployment('          resources: { requests: { cpu: 1, memory: 1Gi } }\n');
    const r = analyzeKubernetes('/w/a.yaml', text, ctx).resources[0];
    assert.strictEqual(r.meta?.[K8S_META.assumption], 'assumed: AWS us-east-1, m6i.xlarge nodes');
    assert.strictEqual(r.region, 'us-east-1');
    assert.strictEqual(r.address, 'Deployment/default/web');
    assert.deepStrictEqual(r.headerRange.start, positionOf(text, 'name: web'));
  });

  it('keeps reading after a broken document', () => {
    const text = `${deployment('          resources: { requests: { cpu: 1, memory: 1Gi } }\n')}---\nkind: [broken\n---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: { name: data }\nspec: { resources: { requests: { storage: 5Gi } } }\n`;
    const res = analyzeKubernetes('/w/a.yaml', text, ctx);
    assert.deepStrictEqual(res.resources.map((r) => r.type), ['Deployment', 'PersistentVolumeClaim']);
    const from = positionOf(text, 'kind: [broken').line;
    const to = positionOf(text, 'kind: PersistentVolumeClaim').line;
    assert.ok(res.problems.some((p) => p.severity === 'error' && p.range.start.line >= from && p.range.start.line < to), 'the error is inside the broken document');
  });

  it('skips Helm templates with an information problem', () => {
    const res = analyzeKubernetes('/w/t.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n', ctx);
    assert.strictEqual(res.resources.length, 0);
    assert.strictEqual(res.problems[0].severity, 'info');
    assert.strictEqual(res.problems[0].range.start.line, 3);
  });

  it('uses .costlens.yml clusters matched by path globs', () => {
    const files: Record<string, string> = {
      '/w/.costlens.yml': "clusters:\n  - name: eu\n    paths: ['k8s/eu/**']\n    region: eu-west-1\n    nodePools: [{ name: a, instanceType: m5.large, count: 5 }]\n",
    };
    const fs = { ...noFs, readFile: (p: string) => files[p] };
    const ds = 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: { name: d }\nspec: { template: { spec: { containers: [{ name: x }] } } }\n';
    const eu = analyzeKubernetes('/w/k8s/eu/app/ds.yaml', ds, { fs, workspaceRoot: '/w', defaultRegions: REGIONS }).resources[0];
    assert.strictEqual(eu.region, 'eu-west-1');
    assert.strictEqual(eu.meta?.[K8S_META.replicas], 5);
    assert.strictEqual(eu.meta?.[K8S_META.assumption], 'cluster eu: AWS eu-west-1, m5.large nodes');
    const other = analyzeKubernetes('/w/k8s/us/ds.yaml', ds, { fs, workspaceRoot: '/w', defaultRegions: REGIONS }).resources[0];
    assert.strictEqual(other.region, 'us-east-1');
    assert.strictEqual(other.meta?.[K8S_META.nodeType], 'm6i.xlarge');
  });

  it('makes a non-numeric replica count Unknown rather than guessing', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: w }\nspec:\n  replicas: lots\n  template: { spec: { containers: [{ name: a, resources: { requests: { cpu: 1, memory: 1Gi } } }] } }\n';
    const r = analyzeKubernetes('/w/a.yaml', text, ctx).resources[0];
    assert.ok(isUnknown(r.meta?.[K8S_META.replicas]));
  });

  it('reads kind: List items and JSON manifests', () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', resources: { requests: { cpu: '2', memory: '1Gi' } } }] } }] });
    const res = analyzeKubernetes('/w/list.json', json, ctx);
    assert.deepStrictEqual(res.resources.map((r) => r.address), ['Pod/default/p']);
    assert.strictEqual(res.resources[0].meta?.[K8S_META.podCpu], 2);
  });
});

describe('kubernetes: Helm and templated data', () => {
  it('prices a ConfigMap that carries Prometheus templates, but skips chart templates', () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: rules }\ndata:\n  alert: "{{ $labels.instance }} is down"\n';
    assert.strictEqual(analyzeKubernetes('/w/monitoring/rules.yaml', cm, ctx).resources.length, 1);
    assert.strictEqual(analyzeKubernetes('/w/chart/templates/rules.yaml', cm, ctx).resources.length, 0);
    const helm = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n{{- if .Values.lb }}\nspec: { type: LoadBalancer }\n{{- end }}\n';
    const res = analyzeKubernetes('/w/svc.yaml', helm, ctx);
    assert.strictEqual(res.resources.length, 0);
    assert.strictEqual(res.problems[0].range.start.line, 4);
  });

  it('caps a CronJob that forbids overlapping runs at one pod for the whole month', () => {
    const cj = (policy: string) =>
      `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\n  annotations: { costlens/run-time: 1h }\nspec:\n  schedule: "*/5 * * * *"\n  concurrencyPolicy: ${policy}\n  jobTemplate: { spec: { template: { spec: { containers: [{ name: x }] } } } }\n`;
    // Every 5 minutes for an hour each: 8,760 × 1 h overlapping, but at most 730 h with Forbid.
    assert.strictEqual(analyzeKubernetes('/w/c.yaml', cj('Allow'), ctx).resources[0].meta?.[K8S_META.runHours], 8760);
    assert.strictEqual(analyzeKubernetes('/w/c.yaml', cj('Forbid'), ctx).resources[0].meta?.[K8S_META.runHours], 730);
  });
});

describe('kubernetes: files that are not cluster objects', () => {
  it('emits nothing for a kustomization.yaml or a kubeconfig', () => {
    const k = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deploy.yaml]\n';
    const c = 'apiVersion: v1\nkind: Config\nclusters: []\n';
    assert.strictEqual(analyzeKubernetes('/w/kustomization.yaml', k, ctx).resources.length, 0);
    assert.strictEqual(analyzeKubernetes('/w/kubeconfig.yaml', c, ctx).resources.length, 0);
  });
});
