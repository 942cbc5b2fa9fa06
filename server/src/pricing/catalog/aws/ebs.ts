import type { Unknown } from '../../../model/value';
import { isUnknown, Unknown as UnknownValue } from '../../../model/value';
import type { ComponentSpec, Family } from '../../family';
import type { ResourceReader } from '../../resource-reader';
import { isCfn, num, str } from './common';

/**
 * EBS volume components, shared by instances, launch templates, node groups and aws_ebs_volume. Table
 * 'aws/ebs' is keyed [region, volumeType, metric] with metric storage (GB-month), iops (IOPS-month) or
 * throughput (GiBps-month, as AWS publishes it; we bill per MiB/s, so the factor is 1/1024).
 * gp3 includes 3,000 IOPS and 125 MiB/s; io1/io2 bill every provisioned IOPS.
 */
export function ebsComponents(
  label: string,
  volumeType: string | Unknown,
  sizeGb: number | Unknown,
  iops: number | Unknown | undefined,
  throughput: number | Unknown | undefined,
  count = 1,
): ComponentSpec[] {
  const times = (q: number | Unknown): number | Unknown => (isUnknown(q) ? q : q * count);
  if (isUnknown(volumeType)) return [{ name: `${label} storage`, unit: 'GB-months', quantity: sizeGb, price: volumeType }];
  const out: ComponentSpec[] = [
    { name: `${label} storage (${volumeType})`, unit: 'GB-months', quantity: times(sizeGb), price: { table: 'aws/ebs', key: [volumeType, 'storage'] } },
  ];
  if (volumeType === 'io1' || volumeType === 'io2') {
    out.push({ name: `${label} provisioned IOPS (${volumeType})`, unit: 'IOPS-months', quantity: times(iops ?? 0), price: { table: 'aws/ebs', key: [volumeType, 'iops'] } });
  }
  if (volumeType === 'gp3') {
    if (iops !== undefined && (isUnknown(iops) || iops > 3000)) {
      const extra = isUnknown(iops) ? iops : iops - 3000;
      out.push({ name: `${label} provisioned IOPS above 3,000 (gp3)`, unit: 'IOPS-months', quantity: times(extra), price: { table: 'aws/ebs', key: ['gp3', 'iops'] } });
    }
    if (throughput !== undefined && (isUnknown(throughput) || throughput > 125)) {
      const extra = isUnknown(throughput) ? throughput : throughput - 125;
      const price = { table: 'aws/ebs', key: ['gp3', 'throughput'], factor: 1 / 1024 };
      out.push({ name: `${label} throughput above 125 MiB/s (gp3)`, unit: 'MiBps-months', quantity: times(extra), price });
    }
  }
  return out;
}

/** Root and attached volumes of an instance: Terraform blocks or CloudFormation BlockDeviceMappings. */
export function blockDeviceComponents(r: ResourceReader): ComponentSpec[] {
  if (isCfn(r)) {
    const mappings = r.list('BlockDeviceMappings');
    if (mappings.length === 0) return rootDefault(r, 'BlockDeviceMappings.0.Ebs');
    return mappings.flatMap((_, i) => {
      const p = `BlockDeviceMappings.${i}`;
      if (!r.has(`${p}.Ebs`)) return []; // instance-store and NoDevice mappings cost nothing extra
      return ebsComponents(
        `EBS volume ${r.str(`${p}.DeviceName`) ?? i}`,
        r.str(`${p}.Ebs.VolumeType`, 'gp2', 'EC2 default when the mapping does not say') ?? 'gp2',
        r.num(`${p}.Ebs.VolumeSize`) ?? new UnknownValue(`${p}.Ebs.VolumeSize is not set (the snapshot decides)`),
        r.num(`${p}.Ebs.Iops`),
        r.num(`${p}.Ebs.Throughput`),
      );
    });
  }
  const out = rootDefault(r, 'root_block_device.0');
  r.list('ebs_block_device').forEach((_, i) => {
    const p = `ebs_block_device.${i}`;
    out.push(
      ...ebsComponents(
        `EBS volume ${r.str(`${p}.device_name`) ?? i}`,
        r.str(`${p}.volume_type`, 'gp2', 'provider default') ?? 'gp2',
        r.num(`${p}.volume_size`) ?? new UnknownValue(`${p}.volume_size is not set (the snapshot decides)`),
        r.num(`${p}.iops`),
        r.num(`${p}.throughput`),
      ),
    );
  });
  return out;
}

/** The root volume; the AMI decides its size and type when the configuration does not (commonly 8 GB gp2). */
function rootDefault(r: ResourceReader, p: string): ComponentSpec[] {
  const cfn = isCfn(r);
  return ebsComponents(
    'Root volume',
    r.str(`${p}.${cfn ? 'VolumeType' : 'volume_type'}`, 'gp2', 'the AMI decides; gp2 when it does not say') ?? 'gp2',
    r.num(`${p}.${cfn ? 'VolumeSize' : 'volume_size'}`, 8, 'the size of the common Amazon Linux AMIs') ?? 8,
    r.num(`${p}.${cfn ? 'Iops' : 'iops'}`),
    r.num(`${p}.${cfn ? 'Throughput' : 'throughput'}`),
  );
}

/** aws_ebs_volume / AWS::EC2::Volume: storage, provisioned IOPS and throughput of one volume. */
export const ebsVolume: Family = {
  cloud: 'aws',
  terraform: ['aws_ebs_volume'],
  cloudformation: ['AWS::EC2::Volume'],
  price(r) {
    const size = num(r, 'size', 'Size') ?? new UnknownValue('size is not set (the snapshot decides)');
    const type = str(r, 'type', 'VolumeType', 'gp2', 'the EC2 API default volume type') ?? 'gp2';
    return { components: ebsComponents('Volume', type, size, num(r, 'iops', 'Iops'), num(r, 'throughput', 'Throughput')) };
  },
};
