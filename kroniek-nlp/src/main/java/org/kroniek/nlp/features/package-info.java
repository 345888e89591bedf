/**
 * Feature generators of Kroniek's name finders that replace OpenNLP ones with the same features
 * at a lower cost. They are named in the feature descriptor stored in a model.
 */
package org.kroniek.nlp.features;
