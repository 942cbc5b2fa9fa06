import * as path from 'path';
import { REPO } from '../golden-runner';
import { formatGoldenSuite } from '../kubernetes/format-golden';

describe('golden: cloudformation', () => formatGoldenSuite(path.join(REPO, 'test/golden/cloudformation'), 'cloudformation'));
