import { describe, expect, it } from 'vitest';
import { catalogueImages, lookupImage, parseImageRef, pullErrorMessage } from './images';

describe('image catalogue', () => {
  it('normalises references like the runtime', () => {
    expect(parseImageRef('nginx').fullRef).toBe('docker.io/library/nginx:latest');
    expect(parseImageRef('registry.k8s.io/nginx-slim:0.24').fullRef).toBe('registry.k8s.io/nginx-slim:0.24');
    expect(parseImageRef('bitnami/redis:7').fullRef).toBe('docker.io/bitnami/redis:7');
  });
  it.each(['nginx', 'nginx:latest', 'nginx:1.14', 'nginx:1.19', 'nginx:1.25.3', 'nginx:1.29', 'nginx:alpine', 'nginx:1.27-alpine',
    'docker.io/library/nginx:1.25', 'registry.k8s.io/nginx-slim:0.21', 'registry.k8s.io/nginx-slim:0.24',
    'busybox', 'busybox:1.28', 'busybox:1.28.4', 'busybox:1.36', 'redis:7', 'mysql:8.0', 'postgres:16', 'postgres:16-alpine', 'mongo:7.0'])('%s pulls', (img) => {
    expect(lookupImage(img)).toBeDefined();
  });
  it.each(['nginx:1.161', 'nginx:1.13', 'ngnix', 'busybox:1.29', 'registry.k8s.io/nginx-slim:0.8', 'nginx@sha256:abc', 'myapp:v1'])('%s fails', (img) => {
    expect(lookupImage(img)).toBeUndefined();
  });
  it('SIGTERM behaviour: nginx exits, busybox sleep must be killed', () => {
    expect(lookupImage('nginx:1.25')?.exitsOnSigterm).toBe(true);
    expect(lookupImage('busybox:1.28')?.exitsOnSigterm).toBe(false);
  });
  it('pull errors read like containerd', () => {
    expect(pullErrorMessage('nginx:1.161')).toBe('rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.161": failed to resolve reference "docker.io/library/nginx:1.161": docker.io/library/nginx:1.161: not found');
    expect(pullErrorMessage('ngnix')).toContain('pull access denied');
  });
  it('lists every tag', () => {
    expect(catalogueImages()).toContain('nginx:1.25');
    expect(catalogueImages()).toContain('registry.k8s.io/nginx-slim:0.24');
  });
});
