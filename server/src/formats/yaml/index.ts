export { parseYaml, type YamlDocument, type YamlFile } from './parse';
export { LineIndex } from './line-index';
export * from './nodes';
