import * as path from 'path';
import { REPO } from '../golden-runner';
import { formatGoldenSuite } from './format-golden';

describe('golden: kubernetes', () => formatGoldenSuite(path.join(REPO, 'test/golden/kubernetes'), 'kubernetes'));
