/**
 * Tools for studying models rather than only training them: quality metrics beyond accuracy
 * ({@link nnshell.research.Metrics}), sensitivity and explanations
 * ({@link nnshell.research.Explain}: perturbation, saliency, partial dependence, LIME,
 * Grad-CAM), uncertainty ({@link nnshell.research.Uncertainty}: deep ensembles, Monte Carlo
 * dropout) and ablation studies ({@link nnshell.research.Ablation}), plus helpers to pad, crop
 * and resize images ({@link nnshell.research.Images}).
 *
 * <p>Everything works on {@link nnshell.dsl.Model}, so on any model; the gradient-based tools
 * use the backward pass of {@link nnshell.dsl.Sequential}. This package uses the DSL, the data
 * and plot packages, and nothing of the shell or lessons.
 */
package nnshell.research;
