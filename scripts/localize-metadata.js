// Builds the English custom-functions metadata from the Italian one (generated from the JSDoc)
// and the table in src/functions/metadata.en-US.json. Used by webpack.config.js and by the tests.
'use strict';

/**
 * @param {{functions: Array<{id: string, description?: string, result?: object, parameters: Array<{name: string, description?: string}>}>}} italian
 * @param {Record<string, {description: string, result?: string, parameters: Record<string, {name: string, description: string}>}>} english
 */
function localizeMetadata(italian, english) {
  const missing = [];
  const functions = italian.functions.map((fn) => {
    const text = english[fn.id];
    if (!text) {
      missing.push(fn.id);
      return fn;
    }
    return {
      ...fn,
      description: text.description,
      parameters: fn.parameters.map((parameter) => {
        const translated = text.parameters[parameter.name];
        if (!translated) {
          missing.push(`${fn.id}(${parameter.name})`);
          return parameter;
        }
        return { ...parameter, name: translated.name, description: translated.description };
      }),
    };
  });
  return { metadata: { ...italian, functions }, missing };
}

module.exports = { localizeMetadata };
