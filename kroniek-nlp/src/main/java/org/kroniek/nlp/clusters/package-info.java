/**
 * Word clusters from unlabeled text, used as name-finder features: k-means over normalized
 * left/right co-occurrence vectors ({@link org.kroniek.nlp.clusters.KMeansClusterer}), written
 * as {@code word<TAB>cluster} files ({@link org.kroniek.nlp.clusters.ClusterFile}).
 */
package org.kroniek.nlp.clusters;
