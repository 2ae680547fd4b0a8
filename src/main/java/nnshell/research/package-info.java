/** Tools for studying models: ablation, metrics, sensitivity, uncertainty, LIME, Grad-CAM. */
package nnshell.research;
