/**
 * Casualty and damage figures: {@link org.kroniek.extract.figures.NumberParser} reads numbers in
 * digits and words, {@link org.kroniek.extract.figures.NumberFinder} finds amounts with their
 * modifiers, ranges and shares, {@link org.kroniek.extract.figures.FigureFinder} gives them kind,
 * unit and object, {@link org.kroniek.extract.figures.FigureStage} writes the FIGURES layer.
 */
package org.kroniek.extract.figures;
