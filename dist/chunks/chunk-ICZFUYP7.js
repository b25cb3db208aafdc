import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/secrets.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 4;
function secretForms(secret) {
  if (secret.length < MIN_SECRET_LENGTH) return [];
  const json = JSON.stringify(secret).slice(1, -1);
  return json === secret ? [secret] : [secret, json];
}
function maskedForms(secrets, forms = secretForms) {
  return [...new Set(secrets.flatMap((s) => forms(s)))].filter((f) => f.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}
function maskText(text, forms) {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(MASK);
  return out;
}

export {
  MIN_SECRET_LENGTH,
  secretForms,
  maskedForms,
  maskText
};
