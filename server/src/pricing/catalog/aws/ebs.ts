import type { Unknown } from '../../../model/value';
import { isUnknown } from '../../../model/value';
import type { ComponentSpec } from '../../family';

/**
 * EBS volume components, shared by aws_instance block devices and aws_ebs_volume. Table 'aws/ebs' is
 * keyed [region, volumeType, metric] with metric storage (GB-month), iops (IOPS-month) or throughput
 * (GiBps-month, as AWS publishes it; we bill per MiB/s, so the factor is 1/1024).
 * gp3 includes 3,000 IOPS and 125 MiB/s; io1/io2 bill every provisioned IOPS.
 */
export function ebsComponents(
  label: string,
  volumeType: string | Unknown,
  sizeGb: number | Unknown,
  iops: number | Unknown | undefined,
  throughput: number | Unknown | undefined,
): ComponentSpec[] {
  if (isUnknown(volumeType)) return [{ name: `${label} storage`, unit: 'GB-months', quantity: sizeGb, price: volumeType }];
  const out: ComponentSpec[] = [
    { name: `${label} storage (${volumeType})`, unit: 'GB-months', quantity: sizeGb, price: { table: 'aws/ebs', key: [volumeType, 'storage'] } },
  ];
  if (volumeType === 'io1' || volumeType === 'io2') {
    out.push({ name: `${label} provisioned IOPS (${volumeType})`, unit: 'IOPS-months', quantity: iops ?? 0, price: { table: 'aws/ebs', key: [volumeType, 'iops'] } });
  }
  if (volumeType === 'gp3') {
    if (iops !== undefined && (isUnknown(iops) || iops > 3000)) {
      const extra = isUnknown(iops) ? iops : iops - 3000;
      out.push({ name: `${label} provisioned IOPS above 3,000 (gp3)`, unit: 'IOPS-months', quantity: extra, price: { table: 'aws/ebs', key: ['gp3', 'iops'] } });
    }
    if (throughput !== undefined && (isUnknown(throughput) || throughput > 125)) {
      const extra = isUnknown(throughput) ? throughput : throughput - 125;
      out.push({ name: `${label} throughput above 125 MiB/s (gp3)`, unit: 'MiBps-months', quantity: extra, price: { table: 'aws/ebs', key: ['gp3', 'throughput'], factor: 1 / 1024 } });
    }
  }
  return out;
}
