// The YAML reader's offsets-to-positions index is the shared one in model/.
export { LineIndex } from '../../model/line-index';
