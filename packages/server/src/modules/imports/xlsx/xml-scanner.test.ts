import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createXmlScanner, decodeEntities } from './xml-scanner.ts';

/** Scans `xml` cut into pieces of `size` characters; returns what the handlers saw. */
function scan(xml: string, size = xml.length) {
  const seen: string[] = [];
  let text = '';
  const flush = () => {
    if (text) seen.push(`"${text}"`);
    text = '';
  };
  const scanner = createXmlScanner({
    open(name, attribute, selfClosing) {
      flush();
      seen.push(`<${name}${['r', 't', 'name'].map((key) => (attribute(key) === undefined ? '' : ` ${key}=${attribute(key)}`)).join('')}${selfClosing ? '/' : ''}>`);
    },
    close(name) {
      flush();
      seen.push(`</${name}>`);
    },
    text(piece) {
      text += piece;
    },
  });
  for (let at = 0; at < xml.length; at += size) scanner.write(xml.slice(at, at + size));
  scanner.end();
  flush();
  return seen;
}

describe('the sheet scanner', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- written by hand --><x:row r="2" spans="1:3"><x:c r="A2" t="s"><x:v>0</x:v></x:c><c r='B2' t="inlineStr"><is><t>a &lt;b&gt; &amp; &#x4E2D;&#25991;</t></is></c><c r="C2" s="1"/><c r="D2" t="str" name="x>y"><v><![CDATA[<raw> & text]]></v></c></x:row>`;
  const expected = [
    '"\n"',
    '<x:row r=2>',
    '<x:c r=A2 t=s>',
    '<x:v>',
    '"0"',
    '</x:v>',
    '</x:c>',
    '<c r=B2 t=inlineStr>',
    '<is>',
    '<t>',
    '"a <b> & 中文"',
    '</t>',
    '</is>',
    '</c>',
    '<c r=C2/>',
    '</c>',
    '<c r=D2 t=str name=x>y>',
    '<v>',
    '"<raw> & text"',
    '</v>',
    '</c>',
    '</x:row>',
  ];

  test('tags, attributes in either quotes, entities, CDATA; comments and declarations skipped', () => {
    assert.deepEqual(scan(xml), expected);
  });

  test('the same whatever the pieces it arrives in', () => {
    for (const size of [1, 2, 3, 7, 13, 64]) assert.deepEqual(scan(xml, size), expected, `pieces of ${size}`);
  });

  test('only XML’s own entities and character references are decoded', () => {
    assert.equal(decodeEntities('&lt;&gt;&amp;&quot;&apos; &#65;&#x42; &lol; &#xFFFFFFF; & plain'), `<>&"' AB &lol; &#xFFFFFFF; & plain`);
  });

  test('a tag that never ends is refused rather than held', () => {
    const scanner = createXmlScanner({ open() {}, close() {}, text() {} });
    scanner.write('<c r="');
    assert.throws(() => {
      for (let i = 0; i < 5; i++) scanner.write('x'.repeat(1 << 20));
    }, /runs on/);
  });
});
