import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createFieldCipher } from './field-cipher.js';

describe.each(['aes', 'sm4'] as const)('field cipher (%s)', (kind) => {
  const cipher = createFieldCipher(randomBytes(32), kind);
  it('round-trips Chinese text and never repeats a ciphertext', () => {
    const a = cipher.encrypt('513301198001011234');
    expect(a.startsWith(`${kind}:`)).toBe(true);
    expect(a).not.toContain('513301198001011234');
    expect(cipher.encrypt('513301198001011234')).not.toBe(a);
    expect(cipher.decrypt(a)).toBe('513301198001011234');
    expect(cipher.decrypt(cipher.encrypt('有慢性病：高血压'))).toBe('有慢性病：高血压');
  });
  it('rejects a tampered ciphertext', () => {
    const parts = cipher.encrypt('健康').split(':');
    const data = Buffer.from(parts[3]!, 'base64');
    data[0] = data[0]! ^ 1;
    parts[3] = data.toString('base64');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
  });
  it('gives equal look-up hashes for equal values only', () => {
    expect(cipher.lookupHash('x')).toBe(cipher.lookupHash('x'));
    expect(cipher.lookupHash('x')).not.toBe(cipher.lookupHash('y'));
  });
});
