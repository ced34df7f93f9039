/**
 * The CSV extracts as the spec defines them: their columns and keys
 * ({@link com.creditsrecon.model.extract.Extracts}), the value checks of rule V2
 * ({@link com.creditsrecon.model.extract.RowValidator}) and the key and reference checks
 * ({@link com.creditsrecon.model.extract.ReferenceIndex}). Plain Java: the importer in
 * {@code jobs/} only reads files and stores what these classes accept.
 */
package com.creditsrecon.model.extract;
