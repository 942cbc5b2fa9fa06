import * as path from 'path';
import { REPO } from '../golden-runner';
import { evaluatedGoldenSuite } from '../google/evaluated-runner';

// The folders live beside this file in the source tree; the compiled test runs from out/.
describe('golden: Azure families', () => {
  evaluatedGoldenSuite(path.join(REPO, 'test/golden/azure'));
});
