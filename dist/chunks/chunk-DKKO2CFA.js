import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/profile/types.ts
var PROFILE_FORMAT = "modelwatch-profile/v1";

export {
  PROFILE_FORMAT
};
