import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIpAddress, nonPublicAddressKind } from './network-address.ts';

/** A URL's host as a browser or the server parses it. */
const host = (url: string) => new URL(url).hostname;

test('loopback, private, link-local, shared, multicast and unspecified IPv4 addresses are not public', () => {
  const cases: [string, string][] = [
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'reserved'],
  ];
  for (const [address, kind] of cases) assert.equal(nonPublicAddressKind(address), kind, address);
});

test('public IPv4 addresses and the edges of the ranges are public', () => {
  for (const address of ['8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '169.253.0.1', '11.0.0.1', '223.255.255.255']) {
    assert.equal(nonPublicAddressKind(address), null, address);
  }
});

test('the odd spellings of 127.0.0.1 in a URL come out as 127.0.0.1', () => {
  for (const url of ['http://0x7f.1/', 'http://2130706433/', 'http://017700000001/', 'http://127.1/', 'http://0177.0.0.1/']) {
    assert.equal(nonPublicAddressKind(host(url)), 'loopback', url);
  }
});

test('IPv6: loopback, unspecified, link-local, unique local, multicast, IPv4-mapped and embedded IPv4', () => {
  const cases: [string, string][] = [
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'ipv4-mapped'],
    ['::ffff:8.8.8.8', 'ipv4-mapped'],
    ['::ffff:7f00:1', 'ipv4-mapped'],
    ['::127.0.0.1', 'ipv4-mapped'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:7f00:1::', 'loopback'],
  ];
  for (const [address, kind] of cases) assert.equal(nonPublicAddressKind(address), kind, address);
  assert.equal(nonPublicAddressKind(host('http://[::ffff:127.0.0.1]/')), 'ipv4-mapped');
  assert.equal(nonPublicAddressKind(host('http://[0:0::1]/')), 'loopback');
});

test('public IPv6 addresses and names are not judged here', () => {
  for (const address of ['2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '64:ff9b::808:808']) assert.equal(nonPublicAddressKind(address), null, address);
  for (const name of ['erp.example.com', 'localhost', '1.2.3', '1.2.3.4.5', '256.1.1.1', ':::1', '1::2::3']) {
    assert.equal(nonPublicAddressKind(name), null, name);
    assert.equal(isIpAddress(name), false, name);
  }
  assert.equal(isIpAddress('[2606:4700:4700::1111]'), true);
  assert.equal(isIpAddress('10.0.0.1'), true);
});
