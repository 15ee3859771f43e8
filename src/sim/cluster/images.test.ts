import { describe, expect, it } from 'vitest';
import { catalogueSources, catalogueTags, isKnownRepository, lookupImage, parseImageRef, pullErrorMessage } from './images';

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
  // Official repositories with tags from their whole history, not a hand-kept list.
  it.each(['nginx:1.7.9', 'nginx:1.13', 'nginx:1.14.2', 'busybox:1.29', 'mysql:5.6', 'mysql:5.7', 'mysql:5.7.44', 'perl:5.34.0',
    'ubuntu:22.04', 'python:3.12-slim', 'wordpress:6.2.1-apache', 'rabbitmq', 'rabbitmq:3-management', 'httpd:2.4', 'node:0.10.40',
    'openjdk:8-jre', 'golang:1.22-alpine', 'php:8.2-apache', 'cassandra:4.1', 'zookeeper:3.8', 'elasticsearch:7.17.9'])('official %s pulls', (img) => {
    expect(lookupImage(img)).toBeDefined();
  });
  // The Kubernetes tutorials' and kubernetes/examples' own images.
  it.each(['registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10', 'gcr.io/google-samples/cassandra:v13', 'gcr.io/google-samples/xtrabackup:1.0',
    'registry.k8s.io/nginx-slim:0.8', 'registry.k8s.io/e2e-test-images/agnhost:2.39', 'gcr.io/google-samples/cassandra:v14',
    'quay.io/pires/docker-elasticsearch-kubernetes:5.6.2', 'registry.k8s.io/echoserver:1.10', 'vitess/lite:v2.0.0-alpha5'])('tutorial image %s pulls', (img) => {
    expect(lookupImage(img)).toBeDefined();
  });
  it.each(['nginx:1.161', 'ngnix', 'busybox:1.299', 'registry.k8s.io/nginx-slim:0.99', 'nginx@sha256:abc', 'myapp:v1', 'foo',
    'mysql:5.8', 'nginx:windowsservercore', 'jocatalin/kubernetes-bootcamp:v10', 'gcr.io/google-samples/cassandra:v99'])('%s fails', (img) => {
    expect(lookupImage(img)).toBeUndefined();
  });
  it('a known repository with a wrong tag is a tag error; an unknown name is access denied', () => {
    expect(isKnownRepository('rabbitmq:99')).toBe(true);
    expect(isKnownRepository('ngnix')).toBe(false);
  });
  it('SIGTERM behaviour: nginx exits, busybox sleep must be killed', () => {
    expect(lookupImage('nginx:1.25')?.exitsOnSigterm).toBe(true);
    expect(lookupImage('busybox:1.28')?.exitsOnSigterm).toBe(false);
  });
  it('pull errors read like containerd', () => {
    expect(pullErrorMessage('nginx:1.161')).toBe('rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.161": failed to resolve reference "docker.io/library/nginx:1.161": docker.io/library/nginx:1.161: not found');
    expect(pullErrorMessage('ngnix')).toContain('pull access denied');
  });
  it('lists the tags of a repository and names its sources', () => {
    expect(catalogueTags('nginx')).toContain('1.25');
    expect(catalogueTags('registry.k8s.io/nginx-slim')).toEqual(expect.arrayContaining(['0.21', '0.24']));
    expect(JSON.stringify(catalogueSources)).toContain('docker-library/official-images');
  });
});
