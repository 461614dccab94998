// Loaded by ajv-cli with -c: what a user of ajv-cli 5 must add to check mee's
// YAML files. ajv-formats gives "format": "date"; and ajv-cli reads YAML with
// js-yaml 3's safeLoad, which turns 2026-03-24 into a Date object so every
// document fails "type": "string", so YAML is read with js-yaml's core schema
// (no timestamps) instead.
const yaml = require("js-yaml");
const addFormats = require("ajv-formats");

yaml.safeLoad = (text) => yaml.load(text, {schema: yaml.CORE_SCHEMA});

module.exports = (ajv) => addFormats(ajv);
