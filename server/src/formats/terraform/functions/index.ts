import { collectionFunctions } from './collection';
import { encodingFunctions } from './encoding';
import { filesystemFunctions } from './filesystem';
import { ipNetworkFunctions } from './ip-network';
import { numericFunctions } from './numeric';
import type { FunctionTable } from './registry';
import { stringFunctions } from './string';
import { typeConversionFunctions } from './type-conversion';

/** Every built-in function the evaluator knows, by name. try() and can() are special forms in the evaluator. */
export const BUILTIN_FUNCTIONS: FunctionTable = {
  ...numericFunctions,
  ...stringFunctions,
  ...collectionFunctions,
  ...encodingFunctions,
  ...filesystemFunctions,
  ...ipNetworkFunctions,
  ...typeConversionFunctions,
};

export { callFunction, type FunctionContext, type FunctionTable } from './registry';
