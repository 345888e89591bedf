/** Generators of the knowledge base's bulk resources (CLDR names via ICU4J); run by scripts, not at run time. */
package org.kroniek.kb.build;
