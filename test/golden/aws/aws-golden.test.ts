import * as path from 'path';
import { goldenSuite, REPO } from '../golden-runner';

// The folders live beside this file in the source tree; the compiled test runs from out/.
describe('golden: AWS families', () => {
  goldenSuite(path.join(REPO, 'test/golden/aws'));
});
