/** config.yaml: the immutable system model and its loader, which checks everything before anything starts (docs/config.md). */
package org.jpok.kernel.config;
