import * as path from 'path';
import { REPO } from '../golden-runner';
import { formatGoldenSuite } from '../kubernetes/format-golden';

describe('golden: serverless', () => formatGoldenSuite(path.join(REPO, 'test/golden/serverless'), 'serverless'));
