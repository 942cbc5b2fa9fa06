import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeTerraformModule, type ParseCacheEntry } from '../server/src/formats/terraform';
import { parseHcl } from '../server/src/formats/terraform/parser';
import { diskFs, overlayFs } from '../server/src/workspace/disk-fs';
import { median } from './_stats';

/**
 * Cold full evaluation of a generated 2,000-instance module (variables, tfvars, locals, count, a local
 * module called 20 times), target < 500 ms. Baseline in the same run: reading and parsing the same files
 * without evaluating. Also the keystroke path: one file edited, the others served from the parse cache.
 */
const ROOT_BLOCKS = 400; // × count 3 = 1,200 instances
const MODULE_BLOCKS = 10; // × count 4 × 20 calls = 800 instances
const MODULE_CALLS = 20;
const TYPES = ['m5.large', 'm5.xlarge', 't3.micro', 'c5.large', 'm6i.large'];
const DEFAULTS = { aws: 'us-east-1', google: 'us-central1', azure: 'eastus' } as const;

function generate(dir: string): void {
  fs.mkdirSync(path.join(dir, 'modules', 'app'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'variables.tf'),
    'variable "region" {\n  default = "us-east-1"\n}\nvariable "env" {\n  type = string\n}\nvariable "per_block" {\n  type = number\n  default = 1\n}\n' +
      'variable "types" {\n  type = map(string)\n  default = { dev = "t3.micro", prod = "m5.large" }\n}\n',
  );
  fs.writeFileSync(path.join(dir, 'terraform.tfvars'), 'env = "prod"\nper_block = 3\n');
  fs.writeFileSync(
    path.join(dir, 'locals.tf'),
    'locals {\n  prefix = "${var.env}-svc"\n  size   = 20 * 2\n  tags   = merge({ Env = var.env }, { Owner = "platform" })\n  azs    = [for i in range(3) : "${var.region}${substr("abc", i, 1)}"]\n}\n',
  );
  const main = ['provider "aws" {\n  region = var.region\n}\n'];
  for (let i = 0; i < ROOT_BLOCKS; i++) {
    main.push(
      `resource "aws_instance" "svc_${i}" {\n  count             = var.per_block\n  ami               = "ami-0c02fb55956c7d316"\n` +
        `  instance_type     = ${i % 2 ? `lookup(var.types, var.env, "t3.small")` : `"${TYPES[i % TYPES.length]}"`}\n` +
        `  availability_zone = element(local.azs, count.index)\n  root_block_device {\n    volume_size = local.size + count.index\n    volume_type = "gp3"\n  }\n` +
        `  tags = merge(local.tags, { Name = format("%s-${i}-%02d", local.prefix, count.index) })\n}\n`,
    );
  }
  for (let m = 0; m < MODULE_CALLS; m++) {
    main.push(
      `module "app_${m}" {\n  source = "./modules/app"\n  name   = "app-${m}"\n  n      = 4\n  type   = "${TYPES[m % TYPES.length]}"\n}\n`,
    );
  }
  fs.writeFileSync(path.join(dir, 'main.tf'), main.join('\n'));
  fs.writeFileSync(
    path.join(dir, 'modules', 'app', 'variables.tf'),
    'variable "name" {}\nvariable "n" { type = number }\nvariable "type" {}\n',
  );
  const mod: string[] = [];
  for (let i = 0; i < MODULE_BLOCKS; i++) {
    mod.push(
      `resource "aws_instance" "w_${i}" {\n  count         = var.n\n  instance_type = var.type\n  tags          = { Name = "\${var.name}-${i}-\${count.index}" }\n` +
        `  ebs_block_device {\n    device_name = "/dev/sdf"\n    volume_size = 100\n  }\n}\n`,
    );
  }
  fs.writeFileSync(path.join(dir, 'modules', 'app', 'main.tf'), mod.join('\n'));
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU milliseconds of this process since `start`: steadier than wall time on a shared, loaded machine. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

function readAndParseAll(dir: string): number {
  let n = 0;
  for (const d of [dir, path.join(dir, 'modules', 'app')]) {
    for (const f of fs.readdirSync(d).filter((x) => x.endsWith('.tf')))
      n += parseHcl(fs.readFileSync(path.join(d, f), 'utf8'), f).body.blocks.length;
  }
  return n;
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'costlens-tfeval-'));
  generate(dir);

  // Cold: the first call in this process, JIT and all, exactly what the first lens after startup costs.
  let t = process.hrtime.bigint();
  const c = process.cpuUsage();
  const cold = analyzeTerraformModule(dir, diskFs, { defaultRegions: DEFAULTS });
  const coldMs = ms(t);
  const coldCpu = cpuMs(c);
  if (cold.resources.length !== ROOT_BLOCKS * 3 + MODULE_BLOCKS * 4 * MODULE_CALLS) {
    throw new Error(
      `expected 2000 resources, got ${cold.resources.length}: ${cold.problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('; ')}`,
    );
  }

  const parseOnly: number[] = [];
  const full: number[] = [];
  const parseCpu: number[] = [];
  const fullCpu: number[] = [];
  for (let i = 0; i < 10; i++) {
    t = process.hrtime.bigint();
    let u = process.cpuUsage();
    readAndParseAll(dir);
    parseOnly.push(ms(t));
    parseCpu.push(cpuMs(u));
    t = process.hrtime.bigint();
    u = process.cpuUsage();
    analyzeTerraformModule(dir, diskFs, { defaultRegions: DEFAULTS });
    full.push(ms(t));
    fullCpu.push(cpuMs(u));
  }

  // Keystroke: locals.tf edited in the editor, everything else from the parse cache.
  const cache = new Map<string, ParseCacheEntry>();
  analyzeTerraformModule(dir, diskFs, { defaultRegions: DEFAULTS, parseCache: cache });
  const localsTf = path.join(dir, 'locals.tf');
  const original = fs.readFileSync(localsTf, 'utf8');
  const keystroke: number[] = [];
  const keystrokeCpu: number[] = [];
  for (let i = 0; i < 10; i++) {
    const edited = original.replace('20 * 2', `20 * ${2 + i}`);
    const overlay = overlayFs(new Map([[localsTf, edited]]));
    t = process.hrtime.bigint();
    const u = process.cpuUsage();
    analyzeTerraformModule(dir, overlay, { defaultRegions: DEFAULTS, parseCache: cache });
    keystroke.push(ms(t));
    keystrokeCpu.push(cpuMs(u));
  }

  const row = (label: string, wall: number, cpu?: number) =>
    console.log(
      `${label.padEnd(62)} ${wall.toFixed(1).padStart(8)} ms wall${cpu === undefined ? '' : ` ${cpu.toFixed(1).padStart(8)} ms cpu`}`,
    );
  console.log(
    `generated module: ${ROOT_BLOCKS + MODULE_BLOCKS} resource blocks, ${cold.resources.length} instances, ${MODULE_CALLS} module calls`,
  );
  console.log(
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${os.cpus().length} CPUs (wall times inflate with load)`,
  );
  row('cold full evaluation (first call in the process; target < 500)', coldMs, coldCpu);
  row('baseline: read + parse all files, median of 10 (warm)', median(parseOnly), median(parseCpu));
  row('full evaluation incl. read + parse, median of 10 (warm)', median(full), median(fullCpu));
  row('keystroke: locals.tf edited, others from parse cache, median', median(keystroke), median(keystrokeCpu));
  if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
}

main();
