/**
 * Text as the outputs sort it: in code point order, whatever the platform's collation.
 */
package com.creditsrecon.model.text;
