// Encryption of sensitive fields (ID numbers, health, family) with a key kept outside the
// database, plus a keyed HMAC for exact look-ups of encrypted values.
// Format of a ciphertext: "<alg>:<iv b64>:<tag b64>:<data b64>" so the algorithm can change.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, hkdfSync, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname } from 'node:path';

export type CipherKind = 'aes' | 'sm4';

export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(cipherText: string): string;
  /** Deterministic keyed hash for equality look-ups (never reversible). */
  lookupHash(plain: string): string;
}

/** Reads the master key, creating it (32 random bytes, mode 0600) on first start. */
export function loadOrCreateKey(file: string): Buffer {
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`Key file ${file} does not hold a 32-byte base64 key`);
    return key;
  }
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

export function createFieldCipher(master: Buffer, kind: CipherKind = 'aes'): FieldCipher {
  const encKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'cadre field encryption', 32));
  const macKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'cadre lookup hmac', 32));
  // OpenSSL has no SM4-GCM here, so SM4 is CTR mode authenticated with HMAC-SM3 (encrypt-then-MAC).
  const sm4Key = encKey.subarray(0, 16);
  const sm3Tag = (iv: Buffer, data: Buffer): Buffer =>
    createHmac('sm3', macKey).update(iv).update(data).digest().subarray(0, 16);
  return {
    encrypt(plain) {
      if (kind === 'sm4') {
        const iv = randomBytes(16);
        const c = createCipheriv('sm4-ctr', sm4Key, iv);
        const data = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
        return `sm4:${iv.toString('base64')}:${sm3Tag(iv, data).toString('base64')}:${data.toString('base64')}`;
      }
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', encKey, iv);
      const data = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return `aes:${iv.toString('base64')}:${c.getAuthTag().toString('base64')}:${data.toString('base64')}`;
    },
    decrypt(text) {
      const [k, ivText, tagText, dataText] = text.split(':');
      if (ivText === undefined || tagText === undefined || dataText === undefined) throw new Error('Unrecognised ciphertext');
      const iv = Buffer.from(ivText, 'base64');
      const tag = Buffer.from(tagText, 'base64');
      const data = Buffer.from(dataText, 'base64');
      if (k === 'sm4') {
        if (!timingSafeEqual(sm3Tag(iv, data), tag)) throw new Error('Ciphertext failed its integrity check');
        const d = createDecipheriv('sm4-ctr', sm4Key, iv);
        return Buffer.concat([d.update(data), d.final()]).toString('utf8');
      }
      if (k !== 'aes') throw new Error('Unrecognised ciphertext');
      const d = createDecipheriv('aes-256-gcm', encKey, iv);
      d.setAuthTag(tag);
      return Buffer.concat([d.update(data), d.final()]).toString('utf8');
    },
    lookupHash(plain) {
      return createHmac('sha256', macKey).update(plain).digest('base64url');
    },
  };
}
