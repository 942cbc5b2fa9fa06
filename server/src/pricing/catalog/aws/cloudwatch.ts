import type { Family } from '../../family';
import { isCfn, num, usage } from './common';

const q = (metric: string) => ({ table: 'aws/cloudwatch', key: [metric] });

/**
 * aws_cloudwatch_log_group / AWS::Logs::LogGroup: ingestion, storage and Insights scans, all usage
 * (monthly_data_ingested_gb, storage_gb, monthly_data_scanned_gb). Standard log class prices.
 */
export const logGroup: Family = {
  cloud: 'aws',
  terraform: ['aws_cloudwatch_log_group'],
  cloudformation: ['AWS::Logs::LogGroup'],
  price(_r, ctx) {
    return {
      components: [
        usage('Data ingested', 'GB', ctx, 'monthly_data_ingested_gb', q('logs-ingestion')),
        usage('Archival storage', 'GB-months', ctx, 'storage_gb', q('logs-storage')),
        usage('Insights queries data scanned', 'GB', ctx, 'monthly_data_scanned_gb', q('logs-insights')),
      ],
    };
  },
};

/**
 * aws_cloudwatch_metric_alarm / AWS::CloudWatch::Alarm: one alarm metric per metric the alarm reads
 * (metric queries that are expressions are free); a period under 60 s is high resolution; an anomaly
 * detection alarm bills three metrics (the metric and the two band bounds).
 */
export const metricAlarm: Family = {
  cloud: 'aws',
  terraform: ['aws_cloudwatch_metric_alarm'],
  cloudformation: ['AWS::CloudWatch::Alarm'],
  price(r) {
    const cfn = isCfn(r);
    const queries = r.list(cfn ? 'Metrics' : 'metric_query');
    const metrics = queries.length === 0 ? 1 : queries.filter((_, i) => r.has(`${cfn ? 'Metrics' : 'metric_query'}.${i}.${cfn ? 'MetricStat' : 'metric'}`)).length;
    const anomaly = r.has(cfn ? 'ThresholdMetricId' : 'threshold_metric_id');
    const period = num(r, 'period', 'Period', 60, 'standard resolution') ?? 60;
    const high = typeof period === 'number' && period < 60;
    const count = (anomaly ? 3 : 1) * metrics;
    const name = `${high ? 'High' : 'Standard'} resolution${anomaly ? ' anomaly detection' : ''}`;
    return { components: [{ name, unit: 'alarm metrics', quantity: count, price: q(high ? 'alarm-high-resolution' : 'alarm-standard') }] };
  },
};
