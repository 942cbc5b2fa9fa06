import * as assert from 'assert';
import { globMatch } from '../../../server/src/policy/glob';

describe('policy globs', () => {
  it('matches instance types and sizes as names', () => {
    assert.ok(globMatch('p4d.*', 'p4d.24xlarge'));
    assert.ok(globMatch('*.metal', 'm5.metal'));
    assert.ok(!globMatch('*.metal', 'm5.metal-48xl'));
    assert.ok(!globMatch('p4d.*', 'p4de.24xlarge'), 'the dot is literal');
    assert.ok(globMatch('Standard_ND*', 'Standard_ND96asr_v4'));
    assert.ok(globMatch('{p4d,p5}.*', 'p5.48xlarge'));
    assert.ok(globMatch('g?.xlarge', 'g5.xlarge'));
  });

  it('lets * cross / in names (Kubernetes addresses) but not in paths', () => {
    assert.ok(globMatch('Deployment/*', 'Deployment/default/web'));
    assert.ok(!globMatch('envs/*', 'envs/prod/eu', true));
    assert.ok(globMatch('envs/*', 'envs/prod', true));
    assert.ok(globMatch('envs/**', 'envs/prod/eu', true));
    assert.ok(globMatch('envs/**/main.tf', 'envs/main.tf', true));
    assert.ok(globMatch('module.app.*', 'module.app.aws_instance.web["a"]'));
  });
});
